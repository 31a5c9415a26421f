import { readFrontMatter } from '../../src/time/frontMatter';

const BODY = '各位家长：\n明天学校举行运动会。\n';

describe('fenced front matter', () => {
  test('发送时间 and 类型', () => {
    const text = `---\n发送时间: 2026-11-25 10:00\n类型: notice\n---\n${BODY}`;
    const fm = readFrontMatter(text);
    expect(fm).toEqual({ sendAt: '2026-11-25 10:00', kind: 'notice', bodyStart: text.indexOf(BODY) });
    expect(text.slice(fm.bodyStart)).toBe(BODY);
  });

  test.each([
    ['sendAt: 2026-11-25T10:00:00+08:00', '2026-11-25T10:00:00+08:00'],
    ['send_at: "2026-11-25 10:00"', '2026-11-25 10:00'],
    ["SendAt: '明天 8:00'", '明天 8:00'],
    ['发送时间：2026/11/25 10:00', '2026/11/25 10:00'],
    ['发送时间 ： 明天8点  ', '明天8点'],
  ])('%p', (line, sendAt) => {
    const text = `---\n${line}\n---\n${BODY}`;
    expect(readFrontMatter(text)).toEqual({ sendAt, bodyStart: text.indexOf(BODY) });
  });

  test('kind key and 类型 with a full-width colon', () => {
    expect(readFrontMatter(`---\nkind: chat\n---\n${BODY}`).kind).toBe('chat');
    expect(readFrontMatter(`---\n类型：通知\n---\n${BODY}`).kind).toBe('通知');
  });

  test('unknown keys, comments and blank lines are skipped', () => {
    const text = `---\n# 模板\ntitle: 运动会\n\n发送时间: 10:00\n---\n${BODY}`;
    expect(readFrontMatter(text)).toEqual({ sendAt: '10:00', bodyStart: text.indexOf(BODY) });
  });

  test('CRLF line breaks and a BOM', () => {
    const text = `\uFEFF---\r\n发送时间: 2026-11-25 10:00\r\n---\r\n${BODY}`;
    const fm = readFrontMatter(text);
    expect(fm.sendAt).toBe('2026-11-25 10:00');
    expect(text.slice(fm.bodyStart)).toBe(BODY);
  });

  test('a block at the very end of the text', () => {
    const text = '---\n发送时间: 10:00\n---';
    expect(readFrontMatter(text)).toEqual({ sendAt: '10:00', bodyStart: text.length });
  });

  test('an empty value is not a value', () => {
    expect(readFrontMatter('---\n发送时间:\n---\nx').sendAt).toBeUndefined();
  });
});

describe('a bare first line', () => {
  test.each(['发送时间: 2026-11-25 10:00', '发送时间：2026-11-25 10:00', '  发送时间 ：2026-11-25 10:00  '])(
    '%p',
    (line) => {
      const text = `${line}\n${BODY}`;
      expect(readFrontMatter(text)).toEqual({ sendAt: '2026-11-25 10:00', bodyStart: line.length + 1 });
    },
  );

  test('CRLF, and a text that is only the line', () => {
    const text = `发送时间：明天 8:00\r\n${BODY}`;
    expect(text.slice(readFrontMatter(text).bodyStart)).toBe(BODY);
    expect(readFrontMatter('发送时间：明天 8:00')).toEqual({ sendAt: '明天 8:00', bodyStart: '发送时间：明天 8:00'.length });
  });

  test('only the first line counts, and only 发送时间', () => {
    expect(readFrontMatter(`${BODY}发送时间: 10:00\n`)).toEqual({ bodyStart: 0 });
    expect(readFrontMatter(`sendAt: 10:00\n${BODY}`)).toEqual({ bodyStart: 0 });
    expect(readFrontMatter(`发送时间：\n${BODY}`)).toEqual({ bodyStart: 0 });
  });
});

describe('no front matter', () => {
  test.each([
    ['empty text', ''],
    ['plain message', BODY],
    ['a --- separator with prose after it', `---\n${BODY}---\n`],
    ['no closing fence', '---\n发送时间: 10:00\n各位家长好'],
    ['--- not at the start', `${BODY}---\n发送时间: 10:00\n---\n`],
  ])('%s', (_name, text) => {
    expect(readFrontMatter(text)).toEqual({ bodyStart: 0 });
  });
});
