// The lint command line read without commander: what it takes, and everything it leaves to commander.
import { fastLintArgs } from '../../src/cli/fastArgs';

test('a plain lint line: paths, options by long and short name, defaults as commander has them', () => {
  expect(fastLintArgs(['a.txt', '-f', 'json', '--at=21:30', '-t', '文字', '--no-color', '--quiet', '--threads', '2', 'b.md'])).toEqual({
    paths: ['a.txt', 'b.md'],
    flags: { format: 'json', color: false, at: '21:30', text: '文字', quiet: true, threads: '2' },
  });
  expect(fastLintArgs([])).toEqual({ paths: [], flags: { format: 'stylish', color: true } });
  expect(fastLintArgs(['--', '--no-color', 'rules'])).toEqual({ paths: ['--no-color', 'rules'], flags: { format: 'stylish', color: true } });
});

test.each([
  [['rules']],
  [['--lang', 'en', 'explain', 'N2']],
  [['when', '--at', '21:40']],
  [['--help']],
  [['-v']],
  [['a.txt', '--ignore-pattern', 'x', 'y']],
  [['--bogus']],
  [['--text']],
  [['--quiet=yes']],
  [['--color']],
])('%j is left to commander', (argv) => {
  expect(fastLintArgs(argv)).toBeUndefined();
});
