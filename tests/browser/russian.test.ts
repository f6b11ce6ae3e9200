// Russian in Chromium against the started app: the explorer reads in Russian (lang=ru), a Russian original
// (constructed for the project, tests/fixtures) is added through "Add an article" with the moment of its
// publication, is found on the timeline, and in the comparison beside the seed's Arabic report of the same call:
// one happening, the TASS wire reported first, each source's time of the call in the facts.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '@/lib/view/i18n';
import { launchChromium, openPage, startApp } from './server';

const ru = MESSAGES.ru;
const TEXT = readFileSync('tests/fixtures/ru-tass-2021-12-29-call.txt', 'utf8');
const TITLE = 'Песков: разговор Путина и Байдена состоится в четверг (сконструировано)';
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

describe('Russian', () => {
  it('reads in Russian, adds a Russian original through the form, and finds it on the timeline and beside the Arabic report', async () => {
    const { page, errors } = await openPage(browser, `${app.url}/?lang=ru`, '.timeline');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ru', 'ltr']);
    expect(await page.locator('body').textContent()).toContain(ru.tagline);
    // The other two languages are offered, each in its own.
    expect(await page.getByRole('button', { name: 'English' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'العربية' }).count()).toBeGreaterThan(0);

    await page.locator('.add-doc summary').click();
    await page.getByLabel(ru.addText).fill(TEXT);
    await page.getByLabel(ru.addDocTitle).fill(TITLE);
    await page.getByLabel(ru.addPublisher).fill('ТАСС');
    await page.getByLabel(ru.addPublished, { exact: true }).fill('2021-12-29');
    await page.getByLabel(ru.addPublishedTime).fill('13:40');
    await page.getByLabel(ru.addZone).selectOption('Europe/Moscow');
    await page.getByRole('button', { name: ru.addKeep }).click();
    await expect.poll(() => page.locator('.notices').textContent(), { timeout: 30_000 }).toContain(`Сохранено «${TITLE}»`);

    // Kept as Russian, with the moment of publication.
    const list = (await (await fetch(`${app.url}/api/documents`)).json()) as { documents: { id: string; title: string }[] };
    const id = list.documents.find((d) => d.title === TITLE)!.id;
    const doc = (await (await fetch(`${app.url}/api/documents/${id}`)).json()) as { extraction: { document: { lang: string; published: { value: string; instant?: string } }; statements: { id: string; speaker: { actorId: string } }[] } };
    expect(doc.extraction.document.lang).toBe('ru');
    expect(doc.extraction.document.published).toMatchObject({ value: '2021-12-29', instant: '2021-12-29T10:40:00Z' });
    const peskov = doc.extraction.statements.find((s) => s.speaker.actorId === 'dmitry-peskov')!;
    expect(peskov).toBeDefined();

    // On the timeline.
    await page.locator(`.tl-statement[data-key="${id}/${peskov.id}"]`).waitFor({ timeout: 30_000 });

    // In the comparison, beside the seed's Arabic report of the same call.
    const cmp = await openPage(browser, `${app.url}/compare?lang=ru`, '.cmp-detail');
    const detail = cmp.page.locator('.cmp-detail');
    const first = await detail.locator('.cmp-first li').allTextContents();
    const tassAt = first.findIndex((l) => l.includes('ТАСС'));
    const sputnikPeskov = first.findIndex((l) => /Sputnik|Спутник/.test(l) && /Песков/.test(l));
    expect(tassAt).toBeGreaterThanOrEqual(0);
    expect(sputnikPeskov).toBeGreaterThan(tassAt);
    // The time of the call, as each source gives it, in words: the Russian and the Arabic agree.
    const when = detail.locator('.cmp-matrix tr', { hasText: 'Когда' });
    expect(await when.count()).toBe(1);
    expect(await when.locator('td.status').textContent()).toBe(ru.factStatus.agree);
    expect(await detail.locator('.cmp-matrix thead').textContent()).toMatch(/ТАСС/);
    expect([...errors, ...cmp.errors]).toEqual([]);
    await cmp.page.close();
    await page.close();
  });
});
