// Labels for the actor graph that never overlap at rest: greedy placement in priority order (most connected
// first), trying the four sides of each node, against every label and node already placed. A label that
// fits nowhere is left out; the node still announces itself and shows its name on hover and focus.

export interface LabelRequest {
  id: string;
  /** Node centre and radius, in screen pixels. */
  x: number;
  y: number;
  r: number;
  /** Text width and height in pixels (measured by the caller: shaping is the browser's business). */
  w: number;
  h: number;
  /** Higher first. */
  priority: number;
}

export interface PlacedLabel {
  id: string;
  /** The label box: left, top, width, height. */
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const GAP = 3;

/** A uniform grid of boxes, so each test looks at nearby boxes only (O(n) for evenly spread nodes). */
class Grid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}
  private keys(b: Box): number[] {
    const out: number[] = [];
    const c0 = Math.floor(b.x0 / this.size);
    const c1 = Math.floor(b.x1 / this.size);
    const r0 = Math.floor(b.y0 / this.size);
    const r1 = Math.floor(b.y1 / this.size);
    for (let c = c0; c <= c1; c++) for (let r = r0; r <= r1; r++) out.push(c * 100_003 + r);
    return out;
  }
  add(b: Box) {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box): boolean {
    for (const k of this.keys(b)) for (const o of this.cells.get(k) ?? []) if (b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1) return true;
    return false;
  }
}

/**
 * Places what fits. `rtl` tries the left side first (an Arabic label reads towards its node from the right).
 * Labels also keep off every node's disc (as its bounding square), not only off each other, and inside
 * `bounds` when given (a label cut by the frame's edge is not placed there).
 */
export function placeGraphLabels(reqs: readonly LabelRequest[], o: { rtl?: boolean; bounds?: { width: number; height: number } } = {}): PlacedLabel[] {
  const inside = (b: { x0: number; y0: number; x1: number; y1: number }) => !o.bounds || (b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.bounds.width && b.y1 <= o.bounds.height);
  const grid = new Grid(64);
  for (const q of reqs) grid.add({ x0: q.x - q.r, y0: q.y - q.r, x1: q.x + q.r, y1: q.y + q.r });
  const order = [...reqs].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: PlacedLabel[] = [];
  for (const q of order) {
    const right = { x: q.x + q.r + GAP, y: q.y - q.h / 2 };
    const left = { x: q.x - q.r - GAP - q.w, y: q.y - q.h / 2 };
    const below = { x: q.x - q.w / 2, y: q.y + q.r + GAP };
    const above = { x: q.x - q.w / 2, y: q.y - q.r - GAP - q.h };
    for (const c of o.rtl ? [left, right, below, above] : [right, left, below, above]) {
      const b = { x0: c.x, y0: c.y, x1: c.x + q.w, y1: c.y + q.h };
      if (!inside(b) || grid.hits(b)) continue;
      grid.add(b);
      out.push({ id: q.id, x: c.x, y: c.y, w: q.w, h: q.h });
      break;
    }
  }
  return out;
}
