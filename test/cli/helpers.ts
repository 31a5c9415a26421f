// Shared by the end-to-end CLI tests: they run the BUILT binary (bin/jiaxiao-lint → dist/cli/bundle.js)
// in a child process, exactly as a user would, so they also prove the build's module format
// (CommonJS, chalk 4) works. `npm test` builds first; otherwise run `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'jiaxiao-lint');
export const DIST_MAIN = join(ROOT, 'dist', 'cli', 'main.js');
/** What the binary loads: main.js and our modules in one file, and its V8 code cache (scripts/build-cli.mjs). */
export const BUNDLE = join(ROOT, 'dist', 'cli', 'bundle.js');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Every run of this test file, so that one test can check no stderr ever holds a stack trace. */
export const runs: Array<{ args: string[]; result: RunResult }> = [];

/** Fails with a clear instruction when the build is missing (call from beforeAll). */
export function assertBuilt(): void {
  for (const built of [DIST_MAIN, BUNDLE]) {
    if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` first (\`npm test\` builds before running jest).`);
  }
}

/** NO_COLOR as the brief says; FORCE_COLOR dropped so that a CI setting cannot colour the output. */
const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete childEnv.FORCE_COLOR;

/** `env` adds to the child's environment (NODE_OPTIONS to preload a fault injector, say). */
export function run(args: string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...childEnv, ...opts.env },
    timeout: 30_000,
  });
  if (r.error) throw r.error;
  const result = { status: r.status, stdout: r.stdout, stderr: r.stderr };
  runs.push({ args, result });
  return result;
}

/** A fresh temp dir with the given files (relative path → content); returns its path. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'jiaxiao-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * For a test file: checks the build before its tests and removes its temp dirs after them; returns
 * `dirWith(files)`, a fresh temp dir with those files.
 */
export function useTempDirs(): (files: Record<string, string>) => string {
  const dirs: string[] = [];
  beforeAll(() => assertBuilt());
  afterAll(() => dirs.forEach(removeDir));
  return (files) => {
    const d = tempDir(files);
    dirs.push(d);
    return d;
  };
}

/** A stack frame line as Node prints it. */
export const STACK_FRAME = /^ {4}at /m;

/** Runs that printed a stack trace on stderr (should be none). Declare it last in a file: it reads the runs so far. */
export function runsWithStackTraces(): string[] {
  if (runs.length === 0) throw new Error('runsWithStackTraces() ran before any CLI run: declare its test last');
  return runs.filter((r) => STACK_FRAME.test(r.result.stderr)).map((r) => `jiaxiao-lint ${r.args.join(' ')}\n${r.result.stderr}`);
}

/** A compliant notice: salutation, concrete date, signature, sent in working hours. */
export const CLEAN_NOTICE = [
  '各位家长：',
  '',
  '本周五（2026年11月27日）下午3点在学校礼堂召开家长会，请准时参加。',
  '',
  '三年级二班 班主任',
  '2026年11月24日',
  '',
].join('\n');

/** A Wednesday morning in Beijing: working time, so N1 stays quiet for stdin drafts. */
export const WORKING_TIME = '2026-11-25T10:00:00+08:00';

/** Publishes a ranking (n2-ranking, n2-scores: errors). */
export const RANKING_TEXT = '成绩排名第一名的是张三。';

export const PHONE = '13912345678';
/** Only a warning (n5-mobile). */
export const PHONE_TEXT = `有事请联系${PHONE}。`;

export interface JsonResult {
  filePath: string;
  /** One record of a file of many (JSONL, CSV). */
  record?: { line: number; id?: string };
  messages: Array<{ ruleId: string; severity: number; message: string; line: number; column: number }>;
  errorCount: number;
  warningCount: number;
  fatal?: string;
  source?: string;
  output?: string;
}

export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

export const ruleIds = (r: JsonResult[]) => r.flatMap((x) => x.messages.map((m) => m.ruleId));
