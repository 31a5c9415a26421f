// Lints a stream of jobs on every core: worker threads (node:worker_threads) take chunks of jobs,
// and results are handed on in the order the jobs came, as soon as every earlier one is done. Only
// a bounded number of chunks is read ahead, so memory does not grow with the number of messages.
// A small run never starts a worker (each loads jieba and the dictionaries again: ~0.3 s and
// ~100 MB): when the run is expected to be large, workers lint everything and this thread never
// loads jieba; otherwise this thread lints, and hands over to workers only after POOL_FROM jobs.
import * as path from 'node:path';
import type { Worker as WorkerType } from 'node:worker_threads';
import type { ResolvedConfig } from '../core/options';
import type { SeveritySetting } from '../core/types';
import type { Ruleset } from '../core/rules';
import { JobResult, LintJob, RunOptions, runJob } from './jobs';

/**
 * Jobs linted in this thread before workers are worth starting: a worker costs ~0.3 s of CPU to
 * start, the time of ~2,000 messages, so on two cores the pool wins from some 4,000 messages.
 */
export const POOL_FROM = 2000;
/** Jobs posted to a worker at once: fewer messages between threads, each carrying more. */
const CHUNK = 64;
/** Chunks read ahead per worker (being linted or waiting for an earlier one to be handed on). */
const AHEAD_PER_WORKER = 4;

/** What a worker needs to build the same ruleset and configuration as this thread. */
export interface WorkerSetup {
  cwd: string;
  configPath?: string;
  run: RunOptions;
  /** The rule settings after --rule (the worker's config file does not have them). */
  rules: Record<string, SeveritySetting>;
}

export interface PoolOptions {
  threads: number;
  ruleset: Ruleset;
  config: ResolvedConfig;
  run: RunOptions;
  setup: WorkerSetup;
  /** How many jobs the run is expected to have. */
  expected: number;
}

/** Called with each result and the job it came from, in the order of the jobs. */
export type Emit = (r: JobResult, job: LintJob) => void | Promise<void>;

export async function lintInOrder(jobs: AsyncIterable<LintJob>, opts: PoolOptions, emit: Emit): Promise<void> {
  const it = jobs[Symbol.asyncIterator]();
  let linted = 0;
  for (;;) {
    if (opts.threads > 1 && Math.max(linted, opts.expected) >= POOL_FROM) return lintInWorkers(it, opts, emit);
    const next = await it.next();
    if (next.done) return;
    await emit(runJob(next.value, opts.ruleset, opts.config, opts.run), next.value);
    linted++;
  }
}

interface Answer {
  jobs: LintJob[];
  promise: Promise<JobResult[]>;
  resolve(results: JobResult[]): void;
  reject(e: Error): void;
}

async function lintInWorkers(it: AsyncIterator<LintJob>, opts: PoolOptions, emit: Emit): Promise<void> {
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const workers: WorkerType[] = [];
  const busy: number[] = [];
  // One promise per chunk posted, settled by its worker's answer: the chunks are awaited in order.
  const answers = new Map<number, Answer>();
  const failAll = (e: Error) => {
    for (const answer of answers.values()) answer.reject(e);
  };
  for (let w = 0; w < opts.threads; w++) {
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: opts.setup });
    worker.on('message', (msg: { seq: number; results?: JobResult[]; error?: string }) => {
      busy[w]--;
      const answer = answers.get(msg.seq);
      if (msg.error !== undefined) answer?.reject(new Error(msg.error));
      else answer?.resolve(msg.results!);
    });
    worker.on('error', failAll);
    // A worker that stops with chunks still to answer would leave the run waiting for ever.
    worker.on('exit', (code) => {
      if (busy[w] > 0) failAll(new Error(`worker ${w} stopped (exit code ${code}) with ${busy[w]} chunks unanswered`));
    });
    workers.push(worker);
    busy.push(0);
  }
  const post = (jobs: LintJob[], seq: number) => {
    let resolve!: Answer['resolve'];
    let reject!: Answer['reject'];
    const promise = new Promise<JobResult[]>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined); // awaited in its turn; a failure before then is not unhandled
    answers.set(seq, { jobs, promise, resolve, reject });
    const w = busy.indexOf(Math.min(...busy)); // the least busy worker
    busy[w]++;
    workers[w].postMessage({ seq, jobs });
  };
  try {
    let posted = 0;
    let exhausted = false;
    for (let handed = 0; ; handed++) {
      // Read ahead while there is room.
      while (!exhausted && posted - handed < AHEAD_PER_WORKER * workers.length) {
        const chunk: LintJob[] = [];
        while (chunk.length < CHUNK) {
          const next = await it.next();
          if (next.done) {
            exhausted = true;
            break;
          }
          chunk.push(next.value);
        }
        if (chunk.length) post(chunk, posted++);
      }
      if (handed === posted) return;
      // Hand on the oldest chunk's results as soon as they are in.
      const answer = answers.get(handed)!;
      const results = await answer.promise;
      answers.delete(handed);
      for (let i = 0; i < results.length; i++) await emit(results[i], answer.jobs[i]);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
