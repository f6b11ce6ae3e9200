// Property tests: tagging never throws on random text, and every expression points at its characters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

const arabicish = fc.string({
  unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىـًٌٍَُِّْ٠١٢٣٤٥٦٧٨٩۱۲0123456789 ،؛:."\n'.split(''), ...['اليوم', ' غدا ', 'مساء ', ' ديسمبر ', 'الخميس', ' أمس ', ' قال ', ' بوتين ', 'منذ ', 'الساعة ']),
  maxLength: 300,
});

describe('extraction on random text', () => {
  it('منذ before a future day keeps the day instead of an inverted interval (fast-check counterexample)', () => {
    const x = extract({ text: 'منذ  غدا ', published: '2021-12-31', timeZone: 'Africa/Cairo', lang: 'ar' });
    const t = x.timeExpressions[0]!;
    expect(t.interval!.start! < t.interval!.end!).toBe(true);
    expect(x.warnings.join(' ')).toMatch(/"since" a date after publication/);
  });

  it('steps over astral-plane characters (a unicode regex retried inside a surrogate pair used to loop forever)', () => {
    const text = '\u{1F600}غدا𸝔 منذ ٧ 񩟚';
    const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
    expect(x.timeExpressions.map((t) => t.text)).toEqual(['غدا']);
  });

  it('never throws on random Unicode and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), (text) => {
        fc.pre(text.trim().length > 0);
        const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
        for (const t of x.timeExpressions) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 300, seed: 20211229 },
    );
  });

  it('on Arabic-like text every time expression and cue quotes the original characters exactly', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        fc.pre(text.trim().length > 0);
        const x = extract({ text, published: '2021-12-31', timeZone: 'Africa/Cairo', lang: 'ar' });
        for (const t of x.timeExpressions) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          if (t.interval?.start && t.interval.end) expect(t.interval.start < t.interval.end).toBe(true);
        }
        for (const s of x.statements) {
          expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
          for (const c of s.content) expect(c.start <= c.end && c.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20211229 },
    );
  });
});
