// The seeded force layout: the same graph lays out the same way; pinned nodes stay; nodes do not overlap.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/graph/build';
import { layoutGraph } from '@/lib/layout/force';
import { loadCorpus } from '@/lib/server/corpus';

const g = buildGraph(loadCorpus());

describe('layoutGraph', () => {
  it('is deterministic for a seed, and a different seed gives a different layout', () => {
    const a = layoutGraph(g);
    expect(layoutGraph(g)).toEqual(a);
    const b = layoutGraph(g, { seed: 7 });
    expect(b.some((p, i) => Math.abs(p.x - a[i]!.x) > 1)).toBe(true);
  });

  it('places every node at a finite point, apart from the others', () => {
    const placed = layoutGraph(g);
    expect(placed.map((p) => p.id)).toEqual(g.nodes.map((n) => n.id));
    for (const p of placed) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++) expect(Math.hypot(placed[i]!.x - placed[j]!.x, placed[i]!.y - placed[j]!.y)).toBeGreaterThan(20);
  });

  it('keeps pinned nodes where the user put them', () => {
    const placed = layoutGraph(g, { pinned: new Map([['actor:dmitry-peskov', { x: 400, y: -300 }]]) });
    expect(placed.find((p) => p.id === 'actor:dmitry-peskov')).toEqual({ id: 'actor:dmitry-peskov', x: 400, y: -300 });
  });

  it('linked nodes end closer than unlinked ones on average', () => {
    const placed = new Map(layoutGraph(g).map((p) => [p.id, p]));
    const dist = (a: string, b: string) => Math.hypot(placed.get(a)!.x - placed.get(b)!.x, placed.get(a)!.y - placed.get(b)!.y);
    const linked = g.edges.map((e) => dist(e.source, e.target));
    const ids = [...placed.keys()];
    const all = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => dist(a, b)));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(mean(all));
  });
});
