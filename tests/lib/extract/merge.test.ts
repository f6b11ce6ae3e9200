// Mentions of one statement are merged (a headline and its paragraph are one statement), but a merge never makes
// a stance of its own: a long text where one speaker confirms and denies in turn keeps every confirmation a
// confirmation (once, 101 of 121 came out "denies").
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

describe('merging mentions of a statement', () => {
  it('never turns a confirmation into a denial, however many there are', () => {
    // Constructed sentences, not news: the same speaker, the same words, confirming and denying in turn.
    const paragraphs = Array.from({ length: 120 }, (_, i) =>
      // The same words after each verb: only the verb tells a confirmation from a denial.
      i % 3 === 2 ? `ونفى المتحدث باسم الكرملين ديمتري بيسكوف أن الاتصال سيجري غدا.` : `وأكد المتحدث باسم الكرملين ديمتري بيسكوف أن الاتصال سيجري غدا.`,
    );
    const x = extract({ text: paragraphs.join('\n'), published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
    const peskov = x.statements.filter((s) => s.speaker.actorId === 'dmitry-peskov');
    expect(peskov.length).toBeGreaterThan(0);
    for (const s of peskov) {
      // Each statement's stance is the one its own cue gives: أكد confirms, نفى denies.
      const cue = x.document.text.slice(s.cue.start, s.cue.end);
      expect([cue, s.stance]).toEqual([cue, /نفى/.test(cue) ? 'deny' : 'confirm']);
    }
    // Every mention of a merged statement has a cue of that statement's stance.
    for (const s of peskov) {
      for (const m of s.mentions) {
        const words = x.document.text.slice(m.start, m.end);
        expect(s.stance === 'deny' ? /نفى/.test(words) : /أكد/.test(words)).toBe(true);
      }
    }
  });
});

describe('one event per happening', () => {
  it('two talks of one party with two others, on two days, are two events, with ids of their own', () => {
    const x = extract({ text: 'The Kremlin said on Wednesday that Russia and Ukraine held talks in Istanbul on Tuesday. The Kremlin said on Friday that Russia and Turkey held talks in Antalya on Thursday.', published: '2022-03-30', timeZone: 'Europe/Istanbul', lang: 'en' });
    const talks = x.events.filter((e) => e.type === 'negotiation');
    expect(talks).toHaveLength(2);
    expect(talks.map((e) => e.participants.join('+')).sort()).toEqual(['russia+turkey', 'russia+ukraine']);
    const ids = x.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the same call, named by two sources on the same day, stays one event', () => {
    const x = extract({ text: 'The Kremlin said Putin and Biden would speak by phone on Thursday. The White House said Biden and Putin would hold a phone call on Thursday.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en' });
    expect(x.events.filter((e) => e.type === 'phone-call')).toHaveLength(1);
  });
});
