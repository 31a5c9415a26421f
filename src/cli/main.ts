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
import { registerHolidaysCommand } from './holidays';
import { Input, readFiles, readStdin } from './inputs';
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
  inlineConfig: boolean;
  stdinFilename?: string;
}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return argv[i + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'zh';
}

export async function main(argv: string[]): Promise<number> {
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
    .action(() => {
      exitCode = initCommand(process.cwd(), lang0);
    });
  registerHolidaysCommand(program, lang0, (code) => {
    exitCode = code;
  });

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

function setup(configPath: string | undefined, langFlag?: string): Setup {
  if (langFlag !== undefined && langFlag !== 'zh' && langFlag !== 'en') throw new UsageError(`--lang 应为 zh 或 en（--lang must be zh or en）`);
  const { config, filepath, skippedScript } = loadConfig({ cwd: process.cwd(), configPath });
  const lang = (langFlag as Lang | undefined) ?? config.lang;
  if (skippedScript) process.stderr.write(`${t('scriptConfigSkipped', lang)}: ${skippedScript} (--config ${skippedScript})\n`);
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
    process.stdout.write(redact(JSON.stringify({ configFile: s.configPath ?? null, ...config }, null, 2)) + '\n');
    return 0;
  }
  if (!isFormatterName(flags.format)) throw new UsageError(`${t('badFormat', lang)} “${flags.format}”（${FORMATTERS.join(', ')}）`);
  if (flags.kind !== undefined && !['notice', 'chat', 'reply'].includes(flags.kind)) throw new UsageError(t('badKind', lang));
  const maxWarnings = nonNegativeInt(flags.maxWarnings, '--max-warnings', lang);
  const at = atOf(flags.at, config.time.timeZone, lang);

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
  if (flags.text !== undefined) inputs.push({ filePath: '<text>', text: flags.text, draft: false });
  if (filePaths.length) {
    const collected = await collectFiles(filePaths, { cwd: process.cwd(), ignorePatterns: flags.ignorePattern ?? [] });
    // -o naming a file being linted would overwrite it with the report: refused before any file is linted.
    const outputFile = flags.outputFile && canonicalPath(flags.outputFile);
    if (outputFile && collected.files.some((f) => canonicalPath(f) === outputFile)) throw new UsageError(`${t('outputIsInput', lang)}: ${flags.outputFile}`);
    for (const skip of collected.skipped) process.stderr.write(redact(`${t('skipped', lang)} ${skip.path}: ${skip.why}\n`));
    for (const problem of collected.problems) inputs.push({ filePath: problem.path, error: problem.message, draft: false });
    inputs.push(...(await readFiles(collected.files)));
  }
  if (wantsStdin) {
    if (process.stdin.isTTY) process.stderr.write(`${t('prompt', lang)}\n`);
    inputs.push(await readStdin(flags.stdinFilename));
  }

  const now = new Date();
  // Judged on what parents read: a directive comment or markup does not make two copies differ.
  const duplicates = duplicatesOf(inputs.map((x) => ({ filePath: x.filePath, text: x.text === undefined ? undefined : messageText(x.text, fileKindFor(x.filePath)) })));
  /** Lints input i's text (again, after fixes): its directives reach the batch's duplicate finding too. */
  const lintInput = (i: number, text: string) => {
    const first = duplicates.get(i);
    const { findings, problem } = lintDocument(text, ruleset, {
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
    return { findings, problem };
  };
  const shown = (m: Finding) => !flags.quiet || m.severity === 2;
  const results: LintResult[] = inputs.map((input, i) => {
    if (input.error !== undefined || input.text === undefined) {
      hadInputProblem = true;
      return { filePath: input.filePath, messages: [], errorCount: 0, warningCount: 0, fatal: input.error };
    }
    const { findings: all, problem } = lintInput(i, input.text);
    const findings = all.filter(shown);
    if (problem) {
      hadInputProblem = true;
      return { filePath: input.filePath, messages: [], errorCount: 0, warningCount: 0, fatal: problem.message, source: input.text };
    }
    return { filePath: input.filePath, messages: findings, errorCount: 0, warningCount: 0, source: input.text };
  });

  let diff = '';
  if (flags.fix || flags.fixDryRun) {
    const dryRun = !flags.fix;
    const fixed = fixResults(results, inputs, { write: !dryRun, lang, ruleset, relint: (i, text) => lintInput(i, text).findings, shown });
    if (fixed.failed) hadInputProblem = true;
    diff = fixed.diff;
    const remaining = results.reduce((n, r) => n + r.messages.length, 0);
    process.stderr.write(`${fixSummaryLine(fixed, remaining, dryRun, lang)}\n`);
  }
  for (const r of results) {
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
  const report =
    (flags.format === 'stylish' && diff ? `${diff}\n` : '') +
    format(flags.format as FormatterName, results, { lang, color, rules: ruleset.rules.map(ruleMeta), cwd: process.cwd(), toolVersion: VERSION });
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
  if (hadInputProblem) return 2;
  if (errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings)) return 1;
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
