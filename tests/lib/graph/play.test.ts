// Playback's stops: every one shows a link (no blank graph between clusters of statements), in time order,
// a long record in a bounded number of steps.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/graph/build';
import { activeIn, playStops } from '@/lib/graph/query';
import { extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';

const linkCount = (g: ReturnType<typeof buildGraph>, w: { start: number; end: number }) =>
  g.edges.filter((e) => activeIn(g, w).edges.has(e.id) && e.kind !== 'affiliation' && e.kind !== 'participation').length;

describe('playStops', () => {
  it('stops only where a link was made, in time order, within the span', () => {
    const xs = loadCorpus();
    const g = buildGraph(xs);
    const dated = g.edges.filter((e) => e.from !== undefined);
    const span = { start: Math.min(...dated.map((e) => e.from!)) - 10 * 86_400_000, end: Math.max(...dated.map((e) => e.to!)) };
    const stops = playStops(g, span);
    expect(stops.length).toBeGreaterThan(1);
    for (const w of stops) expect(linkCount(g, w)).toBeGreaterThan(0);
    for (let i = 1; i < stops.length; i++) expect(stops[i]!.start).toBeGreaterThan(stops[i - 1]!.start);
  });

  it('skips the empty weeks between two clusters, and plays a long record in at most forty steps', () => {
    // Constructed reports (not real articles): one in January, one in June; and many days of statements.
    const text = (d: string) => `Kremlin spokesman Dmitry Peskov said on ${d} that Russia and the United States would hold talks.`;
    const jan = extract({ id: 'jan', text: text('Monday'), published: '2022-01-10', timeZone: 'Europe/Moscow', lang: 'en' });
    const jun = extract({ id: 'jun', text: text('Monday'), published: '2022-06-13', timeZone: 'Europe/Moscow', lang: 'en' });
    const g = buildGraph([jan, jun]);
    const span = { start: Date.parse('2022-01-01'), end: Date.parse('2022-07-01') };
    const stops = playStops(g, span);
    expect(stops).toHaveLength(2);
    for (const w of stops) expect(linkCount(g, w)).toBeGreaterThan(0);

    const many = Array.from({ length: 120 }, (_, i) => {
      const day = new Date(Date.UTC(2022, 0, 3) + i * 86_400_000).toISOString().slice(0, 10);
      return extract({ id: `d${i}`, text: `Kremlin spokesman Dmitry Peskov said today that Russia and the United States would hold talks.`, published: day, timeZone: 'Europe/Moscow', lang: 'en' });
    });
    const big = buildGraph(many);
    const bigStops = playStops(big, { start: Date.parse('2022-01-01'), end: Date.parse('2022-05-05') });
    expect(bigStops.length).toBeLessThanOrEqual(40);
    expect(bigStops.length).toBeGreaterThan(20);
    for (const w of bigStops) expect(linkCount(big, w)).toBeGreaterThan(0);
  });
});
