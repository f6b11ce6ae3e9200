import { chromium } from 'playwright-core';
import { generate } from '/tmp/peer-timeline/lib/dataset.mjs';
const n = Number(process.argv[2] || 50000);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto(`http://localhost:3124/bench/timeline`);
await p.waitForFunction(() => window.__bench, null, { timeout: 60000 });
const { events, meta } = generate(n);
await p.evaluate(async ({ events, meta }) => { await window.__bench.load(events, meta); }, { events, meta });
await p.waitForTimeout(1000);
const client = await p.context().newCDPSession(p);
const chunks = [];
client.on('Tracing.dataCollected', (d) => chunks.push(...d.value));
await client.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,cc', transferMode: 'ReportEvents' });
const times = await p.evaluate(async () => {
  const out = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    window.__bench.zoom(i % 2 ? -1 : 1);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(Math.round(performance.now() - t0));
  }
  return out;
});
const done = new Promise((r) => client.once('Tracing.tracingComplete', r));
await client.send('Tracing.end'); await done;
console.log('frame ms', times.join(' '));
const agg = new Map();
for (const e of chunks) if (e.ph === 'X' && e.dur) agg.set(e.name, (agg.get(e.name) || 0) + e.dur);
console.log([...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close();
