// A batch never stops at one bad input: a file in no encoding we decode and a path that does not exist are both
// reported, every readable file is still linted, and the run exits 2 in every format.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assertBuilt,
  fromCompact,
  fromGithub,
  fromJson,
  fromJunit,
  fromSarif,
  fromStylish,
  keySet,
  parseGithub,
  parseJson,
  parseJunit,
  parseSarif,
  removeDir,
  run,
  tempDir,
} from './helpers';

const GOOD = ['各位家长：', '', '本周五（2026年11月27日）下午3点在学校礼堂召开家长会，请准时参加。', '', '三年级二班 班主任', '2026年11月24日', ''].join('\n');
const RANKING = '成绩排名第一名的是张三。\n';
// Bytes no decoder accepts: not UTF-8, not GB18030/GBK (0x81 0x20 is no GB18030 pair), not UTF-16.
// (A GBK file itself is decoded: test/cli/encoding.test.ts.)
const UNDECODABLE = Buffer.from([0xc4, 0xe3, 0x81, 0x20, 0xff, 0x0a]);

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = tempDir();
  // Named so the unreadable file sorts first: what comes after it must still be linted.
  writeFileSync(join(dir, 'a-broken.txt'), UNDECODABLE);
  writeFileSync(join(dir, 'b-good.txt'), GOOD);
  writeFileSync(join(dir, 'c-ranking.txt'), RANKING);
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'folder', 'a-broken.md'), UNDECODABLE);
  writeFileSync(join(dir, 'folder', 'b-good.md'), GOOD);
});
afterAll(() => removeDir(dir));

const FILE_ARGS = ['a-broken.txt', 'b-good.txt', 'missing.txt', 'c-ranking.txt'];

describe('files named on the command line', () => {
  test('JSON: the missing path and the undecodable file are fatal, the others linted; exit 2', () => {
    const r = run([...FILE_ARGS, '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    const results = parseJson(r.stdout);
    expect(results.map((x) => x.filePath).sort()).toEqual(['a-broken.txt', 'b-good.txt', 'c-ranking.txt', 'missing.txt']);
    const by = Object.fromEntries(results.map((x) => [x.filePath, x]));
    expect(by['missing.txt'].fatal).toMatch(/missing\.txt/);
    expect(by['a-broken.txt'].fatal).toMatch(/UTF-8/);
    expect(by['a-broken.txt'].fatal).toMatch(/GBK/);
    expect(by['b-good.txt'].fatal).toBeUndefined();
    expect(by['b-good.txt'].messages).toEqual([]);
    expect(by['b-good.txt'].source).toBe(GOOD);
    expect(by['c-ranking.txt'].fatal).toBeUndefined();
    expect(by['c-ranking.txt'].messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['n2-ranking']));
    // No stack trace, and the report is not replaced by an error message.
    expect(r.stderr).not.toMatch(/^ {4}at /m);
    expect(r.stderr).not.toMatch(/内部错误|internal error/);
  });

  test('the order is deterministic: the same report on every run, whatever the argument order', () => {
    const first = run([...FILE_ARGS, '--format', 'json'], { cwd: dir }).stdout;
    expect(run([...FILE_ARGS, '--format', 'json'], { cwd: dir }).stdout).toBe(first);
    expect(run([...FILE_ARGS].reverse().concat('--format', 'json'), { cwd: dir }).stdout).toBe(first);
    const files = parseJson(first).map((x) => x.filePath).filter((p) => p !== 'missing.txt');
    expect(files).toEqual(['a-broken.txt', 'b-good.txt', 'c-ranking.txt']);
  });

  test('every format reports both bad inputs and the ranking, and exits 2', () => {
    const expected = keySet(fromJson(run([...FILE_ARGS, '--format', 'json'], { cwd: dir }).stdout));
    expect(expected.some((k) => k.startsWith('c-ranking.txt\t'))).toBe(true);

    // The human formats say a missing path once, on stderr; the report keeps the unreadable file.
    const stylish = run([...FILE_ARGS], { cwd: dir });
    expect(stylish.status).toBe(2);
    for (const name of ['a-broken.txt', 'c-ranking.txt']) expect(stylish.stdout).toContain(name);
    expect(stylish.stdout).not.toContain('missing.txt');
    expect(stylish.stderr).toMatch(/^jiaxiao-lint: 找不到文件或目录：missing\.txt$/m);
    expect(keySet(fromStylish(stylish.stdout))).toEqual(expected);

    const compact = run([...FILE_ARGS, '--format', 'compact'], { cwd: dir });
    expect(compact.status).toBe(2);
    expect(compact.stdout).toMatch(/^a-broken\.txt: /m);
    expect(compact.stdout).not.toContain('missing.txt');
    expect(compact.stderr).toContain('missing.txt');
    expect(keySet(fromCompact(compact.stdout))).toEqual(expected);

    const sarif = run([...FILE_ARGS, '--format', 'sarif'], { cwd: dir });
    expect(sarif.status).toBe(2);
    const invocation = parseSarif(sarif.stdout).runs[0].invocations![0];
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications!.map((n) => n.message.text).join('\n');
    expect(notes).toMatch(/missing\.txt/);
    expect(notes).toMatch(/GBK/);
    expect(invocation.toolExecutionNotifications).toHaveLength(2);
    expect(keySet(fromSarif(sarif.stdout))).toEqual(expected);

    const junit = run([...FILE_ARGS, '--format', 'junit'], { cwd: dir });
    expect(junit.status).toBe(2);
    const report = parseJunit(junit.stdout);
    expect(Number(report.testsuites.errors)).toBe(2);
    const withError = report.testsuites.testsuite!.flatMap((s) => s.testcase).filter((tc) => tc.error?.length).map((tc) => tc.name).sort();
    expect(withError).toEqual(['a-broken.txt', 'missing.txt']);
    expect(keySet(fromJunit(junit.stdout))).toEqual(expected);

    const github = run([...FILE_ARGS, '--format', 'github'], { cwd: dir });
    expect(github.status).toBe(2);
    const fatal = parseGithub(github.stdout).filter((c) => c.command === 'error' && c.properties.line === undefined).map((c) => c.properties.file).sort();
    expect(fatal).toEqual(['a-broken.txt', 'missing.txt']);
    expect(keySet(fromGithub(github.stdout))).toEqual(expected);
  });

  test('exit 2 wins over 1 (errors) and over --max-warnings', () => {
    expect(run(['c-ranking.txt', '--format', 'json'], { cwd: dir }).status).toBe(1);
    expect(run(['missing.txt', 'c-ranking.txt', '--max-warnings', '0', '--format', 'json'], { cwd: dir }).status).toBe(2);
    expect(run(['missing.txt', 'b-good.txt', '--format', 'json'], { cwd: dir }).status).toBe(2);
  });
});

describe('a folder holding a undecodable file, plus a missing path', () => {
  test('the undecodable file is reported, its neighbour linted, the missing path reported; exit 2', () => {
    const r = run(['folder', 'nowhere', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    const results = parseJson(r.stdout);
    const by = Object.fromEntries(results.map((x) => [x.filePath, x]));
    expect(Object.keys(by).sort()).toEqual(['folder/a-broken.md', 'folder/b-good.md', 'nowhere']);
    expect(by['folder/a-broken.md'].fatal).toMatch(/UTF-8/);
    expect(by['nowhere'].fatal).toMatch(/nowhere/);
    expect(by['folder/b-good.md'].fatal).toBeUndefined();
    expect(by['folder/b-good.md'].source).toBe(GOOD);
  });
});
