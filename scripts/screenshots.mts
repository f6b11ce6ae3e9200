// Screenshots of the explorer, the compare view and the correction form, in English and Arabic, at desktop and
// phone sizes, for looking at before a change lands: `npm run shots [-- out-dir]` (default shots/, not committed).
// It starts the built app on a database of its own, as the browser tests do.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium, openPage, startApp } from '../tests/browser/server';

const out = path.resolve(process.argv[2] ?? 'shots');
mkdirSync(out, { recursive: true });
const DOC = 'sputnik-ar-2021-12-29-putin-biden-call';
const SIZES = [
  { width: 1440, height: 1000 },
  { width: 390, height: 844 },
] as const;

const app = await startApp({ DATELINE_RATE_LIMIT: '0' });
const browser = await launchChromium();
try {
  const seed = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string }[] } };
  const sel = encodeURIComponent(`${DOC}/${seed.extraction.statements[1]!.id}`);
  const views = [
    { name: 'explorer', query: '', ready: '.timeline svg', focus: null },
    { name: 'compare', query: '&view=compare', ready: '.cmp-detail', focus: null },
    { name: 'correction', query: `&sel=${sel}`, ready: '.fix', focus: '.fix' },
  ];
  for (const lang of ['en', 'ar'] as const)
    for (const size of SIZES)
      for (const v of views) {
        const { page, errors } = await openPage(browser, `${app.url}/?lang=${lang}${v.query}`, v.ready, size);
        if (v.focus) await page.locator(v.focus).first().scrollIntoViewIfNeeded();
        const file = path.join(out, `${v.name}-${lang}-${size.width}.png`);
        await page.screenshot({ path: file });
        console.log(file, errors.length ? `(page errors: ${errors.join('; ')})` : '');
        await page.close();
      }
} finally {
  await browser.close();
  app.stop();
}
