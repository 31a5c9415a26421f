// End-to-end: the subcommands rules, explain and init.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { assertBuilt, BIN, removeDir, ROOT, run, runsWithStackTraces, STACK_FRAME, tempDir } from './helpers';

/** Every rule id the bundled dictionaries define. */
function bundledRuleIds(): string[] {
  const dictDir = join(ROOT, 'dictionaries');
  return readdirSync(dictDir)
    .filter((f) => /^[MN][1-5]\.ya?ml$/.test(f))
    .flatMap((f) => ((yaml.load(readFileSync(join(dictDir, f), 'utf8')) as { rules?: Array<{ id: string }> }).rules ?? []).map((r) => r.id));
}

let cwd: string;
beforeAll(() => {
  assertBuilt();
  cwd = tempDir();
});
afterAll(() => removeDir(cwd));

describe('rules', () => {
  test('lists every rule, one a line, with its clause and severity', () => {
    const r = run(['rules'], { cwd });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const listed = lines.map((l) => l.split(/\s+/)[0]);
    const expected = bundledRuleIds();
    expect(expected.length).toBeGreaterThan(30);
    expect([...listed].sort()).toEqual([...expected].sort());
    for (const line of lines) expect(line).toMatch(/五(不)?要·[一二三四五].*(错误|警告)/);
  });
});

describe('explain', () => {
  test('explain n2-ranking and explain N2 print the summary label (据…摘要) and exit 0', () => {
    const rule = run(['explain', 'n2-ranking'], { cwd });
    expect(rule.status).toBe(0);
    expect(rule.stdout).toMatch(/据.*摘要/);
    expect(rule.stdout).toContain('N2');
    expect(rule.stdout).toContain('n2-ranking');

    const clause = run(['explain', 'N2'], { cwd });
    expect(clause.status).toBe(0);
    expect(clause.stdout).toMatch(/据.*摘要/);
    for (const id of bundledRuleIds().filter((x) => x.startsWith('n2-'))) expect(clause.stdout).toContain(id);
  });

  test('explain N5 shows the bad examples of secret rules masked', () => {
    const r = run(['explain', 'N5'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('139****5678');
    expect(r.stdout).not.toMatch(/13912345678|110105201503040025|6222021234567890128/);
  });

  test('explain nope exits 2 and names it', () => {
    const r = run(['explain', 'nope'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope');
    expect(r.stdout).toBe('');
  });
});

describe('init', () => {
  test('writes .compliancerc.yaml in an empty folder; a second init exits 2 and does not overwrite', () => {
    const dir = tempDir();
    try {
      const target = join(dir, '.compliancerc.yaml');
      const first = run(['init'], { cwd: dir });
      expect(first.status).toBe(0);
      expect(existsSync(target)).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(ROOT, '.compliancerc.example'), 'utf8'));

      writeFileSync(target, 'lang: en\n# edited by the user\n');
      const second = run(['init'], { cwd: dir });
      expect(second.status).toBe(2);
      expect(second.stderr).toContain('.compliancerc.yaml');
      expect(readFileSync(target, 'utf8')).toBe('lang: en\n# edited by the user\n');
    } finally {
      removeDir(dir);
    }
  });

  test('the file init writes is a valid configuration: linting with it works', () => {
    const dir = tempDir();
    try {
      expect(run(['init'], { cwd: dir }).status).toBe(0);
      const printed = run(['--print-config'], { cwd: dir });
      expect(printed.stderr).toBe('');
      expect(printed.status).toBe(0);
      expect(JSON.parse(printed.stdout).configFile).toBe(join(dir, '.compliancerc.yaml'));
      const lint = run(['--text', '各位家长：明天见。'], { cwd: dir });
      expect(lint.stderr).toBe('');
      expect(lint.status).not.toBe(2);
    } finally {
      removeDir(dir);
    }
  });
});

describe('errors', () => {
  test.each(['rules', 'explain N2', '--text 成绩排名第一名'])('`%s | true` (the reader has gone, as with | head -1): no EPIPE stack trace', (command) => {
    // `true` exits without reading, so the CLI's writes meet a closed pipe.
    const quoted = [process.execPath, BIN, ...command.split(' ')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('sh', ['-c', `${quoted} | true`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toContain('EPIPE');
  });

  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
