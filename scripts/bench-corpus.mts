// npm run bench:corpus -- --docs 1000,10000[,100000] [--seed N] [--jobs N] [--page-timeout S] [--rebuild] [--keep] [--reuse DIR]
// A researcher's corpus at scale: for each size, a varied corpus generated from a grammar (scripts/corpus-
// grammar.ts: the gazetteer's 200-odd speakers, 50 outlets, a happening for every eight documents across two
// years, Arabic and English, texts of different lengths) is written as JSON Lines, kept with `npm run ingest`
// in a database of its own, and served by the built app. Printed: ingest documents/s, the database's size,
// `/` and `/compare` bytes and time to the last byte, the explorer's time from navigation to hydrated and its
// JS heap in Chromium, p50/p95 of the server's queries, and the server's memory, with the goals of issue 18.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateCorpus } from './corpus-grammar';
// @ts-expect-error: a plain ES module of the bench scripts, without types
import { serveApp } from './serve-app.mjs';

const argv = process.argv.slice(2);
const arg = (name: string, dflt: string) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1]! : dflt);
const sizes = arg('docs', '1000').split(',').map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--docs is a list of whole numbers, e.g. 1000,10000');
const seed = Number(arg('seed', '1'));
const jobs = arg('jobs', String(os.availableParallelism?.() ?? os.cpus().length));
const PAGE_TIMEOUT = Number(arg('page-timeout', '120')) * 1000;
const ROOT = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATELINE_RATE_LIMIT: '0' };

// The app as built from the sources now: built when missing, older than a source, or with --rebuild.
const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => Math.max(m, e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs), 0);
const built = ['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(f));
if (!built || argv.includes('--rebuild') || statSync('dist/server.mjs').mtimeMs < Math.max(...['app', 'components', 'lib', 'data'].map(newest))) {
  console.log('building the app (npm run build)…');
  const b = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit', env });
  if (b.status !== 0) throw new Error('npm run build failed');
}

const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
async function timed(url: string): Promise<{ ms: number; bytes: number; status: number; gzip: number }> {
  const t = performance.now();
  const r = await fetch(url);
  const body = new Uint8Array(await r.arrayBuffer());
  const ms = performance.now() - t;
  // What a browser is sent (the app's server compresses with gzip).
  return { ms, bytes: body.byteLength, status: r.status, gzip: gzipSync(body).byteLength };
}
const rssOf = (pid: number) => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
    // The server and its extraction workers are threads of one process: VmRSS counts them all.
    return kb * 1024;
  } catch {
    return NaN;
  }
};

interface Row { docs: number; [k: string]: string | number }
const rows: Row[] = [];

// --reuse DIR: measure the database a run kept (--keep) for that size again, without generating or ingesting it.
const reuse = argv.includes('--reuse') ? arg('reuse', '') : null;
for (const n of sizes) {
  const dir = reuse ?? mkdtempSync(path.join(os.tmpdir(), `dateline-bench-corpus-${n}-`));
  const db = path.join(dir, 'db.sqlite');
  let ingestRate: number | string = 'reused';
  if (!reuse) {
    const file = path.join(dir, 'corpus.jsonl');
    const out = createWriteStream(file);
    let bytes = 0;
    for (const d of generateCorpus(n, seed)) {
      const line = `${JSON.stringify(d)}\n`;
      bytes += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    console.log(`\n${n} documents generated (${mb(bytes)} of JSON Lines); ingesting with ${jobs} jobs…`);
    const t0 = performance.now();
    const ing = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', file, '--quiet', '--jobs', jobs], { encoding: 'utf8', env: { ...env, DATELINE_DB: db }, maxBuffer: 64 * 1024 * 1024 });
    ingestRate = Number((n / ((performance.now() - t0) / 1000)).toFixed(1));
    console.log(`ingest: ${ing.stdout.trim().split('\n').slice(-2).join(' | ')}`);
  } else if (!existsSync(db)) throw new Error(`--reuse ${reuse}: no db.sqlite there`);
  const dbBytes = ['', '-wal', '-shm'].reduce((s, x) => s + (existsSync(db + x) ? statSync(db + x).size : 0), 0);

  const { base, stop, pid } = await serveApp({ root: ROOT, env: { ...env, DATELINE_DB: db }, probe: '/api/health' });
  const row: Row = { docs: n, 'ingest docs/s': ingestRate, 'db size': mb(dbBytes) };
  try {
    const home = await timed(`${base}/`);
    row['/ bytes'] = mb(home.bytes);
    row['/ gzip'] = `${(home.gzip / 1024).toFixed(0)} kB`;
    row['/ server s'] = Number((home.ms / 1000).toFixed(2));
    const cmp = await timed(`${base}/compare`).catch(() => ({ ms: NaN, bytes: NaN, status: 0 }));
    row['/compare bytes'] = mb(cmp.bytes);
    row['/compare s'] = Number((cmp.ms / 1000).toFixed(2));

    // The explorer in Chromium: navigation to hydrated, and the JS heap then.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const t = performance.now();
      try {
        await page.goto(`${base}/`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT });
        await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, { timeout: Math.max(1000, PAGE_TIMEOUT - (performance.now() - t)) });
        row['hydrated s'] = Number(((performance.now() - t) / 1000).toFixed(1));
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        row['JS heap'] = mb(metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN);
      } catch {
        row['hydrated s'] = `not in ${PAGE_TIMEOUT / 1000} s`;
        row['JS heap'] = '—';
      }
    } finally {
      await browser.close();
    }

    // The server's queries: a page of the document list and one document, and a view's typical questions
    // answered from the index (lib/query): an actor's statements, a week's window, a text search (as a view's
    // search and ranked), and a facet count. Each is asked 40 times with different values.
    const list = (await (await fetch(`${base}/api/documents?limit=1`)).json()) as { total: number };
    const ids = ((await (await fetch(`${base}/api/documents?limit=200`)).json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
    const top = (await (await fetch(`${base}/api/statements?limit=0`)).json()) as { facets: { actors: { value: string }[] }; days: { day: number }[] };
    const actorsSeen = top.facets.actors.slice(0, 40).map((a) => a.value);
    const daysSeen = top.days.map((d) => d.day);
    const WORDS = ['talks', 'call', 'denied', 'محادثات', 'اتصالا', 'أكد', 'نفى', 'Geneva', 'العلاقات', 'meeting'];
    const day = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const lat: Record<string, number[]> = { list: [], read: [], actor: [], week: [], 'view search': [], 'ranked search': [], facets: [], 'overview filter': [], 'overview zoom': [], 'overview search': [], 'graph and happenings': [], 'happening compare': [], health: [] };
    // The happenings most sources report, each opened as the explorer's list opens it (/compare of its sources).
    const happenings = ((await (await fetch(`${base}/api/overview?marks=0`)).json()) as { happenings: { eventType: string; docs: string[] }[] }).happenings;
    row['server RSS before the queries'] = mb(rssOf(pid));
    let peak = 0;
    for (let i = 0; i < 40; i++) {
      peak = Math.max(peak, rssOf(pid));
      lat.list!.push((await timed(`${base}/api/documents?limit=50&offset=${Math.floor(Math.random() * Math.max(1, list.total - 50))}`)).ms);
      lat.read!.push((await timed(`${base}/api/documents/${encodeURIComponent(ids[i % ids.length]!)}`)).ms);
      lat.actor!.push((await timed(`${base}/api/statements?actor=${encodeURIComponent(actorsSeen[i % actorsSeen.length] ?? 'russia')}&limit=50`)).ms);
      const d0 = daysSeen[Math.floor(Math.random() * daysSeen.length)] ?? 19000;
      lat.week!.push((await timed(`${base}/api/statements?from=${day(d0)}&to=${day(d0 + 7)}&limit=50`)).ms);
      lat['view search']!.push((await timed(`${base}/api/statements?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}&limit=50`)).ms);
      lat['ranked search']!.push((await timed(`${base}/api/search?q=${encodeURIComponent(WORDS[i % WORDS.length]!)}`)).ms);
      lat.facets!.push((await timed(`${base}/api/statements?stance=${['deny', 'confirm', 'state', 'announce'][i % 4]}&limit=0`)).ms);
      // The explorer's own questions (lib/query/overview): the chart of a filter, a zoom to a week, a search —
      // what a change waits for — and the graph and happenings, asked apart after it.
      const filter = i % 2 ? `stance=${['deny', 'confirm', 'state', 'announce'][i % 4]}` : `actor=${encodeURIComponent(actorsSeen[i % actorsSeen.length] ?? 'russia')}`;
      lat['overview filter']!.push((await timed(`${base}/api/overview?${filter}&parts=chart`)).ms);
      lat['overview zoom']!.push((await timed(`${base}/api/overview?from=${day(d0)}&to=${day(d0 + 7)}&parts=chart`)).ms);
      lat['overview search']!.push((await timed(`${base}/api/overview?q=${encodeURIComponent(WORDS[(i + 3) % WORDS.length]!)}&parts=chart`)).ms);
      lat['graph and happenings']!.push((await timed(`${base}/api/overview?${filter}&parts=graph,happenings`)).ms);
      const h = happenings[i % Math.max(1, happenings.length)];
      if (h && i < 10) lat['happening compare']!.push((await timed(`${base}/compare?docs=${h.docs.slice(0, 150).map(encodeURIComponent).join(',')}&type=${h.eventType}`)).ms);
      lat.health!.push((await timed(`${base}/api/health`)).ms);
    }
    for (const [k, xs] of Object.entries(lat)) row[`${k} p50/p95 ms`] = `${pct(xs, 50).toFixed(0)}/${pct(xs, 95).toFixed(0)}`;
    row['server RSS'] = mb(rssOf(pid));
    row['server RSS peak'] = mb(Math.max(peak, rssOf(pid)));
  } finally {
    stop();
    if (argv.includes('--keep') || reuse) console.log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  rows.push(row);
  console.log(row);
}

console.log('\nA researcher\'s corpus at scale (one run, this machine):');
console.table(rows);
const at = (n: number) => rows.find((r) => r.docs === n);
const num = (v: string | number | undefined) => (typeof v === 'number' ? v : Number(String(v ?? '').replace(/[^\d.]/g, '')) || NaN);
const big = at(100_000) ?? rows.at(-1)!;
const goals: [string, boolean][] = [
  [`${big.docs} documents: / ≤ 2 MB of HTML (is ${big['/ bytes']})`, num(big['/ bytes']) <= 2],
  [`${big.docs} documents: / ≤ 1 MB transferred (is ${big['/ gzip']} gzipped)`, num(big['/ gzip']) <= 1024],
  [`${big.docs} documents: ≤ 2 s to hydrated (is ${big['hydrated s']})`, num(big['hydrated s']) <= 2],
  [`${big.docs} documents: ingest ≥ 150 documents/s (is ${big['ingest docs/s']})`, num(big['ingest docs/s']) >= 150],
  [`${big.docs} documents: server memory ≤ 500 MB (is ${big['server RSS']})`, num(big['server RSS']) <= 500],
  ...(['actor', 'week', 'view search', 'facets', 'overview filter', 'overview zoom', 'overview search'] as const).map((k): [string, boolean] => [`${big.docs} documents: ${k} ≤ 150 ms p95 at the server (is ${big[`${k} p50/p95 ms`]})`, num(String(big[`${k} p50/p95 ms`]).split('/')[1]) <= 150]),
];
for (const [what, met] of goals) console.log(`${met ? 'met    ' : 'NOT met'}  ${what}`);
