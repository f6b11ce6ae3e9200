// The explorer over a corpus too large to send whole: 5,000 generated articles (the bench's grammar: many
// speakers, outlets and happenings, two years, both languages) ingested, and the page answered view by view.
// The first page is small; a filter, a zoom, a search and a selection each ask the server and show its answer;
// a narrow view opens its documents in the full explorer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus-grammar';
import { launchChromium, openPage, startApp } from './server';

const DOCS = 5000;
const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-scale-'));
const db = path.join(dir, 'db.sqlite');
let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;

beforeAll(async () => {
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, [...generateCorpus(DOCS, 7)].map((d) => JSON.stringify(d)).join('\n'));
  const ing = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', file, '--quiet', '--jobs', '2'], { encoding: 'utf8', env: { ...process.env, DATELINE_DB: db } });
  if (ing.status !== 0) throw new Error(`ingest failed: ${ing.stderr}`);
  app = await startApp({ DATELINE_RATE_LIMIT: '0' }, { db });
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  app?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The number in "N statements from M documents in this view". */
const inView = async (page: import('playwright-core').Page) => Number((await page.locator('.corpus-line').textContent())!.match(/^([\d,]+) statements/)![1]!.replace(/,/g, ''));

describe('the explorer over 5,000 articles', () => {
  it('opens small, then filters, zooms, searches and selects through the server', async () => {
    const html = await (await fetch(`${app.url}/?lang=en`)).text();
    // The page carries the view's counts, not the corpus: well under the whole corpus's size.
    expect(html.length).toBeLessThan(2_000_000);
    expect(html).toContain('corpus overview');

    const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.corpus-chart svg');
    const all = await inView(page);
    expect(all).toBeGreaterThan(DOCS);
    expect(await page.locator('.corpus-chart svg').getAttribute('data-mode')).toBe('density');
    const bins = await page.locator('.density-bin').count();
    expect(bins).toBeGreaterThan(20);

    // Filter: a stance. The count and the facet's own count agree, and the URL says it.
    const deny = page.locator('input[data-facet="stances"][value="deny"]');
    const denyCount = Number((await deny.locator('xpath=..').textContent())!.match(/(\d+)\s*$/)![1]);
    await deny.check();
    await expect.poll(() => inView(page)).toBe(denyCount);
    expect(page.url()).toContain('stance=deny');

    // Zoom: the window narrows, the URL keeps it, and fewer statements are in view, until each is a mark.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.url()).toContain('from=');
    await expect.poll(() => inView(page)).toBeLessThan(denyCount);
    for (let i = 0; i < 8 && (await page.locator('.corpus-chart svg').getAttribute('data-mode')) !== 'marks'; i++) {
      const before = page.url();
      await page.locator('.corpus-chart svg').focus();
      await page.keyboard.press('+');
      await expect.poll(() => page.url()).not.toBe(before);
      await page.waitForFunction(() => !document.querySelector('.corpus-line')?.textContent?.includes('Updating'));
    }
    await expect.poll(() => page.locator('.corpus-chart svg').getAttribute('data-mode')).toBe('marks');
    expect(await page.locator('.corpus-mark').count()).toBeLessThanOrEqual(await inView(page));
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => inView(page)).toBe(denyCount);

    // Search: every row of the table holds the word (loosely matched), and the count follows.
    await page.getByLabel('Search statements').fill('talks');
    await expect.poll(() => page.url()).toContain('q=talks');
    await expect.poll(() => inView(page)).toBeLessThan(denyCount);
    const words = await page.locator('.corpus-table tbody tr').allTextContents();
    expect(words.length).toBeGreaterThan(0);

    // Select: a row's statement is fetched whole, with the source's exact words.
    const first = page.locator('.corpus-table tbody tr button').first();
    const key = (await first.getAttribute('data-key'))!;
    await first.click();
    await expect.poll(() => page.url()).toContain(`sel=${encodeURIComponent(key)}`);
    const quote = page.locator('.corpus-detail blockquote');
    await quote.waitFor();
    const doc = (await (await fetch(`${app.url}/api/documents/${encodeURIComponent(key.slice(0, key.lastIndexOf('/')))}`)).json()) as { extraction: { document: { text: string } } };
    const start = Number(await quote.getAttribute('data-start'));
    const end = Number(await quote.getAttribute('data-end'));
    expect(await quote.textContent()).toBe(doc.extraction.document.text.slice(start, end));

    // Open it in the full explorer: the document alone, its statement selected.
    await page.getByRole('link', { name: 'Open this document in the full explorer' }).click();
    await page.locator('.timeline').waitFor();
    await expect.poll(() => page.locator('.corpus-subset').textContent()).toMatch(/^1 of the corpus's [\d,]+ documents/);
    expect(errors).toEqual([]);
  }, 240_000);

  it('gives embeds, images and exports of the same views, aggregated or narrowed, never the whole corpus', async () => {
    // The whole corpus: the timeline image and the still embed count by lane and time, and say so.
    const svg = await fetch(`${app.url}/api/export?format=svg&chart=timeline&lang=en`);
    expect(svg.status).toBe(200);
    const image = await svg.text();
    expect(image).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(image).toMatch(/statements from [\d,]+ documents in this view\. Counts by lane and time/);
    const still = await (await fetch(`${app.url}/embed/timeline?lang=en`)).text();
    expect(still).toContain('Counts by lane and time');
    expect(still).toContain('density-bin');
    expect(still.length).toBeLessThan(1_000_000);
    // A graph embed of it is the graph folded to its busiest actors, saying so; a comparison says how to narrow.
    for (const path of ['/embed/graph?lang=en', '/embed/graph/live?lang=en']) {
      const graph = await (await fetch(`${app.url}${path}`)).text();
      expect(graph).toMatch(/statements from [\d,]+ documents in this view\. The busiest actors; [\d,]+ links of the others are folded/);
      expect(graph).toMatch(/Others: /);
      expect(graph.length).toBeLessThan(1_000_000);
    }
    expect(await (await fetch(`${app.url}/embed/compare?lang=en`)).text()).toMatch(/too many for this chart/);
    // A data export of every statement is refused with the reason; a narrowed view is exported whole.
    const all = await fetch(`${app.url}/api/export?format=csv`);
    expect(all.status).toBe(413);
    expect(((await all.json()) as { error: { code: string; message: string } }).error.message).toMatch(/Narrow it/);
    const page = (await (await fetch(`${app.url}/api/statements?stance=deny&q=talks&limit=500`)).json()) as { total: number; statements: { key: string }[] };
    expect(page.total).toBeGreaterThan(0);
    const csv = await fetch(`${app.url}/api/export?format=csv&stance=deny&q=talks`);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines.length - 1).toBe(page.total);
  }, 120_000);
});
