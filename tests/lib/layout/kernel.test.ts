// The WebAssembly loops of a canvas frame (lib/layout/wasm/frame.as.ts) against the JavaScript they stand for:
// the same projection, the same drawing calls in the same order, the same pixels; and the committed module is
// what its source compiles to.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { drawScene } from '@/lib/layout/draw';
import { geometry } from '@/lib/layout/geometry';
import { useFrameKernel } from '@/lib/layout/kernel';
import { project } from '@/lib/layout/project';
import { MODALITY_CODES } from '@/lib/layout/corpus-scene';
import { buildScene, type MarkInput, type Scene } from '@/lib/layout/scene';
import { FRAME_WASM } from '@/lib/layout/wasm/frame.wasm';
import { readableCanvas } from './sprite-canvas';
// @ts-expect-error -- a plain ES module script, without types
import { compileKernel } from '../../../scripts/build-kernel.mjs';

const MIN = 60_000;
const H = 60 * MIN;
const lanes = [0, 1, 2, 3].map((i) => ({ key: `l${i}`, label: { en: `Lane ${i}`, ar: `مسار ${i}` }, side: i < 2 ? 'a' : 'b', depth: 0, rows: 1 }));
const groups = [
  { key: 'a', label: { en: 'A', ar: 'أ' }, lanes: [0, 1] },
  { key: 'b', label: { en: 'B', ar: 'ب' }, lanes: [2, 3] },
];

/** Every call on the context, with Path2D arguments replaced by what was added to them. */
class LoggedPath {
  ops: string[] = [];
  constructor() {
    return new Proxy(this, { get: (t, p: string) => (p === 'ops' ? t.ops : (...a: number[]) => void t.ops.push(`${p}(${a.map((x) => +x.toFixed(6)).join(',')})`)) });
  }
}
globalThis.Path2D = LoggedPath as unknown as typeof Path2D;

const DPR = 2;
function context(log: string[], over?: { width: number; height: number; image: { data: Uint8ClampedArray } | null }) {
  return new Proxy({} as Record<string, unknown>, {
    get: (t, p: string) => {
      if (over && p === 'canvas') return over;
      if (over && p === 'getTransform') return () => ({ a: DPR, d: DPR, e: -10, f: -30 });
      if (over && p === 'createImageData') return (w: number, h: number) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) });
      if (over && p === 'putImageData') return (img: { data: Uint8ClampedArray }) => void (over.image = { data: img.data.slice() });
      if (p in t) return t[p];
      return (...a: unknown[]) => void log.push(`${p}(${a.map((x) => (x instanceof LoggedPath ? `[${x.ops.join(' ')}]` : typeof x === 'number' ? +x.toFixed(6) : String(x))).join(',')})`);
    },
    set: (t, p: string, v) => (log.push(`${p}=${String(v)}`), (t[p] = v), true),
  }) as unknown as CanvasRenderingContext2D;
}

/** Sprites with readable pixels: opaque, translucent and empty ones, different per style. */
const sprite = readableCanvas((data, pixels) => {
  const seed = (sprites.count++ * 37) % 251;
  for (let i = 0; i < pixels; i++) data.set([(seed + i * 7) % 256, (seed * 3 + i) % 256, (i * 13) % 256, [0, 255, 128, 37, 255, 200][(i + seed) % 6]!], i * 4);
});
const sprites = { count: 0 };

function frame(s: Scene, opts: { width: number; timeRtl: boolean; uiRtl: boolean; collapsed: boolean }, win: { start: number; end: number }, emphasis: Uint8Array | null, selected: number) {
  const g = geometry(s, { width: opts.width, timeRtl: opts.timeRtl, uiRtl: opts.uiRtl, collapsed: new Set(opts.collapsed ? ['a'] : []) });
  const p = project(s, g, win);
  const projected = { count: p.count, idx: Array.from(p.idx.subarray(0, p.count)), x: Array.from(p.x.subarray(0, p.count)), x0: Array.from(p.x0.subarray(0, p.count)), x1: Array.from(p.x1.subarray(0, p.count)), y: Array.from(p.y.subarray(0, p.count)), kernel: !!p.kernel };
  const log: string[] = [];
  const over = { width: Math.ceil(g.width * DPR), height: Math.ceil(g.height * DPR), image: null as { data: Uint8ClampedArray } | null };
  drawScene(context(log), s, g, win, { selected, hovered: -1, emphasis, font: '11px sans-serif', dpr: DPR, makeCanvas: sprite, over: context(log, over) });
  const plain: string[] = [];
  drawScene(context(plain), s, g, win, { selected, hovered: -1, emphasis, font: '11px sans-serif' });
  return { projected, log, plain, pixels: over.image?.data ?? null };
}

const mark = fc.record({
  lane: fc.integer({ min: 0, max: 3 }),
  event: fc.boolean(),
  style: fc.integer({ min: 0, max: 7 }),
  start: fc.option(fc.integer({ min: -1200, max: 24_000 }), { nil: null }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 18_000 })),
  open: fc.boolean(),
});

interface Mark {
  lane: number;
  event: boolean;
  style: number;
  start: number | null;
  length: number;
  open: boolean;
}
function sceneOf(ms: Mark[]) {
  const input: MarkInput[] = ms.map((d, i) => {
    const style = d.event ? d.style % 4 : d.style;
    if (d.start === null) return { key: `m${i}`, lane: d.lane, kind: d.event ? 1 : 0, start: null, end: d.open ? d.length * MIN : null, style, label: `mark ${i}`, bound: d.open };
    return { key: `m${i}`, lane: d.lane, kind: d.event ? 1 : 0, start: d.start * MIN, end: (d.start + d.length) * MIN, style, label: `mark ${i}` };
  });
  return buildScene(lanes, groups, input, 2);
}

/** Where two images first differ (-1: nowhere); an element-wise toEqual over megabytes takes seconds. */
function firstDifference(a: Uint8ClampedArray | null, b: Uint8ClampedArray | null): number {
  if (!a || !b) return a === b ? -1 : 0;
  if (a.length !== b.length) return Math.min(a.length, b.length);
  if (Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length))) return -1;
  return a.findIndex((v, i) => v !== b[i]);
}

afterEach(() => useFrameKernel(true));

describe('the WebAssembly frame kernel', () => {
  it('is what frame.as.ts compiles to (npm run build:kernel)', async () => {
    const binary: Buffer = await compileKernel();
    expect(binary.toString('base64')).toBe(FRAME_WASM);
  }, 60_000);

  it('projects and draws exactly as the JavaScript does, for any marks, window, layout, emphasis and selection (property)', () => {
    fc.assert(
      fc.property(
        fc.array(mark, { maxLength: 300, size: 'max' }),
        fc.record({ width: fc.integer({ min: 500, max: 1300 }), timeRtl: fc.boolean(), uiRtl: fc.boolean(), collapsed: fc.boolean() }),
        fc.integer({ min: -3600, max: 22_800 }),
        fc.integer({ min: 300, max: 36_000 }),
        fc.option(fc.uint8Array({ minLength: 300, maxLength: 300, max: 1 }), { nil: null }),
        fc.integer({ min: -1, max: 299 }),
        (ms, opts, from, span, emphasis, selected) => {
          const s = sceneOf(ms);
          const win = { start: from * MIN, end: (from + span) * MIN };
          const e = emphasis ? emphasis.subarray(0, s.n) : null;
          useFrameKernel(true);
          const fast = frame(s, opts, win, e, selected < s.n ? selected : -1);
          useFrameKernel(false);
          const slow = frame(s, opts, win, e, selected < s.n ? selected : -1);
          expect(fast.projected.kernel).toBe(true);
          expect(slow.projected.kernel).toBe(false);
          expect(fast.projected).toEqual({ ...slow.projected, kernel: true });
          expect(fast.log).toEqual(slow.log);
          expect(fast.plain).toEqual(slow.plain);
          expect(firstDifference(fast.pixels, slow.pixels)).toBe(-1);
        },
      ),
      { seed: 20211229, numRuns: 100 },
    );
  });

  it('does so for a dense corpus too, one scene after another in the same memory and back', () => {
    const dense = (n: number, seed: number) =>
      sceneOf(Array.from({ length: n }, (_, i) => ({ lane: (i * seed) % 4, event: i % 3 === 0, style: (i * 7) % 8, start: ((i * 13) % 2000) * 60 + (i % 60), length: i % 5 ? 0 : ((i * 17) % 400) * 60, open: i % 97 === 0 })));
    const scenes = new Map<number, Scene>();
    for (const [n, seed] of [
      [20_000, 1],
      [3_000, 3],
      [20_000, 7],
      [3_000, 3],
    ] as const) {
      const s = scenes.get(seed) ?? dense(n, seed);
      scenes.set(seed, s);
      for (const win of [
        { start: 0, end: 2400 * H },
        { start: 500 * H, end: 620 * H },
      ]) {
        const opts = { width: 1200, timeRtl: false, uiRtl: false, collapsed: false };
        useFrameKernel(true);
        const fast = frame(s, opts, win, null, -1);
        useFrameKernel(false);
        const slow = frame(s, opts, win, null, -1);
        expect(fast.projected.kernel).toBe(true);
        expect(fast.projected.count).toBeGreaterThan(0);
        expect(fast.projected).toEqual({ ...slow.projected, kernel: true });
        expect(fast.log).toEqual(slow.log);
        expect(fast.plain).toEqual(slow.plain);
        expect(firstDifference(fast.pixels, slow.pixels)).toBe(-1);
        expect(fast.pixels!.some((v) => v > 0)).toBe(true);
      }
    }
  });

  it('has room for two drawing calls per mark (a band run closed, then its glyph as a path) and reads a short emphasis as JavaScript does', () => {
    // 1,200 statements 4 px wide and 10 px apart in one row: each closes the previous run and adds its own glyph;
    // and 100 denied events in another lane, whose strikes sit in memory after the drawing calls.
    const two = [0, 1].map((i) => ({ key: `l${i}`, label: { en: 'L', ar: 'ل' }, side: 'a', depth: 0, rows: 1 }));
    const both = [{ key: 'a', label: { en: 'A', ar: 'أ' }, lanes: [0, 1] }];
    const g0 = geometry(buildScene(two, both, []), { width: 13_000 });
    const px = (g0.plotX1 - g0.plotX0) / 12_000; // px per unit over a window of 12,000 units
    const denied = MODALITY_CODES.indexOf('denied');
    const s = buildScene(two, both, [
      ...Array.from({ length: 1200 }, (_, i) => ({ key: `b${i}`, lane: 0, kind: 0 as const, start: (i * 10) / px, end: (i * 10 + 4) / px, style: i % 8, label: `b${i}` })),
      ...Array.from({ length: 100 }, (_, i) => ({ key: `e${i}`, lane: 1, kind: 1 as const, start: (i * 120) / px, end: (i * 120 + 4) / px, style: denied, label: `e${i}` })),
    ]);
    const win = { start: 0, end: 12_000 };
    const g = geometry(s, { width: 13_000 });
    const run = (on: boolean, emphasis: Uint8Array | null) => {
      useFrameKernel(on);
      const log: string[] = [];
      const engine = drawScene(context(log), s, g, win, { selected: -1, hovered: -1, emphasis, font: '11px sans-serif' });
      return { engine, log };
    };
    for (const emphasis of [null, new Uint8Array(500).fill(1)]) {
      const fast = run(true, emphasis);
      const slow = run(false, emphasis);
      expect(fast.engine).toBe('wasm');
      expect(slow.engine).toBe('js');
      expect(fast.log.filter((l) => l.startsWith('lineTo(')).length).toBe(100);
      expect(fast.log).toEqual(slow.log);
    }
  });
});
