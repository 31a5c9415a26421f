// m2-duplicate-message is judged across a batch (src/core/batch.ts): lint() on one message never
// reports it, so the invalid cases go through duplicatesOf() and duplicateFinding() on a batch.
import { DEFAULT_CONFIG, lint, loadRuleset } from '../../src/index';
import type { LintResult } from '../../src/index';
import { duplicateFinding, duplicatesOf } from '../../src/core/batch';
import { positionOf, ruleTester } from './ruleTester';

ruleTester.run('m2-duplicate-message', {
  valid: [
    '明天穿校服。明天穿校服。',
    '请家长明天让孩子带跳绳。',
    { text: '各位家长：\n明天上午8:00在学校操场举行升旗仪式。\n三年级二班\n2026年11月24日', kind: 'notice' },
  ],
  invalid: [],
});

function batch(sources: string[]): LintResult[] {
  const results: LintResult[] = sources.map((source, i) => {
    const messages = lint(source);
    return {
      filePath: `msg${i + 1}.txt`,
      source,
      messages,
      errorCount: messages.filter((m) => m.severity === 2).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
    };
  });
  for (const [i, first] of duplicatesOf(results.map((r) => ({ filePath: r.filePath, text: r.source })))) {
    const finding = duplicateFinding(results[i].source!, first, loadRuleset(DEFAULT_CONFIG), DEFAULT_CONFIG, 'zh');
    if (finding) results[i].messages.push(finding);
  }
  return results;
}

const dups = (r: LintResult) => r.messages.filter((m) => m.ruleId === 'm2-duplicate-message');

describe('m2-duplicate-message in a batch', () => {
  it('reports the second copy of a message, naming the first', () => {
    const text = '请家长明天让孩子带跳绳，下午体育课要用。';
    const [first, second] = batch([text, text]);
    expect(dups(first)).toEqual([]);
    const [f] = dups(second);
    expect(f).toMatchObject({ clause: 'M2', line: 1, column: 1, range: [0, text.length] });
    expect(f.message).toContain('msg1.txt');
  });

  it('ignores whitespace and punctuation differences and trims the range', () => {
    const a = '明天上午九点开家长会，请准时参加。';
    const b = '\n明天上午九点开家长会 请准时参加！\n';
    const [, second] = batch([a, b]);
    const [f] = dups(second);
    expect(b.slice(...f.range)).toBe('明天上午九点开家长会 请准时参加！');
    expect({ line: f.line, column: f.column }).toEqual(positionOf(b, f.range[0]));
  });

  it('reports every later copy, each naming the first', () => {
    const text = '🎉运动会圆满结束，感谢各位家长的支持与配合。';
    const results = batch([text, '别的消息：下周一正常上课。', text, text]);
    expect(results.map((r) => dups(r).length)).toEqual([0, 0, 1, 1]);
    expect(dups(results[3])[0].message).toContain('msg1.txt');
  });

  it('does not report different messages or very short ones', () => {
    const results = batch(['好的', '好的', '明天穿校服，后天穿运动服。', '明天穿运动服，后天穿校服。']);
    expect(results.map((r) => dups(r).length)).toEqual([0, 0, 0, 0]);
  });
});
