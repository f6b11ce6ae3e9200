// Extraction off the event loop: a pool of worker threads, each reading one document at a time under a time
// budget. A document over its budget ends its worker (a fresh one takes its place) and fails as too complex
// (422); when every worker is busy and the queue is full the request is turned away at once (503 with
// Retry-After) rather than left waiting. The server's routes, the store and the ingest CLI all extract here.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ExtractInputError, type ExtractInput, extract } from '../extract/index';
import type { Extraction } from '../model/schema';
import type { Job, Outcome } from './extract-worker';

/** A document whose extraction ran over the budget: it is refused, not retried. */
export class TooComplexError extends Error {
  readonly status = 422;
  readonly code = 'too_complex';
}

/** Every worker is busy and the queue is full: try again shortly. */
export class PoolBusyError extends Error {
  readonly status = 503;
  readonly code = 'busy';
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
  }
}

export interface PoolOptions {
  /** The bundled worker (scripts/build-worker.mjs); without it extraction runs in this thread, unbounded. */
  script: string;
  size: number;
  /** Jobs waiting for a worker at most; one more is refused. */
  queue: number;
  /** Milliseconds one document may take. */
  budgetMs: number;
  /** Say so on stderr when the worker bundle is missing (the server does; the CLI has no need to). */
  warn?: boolean;
}

interface Pending {
  job: Job;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded the engine: a job's budget starts when it is handed to a ready worker. */
  ready: boolean;
  current: (Pending & { timer: NodeJS.Timeout | null }) | null;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Pending[] = [];
  private next = 1;
  private closed = false;
  private warned = false;

  constructor(readonly options: PoolOptions) {}

  /** How many documents are being read and waiting now. */
  load(): { busy: number; waiting: number; size: number } {
    return { busy: this.slots.filter((s) => s.current).length, waiting: this.waiting.length, size: this.options.size };
  }

  extract(input: ExtractInput): Promise<Extraction> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    if (!existsSync(this.options.script)) {
      if (!this.warned && this.options.warn !== false) console.warn(`dateline: ${this.options.script} is missing (run npm run build): extracting in the server's own thread, without a time budget`);
      this.warned = true;
      try {
        return Promise.resolve(extract(input));
      } catch (e) {
        return Promise.reject(e as Error);
      }
    }
    return new Promise<Extraction>((resolve, reject) => {
      const pending: Pending = { job: { id: this.next++, input }, resolve, reject };
      const free = this.freeSlot();
      if (free) return this.run(free, pending);
      if (this.waiting.length >= this.options.queue) {
        const seconds = Math.max(1, Math.ceil(this.options.budgetMs / 1000 / 4));
        return reject(new PoolBusyError(`Every extraction worker is busy (${this.options.size} working, ${this.waiting.length} waiting): try again in ${seconds} s.`, seconds));
      }
      this.waiting.push(pending);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new Error('the extraction pool is closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private freeSlot(): Slot | undefined {
    const idle = this.slots.find((s) => !s.current);
    if (idle) return idle;
    if (this.slots.length < this.options.size) return this.spawn();
    return undefined;
  }

  private spawn(): Slot {
    // A worker's heap is bounded too: one document cannot take the machine's memory.
    const worker = new Worker(this.options.script, { resourceLimits: { maxOldGenerationSizeMb: 1536 } });
    const slot: Slot = { worker, ready: false, current: null };
    worker.on('message', (out: Outcome) => {
      if ('ready' in out) {
        slot.ready = true;
        if (slot.current) this.start(slot);
        return;
      }
      const c = slot.current;
      if (!c || c.job.id !== out.id) return;
      if (c.timer) clearTimeout(c.timer);
      slot.current = null;
      if (out.ok) c.resolve(out.extraction);
      else c.reject(out.error.input ? new ExtractInputError(out.error.message, out.error.field) : new Error(out.error.message));
      this.drain(slot);
    });
    const lost = (why: string) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // already replaced
      this.slots.splice(i, 1);
      const c = slot.current;
      slot.current = null;
      if (c) {
        if (c.timer) clearTimeout(c.timer);
        c.reject(new Error(`the extraction worker stopped (${why})`));
      }
      if (!this.closed && this.waiting.length) {
        const fresh = this.freeSlot();
        if (fresh) this.drain(fresh);
      }
    };
    worker.on('error', (e) => lost(e.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private run(slot: Slot, p: Pending) {
    slot.current = { ...p, timer: null };
    if (slot.ready) this.start(slot);
  }

  /** Hands the slot's job to its ready worker, and starts the job's budget. */
  private start(slot: Slot) {
    const p = slot.current!;
    p.timer = setTimeout(() => {
      // Over budget: the worker is ended mid-document and replaced; the document fails alone.
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots.splice(i, 1);
      slot.current = null;
      void slot.worker.terminate();
      const limit = (this.options.budgetMs / 1000).toFixed(1);
      p.reject(new TooComplexError(`Reading this document took longer than ${limit} s, the limit for one document: split it, or shorten it.`));
      const fresh = this.waiting.length ? this.freeSlot() : undefined;
      if (fresh) this.drain(fresh);
    }, this.options.budgetMs);
    slot.worker.postMessage(p.job);
  }

  private drain(slot: Slot) {
    const p = this.waiting.shift();
    if (p) this.run(slot, p);
  }
}

/** The bundled worker's path in a checkout (built by `npm run build`). */
export const WORKER_SCRIPT = path.join(/*turbopackIgnore: true*/ process.cwd(), 'dist', 'extract-worker.mjs');

let shared: ExtractPool | undefined;

/** The server's pool: DATELINE_WORKERS threads (default: one per core), DATELINE_EXTRACT_BUDGET_MS per document
 *  (default 20 000), DATELINE_EXTRACT_QUEUE waiting at most (default 64 per worker: a newsroom batch of fifty uploads at once all wait their turn). */
export function getPool(): ExtractPool {
  if (!shared) {
    const size = Math.max(1, Number(process.env.DATELINE_WORKERS) || os.availableParallelism?.() || os.cpus().length || 1);
    shared = new ExtractPool({
      script: process.env.DATELINE_WORKER_SCRIPT || WORKER_SCRIPT,
      size,
      queue: Math.max(0, Number(process.env.DATELINE_EXTRACT_QUEUE ?? size * 64)),
      budgetMs: Math.max(50, Number(process.env.DATELINE_EXTRACT_BUDGET_MS) || 20_000),
    });
  }
  return shared;
}
