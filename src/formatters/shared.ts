// Small pieces more than one formatter needs: paths, labels, counts. Pure (path is string math only).
import * as path from 'path';
import { CLAUSE_LABELS, ClauseId, JudgedKind, Lang, LintResult, MessageKind, RuleMeta, Severity } from '../core/types';

/** What every formatter is told besides the results. */
export interface FormatContext {
  lang: Lang;
  /** Colour output with ANSI escapes (stylish only). */
  color: boolean;
  /** Every rule of the ruleset in use, for formats that describe rules (SARIF). */
  rules: RuleMeta[];
  /** Paths inside cwd are shown relative to it. */
  cwd: string;
  toolVersion: string;
  /** Warnings that --quiet left out: the summary says how many, rather than “no problems”. */
  hiddenWarnings?: number;
}

/** The path relative to cwd when the file is inside cwd, else undefined. */
export function pathInside(filePath: string, cwd: string): string | undefined {
  const relative = path.relative(cwd, path.resolve(cwd, filePath));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return inside ? relative : undefined;
}

/** The path relative to cwd when the file is inside cwd, else the path as given. */
export function displayPath(filePath: string, cwd: string): string {
  return pathInside(filePath, cwd) ?? filePath;
}

/** Which record of a file of many a result is: `:12` (the line it starts on), `:12#a7` with its id; '' for a whole file. */
export function recordSuffix(result: Pick<LintResult, 'record'>): string {
  const r = result.record;
  return r ? `:${r.line}${r.id !== undefined ? `#${r.id}` : ''}` : '';
}

/** How a report names a result: its path, and for one record of a file of many, the record (drafts.jsonl:12#a7). */
export function resultName(result: Pick<LintResult, 'filePath' | 'record'>, cwd: string): string {
  return displayPath(result.filePath, cwd) + recordSuffix(result);
}

/** displayPath with forward slashes, for formats read on other systems (GitHub, JUnit in CI). */
export function portablePath(filePath: string, cwd: string): string {
  return toForwardSlashes(displayPath(filePath, cwd));
}

export function toForwardSlashes(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

export function clauseLabel(clause: ClauseId, lang: Lang): string {
  return CLAUSE_LABELS[clause][lang];
}

const SEVERITY_NAMES: Record<Lang, Record<Severity, string>> = {
  zh: { 2: '错误', 1: '警告' },
  en: { 2: 'error', 1: 'warning' },
};

export function severityName(severity: Severity, lang: Lang): string {
  return SEVERITY_NAMES[lang][severity];
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

/**
 * Counted from the findings rather than errorCount/warningCount, so that an unreadable input
 * (fatal) counts as exactly one error whether or not the producer also put it in errorCount.
 */
export function countProblems(results: LintResult[]): ProblemCounts {
  const counts = { errors: 0, warnings: 0 };
  for (const result of results) {
    if (result.fatal !== undefined) counts.errors++;
    for (const finding of result.messages) {
      if (finding.severity === 2) counts.errors++;
      else counts.warnings++;
    }
  }
  return counts;
}

/**
 * 共 3 个问题（2 个错误，1 个警告） / 3 problems (2 errors, 1 warning); 未发现问题 / No problems found.
 * With warnings hidden by --quiet: 未发现错误（--quiet 隐藏了 2 个警告） / No errors (--quiet hid 2 warnings).
 */
export function problemSummary({ errors, warnings }: ProblemCounts, lang: Lang, hiddenWarnings = 0): string {
  const total = errors + warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (lang === 'zh') {
    const hidden = hiddenWarnings > 0 ? `--quiet 隐藏了 ${hiddenWarnings} 个警告` : '';
    if (total === 0) return hidden ? `未发现错误（${hidden}）` : '未发现问题';
    return `共 ${total} 个问题（${errors} 个错误，${warnings} 个警告${hidden ? `；${hidden}` : ''}）`;
  }
  const hidden = hiddenWarnings > 0 ? `--quiet hid ${plural(hiddenWarnings, 'warning')}` : '';
  if (total === 0) return hidden ? `No errors (${hidden})` : 'No problems found';
  return `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${hidden ? `; ${hidden}` : ''})`;
}

const KIND_NAMES: Record<Lang, Record<MessageKind, string>> = {
  zh: { notice: '通知', chat: '群聊消息', reply: '回复' },
  en: { notice: 'a notice', chat: 'a chat message', reply: 'a reply' },
};

/**
 * When a guess of the message's kind left the notice checks out, the sentence that says so: a notice
 * pasted alone as one paragraph reads as chat, and a teacher should know why no format check ran.
 */
export function kindNote(judged: JudgedKind | undefined, lang: Lang): string | undefined {
  if (!judged || !judged.guessed || judged.kind === 'notice' || judged.noticeChecksSkipped === 0) return undefined;
  const n = judged.noticeChecksSkipped;
  return lang === 'zh'
    ? `按${KIND_NAMES.zh[judged.kind]}检查（自动判断），未做 ${n} 项通知检查；是通知请加 --kind notice`
    : `Judged as ${KIND_NAMES.en[judged.kind]} (guessed): ${n} notice checks skipped; a notice? add --kind notice`;
}

/**
 * Text safe on one terminal line: line breaks and tabs become spaces, other control characters
 * (ESC could inject terminal sequences) become U+FFFD. One UTF-16 unit in, one out, so offsets hold.
 */
export function oneLine(text: string): string {
  return text.replace(/[\t\n\r]/g, ' ').replace(/[\x00-\x1f\x7f-\x9f]/g, '\uFFFD');
}
