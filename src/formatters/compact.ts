// One line per finding, for editors and grep: path: line L, col C, Error - message (rule-id, clause).
import { LintResult } from '../core/types';
import { clauseLabel, countProblems, displayPath, FormatContext, oneLine, problemSummary, severityName } from './shared';

export function compact(results: LintResult[], ctx: FormatContext): string {
  const zh = ctx.lang === 'zh';
  const capitalized = (word: string) => word[0].toUpperCase() + word.slice(1);
  const severity = (s: 1 | 2) => (zh ? severityName(s, 'zh') : capitalized(severityName(s, 'en')));
  const lines: string[] = [];
  for (const result of results) {
    const file = displayPath(result.filePath, ctx.cwd);
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
  }
  if (lines.length > 0) lines.push('');
  lines.push(problemSummary(countProblems(results), ctx.lang, ctx.hiddenWarnings));
  return lines.join('\n');
}
