// The compare view's phrases in Russian, from the same claim fields lib/compare writes in English and Arabic:
// a claim's day with its part of the day and city, gaps counted with Russian plurals, and event names.
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/lib/compare';
import { loadCorpus } from '@/lib/server/corpus';
import { claimWhenIn, cityOf, gapWordsIn } from '@/lib/view/compare-words';
import { eventName } from '@/lib/view/describe';

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
});
