// Facts read from a statement's own words, in Arabic and English, each with its exact span.
// The texts are CONSTRUCTED for these tests.
import { describe, expect, it } from 'vitest';
import { align, documentFacts, type Fact } from '@/lib/compare/index';
import { extract } from '@/lib/extract/index';
import type { Extraction } from '@/lib/model/schema';

const en = (text: string) => extract({ text, published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' });
const ar = (text: string) => extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'rt' });

/** Facts of the document by speaker, each checked to be the exact words at its span. */
function factsBySpeaker(x: Extraction): Record<string, Fact[]> {
  const out: Record<string, Fact[]> = {};
  for (const [id, facts] of documentFacts(x)) {
    for (const f of facts) expect(x.document.text.slice(f.span.start, f.span.end)).toBe(f.text);
    const s = x.statements.find((st) => st.id === id)!;
    out[s.speaker.actorId] = facts;
  }
  return out;
}
const pick = (facts: Fact[] | undefined, kind: Fact['kind']) => facts?.find((f) => f.kind === kind);
const brief = (f: Fact | undefined) => f && [f.value, f.text];

describe('English', () => {
  const x = en(
    "According to CNN, Putin asked for the call. Peskov said the call took place at Biden's request and lasted an hour and a half. " +
      'The Kremlin said the phone call between Putin and Biden was held at the request of the American side. ' +
      'Reuters reported that the meeting in Geneva was requested by Putin.',
  );
  const by = factsBySpeaker(x);

  it('initiator: "X asked for", "at X\'s request", "requested by X"; "the American side" names no actor', () => {
    expect(brief(pick(by.cnn, 'initiator'))).toEqual(['vladimir-putin', 'Putin asked for']);
    expect(brief(pick(by['dmitry-peskov'], 'initiator'))).toEqual(['joe-biden', "at Biden's request"]);
    expect(brief(pick(by.reuters, 'initiator'))).toEqual(['vladimir-putin', 'requested by Putin']);
    expect(pick(by['russia-presidential-office'], 'initiator')).toBeUndefined();
  });

  it('duration as ISO 8601, location as a venue, participants as the event names them', () => {
    expect(brief(pick(by['dmitry-peskov'], 'duration'))).toEqual(['PT1H30M', 'lasted an hour and a half']);
    expect(brief(pick(by.reuters, 'location'))).toEqual(['geneva', 'in Geneva']);
    expect(brief(pick(by['russia-presidential-office'], 'participants'))).toEqual(['joe-biden+vladimir-putin', 'Putin and Biden']);
  });

  it('more durations: "lasted about 50 minutes", "a 90-minute call", "for two hours"', () => {
    const d = factsBySpeaker(en('The White House said the phone call between Biden and Putin lasted about 50 minutes. Peskov said the 90-minute call was useful. Ushakov said the talks went on for two hours.'));
    expect(pick(d['us-white-house'], 'duration')).toMatchObject({ value: 'PT50M', label: 'about 50 minutes', text: 'lasted about 50 minutes' });
    expect(brief(pick(d['dmitry-peskov'], 'duration'))).toEqual(['PT1H30M', '90-minute']);
    expect(brief(pick(d['yuri-ushakov'], 'duration'))).toEqual(['PT2H', 'went on for two hours']);
  });
});

describe('Arabic', () => {
  const x = ar(
    'قال الكرملين إن الاتصال الهاتفي بين بوتين وبايدن جرى بناءً على طلب من الجانب الأمريكي. ' +
      'وأفادت وكالة رويترز بأن القمة بين بوتين وبايدن بجنيف استمرت ثلاث ساعات. ' +
      'وقال بيسكوف إن اللقاء في جنيف جرى بطلب من بايدن ودام ساعة ونصف.',
  );
  const by = factsBySpeaker(x);

  it('initiator: "بطلب من X" by the mention of X; "the American side" is the United States', () => {
    expect(brief(pick(by['dmitry-peskov'], 'initiator'))).toEqual(['joe-biden', 'بطلب من بايدن']);
    expect(pick(by['russia-presidential-office'], 'initiator')?.value).toBe('united-states');
  });

  it('location after في or joined ب; durations in words, duals and halves', () => {
    expect(brief(pick(by.reuters, 'location'))).toEqual(['geneva', 'بجنيف']);
    expect(brief(pick(by['dmitry-peskov'], 'location'))).toEqual(['geneva', 'في جنيف']);
    expect(brief(pick(by.reuters, 'duration'))).toEqual(['PT3H', 'استمرت ثلاث ساعات']);
    expect(brief(pick(by['dmitry-peskov'], 'duration'))).toEqual(['PT1H30M', 'دام ساعة ونصف']);
    const d = factsBySpeaker(ar('وقال الكرملين إن الاتصال الهاتفي بين بوتين وبايدن استمر نحو 50 دقيقة. وقال بيسكوف إن المحادثات بين بوتين وبايدن دامت ساعتين.'));
    expect(pick(d['russia-presidential-office'], 'duration')).toMatchObject({ value: 'PT50M', label: 'about 50 minutes', text: 'استمر نحو 50 دقيقة' });
    expect(brief(pick(d['dmitry-peskov'], 'duration'))).toEqual(['PT2H', 'دامت ساعتين']);
  });

  it('a call has no place: "in Ukraine" is what it is about', () => {
    const d = factsBySpeaker(en('The White House said the phone call between Biden and Putin in Geneva focused on the situation in Ukraine.'));
    expect(brief(pick(d['us-white-house'], 'location'))).toEqual(['geneva', 'in Geneva']);
    const about = factsBySpeaker(en('The White House said the phone call between Biden and Putin focused on the situation in Ukraine.'));
    expect(pick(about['us-white-house'], 'location')).toBeUndefined();
  });
});

describe('the facts matrix', () => {
  it('two speakers naming different initiators disagree; the same speaker twice is one voice', () => {
    const x = en("Peskov said the phone call between Putin and Biden took place at Biden's request. The White House said the phone call between Biden and Putin was requested by Putin.");
    const g = align([x]).groups.find((gr) => gr.type === 'phone-call')!;
    const row = g.facts.find((f) => f.kind === 'initiator')!;
    expect(row.status).toBe('disagree');
    expect(row.values.map((v) => v.value).sort()).toEqual(['joe-biden', 'vladimir-putin']);
    // Participants: one names both, the other both too — they agree.
    expect(g.facts.find((f) => f.kind === 'participants')!.status).toBe('agree');
  });

  it('a source naming fewer participants does not contradict one naming more', () => {
    const x = en('Peskov said the phone call between Putin and Biden will take place on Thursday. CNN reported that the phone call was requested by Putin.');
    const g = align([x]).groups.find((gr) => gr.type === 'phone-call')!;
    const row = g.facts.find((f) => f.kind === 'participants')!;
    expect(row.values.map((v) => v.value).sort()).toEqual(['joe-biden+vladimir-putin', 'vladimir-putin']);
    expect(row.status).toBe('agree');
  });
});
