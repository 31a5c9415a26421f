// The default, ESLint-like format: findings grouped by file, each with the offending source line
// and carets under the offending characters, then a summary line.
import type chalk from 'chalk';
import { Finding, Lang, LintResult } from '../core/types';
import { displayWidth, graphemes, graphemeWidth } from './displayWidth';
import { clauseLabel, countProblems, FormatContext, oneLine, ProblemCounts, problemSummary, resultName, severityName } from './shared';

/** Excerpts wider than this many cells are cut around the finding (an 80-column terminal, less indent). */
const EXCERPT_WIDTH = 72;
/** How much of the line before the finding a cut excerpt keeps. */
const EXCERPT_LEAD = 20;
const ELLIPSIS = '...'; // ASCII: “…” is ambiguous-width and would shift the carets in CJK terminals
const INDENT = '    ';

export type Chalk = chalk.Chalk;

export function stylish(results: LintResult[], ctx: FormatContext): string {
  const paint = painter(ctx);
  const blocks = results.map((result) => stylishBlock(result, ctx, paint)).filter((b): b is string => b !== undefined);
  return [...blocks, stylishSummary(countProblems(results), ctx, paint)].join('\n\n');
}

export function painter(ctx: FormatContext): Chalk {
  // chalk is required here, not at the top: a report without stylish output skips its start-up cost.
  const { Instance } = require('chalk') as typeof chalk;
  return new Instance({ level: ctx.color ? 1 : 0 });
}

/** One result's block (its name, then its findings), or undefined for a clean result. */
export function stylishBlock(result: LintResult, ctx: FormatContext, paint: Chalk): string | undefined {
  if (result.fatal === undefined && result.messages.length === 0) return undefined;
  const lines = [paint.underline(resultName(result, ctx.cwd))];
  if (result.fatal !== undefined) {
    lines.push(`  ${paint.red(severityName(2, ctx.lang))}  ${oneLine(result.fatal)}`);
  }
  lines.push(...findingLines(result, ctx.lang, paint));
  return lines.join('\n');
}

export function stylishSummary(counts: ProblemCounts, ctx: FormatContext, paint: Chalk): string {
  const summary = problemSummary(counts, ctx.lang);
  return counts.errors + counts.warnings === 0
    ? paint.green(`✔ ${summary}`)
    : (counts.errors > 0 ? paint.red : paint.yellow).bold(`✖ ${summary}`);
}

/** Each finding as a row whose columns are padded to line up, followed by its excerpt and suggestion. */
function findingLines(result: LintResult, lang: Lang, paint: Chalk): string[] {
  const rows = result.messages.map((f) => [
    `${f.line}:${f.column}`,
    severityName(f.severity, lang),
    clauseLabel(f.clause, lang),
    oneLine(f.message),
  ]);
  const columnWidths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => displayWidth(row[i]))));
  const pad = (text: string, column: number) => text + ' '.repeat(columnWidths[column] - displayWidth(text));

  const lines: string[] = [];
  result.messages.forEach((finding, i) => {
    const [position, severity, clause, message] = rows[i];
    const severityColor = finding.severity === 2 ? paint.red : paint.yellow;
    lines.push(
      `  ${paint.dim(pad(position, 0))}  ${severityColor(pad(severity, 1))}  ${pad(clause, 2)}  ${pad(message, 3)}  ${paint.dim(finding.ruleId)}`,
    );
    const excerpt = result.source === undefined ? undefined : excerptAt(result.source, finding.range);
    if (excerpt) {
      lines.push(INDENT + excerpt.before + paint.bold.underline(excerpt.marked) + excerpt.after);
      const caretCount = Math.max(1, displayWidth(excerpt.marked));
      lines.push(INDENT + ' '.repeat(displayWidth(excerpt.before)) + severityColor('^'.repeat(caretCount)));
    }
    const suggestion = finding.suggestions[0];
    if (suggestion) lines.push(INDENT + paint.cyan(lang === 'zh' ? '建议：' : 'Suggestion: ') + oneLine(suggestion.desc));
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
  const lineStart = start === 0 ? 0 : source.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = source.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = source.length;
  if (source[lineEnd - 1] === '\r' && lineEnd - 1 >= start) lineEnd--;
  const markEnd = Math.min(end, lineEnd);
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
