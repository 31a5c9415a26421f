import type { ClauseId, Finding } from '../../src/core/types';

/** A finding on the first occurrence of `needle` after `from` in `text` (lines 1-based, columns in UTF-16 units: enough here). */
export function findingAt(text: string, needle: string, ruleId: string, clause: ClauseId, from = 0): Finding {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`no “${needle}” in text`);
  const end = start + needle.length;
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const s = pos(start);
  const e = pos(end);
  return {
    ruleId,
    clause,
    severity: 2,
    message: `${ruleId} at ${needle}`,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    suggestions: [],
    range: [start, end],
  };
}
