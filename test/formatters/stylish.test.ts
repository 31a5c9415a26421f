import { displayWidth, graphemes, graphemeWidth } from '../../src/formatters/displayWidth';
import { format } from '../../src/formatters';
import { excerptAt, stylish } from '../../src/formatters/stylish';
import { ALL, CLEAN, context, findingOn, NOTICE, resultFor, UNREADABLE } from './fixtures';

const ANSI = /\x1b\[[0-9;]*m/g;

describe('displayWidth', () => {
  test.each([
    ['abc', 3],
    ['成绩', 4],
    ['，。：！（）', 12], // full-width punctuation
    ['张三 98 分', 10],
    ['👍', 2],
    ['👍🏽', 2], // skin-tone modifier: one grapheme
    ['👨‍👩‍👧', 2], // ZWJ family
    ['❤️', 2], // text heart with VS16 draws as emoji
    ['🇨🇳', 2], // flag
    ['1️⃣', 2], // keycap
    ['é', 1], // e + combining acute
    ['“收到”', 6], // curly quotes are ambiguous-width: 1 each
    ['[微笑]', 6],
  ])('%s is %i cells', (text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });
});

describe('stylish', () => {
  const plain = stylish(ALL, context());
  const lines = plain.split('\n');

  test('carets sit under CJK text (worked out by hand)', () => {
    // Position, severity and clause are padded to the widest of the file: "2:12" (4 cells), 错误 (4),
    // 五不要·二 (9: · is one cell). The message is not padded: two spaces, then the rule id.
    // Excerpt prefix 本次单元测验成绩已出， is 11 wide characters = 22 cells after the 4-space indent;
    // 张三 98 分 is 张2 三2 ␠1 9 1 8 1 ␠1 分2 = 10 cells.
    const start = lines.indexOf('通知/单元测验.txt');
    expect(lines.slice(start, start + 5)).toEqual([
      '通知/单元测验.txt',
      '  2:12  错误  五不要·二  不在群里发布考试成绩  no-score-publish',
      '    本次单元测验成绩已出，张三 98 分，李四 95 分，请家长督促孩子订正。',
      '                          ^^^^^^^^^^',
      '    建议：成绩请通过私信或学校平台单独告知家长',
    ]);
  });

  test('carets sit under emoji, two cells each', () => {
    // 收到请回复 (10) + 1 (1) + ，表现好的同学奖励小红花 (12 wide = 24) = 35 cells before 👍👍👍.
    const row = lines.findIndex((l) => l.includes('emoji-overuse'));
    expect(lines[row]).toMatch(/^ {2}3:19 {2}警告 {2}五要·四 {4}表情连用 3 个，不滥用个人表情 {2}emoji-overuse$/);
    expect(lines[row + 1]).toBe('    收到请回复1，表现好的同学奖励小红花👍👍👍');
    expect(lines[row + 2]).toBe(' '.repeat(4 + 35) + '^^^^^^');
    expect(lines[row + 3]).toBe('    建议：最多保留一个表情');
  });

  test('positions, severities and clauses line up; messages are not padded to the longest', () => {
    const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows).toHaveLength(4);
    const messageColumns = rows.map((row) => displayWidth(/^ {2}\S+ +\S+ +\S+ +/.exec(row)![0]));
    expect(new Set(messageColumns).size).toBe(1);
    for (const row of rows) expect(row).toMatch(/[^ ] {2}[a-z-]+$/);
  });

  test('fits an 80-column terminal: a long message goes under its row, wrapped; rule ids stay whole', () => {
    const source = '各位家长：明天下午三点在学校礼堂召开家长会，请准时参加，有事请联系139****5678。';
    const message = '消息中有手机号 139****5678，请确认不是他人的个人信息，家长群中不要公开他人联系方式和家庭住址等隐私信息';
    const long = resultFor('/tmp/a.txt', source, [
      { ...findingOn(source, '139****5678', { ruleId: 'n5-mobile-number-in-group', clause: 'N5', severity: 1, message }) },
    ]);
    const out = stylish([long], context({ cwd: '/tmp' })).split('\n');
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(out[1]).toBe('  1:34  警告  五不要·五  n5-mobile-number-in-group');
    // The message follows, indented 4 and cut between characters, never inside 139****5678.
    const excerptRow = out.findIndex((l) => l.includes('有事请联系'));
    const wrapped = out.slice(2, excerptRow);
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.map((l) => l.slice(4)).join('')).toBe(message);
    for (const l of wrapped) expect(l.startsWith('    ')).toBe(true);
    expect(wrapped.some((l) => l.includes('139****5678'))).toBe(true);
  });

  test('a fatal result is an error line of its file; a clean file is not listed', () => {
    expect(plain).toContain('损坏.txt\n  错误  无法读取文件：不是 UTF-8 或 UTF-16 编码');
    expect(plain).not.toContain('放假.txt');
  });

  test('summary counts the fatal result as an error, and says how many --fix could fix', () => {
    expect(lines.slice(-2)).toEqual(['✖ 共 5 个问题（3 个错误，2 个警告）', '其中 2 个可用 --fix 自动修复（先看改动：--fix-dry-run）']);
    expect(stylish(ALL, context({ lang: 'en' })).split('\n').slice(-2)).toEqual([
      '✖ 5 problems (3 errors, 2 warnings)',
      '2 of them can be fixed with --fix (see what would change: --fix-dry-run)',
    ]);
    expect(stylish([UNREADABLE], context({ lang: 'en' })).split('\n').pop()).toBe('✖ 1 problem (1 error, 0 warnings)');
  });

  test('no problems', () => {
    expect(stylish([CLEAN], context())).toBe('✔ 未发现问题');
    expect(stylish([], context({ lang: 'en' }))).toBe('✔ No problems found');
  });

  test('English labels', () => {
    const en = stylish([NOTICE], context({ lang: 'en' }));
    expect(en).toMatch(/^ {2}2:12 {2}error {4}Must-not 2 {2}不在群里发布考试成绩 +no-score-publish$/m);
    expect(en).toMatch(/^ {2}3:1 {3}warning {2}Must 2 {6}/m);
    expect(en).toContain('    Suggestion: 无需回复；如有疑问请私信班主任');
  });

  test('no colour codes without color, some with it, and the same text underneath', () => {
    expect(plain).not.toMatch(/\x1b/);
    const coloured = stylish(ALL, context({ color: true }));
    expect(coloured).toContain('\x1b[31m'); // red: errors
    expect(coloured).toContain('\x1b[33m'); // yellow: warnings
    expect(coloured).toContain('\x1b[2m'); // dim: rule ids
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  test('format() ends the output with a newline', () => {
    expect(format('stylish', ALL, context())).toBe(`${plain}\n`);
  });
});

describe('excerptAt', () => {
  test('CRLF line ends are not part of the excerpt', () => {
    const source = '各位家长：\r\n请转发给所有家长\r\n谢谢';
    const f = findingOn(source, '转发给所有家长', { ruleId: 'chain-forward', clause: 'M3', severity: 1, message: '不要求转发' });
    expect(excerptAt(source, f.range)).toEqual({ before: '请', marked: '转发给所有家长', after: '' });
  });

  test('an empty range at the end of a line gets one caret after the text', () => {
    const source = '明天上午8点到校\n城西小学';
    const end = source.indexOf('\n');
    const result = resultFor('/tmp/a.txt', source, [
      { ...findingOn(source, '明天', { ruleId: 'relative-date', clause: 'M5', severity: 1, message: '缺少日期' }), range: [end, end] },
    ]);
    const out = stylish([result], context({ cwd: '/tmp' })).split('\n');
    // 明天上午 (8) + 8 (1) + 点到校 (6) = 15 cells.
    expect(out.slice(2, 4)).toEqual(['    明天上午8点到校', ' '.repeat(4 + 15) + '^']);
  });

  test('a range over several lines is underlined to the end of its first line', () => {
    const source = '请大家投票\n给王小明';
    expect(excerptAt(source, [2, source.length])).toEqual({ before: '请大', marked: '家投票', after: '' });
  });

  test('the excerpt is one line whatever ends it: \r\n, \r, U+2028', () => {
    for (const eol of ['\r\n', '\r', '\u2028', '\u2029']) {
      const source = ['甲乙', '请大家投票', '丙丁'].join(eol);
      const start = source.indexOf('投票');
      expect(excerptAt(source, [start, start + 2])).toEqual({ before: '请大家', marked: '投票', after: '' });
    }
  });

  test('tabs and control characters do not reach the terminal', () => {
    expect(excerptAt('a\tb\x1b[31mc', [2, 3])).toEqual({ before: 'a ', marked: 'b', after: '\uFFFD[31mc' });
  });

  test('a long line is cut around the finding', () => {
    const source = '各位家长好，'.repeat(10) + '本次考试成绩排名如下' + '，请家长注意查收'.repeat(10);
    const start = source.indexOf('成绩排名');
    const excerpt = excerptAt(source, [start, start + 4])!;
    expect(excerpt.before.startsWith('...')).toBe(true);
    expect(excerpt.after.endsWith('...')).toBe(true);
    expect(excerpt.marked).toBe('成绩排名');
    expect(displayWidth(excerpt.before)).toBeLessThanOrEqual(20);
    expect(displayWidth(excerpt.before + excerpt.marked + excerpt.after)).toBeLessThanOrEqual(72);
  });

  test('a range outside the source gives no excerpt', () => {
    expect(excerptAt('短', [0, 5])).toBeUndefined();
  });
});

describe('displayWidth fast path agrees with segmenting', () => {
  test.each(['各位家长：明天（12月3日，星期四）开会。', '“收到”…—·', '〽〰', '中\u302a文', 'ａｂｃ！', '2026年12月2日 08:00'])('%s', (text) => {
    expect(displayWidth(text)).toBe(graphemes(text).reduce((n, g) => n + graphemeWidth(g), 0));
  });
});
