// Graph labels never overlap each other or any node, whatever the data; the most connected are placed first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeGraphLabels, type LabelRequest } from '@/lib/layout/graph-labels';

const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeGraphLabels', () => {
  it('never overlaps two labels, or a label and a node (property)', () => {
    const req = fc.record({ x: fc.integer({ min: 0, max: 600 }), y: fc.integer({ min: 0, max: 400 }), r: fc.integer({ min: 4, max: 20 }), w: fc.integer({ min: 10, max: 160 }), priority: fc.integer({ min: 0, max: 9 }) });
    fc.assert(
      fc.property(fc.array(req, { maxLength: 120 }), fc.boolean(), (rs, rtl) => {
        const reqs: LabelRequest[] = rs.map((r, i) => ({ ...r, id: `n${i}`, h: 14 }));
        const placed = placeGraphLabels(reqs, { rtl });
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i]!, placed[j]!)).toBe(false);
          for (const q of reqs) expect(overlap(placed[i]!, { x: q.x - q.r, y: q.y - q.r, w: 2 * q.r, h: 2 * q.r })).toBe(false);
        }
        expect(new Set(placed.map((p) => p.id)).size).toBe(placed.length);
      }),
      { seed: 20211229, numRuns: 80 },
    );
  });

  it('gives the more connected node its label when two compete, on the reading side first', () => {
    const a = { id: 'peskov', x: 100, y: 100, r: 8, w: 80, h: 14, priority: 1 };
    const b = { id: 'kremlin', x: 100, y: 100, r: 8, w: 80, h: 14, priority: 5 };
    const placed = placeGraphLabels([a, b]);
    expect(placed[0]).toMatchObject({ id: 'kremlin', x: 111 }); // right of the node, first
    expect(placed[1]!.id).toBe('peskov');
    expect(placed[1]!.x).toBeLessThan(100); // the right is taken: the left
    expect(placeGraphLabels([a], { rtl: true })[0]!.x).toBe(100 - 8 - 3 - 80); // Arabic: left first
  });
});

describe('labels inside the frame', () => {
  it('moves a label off the edge it would be cut by, and leaves out one that fits nowhere', () => {
    const bounds = { width: 300, height: 200 };
    const atRightEdge = placeGraphLabels([{ id: 'a', x: 290, y: 100, r: 5, w: 80, h: 14, priority: 1 }], { bounds });
    expect(atRightEdge).toHaveLength(1);
    expect(atRightEdge[0]!.x + atRightEdge[0]!.w).toBeLessThanOrEqual(300);
    expect(atRightEdge[0]!.x).toBeLessThan(290); // on its left
    const tooWide = placeGraphLabels([{ id: 'b', x: 150, y: 100, r: 5, w: 400, h: 14, priority: 1 }], { bounds });
    expect(tooWide).toEqual([]);
    // Without bounds, the first choice stands (the explorer's own behaviour before frames were given).
    expect(placeGraphLabels([{ id: 'a', x: 290, y: 100, r: 5, w: 80, h: 14, priority: 1 }])[0]!.x).toBeGreaterThan(290);
  });
});
