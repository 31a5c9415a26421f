// One line per finding, for editors and grep: path: line L, col C, Error - message (rule-id, clause).
import { LintResult } from '../core/types';
import { clauseLabel, countProblems, FormatContext, oneLine, problemSummary, resultName, severityName } from './shared';

export function compact(results: LintResult[], ctx: FormatContext): string {
  const lines = results.flatMap((result) => compactLines(result, ctx));
  if (lines.length > 0) lines.push('');
  lines.push(problemSummary(countProblems(results), ctx.lang, ctx.hiddenWarnings));
  return lines.join('\n');
}

/** One line per finding of one result (and one for a result that could not be read). */
export function compactLines(result: LintResult, ctx: FormatContext): string[] {
  const zh = ctx.lang === 'zh';
  const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);
  const severity = (s: 1 | 2) => (zh ? severityName(s, 'zh') : capitalized(severityName(s, 'en')));
  const lines: string[] = [];
  const file = resultName(result, ctx.cwd);
  if (result.fatal !== undefined) lines.push(`${file}: ${severity(2)} - ${oneLine(result.fatal)}`);
  for (const f of result.messages) {
    const label = clauseLabel(f.clause, ctx.lang);
    const message = oneLine(f.message);
    lines.push(
      zh
        ? `${file}: 第 ${f.line} 行，第 ${f.column} 列，${severity(f.severity)} - ${message}（${f.ruleId}，${label}）`
        : `${file}: line ${f.line}, col ${f.column}, ${severity(f.severity)} - ${message} (${f.ruleId}, ${label})`,
    );
  }
  return lines;
}
