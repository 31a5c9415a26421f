// End-to-end: --threads. Workers start only for runs large enough to pay for them (more than
// POOL_FROM = 2,000 messages expected, or seen), so these runs are that large. Whatever the number of
// threads, the report is the same, byte for byte, in the same order: results are handed on in the
// order of the inputs, and the duplicate check across files sees them in that order too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, CLEAN_NOTICE, parseJson, PHONE_TEXT, RANKING_TEXT, removeDir, run, runsWithStackTraces, tempDir } from './helpers';

const TEMPLATES = [
  (i: number) => `${RANKING_TEXT}（第${i}次）`,
  (i: number) => `${PHONE_TEXT}编号${i}`,
  (i: number) => CLEAN_NOTICE.replace('家长会', `第${i}次家长会`),
  (i: number) => `今天数学作业：练习册第${i}页，明天交。`,
  () => '各位家长好，本周五下午三点在学校礼堂开家长会，请准时参加。', // the same message many times: duplicates
  (i: number) => `推荐一个很好的数学辅导班，需要的家长加我微信 teacher${i}。`,
];
const message = (i: number) => TEMPLATES[i % TEMPLATES.length](i);

let dir: string;

beforeAll(() => {
  assertBuilt();
  const files: Record<string, string> = {};
  // A folder of 2,100 files (workers from the start) …
  for (let i = 0; i < 2100; i++) files[`folder/msg-${String(i).padStart(4, '0')}.txt`] = message(i);
  // … and a JSONL file of 2,500 records.
  files['many.jsonl'] = Array.from({ length: 2500 }, (_, i) => JSON.stringify({ id: `r${i}`, text: message(i) })).join('\n') + '\n';
  dir = tempDir(files);
});

afterAll(() => removeDir(dir));

/** A run's exit status and report (written to a file: it is larger than a pipe's buffer in the test runner). */
function withThreads(n: number, args: string[], input?: string): { status: number | null; stderr: string; stdout: string } {
  const out = join(dir, `report-${n}.txt`);
  const r = run([...args, '--threads', String(n), '--at', '2026-11-25T10:00:00+08:00', '-o', out], { cwd: dir, input });
  return { status: r.status, stderr: r.stderr, stdout: readFileSync(out, 'utf8') };
}

describe('--threads 1 and --threads 2 give the same report in the same order', () => {
  test.each([
    ['a JSONL file', ['many.jsonl']],
    ['a folder: duplicates across its files', ['folder']],
  ])('%s', (_name, args) => {
    const one = withThreads(1, [...args, '-f', 'json']);
    const two = withThreads(2, [...args, '-f', 'json']);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const results = parseJson(one.stdout);
    expect(results.length).toBe(args.reduce((n, a) => n + (a === 'folder' ? 2100 : 2500), 0));
    // Real findings, duplicates among them (the check across files works with workers too).
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    expect(rules).toContain('n2-ranking');
    expect(rules.filter((r) => r === 'm2-duplicate-message').length).toBeGreaterThan(300);
  });

  test('stylish output too, and records from standard input (workers take over after the first 2,000)', () => {
    const input = Array.from({ length: 2300 }, (_, i) => JSON.stringify({ text: message(i) })).join('\n');
    const one = withThreads(1, ['--input-format', 'jsonl'], input);
    const two = withThreads(2, ['--input-format', 'jsonl'], input);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('<stdin>:2300');
    expect(one.stdout).toContain('m2-duplicate-message');
  });
});

test('no run printed a stack trace', () => {
  expect(runsWithStackTraces()).toEqual([]);
});
