// The results as JSON: the public contract for scripts. Nothing is dropped or renamed; keys are
// put in one fixed order, so that output does not depend on how a result object was built.
import { Finding, LintResult } from '../core/types';

const RESULT_KEYS: Array<keyof LintResult> = ['filePath', 'record', 'messages', 'errorCount', 'warningCount', 'source', 'fatal'];
// The order lint() builds findings in.
const FINDING_KEYS: Array<keyof Finding> = [
  'ruleId',
  'clause',
  'severity',
  'message',
  'line',
  'column',
  'endLine',
  'endColumn',
  'suggestions',
  'range',
  'fix',
];

export function json(results: LintResult[]): string {
  return `[${results.map(jsonResult).join(',')}]`;
}

/** One result as JSON (the array's items, for a report written as results complete). */
export function jsonResult(result: LintResult): string {
  return JSON.stringify({
    ...inOrder(result, RESULT_KEYS),
    messages: result.messages.map((finding) => inOrder(finding, FINDING_KEYS)),
  });
}

/** A copy with the known keys first, in the given order, then any others as they came. */
function inOrder<T extends object>(value: T, keys: Array<keyof T>): T {
  const ordered = {} as T;
  for (const key of keys) if (key in value) ordered[key] = value[key];
  return Object.assign(ordered, value);
}
