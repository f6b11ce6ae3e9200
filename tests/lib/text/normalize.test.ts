import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeArabic, toOriginalSpan } from '@/lib/text/normalize';
import { sentences, splitClitics, tokenize } from '@/lib/text/tokens';

describe('normalizeArabic', () => {
  it('folds alef/hamza forms, taa marbuta, alef maqsura, tatweel, diacritics and digits', () => {
    expect(normalizeArabic('أإآٱ ة ى مـــساءً ١٧ ۱۷').text).toBe('اااا ه ي مساء 17 17');
  });

  it('maps every normalised character back to the original one it came from', () => {
    const original = 'توترًا، وبالأمس ١٧ ديسمبر';
    const nt = normalizeArabic(original);
    const i = nt.text.indexOf('الامس');
    expect(original.slice(toOriginalSpan(nt, i, i + 5).start, toOriginalSpan(nt, i, i + 5).end)).toBe('الأمس');
    const d = nt.text.indexOf('17');
    const span = toOriginalSpan(nt, d, d + 2);
    expect(original.slice(span.start, span.end)).toBe('١٧');
  });

  it('property: any span of the normalised text maps inside the original, covering the same characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (s, a, b) => {
        const nt = normalizeArabic(s);
        const n = nt.text.length;
        const [i, j] = [Math.min(a, b) % (n + 1), Math.max(a, b) % (n + 1)].sort((x, y) => x - y) as [number, number];
        const o = toOriginalSpan(nt, i, j);
        expect(o.start).toBeGreaterThanOrEqual(0);
        expect(o.end).toBeLessThanOrEqual(s.length);
        expect(o.start).toBeLessThanOrEqual(o.end);
        // Re-normalising the original span gives back the normalised span.
        expect(normalizeArabic(s.slice(o.start, o.end)).text).toBe(nt.text.slice(i, j));
      }),
    );
  });
});

describe('tokens and sentences', () => {
  it('splits proclitics off Arabic words but keeps short words whole', () => {
    expect(splitClitics('وبالامس')).toEqual({ stem: 'امس', clitics: ['و', 'ب', 'ال'] });
    expect(splitClitics('للعلاقات').clitics).toEqual(['ل', 'ال']);
    expect(splitClitics('ولد').stem).toBe('ولد');
    expect(tokenize('قال بيسكوف، اليوم').map((t) => t.surface)).toEqual(['قال', 'بيسكوف', 'اليوم']);
  });

  it('ends sentences at line breaks and at . ؟ ! but not inside 23.30', () => {
    const text = 'العنوان\nقال إن الاجتماع في 23.30. هل حدث؟ نعم';
    expect(sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['العنوان', 'قال إن الاجتماع في 23.30.', 'هل حدث؟', 'نعم']);
  });
});
