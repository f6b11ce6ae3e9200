// Keyboard movement between marks, by what the eye sees: left and right along the lane in screen order (so a
// mirrored axis mirrors the keys too), up and down to the nearest mark of the next lane that has one.
import { type Geometry, type MarkBox, type TimeWindow, markBox } from './geometry';
import type { Scene } from './scene';

export type Move = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

function laneByX(s: Scene, g: Geometry, v: TimeWindow, lane: number): { k: number; x: number }[] {
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  return Array.from(s.byLane[lane] ?? [], (k) => ({ k, x: markBox(s, g, v, k, box).x })).sort((a, b) => a.x - b.x || a.k - b.k);
}

/** The mark a key press moves to from mark k (k itself at an edge; the first mark when k is -1). */
export function move(s: Scene, g: Geometry, v: TimeWindow, k: number, m: Move): number {
  if (s.n === 0) return -1;
  if (k < 0 || k >= s.n) {
    const first = s.byLane.findIndex((l) => l.length > 0);
    return laneByX(s, g, v, first)[0]?.k ?? -1;
  }
  const lane = s.lane[k]!;
  const list = laneByX(s, g, v, lane);
  const at = list.findIndex((e) => e.k === k);
  switch (m) {
    case 'left':
      return list[Math.max(0, at - 1)]!.k;
    case 'right':
      return list[Math.min(list.length - 1, at + 1)]!.k;
    case 'home':
      return list[0]!.k;
    case 'end':
      return list[list.length - 1]!.k;
    case 'up':
    case 'down': {
      const x = list[at]!.x;
      const dir = m === 'up' ? -1 : 1;
      for (let l = lane + dir; l >= 0 && l < s.lanes.length; l += dir) {
        const other = laneByX(s, g, v, l);
        if (!other.length) continue;
        let best = other[0]!;
        for (const e of other) if (Math.abs(e.x - x) < Math.abs(best.x - x)) best = e;
        return best.k;
      }
      return k;
    }
  }
}
