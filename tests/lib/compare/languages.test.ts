// A Russian original beside its Arabic and English reports (CONSTRUCTED texts in tests/fixtures, written for the
// project; the Arabic is the seed): they share participants and times, not words, and are aligned as one
// happening. A publication may carry its moment (2021-12-29T13:40+03:00), which orders an original and its
// translation published the same day; where only days are known, the first report says the order is unknown.
import { describe, expect, it } from 'vitest';
import { align } from '@/lib/compare/index';
import { extract } from '@/lib/extract';
import { DocumentInput, inputOf } from '@/lib/model/input';
import { parsePublication } from '@/lib/time/calendar';
import { englishWire, shiftedReport, tassOriginal } from '../../fixtures/languages';
import { seed } from './fixtures';

const ru = tassOriginal;
const en = englishWire();
const ar = seed();
const callOf = (xs: Parameters<typeof align>[0]) => align(xs).groups.find((g) => g.type === 'phone-call' && g.members.length > 1)!;

describe('a publication with its moment', () => {
  it('is read as a day in the document’s zone and an instant in UTC, and refused when impossible', () => {
    expect(parsePublication('2021-12-29', 'Europe/Moscow')).toEqual({ date: { y: 2021, m: 12, d: 29 } });
    expect(parsePublication('2021-12-29T13:40', 'Europe/Moscow')).toEqual({ date: { y: 2021, m: 12, d: 29 }, instant: '2021-12-29T10:40:00Z' });
    // 22:30 in New York is already the next morning in Moscow: the day is the document's.
    expect(parsePublication('2021-12-29T22:30:00-05:00', 'Europe/Moscow')).toEqual({ date: { y: 2021, m: 12, d: 30 }, instant: '2021-12-30T03:30:00Z' });
    for (const bad of ['2021-12-29T25:00', '2021-02-30T10:00Z', '2021-12-29T10:61+03:00', 'tomorrow']) expect(parsePublication(bad, 'UTC')).toBeNull();
    expect(DocumentInput.safeParse({ text: 'x', published: '2021-12-29T13:40+03:00' }).success).toBe(true);
    expect(DocumentInput.safeParse({ text: 'x', published: '29.12.2021 13:40' }).success).toBe(false);
    expect(() => extract({ text: 'Песков заявил.', published: '2021-12-29T24:30', timeZone: 'Europe/Moscow' })).toThrow(/impossible publication date/);
  });

  it('is kept in the document and given again when the document is read again', () => {
    const x = ru('2021-12-29T13:40+03:00');
    expect(x.document.published).toMatchObject({ value: '2021-12-29', source: 'metadata', instant: '2021-12-29T10:40:00Z' });
    expect(inputOf(x).published).toBe('2021-12-29T10:40:00Z');
    expect(extract(inputOf(x)).document.published.instant).toBe('2021-12-29T10:40:00Z');
    // "завтра" is still the day after the publication day in Moscow.
    expect(x.timeExpressions.find((t) => t.text === 'завтра')?.value).toBe('2021-12-30');
    // A saying dated to the day of publication ends when the report was published.
    const y = extract({ text: 'Разговор состоится завтра, сообщил в среду журналистам пресс-секретарь президента Дмитрий Песков.', published: '2021-12-29T13:40+03:00', timeZone: 'Europe/Moscow', lang: 'ru' });
    expect(y.statements[0]!.saidAt.interval).toEqual({ start: '2021-12-28T21:00:00Z', end: '2021-12-29T10:40:00Z' });
    const z = extract({ text: 'Разговор состоится завтра, сообщил в среду журналистам пресс-секретарь президента Дмитрий Песков.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ru' });
    expect(z.statements[0]!.saidAt.interval).toEqual({ start: '2021-12-28T21:00:00Z', end: '2021-12-29T21:00:00Z' });
  });
});

describe('the Russian original beside its Arabic and English reports', () => {
  const g = callOf([ar, ru('2021-12-29T13:40+03:00'), en]);

  it('is one happening: the same call, by participants and time, across the three languages', () => {
    expect(new Set(g.members.map((m) => m.docId))).toEqual(new Set([ar.document.id, 'tass-ru', 'wire-en']));
    expect(g.participants).toEqual(expect.arrayContaining(['joe-biden', 'vladimir-putin']));
    expect(g.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['same-type', 'shared-participants']));
  });

  it('orders the reports by the moment they were published or said, and says where only the day is known', () => {
    const order = g.firstReport.order;
    const tass = order.find((e) => e.docId === 'tass-ru' && e.source.endsWith('dmitry-peskov'))!;
    expect(tass).toMatchObject({ at: '2021-12-29T10:40:00Z', until: '2021-12-29T10:40:00Z', basis: 'published' });
    // Peskov's words in the Arabic report were said "this evening": after the TASS wire, which is their original.
    const sputnik = order.find((e) => e.docId === ar.document.id && e.source.endsWith('dmitry-peskov'))!;
    expect(order.indexOf(tass)).toBeLessThan(order.indexOf(sputnik));
    expect(sputnik.sameTimeAsPrevious).toBe(false);
    // A source dated only by its day ("today, Wednesday") cannot be ordered against a moment of that day.
    const day = order.find((e) => e.until !== null && e.at !== null && Date.parse(e.until) - Date.parse(e.at) === 86_400_000)!;
    const next = order[order.indexOf(day) + 1]!;
    expect(next.sameTimeAsPrevious).toBe(Date.parse(next.at!) < Date.parse(day.until!));
    expect(order.some((e) => e.sameTimeAsPrevious)).toBe(true);
  });

  it('shows each source’s time of the call in the facts, and that the Russian and Arabic times of Peskov’s words agree', () => {
    const time = g.facts.find((f) => f.kind === 'time')!;
    const peskov = time.cells.filter((c) => g.sources.find((s) => s.key === c.source)!.speaker === 'dmitry-peskov' && c.fact);
    expect(peskov.map((c) => c.fact!.docId)).toEqual(expect.arrayContaining(['tass-ru', ar.document.id]));
    expect(peskov.map((c) => c.value)).toEqual(peskov.map(() => '2021-12-30TEV'));
    expect(peskov.every((c) => c.differsFromOriginal === undefined)).toBe(true);
    // Each time cell points to the words that give it.
    for (const c of time.cells.filter((c) => c.fact)) {
      const x = [ar, ru('2021-12-29T13:40+03:00'), en].find((d) => d.document.id === c.fact!.docId)!;
      expect(x.document.text.slice(c.fact!.span.start, c.fact!.span.end)).toBe(c.fact!.text);
    }
  });

  it('marks a report whose time differs from the original’s', () => {
    // A report that moved the call to Friday: Peskov's words, as translated, no longer fit the original's day.
    const h = callOf([ru('2021-12-29T13:40+03:00'), shiftedReport()]);
    const time = h.facts.find((f) => f.kind === 'time')!;
    expect(time.status).toBe('disagree');
    const report = time.cells.find((c) => c.fact?.docId === 'report-shifted')!;
    expect(report.value).toBe('2021-12-31');
    expect(report.differsFromOriginal).toBe(time.cells.find((c) => c.fact?.docId === 'tass-ru')!.source);
  });
});
