// The actor graph in Chromium, driven as a user drives it: click a node and the timeline and the text
// respond; the URL reproduces the view after a reload; drag pins a node and double-click unpins it; the
// canvas renderer draws a large graph. Screenshots in English and Arabic.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const open = (query = '') => openPage(browser, `${app.url}/${query}`, '.graph .graph-node', { width: 1440, height: 1100 });
const view = (page: Page) => decodeView(new URL(page.url()).search).state;
const nodeCentre = async (page: Page, id: string) => {
  const b = (await page.locator(`.graph-node[data-id="${id}"] path`).last().boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};
const timelineOpacity = (page: Page, key: string) => page.locator(`.tl-statement[data-key="${key}"]`).evaluate((m) => m.closest('[opacity]')?.getAttribute('opacity'));
const ownRefs = (page: Page) =>
  page.locator('.reader mark.own').evaluateAll((ms) => [...new Set(ms.flatMap((m) => m.getAttribute('data-refs')!.split(' ')).filter((r) => /^s\d+-\d+$/.test(r)))].sort());

describe('actor graph in the browser', () => {
  it('a click on Peskov selects his statement on the timeline and his words in the text; the URL reproduces it', async () => {
    const { page, errors } = await open();
    await page.locator('.graph-panel').scrollIntoViewIfNeeded();
    const at = await nodeCentre(page, 'actor:dmitry-peskov');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => view(page).node, { timeout: 5000 }).toBe('actor:dmitry-peskov');
    expect(await timelineOpacity(page, `${DOC}/s69-69`)).toBe('1');
    expect(await timelineOpacity(page, `${DOC}/s391-421`)).toBe('0.15');
    expect(await ownRefs(page)).toEqual(['s69-69']);
    await expect.poll(() => page.locator('.node-panel').textContent()).toContain('Presidential Executive Office of Russia');
    await page.locator('.graph-panel').screenshot({ path: 'test-results/graph-en.png' });
    // Reload from the copied URL: the same selection, panel and highlights.
    const url = page.url();
    const again = await open(url.slice(url.indexOf('?')));
    expect(view(again.page).node).toBe('actor:dmitry-peskov');
    expect(await ownRefs(again.page)).toEqual(['s69-69']);
    expect(await again.page.locator('.graph-node.selected').getAttribute('data-id')).toBe('actor:dmitry-peskov');
    expect([...errors, ...again.errors]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('on a phone: the call\'s participants are labelled, and a tap on a node brings its panel into view', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page, errors } = await openPage(browser, `${app.url}/?lang=${lang}`, '.graph .graph-node', { width: 390, height: 844 });
      const labels = await page.$$eval('.graph-label', (ls) => ls.map((l) => l.textContent));
      expect(labels).toContain(lang === 'en' ? 'Vladimir Putin' : 'فلاديمير بوتين');
      expect(labels).toContain(lang === 'en' ? 'Joe Biden' : 'جو بايدن');
      await page.locator('.graph').scrollIntoViewIfNeeded();
      const at = await nodeCentre(page, 'actor:vladimir-putin');
      await page.touchscreen.tap(at.x, at.y).catch(() => page.mouse.click(at.x, at.y));
      await expect.poll(() => view(page).node, { timeout: 5000 }).toBe('actor:vladimir-putin');
      // The panel opened below the graph is scrolled to: its top on screen, and most of it.
      await expect
        .poll(async () => {
          const b = await page.locator('.node-panel').boundingBox();
          return b ? b.y >= 0 && Math.min(b.y + b.height, 844) - b.y >= Math.min(b.height, 300) : false;
        }, { timeout: 5000 })
        .toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('a click on a timeline mark lights its edges; an edge click selects exactly its statements', async () => {
    const { page } = await open();
    // Marks lie under the timeline's input surface: clicked where they are drawn, as a user does.
    const mark = (await page.locator(`.tl-statement[data-key="${DOC}/s1324-1333"]`).boundingBox())!;
    await page.mouse.click(mark.x + mark.width / 2, mark.y + mark.height / 2);
    await expect.poll(() => view(page).selected).toBe(`${DOC}/s1324-1333`);
    const denial = page.locator('.graph-edge[data-id^="statement:actor:maria-zakharova->"]');
    expect(await denial.getAttribute('stroke-opacity')).toBe('0.85');
    expect(await page.locator('.graph-edge[data-id^="statement:actor:russia->"]').first().getAttribute('stroke-opacity')).toBe('0.15');
    // The White House's confirmation edge, clicked at its middle.
    const edge = page.locator('.graph-edge[data-id^="statement:actor:us-white-house->"][data-id$=":confirm"]');
    await page.locator('.graph-panel').scrollIntoViewIfNeeded();
    const mid = await edge.evaluate((p: SVGPathElement) => {
      const pt = p.getPointAtLength(p.getTotalLength() / 2).matrixTransform(p.getScreenCTM()!);
      return { x: pt.x, y: pt.y };
    });
    await page.mouse.click(mid.x, mid.y);
    await expect.poll(() => view(page).node ?? '').toMatch(/^statement:actor:us-white-house->.*:confirm$/);
    expect(view(page).selected).toBeNull();
    expect(await ownRefs(page)).toEqual(['s391-421']);
    await page.close();
  });

  it('drags a node to pin it where it is dropped, and a double-click unpins it', async () => {
    const { page } = await open('?lang=ar');
    await page.locator('.graph-panel').scrollIntoViewIfNeeded();
    const id = 'actor:maria-zakharova';
    const from = await nodeCentre(page, id);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => page.locator(`.graph-node[data-id="${id}"]`).getAttribute('class')).toContain('pinned');
    const to = await nodeCentre(page, id);
    expect(Math.abs(to.x - (from.x + 60))).toBeLessThan(3);
    expect(Math.abs(to.y - (from.y + 40))).toBeLessThan(3);
    expect(view(page).node).toBeNull(); // a drag is not a click
    await page.locator('.graph-panel').screenshot({ path: 'test-results/graph-ar.png' });
    await page.mouse.dblclick(to.x, to.y);
    await expect.poll(() => page.locator(`.graph-node[data-id="${id}"]`).getAttribute('class')).not.toContain('pinned');
    const back = await nodeCentre(page, id);
    expect(Math.hypot(back.x - from.x, back.y - from.y)).toBeLessThan(3);
    await page.close();
  });

  it('the bench page draws 2,000 nodes on canvas, and zooms', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${app.url}/bench/graph`, { waitUntil: 'networkidle' });
    const r = await page.evaluate(async () => {
      const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, kind: 'person' as const, label: `Actor ${i}` }));
      const edges = Array.from({ length: 4000 }, (_, i) => ({ source: `n${i % 2000}`, target: `n${(i * 7 + 1) % 2000}`, kind: 'statement' as const, label: 'confirm', count: 1 }));
      const w = window as unknown as { __graphBench: { load: (d: unknown) => Promise<{ layoutMs: number }>; zoom: (s: number) => void } };
      const out = await w.__graphBench.load({ nodes, edges });
      w.__graphBench.zoom(2);
      await new Promise((res) => setTimeout(res, 400));
      return out;
    });
    expect(r.layoutMs).toBeGreaterThan(0);
    expect(await page.locator('.graph').getAttribute('data-renderer')).toBe('canvas');
    const painted = await page.locator('.graph canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < d.length; i += 4 * 11) if (d[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(2000);

    // A hover shows its tooltip without redrawing the graph (the canvas holds; 2,000 nodes cost a frame).
    const draws = () => page.evaluate(() => performance.getEntriesByName('dateline:graph-draw').length);
    const at = await page.evaluate(() => {
      const v = (window as unknown as { __graphView: { handle: { current: { positions(): Map<string, { x: number; y: number }>; transform(): { k: number; x: number; y: number } } }; dragged: { current: string } } }).__graphView;
      const p = v.handle.current.positions().get(v.dragged.current)!;
      const t = v.handle.current.transform();
      const r = document.querySelector('.graph-surface')!.getBoundingClientRect();
      return { x: r.left + t.x + t.k * p.x, y: r.top + t.y + t.k * p.y, gx: p.x, gy: p.y, k: t.k };
    });
    const before = await draws();
    await page.mouse.move(at.x - 20, at.y - 20);
    await page.mouse.move(at.x, at.y, { steps: 4 });
    await expect.poll(() => page.locator('.graph-tooltip').textContent()).toMatch(/^Actor \d+/);
    expect(await draws()).toBe(before);

    // Dragged with the mouse, the node follows the pointer, drawn live over the rest of the graph.
    await page.waitForTimeout(400); // idle: the drag's bitmap is prepared
    await page.mouse.down();
    await page.mouse.move(at.x + 60, at.y + 40, { steps: 6 });
    const mid = await page.locator('.graph canvas').evaluate((c: HTMLCanvasElement, q: { x: number; y: number }) => {
      const r = c.getBoundingClientRect();
      const px = c.getContext('2d')!.getImageData(Math.round(q.x - r.left), Math.round(q.y - r.top), 1, 1).data;
      return px[3]!;
    }, { x: at.x + 60, y: at.y + 40 });
    await page.mouse.up();
    expect(mid).toBeGreaterThan(0);
    const moved = await page.evaluate(() => {
      const v = (window as unknown as { __graphView: { handle: { current: { positions(): Map<string, { x: number; y: number }> } }; dragged: { current: string } } }).__graphView;
      return v.handle.current.positions().get(v.dragged.current)!;
    });
    expect(moved.x - at.gx).toBeCloseTo(60 / at.k, 0);
    expect(moved.y - at.gy).toBeCloseTo(40 / at.k, 0);
    await page.close();
  });
});
