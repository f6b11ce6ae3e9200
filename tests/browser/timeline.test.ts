// The timeline in Chromium, driven as a user drives it: wheel zoom, drag pan, click to select, filter, keyboard,
// then a reload from the copied URL must show the same view. Screenshots in English and Arabic.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/server/corpus';
import { decodeView } from '@/lib/url/view-state';
import { launchChromium, openPage, startApp } from './server';

let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
const DOC = 'sputnik-ar-2021-12-29-putin-biden-call';

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  app?.stop();
});

const open = (query = '') => openPage(browser, `${app.url}/${query}`, '.timeline .tl-statement');
const view = (page: Page) => decodeView(new URL(page.url()).search).state;
const waitForUrl = (page: Page, test: (s: ReturnType<typeof view>) => boolean) => expect.poll(() => test(view(page)), { timeout: 5000 }).toBe(true);

describe('timeline in the browser', () => {
  it('leaves a plain wheel to the page, zooms with Ctrl + wheel, pans by dragging, and the URL follows', async () => {
    const { page, errors } = await open();
    const surface = page.locator('.tl-surface');
    const box = (await surface.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + 60);
    // A plain wheel scrolls the page and shows a hint; Ctrl + wheel zooms.
    await page.mouse.wheel(0, 100);
    await expect.poll(() => page.locator('.tl-hint').count()).toBe(1);
    expect(view(page).window).toBeNull();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(box.x + box.width * 0.8, box.y + 60);
    await page.keyboard.down('Control');
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await waitForUrl(page, (s) => s.window !== null);
    const zoomed = view(page).window!;
    // Pan: drag to the right shows earlier times.
    await page.mouse.move(box.x + box.width * 0.5, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + 40, { steps: 5 });
    await page.mouse.up();
    await waitForUrl(page, (s) => s.window !== null && s.window.start < zoomed.start);
    const panned = view(page).window!;
    expect(panned.end - panned.start).toBeCloseTo(zoomed.end - zoomed.start, -4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('clicking Peskov’s mark selects it and opens the detail panel with his words highlighted', async () => {
    const { page, errors } = await open('?tz=Europe%2FMoscow');
    const mark = page.locator(`.tl-mark[data-key="${DOC}/s69-69"] path`).last();
    const b = (await mark.boundingBox())!;
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    const panel = page.getByRole('complementary');
    await expect.poll(() => panel.textContent()).toContain('Dmitry Peskov');
    expect(await panel.textContent()).toContain('30 Dec 2021, 21:00–24:00');
    expect(await panel.locator('mark.own.m-cue').first().textContent()).toBe('أكد');
    await waitForUrl(page, (s) => s.selected === `${DOC}/s69-69`);
    await page.screenshot({ path: 'test-results/timeline-en.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by stance and search, and a reload from the URL reproduces filters, window, selection, language and zone', async () => {
    const { page } = await open();
    await page.locator('input[data-facet="stances"][value="deny"]').check();
    expect(await page.locator('.timeline .tl-statement').count()).toBe(2);
    await page.getByLabel('Search statements').fill('زاخاروفا');
    await expect.poll(() => page.locator('.timeline .tl-statement').count()).toBe(1);
    await page.getByRole('button', { name: 'Fit all' }).click();
    const surface = (await page.locator('.tl-surface').boundingBox())!;
    await page.mouse.move(surface.x + surface.width * 0.7, surface.y + 40);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByLabel('المنطقة الزمنية').selectOption('America/New_York');
    await waitForUrl(page, (s) => s.window !== null && s.lang === 'ar' && s.zone === 'America/New_York' && s.q === 'زاخاروفا');
    const before = view(page);
    const url = page.url();
    const again = await open(new URL(url).search);
    expect(view(again.page)).toEqual(before);
    expect(await again.page.locator('.timeline .tl-statement').count()).toBe(1);
    expect(await again.page.locator('.explorer').getAttribute('dir')).toBe('rtl');
    expect(await again.page.getByLabel('البحث في التصريحات').inputValue()).toBe('زاخاروفا');
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('moves between marks with the keyboard, announcing each, and selects with Enter', async () => {
    const { page } = await open();
    await page.locator('.tl-focus').focus();
    const first = await page.locator('.tl-focus').getAttribute('data-key');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const now = page.locator('.tl-focus');
    expect(await now.getAttribute('data-key')).not.toBe(first);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-focus'))).toBe(true);
    const key = await now.getAttribute('data-key');
    const label = (await now.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/Said:|\(/);
    expect(await page.locator('.timeline [aria-live="polite"]').textContent()).toBe(label);
    await page.keyboard.press('Enter');
    await waitForUrl(page, (s) => s.selected === key);
    expect(await now.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('reads in Arabic with Arabic-Indic digits on the axis and a mirrored axis when asked', async () => {
    const { page, errors } = await open(`?lang=ar&axis=rtl&sel=${encodeURIComponent(`${DOC}/s1324-1333`)}`);
    const ticks = await page.locator('.tl-tick text').allTextContents();
    expect(ticks.join(' ')).toMatch(/ديسمبر/);
    expect(ticks.join('')).not.toMatch(/[0-9]/);
    // Time flows right to left: the later tick is further left.
    const xs = await page.locator('.tl-tick text').evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    expect(xs[0]!).toBeGreaterThan(xs[xs.length - 1]!);
    expect(await page.getByRole('complementary').textContent()).toContain('ماريا زاخاروفا');
    await page.screenshot({ path: 'test-results/timeline-ar.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a file that is not an Extraction, loads ones that are (picker and drop), and keeps them across a reload', async () => {
    const { page } = await open();
    const input = page.locator('.file-loader input[type="file"]');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"document": [') });
    await expect.poll(() => page.locator('.notice-error').textContent()).toMatch(/broken\.json.*not valid JSON/);
    await page.getByRole('button', { name: 'Fit all' }).click();
    expect(await page.locator('.timeline .tl-statement').count()).toBe(8);
    const copy = structuredClone(loadCorpus()[0]!);
    copy.document.id = 'a-second-copy';
    await input.setInputFiles({ name: 'copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
    await expect.poll(() => page.locator('.timeline .tl-statement').count()).toBe(16);
    expect(await page.locator('.sources .document').count()).toBe(2);
    // Dropped on the page, a third; then a reload keeps all three.
    copy.document.id = 'a-dropped-copy';
    const dt = await page.evaluateHandle((json) => {
      const d = new DataTransfer();
      d.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
      return d;
    }, JSON.stringify(copy));
    await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
    await expect.poll(() => page.locator('.timeline .tl-statement').count()).toBe(24);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('.timeline .tl-statement').count()).toBe(24);
    await page.close();
  });

  it('on a phone: a swipe over the chart scrolls the page, a tap selects, and nothing widens the page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${app.url}/`, { waitUntil: 'networkidle' });
    const surface = page.locator('.tl-surface');
    await surface.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    const b = (await surface.boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const x = Math.round(b.x + b.width / 2);
    const y = Math.round(Math.max(b.y, 0) + 100);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 25 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
    expect(view(page).window).toBeNull();
    const mark = page.locator(`.tl-mark[data-key="${DOC}/s69-69"] path`).last();
    await mark.scrollIntoViewIfNeeded();
    const m = (await mark.boundingBox())!;
    await page.touchscreen.tap(m.x + m.width / 2, m.y + m.height / 2);
    await waitForUrl(page, (s) => s.selected === `${DOC}/s69-69`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`${app.url}/?view=table&lang=ar`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/phone-ar-table.png', fullPage: false });
    await context.close();
  });

  it('serves the benchmark page, which draws 10,000 items on canvas through the same component', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/bench/timeline`, { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      const groups = Array.from({ length: 5 }, (_, i) => ({ id: i, label: `Team ${i}` }));
      const events = Array.from({ length: 10_000 }, (_, i) => ({ id: i, group: i % 5, start: Date.UTC(2024, 0, 1) + i * 3_600_000, end: i % 3 ? null : Date.UTC(2024, 0, 1) + i * 3_600_000 + 7_200_000, label: `item ${i}` }));
      const w = window as unknown as { __bench: { load: (e: unknown, m: unknown) => Promise<void> } };
      await w.__bench.load(events, { groups, start: events[0]!.start, end: events[9999]!.start });
    });
    expect(await page.locator('.timeline').getAttribute('data-renderer')).toBe('canvas');
    // The frame's loops ran in WebAssembly: the page's policy allows it ('wasm-unsafe-eval') and the module loads.
    expect(await page.locator('canvas.tl-marks').first().getAttribute('data-drawn-with')).toBe('wasm');
    // Two stacked canvases: bands below, glyphs composited into the upper one's pixels.
    const painted = await page.locator('canvas.tl-marks').evaluateAll((cs: HTMLCanvasElement[]) =>
      cs.map((c) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4 * 7) if (d[i]! > 0) n++;
        return n;
      }),
    );
    expect(painted).toHaveLength(2);
    expect(painted[1]).toBeGreaterThan(1000);
    await page.close();
  });
});
