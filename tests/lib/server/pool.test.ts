// Extraction off the event loop: the worker pool reads documents in threads, gives up on one over its time
// budget (the worker is replaced, the next document is read), turns work away at once when full, and keeps
// the event loop free meanwhile (a timer fires while a long document is being read).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractInputError } from '@/lib/extract';
import { ExtractPool, PoolBusyError, TooComplexError } from '@/lib/server/pool';
// @ts-expect-error — a plain ES module script without types
import { buildServer } from '@/scripts/build-server.mjs';

const SEED = readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8');
const input = (text: string) => ({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' as const });
let dir: string;
let script: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-pool-'));
  await (buildServer as (out: string) => Promise<string>)(dir);
  script = path.join(dir, 'extract-worker.mjs');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the extraction pool', () => {
  it('reads a document in a worker thread, with the same result as in this thread', async () => {
    const pool = new ExtractPool({ script, size: 1, queue: 2, budgetMs: 30_000 });
    try {
      const x = await pool.extract(input(SEED));
      expect(x.statements.map((s) => s.speaker.actorId)).toContain('dmitry-peskov');
      await expect(pool.extract({ ...input(SEED), published: '2021-02-30' })).rejects.toBeInstanceOf(ExtractInputError);
    } finally {
      await pool.close();
    }
  });

  it('gives up on a document over its budget, and the next one is read by a fresh worker', async () => {
    const pool = new ExtractPool({ script, size: 1, queue: 2, budgetMs: 150 });
    try {
      const long = Array.from({ length: 300 }, () => SEED).join('\n\n');
      await expect(pool.extract(input(long))).rejects.toBeInstanceOf(TooComplexError);
      const x = await pool.extract(input('قال بيسكوف أمس إن لافروف وافق.'));
      expect(x.statements).toHaveLength(1);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('turns work away at once when every worker is busy and the queue is full, and keeps the event loop free', async () => {
    const pool = new ExtractPool({ script, size: 1, queue: 1, budgetMs: 60_000 });
    try {
      const long = input(Array.from({ length: 150 }, () => SEED).join('\n\n'));
      const first = pool.extract(long);
      const second = pool.extract(long); // waits in the queue
      const err = await pool.extract(long).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PoolBusyError);
      expect((err as PoolBusyError).retryAfter).toBeGreaterThan(0);
      // While the worker reads, this thread answers: a timer fires before the first document is done.
      const order: string[] = [];
      await Promise.race([first.then(() => order.push('document')), new Promise((r) => setTimeout(r, 5)).then(() => order.push('timer'))]);
      expect(order[0]).toBe('timer');
      expect((await first).document.text.length).toBeGreaterThan(100_000);
      await second;
    } finally {
      await pool.close();
    }
  }, 120_000);
});
