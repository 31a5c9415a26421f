// The command line: parse options → load config and dictionaries → read inputs → lintDocument each →
// batch checks → format → write → exit code (0 clean, 1 errors or too many warnings, 2 usage/input).
import { closeSync, openSync, realpathSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type * as Commander from 'commander';
import { DictionaryError, loadRuleset } from '../config/dictionaries';
import { ConfigError, loadConfig } from '../config/load';
import { severityOf } from '../core/lint';
import { redact, redactResults } from '../core/redact';
import { ruleMeta, Ruleset } from '../core/rules';
import { Lang, MessageKind } from '../core/types';
import { FORMATTERS, FormatterName, formatStream, isFormatterName } from '../formatters';
import { recordSuffix } from '../formatters/shared';
import type * as ParseAt from '../time/parseAt';
import type * as Serve from '../server/serve';
import { explainCommand, initCommand, rulesCommand, whenCommand } from './commands';
import { fastLintArgs } from './fastArgs';
import { collectFiles, readTextFile } from './files';
import type * as FixFiles from './fixFiles';
import type * as Help from './help';
import type * as Holidays from './holidays';
import { Input, readStdin } from './inputs';
import { DuplicateTracker, fileKindOf, JobResult, LintJob, lintJobText, RunOptions } from './jobs';
import { t } from './messages';
import { parseRuleFlags, unknownRuleInConfig } from './ruleSettings';
import { readPaste } from './paste';
import { lintInOrder } from './pool';
import { estimateMessages, InputFormat, INPUT_FORMATS, inputFormatOf, isInputFormat, MessageRecord, readRecords, recordsOfText } from './records';
import { nearest } from './suggest';

const VERSION: string = require('../../package.json').version;
/** A first argument this close to one of these is taken for a mistyped subcommand when no such file exists. */
const SUBCOMMANDS = ['rules', 'explain', 'when', 'serve', 'init', 'holidays', 'help'];

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
  inputFormat?: string;
  threads?: string;
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
  // The plain lint command line is read without commander: loading it is start-up time (fastArgs.ts).
  const fast = fastLintArgs(argv);
  if (fast) {
    try {
      return await runLint(fast.paths, fast.flags as unknown as LintFlags);
    } catch (e) {
      return userError(e);
    }
  }
  // Loaded only here, for what the fast path leaves to commander (subcommands, help, errors).
  const { Command, CommanderError } = require('commander') as typeof Commander;
  const { localizeCommands } = require('./help') as typeof Help;
  const { registerHolidaysCommand } = require('./holidays') as typeof Holidays;
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
    .option('--input-format <format>', lang0 === 'en' ? `${INPUT_FORMATS.join(' | ')}: many messages per file (default: by extension, .jsonl / .csv)` : `${INPUT_FORMATS.join(' | ')}：一个文件多条消息（默认按扩展名 .jsonl / .csv 判断）`)
    .option('--threads <n>', lang0 === 'en' ? 'lint on this many threads (default: every core; 1: this thread only)' : '使用的线程数（默认：全部 CPU 核心；1：不使用工作线程）')
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
    return userError(e);
  }
}

/** A problem the user can act on: one line, exit 2. Anything else is a bug and goes on up. */
function userError(e: unknown): number {
  if (e instanceof UsageError || e instanceof ConfigError || e instanceof DictionaryError) {
    // An error message may quote the user's input (a config file, an --at value): masked too.
    process.stderr.write(redact(`jiaxiao-lint: ${e.message}\n`));
    return 2;
  }
  throw e;
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
  if (flags.inputFormat !== undefined && !isInputFormat(flags.inputFormat)) throw new UsageError(t('badInputFormat', lang));
  const inputFormat = flags.inputFormat as InputFormat | undefined;
  const threads = flags.threads === undefined ? availableParallelism() : nonNegativeInt(flags.threads, '--threads', lang)!;
  if (threads < 1) throw new UsageError(t('badThreads', lang));

  // Inputs, in the order the user gave them kinds of: --text, files (sorted), stdin. Files are read
  // as they are linted (a record file's records one by one); only stdin is read before linting starts.
  let hadInputProblem = false;
  /** Paths that do not exist: one line on stderr each; human formats do not repeat them, machine formats keep them. */
  const missing = new Set<string>();
  const note = (line: string) => process.stderr.write(redact(`jiaxiao-lint: ${line}\n`));
  const problems: LintJob[] = [];
  let files: string[] = [];
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
      problems.push({ filePath: problem.path, error: problem.message, draft: false });
    }
    files = collected.files;
    if ((flags.fix || flags.fixDryRun) && files.some((f) => inputFormatOf(f, inputFormat) !== 'text')) throw new UsageError(t('fixNeedsWholeFiles', lang));
    // CI must not pass because a folder was empty or every file in it ignored (ESLint does the same).
    if (!collected.files.length && !collected.problems.length && flags.errorOnUnmatchedPattern) {
      note(`${t('nothingToLint', lang)}${filePaths.join(lang === 'en' ? ', ' : '、')}${t('nothingToLintHint', lang)}`);
      hadInputProblem = true;
    }
  }
  let stdinInput: Input | undefined;
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
      stdinInput = { filePath: flags.stdinFilename ?? '<stdin>', text: pasted.text, draft: true };
    }
  } else if (wantsStdin) {
    stdinInput = await readStdin(flags.stdinFilename);
  }

  // The duplicate check (m2-duplicate-message) is decided here, in input order, before each message
  // is linted (main's design: the finding goes through the message's directives like any other).
  // Decided one message at a time with only a digest kept per message (batch's design), it needs no
  // text read ahead, so files, records and worker threads all stream and memory stays flat.
  const duplicateRule = ruleset.rules.find((r) => r.id === 'm2-duplicate-message');
  const duplicates = duplicateRule && severityOf(duplicateRule, config.rules) ? new DuplicateTracker() : undefined;
  const checked = (job: LintJob): LintJob => {
    if (duplicates && job.text !== undefined && job.error === undefined) job.duplicateOf = duplicates.check(job.text, fileKindOf(job), job.filePath + recordSuffix(job));
    return job;
  };
  async function* jobs(): AsyncGenerator<LintJob> {
    if (flags.text !== undefined) yield checked({ filePath: '<text>', text: flags.text, draft: false });
    yield* problems;
    for (const filePath of files) {
      const fileFormat = inputFormatOf(filePath, inputFormat);
      if (fileFormat === 'text') {
        const read = await readTextFile(filePath);
        yield checked('text' in read ? { filePath, text: read.text, draft: false, encoding: read.encoding } : { filePath, error: read.error, draft: false });
      } else {
        for await (const record of readRecords(filePath, fileFormat, lang)) yield checked(recordJob(filePath, record, false));
      }
    }
    if (stdinInput) {
      const stdinFormat = inputFormatOf(stdinInput.filePath, inputFormat);
      if (stdinFormat === 'text' || stdinInput.text === undefined) yield checked({ ...stdinInput });
      else for await (const record of recordsOfText(stdinInput.text, stdinFormat, lang)) yield checked(recordJob(stdinInput.filePath, record, true));
    }
  }

  // Colour for a terminal, or when FORCE_COLOR asks (not "0"); never with NO_COLOR, --no-color or into a file.
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const color = flags.color && !process.env.NO_COLOR && !flags.outputFile && Boolean(process.stdout.isTTY || forced);
  const report = formatStream(flags.format as FormatterName, { lang, color, rules: ruleset.rules.map(ruleMeta), cwd: process.cwd(), toolVersion: VERSION });
  const out = openReport(flags.outputFile, lang);
  // The dry run's diff comes first in the human format: its report is held until every diff is known.
  let held = '';
  const write = flags.fixDryRun ? async (text: string) => void (held += text) : out.write;

  const now = new Date();
  const run: RunOptions = {
    lang,
    kind: flags.kind as MessageKind | undefined,
    at: at?.getTime(),
    urgent: flags.urgent,
    now: now.getTime(),
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
    inlineConfig: flags.inlineConfig,
  };
  const fixing = Boolean(flags.fix || flags.fixDryRun);
  const { fixResults, fixSummaryLine } = fixing ? (require('./fixFiles') as typeof FixFiles) : ({} as typeof FixFiles);
  const fixed: FixFiles.FixSummary = { fixes: 0, files: 0, failed: 0, diff: '' };
  let remaining = 0; // problems left after fixing
  let hiddenWarnings = 0;
  let errors = 0;
  let warnings = 0;
  let reported = 0;
  const human = flags.format === 'stylish' || flags.format === 'compact';

  // Each result is finished (--fix, --quiet, counts, masking) and written as soon as every earlier
  // one is: nothing is kept but one digest per message for the duplicate check.
  const finish = async ({ result: r }: JobResult, job: LintJob) => {
    if (r.fatal !== undefined) hadInputProblem = true;
    if (fixing) {
      if (!r.record) {
        // Fixed and linted again (with the same duplicate finding and directives) in this thread.
        const one = fixResults([r], [job], { write: Boolean(flags.fix), lang, ruleset, relint: (_, text) => lintJobText(job, text, ruleset, config, run).findings, shown: (m) => !flags.quiet || m.severity === 2 });
        fixed.fixes += one.fixes;
        fixed.files += one.files;
        fixed.failed += one.failed;
        if (one.failed) hadInputProblem = true;
        // The diff is report, not the user's file: masked like the rest of it.
        fixed.diff += redact(one.diff);
      }
      remaining += r.messages.length;
    }
    // --quiet hides warnings after the fixes (a hidden warning's fix is still made) and says how many it hid.
    if (flags.quiet) {
      hiddenWarnings += r.messages.filter((m) => m.severity !== 2).length;
      r.messages = r.messages.filter((m) => m.severity === 2);
    }
    r.errorCount = r.messages.filter((m) => m.severity === 2).length;
    r.warningCount = r.messages.length - r.errorCount;
    errors += r.errorCount;
    warnings += r.warningCount;
    // A missing path was said on stderr; the human formats do not say it again as a "problem".
    if (human && missing.has(r.filePath)) return;
    // The one redaction pass of the report, result by result, after --fix wrote the file: the user's text is never masked.
    redactResults([r]);
    reported++;
    await write(report.add(r));
  };
  await lintInOrder(
    jobs(),
    { threads, ruleset, config, run, setup: { cwd: process.cwd(), configPath: flags.config, run, rules: config.rules }, expected: estimateMessages(files, inputFormat) },
    finish,
  );
  if (fixing) process.stderr.write(`${fixSummaryLine(fixed, remaining, !flags.fix, lang)}\n`);

  // Nothing was linted and stderr said why: a human report would only add a misleading “未发现问题”.
  const nothingRead = human && reported === 0 && hadInputProblem;
  if (!nothingRead) await write(report.end(hiddenWarnings));
  if (flags.fixDryRun && !nothingRead) await out.write((flags.format === 'stylish' && fixed.diff ? `${fixed.diff}\n` : '') + held);
  out.close();

  if (hiddenWarnings > 0 && !human) note(t('hiddenWarnings', lang).replace('{n}', String(hiddenWarnings)));
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) note(t('tooManyWarnings', lang).replace('{n}', String(warnings)).replace('{max}', String(maxWarnings)));
  if (hadInputProblem) return 2;
  if (errors > 0 || tooManyWarnings) return 1;
  return 0;
}

function recordJob(filePath: string, record: MessageRecord, draft: boolean): LintJob {
  return { filePath, draft, ...record };
}

/** Where the report goes: the output file (opened before any linting, so that a bad path fails first) or stdout. */
function openReport(outputFile: string | undefined, lang: Lang): { write(text: string): Promise<void>; close(): void } {
  const fail = (e: unknown): never => {
    throw new UsageError(`${t('writeFailed', lang)} ${outputFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  };
  // Written in pieces of at least this size: one system call per result would cost more than linting it.
  const FLUSH_AT = 1 << 16;
  let pending = '';
  if (outputFile !== undefined) {
    let fd: number | undefined;
    try {
      fd = openSync(outputFile, 'w');
    } catch (e) {
      fail(e);
    }
    const flush = () => {
      try {
        writeSync(fd!, pending);
      } catch (e) {
        fail(e);
      }
      pending = '';
    };
    return {
      write: async (text) => {
        pending += text;
        if (pending.length >= FLUSH_AT) flush();
      },
      close: () => {
        flush();
        closeSync(fd!);
      },
    };
  }
  return {
    write: async (text) => {
      pending += text;
      if (pending.length < FLUSH_AT) return;
      const full = !process.stdout.write(pending);
      pending = '';
      // A slow reader: wait rather than queue the whole report in memory.
      if (full) await new Promise((resolve) => process.stdout.once('drain', resolve));
    },
    close: () => {
      if (pending) process.stdout.write(pending);
      pending = '';
    },
  };
}

/** The real path of a file (links resolved), or its absolute path when it does not exist yet. */
function canonicalPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return resolve(file);
  }
}
