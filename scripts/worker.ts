// CLI: npm run worker [-- --jobs N] [--quiet]
// An ingest worker: takes the jobs queued in PostgreSQL (POST /api/ingest, npm run ingest -- --queue), reads each
// document on this machine's cores (--jobs extraction threads, default one per core, each document under
// DATELINE_EXTRACT_BUDGET_MS, default 60,000) and keeps it in the corpus at DATELINE_DATABASE_URL. Run as many as
// you like, on any machines that reach the database: two never take the same job, and the jobs of one that dies
// are taken up by another once DATELINE_JOB_TIMEOUT_MS (60,000) passes without word from it. SIGTERM or SIGINT:
// it takes no more jobs, finishes those it holds (for at most DATELINE_WORKER_GRACE_MS, 30,000; what is left
// then is given back to the queue) and exits 0; a second signal gives them back at once.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../lib/server/corpus';
import { IngestWorker } from '../lib/server/ingest-worker';
import { ExtractPool, WORKER_SCRIPT } from '../lib/server/pool';
import { PostgresStore, redactUrl } from '../lib/storage/postgres';
import { IngestQueue } from '../lib/storage/queue';

const USAGE = 'usage: npm run worker [-- --jobs N] [--quiet]';
function fail(message: string): never {
  process.stderr.write(`worker: ${message}\n`);
  process.exit(2);
}
let values;
try {
  values = parseArgs({
    options: { jobs: { type: 'string' }, quiet: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (e) {
  fail(`${(e as Error).message}; ${USAGE}`);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const url = process.env.DATELINE_DATABASE_URL?.trim();
if (!url || !/^postgres(ql)?:\/\//.test(url))
  fail(
    "set DATELINE_DATABASE_URL to the corpus's PostgreSQL database (postgres://…): the queue is kept there",
  );
const cores = os.availableParallelism?.() ?? os.cpus().length;
const jobs = values.jobs === undefined ? Math.max(1, cores) : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
  fail(`--jobs is a whole number from 1 to 64, not "${values.jobs}"`);

const pool = new ExtractPool({
  script: process.env.DATELINE_WORKER_SCRIPT || WORKER_SCRIPT,
  size: jobs,
  queue: jobs * 4,
  budgetMs: Number(process.env.DATELINE_EXTRACT_BUDGET_MS) || 60_000,
  warn: true,
});
// A worker answers no views: it does not follow the other servers' writes (no copy of the index in memory).
const store = new PostgresStore(url, {
  seed: loadCorpus(),
  extractor: (input) => pool.extract(input),
  follow: false,
});
const queue = new IngestQueue(store);
const log = (line: string) => {
  if (!values.quiet || !line.startsWith('kept')) process.stderr.write(`worker: ${line}\n`);
};
const worker = new IngestWorker(queue, {
  concurrency: Number(process.env.DATELINE_WORKER_JOBS) || jobs * 2,
  log,
});

let stopping: Promise<void> | null = null;
const stop = (signal: string) => {
  if (stopping) {
    // A second signal: what is held goes back to the queue now.
    log(`${signal} again: giving back what is held`);
    void worker.stop(0).finally(() => process.exit(0));
    return;
  }
  log(`${signal}: finishing the jobs held, taking no more`);
  stopping = worker.stop(Number(process.env.DATELINE_WORKER_GRACE_MS) || 30_000).then(async () => {
    await store.close().catch(() => undefined);
    await pool.close();
    const c = worker.counts;
    log(`stopped: ${c.done} kept, ${c.failed} failed, ${c.retried} to retry`);
    process.exit(0);
  });
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));

log(`${worker.name} taking jobs from ${redactUrl(url)} (${jobs} extraction thread${jobs === 1 ? '' : 's'})`);
worker.start();
