// Conflicts in words: who said it and who reports it, and a distance that says what it is (touching days are
// not "1 minute apart").
import { describe, expect, it } from 'vitest';
import { type Claim, conflictWords } from '@/lib/compare/index';
import type { Actor } from '@/lib/model/schema';

const actor = (id: string, en: string, ar: string): Actor => ({ id, kind: 'person', names: { en: [en], ar: [ar], ru: [] }, roles: [], affiliations: [], inGazetteer: true });
const actors = new Map([actor('dmitry-peskov', 'Dmitry Peskov', 'دميتري بيسكوف'), actor('reuters', 'Reuters', 'رويترز'), actor('tass', 'TASS', 'تاس')].map((a) => [a.id, a]));
const day = (d: string, publisher: string): Claim => ({
  docId: publisher, eventId: 'e', statementId: 's', speakerId: 'dmitry-peskov', publisher, channel: null, value: `2021-12-${d}`, granularity: 'day',
  interval: { start: `2021-12-${d}T00:00:00Z`, end: `2021-12-${Number(d) + 1}T00:00:00Z` }, original: null, zone: 'UTC', reinterpreted: false, corrected: false,
  words: { docId: publisher, start: 0, end: 0, text: '' }, saidAt: null,
});

describe('conflictWords', () => {
  it('names the speaker with the outlet that reports them, and days that touch as touching', () => {
    const w = conflictWords(day('30', 'reuters'), day('31', 'tass'), 0, (id) => actors.get(id));
    expect(w.en).toBe('Dmitry Peskov (Reuters): 30 Dec (UTC) vs Dmitry Peskov (TASS): 31 Dec (UTC) — one ends where the other begins');
    expect(w.ar).toBe('دميتري بيسكوف (رويترز): ٣٠ ديسمبر (بتوقيت غرينتش)، مقابل دميتري بيسكوف (تاس): ٣١ ديسمبر (بتوقيت غرينتش) — تنتهي إحداهما حيث تبدأ الأخرى');
  });

  it('says a real distance in its largest whole unit', () => {
    expect(conflictWords(day('20', 'reuters'), day('23', 'tass'), 2 * 86_400_000, (id) => actors.get(id)).en).toMatch(/— 2 days apart$/);
    // In Arabic with Arabic-Indic digits, as the dates and the timeline write them; one and two are words.
    expect(conflictWords(day('10', 'reuters'), day('20', 'tass'), 9 * 86_400_000, (id) => actors.get(id)).ar).toMatch(/— بفارق ٩ أيام$/);
    expect(conflictWords(day('10', 'reuters'), day('20', 'tass'), 12 * 3_600_000, (id) => actors.get(id)).ar).toMatch(/— بفارق ١٢ ساعة$/);
    expect(conflictWords(day('10', 'reuters'), day('20', 'tass'), 2 * 86_400_000, (id) => actors.get(id)).ar).toMatch(/— بفارق يومين$/);
  });
});
