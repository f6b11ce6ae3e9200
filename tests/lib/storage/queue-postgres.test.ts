// The ingest queue on a real PostgreSQL server: a batch handed to POST /api/ingest as JSON Lines (streamed in
// small pieces, a character cut between them) is queued at once (202), its refused lines reported by number;
// two workers (two "machines": two stores on the database) keep every document once, a bad document fails alone
// with its reason, and GET /api/jobs/:id counts it right. A job whose worker was "killed" (claimed, never
// finished, no heartbeat) is taken up by another after the visibility timeout; a passing failure is retried after
// a back-off, and one that does not pass fails after its attempts. Without PostgreSQL the routes answer 501; a
// batch over its limit is a 413 that queues nothing; npm run ingest -- --queue queues files.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtractInput, extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';
import { IngestWorker } from '@/lib/server/ingest-worker';
import { PostgresStore } from '@/lib/storage/postgres';
import { type BatchProgress, IngestQueue } from '@/lib/storage/queue';
import { usePostgres } from '../../support/pg-database';

const postgres = usePostgres();
const env = { ...process.env };
const opened: { close(): Promise<void> }[] = [];
const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-queue-'));
let url = '';

beforeAll(async () => {
  url = await postgres.fresh();
  process.env.DATELINE_DATABASE_URL = url;
  process.env.DATELINE_RATE_LIMIT = '0';
  delete process.env.DATELINE_TOKEN;
  delete process.env.DATELINE_DB;
}, 60_000);
afterAll(async () => {
  for (const s of opened.reverse()) await s.close().catch(() => undefined);
  const { getStore } = await import('@/lib/storage');
  await getStore().close();
  process.env = env;
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

// Constructed sentences, not real reports: each its own text.
const SENTENCES = [
  'Kremlin spokesman Dmitry Peskov said on Monday that the call would take place on Tuesday.',
  'Russian Foreign Ministry spokeswoman Maria Zakharova said on Wednesday that Moscow had no plans to return to the Iron Curtain.',
  'Ukrainian President Volodymyr Zelensky said on Thursday that talks would continue next week.',
  'U.S. Secretary of State Antony Blinken said on Friday that the sanctions would remain in place.',
];
const doc = (text: string, extra: Partial<ExtractInput> = {}) => ({
  text,
  lang: 'en' as const,
  published: '2022-02-14',
  timeZone: 'UTC',
  ...extra,
});
let unique = 0;
/** A text no other test uses. */
const fresh = (n: number) =>
  Array.from({ length: n }, () => `${SENTENCES[unique % SENTENCES.length]!} (Item ${++unique}.)`);

/** A body sent in small pieces, so lines (and a character) are cut between them. */
function streamed(text: string, piece = 7): ReadableStream<Uint8Array> {
  const bytes = Buffer.from(text);
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) return c.close();
      c.enqueue(new Uint8Array(bytes.subarray(at, at + piece)));
      at += piece;
    },
  });
}

async function postBatch(body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const ingest = await import('@/app/api/ingest/route');
  return ingest.POST(
    new Request('http://test/api/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...headers },
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit),
  );
}

async function progressOf(id: string): Promise<{ status: number; body: BatchProgress }> {
  const jobs = await import('@/app/api/jobs/[id]/route');
  const r = await jobs.GET(new Request(`http://test/api/jobs/${id}`), { params: Promise.resolve({ id }) });
  return { status: r.status, body: (await r.json()) as BatchProgress };
}

/** Until nothing of the batch remains (generous: a loaded machine reads slowly). */
async function untilDone(id: string, ms = 90_000): Promise<BatchProgress> {
  const until = Date.now() + ms;
  for (;;) {
    const p = (await progressOf(id)).body;
    if (p.remaining === 0) return p;
    if (Date.now() > until) throw new Error(`batch ${id} not done: ${JSON.stringify(p)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Another machine: its own store (connections) on the same database. */
async function machine(opts: ConstructorParameters<typeof PostgresStore>[1] = {}, queueOpts = {}) {
  const store = await PostgresStore.open(url, opts);
  opened.push(store);
  return new IngestQueue(store, queueOpts);
}

async function copiesOf(queue: IngestQueue, text: string): Promise<number> {
  return (
    await queue.store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM documents WHERE text = $1', [
      text,
    ])
  ).rows[0]!.n;
}

describe('queued ingest', () => {
  it('queues a streamed batch (202), two workers keep each document once, a bad one fails alone with its reason', async () => {
    const [a, b, c, d, e] = fresh(5);
    const seedId = loadCorpus()[0]!.document.id;
    const lines = [
      JSON.stringify(doc(a!, { title: 'Peskov — «call»' })), // 1
      JSON.stringify(doc(b!)), // 2
      '', // 3: blank, left out
      '{"text": "broken', // 4: not JSON
      JSON.stringify({ ...doc(c!), colour: 'red' }), // 5: a field the schema refuses
      JSON.stringify(doc(d!)), // 6
      JSON.stringify(doc(a!)), // 7: the same text as line 1: kept once
      JSON.stringify(doc(e!, { id: seedId })), // 8: an id another text holds: fails at the worker
      JSON.stringify(doc(`${SENTENCES[0]!} Сказал Песков.`)), // 9: Cyrillic, cut between pieces
    ];
    const r = await postBatch(streamed(`\uFEFF${lines.join('\r\n')}\n`));
    expect(r.status).toBe(202);
    const answer = (await r.json()) as {
      id: string;
      total: number;
      queued: number;
      refused: { line: number; reason: string }[];
    };
    expect(r.headers.get('location')).toBe(`/api/jobs/${answer.id}`);
    expect(answer).toMatchObject({ total: 8, queued: 6 });
    expect(answer.refused.map((x) => x.line)).toEqual([4, 5]);
    expect(answer.refused[0]!.reason).toMatch(/not valid JSON/);
    expect(answer.refused[1]!.reason).toMatch(/colour|unrecognized/i);

    // Queued, not yet kept: nothing taken.
    const before = await progressOf(answer.id);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ id: answer.id, state: 'queued', total: 8, done: 0, remaining: 6 });
    expect(before.body.failed.map((f) => f.line)).toEqual([4, 5]);

    // Workers as npm run worker makes them: they follow no other server's writes.
    const q1 = await machine({ follow: false });
    const q2 = await machine({ follow: false });
    const w1 = new IngestWorker(q1, { name: 'one', pollMs: 50, concurrency: 2 }).start();
    const w2 = new IngestWorker(q2, { name: 'two', pollMs: 50, concurrency: 2 }).start();
    let after: BatchProgress;
    try {
      after = await untilDone(answer.id);
    } finally {
      await w1.stop();
      await w2.stop();
    }
    expect(after).toMatchObject({ state: 'done', total: 8, done: 5, skipped: 1, remaining: 0 });
    expect(after.failed.map((f) => f.line)).toEqual([4, 5, 8]);
    expect(after.failed[2]!.reason).toMatch(new RegExp(`Another text is kept under the id "${seedId}"`));
    for (const t of [a!, b!, d!, `${SENTENCES[0]!} Сказал Песков.`]) expect(await copiesOf(q1, t)).toBe(1);
    // Nothing read back: no worker loaded a copy of the index.
    expect([q1.store.generation, q2.store.generation]).toEqual([-1, -1]);
    expect(await copiesOf(q1, e!)).toBe(0);
    // Both workers took part (each holds two at most, six jobs).
    const by = (
      await q1.store.pool.query<{ worker: string }>(
        'SELECT DISTINCT worker FROM ingest_jobs WHERE batch_id = $1 AND worker IS NOT NULL ORDER BY worker',
        [answer.id],
      )
    ).rows.map((x) => x.worker);
    expect(by).toEqual(['one', 'two']);
    // Lines 1 and 7 (one text) name one document, whichever worker came first; kept with its metadata, and read
    // by the app's own store.
    const ids = (
      await q1.store.pool.query<{ line: number; doc_id: string }>(
        'SELECT line, doc_id FROM ingest_jobs WHERE batch_id = $1 AND line IN (1, 7) ORDER BY line',
        [answer.id],
      )
    ).rows.map((x) => x.doc_id);
    expect(ids[0]).toBeTruthy();
    expect(ids[1]).toBe(ids[0]);
    // Once done, the progress names each line's document.
    expect(after.kept!.map((k) => k.line)).toEqual([1, 2, 6, 7, 9]);
    expect(after.kept!.find((k) => k.line === 7)!.id).toBe(ids[0]);
    expect(before.body.kept).toBeUndefined();
    const { getStore } = await import('@/lib/storage');
    const kept = await getStore().get(ids[0]!);
    expect(kept?.document).toMatchObject({ text: a, lang: 'en', published: { value: '2022-02-14' } });
  }, 150_000);

  it('a job claimed by a killed worker is taken up by another after the visibility timeout', async () => {
    const queue = await machine({}, { visibilityMs: 3_000 });
    const texts = fresh(3);
    const { id } = await queue.enqueue(
      texts.map((t, i) => ({ line: i + 1, payload: { kind: 'input' as const, input: doc(t) } })),
      'test',
    );
    // The dead worker claims one and is never heard from again (no heartbeat, no finish).
    const [held] = await queue.claim('killed', 1);
    expect(held).toMatchObject({ batchId: id, attempts: 1 });
    // A slow poll: the live worker wakes when the dead one's deadline passes, not a poll later.
    const live = new IngestWorker(queue, { name: 'live', pollMs: 60_000 }).start();
    let p: BatchProgress;
    const t0 = Date.now();
    try {
      p = await untilDone(id, 20_000);
    } finally {
      await live.stop();
    }
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(p).toMatchObject({ state: 'done', total: 3, done: 3, failed: [], remaining: 0 });
    const row = (
      await queue.store.pool.query<{ state: string; worker: string; attempts: number }>(
        'SELECT state, worker, attempts FROM ingest_jobs WHERE batch_id = $1 AND line = $2',
        [id, held!.line],
      )
    ).rows[0]!;
    expect(row).toEqual({ state: 'done', worker: 'live', attempts: 2 });
    for (const t of texts) expect(await copiesOf(queue, t)).toBe(1);
    // The dead worker's claim cannot finish the job now that another took it over.
    expect(await queue.complete(held!, 'nothing')).toBe(false);
    // A finished job keeps no copy of its document; an old finished batch is forgotten, a recent one is not.
    const payloads = await queue.store.pool.query(
      'SELECT 1 FROM ingest_jobs WHERE batch_id = $1 AND payload IS NOT NULL',
      [id],
    );
    expect(payloads.rowCount).toBe(0);
    expect(await queue.prune(30)).toBe(0);
    await queue.store.pool.query(
      "UPDATE ingest_batches SET created_at = now() - interval '31 days' WHERE id = $1",
      [id],
    );
    expect(await queue.prune(30)).toBeGreaterThanOrEqual(1);
    expect(await queue.progress(id)).toBeNull();
  }, 120_000);

  it('retries a passing failure after a back-off; one that keeps failing fails after its attempts, alone', async () => {
    const [flaky, broken, fine] = fresh(3);
    const calls = new Map<string, number>();
    const queue = await machine(
      {
        extractor: async (input) => {
          const n = (calls.get(input.text) ?? 0) + 1;
          calls.set(input.text, n);
          if (input.text === broken || (input.text === flaky && n === 1))
            throw new Error('the extraction worker stopped (exit 1)');
          return extract(input);
        },
      },
      { maxAttempts: 3, backoffMs: 100 },
    );
    const { id } = await queue.enqueue(
      [flaky!, broken!, fine!].map((t, i) => ({
        line: i + 1,
        payload: { kind: 'input' as const, input: doc(t) },
      })),
      'test',
    );
    // A slow poll: each retry is taken when its back-off is over, not a poll later.
    const w = new IngestWorker(queue, { name: 'retrying', pollMs: 60_000 }).start();
    let p: BatchProgress;
    try {
      p = await untilDone(id, 20_000);
    } finally {
      await w.stop();
    }
    expect(p).toMatchObject({ state: 'done', total: 3, done: 2, remaining: 0 });
    expect(p.failed).toEqual([
      { line: 2, reason: 'the extraction worker stopped (exit 1) (after 3 attempts)' },
    ]);
    expect(calls.get(flaky!)).toBe(2);
    expect(calls.get(broken!)).toBe(3);
    expect(calls.get(fine!)).toBe(1);
    expect(await copiesOf(queue, flaky!)).toBe(1);
    expect(w.counts).toEqual({ done: 2, failed: 1, retried: 3 });
  }, 120_000);

  it('an idle worker that polls slowly takes a batch handed in at once: woken by NOTIFY, again after a restart of its connection', async () => {
    const queue = await machine();
    const w = new IngestWorker(queue, { name: 'woken', pollMs: 60_000 }).start();
    try {
      const until = Date.now() + 10_000;
      while (!w.listening && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      expect(w.listening).toBe(true);
      // Idle: its first look found nothing, and it sleeps for its poll.
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      const { id } = await queue.enqueue(
        fresh(2).map((t, i) => ({ line: i + 1, payload: { kind: 'input' as const, input: doc(t) } })),
        'test',
      );
      expect(await untilDone(id, 15_000)).toMatchObject({ done: 2, remaining: 0 });
      expect(Date.now() - t0).toBeLessThan(10_000);
      // Its listening connection cut (as a database restart cuts it): opened again, and woken again.
      await queue.store.pool.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'dateline-worker-listen'",
      );
      const back = Date.now() + 10_000;
      while (w.listening && Date.now() < back) await new Promise((r) => setTimeout(r, 20));
      while (!w.listening && Date.now() < back) await new Promise((r) => setTimeout(r, 20));
      expect(w.listening).toBe(true);
      await new Promise((r) => setTimeout(r, 300));
      const t1 = Date.now();
      const again = await queue.enqueue(
        fresh(1).map((t, i) => ({ line: i + 1, payload: { kind: 'input' as const, input: doc(t) } })),
        'test',
      );
      expect(await untilDone(again.id, 15_000)).toMatchObject({ done: 1, remaining: 0 });
      expect(Date.now() - t1).toBeLessThan(10_000);
    } finally {
      await w.stop();
    }
    expect(w.listening).toBe(false);
  }, 60_000);

  it('refuses what it cannot take: 413 past the batch limit (nothing queued), 415, 404, 501 without PostgreSQL', async () => {
    const queue = await machine();
    const batches = async () =>
      (await queue.store.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_batches')).rows[0]!
        .n;
    const had = await batches();
    process.env.DATELINE_INGEST_MAX_BYTES = '2000';
    try {
      const big = fresh(30)
        .map((t) => JSON.stringify(doc(t)))
        .join('\n');
      const declared = await postBatch(big);
      expect(declared.status).toBe(413);
      expect(await declared.json()).toMatchObject({ error: { code: 'too_large' } });
      // Streamed without a length: refused while reading.
      const undeclared = await postBatch(streamed(big, 500));
      expect(undeclared.status).toBe(413);
      expect(((await undeclared.json()) as { error: { message: string } }).error.message).toMatch(/2 KB/);
    } finally {
      delete process.env.DATELINE_INGEST_MAX_BYTES;
    }
    expect(await batches()).toBe(had);
    // One line over the one-document limit fails alone.
    const [ok] = fresh(1);
    const long = await postBatch(
      `${JSON.stringify(doc('x'.repeat(2 * 1024 * 1024 + 10)))}\n${JSON.stringify(doc(ok!))}\n`,
    );
    expect(long.status).toBe(202);
    expect(await long.json()).toMatchObject({
      total: 2,
      queued: 1,
      refused: [{ line: 1, reason: expect.stringMatching(/longer than 2 MB/) }],
    });

    expect((await postBatch(JSON.stringify(doc(ok!)), { 'content-type': 'application/json' })).status).toBe(
      415,
    );
    expect((await postBatch('\n\n')).status).toBe(400);
    expect((await progressOf('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await progressOf('not-an-id')).status).toBe(404);

    delete process.env.DATELINE_DATABASE_URL;
    try {
      const r = await postBatch(JSON.stringify(doc(ok!)));
      expect(r.status).toBe(501);
      expect(await r.json()).toMatchObject({ error: { code: 'needs_postgres' } });
      expect((await progressOf('00000000-0000-4000-8000-000000000000')).status).toBe(501);
      // Health says whether batches are queued (the explorer's upload asks it).
      const health = await import('@/app/api/health/route');
      expect(await (await health.GET()).json()).toMatchObject({ queue: false });
    } finally {
      process.env.DATELINE_DATABASE_URL = url;
    }
    const health = await import('@/app/api/health/route');
    expect(await (await health.GET()).json()).toMatchObject({ status: 'ok', queue: true });
  }, 60_000);

  it('npm run ingest -- --queue queues files for the workers, a refused file reported in the batch', async () => {
    const [t1, t2] = fresh(2);
    writeFileSync(path.join(dir, 'one.txt'), t1!);
    writeFileSync(path.join(dir, 'more.jsonl'), `${JSON.stringify(doc(t2!))}\n{"nope": 1}\n`);
    const r = spawnSync(
      process.execPath,
      [
        'node_modules/tsx/dist/cli.mjs',
        'scripts/ingest.ts',
        dir,
        '--queue',
        '--published',
        '2022-02-14',
        '--lang',
        'en',
      ],
      { encoding: 'utf8', env: { ...process.env, DATELINE_DATABASE_URL: url } },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 queued, 1 refused, in 1 batch/);
    const id = /queued {2}batch ([0-9a-f-]{36})/.exec(r.stdout)![1]!;
    const queue = await machine();
    const before = await queue.progress(id);
    expect(before).toMatchObject({ state: 'queued', total: 3, remaining: 2 });
    expect(before!.failed).toEqual([
      { line: 2, reason: expect.stringMatching(/more\.jsonl line 2: .*text/) },
    ]);
    // Nothing kept yet: the workers keep them.
    expect(await copiesOf(queue, t1!)).toBe(0);
    const w = new IngestWorker(queue, { name: 'cli', pollMs: 50 }).start();
    try {
      await untilDone(id);
    } finally {
      await w.stop();
    }
    expect(await copiesOf(queue, t1!)).toBe(1);
    expect(await copiesOf(queue, t2!)).toBe(1);
    // Without PostgreSQL, --queue is a wrong argument.
    const sqlite = spawnSync(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', dir, '--queue'],
      {
        encoding: 'utf8',
        env: { ...process.env, DATELINE_DATABASE_URL: '' },
      },
    );
    expect(sqlite.status).toBe(2);
    expect(sqlite.stderr).toMatch(/--queue .* DATELINE_DATABASE_URL/);
  }, 120_000);

  it('npm run worker keeps the queued documents and exits 0 on SIGTERM', async () => {
    const queue = await machine();
    const texts = fresh(2);
    const { id } = await queue.enqueue(
      texts.map((t, i) => ({ line: i + 1, payload: { kind: 'input' as const, input: doc(t) } })),
      'test',
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', '--jobs', '1'], {
      env: { ...process.env, DATELINE_DATABASE_URL: url, DATELINE_WORKER_POLL_MS: '100' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await untilDone(id);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
    expect(stderr).toMatch(/SIGTERM: finishing the jobs held/);
    expect(stderr).toMatch(/stopped: 2 kept, 0 failed/);
    for (const t of texts) expect(await copiesOf(queue, t)).toBe(1);
    // Without a database it says what to set (exit 2).
    const none = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATELINE_DATABASE_URL: '' },
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/set DATELINE_DATABASE_URL/);
  }, 120_000);
});
