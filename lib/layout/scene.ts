// The timeline's scene: every mark as columns (typed arrays), sorted by time once, with lanes, stack rows and
// links resolved. Renderers (SVG and canvas), hit-testing and keyboard focus all read this one structure, so a
// corpus of 50,000 marks costs a few arrays, not 50,000 objects per frame.
import type { UiLabel } from '../view/ui-lang';

export const MARK_STATEMENT = 0;
export const MARK_EVENT = 1;
/** The start is open: "before publication" or a vague past has no start. */
export const F_OPEN_START = 1;
/** Only bounded by the publication: no expression dates it. */
export const F_BOUND = 2;
/** No time at all (no publication date to resolve against): drawn in the gutter, never on the axis. */
export const F_UNDATED = 4;
/** The link goes to the event's claim made by this very statement (else to another source's claim). */
export const F_OWN_LINK = 8;

export interface Lane {
  key: string;
  label: UiLabel;
  side: string;
  /** Depth under the side's root, for indentation (a spokesperson under the office they speak for). */
  depth: number;
  actorId?: string;
  eventType?: string;
  /** Stack rows used by the lane's marks (≥ 1). */
  rows: number;
}

export interface LaneGroup {
  key: string;
  label: UiLabel;
  /** Indices into scene.lanes, contiguous and in order. */
  lanes: number[];
}

export interface MarkInput {
  key: string;
  lane: number;
  kind: typeof MARK_STATEMENT | typeof MARK_EVENT;
  /** Epoch ms; null start with a finite end is an open start; both null is undated. */
  start: number | null;
  end: number | null;
  bound?: boolean;
  style: number;
  label: string;
  linkTo?: string;
  ownLink?: boolean;
}

export interface Scene {
  lanes: Lane[];
  groups: LaneGroup[];
  n: number;
  /** Marks [0, dated) have a time, sorted by anchor; marks [dated, n) are undated, in input order. */
  dated: number;
  kind: Uint8Array;
  lane: Uint32Array;
  row: Uint8Array;
  style: Uint8Array;
  flags: Uint8Array;
  start: Float64Array;
  end: Float64Array;
  /** Sort key: the start, or the end when the start is open. */
  anchor: Float64Array;
  /** Index of the mark this one links to (statement → event claim), or -1. */
  link: Int32Array;
  key: string[];
  label: string[];
  /** Per lane: its mark indices in time order (dated first), for keyboard navigation and hit-testing. */
  byLane: Int32Array[];
  /** Span of every dated bound, or null when nothing is dated. */
  extent: { start: number; end: number } | null;
  /** Longest mark duration, so culling can look back far enough from the window's start. */
  maxSpan: number;
}

export const MAX_ROWS = 3;
const HOUR = 3_600_000;

export function buildScene(lanes: Lane[], groups: LaneGroup[], input: MarkInput[], maxRows = MAX_ROWS): Scene {
  const n = input.length;
  // A bound that is not a finite number (an unparsable date upstream) counts as missing: never NaN on the axis.
  const fin = (t: number | null) => (t !== null && Number.isFinite(t) ? t : null);
  // Sort on a typed key (undated last, input order on ties): no per-comparison object access.
  const sortKey = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const m = input[i]!;
    sortKey[i] = fin(m.start) ?? fin(m.end) ?? Infinity;
  }
  const order = argsort(sortKey);
  const s: Scene = {
    lanes: lanes.map((l) => ({ ...l, rows: 1 })),
    groups,
    n,
    dated: 0,
    kind: new Uint8Array(n),
    lane: new Uint32Array(n),
    row: new Uint8Array(n),
    style: new Uint8Array(n),
    flags: new Uint8Array(n),
    start: new Float64Array(n),
    end: new Float64Array(n),
    anchor: new Float64Array(n),
    link: new Int32Array(n).fill(-1),
    key: new Array<string>(n),
    label: new Array<string>(n),
    byLane: [],
    extent: null,
    maxSpan: 0,
  };
  let lo = Infinity;
  let links = false;
  let hi = -Infinity;
  let maxSpan = 0;
  // Inputs are read in their own order (sequential memory), each written to its sorted place.
  const rank = new Uint32Array(n);
  for (let k = 0; k < n; k++) rank[order[k]!] = k;
  const { kind, lane, style, flags, start: starts, end: ends, anchor, key, label } = s;
  for (let i = 0; i < n; i++) {
    const m = input[i]!;
    const k = rank[i]!;
    if (m.linkTo !== undefined) links = true;
    kind[k] = m.kind;
    lane[k] = m.lane;
    style[k] = m.style;
    key[k] = m.key;
    label[k] = m.label;
    let f = m.bound ? F_BOUND : 0;
    if (m.ownLink) f |= F_OWN_LINK;
    const start = fin(m.start);
    const endIn = fin(m.end);
    if (start === null && endIn === null) {
      f |= F_UNDATED;
      starts[k] = ends[k] = anchor[k] = NaN;
    } else {
      if (start === null) f |= F_OPEN_START;
      const end = endIn ?? start!;
      starts[k] = start ?? -Infinity;
      ends[k] = end;
      anchor[k] = start ?? end;
      if (start !== null) {
        if (start < lo) lo = start;
        if (end - start > maxSpan) maxSpan = end - start;
      }
      if (end < lo) lo = end;
      if (end > hi) hi = end;
    }
    flags[k] = f;
  }
  s.maxSpan = maxSpan;
  // Dated marks sort first (undated keys are +Infinity), so they are a prefix.
  let dated = 0;
  while (dated < n && !(flags[dated]! & F_UNDATED)) dated++;
  s.dated = dated;
  if (lo <= hi) s.extent = { start: lo, end: hi > lo ? hi : lo + HOUR };
  if (links) {
    const index = keyIndex(s);
    for (let k = 0; k < n; k++) {
      const to = input[order[k]!]!.linkTo;
      if (to !== undefined) s.link[k] = index.get(to) ?? -1;
    }
  }
  stack(s, maxRows);
  return s;
}

/**
 * Greedy interval stacking per lane (first row free at the mark's start), in time order. Points count as a
 * short span (1/300 of the data's extent, at least an hour) so marks that would touch at full extent separate.
 * Past `maxRows` a mark goes to the row that frees first: the lane never grows without bound.
 */
function stack(s: Scene, maxRows: number) {
  const minSpan = Math.max(HOUR, s.extent ? (s.extent.end - s.extent.start) / 300 : HOUR);
  const nLanes = s.lanes.length;
  // Marks per lane by counting sort (already in time order): no array of arrays grown one push at a time.
  const count = new Uint32Array(nLanes + 1);
  for (let k = 0; k < s.n; k++) count[s.lane[k]! + 1]!++;
  for (let l = 0; l < nLanes; l++) count[l + 1]! += count[l]!;
  const flat = new Int32Array(s.n);
  const at = count.slice(0, nLanes);
  for (let k = 0; k < s.n; k++) flat[at[s.lane[k]!]!++] = k;
  // Per lane, when each row frees up (the end of the last interval placed in it).
  const free = new Float64Array(maxRows).fill(-Infinity);
  s.byLane = [];
  for (let l = 0; l < nLanes; l++) {
    const list = flat.subarray(count[l]!, count[l + 1]!);
    let rows = 0;
    let undated = 0;
    for (let i = 0; i < list.length; i++) {
      const k = list[i]!;
      if (k >= s.dated) {
        s.row[k] = 0;
        undated = 1;
        continue;
      }
      const from = s.flags[k]! & F_OPEN_START ? s.end[k]! - minSpan : s.anchor[k]!;
      const until = Math.max(s.end[k]!, from + minSpan);
      let r = -1;
      for (let j = 0; j < rows; j++) {
        if (free[j]! <= from) {
          r = j;
          break;
        }
      }
      if (r < 0 && rows < maxRows) r = rows++;
      if (r < 0) {
        r = 0;
        for (let j = 1; j < rows; j++) if (free[j]! < free[r]!) r = j;
      }
      free[r] = Math.max(free[r]!, until);
      s.row[k] = r;
    }
    free.fill(-Infinity);
    s.lanes[l]!.rows = Math.max(1, rows, undated);
    s.byLane.push(list);
  }
}

/**
 * Indices that sort `keys` ascending, ties in input order. The keys are sorted natively (no comparator
 * calls, several times faster on 50,000 marks), then each index finds its place by binary search.
 */
export function argsort(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const sorted = Float64Array.from(keys).sort();
  const used = new Uint32Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    order[lo + used[lo]!++] = i;
  }
  return order;
}

const indexes = new WeakMap<Scene, Map<string, number>>();

/** Mark index by key, built once per scene on first use. */
export function keyIndex(s: Scene): Map<string, number> {
  let m = indexes.get(s);
  if (!m) {
    m = new Map();
    for (let k = 0; k < s.n; k++) m.set(s.key[k]!, k);
    indexes.set(s, m);
  }
  return m;
}

/** First dated mark whose anchor is ≥ t (binary search over the sorted anchors). */
export function firstFrom(s: Scene, t: number): number {
  let lo = 0;
  let hi = s.dated;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.anchor[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
