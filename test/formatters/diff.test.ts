import { unifiedDiff } from '../../src/formatters/diff';

const lines = (n: number, f = (i: number) => `第${i}行`) => Array.from({ length: n }, (_, i) => f(i + 1));

describe('unifiedDiff', () => {
  it('is empty when nothing changes', () => {
    expect(unifiedDiff('a.txt', '甲\n乙\n', '甲\n乙\n')).toBe('');
  });

  it('shows a changed line with three lines of context, as diff -u', () => {
    const before = lines(10).join('\n');
    const after = before.replace('第5行', '第5行！');
    expect(unifiedDiff('a.txt', before, after)).toBe(
      ['--- a/a.txt', '+++ b/a.txt', '@@ -2,7 +2,7 @@', ' 第2行', ' 第3行', ' 第4行', '-第5行', '+第5行！', ' 第6行', ' 第7行', ' 第8行', ''].join('\n'),
    );
  });

  it('joins changes closer than six lines into one hunk and keeps distant ones apart', () => {
    const before = lines(30).join('\n');
    const after = before.replace('第2行', 'x').replace('第8行', 'y').replace('第25行', 'z');
    const diff = unifiedDiff('a.txt', before, after);
    expect(diff.match(/^@@ .* @@$/gm)).toEqual(['@@ -1,11 +1,11 @@', '@@ -22,7 +22,7 @@']);
  });

  it('numbers the new side after lines were removed (an emoji run across lines)', () => {
    const before = ['开头', '👍', '👍', '👍', '中间', ...lines(8), '结尾'].join('\n');
    const after = before.replace('👍\n👍\n👍', '👍').replace('结尾', '结尾。');
    const diff = unifiedDiff('a.txt', before, after);
    expect(diff).toContain('@@ -1,7 +1,5 @@\n 开头\n 👍\n-👍\n-👍\n 中间\n 第1行\n 第2行\n');
    expect(diff).toContain('@@ -11,4 +9,4 @@\n 第6行\n 第7行\n 第8行\n-结尾\n+结尾。\n');
  });

  it('splits lines at \\r\\n, \\r and U+2028 alike, and shows control characters as U+FFFD', () => {
    expect(unifiedDiff('a.txt', '甲\r乙\u2028丙', '甲\r乙!\u2028丙')).toBe(['--- a/a.txt', '+++ b/a.txt', '@@ -1,3 +1,3 @@', ' 甲', '-乙', '+乙!', ' 丙', ''].join('\n'));
    expect(unifiedDiff('a.txt', 'a\x1b[31m', 'b\x1b[31m')).toContain('-a\uFFFD[31m');
  });
});
