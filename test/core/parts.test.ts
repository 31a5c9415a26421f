// Texts over PART_MAX are linted a part at a time: findings keep the offsets, lines and columns of
// the whole text, whether the cut falls at a blank line, a line break or inside one long line.
import { PART_MAX } from '../../src/core/parts';
import { lint } from '../../src/index';

const FINDING = '成绩排名第一名的是张三。';
/** The finding of FINDING linted alone: where it starts in FINDING, and at which column. */
const alone = () => only(lint(FINDING), 'n2-ranking')[0];

function only(findings: ReturnType<typeof lint>, ruleId: string) {
  return findings.filter((f) => f.ruleId === ruleId);
}

describe('lint in parts', () => {
  test('many short lines: the last finding has its line and offset in the whole text', () => {
    const text = '明天上午开家长会。\n\n'.repeat(Math.ceil(PART_MAX / 5)) + FINDING;
    expect(text.length).toBeGreaterThan(PART_MAX * 2);
    const [f] = only(lint(text), 'n2-ranking');
    expect(f.range[0]).toBe(text.indexOf(FINDING) + alone().range[0]);
    expect(f.line).toBe(text.split('\n').length);
    expect(f.column).toBe(alone().column);
  });

  test('one line longer than a part, with joined emoji: the column counts graphemes from the line start', () => {
    const text = '👨‍👩‍👧'.repeat(PART_MAX / 4) + '家'.repeat(PART_MAX) + FINDING;
    const [f] = only(lint(text), 'n2-ranking');
    expect(f.range[0]).toBe(text.indexOf(FINDING) + alone().range[0]);
    expect(f.line).toBe(1);
    expect(f.column).toBe(PART_MAX / 4 + PART_MAX + alone().column);
  });
});
