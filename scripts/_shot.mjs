import { chromium } from 'playwright-core';
const url = process.argv[2]; const out = process.argv[3];
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const p = await b.newPage({ viewport: { width: 1500, height: 1000 } });
const errs = [];
p.on('console', (m) => { if (m.type() === 'error' || m.type()==='warning') errs.push(m.text()); });
p.on('pageerror', (e) => errs.push(String(e)));
await p.goto(url, { waitUntil: 'networkidle' });
await p.waitForTimeout(1500);
if (process.argv[4]) { await eval(process.argv[4]); await p.waitForTimeout(800); }
await p.screenshot({ path: out, fullPage: false });
console.log(errs.join('\n'));
console.log('url', p.url());
await b.close();
