// A document is a message as it sits in a file: it may start with front matter (发送时间: …) and
// carry inline directives (jiaxiao-lint-disable …). Still pure: text in, findings out.
import { applyDirectives, FileKind, ParsedDirectives, parseDirectives } from '../directives/directives';
import { readFrontMatter } from '../time/frontMatter';
import type * as ParseAt from '../time/parseAt';
import { lintJudged } from './lint';
import { DEFAULT_CONFIG, LintOptions } from './options';
import type { Ruleset } from './rules';
import { CLAUSES, ClauseId, Finding, JudgedKind, MessageKind } from './types';

export interface DocumentOptions extends LintOptions {
  fileKind: FileKind;
  reportUnusedDirectives?: boolean;
  /** false (--no-inline-config): directive comments are still not linted, but suppress nothing. */
  inlineConfig?: boolean;
  /**
   * Findings about this document from outside it (a batch's m2-duplicate-message), made from the text
   * with directive comments blanked (same offsets), so that directives apply to them too.
   */
  extraFindings?: (blanked: string) => Finding[];
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
  // Directive comments are blanked (line breaks kept) so that they are not linted and offsets stay put.
  const blanked = blankComments(text, opts.fileKind, parsed);
  const { findings, judged } = lintJudged(blanked, ruleset, { ...opts, at, kind, bodyStart: Math.max(front.bodyStart, opts.bodyStart ?? 0) });
  findings.push(...(opts.extraFindings?.(blanked) ?? []));
  const active = opts.inlineConfig === false ? { directives: [] } : parsed;
  const { kept, unused } = applyDirectives(findings, active, { reportUnused: opts.reportUnusedDirectives ?? false });
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
  // A disable with no rule list that no enable follows silences every check to the end of the file:
  // where directives are audited, it is named even when it suppresses something.
  if (opts.reportUnusedDirectives) {
    for (const d of active.directives) {
      if (d.kind !== 'disable' || d.targets.length || unused.includes(d) || active.directives.some((e) => e.kind === 'enable' && e.range[0] > d.range[0])) continue;
      kept.push({
        ruleId: 'blanket-disable-directive',
        clause: 'M5',
        severity: 1,
        message: en
          ? 'A disable directive without a rule list silences every check to the end of the file: name the rules or clauses'
          : '不带规则列表的 disable 指令屏蔽了此后所有检查：请写明要屏蔽的规则或条款',
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        suggestions: [{ desc: en ? 'List them: jiaxiao-lint-disable N2 -- reason' : '写明规则或条款，如 jiaxiao-lint-disable N2 -- 原因' }],
        range: d.range,
      });
    }
  }
  return { findings: kept.sort((a, b) => a.range[0] - b.range[0]), judged };
}

/** The text a parent reads: markup and directive comments blanked (line breaks kept, so offsets stay put). */
export function messageText(text: string, fileKind: FileKind): string {
  return blankComments(text, fileKind, parseDirectives(text, fileKind));
}

function blankComments(text: string, fileKind: FileKind, parsed: ParsedDirectives): string {
  return blankRanges(blankMarkup(text, fileKind), parsed.commentRanges);
}

// What a parent never sees in a template: comments, HTML tags, Handlebars block helpers. They are
// blanked (newlines kept) so that "<h2>…通知</h2>" is judged as its text and a comment is not linted.
const MARKUP: Record<FileKind, RegExp | undefined> = {
  text: undefined,
  markdown: /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>\n]*>/g,
  html: /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>|<![^>]*>/g,
  handlebars: /<!--[\s\S]*?-->|\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?[#/^>][^}]*\}\}|\{\{~?else~?\}\}|<\/?[A-Za-z][^<>]*>/g,
};

/** One pass over the text, however many ranges (a large file full of directives stays linear). */
function blankRanges(text: string, ranges: Array<[number, number]>): string {
  if (!ranges.length) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(s, at);
    if (e <= from) continue;
    pieces.push(text.slice(at, from), blankKeepingLines(text.slice(from, e)));
    at = e;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

function blankMarkup(text: string, kind: FileKind): string {
  const markup = MARKUP[kind];
  return markup ? text.replace(markup, blankKeepingLines) : text;
}

/** Spaces for every character but line breaks (\r, \n, U+2028, U+2029: each ends a line, see text.ts). */
function blankKeepingLines(s: string): string {
  return s.replace(/[^\r\n\u2028\u2029]/g, ' ');
}
