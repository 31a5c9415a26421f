// One message to lint, as the CLI hands it to the linter (in this thread or a worker's), and what
// linting it gives back. The same function runs in both places, so --threads never changes a finding.
import type * as Crypto from 'node:crypto';
import { duplicateKey } from '../core/batch';
import { lintDocument } from '../core/document';
import type { ResolvedConfig } from '../core/options';
import type { Ruleset } from '../core/rules';
import type { Lang, LintResult, MessageKind } from '../core/types';
import { fileKindFor } from '../directives/directives';
import type * as ParseAt from '../time/parseAt';
import type { RecordRef } from './records';

export interface LintJob {
  filePath: string;
  /** The message; undefined when it could not be read (see error). */
  text?: string;
  error?: string;
  /** A draft about to be sent (stdin, paste): checked against the current time without --at. */
  draft: boolean;
  /** For one record of a file of many: where it is, and what it says of itself. */
  record?: RecordRef;
  at?: string;
  kind?: MessageKind;
  urgent?: boolean;
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
}

export interface JobResult {
  result: LintResult;
  /** A digest of the message for the duplicate check across files (the whole text is not kept). */
  key?: string;
}

export function runJob(job: LintJob, ruleset: Ruleset, config: ResolvedConfig, run: RunOptions): JobResult {
  const base = { filePath: job.filePath, messages: [], errorCount: 0, warningCount: 0, ...(job.record ? { record: job.record } : {}) };
  if (job.error !== undefined || job.text === undefined) return { result: { ...base, fatal: job.error ?? '' } };
  const now = new Date(run.now);
  let at = run.at === undefined ? (job.draft ? now : undefined) : new Date(run.at);
  if (job.at !== undefined) {
    const { parseAt } = require('../time/parseAt') as typeof ParseAt;
    const parsed = parseAt(job.at, now, config.time.timeZone);
    if (!parsed) {
      const line = job.record?.line;
      const fatal = run.lang === 'en' ? `line ${line}: unrecognised send time “${job.at}”` : `第 ${line} 行的发送时间“${job.at}”无法识别`;
      return { result: { ...base, fatal, source: job.text } };
    }
    at = parsed;
  }
  const { findings, problem } = lintDocument(job.text, ruleset, {
    config,
    lang: run.lang,
    kind: job.kind ?? run.kind,
    at,
    urgent: job.urgent || run.urgent,
    now,
    // A record is plain text whatever the file's extension.
    fileKind: job.record ? 'text' : fileKindFor(job.filePath),
    reportUnusedDirectives: run.reportUnusedDisableDirectives,
  });
  if (problem) return { result: { ...base, fatal: problem.message, source: job.text } };
  const key = duplicateKey(job.text);
  return {
    result: { ...base, messages: findings, source: job.text },
    key: key === undefined ? undefined : (require('node:crypto') as typeof Crypto).createHash('sha1').update(key).digest('base64'),
  };
}
