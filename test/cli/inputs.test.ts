// End-to-end: where the text comes from (stdin pipe, -, a file, a folder, --text) and the exit codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertBuilt, CLEAN_NOTICE, parseJson, PHONE_TEXT, RANKING_TEXT, removeDir, ruleIds, run, runsWithStackTraces, tempDir, WORKING_TIME,
} from './helpers';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir({
    'clean.txt': CLEAN_NOTICE,
    'ranking.txt': RANKING_TEXT + '\n',
    'phone.txt': PHONE_TEXT + '\n',
    'tree/a/one.txt': PHONE_TEXT + '\n',
    'tree/a/b/two.md': RANKING_TEXT + '\n',
    'tree/a/b/c/three.md': CLEAN_NOTICE,
    'tree/a/script.js': '// 成绩排名第一名\n',
    'tree/node_modules/pkg/readme.md': RANKING_TEXT + '\n',
    'tree/a/node_modules/deep.txt': RANKING_TEXT + '\n',
  });
});

afterAll(() => removeDir(dir));

describe('inputs', () => {
  test('stdin through a pipe, no arguments: clean notice exits 0, a ranking exits 1 as <stdin>', () => {
    const clean = run(['--at', WORKING_TIME], { cwd: dir, input: CLEAN_NOTICE });
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('未发现问题');

    const bad = run(['--at', WORKING_TIME, '-f', 'json'], { cwd: dir, input: RANKING_TEXT });
    expect(bad.status).toBe(1);
    const results = parseJson(bad.stdout);
    expect(results.map((r) => r.filePath)).toEqual(['<stdin>']);
    expect(ruleIds(results)).toContain('n2-ranking');
  });

  test('- reads stdin, alongside a file named on the same command line', () => {
    const r = run(['-', 'clean.txt', '--at', WORKING_TIME, '-f', 'json'], { cwd: dir, input: RANKING_TEXT });
    expect(r.status).toBe(1);
    const results = parseJson(r.stdout);
    expect(results.map((x) => x.filePath).sort()).toEqual(['<stdin>', 'clean.txt']);
    expect(results.find((x) => x.filePath === '<stdin>')!.errorCount).toBeGreaterThan(0);
    expect(results.find((x) => x.filePath === 'clean.txt')!.messages).toEqual([]);
  });

  test('a clean file exits 0 and says so; a file with a ranking exits 1 naming the rule', () => {
    const clean = run(['clean.txt'], { cwd: dir });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('✔ 未发现问题');

    const bad = run(['ranking.txt'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('ranking.txt');
    expect(bad.stdout).toContain('n2-ranking');
  });

  test('a folder is walked recursively for .txt/.md files; node_modules and other extensions are skipped', () => {
    const r = run(['tree', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const paths = parseJson(r.stdout).map((x) => x.filePath);
    expect(paths.sort()).toEqual(['tree/a/b/c/three.md', 'tree/a/b/two.md', 'tree/a/one.txt']);
  });

  test('--text lints the given text', () => {
    const r = run(['--text', RANKING_TEXT, '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const results = parseJson(r.stdout);
    expect(results.map((x) => x.filePath)).toEqual(['<text>']);
    expect(ruleIds(results)).toEqual(expect.arrayContaining(['n2-ranking']));
  });
});

describe('exit codes', () => {
  test('warnings alone exit 0; with --max-warnings 0 they exit 1', () => {
    const plain = run(['phone.txt'], { cwd: dir });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('n5-mobile');
    expect(plain.stdout).toContain('警告');

    const strict = run(['phone.txt', '--max-warnings', '0'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('n5-mobile');
  });

  test('a missing file exits 2, and the other files of the run are still linted and printed', () => {
    const r = run(['missing.txt', 'ranking.txt', 'clean.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain('missing.txt');
    expect(r.stdout + r.stderr).toContain('找不到文件或目录');
    expect(r.stdout).toContain('ranking.txt');
    expect(r.stdout).toContain('n2-ranking');

    const json = run(['missing.txt', 'ranking.txt', '-f', 'json'], { cwd: dir });
    expect(json.status).toBe(2);
    const results = parseJson(json.stdout);
    expect(results.find((x) => x.filePath === 'missing.txt')!.fatal).toBeTruthy();
    expect(results.find((x) => x.filePath === 'ranking.txt')!.errorCount).toBeGreaterThan(0);
  });

  test('an unknown option exits 2 and names it', () => {
    const r = run(['--bogus', 'clean.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--bogus');
    expect(r.stdout).toBe('');
  });

  test('a bad --at exits 2 and lists the accepted forms', () => {
    const r = run(['--at', '下下周八点半', 'clean.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('下下周八点半');
    for (const form of ['2026-11-25T21:40:00+08:00', '2026-11-25 21:30', '21:30', '明天 8:00']) expect(r.stderr).toContain(form);
  });

  test('a bad --format exits 2 and lists the formats', () => {
    const r = run(['--format', 'xml', 'clean.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('xml');
    for (const f of ['stylish', 'json', 'sarif', 'junit', 'github', 'compact']) expect(r.stderr).toContain(f);
    expect(r.stdout).toBe('');
  });

  test('a broken config file (invalid JSON) exits 2 and names the file', () => {
    const cwd = tempDir({ '.compliancerc.json': '{ "rules": { "n5-mobile": "off", }', 'clean.txt': CLEAN_NOTICE });
    try {
      const r = run(['clean.txt'], { cwd });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(join(cwd, '.compliancerc.json'));
      expect(r.stdout).toBe('');
    } finally {
      removeDir(cwd);
    }
  });

  test('a config with an unknown key exits 2 and names the key and the file', () => {
    const cwd = tempDir({ '.compliancerc.json': JSON.stringify({ rulez: { 'n5-mobile': 'off' } }), 'clean.txt': CLEAN_NOTICE });
    try {
      const r = run(['clean.txt'], { cwd });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('rulez');
      expect(r.stderr).toContain(join(cwd, '.compliancerc.json'));
    } finally {
      removeDir(cwd);
    }
  });

  test('the input files were never modified by linting', () => {
    expect(readFileSync(join(dir, 'clean.txt'), 'utf8')).toBe(CLEAN_NOTICE);
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
