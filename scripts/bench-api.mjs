#!/usr/bin/env node
// npm run bench:api — load on the JSON API with autocannon against the production build: POST /api/extract
// with the seed article (the engine's whole path per request), GET /api/documents (the store's list), GET
// /api/documents/:id (a document read, its edits applied) and POST /api/documents/:id/edits (a correction:
// a statement's stance, alternately "deny" and "confirm", spread over every statement of the documents the run
// adds, so no document comes near its 2,000 edits). Prints requests per second and latency percentiles, and the
// issue's goal for extraction. The app runs with a database of its own in a temporary folder and the rate limit
// off (a load test is one client).
//
// With --db postgres the same routes are then measured on PostgreSQL behind --servers app servers (default 2)
// on one database, autocannon's connections spread over them (connection i to server i mod N, one histogram),
// and the queue's ingest is timed: N generated documents (scripts/corpus-grammar.ts) handed in as one
// POST /api/ingest with 1, then 2 `npm run worker` processes running, until GET /api/jobs/:id says done. The
// database is DATELINE_BENCH_DATABASE_URL when given (a database the run may fill), else a throwaway cluster
// started as the tests start theirs (tests/support/postgres.ts: Debian's binaries, as the `postgres` user when
// root), stopped and removed at the end. Both engines are printed side by side.
//
//   npm run bench:api                      # SQLite only: 10 connections, 10 s per route after a warm-up
//   npm run bench:api -- --db postgres --servers 2
//   npm run bench:api -- --connections 20 --duration 20 --warmup 5 --docs 20 --ingest 1000 --worker-jobs 1 --rebuild
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serveApp } from './serve-app.mjs';
// TypeScript modules: this script runs under tsx (package.json).
import { generateCorpus } from './corpus-grammar.ts';
import { startThrowaway } from '../tests/support/postgres.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results', 'api.json');
const argv = process.argv.slice(2);
const str = (name, dflt) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : dflt);
const opt = (name, dflt) => Number(str(name, dflt));
const CONNECTIONS = opt('connections', 10);
const DURATION = opt('duration', 10);
const WARMUP = opt('warmup', DURATION);
const DB = str('db', 'sqlite');
const SERVERS = opt('servers', 2);
const SETUP_DOCS = opt('docs', 20);
const INGEST = opt('ingest', 1000);
const WORKER_JOBS = opt('worker-jobs', 1);
if (!['sqlite', 'postgres'].includes(DB)) throw new Error(`--db is sqlite or postgres, not "${DB}"`);
if (!Number.isInteger(SERVERS) || SERVERS < 1) throw new Error('--servers is a whole number from 1');

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATELINE_RATE_LIMIT: '0' };
delete baseEnv.DATELINE_DATABASE_URL;
delete baseEnv.DATELINE_TOKEN;
if (!['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(path.join(ROOT, f))) || argv.includes('--rebuild')) {
  console.log('building the app (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', env: baseEnv });
}
const seed = readFileSync(path.join(ROOT, 'data', 'corpus', 'sputnik-ar-2021-12-29-putin-biden-call.txt'), 'utf8');
const extractBody = JSON.stringify({ text: seed, published: '2021-12-29', timeZone: 'Europe/Moscow', publisher: 'sputnik-arabic' });
// The documents the run adds (read and edited) and those it queues (the ingest): one generated corpus, cut in three.
const generated = [...generateCorpus(SETUP_DOCS + 2 * INGEST, 7)];
const setupDocs = generated.slice(0, SETUP_DOCS);
const ingestBatches = [generated.slice(SETUP_DOCS, SETUP_DOCS + INGEST), generated.slice(SETUP_DOCS + INGEST)];

const JSON_HEADERS = { 'content-type': 'application/json' };
const run = (title, bases, o) =>
  new Promise((resolve, reject) => {
    autocannon(
      {
        url: bases.length === 1 ? bases[0] + (o.path ?? '/') : bases,
        method: o.method ?? 'GET',
        body: o.body,
        headers: JSON_HEADERS,
        // One request, built afresh each time when it has a setup (the document read, the edit made).
        requests: [{ method: o.method ?? 'GET', path: o.path, body: o.body, headers: JSON_HEADERS, ...(o.setupRequest ? { setupRequest: o.setupRequest } : {}) }],
        connections: CONNECTIONS,
        duration: o.duration ?? DURATION,
        title,
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });

async function json(url, init) {
  const r = await fetch(url, init);
  const body = await r.text();
  if (!r.ok && r.status !== 409) throw new Error(`${init?.method ?? 'GET'} ${url}: ${r.status} ${body.slice(0, 300)}`);
  return { status: r.status, body: body ? JSON.parse(body) : null };
}

/** The run's documents added through the API (409: kept already), and what the read and edit routes go over. */
async function setUp(bases) {
  // POST /api/documents takes no id (the id is the text's); the queue's lines may give one.
  for (const [i, { id: _id, ...d }] of setupDocs.entries()) await json(`${bases[i % bases.length]}/api/documents`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(d) });
  const list = (await json(`${bases[0]}/api/documents?limit=500`)).body.documents;
  const docs = [];
  for (const d of list) {
    const got = (await json(`${bases[0]}/api/documents/${encodeURIComponent(d.id)}`)).body;
    docs.push({ id: d.id, statements: got.extraction.statements.map((s) => s.id) });
  }
  // Edit targets taken document by document in turn, so each document gets about as many edits as the others.
  const targets = [];
  for (let k = 0; docs.some((d) => k < d.statements.length); k++) for (const d of docs) if (k < d.statements.length) targets.push({ doc: d.id, statement: d.statements[k] });
  if (!targets.length) throw new Error('no statement to edit in the documents added');
  return { ids: docs.map((d) => d.id), targets };
}

function routes({ ids, targets }) {
  let reads = 0;
  let edits = 0;
  return [
    ['extract', 'POST /api/extract (seed)', { path: '/api/extract', method: 'POST', body: extractBody }],
    ['list', 'GET /api/documents', { path: '/api/documents' }],
    ['read', 'GET /api/documents/:id', { path: `/api/documents/${ids[0]}`, setupRequest: (req) => ({ ...req, path: `/api/documents/${encodeURIComponent(ids[reads++ % ids.length])}` }) }],
    [
      'edit',
      'POST /api/documents/:id/edits',
      {
        path: `/api/documents/${targets[0].doc}/edits`,
        method: 'POST',
        body: '{}',
        // Each statement's stance alternates between two values, each edit valid whatever came before.
        setupRequest: (req) => {
          const t = targets[edits % targets.length];
          const value = Math.floor(edits / targets.length) % 2 ? 'confirm' : 'deny';
          edits++;
          return { ...req, path: `/api/documents/${encodeURIComponent(t.doc)}/edits`, body: JSON.stringify({ op: 'statement.stance', target: t.statement, value, author: 'bench' }) };
        },
      },
    ],
  ];
}

async function measureRoutes(engine, bases) {
  const rows = [];
  const data = await setUp(bases);
  console.log(`  ${data.ids.length} documents, ${data.targets.length} statements to edit`);
  for (const [key, title, o] of routes(data)) {
    if (WARMUP > 0) await run(`${title} warm-up`, bases, { ...o, duration: WARMUP }).catch(() => null); // JIT and caches: the first seconds are not the steady state
    const r = await run(title, bases, o);
    const row = { engine, servers: bases.length, key, route: title, reqPerSec: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total };
    rows.push(row);
    console.log(`  ${title.padEnd(30)} ${row.reqPerSec.toFixed(0)} req/s | latency p50 ${row.p50} ms, p90 ${row.p90} ms, p99 ${row.p99} ms | ${row.total} requests, ${row.non2xx} not 2xx, ${row.errors} errors`);
  }
  return rows;
}

// /api/health's latency, sampled every 100 ms for `seconds`, while `load` runs: the event loop stays free while
// the worker pool reads (issue 16).
async function healthLatency(base, seconds) {
  const samples = [];
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t = performance.now();
    const r = await fetch(`${base}/api/health`);
    await r.arrayBuffer();
    samples.push(performance.now() - t);
    await new Promise((res) => setTimeout(res, 100));
  }
  samples.sort((a, b) => a - b);
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { n: samples.length, p50: q(0.5), p95: q(0.95), max: samples.at(-1) };
}

/** `npm run worker` processes, each in its own process group, resolved once each says it takes jobs. */
async function startWorkers(n, env) {
  const procs = [];
  const stop = () => {
    for (const p of procs)
      try {
        process.kill(-p.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
  };
  process.prependListener('exit', stop);
  const exited = [];
  for (let i = 0; i < n; i++) {
    const p = spawn('npm', ['run', '-s', 'worker', '--', '--jobs', String(WORKER_JOBS), '--quiet'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    procs.push(p);
    exited.push(new Promise((res) => p.once('exit', res)));
  }
  await Promise.all(
    procs.map(
      (p) =>
        new Promise((resolve, reject) => {
          let log = '';
          const timer = setTimeout(() => reject(new Error(`a worker did not start in 60 s:\n${log}`)), 60_000);
          p.stderr.on('data', (b) => {
            log += b;
            if (/taking jobs/.test(log)) {
              clearTimeout(timer);
              resolve();
            }
          });
          p.once('exit', (code) => reject(new Error(`a worker exited (${code}):\n${log}`)));
        }),
    ),
  ).catch((e) => {
    stop();
    throw e;
  });
  for (const p of procs) p.stderr.resume();
  return {
    async stop() {
      stop();
      await Promise.race([Promise.all(exited), new Promise((res) => setTimeout(res, 35_000))]);
      process.off('exit', stop);
    },
  };
}

/** One batch handed in and timed until GET /api/jobs/:id says done, with `workers` workers running. */
async function measureIngest(bases, workers, docs, env) {
  const w = await startWorkers(workers, env);
  try {
    const t0 = performance.now();
    const r = await fetch(`${bases[0]}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: docs.map((d) => JSON.stringify(d)).join('\n') });
    const batch = await r.json();
    if (r.status !== 202) throw new Error(`POST /api/ingest: ${r.status} ${JSON.stringify(batch).slice(0, 300)}`);
    let p;
    for (let i = 0; ; i++) {
      p = (await json(`${bases[i % bases.length]}/api/jobs/${batch.id}`)).body;
      if (p.state === 'done') break;
      if (performance.now() - t0 > 30 * 60_000) throw new Error(`the batch was not done in 30 minutes: ${JSON.stringify(p).slice(0, 300)}`);
      await new Promise((res) => setTimeout(res, 100));
    }
    const seconds = (performance.now() - t0) / 1000;
    const row = { workers, workerJobs: WORKER_JOBS, documents: p.total, done: p.done, skipped: p.skipped, failed: p.failed.length, seconds, docsPerSec: p.total / seconds };
    console.log(`  ingest, ${workers} worker${workers === 1 ? ' ' : 's'} (${WORKER_JOBS} thread${WORKER_JOBS === 1 ? '' : 's'} each) ${row.docsPerSec.toFixed(0)} documents/s | ${row.documents} in ${seconds.toFixed(1)} s, ${row.done} done (${row.skipped} kept already), ${row.failed} failed`);
    if (row.failed) console.log(`    first failure: line ${p.failed[0].line}: ${p.failed[0].reason}`);
    return row;
  } finally {
    await w.stop();
  }
}

const engines = [];
let health = null;
const cleanups = [];
let stopCluster = null;
try {
  // SQLite: one server, as always.
  {
    const dbDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-api-'));
    const removeDb = () => rmSync(dbDir, { recursive: true, force: true });
    cleanups.push(removeDb);
    process.on('exit', removeDb); // interrupted too
    const env = { ...baseEnv, DATELINE_DB: path.join(dbDir, 'db.sqlite') };
    const { base, stop } = await serveApp({ root: ROOT, env, probe: '/api/health' });
    cleanups.push(stop);
    console.log(`SQLite, 1 server (${CONNECTIONS} connections, ${DURATION} s per route):`);
    const rows = await measureRoutes('sqlite', [base]);
    // The pool busy with long documents (forty copies of the seed each, about 150 KB), health probed meanwhile.
    const heavy = JSON.stringify({ text: Array.from({ length: 40 }, () => seed).join('\n\n'), published: '2021-12-29', timeZone: 'Europe/Moscow' });
    const idle = await healthLatency(base, 3);
    const [loaded, busy] = await Promise.all([healthLatency(base, DURATION), run('POST /api/extract (150 KB) under load', [base], { path: '/api/extract', method: 'POST', body: heavy })]);
    health = { idle, loaded, heavyReqPerSec: busy.requests.average, heavyNon2xx: busy.non2xx };
    const ms = (x) => `${x.toFixed(1)} ms`;
    console.log(`  GET /api/health idle          p50 ${ms(idle.p50)}, p95 ${ms(idle.p95)}, max ${ms(idle.max)} (${idle.n} probes)`);
    console.log(`  GET /api/health, pool busy    p50 ${ms(loaded.p50)}, p95 ${ms(loaded.p95)}, max ${ms(loaded.max)} (${loaded.n} probes; ${busy.requests.average.toFixed(1)} heavy extractions/s, ${busy.non2xx} turned away)`);
    stop();
    engines.push({ engine: 'sqlite', servers: 1, routes: rows, ingest: [] });
  }
  if (DB === 'postgres') {
    let url = process.env.DATELINE_BENCH_DATABASE_URL?.trim();
    if (!url) {
      console.log('\nstarting a throwaway PostgreSQL cluster…');
      const pg = await startThrowaway();
      cleanups.push(() => pg.stop());
      stopCluster = () => {
        try {
          pg.stop();
        } catch (e) {
          console.error(`stopping PostgreSQL: ${e.message}`);
        }
      };
      url = pg.url;
    }
    const env = { ...baseEnv, DATELINE_DATABASE_URL: url, DATELINE_WORKER_POLL_MS: '100' };
    // The servers started together: one migrates under the advisory lock, the others wait for it.
    const servers = await Promise.all(Array.from({ length: SERVERS }, () => serveApp({ root: ROOT, env, probe: '/api/health' })));
    for (const s of servers) cleanups.push(s.stop);
    // Interrupted (Ctrl-C: serve-app.mjs exits on SIGINT), the cluster is stopped last, after the servers.
    if (stopCluster) process.on('exit', stopCluster);
    const bases = servers.map((s) => s.base);
    console.log(`PostgreSQL, ${SERVERS} server${SERVERS === 1 ? '' : 's'} (${CONNECTIONS} connections spread over them, ${DURATION} s per route):`);
    const rows = await measureRoutes('postgres', bases);
    const ingest = [];
    for (const [i, workers] of [1, 2].entries()) if (INGEST > 0) ingest.push(await measureIngest(bases, workers, ingestBatches[i], env));
    for (const s of servers) s.stop();
    engines.push({ engine: 'postgres', servers: SERVERS, routes: rows, ingest });
  }
} finally {
  for (const c of cleanups.reverse())
    try {
      c();
    } catch (e) {
      console.error(`cleaning up: ${e.message}`);
    }
}
mkdirSync(path.dirname(OUT), { recursive: true });
const results = engines.flatMap((e) => e.routes);
writeFileSync(OUT, JSON.stringify({ startedAt: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, cpus: os.cpus().length, loadavg: os.loadavg(), node: process.version, engines, results, health }, null, 1));

// One table, the engines side by side.
const label = (e) => (e.engine === 'sqlite' ? 'SQLite, 1 server' : `PostgreSQL, ${e.servers} servers`);
console.log(`\n| route | ${engines.map((e) => `${label(e)}: req/s | p50 | p99`).join(' | ')} |`);
console.log(`|---|${engines.map(() => '---:|---:|---:|').join('')}`);
for (const [key, title] of routes({ ids: ['x'], targets: [{}] }).map(([k, t]) => [k, t])) {
  const cells = engines.map((e) => {
    const r = e.routes.find((x) => x.key === key);
    return r ? `${r.reqPerSec.toFixed(0)} | ${r.p50} ms | ${r.p99} ms` : '— | | ';
  });
  console.log(`| ${key}: ${title} | ${cells.join(' | ')} |`);
}
for (const workers of [1, 2]) {
  if (!engines.some((e) => e.ingest.length)) break;
  const cells = engines.map((e) => {
    const r = e.ingest.find((x) => x.workers === workers);
    return r ? `${r.docsPerSec.toFixed(0)} docs/s | | ` : '— (no queue) | | ';
  });
  console.log(`| ingest, ${workers} worker${workers === 1 ? '' : 's'} (POST /api/ingest of ${INGEST}, until done) | ${cells.join(' | ')} |`);
}
const ex = results[0];
const check = (label, ok, detail) => console.log(`${ok ? ' ok ' : 'MISS'}  ${label}: ${detail}`);
console.log(`\nGoals (issue 6), SQLite, ${CONNECTIONS} connections, ${DURATION} s — raw numbers in ${path.relative(ROOT, OUT)}:`);
check('extract ≥ 300 req/s', ex.reqPerSec >= 300, `${ex.reqPerSec.toFixed(0)} req/s`);
check('extract p99 ≤ 50 ms', ex.p99 <= 50, `${ex.p99} ms`);
for (const r of results) if (r.non2xx || r.errors) check(`every ${r.key} on ${r.engine} answered 2xx`, false, `${r.non2xx} not 2xx, ${r.errors} errors`);
if (health) check('health p95 ≤ 100 ms while the pool is busy (it waited 8.4 s behind one request before)', health.loaded.p95 <= 100, `${health.loaded.p95.toFixed(1)} ms`);
