// An ingest worker: takes jobs from the queue (lib/storage/queue.ts), reads each document (the store's extractor:
// the worker's pool of extraction threads) and keeps it through the PostgreSQL store, as many at once as it has
// room for. It pushes on the deadlines of the jobs it holds while it works, so only a worker that died loses its
// jobs to another. It wakes at once when a job is handed in (LISTEN on the queue's channel), else sleeps until the
// earliest job falls due (a back-off over, a dead worker's deadline passed) or, at most, for its slow poll.
// `npm run worker` (scripts/worker.ts) runs one; the tests run them in-process.
import os from 'node:os';
import { ExtractInputError } from '../extract/index';
import { StoreError } from '../storage/contract';
import type { ChannelListener } from '../storage/listen';
import type { ClaimedJob, IngestQueue } from '../storage/queue';
import { TooComplexError } from './pool';

export interface WorkerOptions {
  /** Its name in the queue (which worker holds a job): host and pid by default. */
  name?: string;
  /** Jobs held at once (DATELINE_WORKER_JOBS; by default twice the extraction threads). */
  concurrency?: number;
  /** The longest an idle worker waits before asking again, should a notification be lost: it is woken at once
   *  by new jobs, and when the earliest job falls due (DATELINE_WORKER_POLL_MS, default 10,000). */
  pollMs?: number;
  /** What it did, for its log. */
  log?: (line: string) => void;
}

/** Why a job failed, and whether the reason may pass (then it is tried again). */
export function failureOf(e: unknown): { reason: string; retry: boolean } {
  const message = e instanceof Error ? e.message : String(e);
  // The document itself: its text or metadata refused, too complex to read, an id another text holds.
  if (e instanceof ExtractInputError) return { reason: message, retry: false };
  if (e instanceof TooComplexError) return { reason: message, retry: false };
  if (e instanceof StoreError) return { reason: message, retry: e.status >= 500 };
  // Anything else (a lost connection, a worker thread that stopped): it may pass.
  return { reason: message || 'an unknown error', retry: true };
}

export class IngestWorker {
  readonly name: string;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly log: (line: string) => void;
  private readonly held = new Map<string, ClaimedJob>();
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private loop: Promise<void> | null = null;
  private beat: NodeJS.Timeout | null = null;
  private pruning: NodeJS.Timeout | null = null;
  private wake: (() => void) | null = null;
  /** Woken since the loop last asked for jobs: it asks again before sleeping. */
  private woken = false;
  private listener: ChannelListener | null = null;
  /** Jobs this worker finished: kept (or kept already), failed, retried later. */
  readonly counts = { done: 0, failed: 0, retried: 0 };

  constructor(
    readonly queue: IngestQueue,
    opts: WorkerOptions = {},
  ) {
    this.name = opts.name ?? `${os.hostname()}:${process.pid}`;
    this.concurrency = Math.max(1, opts.concurrency ?? (Number(process.env.DATELINE_WORKER_JOBS) || 4));
    this.pollMs = Math.max(10, opts.pollMs ?? (Number(process.env.DATELINE_WORKER_POLL_MS) || 10_000));
    this.log = opts.log ?? (() => undefined);
  }

  /** Whether it listens for jobs handed in now (its connection to the queue's channel is open). */
  get listening(): boolean {
    return this.listener?.listening ?? false;
  }

  /** Starts taking jobs (until stop()). */
  start(): this {
    if (this.loop) return this;
    // The deadlines of held jobs pushed on three times per visibility timeout.
    this.beat = setInterval(
      () => {
        void this.queue.heartbeat([...this.held.values()]).catch(() => undefined);
      },
      Math.max(50, this.queue.visibilityMs / 3),
    );
    // Old finished batches forgotten now and every hour (DATELINE_JOB_KEEP_DAYS).
    const prune = () => void this.queue.prune().catch(() => undefined);
    prune();
    this.pruning = setInterval(prune, 3_600_000);
    this.pruning.unref();
    // Woken when a job may have become due (and when the connection that listens is opened again).
    this.listener = this.queue.listen(() => this.wakeUp());
    this.loop = this.run();
    return this;
  }

  /** Ask for jobs now (or as soon as the loop is done with what it is doing). */
  private wakeUp() {
    this.woken = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      const room = this.concurrency - this.running.size;
      let jobs: ClaimedJob[] = [];
      let reached = true;
      if (room > 0) {
        try {
          jobs = await this.queue.claim(this.name, room);
        } catch (e) {
          reached = false;
          this.log(`cannot take jobs: ${(e as Error).message}`);
        }
      }
      if (this.stopping) {
        // Taken while stopping: given back at once.
        await this.queue.release(jobs).catch(() => undefined);
        break;
      }
      for (const job of jobs) {
        this.held.set(`${job.batchId}:${job.line}`, job);
        const p: Promise<void> = this.process(job).finally(() => {
          this.held.delete(`${job.batchId}:${job.line}`);
          this.running.delete(p);
          this.wakeUp();
        });
        this.running.add(p);
      }
      if (jobs.length > 0 && this.running.size < this.concurrency) continue;
      // Full: until a job finishes. Room left and nothing due: until woken (a job handed in), the earliest job
      // falls due, or the slow poll.
      let wait = jobs.length > 0 ? 60_000 : this.pollMs;
      if (jobs.length === 0 && room > 0 && reached) {
        const due = await this.queue.nextDueMs().catch(() => null);
        // Due now but not claimed (another worker is claiming it): a moment, not a busy loop.
        if (due !== null) wait = Math.min(wait, Math.max(50, due + 20));
      }
      if (this.woken || this.stopping) continue;
      await this.pause(wait);
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }

  private async process(job: ClaimedJob): Promise<void> {
    const store = this.queue.store;
    const where = `batch ${job.batchId} line ${job.line}`;
    try {
      const p = job.payload;
      if (!p || (p.kind !== 'input' && p.kind !== 'extraction'))
        throw new StoreError(400, 'bad_job', 'the job holds no document');
      const text = p.kind === 'extraction' ? p.extraction.document.text : p.input.text;
      // Kept already (an earlier attempt that was cut off after its commit, or the same text twice): done.
      const already = await store.keptAs(text);
      if (already) {
        await this.queue.complete(job, already, true);
        this.counts.done++;
        return;
      }
      let id: string;
      try {
        id = p.kind === 'extraction' ? await store.keepExtraction(p.extraction) : await store.keep(p.input);
      } catch (e) {
        // Kept at the same moment by another worker (this job's claim had passed to it): done, once.
        const other = e instanceof StoreError && e.code === 'exists' ? await store.keptAs(text) : null;
        if (!other) throw e;
        await this.queue.complete(job, other, true);
        this.counts.done++;
        return;
      }
      await this.queue.complete(job, id);
      this.counts.done++;
      this.log(`kept ${where}: ${id}`);
    } catch (e) {
      const failure = failureOf(e);
      const { retry } = failure;
      const reason = job.payload?.label ? `${job.payload.label}: ${failure.reason}` : failure.reason;
      const became = await this.queue.fail(job, reason, retry).catch(() => 'lost' as const);
      if (became === 'retried') this.counts.retried++;
      if (became === 'failed') this.counts.failed++;
      this.log(`${became === 'retried' ? 'will retry' : became} ${where}: ${reason}`);
    }
  }

  /**
   * Stops taking jobs and lets those it holds finish, for at most `graceMs`; any still unfinished then are given
   * back to the queue at once (another worker takes them), and their work here is left to end unheeded.
   */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    await this.listener?.close();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.all([...this.running]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(timer);
    if (this.beat) clearInterval(this.beat);
    if (this.pruning) clearInterval(this.pruning);
    await this.queue.release([...this.held.values()]).catch(() => undefined);
  }
}
