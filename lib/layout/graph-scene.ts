// The actor graph as something to draw: node discs with a shape per kind, edges with a style per kind and
// stance, widths from their statement counts, and parallel edges (two stances between the same pair) bent
// apart so each stays visible. Pure numbers and strings, shared by the SVG and canvas renderers and tests.
import type { EdgeKind, Graph, NodeKind } from '../graph/build';
import type { Stance } from '../model/schema';
import { EVENT_INK, STANCE_STYLE, type Shape } from './style';

/** A shape and an ink per node kind: kinds differ by shape, never by colour alone. */
export const NODE_STYLE: Record<NodeKind, { shape: Shape; color: string }> = {
  person: { shape: 'circle', color: '#0b5cad' },
  institution: { shape: 'square', color: '#4d5761' },
  state: { shape: 'hexagon', color: '#1b1f24' },
  alliance: { shape: 'triangle', color: '#7048b8' },
  media: { shape: 'ring', color: '#8a5a00' },
  event: { shape: 'diamond', color: EVENT_INK },
  document: { shape: 'doc', color: '#57606a' },
};

export interface EdgeStyle {
  color: string;
  /** Canvas/SVG dash pattern; empty = solid. */
  dash: number[];
}

const GREY = '#6e7781';
/** Statement edges take their stance's ink (a denial is also dashed); the other kinds a dash each. */
export function edgeStyle(kind: EdgeKind, label: string): EdgeStyle {
  switch (kind) {
    case 'statement': {
      const st = STANCE_STYLE[label as Stance];
      return { color: st?.color ?? GREY, dash: label === 'deny' ? [6, 3] : [] };
    }
    case 'participation':
      return { color: GREY, dash: [] };
    case 'affiliation':
      return { color: '#1b1f24', dash: [2, 3] };
    case 'channel':
      return { color: '#7048b8', dash: [5, 2] };
    case 'reporting':
      return { color: GREY, dash: [7, 2, 2, 2] };
  }
}

export const styleKey = (kind: EdgeKind, label: string) => (kind === 'statement' ? `statement:${label}` : kind);

export interface GraphScene {
  ids: string[];
  index: Map<string, number>;
  kind: NodeKind[];
  x: Float64Array;
  y: Float64Array;
  r: Float64Array;
  /** Edges: end indices, width, style key, and the bend (graph units) that keeps parallel edges apart. */
  edges: { id: string; s: number; t: number; width: number; style: string; bend: number; count: number }[];
}

export const nodeRadius = (degree: number) => 6 + 2 * Math.sqrt(degree);

export function graphScene(g: Graph, pos: ReadonlyMap<string, { x: number; y: number }>): GraphScene {
  const n = g.nodes.length;
  const index = new Map(g.nodes.map((node, i) => [node.id, i]));
  const deg = new Float64Array(n);
  for (const e of g.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined) deg[s]! += 1;
    if (t !== undefined) deg[t]! += 1;
  }
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const r = new Float64Array(n);
  g.nodes.forEach((node, i) => {
    const p = pos.get(node.id);
    x[i] = p?.x ?? 0;
    y[i] = p?.y ?? 0;
    r[i] = nodeRadius(deg[i]!);
  });
  // Parallel edges: the k-th of m between one unordered pair bends by (k − (m−1)/2) · 16.
  const pairs = new Map<string, number>();
  const seen = new Map<string, number>();
  const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
  const live = g.edges.filter((e) => index.has(e.source) && index.has(e.target));
  for (const e of live) {
    const k = pairKey(index.get(e.source)!, index.get(e.target)!);
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const edges = live.map((e) => {
    const s = index.get(e.source)!;
    const t = index.get(e.target)!;
    const k = pairKey(s, t);
    const m = pairs.get(k)!;
    const i = seen.get(k) ?? 0;
    seen.set(k, i + 1);
    // Bend direction is relative to the pair's canonical order, so two opposite edges do not cancel.
    const sign = s < t ? 1 : -1;
    return { id: e.id, s, t, width: 1 + Math.sqrt(e.count) * 0.9, style: styleKey(e.kind, e.label), bend: sign * (i - (m - 1) / 2) * 16, count: e.count };
  });
  return { ids: g.nodes.map((node) => node.id), index, kind: g.nodes.map((node) => node.kind), x, y, r, edges };
}

/** Control point of an edge's quadratic curve: its midpoint moved `bend` units along the normal. */
export function controlPoint(x0: number, y0: number, x1: number, y1: number, bend: number): [number, number] {
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  return [mx - ((y1 - y0) / len) * bend * 2, my + ((x1 - x0) / len) * bend * 2];
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The node an arrow key moves to: the nearest one whose direction from `from` is within 60° of the key's,
 * distance weighted by how far off-axis it is. Stays put when none lies that way.
 */
export function nearestInDirection(sc: GraphScene, from: number, dir: Direction, visible?: (i: number) => boolean): number {
  if (from < 0) return sc.ids.length ? 0 : -1;
  const [ux, uy] = dir === 'left' ? [-1, 0] : dir === 'right' ? [1, 0] : dir === 'up' ? [0, -1] : [0, 1];
  let best = from;
  let bestScore = Infinity;
  for (let i = 0; i < sc.ids.length; i++) {
    if (i === from || (visible && !visible(i))) continue;
    const dx = sc.x[i]! - sc.x[from]!;
    const dy = sc.y[i]! - sc.y[from]!;
    const d = Math.hypot(dx, dy);
    if (d === 0) continue;
    const along = (dx * ux + dy * uy) / d;
    if (along < 0.5) continue; // more than 60° off
    const score = d * (2 - along);
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best;
}

/** Distance from a point to an edge's curve (sampled), for clicking and hovering edges. */
export function distanceToEdge(sc: GraphScene, e: GraphScene['edges'][number], px: number, py: number): number {
  const [x0, y0, x1, y1] = [sc.x[e.s]!, sc.y[e.s]!, sc.x[e.t]!, sc.y[e.t]!];
  const [cx, cy] = controlPoint(x0, y0, x1, y1, e.bend);
  let best = Infinity;
  let [ax, ay] = [x0, y0];
  for (let i = 1; i <= 12; i++) {
    const t = i / 12;
    const bx = (1 - t) * (1 - t) * x0 + 2 * (1 - t) * t * cx + t * t * x1;
    const by = (1 - t) * (1 - t) * y0 + 2 * (1 - t) * t * cy + t * t * y1;
    const vx = bx - ax;
    const vy = by - ay;
    const len2 = vx * vx + vy * vy || 1;
    const u = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
    best = Math.min(best, Math.hypot(px - (ax + u * vx), py - (ay + u * vy)));
    [ax, ay] = [bx, by];
  }
  return best;
}
