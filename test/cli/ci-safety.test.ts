// End-to-end: a CI job cannot pass by accident. One --ignore-pattern value per flag, nothing to lint
// is exit 2, a misspelt rule in the config or on --rule stops the run, --max-warnings and --quiet
// say what they did, a missing file is one line on stderr.
import { join } from 'node:path';
import { PHONE_TEXT, RANKING_TEXT, parseJson, ruleIds, run, runsWithStackTraces, useTempDirs } from './helpers';

const dirWith = useTempDirs();

const PHONES = `${PHONE_TEXT}\n有事也可联系13912340000。\n`; // two n5-mobile warnings

describe('--ignore-pattern', () => {
  test('takes one value: the paths after it are linted, not swallowed (and stdin is not read)', () => {
    const cwd = dirWith({ 'old/a.txt': RANKING_TEXT, 'b.txt': RANKING_TEXT });
    const r = run(['--ignore-pattern', 'old', 'b.txt', '-f', 'json'], { cwd, input: PHONE_TEXT });
    expect(r.status).toBe(1);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual(['b.txt']);
  });

  test('may be repeated: every pattern applies', () => {
    const cwd = dirWith({ 'old/a.txt': RANKING_TEXT, 'drafts/c.md': RANKING_TEXT, 'ok/d.txt': PHONE_TEXT });
    const r = run(['.', '--ignore-pattern', 'old', '--ignore-pattern', 'drafts/', '-f', 'json'], { cwd });
    expect(r.status).toBe(0);
    expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual(['ok/d.txt']);
  });
});

describe('nothing to lint exits 2, naming what was searched', () => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['an empty folder', { 'empty/.keep-dir/.x': '' }, ['empty']],
    ['a folder without text files', { 'src/app.js': '// 成绩排名\n', 'src/logo.png': 'png' }, ['src']],
    ['a folder whose every file is ignored', { 'tpl/a.txt': RANKING_TEXT, '.complianceignore': 'tpl/*.txt\n' }, ['tpl']],
    ['a glob matching nothing', { 'a.txt': RANKING_TEXT }, ['notices/**/*.md']],
  ];

  test.each(cases)('%s', (_name, files, args) => {
    const cwd = dirWith(files);
    const r = run(args, { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe(''); // no “未发现问题” for a run that checked nothing
    expect(r.stderr).toContain(args[0]);
    expect(r.stderr).toMatch(/没有可检查的文件|没有文件匹配/);
    expect(r.stderr).toContain('--no-error-on-unmatched-pattern');

    const allowed = run([...args, '--no-error-on-unmatched-pattern'], { cwd });
    expect(allowed.status).toBe(0);
  });

  test('in English too', () => {
    const cwd = dirWith({ 'src/app.js': '' });
    const r = run(['src', '--lang', 'en'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Nothing to lint: no text files found in src/);
  });
});

describe('rule ids are checked', () => {
  test('an unknown rule id in the config is an error naming the file and the nearest known id', () => {
    const cwd = dirWith({ '.compliancerc.yaml': 'rules:\n  n5-mobil: off\n', 'a.txt': PHONE_TEXT });
    const r = run(['a.txt'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(join(cwd, '.compliancerc.yaml'));
    expect(r.stderr).toContain('n5-mobil');
    expect(r.stderr).toContain('是不是 n5-mobile？');
  });

  test('a clause written in lower case is caught as well (it would silently match nothing)', () => {
    const cwd = dirWith({ '.compliancerc.json': JSON.stringify({ rules: { n2: 'warn' } }) });
    const r = run(['--text', RANKING_TEXT], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('是不是 N2？');
    // The subcommands read the same config and stop the same way.
    expect(run(['rules'], { cwd }).status).toBe(2);
  });

  test('--rule id:level overrides one rule or clause from the command line, and may be repeated', () => {
    const cwd = dirWith({});
    const off = run(['--rule', 'n5-mobile:off', '-f', 'json', '--text', `${PHONE_TEXT}${RANKING_TEXT}`], { cwd });
    expect(ruleIds(parseJson(off.stdout))).not.toContain('n5-mobile');
    expect(off.status).toBe(1);

    const warn = run(['--rule', 'N2:warn', '--rule', 'n5-mobile:off', '-f', 'json', '--text', `${PHONE_TEXT}${RANKING_TEXT}`], { cwd });
    expect(warn.status).toBe(0);
    const [result] = parseJson(warn.stdout);
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages.every((m) => m.severity === 1)).toBe(true);

    // It wins over the config file.
    const configured = dirWith({ '.compliancerc.yaml': 'rules:\n  n5-mobile: error\n' });
    expect(run(['--rule', 'n5-mobile:warn', '--text', PHONE_TEXT], { cwd: configured }).status).toBe(0);
    expect(run(['--text', PHONE_TEXT], { cwd: configured }).status).toBe(1);
  });

  test('--rule with an unknown id or level is a usage error with the nearest id', () => {
    const cwd = dirWith({});
    const id = run(['--rule', 'n2-rankin:off', '--text', RANKING_TEXT], { cwd });
    expect(id.status).toBe(2);
    expect(id.stderr).toContain('是不是 n2-ranking？');
    const level = run(['--rule', 'n2-ranking:of', '--text', RANKING_TEXT], { cwd });
    expect(level.status).toBe(2);
    expect(level.stderr).toContain('off、warn 或 error');
    const shape = run(['--rule', 'n2-ranking', '--text', RANKING_TEXT, '--lang', 'en'], { cwd });
    expect(shape.status).toBe(2);
    expect(shape.stderr).toContain('write id:level');
  });
});

describe('--max-warnings and --quiet say what they did', () => {
  test('--max-warnings says why the run failed', () => {
    const cwd = dirWith({ 'p.txt': PHONES });
    const r = run(['p.txt', '--max-warnings', '1'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('警告 2 个，超过上限 1');
    const ok = run(['p.txt', '--max-warnings', '2'], { cwd });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    const en = run(['p.txt', '--max-warnings', '0', '--lang', 'en', '-f', 'json'], { cwd });
    expect(en.status).toBe(1);
    expect(en.stderr).toContain('2 warnings, more than the maximum of 0');
    expect(() => JSON.parse(en.stdout)).not.toThrow(); // the reason is on stderr, the report stays parseable
  });

  test('--quiet says how many warnings it hid instead of “未发现问题”', () => {
    const cwd = dirWith({ 'p.txt': PHONES });
    const r = run(['p.txt', '--quiet'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('未发现问题');
    expect(r.stdout).toContain('--quiet 隐藏了 2 个警告');
    const mixed = run(['--quiet', '--text', `${PHONE_TEXT}${RANKING_TEXT}`, '--lang', 'en'], { cwd });
    expect(mixed.stdout).toMatch(/--quiet hid 1 warning\)/);
    const json = run(['p.txt', '--quiet', '-f', 'json'], { cwd });
    expect(json.stderr).toContain('--quiet 隐藏了 2 个警告');
  });
});

describe('a missing file', () => {
  test('is one line on stderr and exit 2, with nothing on stdout', () => {
    const cwd = dirWith({});
    const r = run(['缺失.txt'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('jiaxiao-lint: 找不到文件或目录：缺失.txt\n');
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
