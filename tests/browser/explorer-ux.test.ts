// What a researcher does with the explorer, in a real browser at a desktop's and a phone's size, in English
// and in Arabic: correcting the machine with the mouse (every control of the form on screen, wide enough to
// use, and the one under the pointer).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, startApp } from './server';

const DOC = 'sputnik-ar-2021-12-29-putin-biden-call';
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

/** Clicks the middle of an element with the mouse, after checking it is on screen, usable and not covered. */
async function clickControl(page: Page, selector: string, minWidth = 120) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  const box = (await el.boundingBox())!;
  const vw = page.viewportSize()!.width;
  expect(box.x, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${selector} ends on screen`).toBeLessThanOrEqual(vw);
  expect(box.width, `${selector} is wide enough to use`).toBeGreaterThanOrEqual(minWidth);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const hit = await page.evaluate(([x, y, sel]) => document.elementFromPoint(x as number, y as number) === document.querySelector(sel as string), [cx, cy, selector]);
  expect(hit, `${selector} is the element under the pointer`).toBe(true);
  await page.mouse.click(cx, cy);
}

describe('correcting the machine with the mouse', () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const viewport of [{ width: 1440, height: 1000 }, { width: 390, height: 844 }]) {
      it(`in ${lang === 'en' ? 'English' : 'Arabic'} at ${viewport.width}×${viewport.height}: every control is usable, and the correction is kept`, async () => {
        const seed = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string; stance: string }[] } };
        const st = seed.extraction.statements.find((s) => s.stance !== 'deny')!;
        const { page, errors } = await openPage(browser, `${app.url}/?lang=${lang}&sel=${encodeURIComponent(`${DOC}/${st.id}`)}`, '.fix', viewport);
        try {
          const form = '.fix';
          const ids = await page.$$eval(`${form} .fix-grid input, ${form} .fix-grid select`, (els) => els.map((e) => `#${CSS.escape(e.id)}`));
          expect(ids.length).toBeGreaterThanOrEqual(8);
          for (const id of ids) {
            const box = (await page.locator(id).boundingBox())!;
            // Every control of the form, not only the ones this test uses.
            expect(box.width, id).toBeGreaterThanOrEqual(120);
          }
          // The name: clicked, then typed.
          await clickControl(page, ids[0]!);
          await page.keyboard.type('Lina');
          expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Lina');
          // The stance: clicked, then chosen.
          const stance = ids[2]!;
          await clickControl(page, stance);
          await page.locator(stance).selectOption('deny');
          await clickControl(page, `${form} .add-actions button`, 44);
          await expect.poll(() => page.locator('.fix-history').textContent(), { timeout: 10_000 }).toMatch(/Lina/);
          const kept = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string; stance: string }[] }; edits: { id: number; undoneAt: string | null }[] };
          expect(kept.extraction.statements.find((s) => s.id === st.id)!.stance).toBe('deny');
          // Undone with the mouse, so the next size starts from the machine's reading.
          await clickControl(page, '.fix-history button', 24);
          await expect.poll(async () => ((await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string; stance: string }[] } }).extraction.statements.find((s) => s.id === st.id)!.stance).toBe(st.stance);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('the document\'s corrections', () => {
  it('follow a correction made in a statement\'s panel at once, naming the actor, not its id', async () => {
    const seed = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string; speaker: { actorId: string } }[] } };
    const st = seed.extraction.statements.find((s) => s.speaker.actorId === 'cnn')!;
    const { page, errors } = await openPage(browser, `${app.url}/?lang=en&sel=${encodeURIComponent(`${DOC}/${st.id}`)}`, '.fix');
    try {
      // The document's list, opened first (it reads the server's list once).
      await page.locator('.sources details.doc-edits > summary').click();
      // Read once: empty, or with what earlier tests left (undone).
      await page.waitForFunction(() => /None yet|→/.test(document.querySelector('.sources details.doc-edits')?.textContent ?? ''));
      expect(await page.locator('.sources details.doc-edits').textContent()).not.toMatch(/by Sam/);
      await page.getByLabel('Your name').fill('Sam');
      await page.getByLabel('Speaker', { exact: true }).selectOption('russia');
      await page.getByRole('button', { name: 'Save correction' }).click();
      // Without a reload, the document's list has it, with the actor's name.
      await expect.poll(() => page.locator('.sources details.doc-edits .fix-history').textContent(), { timeout: 10_000 }).toMatch(/speaker → .*Russia, by Sam/);
      expect(await page.locator('.sources details.doc-edits .fix-history').textContent()).not.toMatch(/→ russia\b/);
      await page.locator('.sources details.doc-edits .fix-history li', { hasText: 'by Sam' }).getByRole('button', { name: 'Undo' }).click();
      await expect.poll(async () => ((await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as typeof seed).extraction.statements.find((s) => s.id === st.id)!.speaker.actorId).toBe('cnn');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});


describe('playing through time', () => {
  it('keeps the timeline and the graph on screen together, shows the time beside the graph, never a blank graph, and returns to the view it started from', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.graph-panel');
    try {
      const startUrl = page.url();
      await page.getByRole('button', { name: 'Play through time' }).click();
      await page.waitForSelector('.graph-panel.docked .play-at');
      // Both on screen: at least 150 px of each drawing inside the 1000 px viewport.
      await page.waitForTimeout(800); // the smooth scroll to the timeline
      const seen = await page.evaluate(() => {
        const vh = window.innerHeight;
        const part = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
        };
        return { timeline: part('.timeline svg'), graph: part('.graph-main .graph') };
      });
      expect(seen.timeline).toBeGreaterThan(150);
      expect(seen.graph).toBeGreaterThan(150);
      // Sampled while it plays: a time is shown beside the graph, and some link is active at every step.
      const samples: { when: string; active: number }[] = [];
      for (let i = 0; i < 200 && (await page.locator('.play-at').count()); i++) {
        const s = await page.evaluate(() => ({
          when: document.querySelector('.play-at time')?.textContent ?? '',
          live: document.querySelector('.graph-panel > p.muted')?.textContent ?? '',
        }));
        if (s.when) samples.push({ when: s.when, active: Number(/^(\d+) of/.exec(s.live)?.[1] ?? -1) });
        await page.waitForTimeout(250);
      }
      expect(samples.length).toBeGreaterThan(3);
      expect(samples.every((s) => /\d{4}/.test(s.when))).toBe(true);
      expect(samples.map((s) => s.active).filter((n) => n <= 0)).toEqual([]);
      expect(new Set(samples.map((s) => s.when)).size).toBeGreaterThan(1);
      // At the end: back to the view it started from, the graph back in its place.
      await expect.poll(() => page.locator('.graph-panel.docked').count(), { timeout: 5_000 }).toBe(0);
      await page.waitForTimeout(800);
      expect(new URL(page.url()).searchParams.get('from')).toBe(new URL(startUrl).searchParams.get('from'));
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('the keyboard', () => {
  it('never lands on something the user cannot see: every Tab stop from the top to the graph is drawn, or its label shows the focus', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.graph-panel');
    try {
      const stops: string[] = [];
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const s = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          const r = e.getBoundingClientRect();
          const name = `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 30)}"`;
          if (r.width >= 8 && r.height >= 8) return { name, seen: true, graph: e.classList.contains('graph-focus') };
          // Drawn elsewhere: a label for it that shows an outline now.
          const label = e.id ? document.querySelector<HTMLElement>(`label[for="${CSS.escape(e.id)}"]`) : null;
          const shown = label ? getComputedStyle(label).outlineStyle !== 'none' && label.getBoundingClientRect().width >= 8 : false;
          return { name, seen: shown, graph: false };
        });
        stops.push(`${s.name}${s.seen ? '' : ' (unseen)'}`);
        if (s.graph) break;
      }
      expect(stops.at(-1)).toMatch(/^button\.graph-focus/);
      expect(stops.filter((s) => s.endsWith('(unseen)'))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);
});

describe('the toolbar', () => {
  it('is one row on a 1440 px screen, in English and Arabic', async () => {
    for (const lang of ['en', 'ar'] as const) {
      const { page, errors } = await openPage(browser, `${app.url}/?lang=${lang}`, '.toolbar');
      try {
        const tops = await page.$$eval('.toolbar > *', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
        expect(tops.length).toBeGreaterThan(5);
        expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }
  });
});

describe('a long article', () => {
  it('does not travel whole in every page: its text is fetched when its document is opened', async () => {
    // Constructed (not a real report): a statement between long stretches of background, with a marker in one.
    const background = 'وتتواصل المشاورات بين العواصم المعنية حول ترتيبات الأمن في القارة وسط تباين في المواقف. '.repeat(400);
    const text = `${background}\nقال المتحدث باسم الرئاسة الروسية دميتري بيسكوف اليوم إن المحادثات ستجري في جنيف.\n${background}علامة-الاختبار-الطويل ${background}`;
    const made = await fetch(`${app.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, title: 'A long report (constructed)', lang: 'ar', published: '2022-01-08', timeZone: 'Europe/Moscow' }) });
    expect(made.status).toBe(201);
    const id = ((await made.json()) as { id: string }).id;
    try {
      const html = await (await fetch(`${app.url}/?lang=en`)).text();
      expect(html).not.toContain('علامة-الاختبار-الطويل');
      expect(Buffer.byteLength(html)).toBeLessThan(Buffer.byteLength(text));
      const { page, errors } = await openPage(browser, `${app.url}/?lang=en`, '.sources');
      try {
        const doc = page.locator('.sources details.document', { hasText: 'A long report (constructed)' });
        await doc.locator('summary').click();
        await expect.poll(() => doc.locator('.reader').count(), { timeout: 10_000 }).toBe(1);
        // The whole text, windowed: widen until the marker shows.
        for (let i = 0; i < 20 && !(await doc.locator('.reader').textContent())!.includes('علامة-الاختبار-الطويل'); i++) {
          const later = doc.getByRole('button', { name: 'Show later text' });
          if (!(await later.count())) break;
          await later.click();
        }
        expect(await doc.locator('.reader').textContent()).toContain('علامة-الاختبار-الطويل');
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      await fetch(`${app.url}/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
    }
  }, 120_000);
});
