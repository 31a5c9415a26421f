// End-to-end: Chinese throughout, and helpful. --help in both languages describing every option of
// every subcommand; commander's errors in Chinese with the nearest option; --lang after a subcommand;
// “是不是 rules？”; explain takes the report's clause labels; the report says how a message was judged;
// example dates count from the send moment; the stylish report fits 80 columns.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { displayWidth } from '../../src/formatters/displayWidth';
import { CLEAN_NOTICE, ROOT, parseJson, run, runsWithStackTraces, useTempDirs } from './helpers';

const dirWith = useTempDirs();

const SUBCOMMANDS = ['rules', 'explain', 'when', 'init'];

/** The option rows of a help text: `  -f, --format <name>   description`. */
function optionRows(help: string): Array<{ term: string; description: string }> {
  const section = help.split(/\n(?:选项：|Options:)\n/)[1]?.split(/\n\n/)[0] ?? '';
  return section
    .split('\n')
    .filter((l) => /^ {2}-/.test(l))
    .map((l) => {
      const m = /^ {2}(\S.*?) {2,}(\S.*)$/.exec(l);
      return { term: m?.[1] ?? l.trim(), description: m?.[2] ?? '' };
    });
}

describe('--help', () => {
  test('is Chinese by default, with examples, every option of the main command described', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    for (const heading of ['用法：', '选项：', '子命令：', '示例：', '退出码']) expect(r.stdout).toContain(heading);
    expect(r.stdout).not.toMatch(/Usage:|Options:|display help|output the version/);
    const rows = optionRows(r.stdout);
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect(row).toEqual({ term: row.term, description: expect.stringMatching(/[\u4e00-\u9fff]/) });
    for (const flag of ['--ignore-pattern <pattern>', '--rule <id:level>', '--no-error-on-unmatched-pattern', '--lang <lang>']) {
      expect(rows.map((x) => x.term)).toContain(flag);
    }
  });

  test.each(SUBCOMMANDS)('%s --help describes every option, in Chinese, with an example', (sub) => {
    for (const args of [[sub, '--help'], ['help', sub]]) {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`用法： jiaxiao-lint ${sub}`);
      const rows = optionRows(r.stdout);
      expect(rows.map((x) => x.term)).toEqual(expect.arrayContaining(['--lang <lang>', '-h, --help']));
      for (const row of rows) expect(row).toEqual({ term: row.term, description: expect.stringMatching(/[\u4e00-\u9fff]/) });
      expect(r.stdout).toMatch(new RegExp(`jiaxiao-lint ${sub}`));
    }
  });

  test.each([['--help', '--lang', 'en'], ['--lang', 'en', '--help'], ['rules', '--help', '--lang', 'en'], ['--lang=en', 'explain', '--help']])(
    'English with --lang en: %s',
    (...args) => {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^Usage: /);
      expect(r.stdout).toMatch(/Options:/);
      expect(r.stdout).toMatch(/Examples?:|A rule id/);
      expect(r.stdout).not.toMatch(/用法|选项：|示例|显示帮助/);
      for (const row of optionRows(r.stdout)) expect(row.description).toMatch(/[a-z]/);
    },
  );

  test('fits an 80-column terminal', () => {
    for (const args of [['--help'], ['--help', '--lang', 'en'], ...SUBCOMMANDS.map((s) => [s, '--help'])]) {
      for (const line of run(args).stdout.split('\n')) expect({ line, width: displayWidth(line) <= 80 }).toEqual({ line, width: true });
    }
  });
});

describe("commander's errors", () => {
  test('an unknown option is one Chinese line naming the nearest option', () => {
    const r = run(['--formt', 'json', '--text', '你好']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('jiaxiao-lint: 未知选项 --formt，是不是 --format？所有选项见 --help\n');
    const sub = run(['rules', '--confg', 'x']);
    expect(sub.status).toBe(2);
    expect(sub.stderr).toContain('是不是 --config？');
  });

  test('a missing value, a missing argument, too many arguments: Chinese, exit 2', () => {
    const missingValue = run(['--text', '你好', '--format']);
    expect(missingValue.status).toBe(2);
    expect(missingValue.stderr).toBe('jiaxiao-lint: 选项 -f, --format <name> 缺少值\n');
    const missingArg = run(['explain']);
    expect(missingArg.status).toBe(2);
    expect(missingArg.stderr).toBe('jiaxiao-lint: 缺少参数 <rule-or-clause>\n');
    const tooMany = run(['rules', 'extra']);
    expect(tooMany.status).toBe(2);
    expect(tooMany.stderr).toContain('rules 的参数太多');
  });

  test('in English with --lang en', () => {
    const r = run(['--lang', 'en', '--formt', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('jiaxiao-lint: unknown option --formt (did you mean --format?); see --help\n');
  });
});

describe('global options after a subcommand', () => {
  test('--lang en after rules, explain, when', () => {
    const rules = run(['rules', '--lang', 'en']);
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^n2-ranking +Must-not 2 +error/m);
    const explain = run(['explain', 'N2', '--lang', 'en']);
    expect(explain.status).toBe(0);
    expect(explain.stdout).toMatch(/^Must-not 2 \(N2\): /);
    const when = run(['when', '--at', '2026-11-25T10:00:00+08:00', '--lang', 'en']);
    expect(when.status).toBe(0);
    expect(when.stdout).toContain('is working time');
  });

  test('before the subcommand it still applies, and a bad value is refused either way', () => {
    expect(run(['--lang', 'en', 'rules']).stdout).toMatch(/^n2-ranking +Must-not 2/m);
    for (const args of [['--lang', 'fr', 'rules'], ['rules', '--lang', 'fr'], ['explain', 'N2', '--lang', 'fr']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('--lang 应为 zh 或 en');
    }
  });
});

describe('a misspelt subcommand', () => {
  test.each([['ruels', 'rules'], ['explian', 'explain'], ['wehn', 'when']])('%s gets “是不是 %s？”', (typo, command) => {
    const cwd = dirWith({});
    const r = run([typo, 'n2'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(`jiaxiao-lint: 找不到文件或目录：${typo}。是不是 ${command}？`);
  });

  test('an existing file of that name is linted as a file', () => {
    const cwd = dirWith({ ruels: CLEAN_NOTICE });
    const r = run(['ruels', '--at', '2026-11-25T10:00:00+08:00'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('explain', () => {
  test.each([
    ['五不要·二', 'N2'],
    ['五要·四', 'M4'],
    ['Must-not 2', 'N2'],
    ['五不要2', 'N2'],
    ['must 5', 'M5'],
  ])('accepts the label the report prints: %s = %s', (label, clause) => {
    const byLabel = run(['explain', label]);
    expect(byLabel.status).toBe(0);
    expect(byLabel.stdout).toBe(run(['explain', clause]).stdout);
  });

  test('a misspelt rule id gets the nearest one', () => {
    const r = run(['explain', 'n2-rankin']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('是不是 n2-ranking？');
  });

  test('never shows a raw placeholder such as {term} or {replacement}, in either language', () => {
    for (const clause of ['M1', 'M2', 'M3', 'M4', 'M5', 'N1', 'N2', 'N3', 'N4', 'N5']) {
      for (const lang of ['zh', 'en']) {
        const r = run(['explain', clause, '--lang', lang]);
        expect(r.status).toBe(0);
        expect({ clause, lang, raw: r.stdout.match(/(?<!\{)\{[a-z_]+\}(?!\})/g) }).toEqual({ clause, lang, raw: null });
      }
    }
    // Filled from the rule's own example, as the report would print it.
    expect(run(['explain', 'm5-half-width-punctuation']).stdout).toContain('建议：改为“，”');
  });
});

describe('the report says how it judged the message', () => {
  const PARAGRAPH = '各位家长：明天下午三点在学校礼堂召开家长会，请准时参加。';

  test('a one-paragraph notice judged as chat says so, with the hint to use --kind notice', () => {
    const r = run(['--text', PARAGRAPH]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('按群聊消息检查（自动判断）');
    expect(r.stdout).toContain('--kind notice');
    const en = run(['--text', PARAGRAPH, '--lang', 'en']);
    expect(en.stdout).toContain('Judged as a chat message (guessed)');
  });

  test('with --kind notice the notice checks run and no note is printed', () => {
    const r = run(['--text', PARAGRAPH, '--kind', 'notice', '-f', 'json']);
    const [result] = parseJson(r.stdout);
    expect(result.messages.map((m) => m.ruleId)).toContain('m5-relative-date');
    expect(run(['--text', PARAGRAPH, '--kind', 'notice']).stdout).not.toContain('自动判断');
  });

  test('a message guessed as a notice gets no note', () => {
    expect(run(['--text', CLEAN_NOTICE]).stdout).not.toContain('自动判断');
  });
});

describe('example dates in suggestions count from the send moment', () => {
  const suggestionOf = (args: string[], ruleId: string) => {
    const [result] = parseJson(run([...args, '-f', 'json']).stdout);
    return (result.messages.find((m) => m.ruleId === ruleId) as unknown as { suggestions: Array<{ desc: string }> }).suggestions[0].desc;
  };

  test('明天 sent on 12月2日 is 12月3日 (a Thursday); the date line example is the send day', () => {
    const args = ['--kind', 'notice', '--at', '2026-12-02 10:00', '--text', '各位家长：明天下午三点开家长会。'];
    expect(suggestionOf(args, 'm5-relative-date')).toContain('（12月3日，星期四）');
    expect(suggestionOf(args, 'm5-date')).toContain('2026年12月2日');
  });

  test('下周三 sent on Friday 2027-03-12 is 3月17日', () => {
    const args = ['--kind', 'notice', '--at', '2027-03-12 10:00', '--text', '各位家长：下周三上午开家长会。'];
    expect(suggestionOf(args, 'm5-relative-date')).toContain('（3月17日，星期三）');
  });

  test('a real date filled in (N1’s next allowed moment) is left as it is', () => {
    // Friday night: the next allowed moment is Monday, not the day after sending.
    expect(suggestionOf(['--at', '2026-12-04 21:00', '--text', '明天开会'], 'n1-rest-time')).toContain('12月7日（星期一）08:00');
  });
});

describe('the stylish report fits an 80-column terminal', () => {
  const knownIds = new Set(run(['rules']).stdout.split('\n').map((l) => l.split(/\s+/)[0]).filter(Boolean));

  test.each(['examples/drafts', 'examples/templates'])('%s: no line wider than 80 cells, rule ids whole, messages not padded', (folder) => {
    const r = run([join(ROOT, folder), '--at', '2026-12-02 21:30'], { cwd: ROOT });
    expect(readdirSync(join(ROOT, folder)).length).toBeGreaterThan(0);
    const lines = r.stdout.split('\n');
    const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const line of lines) expect({ line, fits: displayWidth(line) <= 80 }).toEqual({ line, fits: true });
    for (const row of rows) {
      const id = /\S+$/.exec(row)![0];
      expect({ row, known: knownIds.has(id) || id === 'unused-disable-directive' }).toEqual({ row, known: true });
      expect(row).not.toMatch(/\S {3,}\S+$/); // two spaces before the id, never padding
    }
  });
});

describe('errors', () => {
  test('no run above printed a stack trace on stderr', () => {
    expect(runsWithStackTraces()).toEqual([]);
  });
});
