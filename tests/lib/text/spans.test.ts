import { describe, expect, it } from 'vitest';
import { SpansByStart, coveredBy, forEachWithin, lastStartingAtOrBefore, lowerBound, mergeByStart, nextAfter, spansWithin } from '@/lib/text/spans';

const spans = [
  { start: 2, end: 5 },
  { start: 7, end: 9 },
  { start: 12, end: 20 },
];

describe('span lookups', () => {
  it('lowerBound finds the first span starting at or after a position', () => {
    expect([0, 2, 3, 7, 12, 13].map((p) => lowerBound(spans, p))).toEqual([0, 0, 1, 1, 2, 3]);
  });
  it('nextAfter only accepts the next span when the gap text fits', () => {
    const text = 'xxxxx  yy   zzzzzzzz';
    expect(nextAfter(spans, 5, text, /^\s*$/)).toBe(spans[1]);
    expect(nextAfter(spans, 0, text, /^\s*$/)).toBeUndefined(); // "ab" is not a gap
    expect(nextAfter(spans, 13, text, /^\s*$/)).toBeUndefined();
  });
  it('spansWithin returns the spans wholly inside a range', () => {
    expect(spansWithin(spans, 2, 12)).toEqual([spans[0], spans[1]]);
    expect(spansWithin(spans, 3, 19)).toEqual([spans[1]]);
  });
  it('forEachWithin visits the indices of the spans spansWithin returns', () => {
    for (const [a, b] of [[2, 12], [3, 19], [0, 30], [6, 8]] as const) {
      const seen: number[] = [];
      forEachWithin(spans, a, b, (i) => seen.push(i));
      expect(seen.map((i) => spans[i])).toEqual(spansWithin(spans, a, b));
    }
  });
  it('the ascending lookups answer as the binary searches do, for positions in order', async () => {
    const fc = (await import('fast-check')).default;
    const sortedSpans = fc
      .array(fc.record({ start: fc.nat(60), length: fc.nat(12) }), { maxLength: 12 })
      .map((xs) => xs.map((x) => ({ start: x.start, end: x.start + x.length })).sort((a, b) => a.start - b.start));
    fc.assert(
      fc.property(sortedSpans, fc.array(fc.nat(80), { maxLength: 20 }), (list, positions) => {
        positions.sort((a, b) => a - b);
        const last = lastStartingAtOrBefore(list);
        const covered = coveredBy(list);
        const coveredAscending = coveredBy(list, true);
        for (const p of positions) {
          expect(last(p)).toBe(lowerBound(list, p + 1) - 1);
          expect(coveredAscending(p)).toBe(covered(p));
        }
      }),
    );
  });
  it('SpansByStart answers as a map of the spans by start, whatever order the positions come in', async () => {
    const fc = (await import('fast-check')).default;
    const disjoint = fc.uniqueArray(fc.nat(60), { maxLength: 15 }).map((xs) => xs.sort((a, b) => a - b).map((start) => ({ start })));
    fc.assert(
      fc.property(disjoint, fc.array(fc.integer({ min: -2, max: 70 }), { maxLength: 30 }), (list, positions) => {
        const map = new Map(list.map((s) => [s.start, s]));
        const byStart = new SpansByStart(list);
        for (const p of positions) {
          expect(byStart.get(p)).toBe(map.get(p));
          expect(byStart.has(p)).toBe(map.has(p));
        }
      }),
    );
  });
  it('mergeByStart gives what a stable sort of the two lists by start gives', async () => {
    const fc = (await import('fast-check')).default;
    const sorted = (tag: string) => fc.array(fc.nat(30), { maxLength: 10 }).map((xs) => xs.sort((a, b) => a - b).map((start, i) => ({ start, id: `${tag}${i}` })));
    fc.assert(
      fc.property(sorted('a'), sorted('b'), (a, b) => {
        expect(mergeByStart(a, b)).toEqual([...a, ...b].sort((x, y) => x.start - y.start));
      }),
    );
  });
});

describe('wordSpans', () => {
  it('finds the same words as a [\\p{L}\\p{N}\\p{M}]+ scan, astral letters included', async () => {
    const { wordSpans } = await import('@/lib/text/phrases');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: fc.constantFrom(...'بيسكوف، 17 مساءً'.split('')), maxLength: 40 }), (a, b) => {
        const text = a + b;
        const expected = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
        expect(wordSpans(text)).toEqual(expected);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
