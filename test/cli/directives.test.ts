// End-to-end: directives cannot be abused (one disable-line silences one line whatever the line
// endings; --no-inline-config; a blanket disable is named), they reach the batch's duplicate finding,
// and inputs that used to be mishandled (empty path, BOM-less UTF-16, nested .complianceignore).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, parseJson, RANKING_TEXT, removeDir, ruleIds, run, runsWithStackTraces, tempDir } from './helpers';

const dirs: string[] = [];
const dirWith = (files: Record<string, string> = {}) => {
  const d = tempDir(files);
  dirs.push(d);
  return d;
};
beforeAll(() => assertBuilt());
afterAll(() => dirs.forEach(removeDir));

/** Line numbers of the n2-ranking findings in a JSON report of one file. */
const rankingLines = (stdout: string) => parseJson(stdout)[0].messages.filter((m) => m.ruleId === 'n2-ranking').map((m) => m.line);

describe('lines are lines by \\r\\n, \\n, \\r, U+2028 and U+2029 alike', () => {
  test.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r (old Mac)', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('with %s, a disable-line silences its own line only', (_name, eol) => {
    const md = [`${RANKING_TEXT} <!-- jiaxiao-lint-disable-line -->`, RANKING_TEXT, RANKING_TEXT, ''].join(eol);
    const txt = ['# jiaxiao-lint-disable-next-line', RANKING_TEXT, RANKING_TEXT, ''].join(eol);
    const dir = dirWith({ 'a.md': md, 'b.txt': txt });
    expect(rankingLines(run(['-f', 'json', 'a.md'], { cwd: dir }).stdout)).toEqual([2, 3]);
    expect(rankingLines(run(['-f', 'json', 'b.txt'], { cwd: dir }).stdout)).toEqual([3]);
  });
});

describe('--no-inline-config', () => {
  test('ignores every directive; the comments themselves are still not linted', () => {
    const text = ['<!-- jiaxiao-lint-disable N2 -->', RANKING_TEXT, `${RANKING_TEXT} <!-- jiaxiao-lint-disable-line -->`, ''].join('\n');
    const dir = dirWith({ 'a.md': text });
    expect(rankingLines(run(['-f', 'json', 'a.md'], { cwd: dir }).stdout)).toEqual([]);
    const r = run(['-f', 'json', '--no-inline-config', 'a.md'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(rankingLines(r.stdout)).toEqual([2, 3]);
    expect(parseJson(r.stdout)[0].messages.filter((m) => m.line === 1)).toEqual([]);
  });
});

describe('--report-unused-disable-directives', () => {
  test('names a file-wide disable without a rule list even when it suppresses something', () => {
    const dir = dirWith({ 'a.md': `<!-- jiaxiao-lint-disable -->\n${RANKING_TEXT}\n`, 'b.md': `<!-- jiaxiao-lint-disable N2 -->\n${RANKING_TEXT.replace('张三', '李四')}\n` });
    const plain = run(['-f', 'json', 'a.md'], { cwd: dir });
    expect(plain.status).toBe(0); // silenced…
    const audited = run(['-f', 'json', '--report-unused-disable-directives', 'a.md', 'b.md'], { cwd: dir });
    const [a, b] = parseJson(audited.stdout);
    expect(a.messages.map((m) => [m.ruleId, m.line])).toEqual([['blanket-disable-directive', 1]]); // …but named
    expect(b.messages).toEqual([]); // a disable with a rule list is a choice, not a blanket
    const en = run(['-f', 'json', '--lang', 'en', '--report-unused-disable-directives', 'a.md'], { cwd: dir });
    expect(parseJson(en.stdout)[0].messages[0].message).toContain('without a rule list');
  });

  test('a blanket disable closed by an enable is not named; an unused one is reported as unused', () => {
    const dir = dirWith({
      'closed.md': `<!-- jiaxiao-lint-disable -->\n${RANKING_TEXT}\n<!-- jiaxiao-lint-enable -->\n`,
      'unused.md': '<!-- jiaxiao-lint-disable -->\n各位家长：明天（12月3日）上午8点到校。\n三年级二班\n2026年12月2日\n',
    });
    const r = run(['-f', 'json', '--report-unused-disable-directives', 'closed.md', 'unused.md'], { cwd: dir });
    const [closed, unused] = parseJson(r.stdout);
    expect(ruleIds([closed])).not.toContain('blanket-disable-directive');
    expect(ruleIds([unused])).toEqual(['unused-disable-directive']);
  });
});

describe('directives reach the batch finding m2-duplicate-message', () => {
  const MESSAGE = '请家长明天让孩子带跳绳，下午体育课要用。';
  test('a disable naming it silences the copy, and is not reported unused', () => {
    const dir = dirWith({ 'a.md': `${MESSAGE}\n`, 'b.md': `<!-- jiaxiao-lint-disable m2-duplicate-message -- 两个班各发一次 -->\n${MESSAGE}\n` });
    const r = run(['-f', 'json', '--report-unused-disable-directives', 'a.md', 'b.md'], { cwd: dir });
    expect(ruleIds(parseJson(r.stdout))).toEqual([]);
    // Without the directive the copy is reported.
    writeFileSync(join(dir, 'b.md'), `${MESSAGE}\n`);
    expect(ruleIds(parseJson(run(['-f', 'json', 'a.md', 'b.md'], { cwd: dir }).stdout))).toEqual(['m2-duplicate-message']);
  });
});

describe('inputs', () => {
  test('an empty path argument is refused (it would lint the whole tree)', () => {
    const dir = dirWith({ 'a.txt': RANKING_TEXT });
    for (const args of [[''], ['a.txt', ''], ['  ']]) {
      const r = run(args, { cwd: dir });
      expect({ args, status: r.status, stdout: r.stdout }).toEqual({ args, status: 2, stdout: '' });
      expect(r.stderr).toContain('路径参数为空');
    }
  });

  test('UTF-16 without a BOM, walked in a folder, is linted, not skipped as binary', () => {
    const dir = dirWith();
    mkdirSync(join(dir, 'msgs'));
    writeFileSync(join(dir, 'msgs', 'le.txt'), Buffer.from(`${RANKING_TEXT}\n`, 'utf16le'));
    writeFileSync(join(dir, 'msgs', 'be.txt'), Buffer.from(`${RANKING_TEXT}\n`, 'utf16le').swap16());
    const r = run(['-f', 'json', 'msgs'], { cwd: dir });
    expect(r.stderr).not.toContain('二进制');
    const results = parseJson(r.stdout);
    expect(results.map((x) => [x.filePath, x.fatal, ruleIds([x]).includes('n2-ranking')])).toEqual([
      ['msgs/be.txt', undefined, true],
      ['msgs/le.txt', undefined, true],
    ]);
  });

  test('.complianceignore files are found from the linted paths upward to the repository root', () => {
    const dir = dirWith({
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/.complianceignore': 'drafts/\n',
      'repo/notices/.complianceignore': '*.bak.md\n!keep.bak.md\n',
      'repo/notices/class1/drafts/x.md': RANKING_TEXT,
      'repo/notices/class1/old.bak.md': RANKING_TEXT,
      'repo/notices/class1/keep.bak.md': RANKING_TEXT,
      'repo/notices/class1/now.md': RANKING_TEXT,
      // Above the repository root: never read.
      '.complianceignore': 'now.md\n',
    });
    const cwd = join(dir, 'repo', 'notices', 'class1');
    const walked = run(['-f', 'json', '.'], { cwd });
    expect(parseJson(walked.stdout).map((x) => x.filePath)).toEqual(['keep.bak.md', 'now.md']);
    // Named explicitly, from elsewhere: the same rules, and a note for each ignored file.
    const named = run(['-f', 'json', 'notices/class1/drafts/x.md', 'notices/class1/old.bak.md', 'notices/class1/now.md'], { cwd: join(dir, 'repo') });
    expect(parseJson(named.stdout).map((x) => x.filePath)).toEqual(['notices/class1/now.md']);
    expect(named.stderr).toContain('“drafts/”（.complianceignore）');
    expect(named.stderr).toContain('“*.bak.md”（notices/.complianceignore）');
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
