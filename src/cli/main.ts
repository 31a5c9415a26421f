// The command line: parse options → load config and dictionaries → read inputs → lintDocument each →
// batch checks → format → write → exit code (0 clean, 1 errors or too many warnings, 2 usage/input).
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type * as Commander from 'commander';
import { DictionaryError, loadRuleset } from '../config/dictionaries';
import { ConfigError, loadConfig } from '../config/load';
import { DuplicateTracker } from '../core/batch';
import { applyFixes } from '../core/fix';
import { redactSecrets } from '../core/redact';
import { ruleMeta, Ruleset } from '../core/rules';
import { Lang, LintResult, MessageKind } from '../core/types';
import { FORMATTERS, FormatterName, formatStream, isFormatterName } from '../formatters';
import { recordSuffix } from '../formatters/shared';
import type * as ParseAt from '../time/parseAt';
import { explainCommand, initCommand, rulesCommand, whenCommand } from './commands';
import { collectFiles, readTextFile } from './files';
import { readStdin } from './inputs';
import { LintJob, RunOptions } from './jobs';
import { fastLintArgs } from './fastArgs';
import { lintInOrder } from './pool';
import { estimateMessages, InputFormat, INPUT_FORMATS, inputFormatOf, isInputFormat, MessageRecord, readRecords, recordsOfText } from './records';
import { t } from './messages';

const VERSION: string = require('../../package.json').version;

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
  ignorePattern?: string[];
  reportUnusedDisableDirectives?: boolean;
  stdinFilename?: string;
  inputFormat?: string;
  threads?: string;
}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'zh';
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
  const { Command, CommanderError } = require('commander') as typeof Commander;
  const lang0 = langOf(argv);
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
    .option('-f, --format <name>', `${FORMATTERS.join(' | ')}`, 'stylish')
    .option('-o, --output-file <path>', lang0 === 'en' ? 'write the report to a file' : '把报告写入文件')
    .option('-c, --config <path>', lang0 === 'en' ? 'use this configuration file' : '使用指定的配置文件')
    .option('--print-config', lang0 === 'en' ? 'print the merged configuration and exit' : '打印合并后的配置并退出')
    .option('--lang <lang>', 'zh | en')
    .option('--no-color', lang0 === 'en' ? 'no colours' : '不使用颜色')
    .option('--max-warnings <n>', lang0 === 'en' ? 'exit 1 when there are more warnings than this' : '警告数超过此值时以 1 退出')
    .option('--quiet', lang0 === 'en' ? 'report errors only' : '只报告错误')
    .option('--fix', lang0 === 'en' ? 'apply safe fixes to the files' : '自动修复文件中可安全修复的问题')
    .option('--fix-dry-run', lang0 === 'en' ? 'compute fixes without writing them' : '计算修复但不写入文件')
    .option('--ignore-pattern <pattern...>', lang0 === 'en' ? 'ignore paths (gitignore syntax)' : '忽略的路径（gitignore 语法）')
    .option('--report-unused-disable-directives', lang0 === 'en' ? 'report disable directives that suppress nothing' : '报告未使用的 disable 指令')
    .option('--input-format <format>', lang0 === 'en' ? `${INPUT_FORMATS.join(' | ')}: many messages per file (default: by extension, .jsonl / .csv)` : `${INPUT_FORMATS.join(' | ')}：一个文件多条消息（默认按扩展名 .jsonl / .csv 判断）`)
    .option('--threads <n>', lang0 === 'en' ? 'lint on this many threads (default: every core; 1: this thread only)' : '使用的线程数（默认：全部 CPU 核心；1：不使用工作线程）')
    .option('--stdin-filename <name>', lang0 === 'en' ? 'the name to report stdin as (its extension picks the comment syntax)' : '标准输入在报告中使用的文件名（扩展名决定注释语法）')
    // Options after a subcommand belong to it (when --at …), not to the lint command.
    .enablePositionalOptions()
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (paths: string[], flags: LintFlags) => {
      exitCode = await runLint(paths, flags);
    });
  program
    .command('rules')
    .description(lang0 === 'en' ? 'list every rule' : '列出所有规则')
    .option('-c, --config <path>')
    .action((flags: { config?: string }) => {
      exitCode = rulesCommand(setup(flags.config, lang0));
    });
  program
    .command('explain <rule-or-clause>')
    .description(lang0 === 'en' ? 'explain a rule or clause' : '解释规则或条款')
    .option('-c, --config <path>')
    .action((id: string, flags: { config?: string }) => {
      exitCode = explainCommand(setup(flags.config, lang0), id);
    });
  program
    .command('when')
    .description(lang0 === 'en' ? 'is this moment (default now) allowed, and when is the next allowed one?' : '该时间（默认现在）能否发送，下一个可发送时间')
    .option('--at <time>')
    .option('-c, --config <path>')
    .action((flags: { at?: string; config?: string }) => {
      const s = setup(flags.config, lang0);
      exitCode = whenCommand(s.config, s.lang, atOf(flags.at, s.config.time.timeZone, s.lang) ?? new Date());
    });
  program
    .command('init')
    .description(lang0 === 'en' ? 'write a .compliancerc.yaml here (never overwrites)' : '在当前目录生成 .compliancerc.yaml（不会覆盖已有文件）')
    .action(() => {
      exitCode = initCommand(process.cwd(), lang0);
    });

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
    process.stderr.write(`jiaxiao-lint: ${e.message}\n`);
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

function setup(configPath: string | undefined, langFlag?: string): Setup {
  if (langFlag !== undefined && langFlag !== 'zh' && langFlag !== 'en') throw new UsageError(`--lang 应为 zh 或 en（--lang must be zh or en）`);
  const { config, filepath } = loadConfig({ cwd: process.cwd(), configPath });
  const lang = (langFlag as Lang | undefined) ?? config.lang;
  return { config: { ...config, lang }, configPath: filepath, ruleset: loadRuleset(config), lang };
}

function atOf(value: string | undefined, timeZone: string, lang: Lang): Date | undefined {
  if (value === undefined) return undefined;
  // Time zones and the holiday data load only when a send time is given.
  const { parseAt, ACCEPTED_AT_FORMATS } = require('../time/parseAt') as typeof ParseAt;
  const at = parseAt(value, new Date(), timeZone);
  if (!at) throw new UsageError(`${t('badAt', lang)} “${value}”。${t('acceptedForms', lang)}：${ACCEPTED_AT_FORMATS.join('、')}`);
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
    process.stdout.write(JSON.stringify({ configFile: s.configPath ?? null, ...config }, null, 2) + '\n');
    return 0;
  }
  if (!isFormatterName(flags.format)) throw new UsageError(`${t('badFormat', lang)} “${flags.format}”（${FORMATTERS.join(', ')}）`);
  if (flags.kind !== undefined && !['notice', 'chat', 'reply'].includes(flags.kind)) throw new UsageError(t('badKind', lang));
  const maxWarnings = nonNegativeInt(flags.maxWarnings, '--max-warnings', lang);
  const at = atOf(flags.at, config.time.timeZone, lang);

  if (flags.inputFormat !== undefined && !isInputFormat(flags.inputFormat)) throw new UsageError(t('badInputFormat', lang));
  const inputFormat = flags.inputFormat as InputFormat | undefined;
  const threads = flags.threads === undefined ? availableParallelism() : nonNegativeInt(flags.threads, '--threads', lang)!;
  if (threads < 1) throw new UsageError(t('badThreads', lang));

  const filePaths = paths.filter((p) => p !== '-');
  const wantsStdin = paths.includes('-') || (!filePaths.length && flags.text === undefined);
  // --fix writes files back; stdin (whatever --stdin-filename calls it) and --text have none. Said
  // before anything is read, so that nobody pastes a draft only to be refused.
  if (flags.fix && (wantsStdin || flags.text !== undefined)) throw new UsageError(t('fixNeedsFiles', lang));

  const collected = filePaths.length
    ? await collectFiles(filePaths, { cwd: process.cwd(), ignorePatterns: flags.ignorePattern ?? [] })
    : { files: [], problems: [], skipped: [] };
  for (const skip of collected.skipped) process.stderr.write(`${t('skipped', lang)} ${skip.path}: ${skip.why}\n`);
  if (flags.fix && collected.files.some((f) => inputFormatOf(f, inputFormat) !== 'text')) throw new UsageError(t('fixNeedsWholeFiles', lang));

  // Colour for a terminal, or when FORCE_COLOR asks (not "0"); never with NO_COLOR, --no-color or into a file.
  const forced = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  const color = flags.color && !process.env.NO_COLOR && !flags.outputFile && Boolean(process.stdout.isTTY || forced);
  const report = formatStream(flags.format as FormatterName, { lang, color, rules: ruleset.rules.map(ruleMeta), cwd: process.cwd(), toolVersion: VERSION });
  const out = openReport(flags.outputFile, lang);

  const now = new Date();
  const run: RunOptions = {
    lang,
    kind: flags.kind as MessageKind | undefined,
    at: at?.getTime(),
    urgent: flags.urgent,
    now: now.getTime(),
    reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives,
  };
  // Inputs, in the order the user gave them kinds of: --text, files (sorted), stdin.
  async function* jobs(): AsyncGenerator<LintJob> {
    if (flags.text !== undefined) yield { filePath: '<text>', text: flags.text, draft: false };
    for (const problem of collected.problems) yield { filePath: problem.path, error: problem.message, draft: false };
    for (const filePath of collected.files) {
      const fileFormat = inputFormatOf(filePath, inputFormat);
      if (fileFormat === 'text') {
        const read = await readTextFile(filePath);
        yield 'text' in read ? { filePath, text: read.text, draft: false } : { filePath, error: read.error, draft: false };
      } else {
        for await (const record of readRecords(filePath, fileFormat, lang)) yield recordJob(filePath, record, false);
      }
    }
    if (wantsStdin) {
      if (process.stdin.isTTY) process.stderr.write(`${t('prompt', lang)}\n`);
      const input = await readStdin(flags.stdinFilename);
      const stdinFormat = inputFormatOf(input.filePath, inputFormat);
      if (stdinFormat === 'text' || input.text === undefined) yield input;
      else for await (const record of recordsOfText(input.text, stdinFormat, lang)) yield recordJob(input.filePath, record, true);
    }
  }

  // Each result is finished (duplicates, --quiet, --fix, masking) and written as soon as every
  // earlier one is: nothing is kept but one digest per message for the duplicate check.
  const duplicates = new DuplicateTracker(ruleset, config, lang, (r) => r.filePath + recordSuffix(r));
  let hadInputProblem = false;
  let errors = 0;
  let warnings = 0;
  await lintInOrder(jobs(), { threads, ruleset, config, run, setup: { cwd: process.cwd(), configPath: flags.config, run }, expected: estimateMessages(collected.files, inputFormat) }, async ({ result: r, key }) => {
    if (r.fatal !== undefined) hadInputProblem = true;
    duplicates.check(r, key);
    if (flags.quiet) r.messages = r.messages.filter((m) => m.severity === 2);
    if ((flags.fix || flags.fixDryRun) && r.source !== undefined && !r.fatal) {
      const { output, applied } = applyFixes(r.source, r.messages);
      if (applied.length && flags.fix) {
        try {
          writeFileSync(r.filePath, output);
        } catch (e) {
          throw new UsageError(`${t('writeFailed', lang)} ${r.filePath}: ${(e as Error).message}`);
        }
        r.messages = r.messages.filter((m) => !applied.includes(m));
        r.source = output;
      } else if (applied.length) {
        (r as LintResult & { output?: string }).output = output;
      }
    }
    r.errorCount = r.messages.filter((m) => m.severity === 2).length;
    r.warningCount = r.messages.length - r.errorCount;
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.source !== undefined) r.source = redactSecrets(r.source, r.messages, ruleset);
    await out.write(report.add(r));
  });
  await out.write(report.end());
  out.close();

  if (hadInputProblem) return 2;
  if (errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings)) return 1;
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
