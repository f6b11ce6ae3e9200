// scratch: screenshots of the explorer
import { launchChromium, startApp } from './tests/browser/server';
const [, , what = 'fix'] = process.argv;
const app = await startApp({ DATELINE_RATE_LIMIT: '0' });
const browser = await launchChromium();
try {
  for (const [lang, vw] of [['en', { width: 1440, height: 1000 }], ['ar', { width: 1440, height: 1000 }], ['en', { width: 390, height: 844 }], ['ar', { width: 390, height: 844 }]] as const) {
    const page = await browser.newPage({ viewport: vw });
    const seed = (await (await fetch(`${app.url}/api/documents/sputnik-ar-2021-12-29-putin-biden-call`)).json()) as { extraction: { statements: { id: string }[] } };
    const sel = what === 'fix' ? `&sel=${encodeURIComponent(`sputnik-ar-2021-12-29-putin-biden-call/${seed.extraction.statements[1]!.id}`)}` : '';
    await page.goto(`${app.url}/?lang=${lang}${sel}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const name = `${what}-${lang}-${vw.width}`;
    if (what === 'fix') {
      await page.waitForTimeout(500);
      const fix = page.locator('.fix').first();
      if (await fix.count()) await fix.scrollIntoViewIfNeeded();
    }
    await page.screenshot({ path: `/work/scratch/shots/${name}.png`, fullPage: what === 'full' });
    if (what === 'fix') {
      const boxes = await page.evaluate(() => [...document.querySelectorAll('.fix-grid input, .fix-grid select')].map((e) => { const r = e.getBoundingClientRect(); return [e.id, Math.round(r.x), Math.round(r.width)]; }));
      console.log(name, JSON.stringify(boxes));
    }
    await page.close();
  }
} finally {
  await browser.close();
  app.stop();
}
