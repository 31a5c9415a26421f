// GitHub Actions workflow commands: each finding becomes an annotation on the file in the run and PR.
import { LintResult } from '../core/types';
import { clauseLabel, FormatContext, portablePath } from './shared';

export function github(results: LintResult[], ctx: FormatContext): string {
  const lines: string[] = [];
  for (const result of results) {
    const file = portablePath(result.filePath, ctx.cwd);
    if (result.fatal !== undefined) lines.push(`::error file=${escapeProperty(file)}::${escapeData(result.fatal)}`);
    for (const f of result.messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`${f.ruleId} (${clauseLabel(f.clause, ctx.lang)})`)}`,
      ];
      lines.push(`::${f.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(f.message)}`);
    }
  }
  return lines.join('\n');
}

// The escapes of @actions/core (toCommandValue / escapeData / escapeProperty).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
