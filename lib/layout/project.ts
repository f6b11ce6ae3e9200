// One pass per frame from time to pixels: the marks that touch the visible window (binary search on the sorted
// anchors, then a bounds check) with their glyph centre, band extent and row centre, in flat typed arrays that
// every later step of the frame (bands, glyphs, labels, links) reads instead of recomputing.
import { type Geometry, type MarkBox, OPEN_TAIL, type TimeWindow, markBox, visibleRange } from './geometry';
import { frameKernel, withGeometry } from './kernel';
import { F_OPEN_START, type Scene } from './scene';

export interface Projection {
  /** Marks drawn this frame: visible dated marks in time order, then the undated ones. */
  count: number;
  idx: Int32Array;
  x: Float32Array;
  x0: Float32Array;
  x1: Float32Array;
  y: Float32Array;
  /** Set when the arrays are views on the WebAssembly kernel's memory (drawScene then stays in the kernel). */
  kernel?: boolean;
}

const buffers = new WeakMap<Scene, Projection>();

/** Projects the scene into reused buffers: no allocation per frame. The arrays are valid until the next call
 *  (with the WebAssembly kernel they are views on its memory, which the next scene or frame reuses). */
export function project(s: Scene, g: Geometry, v: TimeWindow, pad = 6): Projection {
  const [i0, i1] = visibleRange(s, g, v);
  const span = v.end - v.start;
  const w = g.plotX1 - g.plotX0;
  // x = a + b·t, mirrored when time flows right to left.
  const b = ((g.timeRtl ? -1 : 1) * w) / span;
  const a = g.timeRtl ? g.plotX1 - b * v.start : g.plotX0 - b * v.start;
  const tail = g.timeRtl ? OPEN_TAIL : -OPEN_TAIL;
  const lo = g.plotX0 - pad;
  const hi = g.plotX1 + pad;
  const K = frameKernel(s);
  let p: Projection;
  let c = 0;
  if (K) {
    withGeometry(K, g);
    const { at } = K;
    c = K.k.project(i0, i1, a, b, tail, lo, hi, g.rowH, at.start, at.end, at.flags, at.lane, at.row, at.laneTop, at.laneCollapsed, at.idx, at.x, at.x0, at.x1, at.y, 0);
    p = { count: 0, idx: K.i32(at.idx, s.n), x: K.f32(at.x, s.n), x0: K.f32(at.x0, s.n), x1: K.f32(at.x1, s.n), y: K.f32(at.y, s.n), kernel: true };
  } else {
    p = buffers.get(s) ?? { count: 0, idx: new Int32Array(s.n), x: new Float32Array(s.n), x0: new Float32Array(s.n), x1: new Float32Array(s.n), y: new Float32Array(s.n) };
    buffers.set(s, p);
  }
  // The same loop in JavaScript, where the kernel did not run it.
  for (let k = K ? i1 : i0; k < i1; k++) {
    const xe = a + b * s.end[k]!;
    let x0: number;
    let x1: number;
    let x: number;
    if (s.flags[k]! & F_OPEN_START) {
      x = xe;
      x0 = Math.min(xe, xe + tail);
      x1 = Math.max(xe, xe + tail);
    } else {
      const xs = a + b * s.start[k]!;
      x0 = xs < xe ? xs : xe;
      x1 = xs < xe ? xe : xs;
      x = (xs + xe) / 2;
    }
    if (x1 < lo || x0 > hi) continue;
    const lane = s.lane[k]!;
    p.idx[c] = k;
    p.x[c] = x;
    p.x0[c] = x0;
    p.x1[c] = x1;
    p.y[c] = g.laneTop[lane]! + (g.laneCollapsed[lane] ? 0 : s.row[k]!) * g.rowH + g.rowH / 2;
    c++;
  }
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  for (let k = s.dated; k < s.n; k++) {
    markBox(s, g, v, k, box);
    p.idx[c] = k;
    p.x[c] = box.x;
    p.x0[c] = box.x0;
    p.x1[c] = box.x1;
    p.y[c] = box.y;
    c++;
  }
  p.count = c;
  return p;
}
