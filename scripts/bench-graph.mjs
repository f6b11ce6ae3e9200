#!/usr/bin/env node
// npm run bench:graph — the actor graph at 2,000 nodes / 8,000 edges in headless Chromium, beside a plain
// d3-force + SVG yardstick in the same run: time until the layout is at rest and drawn, then zoom and drag
// frame intervals (one step per animation frame, as input arrives). Prints a table and the issue's goals.
//
//   npm run bench:graph                          # 2,000 / 8,000, 3 repetitions per page
//   npm run bench:graph -- --nodes 500 --edges 2000 --reps 1
//   npm run bench:graph -- --rebuild             # rebuild the app first
//   npm run bench:graph -- --only dateline       # one page (no goals are checked without the yardstick)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveApp } from './serve-app.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results', 'graph.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const NODES = opt('nodes', 2000);
const EDGES = opt('edges', 8000);
const REPS = opt('reps', 3);
const STEPS = 30;

function fail(msg) {
  console.error(`bench:graph: ${msg}`);
  process.exit(1);
}
if (!existsSync('/usr/bin/chromium')) fail('Chromium is missing: apt-get update && apt-get install -y chromium');
if (!['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(path.join(ROOT, f))) || argv.includes('--rebuild')) {
  console.log('building the app (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}

/** A seeded graph shaped like a news corpus: a few hubs (states, offices) with many links, most nodes few. */
function generate(n, m, seed = 20211229) {
  let s = seed >>> 0;
  const rnd = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const kinds = ['person', 'person', 'person', 'institution', 'state', 'alliance', 'media', 'event', 'event', 'document'];
  const edgeKinds = ['statement', 'statement', 'statement', 'participation', 'affiliation', 'channel', 'reporting'];
  const stances = ['confirm', 'deny', 'state', 'announce', 'report', 'accuse', 'request', 'publish'];
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, kind: kinds[Math.floor(rnd() * kinds.length)], label: `Actor ${i}` }));
  const edges = [];
  for (let i = 0; i < m; i++) {
    const a = Math.floor(rnd() * n);
    let b = Math.floor(rnd() ** 2.2 * n); // preferential: low ids are hubs
    if (b === a) b = (a + 1) % n;
    const kind = edgeKinds[Math.floor(rnd() * edgeKinds.length)];
    edges.push({ source: `n${a}`, target: `n${b}`, kind, label: kind === 'statement' ? stances[Math.floor(rnd() * stances.length)] : kind, count: 1 + Math.floor(rnd() ** 4 * 5) });
  }
  return { nodes, edges };
}

const { base, stop } = await serveApp({ root: ROOT, env, probe: '/bench/graph' }).catch((e) => fail(e.message));

// In the page: one step per animation frame; frame j is seen by a rAF callback requested first, and step j
// runs in a task posted from it (like an input event between frames). Returns the rAF intervals.
async function inpageSteps({ kind, n }) {
  const B = window.__graphBench;
  const ts = [];
  await new Promise((resolve) => {
    let i = 0;
    const onFrame = (t) => {
      ts.push(t);
      if (i > n) return resolve();
      requestAnimationFrame(onFrame);
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (i < n) {
          if (kind === 'zoom') B.zoom(i < n / 2 ? 1 : -1);
          else B.drag(8, 5);
        }
        i++;
      };
      ch.port2.postMessage(null);
    };
    requestAnimationFrame(onFrame);
  });
  if (kind === 'drag') B.drag(0, 0, true);
  return ts.slice(1).map((t, j) => t - ts[j]);
}

const data = generate(NODES, EDGES);
const dataJson = JSON.stringify(data);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null;
const targets = [
  { name: 'dateline', url: `${base}/bench/graph` },
  { name: 'd3-force-svg', url: `${base}/bench/graph-yardstick` },
].filter((t) => !only || t.name === only);
if (!targets.length) fail(`--only: no page named ${only} (dateline, d3-force-svg)`);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const runs = [];
console.log(`graph: ${NODES} nodes, ${EDGES} edges, ${REPS} reps | Chromium ${browser.version()} | ${os.cpus().length} CPUs`);
for (let rep = 1; rep <= REPS; rep++) {
  for (const target of rep % 2 ? targets : [...targets].reverse()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(target.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__graphBench && typeof window.__graphBench.load === 'function', null, { timeout: 30_000 });
    await page.evaluate((json) => void (window.__data = JSON.parse(json)), dataJson);
    const load = await page.evaluate(async () => {
      const t0 = performance.now();
      const r = await window.__graphBench.load(window.__data);
      return { settledMs: performance.now() - t0, layoutMs: r.layoutMs };
    });
    const zoom = await page.evaluate(inpageSteps, { kind: 'zoom', n: STEPS });
    const drag = await page.evaluate(inpageSteps, { kind: 'drag', n: STEPS });
    const run = { target: target.name, rep, ...load, zoom, drag, errors };
    runs.push(run);
    const p = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
    console.log(`  rep ${rep} ${target.name.padEnd(13)} settled ${load.settledMs.toFixed(0)} ms (layout ${load.layoutMs.toFixed(0)}) | zoom p95 ${p(zoom, 0.95).toFixed(1)} | drag p95 ${p(drag, 0.95).toFixed(1)}${errors.length ? ` | errors: ${errors.join('; ')}` : ''}`);
    await context.close();
  }
}
await browser.close();
stop();

const pct = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => pct(xs, 0.5);
const summary = targets.map(({ name }) => {
  const rs = runs.filter((r) => r.target === name);
  const zoom = rs.flatMap((r) => r.zoom);
  const drag = rs.flatMap((r) => r.drag);
  return { target: name, settledMs: median(rs.map((r) => r.settledMs)), layoutMs: median(rs.map((r) => r.layoutMs)), zoomP50: median(zoom), zoomP95: pct(zoom, 0.95), dragP50: median(drag), dragP95: pct(drag, 0.95) };
});
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ startedAt: new Date().toISOString(), nodes: NODES, edges: EDGES, reps: REPS, steps: STEPS, cpus: os.cpus().length, runs, summary }, null, 1));

const f = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
console.log(`\n| page | settled ms (median) | layout ms | zoom frame p50 / p95 | drag frame p50 / p95 |\n|---|---:|---:|---:|---:|`);
for (const s of summary) console.log(`| ${s.target} | ${f(s.settledMs)} | ${f(s.layoutMs)} | ${f(s.zoomP50)} / ${f(s.zoomP95)} | ${f(s.dragP50)} / ${f(s.dragP95)} |`);
if (targets.length < 2) {
  console.log('\n(one page only: the goals are checked in a run beside the yardstick)');
  process.exit(0);
}
const ours = summary[0];
const check = (label, ok, detail) => console.log(`${ok ? ' ok' : 'MISS'}  ${label}: ${detail}`);
console.log(`\nGoals (issue 4), same run — raw samples in ${path.relative(ROOT, OUT)}:`);
check('layout of 2,000 nodes / 8,000 edges settles in ≤ 2 s', ours.settledMs <= 2000, `${f(ours.settledMs)} ms to drawn (layout ${f(ours.layoutMs)} ms); yardstick ${f(summary[1].settledMs)} ms`);
check('zoom frames p95 ≤ 33 ms', ours.zoomP95 <= 33.4, `${f(ours.zoomP95)} ms; yardstick ${f(summary[1].zoomP95)} ms`);
check('drag frames p95 ≤ 33 ms', ours.dragP95 <= 33.4, `${f(ours.dragP95)} ms; yardstick ${f(summary[1].dragP95)} ms`);
