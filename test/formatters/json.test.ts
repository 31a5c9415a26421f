import { format } from '../../src/formatters';
import { json } from '../../src/formatters/json';
import type { LintResult } from '../../src/core/types';
import { ALL, context, NOTICE } from './fixtures';

describe('json', () => {
  test('round-trips the results exactly, range, fix and source included', () => {
    const parsed = JSON.parse(format('json', ALL, context()));
    expect(parsed).toEqual(ALL);
    expect(parsed[0].messages[0].range).toEqual(NOTICE.messages[0].range);
    expect(parsed[0].messages[1].fix).toEqual(NOTICE.messages[1].fix);
    expect(parsed[2].fatal).toBe(ALL[2].fatal);
  });

  test('keys come in one order whatever order the objects were built in', () => {
    const finding = NOTICE.messages[1];
    const shuffled: LintResult = {
      source: '收到请回复1',
      warningCount: 1,
      errorCount: 0,
      messages: [
        {
          range: finding.range,
          fix: finding.fix,
          suggestions: finding.suggestions,
          endColumn: finding.endColumn,
          endLine: finding.endLine,
          column: finding.column,
          line: finding.line,
          message: finding.message,
          severity: finding.severity,
          clause: finding.clause,
          ruleId: finding.ruleId,
        },
      ],
      filePath: 'a.txt',
    };
    const parsed = JSON.parse(json([shuffled]));
    expect(Object.keys(parsed[0])).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'source']);
    expect(Object.keys(parsed[0].messages[0])).toEqual([
      'ruleId', 'clause', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'suggestions', 'range', 'fix',
    ]);
  });

  test('keys it does not know are kept, after the known ones', () => {
    const extended = { ...NOTICE, usedDeprecatedRules: [] } as LintResult;
    expect(Object.keys(JSON.parse(json([extended]))[0]).pop()).toBe('usedDeprecatedRules');
  });

  test('the input is not changed', () => {
    const before = JSON.stringify(ALL);
    json(ALL);
    expect(JSON.stringify(ALL)).toBe(before);
  });
});
