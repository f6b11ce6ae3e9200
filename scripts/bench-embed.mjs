#!/usr/bin/env node
// npm run bench:embed — what an embed costs the page that hosts it: for each embed route (and the explorer,
// for comparison), the JavaScript and total bytes as sent (compressed, as `next start` serves them) and
// decoded, and the time to a painted chart in headless Chromium (first contentful paint: the chart is in the
// server's HTML) and to the load event (the island or React ready). Median of --reps loads, cold cache each.
//
//   npm run bench:embed                 # 5 loads per route
//   npm run bench:embed -- --reps 9 --rebuild
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveApp } from './serve-app.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'bench-results', 'embed.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const argv = process.argv.slice(2);
const REPS = argv.includes('--reps') ? Number(argv[argv.indexOf('--reps') + 1]) : 5;
const GOAL_JS = 120 * 1024;

if (!existsSync('/usr/bin/chromium')) {
  console.error('bench:embed: Chromium is missing: apt-get update && apt-get install -y chromium');
  process.exit(1);
}
if (!['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(path.join(ROOT, f))) || argv.includes('--rebuild')) {
  console.log('building the app (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}
const { base, stop } = await serveApp({ root: ROOT, env, probe: '/embed/timeline' });
const routes = [
  { name: '/embed/timeline', path: '/embed/timeline?lang=ar', chart: '.lt-svg', goal: true },
  { name: '/embed/graph', path: '/embed/graph?lang=ar', chart: '.lt-svg', goal: true },
  { name: '/embed/timeline/live', path: '/embed/timeline/live?lang=ar', chart: '.tl-marks', goal: false },
  { name: '/embed/graph/live', path: '/embed/graph/live?lang=ar', chart: '.graph svg, .graph canvas', goal: false },
  { name: '/ (explorer)', path: '/?lang=ar', chart: '.tl-marks', goal: false },
];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = [];
for (const r of routes) {
  const runs = [];
  for (let i = 0; i < REPS; i++) {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 } }); // a fresh cache
    const page = await context.newPage();
    const responses = [];
    page.on('response', (res) => responses.push(res));
    await page.goto(base + r.path, { waitUntil: 'load' });
    await page.locator(r.chart).first().waitFor({ state: 'attached' });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp ? fcp.startTime : NaN, load: nav ? nav.loadEventEnd : NaN };
    });
    let js = 0;
    let jsRaw = 0;
    let all = 0;
    for (const res of responses) {
      const sizes = await res.request().sizes().catch(() => null);
      if (!sizes) continue;
      const type = res.headers()['content-type'] ?? '';
      all += sizes.responseBodySize;
      if (/javascript/.test(type)) {
        js += sizes.responseBodySize;
        jsRaw += (await res.body().catch(() => Buffer.alloc(0))).length;
      }
    }
    runs.push({ ...t, js, jsRaw, all });
    await context.close();
  }
  const s = { route: r.name, goal: r.goal, reps: runs.length, jsBytes: median(runs.map((x) => x.js)), jsRawBytes: median(runs.map((x) => x.jsRaw)), totalBytes: median(runs.map((x) => x.all)), fcpMs: median(runs.map((x) => x.fcp)), loadMs: median(runs.map((x) => x.load)) };
  results.push({ ...s, runs });
  console.log(`  ${r.name.padEnd(22)} JS ${(s.jsBytes / 1024).toFixed(1)} kB sent (${(s.jsRawBytes / 1024).toFixed(1)} kB decoded) | all ${(s.totalBytes / 1024).toFixed(1)} kB | chart painted ${s.fcpMs.toFixed(0)} ms | load ${s.loadMs.toFixed(0)} ms`);
}
await browser.close();
stop();
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify({ startedAt: new Date().toISOString(), reps: REPS, cpus: os.cpus().length, chromium: browser.version(), results }, null, 1));

const kb = (b) => `${(b / 1024).toFixed(1)} kB`;
console.log(`\n| route | JS sent (decoded) | all bytes sent | chart painted (FCP) | load event |\n|---|---:|---:|---:|---:|`);
for (const s of results) console.log(`| ${s.route} | ${kb(s.jsBytes)} (${kb(s.jsRawBytes)}) | ${kb(s.totalBytes)} | ${s.fcpMs.toFixed(0)} ms | ${s.loadMs.toFixed(0)} ms |`);
console.log(`\nGoal (issue 5): an embed page loads ≤ 120 kB of compressed JavaScript — raw samples in ${path.relative(ROOT, OUT)}`);
for (const s of results.filter((x) => x.goal)) console.log(`${s.jsBytes <= GOAL_JS ? ' ok ' : 'MISS'}  ${s.route}: ${kb(s.jsBytes)}`);
