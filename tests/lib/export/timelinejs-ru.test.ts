// The TimelineJS export of a Russian view: speakers by their Russian names, stances and event types in Russian,
// Russian month names in the dates shown, the undated count with Russian plurals; the dates themselves unchanged.
import { describe, expect, it } from 'vitest';
import { toTimelineJs } from '@/lib/export/timelinejs';
import { loadCorpus } from '@/lib/server/corpus';
import { statementRows } from '@/lib/view/rows';

const xs = loadCorpus();
const seed = xs[0]!;
const rows = statementRows(xs);
const ru = toTimelineJs(rows, xs, { zone: 'Europe/Moscow', lang: 'ru' });
const en = toTimelineJs(rows, xs, { zone: 'Europe/Moscow', lang: 'en' });

describe('TimelineJS in Russian', () => {
  it("places Peskov's call on the same dates, written in Russian", () => {
    const id = `claim-${seed.document.id}-e30-s69-69`;
    const call = ru.events.find((e) => e.unique_id === id)!;
    expect(call.start_date).toEqual(en.events.find((e) => e.unique_id === id)!.start_date);
    expect(call.display_date).toBe('30 дек. 2021 г., 21:00–24:00 (Europe/Moscow)');
    expect(call.text.headline).toBe('Телефонный разговор');
    expect(call.text.text).toContain('источник — Дмитрий Песков');
  });

  it('speakers, stances and the undated count in Russian', () => {
    expect(ru.events.map((e) => e.group)).toContain('Дмитрий Песков');
    expect(ru.events.some((e) => /^\u2068?Дмитрий Песков\u2069?: подтверждение$/.test(e.text.headline))).toBe(true);
    expect(ru.title.text.text).toMatch(/4 заявления без собственной даты/);
    expect(ru.events.map((e) => e.unique_id)).toEqual(en.events.map((e) => e.unique_id));
  });
});
