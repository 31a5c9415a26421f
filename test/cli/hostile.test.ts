// End-to-end: configuration and dictionaries that would hang or exhaust the linter are refused with
// one clear message naming the file, exit 2: a device, a FIFO, a YAML alias bomb, a regex that
// backtracks without end. (A hang would end in the helper's 30 s timeout and fail the test.)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { assertBuilt, removeDir, run, runsWithStackTraces, tempDir } from './helpers';

/** Nine levels of nine aliases: 9^9 values once expanded ("billion laughs"). */
const ALIAS_BOMB = [
  'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
  'lang: zh',
].join('\n');

const EVIL_DICTIONARY = `clause: N2
title: 自定义
rules:
  - id: n2-evil
    detector: pattern
    description: 会回溯的正则
    message: 不当
    suggestion: 改写
    patterns: ['(a+)+$']
`;

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir({
    'bomb.yaml': ALIAS_BOMB,
    'bomb-dict.yaml': ALIAS_BOMB,
    'evil.yaml': EVIL_DICTIONARY,
    'with-devzero.yaml': 'dictionaries: [/dev/zero]\n',
    'with-fifo.yaml': 'dictionaries: [fifo.yaml]\n',
    'with-bomb.yaml': 'dictionaries: [bomb-dict.yaml]\n',
    'with-evil.yaml': 'dictionaries: [evil.yaml]\n',
  });
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
});

afterAll(() => removeDir(dir));

test.each([
  ['-c /dev/zero', '/dev/zero', '不是普通文件'],
  ['-c a FIFO', 'fifo.yaml', '不是普通文件'],
  ['-c a YAML alias bomb (with --print-config)', 'bomb.yaml', '别名'],
  ['/dev/zero as a dictionary', 'with-devzero.yaml', '不是普通文件'],
  ['a FIFO as a dictionary', 'with-fifo.yaml', '不是普通文件'],
  ['an alias bomb as a dictionary', 'with-bomb.yaml', '别名'],
  ['a dictionary regex that backtracks without end', 'with-evil.yaml', '(a+)+$'],
])('%s: exit 2 with one line naming the problem', (_what, config, reason) => {
  const r = run(['-c', config, '--print-config', '--text', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!'], { cwd: dir });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(reason);
  // The file at fault is named (the dictionary's own name when a config lists it).
  expect(r.stderr).toMatch(/\/dev\/zero|fifo\.yaml|bomb(-dict)?\.yaml|evil\.yaml/);
});

test('no run printed a stack trace', () => {
  expect(runsWithStackTraces()).toEqual([]);
});
