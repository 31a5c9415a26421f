// The default, ESLint-like format: findings grouped by file, each with the offending source line
// and carets under the offending characters, then a summary line.
import type chalk from 'chalk';
import { Finding, Lang, LintResult } from '../core/types';
import { displayWidth, graphemes, graphemeWidth, wrapToWidth } from './displayWidth';
import { clauseLabel, countProblems, FormatContext, kindNote, oneLine, ProblemCounts, problemSummary, resultName, severityName } from './shared';

/** The terminal width the report is laid out for. */
const REPORT_WIDTH = 80;
/** Excerpts wider than this many cells are cut around the finding (an 80-column terminal, less indent). */
const EXCERPT_WIDTH = 72;
/** How much of the line before the finding a cut excerpt keeps. */
const EXCERPT_LEAD = 20;
/** How many UTF-16 units of the line on each side of the finding an excerpt looks at (72 cells need fewer). */
const EXCERPT_WINDOW = 4 * EXCERPT_WIDTH;
const ELLIPSIS = '...'; // ASCII: “…” is ambiguous-width and would shift the carets in CJK terminals
const INDENT = '    ';
const isLineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** A style the report uses, which may be made bold or underlined as well. */
export interface Style {
  (text: string): string;
  readonly bold: Style;
  readonly underline: Style;
}
/** The few styles the report uses; a chalk instance has them, and so does the plain painter. */
export interface Paint {
  readonly underline: Style;
  readonly bold: Style;
  readonly cyan: Style;
  readonly dim: Style;
  readonly green: Style;
  readonly red: Style;
  readonly yellow: Style;
}

const same = ((text: string) => text) as { (text: string): string; bold: Style; underline: Style };
same.bold = same;
same.underline = same;
/** Without colour no style is needed: chalk (about 14 ms of start-up) is not loaded at all. */
const PLAIN: Paint = { underline: same, bold: same, cyan: same, dim: same, green: same, red: same, yellow: same };

export function stylish(results: LintResult[], ctx: FormatContext): string {
  const paint = painter(ctx);
  const blocks = results.map((result) => stylishBlock(result, ctx, paint)).filter((b): b is string => b !== undefined);
  return [...blocks, stylishEnd(stylishTotals(results), ctx, paint)].join('\n\n');
}

export function painter(ctx: FormatContext): Paint {
  if (!ctx.color) return PLAIN;
  // chalk is required here, not at the top: a report without stylish output skips its start-up cost.
  const { Instance } = require('chalk') as typeof chalk;
  return new Instance({ level: 1 });
}

/** One result's block (its name, then its findings), or undefined for a clean result. */
export function stylishBlock(result: LintResult, ctx: FormatContext, paint: Paint): string | undefined {
  if (result.fatal === undefined && result.messages.length === 0) return undefined;
  const lines = [paint.underline(resultName(result, ctx.cwd))];
  if (result.fatal !== undefined) {
    const severity = severityName(2, ctx.lang);
    const [first, ...rest] = wrapToWidth(`${severity}  ${oneLine(result.fatal)}`, REPORT_WIDTH - 2);
    lines.push(`  ${paint.red(severity)}${first.slice(severity.length)}`, ...rest.map((l) => `  ${l}`));
  }
  const note = kindNote(result.judged, ctx.lang);
  if (note) lines.push(...wrapToWidth(note, REPORT_WIDTH - 2).map((l) => `  ${paint.cyan(l)}`));
  for (const line of findingLines(result, ctx.lang, paint)) lines.push(line); // no spread: 100,000 findings would overflow the stack
  return lines.join('\n');
}

/** What the end of the report needs to know of all the results (kept while results stream past). */
export interface StylishTotals {
  counts: ProblemCounts;
  /** Findings with a fix. */
  fixable: number;
  /** How many results there were, and the first one (its kind note is shown when it is the only one and clean). */
  results: number;
  first?: Pick<LintResult, 'messages' | 'fatal' | 'judged'>;
}

export function stylishTotals(results: LintResult[]): StylishTotals {
  return { counts: countProblems(results), fixable: results.reduce((n, r) => n + fixableIn(r), 0), results: results.length, first: results[0] };
}

export function fixableIn(result: LintResult): number {
  return result.messages.reduce((n, m) => n + (m.fix ? 1 : 0), 0);
}

/** The end of the report: the kind note of a single clean message, the summary and how many can be fixed. */
export function stylishEnd(totals: StylishTotals, ctx: FormatContext, paint: Paint): string {
  const blocks: string[] = [];
  // A single message with nothing found still says how it was judged: that is when it surprises.
  const only = totals.results === 1 ? totals.first : undefined;
  const cleanNote = only && only.messages.length === 0 && only.fatal === undefined ? kindNote(only.judged, ctx.lang) : undefined;
  if (cleanNote) blocks.push(wrapToWidth(cleanNote, REPORT_WIDTH).map((l) => paint.cyan(l)).join('\n'));
  const { counts, fixable } = totals;
  const summary = problemSummary(counts, ctx.lang, ctx.hiddenWarnings);
  const summaryLine =
    counts.errors + counts.warnings === 0
      ? paint.green(`✔ ${summary}`)
      : (counts.errors > 0 ? paint.red : paint.yellow).bold(`✖ ${summary}`);
  const fixableLine = fixable ? `\n${paint.dim(ctx.lang === 'en' ? `${fixable} of them can be fixed with --fix (see what would change: --fix-dry-run)` : `其中 ${fixable} 个可用 --fix 自动修复（先看改动：--fix-dry-run）`)}` : '';
  blocks.push(summaryLine + fixableLine);
  return blocks.join('\n\n');
}

/**
 * Each finding as a row (position, severity and clause padded to line up in the file; the message as
 * long as it is; the rule id last), followed by its excerpt and suggestion. A row wider than the
 * terminal keeps the rule id at its end and puts the message, wrapped, on the lines below it, so that
 * no line wraps in an 80-column terminal and a rule id is never split.
 */
function findingLines(result: LintResult, lang: Lang, paint: Paint): string[] {
  const rows = result.messages.map((f) => [`${f.line}:${f.column}`, severityName(f.severity, lang), clauseLabel(f.clause, lang)]);
  const columnWidths = [0, 1, 2].map((i) => rows.reduce((widest, row) => Math.max(widest, displayWidth(row[i])), 0));
  const pad = (text: string, column: number) => text + ' '.repeat(columnWidths[column] - displayWidth(text));
  const wrapped = (text: string) => wrapToWidth(text, REPORT_WIDTH - INDENT.length).map((l) => INDENT + l);

  const lines: string[] = [];
  result.messages.forEach((finding, i) => {
    const [position, severity, clause] = rows[i];
    const message = oneLine(finding.message);
    const severityColor = finding.severity === 2 ? paint.red : paint.yellow;
    const head = `  ${paint.dim(pad(position, 0))}  ${severityColor(pad(severity, 1))}  `;
    const headWidth = 2 + columnWidths[0] + 2 + columnWidths[1] + 2 + columnWidths[2] + 2;
    if (headWidth + displayWidth(message) + 2 + finding.ruleId.length <= REPORT_WIDTH) {
      lines.push(`${head}${pad(clause, 2)}  ${message}  ${paint.dim(finding.ruleId)}`);
    } else {
      lines.push(`${head}${clause}  ${paint.dim(finding.ruleId)}`, ...wrapped(message));
    }
    const excerpt = result.source === undefined ? undefined : excerptAt(result.source, finding.range);
    if (excerpt) {
      lines.push(INDENT + excerpt.before + paint.bold.underline(excerpt.marked) + excerpt.after);
      const caretCount = Math.max(1, displayWidth(excerpt.marked));
      lines.push(INDENT + ' '.repeat(displayWidth(excerpt.before)) + severityColor('^'.repeat(caretCount)));
    }
    const suggestion = finding.suggestions[0];
    if (suggestion) {
      const label = lang === 'zh' ? '建议：' : 'Suggestion: ';
      const [first, ...rest] = wrapped(label + oneLine(suggestion.desc));
      lines.push(INDENT + paint.cyan(label) + first.slice(INDENT.length + label.length), ...rest);
    }
  });
  return lines;
}

export interface Excerpt {
  /** The line's text before the finding, the finding's text (clipped to this line), the rest. */
  before: string;
  marked: string;
  after: string;
}

/** The source line where range starts, split around the range and cut to EXCERPT_WIDTH cells. */
export function excerptAt(source: string, range: Finding['range']): Excerpt | undefined {
  const [start, end] = range;
  if (!(start >= 0 && start <= end && end <= source.length)) return undefined;
  // A line ends at \r\n, \n, \r, U+2028 or U+2029 (as text.ts lineStarts counts lines). Only a window
  // around the finding is looked at: a megabyte-long line costs no more than a short one.
  let lineStart = start;
  while (lineStart > Math.max(0, start - EXCERPT_WINDOW) && !isLineBreak(source.charCodeAt(lineStart - 1))) lineStart--;
  if (/[\udc00-\udfff]/.test(source[lineStart] ?? '') && lineStart < start) lineStart++;
  const windowEnd = Math.min(source.length, Math.max(start, Math.min(end, start + EXCERPT_WINDOW)) + EXCERPT_WINDOW);
  let lineEnd = start;
  while (lineEnd < windowEnd && !isLineBreak(source.charCodeAt(lineEnd))) lineEnd++;
  if (/[\ud800-\udbff]/.test(source[lineEnd - 1] ?? '') && lineEnd - 1 > start) lineEnd--;
  let markEnd = Math.min(end, lineEnd, start + EXCERPT_WINDOW);
  if (markEnd < end && /[\ud800-\udbff]/.test(source[markEnd - 1] ?? '') && markEnd - 1 > start) markEnd--;
  let before = oneLine(source.slice(lineStart, start));
  let marked = oneLine(source.slice(start, markEnd));
  let after = oneLine(source.slice(markEnd, lineEnd));

  if (displayWidth(before + marked + after) <= EXCERPT_WIDTH) return { before, marked, after };
  if (displayWidth(before) > EXCERPT_LEAD) before = ELLIPSIS + keepTail(before, EXCERPT_LEAD - ELLIPSIS.length);
  const room = EXCERPT_WIDTH - displayWidth(before) - ELLIPSIS.length;
  if (displayWidth(marked) + displayWidth(after) > room + ELLIPSIS.length) {
    if (displayWidth(marked) >= room) {
      marked = keepHead(marked, room);
      after = ELLIPSIS;
    } else {
      after = keepHead(after, room - displayWidth(marked)) + ELLIPSIS;
    }
  }
  return { before, marked, after };
}

/** The longest start of text that fits in maxWidth cells, cut between graphemes. */
function keepHead(text: string, maxWidth: number): string {
  return keepWithin(graphemes(text), maxWidth).join('');
}

/** The longest end of text that fits in maxWidth cells, cut between graphemes. */
function keepTail(text: string, maxWidth: number): string {
  return keepWithin(graphemes(text).reverse(), maxWidth).reverse().join('');
}

function keepWithin(pieces: string[], maxWidth: number): string[] {
  const kept: string[] = [];
  let width = 0;
  for (const g of pieces) {
    width += graphemeWidth(g);
    if (width > maxWidth) break;
    kept.push(g);
  }
  return kept;
}
