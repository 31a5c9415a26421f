// A document is a message as it sits in a file: it may start with front matter (发送时间: …) and
// carry inline directives (jiaxiao-lint-disable …). Still pure: text in, findings out.
import { applyDirectives, FileKind, parseDirectives } from '../directives/directives';
import { readFrontMatter } from '../time/frontMatter';
import type * as ParseAt from '../time/parseAt';
import { lintJudged } from './lint';
import { DEFAULT_CONFIG, LintOptions } from './options';
import type { Ruleset } from './rules';
import { CLAUSES, ClauseId, Finding, JudgedKind, MessageKind } from './types';

export interface DocumentOptions extends LintOptions {
  fileKind: FileKind;
  reportUnusedDirectives?: boolean;
  /** For front-matter send times written as 21:30 or 明天 8:00. */
  now: Date;
}

export interface DocumentProblem {
  message: string;
}

export function lintDocument(text: string, ruleset: Ruleset, opts: DocumentOptions): { findings: Finding[]; problem?: DocumentProblem; judged?: JudgedKind } {
  const config = opts.config ?? DEFAULT_CONFIG;
  const front = readFrontMatter(text);
  let at = opts.at;
  if (!at && front.sendAt) {
    const { parseAt } = require('../time/parseAt') as typeof ParseAt; // loaded only when needed
    at = parseAt(front.sendAt, opts.now, config.time.timeZone);
    if (!at) return { findings: [], problem: { message: `前置信息中的发送时间“${front.sendAt}”无法识别` } };
  }
  const kind = opts.kind ?? (front.kind && ['notice', 'chat', 'reply'].includes(front.kind) ? (front.kind as MessageKind) : undefined);
  const parsed = parseDirectives(text, opts.fileKind);
  // Directive comments are blanked (newlines kept) so that they are not linted and offsets stay put.
  let blanked = blankMarkup(text, opts.fileKind);
  for (const [s, e] of parsed.commentRanges) blanked = blanked.slice(0, s) + blanked.slice(s, e).replace(/[^\n]/g, ' ') + blanked.slice(e);
  const { findings, judged } = lintJudged(blanked, ruleset, { ...opts, at, kind, bodyStart: Math.max(front.bodyStart, opts.bodyStart ?? 0) });
  const { kept, unused } = applyDirectives(findings, parsed, { reportUnused: opts.reportUnusedDirectives ?? false });
  const en = (opts.lang ?? config.lang) === 'en';
  for (const d of unused) {
    const clause = (d.targets.find((t) => (CLAUSES as readonly string[]).includes(t)) as ClauseId | undefined) ??
      ruleset.rules.find((r) => d.targets.includes(r.id))?.clause ?? 'M5';
    kept.push({
      ruleId: 'unused-disable-directive',
      clause,
      severity: 1,
      message: en ? `Unused ${d.kind} directive${d.targets.length ? ` (${d.targets.join(', ')})` : ''}` : `未使用的 ${d.kind} 指令${d.targets.length ? `（${d.targets.join('、')}）` : ''}：没有可屏蔽的问题`,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      suggestions: [{ desc: en ? 'Remove the directive' : '删除该指令', text: '' }],
      fix: { range: d.range, text: '' },
      range: d.range,
    });
  }
  return { findings: kept.sort((a, b) => a.range[0] - b.range[0]), judged };
}

// What a parent never sees in a template: comments, HTML tags, Handlebars block helpers. They are
// blanked (newlines kept) so that "<h2>…通知</h2>" is judged as its text and a comment is not linted.
const MARKUP: Record<FileKind, RegExp | undefined> = {
  text: undefined,
  markdown: /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>/g,
  html: /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>|<![^>]*>/g,
  handlebars: /<!--[\s\S]*?-->|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?[#/^>][^}]*\}\}|\{\{~?else~?\}\}|<\/?[A-Za-z][^<>]*>/g,
};

function blankMarkup(text: string, kind: FileKind): string {
  const markup = MARKUP[kind];
  return markup ? text.replace(markup, (m) => m.replace(/[^\n]/g, ' ')) : text;
}
