// commander in the user's language: --help (headings, usage, every option described, examples) and
// commander's own errors (unknown option, missing value …) as one Chinese line with the nearest option.
// main.ts declares the commands; localizeCommands() is applied to them once they are all declared.
import type { Command, Help, Option } from 'commander';
import type { Lang } from '../core/types';
import { displayWidth, wrapToWidth } from '../formatters/displayWidth';
import { nearest } from './suggest';

type Text = Record<Lang, string>;

const TITLES: Record<string, Text> = {
  'Usage:': { zh: '用法：', en: 'Usage:' },
  'Arguments:': { zh: '参数：', en: 'Arguments:' },
  'Options:': { zh: '选项：', en: 'Options:' },
  'Commands:': { zh: '子命令：', en: 'Commands:' },
  'Global Options:': { zh: '全局选项：', en: 'Global Options:' },
};

/** Options that subcommands share with the main command, described once here. */
const SHARED_OPTIONS: Record<string, Text> = {
  '--config': { zh: '使用指定的配置文件（默认从当前目录向上查找 .compliancerc*）', en: 'use this configuration file (default: found from here upwards)' },
  '--lang': { zh: '输出语言：zh（默认）或 en', en: 'output language: zh (default) or en' },
  '--at': { zh: '要检查的时间（默认现在），写法同主命令的 --at', en: 'the moment to check (default: now), as the main command\'s --at' },
  '--help': { zh: '显示帮助', en: 'display help' },
  '--version': { zh: '显示版本号', en: 'display the version number' },
};

const EXAMPLES: Record<string, Text> = {
  'jiaxiao-lint': {
    zh: `
示例：
  jiaxiao-lint 通知.txt                      检查一个文件
  jiaxiao-lint templates/ "草稿/**/*.md"     检查文件夹和通配符匹配的文件
  jiaxiao-lint                               在终端粘贴草稿，按 Ctrl+D 结束
  jiaxiao-lint --text "收到请回复！"
  jiaxiao-lint --kind notice --at "明天 8:00" 通知.txt
  jiaxiao-lint --rule n5-mobile:off --ignore-pattern "旧/" templates/
  jiaxiao-lint templates/ -f sarif -o 结果.sarif --max-warnings 0

退出码：0 没有错误；1 有错误或警告超过 --max-warnings；2 用法、配置或输入错误。
条款和规则：jiaxiao-lint rules、jiaxiao-lint explain 五不要·二`,
    en: `
Examples:
  jiaxiao-lint notice.txt                    lint one file
  jiaxiao-lint templates/ "drafts/**/*.md"   a folder and a glob
  jiaxiao-lint                               paste a draft, Ctrl+D to finish
  jiaxiao-lint --text "收到请回复！"
  jiaxiao-lint --kind notice --at "明天 8:00" notice.txt
  jiaxiao-lint --rule n5-mobile:off --ignore-pattern "old/" templates/
  jiaxiao-lint templates/ -f sarif -o results.sarif --max-warnings 0

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage, config or input problem.
Clauses and rules: jiaxiao-lint rules, jiaxiao-lint explain Must-not 2`,
  },
  rules: {
    zh: '\n示例：\n  jiaxiao-lint rules\n  jiaxiao-lint rules --lang en',
    en: '\nExamples:\n  jiaxiao-lint rules\n  jiaxiao-lint rules --lang en',
  },
  explain: {
    zh: '\n可以写规则 id、条款或报告中的条款名：\n  jiaxiao-lint explain n2-ranking\n  jiaxiao-lint explain N2\n  jiaxiao-lint explain 五不要·二\n  jiaxiao-lint explain "Must-not 2"',
    en: '\nA rule id, a clause, or the clause label the report prints:\n  jiaxiao-lint explain n2-ranking\n  jiaxiao-lint explain N2\n  jiaxiao-lint explain 五不要·二\n  jiaxiao-lint explain "Must-not 2"',
  },
  when: {
    zh: '\n示例：\n  jiaxiao-lint when\n  jiaxiao-lint when --at "2026-12-05 09:00"\n\n退出码：0 可以发送；1 休息时间；2 用法错误。',
    en: '\nExamples:\n  jiaxiao-lint when\n  jiaxiao-lint when --at "2026-12-05 09:00"\n\nExit codes: 0 you may send; 1 rest time; 2 usage problem.',
  },
  init: {
    zh: '\n示例：\n  jiaxiao-lint init        在当前目录生成 .compliancerc.yaml',
    en: '\nExample:\n  jiaxiao-lint init        writes .compliancerc.yaml here',
  },
};

/** The command and its subcommands, depth first. */
function allCommands(cmd: Command): Command[] {
  return [cmd, ...cmd.commands.flatMap(allCommands)];
}

/** A command's long options, for suggestions when commander has none. */
function longOptions(cmd: Command): string[] {
  return cmd.options.map((o: Option) => o.long).filter((l): l is string => !!l);
}

/**
 * Makes the help of program and of every subcommand speak lang: titles, usage words, "(default: …)",
 * -h/-v and the help subcommand described, options without a description given the shared one,
 * examples after each. Commander's error messages are translated on their way to stderr.
 */
export function localizeCommands(program: Command, lang: Lang, writeErr: (s: string) => void): void {
  for (const cmd of allCommands(program)) {
    const flags = longOptions(cmd);
    cmd.helpOption('-h, --help', SHARED_OPTIONS['--help'][lang]);
    for (const option of cmd.options as Option[]) {
      // commander describes --version in English itself; the others are left empty by main.ts.
      const shared = option.long ? SHARED_OPTIONS[option.long] : undefined;
      if (shared && (!option.description || option.long === '--version' || option.long === '--lang')) option.description = shared[lang];
    }
    cmd.configureHelp({
      styleTitle: (title: string) => TITLES[title]?.[lang] ?? title,
      styleUsage: (usage: string) => usageWords(usage, lang),
      styleSubcommandTerm: (term: string) => usageWords(term, lang),
      optionDescription: (option: Option) => optionDescription(option, lang),
      // Chinese characters take two columns and need no space to break a line before them.
      displayWidth: (s: string) => displayWidth(s.replace(/\x1b\[[0-9;]*m/g, '')),
      boxWrap: (text: string, width: number) => wrap(text, width),
    } as Partial<Help>);
    cmd.configureOutput({ writeErr, outputError: (message: string, write: (s: string) => void) => write(commanderErrorText(message, lang, flags) + '\n') });
    const examples = EXAMPLES[cmd.name()];
    if (examples) cmd.addHelpText('after', examples[lang] + '\n');
  }
  if (program.commands.length) program.helpCommand(lang === 'zh' ? 'help [子命令]' : 'help [command]', lang === 'zh' ? '显示子命令的帮助' : 'display help for a command');
}

function usageWords(usage: string, lang: Lang): string {
  return lang === 'zh' ? usage.replace('[options]', '[选项]').replace('[command]', '[子命令]') : usage;
}

/** Wraps each line of text to width display columns (commander's boxWrap breaks at spaces only). */
function wrap(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r?\n/)
    .map((line) => wrapToWidth(line, width).join('\n'))
    .join('\n');
}

/** The option's description with its default, "(默认：stylish)". */
function optionDescription(option: Option, lang: Lang): string {
  const shown = option.defaultValue !== undefined && !option.negate && typeof option.defaultValue !== 'boolean' && !(Array.isArray(option.defaultValue) && !option.defaultValue.length);
  if (!shown) return option.description;
  const value = option.defaultValueDescription ?? (typeof option.defaultValue === 'string' ? option.defaultValue : JSON.stringify(option.defaultValue));
  return lang === 'zh' ? `${option.description}（默认：${value}）` : `${option.description} (default: ${value})`;
}

/** Commander's English error, as one line in lang with “是不是 --format？” when an option is near. */
export function commanderErrorText(message: string, lang: Lang, knownFlags: string[] = []): string {
  const [first, ...rest] = message.trim().split('\n');
  const suggested = /\(Did you mean (?:one of )?(.+)\?\)/.exec(rest.join(' '))?.[1];
  const en = lang === 'en';
  const hint = (s: string | undefined) => (s ? (en ? ` (did you mean ${s}?)` : `，是不是 ${s}？`) : '');
  let m: RegExpExecArray | null;
  let text: string;
  if ((m = /^error: unknown option '([^']+)'/.exec(first))) {
    const flag = m[1];
    const near = suggested ?? nearest(flag.replace(/=.*$/, ''), knownFlags);
    text = en ? `unknown option ${flag}${hint(near)}; see --help` : `未知选项 ${flag}${hint(near)}${near ? '' : '，'}所有选项见 --help`;
  } else if ((m = /^error: option '([^']+)' argument missing/.exec(first))) {
    text = en ? `option ${m[1]} needs a value` : `选项 ${m[1]} 缺少值`;
  } else if ((m = /^error: missing required argument '([^']+)'/.exec(first))) {
    text = en ? `missing argument <${m[1]}>` : `缺少参数 <${m[1]}>`;
  } else if ((m = /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)/.exec(first))) {
    const who = m[1] ?? 'jiaxiao-lint';
    text = en ? `too many arguments for ${who}: expected ${m[2]}, got ${m[3]}` : `${who} 的参数太多：应为 ${m[2]} 个，实际 ${m[3]} 个`;
  } else if ((m = /^error: unknown command '([^']+)'/.exec(first))) {
    text = en ? `unknown command ${m[1]}${hint(suggested)}` : `未知子命令 ${m[1]}${hint(suggested)}`;
  } else if ((m = /^error: option '([^']+)' argument '([^']*)' is invalid\.?\s*(.*)$/.exec(first))) {
    text = en ? `option ${m[1]}: invalid value "${m[2]}" ${m[3]}`.trim() : `选项 ${m[1]} 的值 “${m[2]}” 无效`;
  } else {
    text = first.replace(/^error: /, '');
  }
  return `jiaxiao-lint: ${text}`;
}
