// The ingest queue, kept in the corpus's PostgreSQL database beside the documents (its tables are the store's
// migration 2): a batch handed in (POST /api/ingest, `npm run ingest -- --queue`) is a row in ingest_batches and a
// job per document in ingest_jobs, which `npm run worker` processes take, on any machine.
//
// A worker claims jobs with SELECT … FOR UPDATE SKIP LOCKED (two workers never take the same job at once) and
// holds each until a visibility deadline, which it pushes on while it works (its heartbeat). A worker that dies
// (kill -9, its machine lost) stops pushing: once the deadline passes the job is claimable again, and another
// worker takes it up. A job that fails for a reason that may pass (the database unreachable, a worker thread
// lost) is tried again after a back-off that doubles each time, up to a number of attempts; one that fails for a
// reason of its own (its text refused, an id another text holds, too complex to read) fails at once with that
// reason. Either way it fails alone: the batch's other documents go on. A document the corpus holds already (by
// its exact text) is done, not failed — so a job run twice (its worker was thought dead but was only slow)
// still keeps its document once.
//
// Workers wake at once when there is work: every change that makes a job due (a batch handed in, jobs given
// back, a retry queued) is notified on the channel `dateline_jobs`, which each worker LISTENs on; an idle worker
// otherwise sleeps until the earliest job falls due (a back-off over, a dead worker's deadline passed), or for
// its slow poll at most, which stays as the fallback for a notification lost.
//
// Why not pg-boss: its maintained line (12) needs Node 22.12, this app runs on Node 20; the line that runs on
// Node 20 (10) no longer receives fixes. The queue this app needs is small — claim, heartbeat, finish, retry —
// and kept by the same migrations, pool and errors as the store.
import { randomBytes, randomUUID } from 'node:crypto';
import type { ExtractInput } from '../extract/index';
import type { Extraction } from '../model/schema';
import { StoreError } from './contract';
import { ChannelListener } from './listen';
import { type PostgresStore, asStoreError } from './postgres';

/** What a job keeps: a document to read, or an Extraction made elsewhere to keep as it is. */
export type JobPayload = (
  { kind: 'input'; input: ExtractInput } | { kind: 'extraction'; extraction: Extraction }
) & {
  /** Where it came from (the CLI's file and line), named in its failure's reason. */
  label?: string;
};

/** One line (or item) of a batch as it arrived: a document, or the reason it was refused. */
export type Intake = { line: number; payload: JobPayload } | { line: number; reason: string };

export interface BatchProgress {
  id: string;
  /** queued: no job taken yet; running: some taken, some remain; done: none remains (some may have failed). */
  state: 'queued' | 'running' | 'done';
  total: number;
  /** Kept, or kept already (a text the corpus held: `skipped` of them). */
  done: number;
  skipped: number;
  /** By line, with the reason. */
  failed: { line: number; reason: string }[];
  remaining: number;
  created: string;
  /** Once done: the document each line was kept as (or found kept as), by line. */
  kept?: { line: number; id: string }[];
}

export interface ClaimedJob {
  batchId: string;
  line: number;
  payload: JobPayload | null;
  /** This claim's token: finishing the job needs it, so a worker whose claim was taken over cannot finish it. */
  claim: string;
  /** This one included. */
  attempts: number;
}

export interface QueueOptions {
  /** How long a claimed job stays a worker's without a heartbeat (DATELINE_JOB_TIMEOUT_MS, default 60,000). */
  visibilityMs?: number;
  /** Attempts at most before a job that keeps failing for a passing reason fails (DATELINE_JOB_ATTEMPTS, default 5). */
  maxAttempts?: number;
  /** The first back-off, doubled at each further attempt, at most 5 minutes (DATELINE_JOB_BACKOFF_MS, default 2,000). */
  backoffMs?: number;
}

const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const MAX_BACKOFF_MS = 5 * 60_000;
/** A batch id: what GET /api/jobs/:id takes. */
export const BATCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Rows inserted per statement when a batch is enqueued. */
const CHUNK = 500;
/** The channel that tells workers a job may be due: notified by enqueue, release and a retry queued. */
export const JOBS_CHANNEL = 'dateline_jobs';
const notifyJobs = (c: { query: (sql: string, params: unknown[]) => Promise<unknown> }, why: string) =>
  c.query('SELECT pg_notify($1, $2)', [JOBS_CHANNEL, why]);

export class IngestQueue {
  readonly visibilityMs: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;

  constructor(
    readonly store: PostgresStore,
    opts: QueueOptions = {},
  ) {
    this.visibilityMs = opts.visibilityMs ?? envNumber('DATELINE_JOB_TIMEOUT_MS', 60_000);
    this.maxAttempts = Math.floor(opts.maxAttempts ?? envNumber('DATELINE_JOB_ATTEMPTS', 5));
    this.backoffMs = opts.backoffMs ?? envNumber('DATELINE_JOB_BACKOFF_MS', 2_000);
  }

  /** Runs once the store is migrated, with the database's failures as StoreErrors (503 when it is not there). */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      await this.store.ready();
      return await fn();
    } catch (e) {
      throw asStoreError(e);
    }
  }

  /** A batch and its jobs, in one transaction: all of it is queued, or none. A line refused on arrival is a job
   *  failed from the start, so the batch's progress reports it with the others. */
  async enqueue(items: Intake[], source: string): Promise<{ id: string; total: number }> {
    if (!items.length) throw new StoreError(400, 'empty_batch', 'The batch holds no document.');
    const id = randomUUID();
    await this.call(async () => {
      const c = await this.store.pool.connect();
      let broken = false;
      try {
        await c.query('BEGIN');
        await c.query('INSERT INTO ingest_batches (id, source, total) VALUES ($1, $2, $3)', [
          id,
          source,
          items.length,
        ]);
        for (let i = 0; i < items.length; i += CHUNK) {
          const part = items.slice(i, i + CHUNK);
          await c.query(
            `INSERT INTO ingest_jobs (batch_id, line, payload, state, reason, finished_at)
             SELECT $1, line, payload, CASE WHEN reason IS NULL THEN 'queued' ELSE 'failed' END, reason,
                    CASE WHEN reason IS NULL THEN NULL ELSE now() END
             FROM unnest($2::int[], $3::text[], $4::text[]) AS t(line, payload, reason)`,
            [
              id,
              part.map((x) => x.line),
              part.map((x) => ('payload' in x ? JSON.stringify(x.payload) : null)),
              part.map((x) => ('reason' in x ? x.reason : null)),
            ],
          );
        }
        // Told to the workers when the batch commits.
        if (items.some((x) => 'payload' in x)) await notifyJobs(c, id);
        await c.query('COMMIT');
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw e;
      } finally {
        c.release(broken);
      }
    });
    return { id, total: items.length };
  }

  /** A batch's progress, or null when there is no such batch. */
  async progress(id: string): Promise<BatchProgress | null> {
    if (!BATCH_ID.test(id)) return null;
    return this.call(async () => {
      const batch = (
        await this.store.pool.query<{ total: number; created_at: Date }>(
          'SELECT total, created_at FROM ingest_batches WHERE id = $1',
          [id],
        )
      ).rows[0];
      if (!batch) return null;
      const counts = (
        await this.store.pool.query<{ done: number; skipped: number; remaining: number; taken: number }>(
          `SELECT count(*) FILTER (WHERE state = 'done')::int AS done,
                  count(*) FILTER (WHERE state = 'done' AND reason IS NOT NULL)::int AS skipped,
                  count(*) FILTER (WHERE state IN ('queued', 'active'))::int AS remaining,
                  count(*) FILTER (WHERE attempts > 0)::int AS taken
           FROM ingest_jobs WHERE batch_id = $1`,
          [id],
        )
      ).rows[0]!;
      const failed = (
        await this.store.pool.query<{ line: number; reason: string }>(
          "SELECT line, reason FROM ingest_jobs WHERE batch_id = $1 AND state = 'failed' ORDER BY line",
          [id],
        )
      ).rows;
      const kept =
        counts.remaining === 0
          ? (
              await this.store.pool.query<{ line: number; id: string }>(
                "SELECT line, doc_id AS id FROM ingest_jobs WHERE batch_id = $1 AND state = 'done' ORDER BY line",
                [id],
              )
            ).rows
          : undefined;
      return {
        id,
        state: counts.remaining === 0 ? 'done' : counts.taken > 0 ? 'running' : 'queued',
        total: batch.total,
        done: counts.done,
        skipped: counts.skipped,
        failed,
        remaining: counts.remaining,
        created: batch.created_at.toISOString(),
        ...(kept ? { kept } : {}),
      };
    });
  }

  /**
   * Up to `n` jobs for this worker, oldest due first: queued ones whose back-off has passed, and claimed ones
   * whose worker let the deadline pass (it died). Each is this worker's until now + the visibility timeout. A job
   * whose workers died with it as many times as it may be attempted fails, rather than taking down every worker.
   */
  async claim(worker: string, n: number): Promise<ClaimedJob[]> {
    return this.call(async () => {
      await this.store.pool.query(
        `UPDATE ingest_jobs SET state = 'failed', claim = NULL, payload = NULL, finished_at = now(),
           reason = 'its worker stopped without finishing it ' || attempts || ' times (no word from it for ' || $2::text || ' s each time)'
         WHERE state = 'active' AND run_after <= now() AND attempts >= $1`,
        [this.maxAttempts, (this.visibilityMs / 1000).toFixed(1)],
      );
      const claim = randomBytes(12).toString('hex');
      const rows = (
        await this.store.pool.query<{
          batch_id: string;
          line: number;
          payload: string | null;
          attempts: number;
        }>(
          `WITH next AS (
             SELECT batch_id, line FROM ingest_jobs
             WHERE state IN ('queued', 'active') AND run_after <= now()
             ORDER BY run_after, batch_id, line
             LIMIT $1 FOR UPDATE SKIP LOCKED)
           UPDATE ingest_jobs j
           SET state = 'active', attempts = j.attempts + 1, claim = $2, worker = $3,
               run_after = now() + make_interval(secs => $4::float8 / 1000)
           FROM next WHERE j.batch_id = next.batch_id AND j.line = next.line
           RETURNING j.batch_id, j.line, j.payload, j.attempts`,
          [Math.max(1, n), claim, worker.slice(0, 200), this.visibilityMs],
        )
      ).rows;
      return rows.map((r) => {
        let payload: JobPayload | null = null;
        try {
          payload = r.payload ? (JSON.parse(r.payload) as JobPayload) : null;
        } catch {
          payload = null;
        }
        return { batchId: r.batch_id, line: r.line, payload, claim, attempts: r.attempts };
      });
    });
  }

  /** The worker is alive and still working on these: their deadlines pushed on. */
  async heartbeat(jobs: readonly ClaimedJob[]): Promise<void> {
    if (!jobs.length) return;
    await this.call(() =>
      this.store.pool.query(
        `UPDATE ingest_jobs j SET run_after = now() + make_interval(secs => $4::float8 / 1000)
         FROM unnest($1::text[], $2::int[], $3::text[]) AS t(batch_id, line, claim)
         WHERE j.batch_id = t.batch_id AND j.line = t.line AND j.claim = t.claim AND j.state = 'active'`,
        [jobs.map((j) => j.batchId), jobs.map((j) => j.line), jobs.map((j) => j.claim), this.visibilityMs],
      ),
    );
  }

  /** Kept as `docId` (`already`: the corpus held the text before). False when the claim was no longer this
   *  worker's (another took the job over): the document is kept all the same, once. */
  async complete(job: ClaimedJob, docId: string, already = false): Promise<boolean> {
    return this.call(async () => {
      const r = await this.store.pool.query(
        `UPDATE ingest_jobs SET state = 'done', doc_id = $4, reason = $5, claim = NULL, payload = NULL, finished_at = now()
         WHERE batch_id = $1 AND line = $2 AND claim = $3 AND state = 'active'`,
        [job.batchId, job.line, job.claim, docId, already ? `kept already, as document "${docId}"` : null],
      );
      return (r.rowCount ?? 0) > 0;
    });
  }

  /** A failure: for a reason that may pass (`retry`), queued again after the back-off unless this was its last
   *  attempt; otherwise failed, with the reason. Answers what became of the job. */
  async fail(job: ClaimedJob, reason: string, retry: boolean): Promise<'retried' | 'failed' | 'lost'> {
    const again = retry && job.attempts < this.maxAttempts;
    const wait =
      Math.min(MAX_BACKOFF_MS, this.backoffMs * 2 ** (job.attempts - 1)) * (1 + Math.random() * 0.2);
    const why = retry && !again ? `${reason} (after ${job.attempts} attempts)` : reason;
    return this.call(async () => {
      const r = again
        ? await this.store.pool.query(
            `UPDATE ingest_jobs SET state = 'queued', reason = $4, claim = NULL,
               run_after = now() + make_interval(secs => $5::float8 / 1000)
             WHERE batch_id = $1 AND line = $2 AND claim = $3 AND state = 'active'`,
            [job.batchId, job.line, job.claim, why.slice(0, 2000), wait],
          )
        : await this.store.pool.query(
            `UPDATE ingest_jobs SET state = 'failed', reason = $4, claim = NULL, payload = NULL, finished_at = now()
             WHERE batch_id = $1 AND line = $2 AND claim = $3 AND state = 'active'`,
            [job.batchId, job.line, job.claim, why.slice(0, 2000)],
          );
      if (again && r.rowCount) await notifyJobs(this.store.pool, `${job.batchId}:${job.line}`);
      return (r.rowCount ?? 0) === 0 ? 'lost' : again ? 'retried' : 'failed';
    });
  }

  /** How long until the earliest unfinished job is due (0: one is due now), or null when none is left: a queued
   *  job's back-off, or a claimed one's deadline (its worker may have died). */
  async nextDueMs(): Promise<number | null> {
    return this.call(async () => {
      const r = (
        await this.store.pool.query<{ ms: number | null }>(
          `SELECT (EXTRACT(EPOCH FROM (MIN(run_after) - now())) * 1000)::float8 AS ms
           FROM ingest_jobs WHERE state IN ('queued', 'active')`,
        )
      ).rows[0];
      return r?.ms == null ? null : Math.max(0, r.ms);
    });
  }

  /** Told (`onWake`) whenever a job may have become due: a batch handed in, jobs given back, a retry queued —
   *  and each time the connection that listens is opened (again), since what was notified while it was closed
   *  is lost. The connection is opened again a second after it is lost; close() ends it. */
  listen(onWake: () => void): ChannelListener {
    const l = new ChannelListener(this.store.url, JOBS_CHANNEL, {
      application_name: 'dateline-worker-listen',
      onNotify: onWake,
      onConnect: onWake,
    });
    void l.start();
    return l;
  }

  /** Batches handed in more than `keepDays` ago whose jobs are all finished: forgotten (their progress then
   *  404). A finished job's document is not kept in the queue (its payload is dropped when it finishes). */
  async prune(keepDays = envNumber('DATELINE_JOB_KEEP_DAYS', 30)): Promise<number> {
    return this.call(async () => {
      const r = await this.store.pool.query(
        `DELETE FROM ingest_batches b WHERE b.created_at < now() - make_interval(secs => $1::float8 * 86400)
           AND NOT EXISTS (SELECT 1 FROM ingest_jobs j WHERE j.batch_id = b.id AND j.state IN ('queued', 'active'))`,
        [keepDays],
      );
      return r.rowCount ?? 0;
    });
  }

  /** Jobs this worker holds but will not finish (it is stopping): claimable again at once, the attempt not
   *  counted. */
  async release(jobs: readonly ClaimedJob[]): Promise<void> {
    if (!jobs.length) return;
    await this.call(() =>
      this.store.pool.query(
        `UPDATE ingest_jobs j SET state = 'queued', claim = NULL, run_after = now(), attempts = GREATEST(0, j.attempts - 1)
         FROM unnest($1::text[], $2::int[], $3::text[]) AS t(batch_id, line, claim)
         WHERE j.batch_id = t.batch_id AND j.line = t.line AND j.claim = t.claim AND j.state = 'active'`,
        [jobs.map((j) => j.batchId), jobs.map((j) => j.line), jobs.map((j) => j.claim)],
      ),
    );
    // Another worker may take them now.
    await this.call(() => notifyJobs(this.store.pool, 'released'));
  }
}
