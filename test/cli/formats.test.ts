// End-to-end: every --format, the language of the report, and masked secrets in every format.
import { assertBuilt, parseJson, PHONE, RANKING_TEXT, removeDir, RunResult, run, runsWithStackTraces, tempDir } from './helpers';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'compact'] as const;
type Format = (typeof FORMATS)[number];

/** A phone number (a warning, masked in messages) and a ranking (errors), in a file and as --text. */
const TEXT = `请联系${PHONE}，${RANKING_TEXT}`;
/** The same findings in other words (the same text twice would add m2-duplicate-message). */
const TEXT2 = `有事找${PHONE}，${RANKING_TEXT}`;

let dir: string;
const byFormat = {} as Record<Format, RunResult>;

beforeAll(() => {
  assertBuilt();
  dir = tempDir({ 'msg.txt': TEXT + '\n' });
  // One run per format, the file and --text together; the tests below read these outputs.
  for (const f of FORMATS) byFormat[f] = run(['-f', f, 'msg.txt', '--text', TEXT2], { cwd: dir });
});

afterAll(() => removeDir(dir));

describe.each(FORMATS)('--format %s', (f) => {
  test('exits 1 (errors found) and writes the report to stdout only', () => {
    expect(byFormat[f].status).toBe(1);
    expect(byFormat[f].stdout.length).toBeGreaterThan(0);
    expect(byFormat[f].stderr).toBe('');
  });
});

describe('format contents', () => {
  test('json parses and has filePath / messages / errorCount / warningCount', () => {
    const results = parseJson(byFormat.json.stdout);
    expect(results).toHaveLength(2);
    for (const r of results) {
      expect(typeof r.filePath).toBe('string');
      expect(Array.isArray(r.messages)).toBe(true);
      expect(r.errorCount).toBeGreaterThan(0);
      expect(r.warningCount).toBe(1);
      for (const m of r.messages) expect(m).toEqual(expect.objectContaining({ ruleId: expect.any(String), severity: expect.any(Number), message: expect.any(String), line: 1 }));
    }
    expect(results.map((r) => r.filePath).sort()).toEqual(['<text>', 'msg.txt']);
  });

  test('sarif parses, is version 2.1.0, and has a result per finding', () => {
    const sarif = JSON.parse(byFormat.sarif.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].tool.driver.name).toBe('jiaxiao-lint');
    const ruleIds = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    expect(ruleIds).toEqual(expect.arrayContaining(['n5-mobile', 'n2-ranking']));
    const json = parseJson(byFormat.json.stdout);
    expect(ruleIds).toHaveLength(json.reduce((n, r) => n + r.messages.length, 0));
  });

  test('junit is XML with testsuites and failures', () => {
    const out = byFormat.junit.stdout;
    expect(out.startsWith('<?xml')).toBe(true);
    expect(out).toContain('<testsuites');
    expect(out).toContain('<failure');
    expect(out).toContain('n2-ranking');
  });

  test('github prints workflow commands', () => {
    const lines = byFormat.github.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=/);
    expect(byFormat.github.stdout).toContain('file=msg.txt');
  });

  test('compact prints one line per finding plus a summary', () => {
    expect(byFormat.compact.stdout).toMatch(/^msg\.txt: .*n2-ranking/m);
    expect(byFormat.compact.stdout).toMatch(/^<text>: .*n5-mobile/m);
  });

  test('stylish (the default) groups findings under the file name, in Chinese by default', () => {
    const out = byFormat.stylish.stdout;
    expect(out).toMatch(/^msg\.txt$/m);
    expect(out).toContain('n2-ranking');
    expect(out).toContain('错误');
    expect(out).toContain('五不要·二');
    expect(out).toMatch(/共 \d+ 个问题/);
    // NO_COLOR: no ANSI escapes
    expect(out).not.toContain('\u001b[');
  });
});

describe('masked secrets', () => {
  test.each(FORMATS)('the phone number never appears in --format %s (only masked)', (f) => {
    const out = byFormat[f].stdout + byFormat[f].stderr;
    expect(out).toContain('139****5678');
    expect(out).not.toContain(PHONE);
  });
});

describe('--lang', () => {
  test('--lang en gives English messages; Chinese is the default', () => {
    const en = run(['--lang', 'en', '--text', TEXT], { cwd: dir });
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('error');
    expect(en.stdout).toContain('warning');
    expect(en.stdout).toContain('Must-not');
    expect(en.stdout).toMatch(/\d+ problems? \(\d+ errors?, \d+ warnings?\)/);
    expect(en.stdout).not.toContain('错误');
    expect(en.stdout).not.toContain('五不要');

    const zh = run(['--text', TEXT, '-f', 'compact'], { cwd: dir });
    expect(zh.stdout).toContain('错误');
    expect(zh.stdout).toContain('警告');
    expect(zh.stdout).not.toMatch(/\berror\b/);
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
