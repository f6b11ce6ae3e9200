import { chromium } from 'playwright-core';
import { generate } from '/tmp/peer-timeline/lib/dataset.mjs';
const n = Number(process.argv[2] || 50000);
const port = process.argv[3] || '3124';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
await p.goto(`http://localhost:${port}/bench/timeline${process.argv[4] || ""}`);
await p.waitForFunction(() => window.__bench, null, { timeout: 60000 });
const { events, meta } = generate(n);
await p.evaluate(async ({ events, meta }) => { await window.__bench.load(events, meta); }, { events, meta });
await p.waitForTimeout(500);
const client = await p.context().newCDPSession(p);
await client.send('Profiler.enable'); await client.send('Profiler.setSamplingInterval', { interval: 50 });
await client.send('Profiler.start');
const times = await p.evaluate(async () => {
  const out = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    window.__bench.zoom(i % 2 ? -1 : 1);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    out.push(Math.round(performance.now() - t0));
  }
  return out;
});
const { profile } = await client.send('Profiler.stop');
console.log('frame ms', times.join(' '));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
for (let i = 0; i < profile.samples.length; i++) { const node = byId.get(profile.samples[i]); const k = node.callFrame.functionName + ' ' + node.callFrame.url.split('/').pop().slice(0,30) + ':' + node.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i] || 0)); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close();
