import { chromium } from 'playwright-core';
import { generate } from '/tmp/peer-timeline/lib/dataset.mjs';
const n = Number(process.argv[2] || 1000);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1280, height: 800 } });
p.on('console', (m) => console.log('console', m.text()));
await p.goto('http://127.0.0.1:3124/bench/timeline' + (process.argv[3] || ''));
await p.waitForFunction(() => window.__bench);
const { events, meta } = generate(n);
const client = await p.context().newCDPSession(p);
await client.send('Profiler.enable'); await client.send('Profiler.setSamplingInterval', { interval: 100 });
await p.evaluate(({ events, meta }) => { window.__ev = events; window.__meta = meta; }, { events, meta });
await client.send('Profiler.start');
const t = await p.evaluate(async () => { const t0 = performance.now(); await window.__bench.load(window.__ev, window.__meta); const t1 = performance.now(); await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))); return [t1 - t0, performance.now() - t0]; });
const { profile } = await client.send('Profiler.stop');
console.log('load/frame ms', t);
// self time by function
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; 
for (let i = 0; i < profile.samples.length; i++) { const node = byId.get(profile.samples[i]); const k = node.callFrame.functionName + ' ' + node.callFrame.url.split('/').pop() + ':' + node.callFrame.lineNumber; self.set(k, (self.get(k) || 0) + (dt[i] || 0)); }
console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v/1000).toFixed(1)}ms ${k}`).join('\n'));
await b.close();
