// GitHub Actions workflow commands: each finding becomes an annotation on the file in the run and PR.
import { LintResult } from '../core/types';
import { clauseLabel, FormatContext, portablePath, recordSuffix } from './shared';

export function github(results: LintResult[], ctx: FormatContext): string {
  return results.flatMap((result) => githubLines(result, ctx)).join('\n');
}

/**
 * The annotations of one result. One record of a file of many is annotated on the line its record
 * starts on (a message inside JSON or CSV quoting has no columns of the file); the title names the
 * record and the position within its message.
 */
export function githubLines(result: LintResult, ctx: FormatContext): string[] {
  const lines: string[] = [];
  const file = portablePath(result.filePath, ctx.cwd);
  const record = result.record;
  const recordLine = record ? `,line=${record.line}` : '';
  if (result.fatal !== undefined) lines.push(`::error file=${escapeProperty(file)}${recordLine}::${escapeData(result.fatal)}`);
  for (const f of result.messages) {
    const title = `${f.ruleId} (${clauseLabel(f.clause, ctx.lang)})${record ? ` ${recordSuffix(result).slice(1)} ${f.line}:${f.column}` : ''}`;
    const properties = [
      `file=${escapeProperty(file)}`,
      ...(record
        ? [`line=${record.line}`]
        : [`line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`]),
      `title=${escapeProperty(title)}`,
    ];
    lines.push(`::${f.severity === 2 ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(f.message)}`);
  }
  return lines;
}

// The escapes of @actions/core (toCommandValue / escapeData / escapeProperty).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
