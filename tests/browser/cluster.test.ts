// Issue 19's faults, through real HTTP: a throwaway PostgreSQL, two built app servers on it and two
// `npm run worker` processes (the worker's own entry, so kill -9 reaches the process that holds the jobs).
//
// - The rate limit holds per client across both servers: one client's burst is spent once between them.
// - A 1,000-document ingest (POST /api/ingest, generated texts) and 50 concurrent edits split across both
//   servers; meanwhile one server and one worker are killed with SIGKILL. Afterwards, read from the surviving
//   server: every acknowledged edit is there (and the statement reads as the last edit kept says), every job is
//   done or failed with a reason, the killed worker's jobs were taken up by the other, no text is kept twice, and
//   nothing is half-written: every document's indexed statements (/api/statements) agree with its extraction.
// - PostgreSQL is stopped and started again while traffic runs: while it is down every API route that needs it
//   answers 503 with a JSON error within seconds (extraction, which needs no database, still answers); once it is
//   back the same server answers again by itself, and the surviving worker takes a new batch.
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus-grammar';
import { type Throwaway, startThrowaway } from '../support/postgres';
import { startApp } from './server';

type App = Awaited<ReturnType<typeof startApp>>;
interface Worker {
  child: ChildProcess;
  name: string;
  log: () => string;
}
interface Hit {
  docId: string;
  statementId: string;
  speaker: string;
  stance: string;
  eventId: string | null;
}
interface StatementOut {
  id: string;
  speaker: { actorId: string };
  stance: string;
  eventId: string;
}
interface Progress {
  id: string;
  state: string;
  total: number;
  done: number;
  skipped: number;
  failed: { line: number; reason: string }[];
  remaining: number;
  kept?: { line: number; id: string }[];
}
interface EditOut {
  id: number;
  op: string;
  target: string;
  value: unknown;
  author: string;
  undoneAt: string | null;
}

const SEED_DOC = 'sputnik-ar-2021-12-29-putin-biden-call';
const RATE = 20; // a minute per client: a burst of 5
const BURST = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Every write comes "through the proxy" from a client of its own (DATELINE_TRUST_PROXY=loopback), so only the
// rate-limit test's client ever meets the limit.
let clients = 0;
const client = () => {
  const n = ++clients;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};
const writeHeaders = (type = 'application/json', from = client()) => ({ 'content-type': type, 'x-forwarded-for': from });

// The documents: 20 added before the faults (edited during them), 1,000 in the batch, 3 after the restart.
const generated = [...generateCorpus(1023, 19)];
const setupDocs = generated.slice(0, 20);
const batchDocs = generated.slice(20, 1020);
const laterDocs = generated.slice(1020);

let postgres: Throwaway;
let db: pg.Pool;
let a: App;
let b: App;
const workers: Worker[] = [];
let batchId = '';
const edited = new Map<string, Set<string>>(); // document → statements edited

async function json<T>(r: Response): Promise<T> {
  const type = r.headers.get('content-type') ?? '';
  const text = await r.text();
  if (!type.startsWith('application/json')) throw new Error(`${r.status} ${type}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}
async function get<T>(base: string, path: string): Promise<T> {
  const r = await fetch(base + path, { signal: AbortSignal.timeout(30_000) });
  if (!r.ok) throw new Error(`GET ${path}: ${r.status} ${(await r.text()).slice(0, 300)}`);
  return json<T>(r);
}

function startWorker(): Promise<Worker> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts', '--jobs', '1'], {
    env: {
      ...process.env,
      DATELINE_DATABASE_URL: postgres.url,
      // A dead worker's jobs are taken up 4 s after its last word (heartbeats every 1.3 s).
      DATELINE_JOB_TIMEOUT_MS: '4000',
      DATELINE_PG_CONNECT_TIMEOUT: '2000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const w: Worker = { child, name: `${os.hostname()}:${child.pid}`, log: () => log };
  workers.push(w);
  return new Promise((resolve, reject) => {
    const until = Date.now() + 60_000;
    const check = setInterval(() => {
      if (/taking jobs/.test(log)) {
        clearInterval(check);
        resolve(w);
      } else if (child.exitCode !== null || Date.now() > until) {
        clearInterval(check);
        reject(new Error(`the worker did not start:\n${log}`));
      }
    }, 50);
  });
}

/** Until `f` answers true (or throws after `ms`, saying what it waited for). */
async function until(what: string, f: () => Promise<boolean>, ms: number, every = 100) {
  const end = Date.now() + ms;
  for (;;) {
    if (await f()) return;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}`);
    await sleep(every);
  }
}

/** What `f` answers once `ok` holds for it (or throws after `ms`, with the last answer). */
async function untilValue<T>(what: string, f: () => Promise<T>, ok: (t: T) => boolean, ms: number, every = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const t = await f();
    if (ok(t)) return t;
    if (Date.now() > end) throw new Error(`waited ${ms} ms for ${what}: ${JSON.stringify(t).slice(0, 500)}`);
    await sleep(every);
  }
}

/** `f` over `xs`, `n` at a time. */
async function eachLimited<T>(xs: readonly T[], n: number, f: (x: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < xs.length) await f(xs[next++]!);
    }),
  );
}

beforeAll(async () => {
  postgres = await startThrowaway();
  db = new pg.Pool({ connectionString: postgres.url, max: 2 });
  db.on('error', () => undefined); // its idle connections cut when the server is stopped
  const env = {
    DATELINE_DATABASE_URL: postgres.url,
    DATELINE_RATE_LIMIT: String(RATE),
    DATELINE_TRUST_PROXY: 'loopback',
    DATELINE_WORKERS: '1',
    DATELINE_PG_CONNECT_TIMEOUT: '2000',
  };
  // Started together: one migrates and seeds under the advisory lock, the other waits.
  [a, b] = await Promise.all([startApp(env, { probe: '/api/health' }), startApp(env, { probe: '/api/health' })]);
  for (const app of [a, b])
    await until('the server to be healthy', async () => (await fetch(`${app.url}/api/health`)).status === 200, 30_000);
  await Promise.all([startWorker(), startWorker()]);
}, 240_000);

afterAll(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  a?.stop();
  b?.stop();
  await db?.end().catch(() => undefined);
  postgres?.stop();
});

describe('two app servers, two workers, one PostgreSQL', () => {
  it('holds the rate limit per client across both servers', async () => {
    const one = '203.0.113.9';
    const statuses: number[] = [];
    const refusals: { server: string; body: { error: { code: string } }; retryAfter: string | null }[] = [];
    const t0 = Date.now();
    for (let i = 0; i < 14; i++) {
      const app = i % 2 ? b : a;
      // A body the route refuses (400) once the limit let it through: nothing is written.
      const r = await fetch(`${app.url}/api/documents/${SEED_DOC}/edits`, { method: 'POST', headers: writeHeaders('application/json', one), body: '{' });
      statuses.push(r.status);
      if (r.status === 429) refusals.push({ server: app.url, body: await json(r), retryAfter: r.headers.get('retry-after') });
      else await r.arrayBuffer();
    }
    const seconds = (Date.now() - t0) / 1000;
    const through = statuses.filter((s) => s !== 429).length;
    // One burst between the two servers (a token more for each 3 s the loop took), not one on each.
    expect(through).toBeGreaterThanOrEqual(BURST);
    expect(through).toBeLessThanOrEqual(BURST + Math.floor((seconds * RATE) / 60));
    expect(through).toBeLessThan(2 * BURST);
    expect(statuses.filter((s) => s !== 429 && s !== 400)).toEqual([]);
    // Both servers refused the client once it was spent, each with the JSON error and when to come back.
    expect(new Set(refusals.map((x) => x.server))).toEqual(new Set([a.url, b.url]));
    for (const x of refusals) {
      expect(x.body.error.code).toBe('rate_limited');
      expect(Number(x.retryAfter)).toBeGreaterThan(0);
    }
    // Another client is not held to it, on either server.
    for (const app of [a, b]) {
      const r = await fetch(`${app.url}/api/documents/${SEED_DOC}/edits`, { method: 'POST', headers: writeHeaders(), body: '{' });
      expect(r.status).toBe(400);
      await r.arrayBuffer();
    }
    // The buckets are in the database, where both servers take from them.
    const row = (await db.query<{ tokens: number }>('SELECT tokens FROM rate_buckets WHERE client = $1', [one])).rows[0];
    expect(row!.tokens).toBeLessThan(1);
  });

  it('kill -9 of a server and a worker during a 1,000-document ingest and 50 edits loses nothing acknowledged and half-writes nothing', async () => {
    // The documents to edit, added through both servers.
    const targets: { doc: string; statement: string }[] = [];
    await eachLimited([...setupDocs.entries()], 4, async ([i, { id: _id, ...d }]) => {
      const r = await fetch(`${(i % 2 ? b : a).url}/api/documents`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify(d) });
      expect(r.status).toBe(201);
      const kept = await json<{ id: string; extraction: { statements: StatementOut[] } }>(r);
      for (const s of kept.extraction.statements) targets.push({ doc: kept.id, statement: s.id });
    });
    expect(targets.length).toBeGreaterThan(20);

    // The batch handed to the server about to be killed: its 202 is an acknowledged write too.
    const body = batchDocs.map((d) => JSON.stringify(d)).join('\n');
    const handed = await fetch(`${b.url}/api/ingest`, { method: 'POST', headers: writeHeaders('application/x-ndjson'), body });
    expect(handed.status).toBe(202);
    const batch = await json<{ id: string; total: number; queued: number; refused: unknown[] }>(handed);
    expect(batch).toMatchObject({ total: 1000, queued: 1000, refused: [] });
    batchId = batch.id;
    const [doomed, survivor] = workers as [Worker, Worker];
    const count = async (sql: string, params: unknown[]) => (await db.query<{ n: number }>(sql, params)).rows[0]!.n;
    // Both workers at it, and the one to be killed holding jobs.
    await until(
      'both workers to take jobs',
      async () =>
        (await count("SELECT count(DISTINCT worker)::int AS n FROM ingest_jobs WHERE batch_id = $1 AND state = 'done'", [batchId])) === 2 &&
        (await count("SELECT count(*)::int AS n FROM ingest_jobs WHERE batch_id = $1 AND state = 'done'", [batchId])) >= 50,
      120_000,
    );

    // 50 edits at once, alternately to each server; after the third acknowledged by B, B and a worker die.
    type Outcome = { server: 'a' | 'b'; doc: string; target: string; value: string; status?: number; edit?: EditOut; error?: string };
    let ackedByB = 0;
    let killed: () => void = () => undefined;
    const killedNow = new Promise<void>((r) => (killed = r));
    const heldAtDeath: number[] = [];
    const killer = killedNow.then(async () => {
      b.kill();
      doomed.child.kill('SIGKILL');
      await new Promise((r) => doomed.child.once('exit', r));
      // What the dead worker held: still claimed by it, until its deadline passes.
      heldAtDeath.push(
        ...(await db.query<{ line: number }>("SELECT line FROM ingest_jobs WHERE batch_id = $1 AND worker = $2 AND state = 'active'", [batchId, doomed.name])).rows.map((r) => r.line),
      );
    });
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, async (_, i): Promise<Outcome> => {
        const t = targets[i % targets.length]!;
        const server = i % 2 ? 'b' : 'a';
        const value = ['deny', 'confirm', 'announce', 'report'][i % 4]!;
        const o: Outcome = { server, doc: t.doc, target: t.statement, value };
        try {
          const r = await fetch(`${(server === 'a' ? a : b).url}/api/documents/${encodeURIComponent(t.doc)}/edits`, {
            method: 'POST',
            headers: writeHeaders(),
            body: JSON.stringify({ op: 'statement.stance', target: t.statement, value, author: `editor ${i}` }),
            signal: AbortSignal.timeout(60_000),
          });
          o.status = r.status;
          const answer = await json<EditOut>(r);
          if (r.status === 201) {
            o.edit = answer;
            if (server === 'b' && ++ackedByB === 3) killed();
          }
        } catch (e) {
          o.error = (e as Error).message;
        }
        return o;
      }),
    );
    killed(); // (had B answered fewer than three, the kill still happens)
    await killer;
    const acked = outcomes.filter((o) => o.status === 201 && o.edit);
    // The survivor's edits were all kept; the kill cut some of B's.
    expect(outcomes.filter((o) => o.server === 'a').map((o) => o.status)).toEqual(Array(25).fill(201));
    expect(acked.filter((o) => o.server === 'b').length).toBeGreaterThanOrEqual(3);
    expect(outcomes.filter((o) => o.server === 'b' && o.status !== 201).length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.status !== undefined && o.status !== 201)).toEqual([]); // failures are cut connections, not errors
    expect(heldAtDeath.length).toBeGreaterThan(0);

    // Every job done or failed with its reason; the dead worker's jobs taken up by the living one.
    const p = await untilValue('the batch to be done', () => get<Progress>(a.url, `/api/jobs/${batchId}`), (x) => x.remaining === 0, 150_000, 250);
    expect(p).toMatchObject({ state: 'done', total: 1000, remaining: 0 });
    expect(p.done + p.failed.length).toBe(1000);
    for (const f of p.failed) expect(f.reason).toMatch(/\w/);
    expect(p.failed).toEqual([]); // the texts are all readable: none should fail
    const taken = (
      await db.query<{ line: number; state: string; worker: string; attempts: number }>(
        'SELECT line, state, worker, attempts FROM ingest_jobs WHERE batch_id = $1 AND line = ANY($2) ORDER BY line',
        [batchId, heldAtDeath],
      )
    ).rows;
    expect(taken.map((r) => r.line)).toEqual([...heldAtDeath].sort((x, y) => x - y));
    for (const r of taken) expect(r).toMatchObject({ state: 'done', worker: survivor.name, attempts: 2 });
    expect(await count("SELECT count(*)::int AS n FROM ingest_jobs WHERE state IN ('queued', 'active')", [])).toBe(0);
    // Each line's document, once: no text kept twice, whichever worker (or attempt) kept it.
    expect(p.kept!.length).toBe(p.done);
    expect(await count('SELECT count(*)::int AS n FROM (SELECT text FROM documents GROUP BY text HAVING count(*) > 1) t', [])).toBe(0);

    // Every acknowledged edit is there, read from the survivor, and each statement reads as its last edit kept.
    const docs = [...new Set(outcomes.map((o) => o.doc))];
    for (const id of docs) {
      const { edits } = await get<{ edits: EditOut[] }>(a.url, `/api/documents/${encodeURIComponent(id)}/edits`);
      const byId = new Map(edits.map((e) => [e.id, e]));
      for (const o of acked.filter((x) => x.doc === id))
        expect(byId.get(o.edit!.id), `edit ${o.edit!.id} of ${id}`).toMatchObject({ op: 'statement.stance', target: o.target, value: o.value, undoneAt: null });
      const doc = await get<{ extraction: { statements: StatementOut[] } }>(a.url, `/api/documents/${encodeURIComponent(id)}`);
      for (const s of doc.extraction.statements) {
        const last = edits.filter((e) => e.target === s.id && !e.undoneAt).at(-1);
        if (last) expect(s.stance, `${id}/${s.id}`).toBe(last.value);
      }
      edited.set(id, new Set(edits.map((e) => e.target)));
    }

    // Nothing half-written: every document kept has its extraction, and its indexed statements (what views and
    // search answer from) agree with it — speaker, stance and event of each statement, edits included.
    const ids: string[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await get<{ documents: { id: string }[]; total: number }>(a.url, `/api/documents?limit=500&offset=${offset}`);
      ids.push(...page.documents.map((d) => d.id));
      if (ids.length >= page.total || !page.documents.length) break;
    }
    // The bundled document, the 20 edited, and one for each text of the batch: each line's document is there.
    const keptIds = new Set(p.kept!.map((k) => k.id));
    expect(ids.length).toBe(1 + setupDocs.length + keptIds.size);
    expect(keptIds.size).toBeGreaterThan(990);
    const listed = new Set(ids);
    expect([...keptIds].filter((k) => !listed.has(k))).toEqual([]);
    let statements = 0;
    const disagree: string[] = [];
    await eachLimited(ids, 6, async (id) => {
      const doc = await get<{ extraction: { statements: StatementOut[] }; document: { text: string } }>(a.url, `/api/documents/${encodeURIComponent(id)}`);
      expect(doc.document.text.length).toBeGreaterThan(0);
      const hits = await get<{ total: number; statements: Hit[] }>(a.url, `/api/statements?docs=${encodeURIComponent(id)}&limit=500&counts=0`);
      const want = doc.extraction.statements.map((s) => `${s.id} ${s.speaker.actorId} ${s.stance} ${s.eventId}`).sort();
      const got = hits.statements.map((h) => `${h.statementId} ${h.speaker} ${h.stance} ${h.eventId}`).sort();
      if (JSON.stringify(want) !== JSON.stringify(got) || hits.total !== want.length) disagree.push(`${id}: ${JSON.stringify(want)} vs ${JSON.stringify(got)}`);
      statements += want.length;
    });
    expect(disagree).toEqual([]);
    const all = await get<{ total: number }>(a.url, '/api/statements?limit=0&counts=0');
    expect(all.total).toBe(statements);
    expect(statements).toBeGreaterThan(1000);
  }, 400_000);

  it('answers 503 with a JSON error while PostgreSQL is down, and recovers by itself when it is back', async () => {
    const [doc] = [...edited.keys()];
    const target = [...edited.get(doc!)!][0]!;
    let stance = 0;
    const kinds: Record<string, () => { path: string; init?: RequestInit; needsDb: boolean }> = {
      list: () => ({ path: '/api/documents?limit=5', needsDb: true }),
      read: () => ({ path: `/api/documents/${encodeURIComponent(doc!)}`, needsDb: true }),
      edits: () => ({ path: `/api/documents/${encodeURIComponent(doc!)}/edits`, needsDb: true }),
      statements: () => ({ path: '/api/statements?limit=5', needsDb: true }),
      overview: () => ({ path: '/api/overview', needsDb: true }),
      search: () => ({ path: '/api/search?q=call', needsDb: true }),
      export: () => ({ path: `/api/export?format=csv&docs=${encodeURIComponent(doc!)}`, needsDb: true }),
      health: () => ({ path: '/api/health', needsDb: true }),
      job: () => ({ path: `/api/jobs/${batchId}`, needsDb: true }),
      edit: () => ({
        path: `/api/documents/${encodeURIComponent(doc!)}/edits`,
        init: { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ op: 'statement.stance', target, value: ++stance % 2 ? 'deny' : 'confirm', author: 'restart' }) },
        needsDb: true,
      }),
      ingest: () => ({
        path: '/api/ingest',
        init: { method: 'POST', headers: writeHeaders('application/x-ndjson'), body: JSON.stringify({ text: `Kremlin spokesman Dmitry Peskov said on Monday that the call would take place on Tuesday. (restart ${++stance})`, lang: 'en', published: '2022-02-14', timeZone: 'UTC' }) },
        needsDb: true,
      }),
      // The explorer's page: while the database is down, the server's own 503 page, not Next's 500.
      page: () => ({ path: '/', needsDb: true }),
      // Extraction needs no database: it goes on (limited by the server's own memory meanwhile).
      extract: () => ({
        path: '/api/extract',
        init: { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ text: 'Kremlin spokesman Dmitry Peskov said on Monday that the call would take place on Tuesday.', lang: 'en', published: '2022-02-14', timeZone: 'UTC' }) },
        needsDb: false,
      }),
    };
    const names = Object.keys(kinds);
    type Answer = { kind: string; needsDb: boolean; start: number; end: number; status: number; type: string; code?: string; error?: string; retryAfter?: string | null };
    const answers: Answer[] = [];
    let running = true;
    const call = async (kind: string): Promise<Answer> => {
      const { path, init, needsDb } = kinds[kind]!();
      const start = Date.now();
      try {
        const r = await fetch(a.url + path, { ...init, signal: AbortSignal.timeout(15_000) });
        const type = r.headers.get('content-type') ?? '';
        const text = await r.text();
        let code: string | undefined;
        if (type.startsWith('application/json') && r.status >= 400) code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
        return { kind, needsDb, start, end: Date.now(), status: r.status, type, code, retryAfter: r.headers.get('retry-after') };
      } catch (e) {
        return { kind, needsDb, start, end: Date.now(), status: 0, type: '', error: (e as Error).message };
      }
    };
    const traffic = Array.from({ length: 3 }, async (_, k) => {
      for (let i = k; running; i++) {
        answers.push(await call(names[i % names.length]!));
        await sleep(30);
      }
    });
    await sleep(1500);
    postgres.pause(); // fast shutdown: every connection cut (pg_ctl blocks this process meanwhile)
    const downFrom = Date.now();
    await sleep(4000);
    const upAt = Date.now();
    postgres.resume();
    // Recovered by itself: every kind of request answered 2xx again, by the same server, soon.
    const back = Date.now();
    await until('every route to answer again', async () => names.every((n) => answers.some((x) => x.kind === n && x.start > upAt && x.status >= 200 && x.status < 300)), 30_000, 200).finally(() => {
      running = false;
    });
    await Promise.all(traffic);
    const recoveredIn = Math.max(...names.map((n) => answers.find((x) => x.kind === n && x.start > upAt && x.status >= 200 && x.status < 300)!.end)) - back;

    // Every answer, whenever it came, was JSON (an export's CSV once served) with a status the API gives: never
    // HTML, never a 500, never cut.
    const odd = answers.filter((x) => !x.type.startsWith(x.kind === 'page' ? 'text/html' : x.kind === 'export' && x.status === 200 ? 'text/csv' : 'application/json') || ![200, 201, 202, 503].includes(x.status));
    expect(odd).toEqual([]);
    // While it was down: a 503 with its code for whatever needs the database, within seconds; extraction served.
    const down = answers.filter((x) => x.start >= downFrom && x.end <= upAt);
    expect(new Set(down.map((x) => x.kind))).toEqual(new Set(names));
    for (const x of down) {
      if (x.kind === 'page') expect(x, x.kind).toMatchObject({ status: 503, retryAfter: '5' });
      else if (x.needsDb) expect(x, x.kind).toMatchObject({ status: 503, code: expect.stringMatching(/^store_unavailable$|^store_timeout$/) });
      else expect(x.status, x.kind).toBe(200);
      expect(x.end - x.start, x.kind).toBeLessThan(5_000);
    }
    expect(recoveredIn).toBeLessThan(20_000);

    // Back: healthy and writable, a write read back, and the surviving worker takes a new batch.
    expect(await get(a.url, '/api/health')).toMatchObject({ status: 'ok', writable: true, queue: true });
    const made = await fetch(`${a.url}/api/documents/${encodeURIComponent(doc!)}/edits`, { method: 'POST', headers: writeHeaders(), body: JSON.stringify({ op: 'statement.stance', target, value: 'accuse', author: 'after' }) });
    expect(made.status).toBe(201);
    const edit = await json<EditOut>(made);
    const { edits } = await get<{ edits: EditOut[] }>(a.url, `/api/documents/${encodeURIComponent(doc!)}/edits`);
    expect(edits.at(-1)).toMatchObject({ id: edit.id, value: 'accuse' });
    const hits = await get<{ statements: Hit[] }>(a.url, `/api/statements?docs=${encodeURIComponent(doc!)}&limit=500&counts=0`);
    expect(hits.statements.find((h) => h.statementId === target)?.stance).toBe('accuse');
    const later = await fetch(`${a.url}/api/ingest`, { method: 'POST', headers: writeHeaders('application/x-ndjson'), body: laterDocs.map((d) => JSON.stringify(d)).join('\n') });
    expect(later.status).toBe(202);
    const { id } = await json<{ id: string }>(later);
    const p = await untilValue('the survivor to take a batch after the restart', () => get<Progress>(a.url, `/api/jobs/${id}`), (x) => x.remaining === 0, 30_000, 200);
    expect(p).toMatchObject({ state: 'done', done: 3, failed: [] });
  }, 120_000);
});
