// The command line: parse options → load config and dictionaries → read inputs → lintDocument each →
// batch checks → format → write → exit code (0 clean, 1 errors or too many warnings, 2 usage/input).
import { realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError } from 'commander';
import { DictionaryError, loadRuleset } from '../config/dictionaries';
import { ConfigError, loadConfig } from '../config/load';
import { duplicateFinding, duplicatesOf } from '../core/batch';
import { lintDocument, messageText } from '../core/document';
import { redact, redactResults } from '../core/redact';
import { ruleMeta, Ruleset } from '../core/rules';
import { Finding, Lang, LintResult, MessageKind } from '../core/types';
import { fileKindFor } from '../directives/directives';
import { format, FORMATTERS, FormatterName, isFormatterName } from '../formatters';
import type * as ParseAt from '../time/parseAt';
import type * as Serve from '../server/serve';
import { explainCommand, initCommand, rulesCommand, whenCommand } from './commands';
import { collectFiles } from './files';
import { fixResults, fixSummaryLine } from './fixFiles';
import { localizeCommands } from './help';
import { registerHolidaysCommand } from './holidays';
import { Input, readFiles, readStdin } from './inputs';
import { t } from './messages';
import { parseRuleFlags, unknownRuleInConfig } from './ruleSettings';
import { readPaste } from './paste';
import { nearest } from './suggest';

const VERSION: string = require('../../package.json').version;
/** A first argument this close to one of these is taken for a mistyped subcommand when no such file exists. */
const SUBCOMMANDS = ['rules', 'explain', 'when', 'init', 'help'];

/** An error the user can act on: printed as one line, exit 2. */
export class UsageError extends Error {}

interface LintFlags {
  text?: string;
  at?: string;
  kind?: string;
  urgent?: boolean;
  format: string;
  outputFile?: string;
  config?: string;
  printConfig?: boolean;
  lang?: string;
  color: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  ignorePattern: string[];
  rule: string[];
  errorOnUnmatchedPattern: boolean;
  reportUnusedDisableDirectives?: boolean;
  inlineConfig: boolean;
  stdinFilename?: string;
}

/**
 * --lang as written anywhere on the command line (before or after a subcommand): the language of help
 * and of commander's errors, and the value the subcommands check when --lang came before them.
 */
function langOf(argv: string[]): string | undefined {
  const i = argv.lastIndexOf('--lang');
  return i >= 0 ? argv[i + 1] : argv.filter((a) => a.startsWith('--lang=')).pop()?.slice('--lang='.length);
}

export async function main(argv: string[]): Promise<number> {
  const langGiven = langOf(argv);
  const lang0: Lang = langGiven === 'en' ? 'en' : 'zh';
  const program = new Command('jiaxiao-lint');
  let exitCode = 0;
  program
    .description(lang0 === 'en' ? 'Checks a message before it is sent to a home-school group (五要五不要)' : '家校群消息发送前合规检查（“五要五不要”）')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', lang0 === 'en' ? 'files, folders or globs; - for stdin' : '文件、文件夹或通配符；- 表示标准输入')
    .option('-t, --text <text>', lang0 === 'en' ? 'lint this text' : '检查这段文字')
    .option('--at <time>', lang0 === 'en' ? 'planned send time (ISO 8601, 2026-11-25 21:30, 21:30, 明天 8:00)' : '计划发送时间（ISO 8601、2026-11-25 21:30、21:30、明天 8:00）')
    .option('--kind <kind>', lang0 === 'en' ? 'notice | chat | reply (default: guessed)' : '消息类型 notice | chat | reply（默认自动判断）')
    .option('--urgent', lang0 === 'en' ? 'urgent safety notice: rest time is only a warning' : '紧急安全通知：休息时间仅作警告')
    .option('-f, --format <name>', lang0 === 'en' ? `report format: ${FORMATTERS.join(' | ')}` : `报告格式：${FORMATTERS.join(' | ')}`, 'stylish')
    .option('-o, --output-file <path>', lang0 === 'en' ? 'write the report to a file' : '把报告写入文件')
    .option('-c, --config <path>', lang0 === 'en' ? 'use this configuration file' : '使用指定的配置文件')
    .option('--print-config', lang0 === 'en' ? 'print the merged configuration and exit' : '打印合并后的配置并退出')
    .option('--lang <lang>', 'zh | en')
    .option('--no-color', lang0 === 'en' ? 'no colours' : '不使用颜色')
    .option('--max-warnings <n>', lang0 === 'en' ? 'exit 1 when there are more warnings than this' : '警告数超过此值时以 1 退出')
    .option('--quiet', lang0 === 'en' ? 'report errors only' : '只报告错误')
    .option('--fix', lang0 === 'en' ? 'apply safe fixes to the files' : '自动修复文件中可安全修复的问题')
    .option('--fix-dry-run', lang0 === 'en' ? 'compute fixes without writing them' : '计算修复但不写入文件')
    // One value per flag, repeatable (a variadic option would swallow the paths after it).
    .option('--ignore-pattern <pattern>', lang0 === 'en' ? 'ignore paths (gitignore syntax); repeatable' : '忽略的路径（gitignore 语法），可重复', collect, [])
    .option('--no-error-on-unmatched-pattern', lang0 === 'en' ? 'nothing to lint, or a glob matching nothing, is not an error' : '没有可检查的文件或通配符无匹配时不报错')
    .option('--rule <id:level>', lang0 === 'en' ? 'set one rule or clause: n5-mobile:off, N2:warn; repeatable' : '设置一条规则或条款的级别：n5-mobile:off、N2:warn，可重复', collect, [])
    .option('--report-unused-disable-directives', lang0 === 'en' ? 'report disable directives that suppress nothing' : '报告未使用的 disable 指令')
    .option('--no-inline-config', lang0 === 'en' ? 'ignore jiaxiao-lint-disable comments in the files' : '忽略文件中的 jiaxiao-lint-disable 注释')
    .option('--stdin-filename <name>', lang0 === 'en' ? 'the name to report stdin as (its extension picks the comment syntax)' : '标准输入在报告中使用的文件名（扩展名决定注释语法）')
    // Options after a subcommand belong to it (when --at …), not to the lint command.
    .enablePositionalOptions()
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(redact(s)) })
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await runLint(paths, flags);
    });
  program
    .command('rules')
    .description(lang0 === 'en' ? 'list every rule' : '列出所有规则')
    .option('-c, --config <path>')
    .option('--lang <lang>')
    .action((flags: { config?: string; lang?: string }) => {
      exitCode = rulesCommand(setup(flags.config, flags.lang ?? langGiven));
    });
  program
    .command('explain <rule-or-clause>')
    .description(lang0 === 'en' ? 'explain a rule or clause' : '解释规则或条款')
    .option('-c, --config <path>')
    .option('--lang <lang>')
    .action((id: string, flags: { config?: string; lang?: string }) => {
      exitCode = explainCommand(setup(flags.config, flags.lang ?? langGiven), id);
    });
  program
    .command('when')
    .description(lang0 === 'en' ? 'is this moment (default now) allowed, and when is the next allowed one?' : '该时间（默认现在）能否发送，下一个可发送时间')
    .option('--at <time>')
    .option('-c, --config <path>')
    .option('--lang <lang>')
    .action((flags: { at?: string; config?: string; lang?: string }) => {
      const s = setup(flags.config, flags.lang ?? langGiven);
      exitCode = whenCommand(s.config, s.lang, atOf(flags.at, s.config.time.timeZone, s.lang) ?? new Date());
    });
  program
    .command('serve')
    .description(lang0 === 'en' ? 'the paste page and POST /api/lint on a local server (default 127.0.0.1:5177)' : '在本机启动粘贴检查页面和 POST /api/lint（默认 127.0.0.1:5177）')
    .option('--port <port>', lang0 === 'en' ? 'port (default 5177; 0 picks a free one)' : '端口（默认 5177；0 表示任选空闲端口）')
    .option('--host <host>', lang0 === 'en' ? 'address to listen on, e.g. 0.0.0.0 to share on the network (warns)' : '监听地址，如 0.0.0.0 在局域网共享（会给出警告）')
    .option('-c, --config <path>')
    .action(async (flags: { port?: string; host?: string; config?: string }) => {
      const s = setup(flags.config, lang0);
      const { serveCommand } = require('../server/serve') as typeof Serve; // loaded only for serve
      exitCode = await serveCommand({ ruleset: s.ruleset, config: s.config }, flags, s.lang);
    });
  program
    .command('init')
    .description(lang0 === 'en' ? 'write a .compliancerc.yaml here (never overwrites)' : '在当前目录生成 .compliancerc.yaml（不会覆盖已有文件）')
    .option('--lang <lang>')
    .action((flags: { lang?: string }) => {
      exitCode = initCommand(process.cwd(), checkedLang(flags.lang ?? langGiven) ?? lang0);
    });
  registerHolidaysCommand(program, lang0, (code) => {
    exitCode = code;
  });
  // commander's own errors quote the user's arguments: masked like every other message.
  localizeCommands(program, lang0, (s) => process.stderr.write(redact(s)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2; // commander already printed the reason
    }
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof DictionaryError) {
      // An error message may quote the user's input (a config file, an --at value): masked too.
      process.stderr.write(redact(`jiaxiao-lint: ${e.message}\n`));
      return 2;
    }
    throw e;
  }
}

interface Setup {
  config: ReturnType<typeof loadConfig>['config'];
  configPath?: string;
  ruleset: Ruleset;
  lang: Lang;
}

function checkedLang(langFlag: string | undefined): Lang | undefined {
  if (langFlag !== undefined && langFlag !== 'zh' && langFlag !== 'en') throw new UsageError(`--lang 应为 zh 或 en（--lang must be zh or en）`);
  return langFlag as Lang | undefined;
}

function setup(configPath: string | undefined, langFlag?: string): Setup {
  const given = checkedLang(langFlag);
  const { config, filepath, skippedScript } = loadConfig({ cwd: process.cwd(), configPath });
  const lang = given ?? config.lang;
  if (skippedScript) process.stderr.write(`${t('scriptConfigSkipped', lang)}: ${skippedScript} (--config ${skippedScript})\n`);
  const ruleset = loadRuleset(config);
  // A misspelt rule id in the config would otherwise be ignored without a word.
  const unknown = filepath ? unknownRuleInConfig(config.rules, ruleset, filepath, lang) : undefined;
  if (unknown) throw new ConfigError(unknown);
  return { config: { ...config, lang }, configPath: filepath, ruleset, lang };
}

/** Commander's way to repeat an option: each value is added to the list. */
function collect(value: string, list: string[]): string[] {
  return [...list, value];
}

function atOf(value: string | undefined, timeZone: string, lang: Lang): Date | undefined {
  if (value === undefined) return undefined;
  // Time zones and the holiday data load only when a send time is given.
  const { parseAt, ACCEPTED_AT_FORMATS } = require('../time/parseAt') as typeof ParseAt;
  const at = parseAt(value, new Date(), timeZone);
  if (!at) {
    throw new UsageError(lang === 'en'
      ? `${t('badAt', lang)} "${value}". ${t('acceptedForms', lang)}: ${ACCEPTED_AT_FORMATS.join(', ')}`
      : `${t('badAt', lang)} “${value}”。${t('acceptedForms', lang)}：${ACCEPTED_AT_FORMATS.join('、')}`);
  }
  return at;
}

function nonNegativeInt(value: string | undefined, flag: string, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} ${t('badNumber', lang)}: ${value}`);
  return Number(value);
}

async function runLint(paths: string[], flags: LintFlags): Promise<number> {
  const s = setup(flags.config, flags.lang);
  const { lang, config, ruleset } = s;
  if (flags.printConfig) {
    process.stdout.write(redact(JSON.stringify({ configFile: s.configPath ?? null, ...config }, null, 2)) + '\n');
    return 0;
  }
  if (!isFormatterName(flags.format)) throw new UsageError(`${t('badFormat', lang)} “${flags.format}”（${FORMATTERS.join(', ')}）`);
  if (flags.kind !== undefined && !['notice', 'chat', 'reply'].includes(flags.kind)) throw new UsageError(t('badKind', lang));
  const maxWarnings = nonNegativeInt(flags.maxWarnings, '--max-warnings', lang);
  const at = atOf(flags.at, config.time.timeZone, lang);
  if (flags.rule.length) {
    const parsed = parseRuleFlags(flags.rule, ruleset, lang);
    if ('error' in parsed) throw new UsageError(parsed.error);
    config.rules = { ...config.rules, ...parsed.settings };
  }

  // An empty argument (an unset shell variable, "$DIR") would mean the current folder: refused.
  if (paths.some((p) => p.trim() === '')) throw new UsageError(t('emptyPath', lang));
  const filePaths = paths.filter((p) => p !== '-');
  const wantsStdin = paths.includes('-') || (!filePaths.length && flags.text === undefined);
  // --fix writes files back; stdin (whatever --stdin-filename calls it) and --text have none. Said
  // before anything is read, so that nobody pastes a draft only to be refused.
  if (flags.fix && (wantsStdin || flags.text !== undefined)) throw new UsageError(t('fixNeedsFiles', lang));
  if (flags.fix && flags.fixDryRun) throw new UsageError(t('fixAndDryRun', lang));

  // Inputs, in the order the user gave them kinds of: --text, files (sorted), stdin.
  const inputs: Input[] = [];
  let hadInputProblem = false;
  /** Paths that do not exist: one line on stderr each; human formats do not repeat them, machine formats keep them. */
  const missing = new Set<string>();
  const note = (line: string) => process.stderr.write(redact(`jiaxiao-lint: ${line}\n`));
  if (flags.text !== undefined) inputs.push({ filePath: '<text>', text: flags.text, draft: false });
  if (filePaths.length) {
    const collected = await collectFiles(filePaths, { cwd: process.cwd(), ignorePatterns: flags.ignorePattern });
    // -o naming a file being linted would overwrite it with the report: refused before any file is linted.
    const outputFile = flags.outputFile && canonicalPath(flags.outputFile);
    if (outputFile && collected.files.some((f) => canonicalPath(f) === outputFile)) throw new UsageError(`${t('outputIsInput', lang)}: ${flags.outputFile}`);
    for (const skip of collected.skipped) process.stderr.write(redact(`${t('skipped', lang)} ${skip.path}: ${skip.why}\n`));
    for (const problem of collected.problems) {
      if (problem.reason === 'no-match' && !flags.errorOnUnmatchedPattern) continue;
      if (problem.reason === 'not-found' || problem.reason === 'no-match') {
        // `ruels` is more likely a mistyped subcommand than a file.
        const command = problem.path === paths[0] ? nearest(problem.path, SUBCOMMANDS) : undefined;
        if (command) note(`${problem.message}${t('didYouMeanCommand', lang)} ${command}${lang === 'en' ? '?' : '？'}`);
        else note(problem.reason === 'no-match' ? `${problem.message}${t('unmatchedHint', lang)}` : problem.message);
        missing.add(problem.path);
      }
      inputs.push({ filePath: problem.path, error: problem.message, draft: false });
    }
    inputs.push(...(await readFiles(collected.files)));
    // CI must not pass because a folder was empty or every file in it ignored (ESLint does the same).
    if (!collected.files.length && !collected.problems.length && flags.errorOnUnmatchedPattern) {
      note(`${t('nothingToLint', lang)}${filePaths.join(lang === 'en' ? ', ' : '、')}${t('nothingToLintHint', lang)}`);
      hadInputProblem = true;
    }
  }
  if (wantsStdin && process.stdin.isTTY) {
    const pasted = await readPaste(process.stdin, t('prompt', lang), (s) => process.stderr.write(s));
    if ('cancelled' in pasted) {
      note(t('pasteCancelled', lang));
      return 130; // as a shell reports Ctrl+C
    }
    if (pasted.text.trim() === '') {
      note(t('emptyPaste', lang));
      hadInputProblem = true;
    } else {
      inputs.push({ filePath: flags.stdinFilename ?? '<stdin>', text: pasted.text, draft: true });
    }
  } else if (wantsStdin) {
    inputs.push(await readStdin(flags.stdinFilename));
  }

  const now = new Date();
  // Judged on what parents read: a directive comment or markup does not make two copies differ.
  const duplicates = duplicatesOf(inputs.map((x) => ({ filePath: x.filePath, text: x.text === undefined ? undefined : messageText(x.text, fileKindFor(x.filePath)) })));
  /** Lints input i's text (again, after fixes): its directives reach the batch's duplicate finding too. */
  const lintInput = (i: number, text: string) => {
    const first = duplicates.get(i);
    const { findings, problem, judged } = lintDocument(text, ruleset, {
      config,
      lang,
      kind: flags.kind as MessageKind | undefined,
      at: at ?? (inputs[i].draft ? now : undefined),
      urgent: flags.urgent,
      now,
      fileKind: fileKindFor(inputs[i].filePath),
      reportUnusedDirectives: flags.reportUnusedDisableDirectives,
      inlineConfig: flags.inlineConfig,
      extraFindings: (blanked) => {
        const duplicate = first === undefined ? undefined : duplicateFinding(blanked, first, ruleset, config, lang);
        return duplicate ? [duplicate] : [];
      },
    });
    return { findings, problem, judged };
  };
  const results: LintResult[] = inputs.map((input, i) => {
    if (input.error !== undefined || input.text === undefined) {
      hadInputProblem = true;
      return { filePath: input.filePath, messages: [], errorCount: 0, warningCount: 0, fatal: input.error };
    }
    const { findings, problem, judged } = lintInput(i, input.text);
    if (problem) {
      hadInputProblem = true;
      return { filePath: input.filePath, messages: [], errorCount: 0, warningCount: 0, fatal: problem.message, source: input.text };
    }
    return { filePath: input.filePath, messages: findings, errorCount: 0, warningCount: 0, source: input.text, judged };
  });

  let diff = '';
  if (flags.fix || flags.fixDryRun) {
    const dryRun = !flags.fix;
    const fixed = fixResults(results, inputs, { write: !dryRun, lang, ruleset, relint: (i, text) => lintInput(i, text).findings, shown: (m) => !flags.quiet || m.severity === 2 });
    if (fixed.failed) hadInputProblem = true;
    diff = fixed.diff;
    const remaining = results.reduce((n, r) => n + r.messages.length, 0);
    process.stderr.write(`${fixSummaryLine(fixed, remaining, dryRun, lang)}\n`);
  }
  // --quiet hides warnings after the fixes (a hidden warning's fix is still made) and says how many it hid.
  let hiddenWarnings = 0;
  for (const r of results) {
    if (flags.quiet) {
      hiddenWarnings += r.messages.filter((m) => m.severity !== 2).length;
      r.messages = r.messages.filter((m) => m.severity === 2);
    }
    r.errorCount = r.messages.filter((m) => m.severity === 2).length;
    r.warningCount = r.messages.length - r.errorCount;
  }

  // The one redaction pass of the report, after --fix wrote the files: the user's text is never masked.
  redactResults(results);
  diff = redact(diff);

  // Colour for a terminal, or when FORCE_COLOR asks (not "0"); never with NO_COLOR, --no-color or into a file.
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const color = flags.color && !process.env.NO_COLOR && !flags.outputFile && Boolean(process.stdout.isTTY || forced);
  // The dry run's diff comes first in the human format; the JSON result carries `output` instead.
  // A missing path was said on stderr; the human formats do not say it again as a "problem".
  const human = flags.format === 'stylish' || flags.format === 'compact';
  const reported = human ? results.filter((r) => !missing.has(r.filePath)) : results;
  // Nothing was linted and stderr said why: a human report would only add a misleading “未发现问题”.
  const nothingRead = human && reported.length === 0 && hadInputProblem;
  const report = nothingRead ? '' : (flags.format === 'stylish' && diff ? `${diff}\n` : '') + format(flags.format as FormatterName, reported, { lang, color, rules: ruleset.rules.map(ruleMeta), cwd: process.cwd(), toolVersion: VERSION, hiddenWarnings });
  if (flags.outputFile) {
    try {
      writeFileSync(flags.outputFile, report);
    } catch (e) {
      throw new UsageError(`${t('writeFailed', lang)} ${flags.outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  } else {
    process.stdout.write(report);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (hiddenWarnings > 0 && !human) note(t('hiddenWarnings', lang).replace('{n}', String(hiddenWarnings)));
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) note(t('tooManyWarnings', lang).replace('{n}', String(warnings)).replace('{max}', String(maxWarnings)));
  if (hadInputProblem) return 2;
  if (errors > 0 || tooManyWarnings) return 1;
  return 0;
}

/** The real path of a file (links resolved), or its absolute path when it does not exist yet. */
function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}
