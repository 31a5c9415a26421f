// The lint command line read without commander: what it takes, and everything it leaves to commander.
import { fastLintArgs } from '../../src/cli/fastArgs';

const DEFAULTS = { format: 'stylish', color: true, inlineConfig: true, errorOnUnmatchedPattern: true, ignorePattern: [], rule: [] };

test('a plain lint line: paths, options by long and short name, defaults as commander has them', () => {
  expect(fastLintArgs(['a.txt', '-f', 'json', '--at=21:30', '-t', '文字', '--no-color', '--quiet', '--threads', '2', 'b.md'])).toEqual({
    paths: ['a.txt', 'b.md'],
    flags: { ...DEFAULTS, format: 'json', color: false, at: '21:30', text: '文字', quiet: true, threads: '2' },
  });
  expect(fastLintArgs([])).toEqual({ paths: [], flags: DEFAULTS });
  expect(fastLintArgs(['--', '--no-color', 'rules'])).toEqual({ paths: ['--no-color', 'rules'], flags: DEFAULTS });
});

test('repeatable single-value options and the other negations, as commander reads them', () => {
  expect(fastLintArgs(['--ignore-pattern', 'x', 'y', '--rule', 'n5-mobile:off', '--rule=N2:warn', '--ignore-pattern=z', '--no-inline-config', '--no-error-on-unmatched-pattern', '--fix-dry-run'])).toEqual({
    paths: ['y'],
    flags: { ...DEFAULTS, ignorePattern: ['x', 'z'], rule: ['n5-mobile:off', 'N2:warn'], inlineConfig: false, errorOnUnmatchedPattern: false, fixDryRun: true },
  });
});

test.each([
  [['rules']],
  [['--lang', 'en', 'explain', 'N2']],
  [['when', '--at', '21:40']],
  [['--help']],
  [['-v']],
  [['serve', '--port', '0']],
  [['holidays', 'list']],
  [['--text', '--no-color']],
  [['--inline-config']],
  [['--bogus']],
  [['--text']],
  [['--quiet=yes']],
  [['--color']],
])('%j is left to commander', (argv) => {
  expect(fastLintArgs(argv)).toBeUndefined();
});
