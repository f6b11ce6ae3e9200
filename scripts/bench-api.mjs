#!/usr/bin/env node
// npm run bench:api — load on the JSON API with autocannon against the production build: POST /api/extract
// with the seed article (the engine's whole path per request) and GET /api/documents (the store). Prints
// requests per second and latency percentiles, and the goal for extraction. The app runs with a
// database of its own in a temporary folder and the rate limit off (a load test is one client).
//
//   npm run bench:api                      # 10 connections, 10 s per route
//   npm run bench:api -- --connections 20 --duration 20 --rebuild
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { serveApp } from './serve-app.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results', 'api.json');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : dflt);
const CONNECTIONS = opt('connections', 10);
const DURATION = opt('duration', 10);
const dbDir = mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-api-'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATELINE_DB: path.join(dbDir, 'db.sqlite'), DATELINE_RATE_LIMIT: '0' };

if (!['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(path.join(ROOT, f))) || argv.includes('--rebuild')) {
  console.log('building the app (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}
const { base, stop } = await serveApp({ root: ROOT, env, probe: '/api/health' });
const seed = readFileSync(path.join(ROOT, 'data', 'corpus', 'sputnik-ar-2021-12-29-putin-biden-call.txt'), 'utf8');
const extractBody = JSON.stringify({ text: seed, published: '2021-12-29', timeZone: 'Europe/Moscow', publisher: 'sputnik-arabic' });

const run = (title, o) =>
  new Promise((resolve, reject) => {
    autocannon({ url: base + o.path, method: o.method ?? 'GET', body: o.body, headers: { 'content-type': 'application/json' }, connections: CONNECTIONS, duration: DURATION, title }, (err, r) => (err ? reject(err) : resolve(r)));
  });

const results = [];
// /api/health's latency, sampled every 100 ms for `seconds`, while `load` runs: the event loop stays free while
// the worker pool reads (issue 16).
async function healthLatency(seconds) {
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
let health = null;
try {
  for (const [title, o] of [
    ['POST /api/extract (seed)', { path: '/api/extract', method: 'POST', body: extractBody }],
    ['GET /api/documents', { path: '/api/documents' }],
  ]) {
    await run(`${title} warm-up`, { ...o }).catch(() => null); // JIT and caches: the first seconds are not the steady state
    const r = await run(title, o);
    const row = { route: title, reqPerSec: r.requests.average, p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors, total: r.requests.total };
    results.push(row);
    console.log(`  ${title.padEnd(26)} ${row.reqPerSec.toFixed(0)} req/s | latency p50 ${row.p50} ms, p90 ${row.p90} ms, p99 ${row.p99} ms | ${row.total} requests, ${row.non2xx} not 2xx, ${row.errors} errors`);
  }
  // The pool busy with long documents (forty copies of the seed each, about 150 KB), health probed meanwhile.
  const heavy = JSON.stringify({ text: Array.from({ length: 40 }, () => seed).join('\n\n'), published: '2021-12-29', timeZone: 'Europe/Moscow' });
  const idle = await healthLatency(3);
  const [loaded, busy] = await Promise.all([healthLatency(DURATION), run('POST /api/extract (150 KB) under load', { path: '/api/extract', method: 'POST', body: heavy })]);
  health = { idle, loaded, heavyReqPerSec: busy.requests.average, heavyNon2xx: busy.non2xx };
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`  GET /api/health idle          p50 ${ms(idle.p50)}, p95 ${ms(idle.p95)}, max ${ms(idle.max)} (${idle.n} probes)`);
  console.log(`  GET /api/health, pool busy    p50 ${ms(loaded.p50)}, p95 ${ms(loaded.p95)}, max ${ms(loaded.max)} (${loaded.n} probes; ${busy.requests.average.toFixed(1)} heavy extractions/s, ${busy.non2xx} turned away)`);
} finally {
  stop();
  rmSync(dbDir, { recursive: true, force: true });
}
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ startedAt: new Date().toISOString(), connections: CONNECTIONS, durationS: DURATION, cpus: os.cpus().length, node: process.version, results, health }, null, 1));
console.log(`\n| route | req/s | p50 | p90 | p99 |\n|---|---:|---:|---:|---:|`);
for (const r of results) console.log(`| ${r.route} | ${r.reqPerSec.toFixed(0)} | ${r.p50} ms | ${r.p90} ms | ${r.p99} ms |`);
const ex = results[0];
const check = (label, ok, detail) => console.log(`${ok ? ' ok ' : 'MISS'}  ${label}: ${detail}`);
console.log(`\nGoals (issue 6), ${CONNECTIONS} connections, ${DURATION} s — raw numbers in ${path.relative(ROOT, OUT)}:`);
check('extract ≥ 300 req/s', ex.reqPerSec >= 300, `${ex.reqPerSec.toFixed(0)} req/s`);
check('extract p99 ≤ 50 ms', ex.p99 <= 50, `${ex.p99} ms`);
if (ex.non2xx || ex.errors) check('every extract answered 2xx', false, `${ex.non2xx} not 2xx, ${ex.errors} errors`);
if (health) check('health p95 ≤ 100 ms while the pool is busy (it waited 8.4 s behind one request before)', health.loaded.p95 <= 100, `${health.loaded.p95.toFixed(1)} ms`);
