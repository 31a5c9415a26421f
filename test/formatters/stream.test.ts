// A report written as results come (formatStream) is, piece by piece, exactly format()'s text: for
// every format, with and without colour, for none, one, clean, unreadable and record results.
import { format, FORMATTERS, formatStream } from '../../src/formatters';
import type { LintResult } from '../../src/core/types';
import { ALL, CLEAN, context, NOTICE, UNREADABLE } from './fixtures';

const RECORD: LintResult = { ...NOTICE, filePath: `${NOTICE.filePath}.jsonl`, record: { line: 12, id: 'a7' } };
const CASES: Array<[string, LintResult[]]> = [
  ['nothing', []],
  ['one clean result', [CLEAN]],
  ['all fixtures', ALL],
  ['an unreadable result first', [UNREADABLE, NOTICE, CLEAN, NOTICE]],
  ['a record of a file of many', [CLEAN, RECORD]],
];

describe.each(FORMATTERS)('%s', (name) => {
  test.each(CASES)('%s', (_label, results) => {
    for (const color of [false, true]) {
      const stream = formatStream(name, context({ color }));
      const pieces = results.map((r) => stream.add(r)).join('') + stream.end();
      expect(pieces).toBe(format(name, results, context({ color })));
    }
  });
});

test('every format names the record of a file of many', () => {
  for (const name of FORMATTERS) expect(format(name, [RECORD], context())).toMatch(/12#a7|"id":"a7"/);
});

test('the warnings --quiet hid, known only at the end, are in the streamed summary as in format()', () => {
  for (const name of FORMATTERS) {
    const stream = formatStream(name, context());
    const pieces = ALL.map((r) => stream.add(r)).join('') + stream.end(2);
    expect(pieces).toBe(format(name, ALL, { ...context(), hiddenWarnings: 2 }));
  }
});
