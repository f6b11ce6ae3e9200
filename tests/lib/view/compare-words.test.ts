// The compare view's phrases in Russian, from the same claim fields lib/compare writes in English and Arabic:
// a claim's day with its part of the day and city, gaps counted with Russian plurals, and event names.
import { describe, expect, it } from 'vitest';
import type { Claim, Reason } from '@/lib/compare';
import { extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';
import { claimWhenIn, cityOf, gapWordsIn, reasonWordsIn } from '@/lib/view/compare-words';
import { comparedGroups } from '@/lib/view/compare';
import { actorLookup } from '@/lib/view/rows';
import { eventName } from '@/lib/view/event-names';

// A constructed claim (not from a real report).
const claim = (value: string, mod?: Claim['mod']): Claim => ({
  docId: 'd', eventId: 'e', statementId: 's', speakerId: 'dmitry-peskov', publisher: 'sputnik', channel: null,
  value, ...(mod ? { mod } : {}), granularity: 'part-of-day',
  interval: { start: '2021-12-30T15:00:00.000Z', end: '2021-12-30T21:00:00.000Z' }, original: null,
  zone: 'Europe/Moscow', reinterpreted: false, corrected: false, words: { docId: 'd', start: 0, end: 1, text: 'x' }, saidAt: null,
});

describe('compare phrases in Russian', () => {
  it('a claim as its speaker put it, with the month in the genitive', () => {
    expect(claimWhenIn(claim('2021-12-30TEV', 'END'), 'ru')).toBe('поздно вечером 30 декабря (Москва)');
    expect(claimWhenIn(claim('2021-12-30'), 'ru', true)).toBe('30 декабря 2021 г. (Москва)');
    expect(claimWhenIn(claim('2021-12-30TEV', 'END'), 'en')).toBe('late evening of 30 Dec (Moscow)');
  });

  it('gaps with one/few/many, in the accusative', () => {
    expect([1, 2, 5, 21].map((n) => gapWordsIn(n * 86_400_000, 'ru'))).toEqual(['1 день', '2 дня', '5 дней', '21 день']);
    expect([1, 3, 11].map((n) => gapWordsIn(n * 3_600_000, 'ru'))).toEqual(['1 час', '3 часа', '11 часов']);
    expect([1, 2, 45].map((n) => gapWordsIn(n * 60_000, 'ru'))).toEqual(['1 минуту', '2 минуты', '45 минут']);
  });

  it('cities and event names in Russian, the speaker of a speech act by the Russian name', () => {
    expect(cityOf('America/New_York', 'ru')).toBe('Вашингтон');
    const x = loadCorpus()[0]!;
    const denial = x.events.find((e) => e.type === 'denial' && e.label.en.includes(':'))!;
    expect(denial.label.en).toBe('Denial: Maria Zakharova');
    expect(eventName(denial, 'ru', x.actors)).toBe('Опровержение: Мария Захарова');
    const call = x.events.find((e) => e.type === 'phone-call')!;
    expect([eventName(call, 'ru'), eventName(call, 'en'), eventName(call, 'ar')]).toEqual(['Телефонный разговор', call.label.en, call.label.ar]);
  });

  it('why reports were grouped, written in Russian from the code and detail of each reason', () => {
    // The seed and a constructed report (not a real article) of the same call on another day.
    const other = extract({ id: 'constructed-wire', text: 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Putin and Biden would hold a phone call on January 2.', title: 'A later call (constructed)', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' });
    const xs = [...loadCorpus(), other];
    const lookup = actorLookup(xs);
    const reasons = comparedGroups(xs, { docs: [], eventTypes: [], actors: [], q: '' }, 'ru').flatMap((g) => g.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(reasonWordsIn(r, 'ru', lookup), r.en).toMatch(/^[А-ЯЁ]/);
    expect(reasons.map((r) => reasonWordsIn(r, 'en', lookup))).toEqual(reasons.map((r) => r.en));
    // Constructed reasons, as lib/compare writes them.
    const conflict: Reason = { code: 'times-conflict', en: 'Their times do not meet (2 days apart) but the participants match', detail: 'gap 172800000 ms' };
    expect(reasonWordsIn(conflict, 'ru', lookup)).toBe('Их сроки не сходятся (разница в 2 дня), но участники те же');
    const shared: Reason = { code: 'shared-participants', en: 'Shared participants: Vladimir Putin, Joe Biden', detail: 'joe-biden,vladimir-putin' };
    expect(reasonWordsIn(shared, 'ru', lookup)).toBe('Общие участники: Джо Байден, Владимир Путин');
    const merged: Reason = { code: 'merged', en: 'Merged with X by Lina (2022-01-05)', detail: 'a/e1 + b/e2 by Lina at 2022-01-05T10:00:00Z' };
    expect(reasonWordsIn(merged, 'ru', lookup)).toBe('Объединено редактором: Lina (2022-01-05)');
  });
});
