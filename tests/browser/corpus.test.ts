// A researcher's corpus in the browser: an Arabic and an English article added through the explorer's form (its inferred
// dates offered when none is given), shown on the timeline, a statement's date corrected with an author, and
// after a reload the correction is what the explorer shows, kept as an edit on the server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, startApp } from './server';

// A constructed article, not a real report.
const TEXT = 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس إن موسكو لا تعتزم العودة إلى الستار الحديدي.';

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
beforeAll(async () => {
  app = await startApp({ DATELINE_RATE_LIMIT: '0' });
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  app?.stop();
});

describe('adding and correcting', () => {
  it('adds an article, corrects when a statement was said, and finds the correction after a reload', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.timeline');
    await page.locator('.add-doc summary').click();
    await page.getByLabel('Text of the article').fill(TEXT);
    // No date yet: reading it offers what the text suggests, or says it suggests nothing.
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => page.locator('.add-candidates legend').textContent()).toMatch(/No date given/);
    await page.getByLabel('Article title').fill('Zakharova on the iron curtain (constructed)');
    await page.getByLabel('Publisher').fill('Test Wire');
    await page.getByLabel('Published on').fill('2021-12-29');
    // A publisher the gazetteer does not know: its zone is asked for, not guessed.
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => page.locator('.add-doc [role="alert"]').textContent()).toMatch(/Choose its time zone/);
    await page.getByLabel('Its time zone').selectOption('Europe/Moscow');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => page.locator('.notices').textContent()).toMatch(/Kept “Zakharova on the iron curtain \(constructed\)”: 1 statement/);

    // It is on the server and on the timeline.
    const list = (await (await fetch(`${app.url}/api/documents`)).json()) as { documents: { id: string }[] };
    const id = list.documents.at(-1)!.id;
    const doc = (await (await fetch(`${app.url}/api/documents/${id}`)).json()) as { extraction: { statements: { id: string; saidAt: { value: string } }[] } };
    const sid = doc.extraction.statements[0]!.id;
    expect(doc.extraction.statements[0]!.saidAt.value).toBe('2021-12-28');
    const mark = page.locator(`.tl-statement[data-key="${id}/${sid}"]`);
    await mark.waitFor();

    // Select it (it shares its lane and day with the bundled article's Zakharova, so by its key, as a shared
    // link would) and correct the day it was said.
    await page.goto(`${app.url}/?lang=en&sel=${encodeURIComponent(`${id}/${sid}`)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('28 Dec 2021');
    await page.getByLabel('Your name').fill('Lina');
    await page.getByLabel(/^Said on/).fill('2021-12-20');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => page.locator('.fix-history').textContent()).toMatch(/said on → 2021-12-20, by Lina/);
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('20 Dec 2021');

    // A reload (with the selection in the URL) shows the corrected reading.
    await page.goto(`${app.url}/?lang=en&sel=${encodeURIComponent(`${id}/${sid}`)}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('20 Dec 2021');
    // And says where that date comes from: a reviewer, not the text.
    expect(await page.locator('.detail .how').first().textContent()).toMatch(/^corrected by Lina on \d{4}-\d{2}-\d{2}/);
    const edits = (await (await fetch(`${app.url}/api/documents/${id}/edits`)).json()) as { edits: { author: string; undoneAt: string | null }[] };
    expect(edits.edits).toEqual([expect.objectContaining({ author: 'Lina', undoneAt: null })]);

    // Undo brings the machine's reading back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('28 Dec 2021');

    // Not a statement after all: deleted (after a confirmation), gone from the timeline, and brought back from
    // the document's list of corrections.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Not a statement: delete it' }).click();
    await expect.poll(() => page.locator(`.tl-statement[data-key="${id}/${sid}"]`).count()).toBe(0);
    const docEdits = page.locator('.document', { hasText: 'Zakharova on the iron curtain (constructed)' }).locator('.doc-edits');
    await docEdits.locator('summary').click();
    await expect.poll(() => docEdits.locator('li').count()).toBe(2);
    await docEdits.locator('li', { hasText: 'deleted →' }).getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator(`.tl-statement[data-key="${id}/${sid}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads an English article: Peskov found by his title and name, the call dated by "late on Thursday"; a corrected date moves its mark on the timeline, after a reload too', async () => {
    // A constructed article, not a real report.
    const english = 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Russian President Vladimir Putin and U.S. President Joe Biden would hold a phone call late on Thursday.';
    const view = `${app.url}/?lang=en&from=2021-12-10&to=2022-01-05`;
    const { page, errors } = await openPage(browser, view, '.timeline');
    await page.locator('.add-doc summary').click();
    await page.getByLabel('Text of the article').fill(english);
    await expect.poll(() => page.getByLabel('Language').locator('option').first().textContent()).toBe('from the script (English)');
    await page.getByLabel('Article title').fill('Peskov on the call (constructed)');
    await page.getByLabel('Published on').fill('2021-12-29');
    await page.getByLabel('Its time zone').selectOption('Europe/Moscow');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => page.locator('.notices').textContent()).toMatch(/Kept “Peskov on the call \(constructed\)”: 1 statement/);

    const list = (await (await fetch(`${app.url}/api/documents?limit=500`)).json()) as { documents: { id: string; title: string; lang: string }[] };
    const meta = list.documents.find((d) => d.title === 'Peskov on the call (constructed)')!;
    expect(meta.lang).toBe('en');
    type Doc = { extraction: { statements: { id: string; speaker: { actorId: string }; channel: { text: string } | null; saidAt: { value: string }; eventId: string }[]; events: { id: string; type: string; timeClaims: { value: string }[] }[] } };
    const doc = (await (await fetch(`${app.url}/api/documents/${meta.id}`)).json()) as Doc;
    const st = doc.extraction.statements[0]!;
    expect(st).toMatchObject({ speaker: { actorId: 'dmitry-peskov' }, channel: { text: 'reporters' }, saidAt: { value: '2021-12-29' } });
    expect(doc.extraction.events.find((e) => e.id === st.eventId)).toMatchObject({ type: 'phone-call', timeClaims: [{ value: '2021-12-30' }] });

    const key = `${meta.id}/${st.id}`;
    await page.locator(`.tl-statement[data-key="${key}"]`).waitFor();
    // Selected (the detail panel open, as after the reload below), where the mark stands before the correction.
    await page.goto(`${view}&sel=${encodeURIComponent(key)}`, { waitUntil: 'networkidle' });
    const mark = page.locator(`.tl-statement[data-key="${key}"]`);
    await mark.waitFor();
    const x0 = (await mark.boundingBox())!.x;
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('29 Dec 2021');
    await page.getByLabel('Your name').fill('Sam');
    await page.getByLabel(/^Said on/).fill('2021-12-20');
    await page.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => page.locator('.detail time').first().textContent()).toBe('20 Dec 2021');

    // After a reload the mark stands nine days to the left in the same window.
    await page.goto(`${view}&sel=${encodeURIComponent(key)}`, { waitUntil: 'networkidle' });
    await page.locator(`.tl-statement[data-key="${key}"]`).waitFor();
    const x1 = (await page.locator(`.tl-statement[data-key="${key}"]`).boundingBox())!.x;
    // The plot's clip is the window's 26 days (and 6 px either side).
    const day = (Number(await page.locator('.tl-marks clipPath[id$="-plot"] rect').getAttribute('width')) - 12) / 26;
    expect(Math.abs(x0 - x1 - 9 * day)).toBeLessThan(day / 2);
    expect(await page.locator('.detail .how').first().textContent()).toMatch(/^corrected by Sam on/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes several files at once, one request each: the article text of an HTML page (its scripts never run), a .txt, and a broken file reported', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.timeline');
    const before = ((await (await fetch(`${app.url}/api/documents`)).json()) as { total: number }).total;
    await page.locator('.add-doc summary').click();
    await page.getByLabel('Published on').fill('2021-12-29');
    // A constructed page: navigation, a script, and the article (long enough for Readability to call it one).
    const filler = 'وتشهد العلاقات بين روسيا والغرب توترا في الآونة الأخيرة بسبب التحشيد العسكري على الحدود. '.repeat(6);
    const html = `<!doctype html><html><head><title>Page title</title><link rel="canonical" href="https://example.org/news/1"><script>window.ran = true</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>زاخاروفا والستار الحديدي</h1><p>${TEXT}</p><p>${filler}</p><p>${filler}</p>
<img src="https://example.org/x.png" onerror="window.ran = true"><script>window.ran = true</script></article><footer>© Example</footer></body></html>`;
    await page.locator('.add-doc input[type=file]:not([webkitdirectory])').setInputFiles([
      { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) },
      { name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT.replace('أمس', 'اليوم')) },
      { name: 'broken.txt', mimeType: 'text/plain', buffer: Buffer.from([0xff, 0xfe, 0x00, 0x41]) },
    ]);
    await expect.poll(() => page.locator('.add-batch [role=status]').textContent(), { timeout: 20_000 }).toBe('2 files kept, 1 failed.');
    expect(await page.locator('.add-batch li').allTextContents()).toEqual([
      expect.stringMatching(/^page\.html: kept — 1 document, 1 statement/),
      expect.stringMatching(/^second\.txt: kept — 1 document/),
      expect.stringMatching(/^broken\.txt: failed — not UTF-8 text/),
    ]);
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    const list = (await (await fetch(`${app.url}/api/documents?limit=500`)).json()) as { total: number; documents: { id: string; title: string }[] };
    expect(list.total).toBe(before + 2);
    // Readability takes the page's title.
    const fromHtml = list.documents.find((d) => d.title === 'Page title')!;
    const got = (await (await fetch(`${app.url}/api/documents/${fromHtml.id}`)).json()) as { document: { text: string; url?: string } };
    expect(got.document.url).toBe('https://example.org/news/1');
    expect(got.document.text.split('\n')).toContain(TEXT); // the paragraph, as a line of its own
    expect(got.document.text).not.toMatch(/Home|©|<|window\.ran/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes a folder: each article with the details of the NAME.meta.json beside it, other files left out', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-folder-'));
    try {
      mkdirSync(path.join(dir, 'wire'), { recursive: true });
      // Constructed articles, not real reports.
      writeFileSync(path.join(dir, 'wire', 'peskov.txt'), 'Kremlin spokesman Dmitry Peskov said on Wednesday that the call would take place on Thursday.');
      writeFileSync(path.join(dir, 'wire', 'peskov.meta.json'), JSON.stringify({ title: 'Folder: Peskov (constructed)', published: '2021-12-29', timeZone: 'Europe/Moscow', publisher: 'reuters' }));
      writeFileSync(path.join(dir, 'wire', 'zakharova.txt'), TEXT.replace('أمس', 'اليوم الثلاثاء')); // a text no other test keeps
      writeFileSync(path.join(dir, 'wire', 'photo.jpg'), 'not an article');
      const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.timeline');
      await page.locator('.add-doc summary').click();
      await page.getByLabel('Published on').fill('2021-12-28');
      await page.locator('.add-doc input[webkitdirectory]').setInputFiles(dir);
      await expect.poll(() => page.locator('.add-batch [role=status]').textContent(), { timeout: 20_000 }).toMatch(/kept/);
      expect(await page.locator('.add-batch li').allTextContents()).toEqual([expect.stringMatching(/\/wire\/peskov\.txt: kept/), expect.stringMatching(/\/wire\/zakharova\.txt: kept/)]);
      expect(await page.locator('.add-batch [role=status]').textContent()).toBe('2 files kept, 0 failed.');
      const list = (await (await fetch(`${app.url}/api/documents?limit=500`)).json()) as { documents: { title: string; published: string | null; publisher: string; lang: string }[] };
      // The sidecar's details win over the form's; the form fills what no sidecar says.
      expect(list.documents.find((d) => d.title === 'Folder: Peskov (constructed)')).toMatchObject({ published: '2021-12-29', publisher: 'reuters', lang: 'en' });
      expect(list.documents.find((d) => d.title === 'zakharova')).toMatchObject({ published: '2021-12-28', lang: 'ar' });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on a phone, selecting a table row brings the detail panel into view; a menu choice closes the menu', async () => {
    const { page } = await openPage(browser, `${app.url}/?lang=en&view=table`, '.statements', { width: 390, height: 844 });
    const row = page.locator('.statements tbody tr').first();
    await row.click();
    await expect.poll(() => page.locator('.detail').evaluate((el) => { const b = el.getBoundingClientRect(); return b.top < window.innerHeight && b.bottom > 0; })).toBe(true);
    await page.locator('.share-menu summary').click();
    await page.getByRole('button', { name: 'Statements (CSV)' }).click();
    expect(await page.locator('.share-menu').getAttribute('open')).toBeNull();
    await page.close();
  });

  it('says which field is wrong', async () => {
    const { page } = await openPage(browser, `${app.url}/?lang=en`, '.timeline');
    await page.locator('.add-doc summary').click();
    await page.getByLabel('Text of the article').fill(TEXT);
    await page.getByLabel('Address (URL)').fill('not a url');
    // The browser's own check would stop a submit; the API's answer is what is tested here.
    await page.locator('.add-doc form').evaluate((f: HTMLFormElement) => (f.noValidate = true));
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => page.locator('.add-error').textContent()).toMatch(/url/);
    expect(await page.getByLabel('Address (URL)').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
