// Where things go on screen: lane rows, the undated gutter, the plot, and the time ↔ x mapping, mirrored
// when time flows right to left. Pure numbers, shared by the SVG and canvas renderers, hit-testing and focus.
import { F_OPEN_START, F_UNDATED, type Scene, firstFrom } from './scene';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface GeometryOptions {
  width: number;
  /** Collapsed side groups: their lanes fold into one summary row. */
  collapsed?: ReadonlySet<string>;
  /** Page direction: lane labels and the gutter sit on the right in an Arabic UI. */
  uiRtl?: boolean;
  /** Time flows right to left (a mirrored axis). */
  timeRtl?: boolean;
  rowH?: number;
  axisH?: number;
  groupH?: number;
  labelW?: number;
  gutterW?: number;
}

export interface Geometry {
  width: number;
  height: number;
  rowH: number;
  axisH: number;
  groupH: number;
  labelX0: number;
  labelX1: number;
  gutterX0: number;
  gutterX1: number;
  plotX0: number;
  plotX1: number;
  uiRtl: boolean;
  timeRtl: boolean;
  /** Top of each lane's first row; a collapsed lane shares its group's summary row. */
  laneTop: Float64Array;
  /** Rows drawn for each lane (1 when collapsed). */
  laneRows: Uint8Array;
  laneCollapsed: Uint8Array;
  /** The lane whose rows a lane draws in: itself, or the first lane of its group when the group is folded
   *  (so labels and glyph thinning see one row, not several stacked on the same pixels). */
  laneRowOwner: Uint32Array;
  groupTop: Float64Array;
  groupCollapsed: boolean[];
}

export function geometry(scene: Scene, o: GeometryOptions): Geometry {
  const rowH = o.rowH ?? 22;
  const axisH = o.axisH ?? 40;
  const groupH = o.groupH ?? 22;
  const labelW = Math.min(o.labelW ?? 180, Math.max(90, o.width * 0.3));
  const gutterW = o.gutterW ?? 64;
  const uiRtl = Boolean(o.uiRtl);
  const w = o.width;
  const timeRtl = Boolean(o.timeRtl);
  // Lane labels on the page's start side. The undated gutter sits where time begins (before the earliest
  // date), so it never looks like the day after the latest one: [labels][gutter][plot] in English,
  // [plot][gutter][labels] in Arabic with a mirrored axis, [gutter][plot][labels] in Arabic without.
  const [labelX0, labelX1] = uiRtl ? [w - labelW, w] : [0, labelW];
  const [areaX0, areaX1] = uiRtl ? [0, w - labelW] : [labelW, w];
  const gutterLeft = !timeRtl;
  const [gutterX0, gutterX1] = gutterLeft ? [areaX0, areaX0 + gutterW] : [areaX1 - gutterW, areaX1];
  const [plotX0, plotX1] = gutterLeft ? [areaX0 + gutterW + 8, areaX1 - 8] : [areaX0 + 8, areaX1 - gutterW - 8];
  const laneTop = new Float64Array(scene.lanes.length);
  const laneRows = new Uint8Array(scene.lanes.length);
  const laneCollapsed = new Uint8Array(scene.lanes.length);
  const laneRowOwner = new Uint32Array(scene.lanes.length);
  const groupTop = new Float64Array(scene.groups.length);
  const groupCollapsed: boolean[] = [];
  let y = axisH;
  scene.groups.forEach((g, gi) => {
    groupTop[gi] = y;
    y += groupH;
    const folded = Boolean(o.collapsed?.has(g.key));
    groupCollapsed.push(folded);
    for (const l of g.lanes) {
      laneTop[l] = y;
      laneRows[l] = folded ? 1 : scene.lanes[l]!.rows;
      laneCollapsed[l] = folded ? 1 : 0;
      laneRowOwner[l] = folded ? g.lanes[0]! : l;
      if (!folded) y += scene.lanes[l]!.rows * rowH;
    }
    if (folded) y += rowH;
  });
  return { width: w, height: y + 6, rowH, axisH, groupH, labelX0, labelX1, gutterX0, gutterX1, plotX0, plotX1, uiRtl, timeRtl, laneTop, laneRows, laneCollapsed, laneRowOwner, groupTop, groupCollapsed };
}

/** x of instant t in the window (may fall outside the plot). */
export function xAt(g: Geometry, v: TimeWindow, t: number): number {
  const f = (t - v.start) / (v.end - v.start);
  return g.timeRtl ? g.plotX1 - f * (g.plotX1 - g.plotX0) : g.plotX0 + f * (g.plotX1 - g.plotX0);
}

/** Instant at x (inverse of xAt). */
export function timeAt(g: Geometry, v: TimeWindow, x: number): number {
  const f = g.timeRtl ? (g.plotX1 - x) / (g.plotX1 - g.plotX0) : (x - g.plotX0) / (g.plotX1 - g.plotX0);
  return v.start + f * (v.end - v.start);
}

/** Length of an open start's tail: "some time before this" is drawn as a fading line of this many px. */
export const OPEN_TAIL = 36;
/** Below this width an interval is drawn as its glyph alone. */
export const MIN_BAND = 3;
const GUTTER_STEP = 14;

export interface MarkBox {
  /** Glyph centre. */
  x: number;
  y: number;
  /** Band extent in px (x0 ≤ x1), equal to x for a point. */
  x0: number;
  x1: number;
  /** Open start: the band is a tail of OPEN_TAIL px toward earlier time. */
  open: boolean;
  undated: boolean;
}

/** Where mark k is drawn. Undated marks sit side by side in their lane's row of the gutter. */
export function markBox(s: Scene, g: Geometry, v: TimeWindow, k: number, out: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false }): MarkBox {
  const lane = s.lane[k]!;
  const row = g.laneCollapsed[lane] ? 0 : s.row[k]!;
  out.y = g.laneTop[lane]! + row * g.rowH + g.rowH / 2;
  const flags = s.flags[k]!;
  out.undated = (flags & F_UNDATED) !== 0;
  out.open = (flags & F_OPEN_START) !== 0;
  if (out.undated) {
    const list = s.byLane[lane]!;
    let j = 0;
    for (let i = list.length - 1; i >= 0 && list[i]! !== k; i--) if (list[i]! >= s.dated) j++;
    // j counts undated marks after k in the lane; place from the gutter's inner edge outward.
    // The gutter sits before the plot in time's direction: its inner edge is on the right unless time is mirrored.
    const inner = g.timeRtl ? g.gutterX0 + 10 : g.gutterX1 - 10;
    const x = g.timeRtl ? inner + j * GUTTER_STEP : inner - j * GUTTER_STEP;
    out.x = out.x0 = out.x1 = Math.max(g.gutterX0 + 6, Math.min(g.gutterX1 - 6, x));
    return out;
  }
  const xe = xAt(g, v, s.end[k]!);
  if (out.open) {
    const tail = g.timeRtl ? xe + OPEN_TAIL : xe - OPEN_TAIL;
    out.x = xe;
    out.x0 = Math.min(xe, tail);
    out.x1 = Math.max(xe, tail);
    return out;
  }
  const xs = xAt(g, v, s.start[k]!);
  out.x0 = Math.min(xs, xe);
  out.x1 = Math.max(xs, xe);
  out.x = (xs + xe) / 2;
  return out;
}

/** Dated marks that can touch the window: [i0, i1) over the time-sorted marks (open tails included). */
export function visibleRange(s: Scene, g: Geometry, v: TimeWindow): [number, number] {
  const pxMs = (v.end - v.start) / Math.max(1, g.plotX1 - g.plotX0);
  const margin = (OPEN_TAIL + 12) * pxMs;
  return [firstFrom(s, v.start - s.maxSpan - margin), firstFrom(s, v.end + margin)];
}


/** The mark under (px, py): a band containing px in that row, else the nearest glyph within `tol` px. */
export function hitTest(s: Scene, g: Geometry, v: TimeWindow, px: number, py: number, tol = 8): number {
  let lane = -1;
  for (let l = 0; l < s.lanes.length; l++) {
    const top = g.laneTop[l]!;
    if (py >= top && py < top + g.laneRows[l]! * g.rowH) {
      lane = l;
      break;
    }
  }
  if (lane < 0) return -1;
  const row = g.laneCollapsed[lane] ? 0 : Math.floor((py - g.laneTop[lane]!) / g.rowH);
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  const [i0, i1] = visibleRange(s, g, v);
  let best = -1;
  let bestD = tol + 1;
  let bestOff = Infinity;
  for (const k of s.byLane[lane]!) {
    if (k < s.dated && (k < i0 || k >= i1)) continue;
    if (!g.laneCollapsed[lane] && s.row[k] !== row) continue;
    markBox(s, g, v, k, box);
    const inPlot = box.undated ? px >= g.gutterX0 && px <= g.gutterX1 : px >= g.plotX0 && px <= g.plotX1;
    if (!inPlot) continue;
    // Inside a band counts as distance 0; between overlapping bands the nearer glyph wins.
    const off = Math.abs(px - box.x);
    const d = px >= box.x0 && px <= box.x1 ? 0 : off;
    if (d < bestD || (d === bestD && off < bestOff)) {
      best = k;
      bestD = d;
      bestOff = off;
    }
  }
  return best;
}

/** The data's extent with a margin, or a day when nothing is dated. */
/**
 * The first view: where the marks are — the narrowest span holding 90% of the dated marks (by their start; the
 * last one's end), so one outlier weeks away does not squeeze the rest into a sliver. Fit all (fitWindow) still
 * reaches every mark; the undated gutter is apart from both.
 */
export function fitMarks(s: Scene, margin = 0.08): TimeWindow {
  const n = s.dated;
  if (!s.extent || n < 8) return fitWindow(s, margin);
  // Dated marks are sorted by their start: slide a window over 90% of them (rounded down: of eight, seven) and
  // keep the narrowest.
  const k = Math.floor(n * 0.9);
  let best = 0;
  for (let i = 1; i + k - 1 < n; i++) if (s.anchor[i + k - 1]! - s.anchor[i]! < s.anchor[best + k - 1]! - s.anchor[best]!) best = i;
  const lo = s.anchor[best]!;
  let hi = -Infinity;
  for (let j = best; j < best + k; j++) {
    const e = Math.max(s.end[j]!, s.anchor[j]!);
    if (Number.isFinite(e) && e > hi) hi = e;
  }
  if (!(hi > lo)) return fitWindow(s, margin);
  const span = Math.max(hi - lo, minSpanOf(s) * 4);
  const mid = (lo + hi) / 2;
  return { start: mid - (span * (1 + 2 * margin)) / 2, end: mid + (span * (1 + 2 * margin)) / 2 };
}

/**
 * The narrowest window worth zooming to: twice the finest time any mark has (a clock time's minute, a part of
 * a day's hours, a day), from fifteen minutes to a day — no zooming into an empty quarter hour where the finest
 * time is an evening.
 */
export function minSpanOf(s: Scene): number {
  let finest = Infinity;
  for (let k = 0; k < s.dated; k++) {
    const d = s.end[k]! - s.start[k]!;
    if (d > 0 && d < finest) finest = d;
  }
  return Math.min(86_400_000, Math.max(15 * 60_000, Number.isFinite(finest) ? finest * 2 : 15 * 60_000));
}

/** Where the marks in a window are centred (their median start), or null when none is in it. */
export function marksCentre(s: Scene, w: TimeWindow): number | null {
  const inside: number[] = [];
  for (let k = 0; k < s.dated; k++) {
    const a = s.anchor[k]!;
    if (a >= w.start && a <= w.end) inside.push(a);
  }
  if (!inside.length) return null;
  return inside[Math.floor(inside.length / 2)]!;
}

export function fitWindow(s: Scene, margin = 0.06): TimeWindow {
  if (!s.extent) return { start: 0, end: 86_400_000 };
  const span = Math.max(s.extent.end - s.extent.start, 6 * 3_600_000);
  const mid = (s.extent.start + s.extent.end) / 2;
  return { start: mid - (span * (1 + 2 * margin)) / 2, end: mid + (span * (1 + 2 * margin)) / 2 };
}
