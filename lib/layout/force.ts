// A seeded force layout for the actor graph (issue 4, groundwork): d3-force run to rest without a DOM, with
// d3's own seeded random source, so the same graph always lays out the same way (STYLE.md: seed every layout).
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, randomLcg, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3';
import type { Graph } from '../graph/build';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  weight: number;
}

export interface ForceOptions {
  seed?: number;
  /** Pinned nodes keep their position (a user dragged them). */
  pinned?: ReadonlyMap<string, { x: number; y: number }>;
  /** Ticks to run, cooling to rest over exactly that many (default: 300, or 80 above LARGE nodes). */
  ticks?: number;
}

/** Above this many nodes the layout trades a little precision for time (see layoutGraph). */
export const LARGE = 500;

/** Positions for every node, centred on (0, 0). Pure: no timers, no DOM, no clock. */
export function layoutGraph(g: Graph, o: ForceOptions = {}): Placed[] {
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.count);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.count);
  }
  // Start positions from the seed (d3's default phyllotaxis ignores it): the seed then decides the layout.
  const random = randomLcg(o.seed ?? 20211229);
  const spread = 40 * Math.sqrt(g.nodes.length);
  const nodes: SimNode[] = g.nodes.map((n) => {
    const pin = o.pinned?.get(n.id);
    return { id: n.id, weight: degree.get(n.id) ?? 0, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, ...(pin ? { fx: pin.x, fy: pin.y } : {}) };
  });
  const links: SimulationLinkDatum<SimNode>[] = g.edges.map((e) => ({ source: e.source, target: e.target }));
  const radius = (n: SimNode) => 14 + Math.sqrt(n.weight) * 4;
  // Large graphs (measured at 2,000 nodes / 8,000 edges: 18 ms a tick, 300 ticks = 5 s): fewer ticks with a
  // matching cooling, a coarser Barnes–Hut approximation of the charge, and overlaps resolved only in the
  // last third, once the shape has formed (collision is the second most costly force).
  const large = nodes.length > LARGE;
  const ticks = o.ticks ?? (large ? 80 : 300);
  const sim = forceSimulation(nodes)
    .randomSource(random)
    .alphaDecay(1 - 0.001 ** (1 / ticks))
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((n) => n.id).distance(70))
    .force('charge', forceManyBody<SimNode>().strength(-260).theta(large ? 1.2 : 0.9))
    .force('x', forceX<SimNode>(0).strength(0.04))
    .force('y', forceY<SimNode>(0).strength(0.04))
    .stop();
  const collide = forceCollide<SimNode>(radius);
  if (large) {
    sim.tick(Math.round((ticks * 2) / 3));
    sim.force('collide', collide).tick(ticks - Math.round((ticks * 2) / 3));
  } else sim.force('collide', collide).tick(ticks);
  return nodes.map((n) => ({ id: n.id, x: n.x ?? 0, y: n.y ?? 0 }));
}
