// One message to lint, as the CLI hands it to the linter (in this thread or a worker's), and what
// linting it gives back. The same function runs in both places, so --threads never changes a finding.
import type * as Crypto from 'node:crypto';
import { duplicateFinding, duplicateKey } from '../core/batch';
import { lintDocument, messageText } from '../core/document';
import type { ResolvedConfig } from '../core/options';
import type { Ruleset } from '../core/rules';
import type { Finding, JudgedKind, Lang, LintResult, MessageKind } from '../core/types';
import { FileKind, fileKindFor } from '../directives/directives';
import type * as ParseAt from '../time/parseAt';
import type { TextEncoding } from './encoding';
import type { RecordRef } from './records';

export interface LintJob {
  filePath: string;
  /** The message; undefined when it could not be read (see error). */
  text?: string;
  error?: string;
  /** A draft about to be sent (stdin, paste): checked against the current time without --at. */
  draft: boolean;
  /** How a whole file's bytes were encoded: --fix writes it back the same way. */
  encoding?: TextEncoding;
  /** For one record of a file of many: where it is, and what it says of itself. */
  record?: RecordRef;
  at?: string;
  kind?: MessageKind;
  urgent?: boolean;
  /**
   * The message repeats an earlier one of the run (m2-duplicate-message), named here. Decided in
   * input order before linting (main.ts), so that the finding is linted with its document and its
   * directives reach it, in whichever thread it is linted.
   */
  duplicateOf?: string;
}

/** What every job of a run shares (plain data, so that it can be posted to a worker). */
export interface RunOptions {
  lang: Lang;
  kind?: MessageKind;
  /** --at, as a time stamp. */
  at?: number;
  urgent?: boolean;
  /** The run's "now", as a time stamp. */
  now: number;
  reportUnusedDisableDirectives?: boolean;
  /** false with --no-inline-config. */
  inlineConfig: boolean;
}

export interface JobResult {
  result: LintResult;
}

/** How a job's text is linted: a record is plain text whatever the file's extension. */
export function fileKindOf(job: Pick<LintJob, 'filePath' | 'record'>): FileKind {
  return job.record ? 'text' : fileKindFor(job.filePath);
}

/** Lints `text` as the job's message (its first text, or the text again after fixes). */
export function lintJobText(job: LintJob, text: string, ruleset: Ruleset, config: ResolvedConfig, run: RunOptions): { findings: Finding[]; problem?: { message: string }; judged?: JudgedKind } {
  const now = new Date(run.now);
  let at = run.at === undefined ? (job.draft ? now : undefined) : new Date(run.at);
  if (job.at !== undefined) {
    const { parseAt } = require('../time/parseAt') as typeof ParseAt;
    const parsed = parseAt(job.at, now, config.time.timeZone);
    if (!parsed) {
      const line = job.record?.line;
      return { findings: [], problem: { message: run.lang === 'en' ? `line ${line}: unrecognised send time “${job.at}”` : `第 ${line} 行的发送时间“${job.at}”无法识别` } };
    }
    at = parsed;
  }
  const first = job.duplicateOf;
  return lintDocument(text, ruleset, {
    config,
    lang: run.lang,
    kind: job.kind ?? run.kind,
    at,
    urgent: job.urgent || run.urgent,
    now,
    fileKind: fileKindOf(job),
    reportUnusedDirectives: run.reportUnusedDisableDirectives,
    inlineConfig: run.inlineConfig,
    extraFindings: (blanked) => {
      const duplicate = first === undefined ? undefined : duplicateFinding(blanked, first, ruleset, config, run.lang);
      return duplicate ? [duplicate] : [];
    },
  });
}

export function runJob(job: LintJob, ruleset: Ruleset, config: ResolvedConfig, run: RunOptions): JobResult {
  const base = { filePath: job.filePath, messages: [], errorCount: 0, warningCount: 0, ...(job.record ? { record: job.record } : {}) };
  if (job.error !== undefined || job.text === undefined) return { result: { ...base, fatal: job.error ?? '' } };
  const { findings, problem, judged } = lintJobText(job, job.text, ruleset, config, run);
  if (problem) return { result: { ...base, fatal: problem.message, source: job.text } };
  return { result: { ...base, messages: findings, source: job.text, judged } };
}

/**
 * The duplicate check across a run, one message at a time in input order: the first message with a
 * key is remembered by name, and each later one is told that name. Only a digest of each key is
 * kept, so memory stays small however many messages stream past.
 */
export class DuplicateTracker {
  private readonly firstSeen = new Map<string, string>();
  /** The first key, kept as it is until a second message comes: one message needs no hashing (node:crypto costs ~10 ms of start-up). */
  private onlyKey: { key: string; name: string } | undefined;

  /** The name of the earlier message this text repeats, or undefined (remembering it as the first). */
  check(text: string, fileKind: FileKind, name: string): string | undefined {
    // Judged on what parents read: a directive comment or markup does not make two copies differ.
    const key = duplicateKey(messageText(text, fileKind));
    if (key === undefined) return undefined;
    if (this.firstSeen.size === 0 && this.onlyKey === undefined) {
      this.onlyKey = { key, name };
      return undefined;
    }
    if (this.onlyKey !== undefined) {
      this.firstSeen.set(digestOf(this.onlyKey.key), this.onlyKey.name);
      this.onlyKey = undefined;
    }
    const digest = digestOf(key);
    const first = this.firstSeen.get(digest);
    if (first === undefined) this.firstSeen.set(digest, name);
    return first;
  }
}

function digestOf(key: string): string {
  return (require('node:crypto') as typeof Crypto).createHash('sha1').update(key).digest('base64');
}
