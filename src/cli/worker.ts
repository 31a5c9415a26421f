// A worker thread of the pool (pool.ts): builds the ruleset and configuration once, exactly as the
// main thread did, then lints each chunk of jobs it is posted and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleset } from '../config/dictionaries';
import { loadConfig } from '../config/load';
import { runJob, LintJob } from './jobs';
import type { WorkerSetup } from './pool';

const setup = workerData as WorkerSetup;
const loaded = loadConfig({ cwd: setup.cwd, configPath: setup.configPath });
const config = { ...loaded.config, lang: setup.run.lang, rules: setup.rules };
const ruleset = loadRuleset(config);

parentPort!.on('message', ({ seq, jobs }: { seq: number; jobs: LintJob[] }) => {
  try {
    parentPort!.postMessage({ seq, results: jobs.map((job) => runJob(job, ruleset, config, setup.run)) });
  } catch (e) {
    parentPort!.postMessage({ seq, error: (e as Error).message });
  }
});
