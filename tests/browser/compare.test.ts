// Compare sources in Chromium against the started app: /compare for the seed shows the call's consensus interval
// (30 Dec 21:00–24:00 Moscow), a fact followed to its words highlighted in the source, the view reproduced from
// its URL; a conflicting report added through the API is flagged, regrouped by a reviewer, and stays regrouped
// after a reload; the still embed of the comparison under its own policy.
import type { Browser } from 'playwright-core';
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

describe('/compare', () => {
  it('shows the seed call’s consensus and follows a fact to its words, highlighted; the URL reproduces the view', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/compare`, '.cmp-detail');
    expect(await page.locator('.cmp-verdict').textContent()).toBe('Consensus of 2 claims: \u206830 Dec 2021, 21:00–24:00\u2069, Moscow time. The claimed times are consistent.');
    // The tab is pressed, and the page is still the explorer (filters, the detail panel, the graph).
    expect(await page.getByRole('button', { name: 'Compare sources' }).getAttribute('aria-pressed')).toBe('true');
    const initiator = page.locator('.cmp-matrix tr', { hasText: 'Who initiated' });
    expect(await initiator.locator('td.status').textContent()).toBe('only one source states it');
    await initiator.getByRole('link', { name: 'Vladimir Putin' }).click();
    const mark = page.locator('.cmp-source mark.cmp-words');
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/بناء على طلب من الرئيس الروسي/);
    await expect.poll(() => new URL(page.url()).searchParams.get('words')).toMatch(new RegExp(`^${DOC}:\\d+-\\d+$`));
    const words = new URL(page.url()).searchParams.get('words')!;
    const [start, end] = words.split(':')[1]!.split('-').map(Number);
    const doc = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { document: { text: string } };
    expect(await mark.textContent()).toBe(doc.document.text.slice(start, end));

    // The same URL, opened afresh, shows the same words.
    const again = await openPage(browser, page.url(), '.cmp-source mark.cmp-words');
    expect(await again.page.locator('.cmp-source mark.cmp-words').textContent()).toBe(doc.document.text.slice(start, end));
    // A bar of the chart is a link to its words too.
    await again.page.locator('svg.cmp-chart a').first().click();
    await expect.poll(() => again.page.locator('.cmp-source mark.cmp-words').textContent()).toMatch(/في وقت متأخر من مساء الغد|غدا الخميس/);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('flags a conflicting report, and a reviewer’s regrouping holds after a reload', async () => {
    // A constructed report (not a real article) putting the call on 2 January.
    const r = await fetch(`${app.url}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Putin and Biden would hold a phone call on January 2.', title: 'A later call (constructed)', publisher: 'reuters', published: '2021-12-29', timeZone: 'Europe/Moscow' }),
    });
    expect(r.status).toBe(201);
    const { page, errors } = await openPage(browser, `${app.url}/compare`, '.cmp-detail');
    expect(await page.locator('.cmp-conflict-count').textContent()).toMatch(/conflicting pairs? of claims/);
    expect(await page.locator('.cmp-conflicts li').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/2 Jan .*apart$/)]));
    expect(await page.locator('svg.cmp-chart .cmp-row.conflict').count()).toBeGreaterThan(0);

    await page.locator('.cmp-regroup summary').click();
    await page.locator('.cmp-regroup').getByLabel('Your name').fill('Lina');
    await page.locator('.cmp-regroup').getByRole('button', { name: 'Not the same happening' }).click();
    await expect.poll(() => page.locator('.cmp-conflict-count').count()).toBe(0);
    expect(await page.locator('.cmp-verdict').textContent()).toMatch(/^Consensus of 2 claims: .*21:00–24:00.*Moscow time/);

    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('.cmp-detail').waitFor();
    expect(await page.locator('.cmp-conflict-count').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Phone call/ }).count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('embeds: /embed/compare is the comparison as still markup under the embeds’ policy, its links opening Dateline', async () => {
    const res = await fetch(`${app.url}/embed/compare?docs=${DOC}&lang=ar`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    const { page, errors } = await openPage(browser, `${app.url}/embed/compare?docs=${DOC}&lang=ar`, 'svg.cmp-chart');
    expect(await page.locator('.cmp-verdict').textContent()).toMatch(/^ما تتفق عليه ٢ من الروايات: .+ بتوقيت موسكو\./);
    const href = await page.locator('.cmp-claims a').first().getAttribute('href');
    expect(href).toMatch(/\/compare\?.*view=compare.*words=/);
    expect(await page.locator('.cmp-claims a').first().getAttribute('target')).toBe('_blank');
    expect(errors).toEqual([]);
    await page.close();
    // On a phone the narrow drawing is shown (labels stay readable) and nothing widens the page.
    const phone = await openPage(browser, `${app.url}/embed/compare?docs=${DOC}&lang=ar`, '.cmp-light', { width: 360, height: 740 });
    expect(await phone.page.locator('.cmp-chart-narrow svg').isVisible()).toBe(true);
    expect(await phone.page.locator('.cmp-chart-wide svg').isVisible()).toBe(false);
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.page.close();
  });
});
