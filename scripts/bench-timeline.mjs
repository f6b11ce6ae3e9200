#!/usr/bin/env node
// npm run bench:timeline — measures /bench/timeline (the app's Timeline in a production build) beside
// vis-timeline and the bare d3-canvas yardstick, in one run of the shared peer-timeline harness, and prints the
// harness table followed by the goals checked against the same run.
//
//   npm run bench:timeline                       # N = 10k and 50k, 3 reps (about 5 minutes)
//   npm run bench:timeline -- --n 1000 --reps 1  # any harness option is passed through
//
// The harness lives in ../shared/bench/peer-timeline, which may be read-only: it is copied to a temporary
// folder and its dependencies installed there (npm registry only) the first time.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveApp } from './serve-app.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HARNESS_SRC = process.env.PEER_TIMELINE ?? path.resolve(ROOT, '..', 'shared', 'bench', 'peer-timeline');
const HARNESS = path.join(os.tmpdir(), 'dateline-peer-timeline');
// The harness writes its samples where --out says (ours unless one is passed through); the goals read the same file.
const outAt = process.argv.indexOf('--out');
const OUT = outAt > 0 && process.argv[outAt + 1] ? path.resolve(process.argv[outAt + 1]) : path.join(ROOT, 'bench-results', 'timeline.json');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function fail(msg) {
  console.error(`bench:timeline: ${msg}`);
  process.exit(1);
}

if (!existsSync(path.join(HARNESS_SRC, 'run.mjs'))) fail(`harness not found at ${HARNESS_SRC} (set PEER_TIMELINE)`);
if (!existsSync('/usr/bin/chromium')) fail('Chromium is missing: apt-get update && apt-get install -y chromium');

if (!existsSync(path.join(HARNESS, 'node_modules', 'playwright-core'))) {
  console.log(`copying the harness to ${HARNESS} and installing its dependencies…`);
  rmSync(HARNESS, { recursive: true, force: true });
  cpSync(HARNESS_SRC, HARNESS, { recursive: true, filter: (p) => !p.includes(`${path.sep}node_modules`) });
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HARNESS, stdio: 'inherit', env });
}

if (!['.next/BUILD_ID', 'dist/server.mjs', 'dist/extract-worker.mjs'].every((f) => existsSync(path.join(ROOT, f))) || process.argv.includes('--rebuild')) {
  console.log('building the app (npm run build)…');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}

const { base, stop } = await serveApp({ root: ROOT, env, probe: '/bench/timeline' }).catch((e) => fail(e.message));
const url = `${base}/bench/timeline`;

mkdirSync(path.dirname(OUT), { recursive: true });
const passed = process.argv.slice(2).filter((a) => a !== '--rebuild');
const has = (flag) => passed.includes(flag);
const args = [
  'run.mjs',
  ...(has('--peers') ? [] : ['--peers', 'vis-timeline,d3-canvas']),
  ...(has('--n') ? [] : ['--n', '10000,50000']),
  '--page',
  `dateline=${url}`,
  ...(has('--out') ? [] : ['--out', OUT]),
  ...passed.map((a, i) => (passed[i - 1] === '--out' ? OUT : a)),
];
console.log(`node ${args.join(' ')}`);
execFileSync('node', args, { cwd: HARNESS, stdio: 'inherit', env });
stop();

// Goals from the issue, checked on this run's medians and pooled p95s.
const { summary } = JSON.parse(readFileSync(OUT, 'utf8'));
const row = (target, n) => summary.find((r) => r.target === target && r.n === n);
const med = (r) => r?.renderFrameMs?.median;
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const lines = [];
const check = (label, ok, detail) => lines.push(`${ok === undefined ? '  ?' : ok ? ' ok' : 'MISS'}  ${label}: ${detail}`);
const ours10 = med(row('dateline', 10000));
const vis10 = med(row('vis-timeline', 10000));
const d3c10 = med(row('d3-canvas', 10000));
if (ours10 !== undefined) {
  const speedup = vis10 / ours10;
  check('10k first render ≥ 20× faster than vis-timeline', Number.isFinite(speedup) ? speedup >= 20 : undefined, `${fmt(ours10)} ms vs ${fmt(vis10)} ms (${fmt(speedup)}×)`);
  const ratio = ours10 / d3c10;
  check('10k first render within 2× of d3-canvas', Number.isFinite(ratio) ? ratio <= 2 : undefined, `${fmt(ours10)} ms vs ${fmt(d3c10)} ms (${fmt(ratio)}×)`);
}
const r50 = row('dateline', 50000);
if (r50) {
  check('50k first render ≤ 300 ms', med(r50) <= 300, `${fmt(med(r50))} ms (vis-timeline ${fmt(med(row('vis-timeline', 50000)))} ms, d3-canvas ${fmt(med(row('d3-canvas', 50000)))} ms)`);
  for (const key of ['zoom-api', 'pan-api']) {
    const p95 = r50.interactions?.[key]?.frameIntervalMs?.p95;
    const work = r50.interactions?.[key]?.frameWorkMs?.p95;
    check(`50k ${key} frame p95 ≤ 16.7 ms`, Number.isFinite(p95) ? p95 <= 16.7 + 0.5 : undefined, `${fmt(p95)} ms (work p95 ${fmt(work)} ms)`);
  }
}
console.log(`\nGoals (issue 3), same run — raw samples in ${path.relative(ROOT, OUT)}:\n${lines.join('\n')}`);
