// Russian axes: month names from Intl ('ru-RU'), in the genitive after a day and the nominative alone; the
// ticks themselves are the same instants as in English (language changes the words, never the places).
import { describe, expect, it } from 'vitest';
import { timeTicks } from '@/lib/layout/ticks';

const at = (s: string) => Date.parse(s);

describe('Russian tick labels', () => {
  it('days in the genitive month ("30 дек."), the new year with its year', () => {
    const ru = timeTicks(at('2021-12-27T00:00Z'), at('2022-01-03T00:00Z'), 'Europe/Moscow', 'ru', 8);
    const en = timeTicks(at('2021-12-27T00:00Z'), at('2022-01-03T00:00Z'), 'Europe/Moscow', 'en', 8);
    expect(ru.map((t) => t.t)).toEqual(en.map((t) => t.t));
    expect(ru.map((t) => t.label)).toContain('30 дек.');
    expect(ru.map((t) => t.label)).toContain('1 янв. 2022 г.');
    expect(en.map((t) => t.label)).toContain('30 Dec');
  });

  it('months standing alone in the nominative, and the year at January', () => {
    const labels = timeTicks(at('2021-09-01T00:00Z'), at('2022-04-01T00:00Z'), 'UTC', 'ru', 8).map((t) => t.label);
    expect(labels).toContain('декабрь');
    expect(labels).toContain('2022');
  });

  it('clock times in 24 hours', () => {
    const labels = timeTicks(at('2021-12-30T15:00Z'), at('2021-12-30T21:00Z'), 'Europe/Moscow', 'ru', 6).map((t) => t.label);
    expect(labels).toContain('21:00');
  });
});
