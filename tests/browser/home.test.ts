// Opens the explorer in Chromium: the seed's statements are on the timeline and in the table, the Arabic reads RTL,
// the self-hosted font is used, and nothing reaches out to the network.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApp } from './server';

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  app?.stop();
});

describe('/ (explorer of the bundled corpus)', () => {
  it('shows the seed statements on the timeline and in the table, beside the right-to-left article, with a local Arabic font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(app.url)) external.push(r.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.url + '/', { waitUntil: 'networkidle' });

    const reader = page.locator('article.reader');
    expect(await reader.getAttribute('dir')).toBe('rtl');
    expect(await reader.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await reader.textContent()).toContain('أكد المتحدث باسم الرئاسة الروسية');

    // The first view fits where most marks are (the draft agreements of 17 December stand two weeks before the
    // rest); Fit all shows each statement; the table twin lists them.
    expect(await page.locator('.timeline .tl-statement').count()).toBe(7);
    await page.getByRole('button', { name: 'Fit all' }).click();
    expect(await page.locator('.timeline .tl-statement').count()).toBe(8);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = page.locator('table.statements tbody tr');
    expect(await rows.count()).toBe(8);
    const table = (await page.locator('table.statements').textContent()) ?? '';
    for (const name of ['Dmitry Peskov', 'White House', 'CNN', 'Maria Zakharova', 'Russian Foreign Ministry']) expect(table).toContain(name);
    // Peskov's row: the call late on 30 December, Moscow time.
    const peskov = rows.filter({ hasText: 'Dmitry Peskov' });
    expect(await peskov.textContent()).toMatch(/30 Dec 2021, 21:00–24:00/);

    // Time expressions are highlighted in the text.
    expect(await page.locator('mark.m-time').count()).toBeGreaterThanOrEqual(11);
    const fontOk = await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'بوتين'));
    expect(fontOk).toBe(true);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);

    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/home.png', fullPage: true });
    await page.close();
  });
});
