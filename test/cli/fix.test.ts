// End-to-end: --fix rewrites files, --fix-dry-run does not, --output-file writes the report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, parseJson, removeDir, ruleIds, run, runsWithStackTraces, tempDir } from './helpers';

/** A notice whose only problems are half-width punctuation (safe to fix). */
const HALF_WIDTH = ['各位家长:', '', '本周五（2026年11月27日）下午3点在学校礼堂召开家长会,请准时参加!', '', '三年级二班 班主任', '2026年11月24日', ''].join('\n');
const FIXED = ['各位家长：', '', '本周五（2026年11月27日）下午3点在学校礼堂召开家长会，请准时参加！', '', '三年级二班 班主任', '2026年11月24日', ''].join('\n');

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir({ 'dry.txt': HALF_WIDTH, 'fix.txt': HALF_WIDTH, 'report-me.txt': HALF_WIDTH });
});
afterAll(() => removeDir(dir));

describe('--fix', () => {
  test('--fix-dry-run reports the punctuation but leaves the file alone', () => {
    const r = run(['--fix-dry-run', '-f', 'json', 'dry.txt'], { cwd: dir });
    expect(r.status).toBe(0); // only warnings
    const results = parseJson(r.stdout);
    expect(ruleIds(results)).toContain('m5-half-width-punctuation');
    expect(readFileSync(join(dir, 'dry.txt'), 'utf8')).toBe(HALF_WIDTH);
    // As ESLint: the fixed text is in the JSON result, not on disk.
    expect(results[0].output).toBe(FIXED);
  });

  test('--fix rewrites half-width punctuation in the file and reports what is left (nothing)', () => {
    const r = run(['--fix', 'fix.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'fix.txt'), 'utf8')).toBe(FIXED);
    expect(r.stdout).not.toContain('m5-half-width-punctuation');

    const again = run(['-f', 'json', 'fix.txt'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(parseJson(again.stdout)[0].messages).toEqual([]);
  });

  test('--fix refuses --text (nothing to rewrite) with exit 2', () => {
    const r = run(['--fix', '--text', '各位家长:明天见'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fix');
  });
});

describe('--output-file', () => {
  test('writes the report to the file and nothing to stdout', () => {
    const out = join(dir, 'report.json');
    const r = run(['-f', 'json', '-o', 'report.json', 'report-me.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    const results = parseJson(readFileSync(out, 'utf8'));
    expect(results[0].filePath).toBe('report-me.txt');
    expect(ruleIds(results)).toContain('m5-half-width-punctuation');
  });

  test('an unwritable output file exits 2 and names it', () => {
    const r = run(['-o', join(dir, 'no-such-dir', 'r.txt'), 'report-me.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('r.txt');
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
