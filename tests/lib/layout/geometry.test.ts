// Geometry, hit-testing, keyboard movement, label placement and level of detail, without a DOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEDUPE_PX, LABEL_MAX_MARKS, drawScene, placeLabels } from '@/lib/layout/draw';
import { fitMarks, fitWindow, geometry, hitTest, markBox, marksCentre, minSpanOf, timeAt, xAt } from '@/lib/layout/geometry';
import { move } from '@/lib/layout/navigate';
import { project } from '@/lib/layout/project';
import { MAX_ROWS, buildScene, keyIndex, type MarkInput } from '@/lib/layout/scene';
import { STANCE_STYLE, contrast, PAPER, EVENT_INK, LINK_INK } from '@/lib/layout/style';
import { readableCanvas } from './sprite-canvas';

const H = 3_600_000;
const lanes = [0, 1, 2].map((i) => ({ key: `l${i}`, label: { en: `Lane ${i}`, ar: `مسار ${i}` }, side: i < 2 ? 'a' : 'b', depth: 0, rows: 1 }));
const groups = [
  { key: 'a', label: { en: 'A', ar: 'أ' }, lanes: [0, 1] },
  { key: 'b', label: { en: 'B', ar: 'ب' }, lanes: [2] },
];
const m = (key: string, lane: number, start: number | null, end: number | null, extra: Partial<MarkInput> = {}): MarkInput => ({ key, lane, kind: 0, start, end, style: 0, label: key, ...extra });
const scene = buildScene(lanes, groups, [
  m('a0', 0, 0, 0),
  m('a1', 0, 24 * H, 48 * H),
  m('a2', 0, 72 * H, 72 * H),
  m('b0', 1, 30 * H, 30 * H),
  m('open', 2, null, 60 * H, { bound: true }),
  m('undated', 2, null, null),
]);
const k = (key: string) => keyIndex(scene).get(key)!;
const win = { start: -12 * H, end: 84 * H };

describe('geometry', () => {
  const g = geometry(scene, { width: 1000 });
  it('maps time to x and back; a mirrored axis puts later times on the left', () => {
    expect(timeAt(g, win, xAt(g, win, 30 * H))).toBeCloseTo(30 * H, -1);
    const r = geometry(scene, { width: 1000, timeRtl: true });
    expect(xAt(r, win, 72 * H)).toBeLessThan(xAt(r, win, 0));
    expect(xAt(g, win, 72 * H)).toBeGreaterThan(xAt(g, win, 0));
    expect(xAt(r, win, win.start)).toBeCloseTo(r.plotX1);
  });

  it('draws an interval at its true width and an open start as a tail ending at its bound', () => {
    const day = markBox(scene, g, win, k('a1'));
    const px = (g.plotX1 - g.plotX0) / (win.end - win.start);
    expect(day.x1 - day.x0).toBeCloseTo(24 * H * px, 3);
    const open = markBox(scene, g, win, k('open'));
    expect(open.open).toBe(true);
    expect(open.x).toBeCloseTo(xAt(g, win, 60 * H));
    expect(open.x1).toBeCloseTo(open.x);
  });

  it('puts undated marks in the gutter, never on the time axis', () => {
    const u = markBox(scene, g, win, k('undated'));
    expect(u.undated).toBe(true);
    expect(u.x).toBeGreaterThanOrEqual(g.gutterX0);
    expect(u.x).toBeLessThanOrEqual(g.gutterX1);
    expect(g.gutterX1).toBeLessThanOrEqual(g.plotX0);
  });

  it('lines up undated marks from the gutter’s edge next to the plot, whichever side the gutter is on', () => {
    const two = buildScene(lanes, groups, [m('u1', 0, null, null), m('u2', 0, null, null), m('d', 0, 0, 0)]);
    for (const opts of [{}, { timeRtl: true }, { uiRtl: true }, { uiRtl: true, timeRtl: true }]) {
      const geo = geometry(two, { width: 1000, ...opts });
      const xs = ['u1', 'u2'].map((key) => markBox(two, geo, win, keyIndex(two).get(key)!).x);
      const inner = geo.timeRtl ? geo.gutterX0 : geo.gutterX1;
      for (const x of xs) expect(x).toBeGreaterThan(geo.gutterX0);
      for (const x of xs) expect(x).toBeLessThan(geo.gutterX1);
      expect(xs[0]).not.toBe(xs[1]);
      expect(Math.min(...xs.map((x) => Math.abs(x - inner)))).toBeLessThanOrEqual(10);
    }
  });

  it('mirrors the frame in a right-to-left page, and keeps the undated gutter where time begins', () => {
    const r = geometry(scene, { width: 1000, uiRtl: true });
    expect(r.labelX1).toBe(1000);
    expect(r.gutterX0).toBe(0);
    expect(r.plotX1).toBeLessThanOrEqual(r.labelX0);
    const rr = geometry(scene, { width: 1000, uiRtl: true, timeRtl: true });
    expect(rr.gutterX1).toBe(rr.labelX0);
    expect(rr.plotX1).toBeLessThanOrEqual(rr.gutterX0);
    // Either way the gutter touches the earliest end of the axis.
    for (const geo of [g, r, rr]) {
      const earliest = xAt(geo, win, win.start);
      expect(Math.min(Math.abs(earliest - geo.gutterX0), Math.abs(earliest - geo.gutterX1))).toBeLessThanOrEqual(8);
    }
  });

  it('a collapsed group folds its lanes into one summary row', () => {
    const c = geometry(scene, { width: 1000, collapsed: new Set(['a']) });
    expect(c.laneTop[0]).toBe(c.laneTop[1]);
    expect(c.height).toBeLessThan(g.height);
    expect(markBox(scene, c, win, k('b0')).y).toBe(markBox(scene, c, win, k('a0')).y);
  });

  it('hit-tests glyphs and bands, and nothing in empty space', () => {
    for (const key of ['a0', 'a2', 'b0', 'open', 'undated']) {
      const b = markBox(scene, g, win, k(key));
      expect(scene.key[hitTest(scene, g, win, b.x + 2, b.y + 1)]).toBe(key);
    }
    const band = markBox(scene, g, win, k('a1'));
    expect(scene.key[hitTest(scene, g, win, band.x0 + 3, band.y)]).toBe('a1');
    expect(hitTest(scene, g, win, (xAt(g, win, 60 * H) + xAt(g, win, 72 * H)) / 2 - 30, band.y)).toBe(-1);
    expect(hitTest(scene, g, win, band.x, 2)).toBe(-1);
  });
});

describe('keyboard movement', () => {
  const g = geometry(scene, { width: 1000 });
  it('moves along the lane in screen order, and mirrors with the axis', () => {
    expect(scene.key[move(scene, g, win, k('a0'), 'right')]).toBe('a1');
    expect(scene.key[move(scene, g, win, k('a2'), 'right')]).toBe('a2');
    expect(scene.key[move(scene, g, win, k('a1'), 'home')]).toBe('a0');
    const r = geometry(scene, { width: 1000, timeRtl: true });
    expect(scene.key[move(scene, r, win, k('a1'), 'right')]).toBe('a0');
  });
  it('moves up and down to the nearest mark of the next lane that has one', () => {
    expect(scene.key[move(scene, g, win, k('a1'), 'down')]).toBe('b0');
    expect(scene.key[move(scene, g, win, k('b0'), 'up')]).toBe('a1');
    expect(scene.key[move(scene, g, win, k('a0'), 'up')]).toBe('a0');
    expect(move(scene, g, win, -1, 'right')).toBeGreaterThanOrEqual(0);
  });
});

/** A canvas context that records what is drawn (no DOM). */
function recorder() {
  const calls: Record<string, number> = {};
  const count = (name: string) => () => void (calls[name] = (calls[name] ?? 0) + 1);
  const ctx = new Proxy({} as Record<string, unknown>, {
    get: (t, p: string) => (p in t ? t[p] : count(p)),
    set: (t, p: string, v) => ((t[p] = v), true),
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}
globalThis.Path2D ??= class {
  rect() {}
  moveTo() {}
  lineTo() {}
  arc() {}
  closePath() {}
} as unknown as typeof Path2D;
const sprite = () => ({ getContext: () => recorder().ctx }) as unknown as HTMLCanvasElement;

describe('labels and level of detail', () => {
  it('never overlaps two labels in a row, for any data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1000 }), fc.string({ minLength: 1, maxLength: 30 })), { maxLength: 150 }), (items) => {
        const s = buildScene(lanes, groups, items.map(([lane, t, label], i) => ({ ...m(`m${i}`, lane, t * H, t * H), label })));
        const g = geometry(s, { width: 900 });
        const w = { start: 0, end: 1000 * H };
        const labels = placeLabels(s, g, project(s, g, w));
        const bySlot = new Map<number, [number, number][]>();
        for (const l of labels) {
          const slot = s.lane[l.k]! * MAX_ROWS + s.row[l.k]!;
          const w = s.label[l.k]!.length * 6.2;
          const span: [number, number] = l.align === 'left' ? [l.x, l.x + w] : [l.x - w, l.x];
          for (const [a, b] of bySlot.get(slot) ?? []) expect(span[0] >= b || span[1] <= a).toBe(true);
          bySlot.set(slot, [...(bySlot.get(slot) ?? []), span]);
          expect(span[1]).toBeLessThanOrEqual(g.plotX1 + 0.01);
          expect(span[0]).toBeGreaterThanOrEqual(g.plotX0 - 0.01);
        }
      }),
      { seed: 20211229, numRuns: 60 },
    );
  });

  it('draws every glyph of a sparse view, and at most one per DEDUPE_PX of a row in a dense one', () => {
    const g = geometry(scene, { width: 1000 });
    const sparse = recorder();
    drawScene(sparse.ctx, scene, g, win, { selected: -1, hovered: -1, emphasis: null, font: '11px sans-serif', makeCanvas: sprite });
    // Every dated mark's glyph is a sprite (the day-long a1 has its band too); the undated one is drawn in
    // the gutter, outside the plot's clip.
    expect(sparse.calls.drawImage).toBe(scene.dated);
    const n = 20_000;
    const dense = buildScene(lanes, groups, Array.from({ length: n }, (_, i) => m(`d${i}`, i % 3, i * 60_000, i * 60_000)));
    const gd = geometry(dense, { width: 1000 });
    const rec = recorder();
    drawScene(rec.ctx, dense, gd, { start: 0, end: n * 60_000 }, { selected: -1, hovered: -1, emphasis: null, font: '11px sans-serif', makeCanvas: sprite });
    const rows = dense.lanes.reduce((a, l) => a + l.rows, 0);
    expect(rec.calls.drawImage).toBeLessThanOrEqual(Math.ceil((gd.plotX1 - gd.plotX0) / DEDUPE_PX + 1) * rows);
    expect(rec.calls.drawImage).toBeGreaterThan(100);
    expect(rec.calls.fillText ?? 0).toBe(0); // n > LABEL_MAX_MARKS: no labels
    expect(n).toBeGreaterThan(LABEL_MAX_MARKS);
  });
});

describe('glyphs composited into pixels (DrawState.over)', () => {
  // Sprites that are one translucent red square (alpha 128) and an upper canvas that keeps its pixels, at a
  // device pixel ratio of 2 (the sprite cache is per ratio: the recorder's unreadable sprites above are at 1).
  const DPR = 2;
  const redSprite = readableCanvas((data) => {
    for (let i = 0; i < data.length; i += 4) data.set([200, 0, 0, 128], i);
  });
  function upper(width: number, height: number) {
    const rec = recorder();
    let image: { width: number; height: number; data: Uint8ClampedArray } | null = null;
    const ctx = new Proxy(rec.ctx as unknown as Record<string, unknown>, {
      get: (t, p: string) => {
        if (p === 'canvas') return { width, height };
        if (p === 'getTransform') return () => ({ a: DPR, d: DPR, e: 0, f: 0 });
        if (p === 'createImageData') return (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) });
        if (p === 'putImageData') return (img: typeof image) => void (image = img);
        return t[p];
      },
    }) as unknown as CanvasRenderingContext2D;
    return { ctx, rec, image: () => image! };
  }
  const alphaAt = (img: { width: number; data: Uint8ClampedArray }, x: number, y: number) => img.data[(Math.round(y) * img.width + Math.round(x)) * 4 + 3]!;

  it('puts every glyph into one image, blended source-over where glyphs overlap, faint ones at 15 %', () => {
    const w = { start: 0, end: 100 * H };
    const g1 = geometry(buildScene(lanes, groups, [m('p', 0, 50 * H, 50 * H)]), { width: 1000 });
    const plotW = g1.plotX1 - g1.plotX0;
    // q 10 px after p: past the thinning distance, inside p's 14 px sprite.
    const tq = 50 * H + (10 / plotW) * 100 * H;
    const two = buildScene(lanes, groups, [m('p', 0, 50 * H, 50 * H), m('q', 0, tq, tq), m('r', 1, 70 * H, 70 * H)]);
    const g = geometry(two, { width: 1000 });
    const p = project(two, g, w);
    const at = (key: string) => p.idx.subarray(0, p.count).indexOf(keyIndex(two).get(key)!);
    const [xp, xq, xr] = [at('p'), at('q'), at('r')].map((i) => ({ x: p.x[i]! * DPR, y: p.y[i]! * DPR }));
    const under = recorder();
    const over = upper(Math.ceil(g.width * DPR), Math.ceil(g.height * DPR));
    const emphasis = new Uint8Array(two.n).fill(1);
    emphasis[keyIndex(two).get('r')!] = 0;
    drawScene(under.ctx, two, g, w, { selected: -1, hovered: -1, emphasis, font: '11px sans-serif', dpr: DPR, makeCanvas: redSprite, over: over.ctx });
    expect(under.calls.drawImage ?? 0).toBe(0);
    expect(over.rec.calls.drawImage ?? 0).toBe(0);
    const img = over.image();
    expect(Math.abs(xq!.x - xp!.x) / DPR).toBeGreaterThanOrEqual(DEDUPE_PX);
    expect(alphaAt(img, xp!.x - 8, xp!.y)).toBe(128); // p alone
    const overlap = (xp!.x + xq!.x) / 2;
    expect(alphaAt(img, overlap, xp!.y)).toBe(Math.round(128 + (128 * 127) / 255)); // p under q
    expect(img.data[(Math.round(xp!.y) * img.width + Math.round(overlap)) * 4]).toBe(200); // same red both ways
    expect(alphaAt(img, xr!.x, xr!.y)).toBe(Math.round(128 * 0.15)); // faint
    expect(alphaAt(img, (xp!.x + xr!.x) / 2, (xp!.y + xr!.y) / 2)).toBe(0); // nothing between them
  });
});

describe('style', () => {
  it('every ink passes WCAG AA (4.5:1) on the paper, and no two stances share a shape', () => {
    for (const { color } of Object.values(STANCE_STYLE)) expect(contrast(color, PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(EVENT_INK, PAPER)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(LINK_INK, PAPER)).toBeGreaterThanOrEqual(4.5);
    const shapes = Object.values(STANCE_STYLE).map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('the first view', () => {
  const D = 24 * H;
  // Twenty statements over three days, and one three weeks before them.
  const marks = [m('outlier', 0, -21 * D, -20 * D), ...Array.from({ length: 20 }, (_, i) => m(`s${i}`, i % 3, i * 3.6 * H, i * 3.6 * H + 6 * H))];
  const sc = buildScene(lanes, groups, marks);

  it('fits where the marks are: the middle 90%, not the outlier three weeks away (Fit all still reaches it)', () => {
    const first = fitMarks(sc);
    expect(first.start).toBeGreaterThan(-2 * D);
    expect(first.end).toBeGreaterThan(19 * 3.6 * H);
    const all = fitWindow(sc);
    expect(all.start).toBeLessThanOrEqual(-21 * D);
  });

  it('zooms no closer than twice the finest time a mark has', () => {
    expect(minSpanOf(sc)).toBe(12 * H); // the finest mark is six hours long
    const minute = buildScene(lanes, groups, [m('a', 0, 0, 60_000), m('b', 1, 2 * H, 3 * H)]);
    expect(minSpanOf(minute)).toBe(15 * 60_000);
  });

  it('zooms about the marks in view, not the middle of an empty window', () => {
    // A window whose middle is empty: the marks sit in its first quarter.
    const w = { start: 0, end: 4 * 20 * 3.6 * H };
    const c = marksCentre(sc, w)!;
    expect(c).toBeLessThan((w.start + w.end) / 2);
    expect(marksCentre(sc, { start: 100 * D, end: 101 * D })).toBeNull();
  });
});
