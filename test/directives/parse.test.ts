import { fileKindFor, parseDirectives } from '../../src/directives/directives';
import type { FileKind } from '../../src/directives/directives';

/** The text each comment range covers. */
function covered(text: string, ranges: Array<[number, number]>): string[] {
  return ranges.map(([s, e]) => text.slice(s, e));
}

describe('fileKindFor', () => {
  it.each([
    ['通知.md', 'markdown'],
    ['a/b.MARKDOWN', 'markdown'],
    ['x.html', 'html'],
    ['x.htm', 'html'],
    ['t.hbs', 'handlebars'],
    ['t.handlebars', 'handlebars'],
    ['t.mustache', 'handlebars'],
    ['t.txt', 'text'],
    ['t.tpl', 'text'],
    ['README', 'text'],
    ['.complianceignore', 'text'],
  ])('%s → %s', (file, kind) => {
    expect(fileKindFor(file)).toBe(kind);
  });
});

describe('parseDirectives: each directive in each comment form', () => {
  const names = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
  const forms: Array<[FileKind, (body: string) => string]> = [
    ['markdown', (b) => `<!-- ${b} -->`],
    ['html', (b) => `<!--${b}-->`],
    ['text', (b) => `<!-- ${b} -->`],
    ['text', (b) => `# ${b}`],
    ['text', (b) => `  // ${b}`],
    ['handlebars', (b) => `{{!-- ${b} --}}`],
    ['handlebars', (b) => `{{! ${b} }}`],
    ['handlebars', (b) => `{{~!-- ${b} --~}}`],
    ['handlebars', (b) => `<!-- ${b} -->`],
  ];
  for (const [kind, wrap] of forms) {
    for (const name of names) {
      const comment = wrap(`jiaxiao-lint-${name} N2`);
      it(`${kind}: ${comment}`, () => {
        const text = `第一行\n${comment}\n第三行\n`;
        const { directives, commentRanges } = parseDirectives(text, kind);
        expect(directives).toHaveLength(1);
        expect(directives[0]).toMatchObject({ kind: name, targets: ['N2'], line: 2 });
        expect(covered(text, commentRanges)).toEqual([`${comment}\n`]);
      });
    }
  }

  it('reads no list as “every rule”', () => {
    const { directives } = parseDirectives('<!-- jiaxiao-lint-disable -->\n文本', 'markdown');
    expect(directives[0]).toMatchObject({ kind: 'disable', targets: [] });
    expect(directives[0].reason).toBeUndefined();
  });

  it('keeps rule ids and clause ids apart, normalises their case, splits on commas and spaces', () => {
    const text = '<!-- jiaxiao-lint-disable n2-ranking, N2 m5,N3-SHAMING  n1 -->';
    const { directives } = parseDirectives(text, 'markdown');
    expect(directives[0].targets).toEqual(['n2-ranking', 'N2', 'M5', 'n3-shaming', 'N1']);
  });

  it('splits on Chinese commas and 、 too', () => {
    const { directives } = parseDirectives('<!-- jiaxiao-lint-disable N2，N3、n2-ranking -->', 'markdown');
    expect(directives[0].targets).toEqual(['N2', 'N3', 'n2-ranking']);
  });

  it('takes a reason after --', () => {
    const { directives } = parseDirectives('<!-- jiaxiao-lint-disable N2, n2-ranking -- 家长会要求公布名次 -->', 'markdown');
    expect(directives[0]).toMatchObject({ targets: ['N2', 'n2-ranking'], reason: '家长会要求公布名次' });
  });

  it('takes a reason after -- with no list, and after ——', () => {
    const a = parseDirectives('{{!-- jiaxiao-lint-disable-next-line -- 模板变量 --}}', 'handlebars');
    expect(a.directives[0]).toMatchObject({ kind: 'disable-next-line', targets: [], reason: '模板变量' });
    const b = parseDirectives('<!-- jiaxiao-lint-disable N2——校长同意 -->', 'html');
    expect(b.directives[0]).toMatchObject({ targets: ['N2'], reason: '校长同意' });
  });

  it('does not split a rule id on its hyphens', () => {
    const { directives } = parseDirectives('# jiaxiao-lint-disable n2-ranking--x', 'text');
    expect(directives[0].targets).toEqual(['n2-ranking--x']);
  });

  it('ignores ordinary comments and near-miss names', () => {
    const text = [
      '<!-- 这是普通注释 -->',
      '<!-- jiaxiao-lint-disabled N2 -->',
      '<!-- eslint-disable -->',
      '<!--jiaxiao-lint-enableN2-->',
    ].join('\n');
    expect(parseDirectives(text, 'markdown')).toEqual({ directives: [], commentRanges: [] });
  });

  it('does not take a Markdown heading or a # line without a directive for a comment', () => {
    const text = '# 通知\n\n## 周五安排\n# jiaxiao-lint 说明\n// 备注\n正文';
    expect(parseDirectives(text, 'text')).toEqual({ directives: [], commentRanges: [] });
    expect(parseDirectives(text, 'markdown')).toEqual({ directives: [], commentRanges: [] });
  });

  it('reads # and // lines only in plain text', () => {
    const text = '# jiaxiao-lint-disable\n// jiaxiao-lint-enable\n';
    expect(parseDirectives(text, 'text').directives.map((d) => d.kind)).toEqual(['disable', 'enable']);
    expect(parseDirectives(text, 'markdown').directives).toEqual([]);
    expect(parseDirectives(text, 'html').directives).toEqual([]);
    expect(parseDirectives(text, 'handlebars').directives).toEqual([]);
  });

  it('reads Handlebars comments only in Handlebars files', () => {
    const text = '{{!-- jiaxiao-lint-disable --}}\n{{! jiaxiao-lint-enable }}\n';
    expect(parseDirectives(text, 'handlebars').directives).toHaveLength(2);
    expect(parseDirectives(text, 'markdown').directives).toEqual([]);
  });

  it('does not take # inside a line for a comment (end-of-line comments in text use <!-- -->)', () => {
    const text = '请带作业 # jiaxiao-lint-disable-line\n请带作业 <!-- jiaxiao-lint-disable-line -->\n';
    const { directives } = parseDirectives(text, 'text');
    expect(directives).toHaveLength(1);
    expect(directives[0]).toMatchObject({ line: 2, appliesToLine: 2 });
  });
});

describe('parseDirectives: positions and comment ranges', () => {
  it('gives an end-of-line comment its own range only, and points disable-line at its line', () => {
    const text = '第一行\n公布排名 <!-- jiaxiao-lint-disable-line N2 -->\n第三行';
    const { directives, commentRanges } = parseDirectives(text, 'markdown');
    const start = text.indexOf('<!--');
    const end = text.indexOf('-->') + 3;
    expect(commentRanges).toEqual([[start, end]]);
    expect(start).toBe(9); // 第一行\n = 4 units, 公布排名 and a space = 5
    expect(end).toBe(9 + '<!-- jiaxiao-lint-disable-line N2 -->'.length);
    expect(directives[0]).toMatchObject({
      kind: 'disable-line',
      line: 2,
      column: 6,
      endLine: 2,
      range: [start, end],
      appliesToLine: 2,
    });
  });

  it('counts columns in user-perceived characters', () => {
    const text = '👨‍👩‍👧好 <!-- jiaxiao-lint-disable-line -->';
    const { directives } = parseDirectives(text, 'markdown');
    expect(directives[0].column).toBe(4); // family emoji, 好, space, then the comment
  });

  it('removes an own-line comment with its indentation and newline (CRLF too)', () => {
    const text = '甲\r\n  <!-- jiaxiao-lint-disable -->  \r\n乙';
    const { commentRanges } = parseDirectives(text, 'markdown');
    expect(commentRanges).toEqual([[3, text.indexOf('乙')]]);
  });

  it('gives an own-line comment on the last line with no newline the rest of the text', () => {
    const text = '甲\n<!-- jiaxiao-lint-enable -->';
    const { commentRanges } = parseDirectives(text, 'html');
    expect(commentRanges).toEqual([[2, text.length]]);
  });

  it('gives exact ranges for several comments, in text order', () => {
    const text = [
      '# 通知', // 0..4, newline at 4
      '# jiaxiao-lint-disable N2', // 5..30
      '内容 <!-- jiaxiao-lint-disable-line -->',
      '// jiaxiao-lint-enable N2',
    ].join('\n');
    const { directives, commentRanges } = parseDirectives(text, 'text');
    expect(directives.map((d) => d.kind)).toEqual(['disable', 'disable-line', 'enable']);
    const line2 = text.indexOf('# jiaxiao');
    const line3 = text.indexOf('内容');
    const line4 = text.indexOf('// jiaxiao');
    expect(commentRanges).toEqual([
      [line2, line3],
      [text.indexOf('<!--'), line4 - 1],
      [line4, text.length],
    ]);
    expect(directives.map((d) => [d.line, d.column])).toEqual([
      [2, 1],
      [3, 4],
      [4, 1],
    ]);
  });

  it('points disable-next-line of a multi-line comment at the line after the comment', () => {
    const text = '<!--\n  jiaxiao-lint-disable-next-line N2\n-->\n公布排名\n';
    const { directives, commentRanges } = parseDirectives(text, 'markdown');
    expect(directives[0]).toMatchObject({ line: 1, endLine: 3, appliesToLine: 4 });
    expect(commentRanges).toEqual([[0, text.indexOf('公布')]]);
  });

  it('does not read a # line inside an HTML comment as another comment', () => {
    const text = '<!-- jiaxiao-lint-disable\n# jiaxiao-lint-enable\n-->';
    const { directives } = parseDirectives(text, 'text');
    expect(directives).toHaveLength(1);
    expect(directives[0].kind).toBe('disable');
  });
});
