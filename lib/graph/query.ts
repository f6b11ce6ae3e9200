// Questions the explorer asks of the actor graph, as pure functions: which statements stand behind a node or
// an edge (what the timeline and the text select), which edges are active in a time window, what is next to
// a node (the adjacency list and keyboard moves), and an actor's profile for the side panel.
import type { Actor, Extraction, SaidAt, Stance } from '../model/schema';
import type { Graph, GraphEdge, GraphNode } from './build';

/** Statement keys behind a node (every edge touching it) or an edge, sorted. */
export function statementsOf(g: Graph, id: string | null): string[] {
  if (!id) return [];
  const out = new Set<string>();
  for (const e of g.edges) {
    if (e.id === id || e.source === id || e.target === id) for (const k of e.statements) out.add(k);
  }
  return [...out].sort();
}

/** The edges a statement stands behind, and their ends: what the graph highlights for a timeline selection. */
export function edgesOfStatement(g: Graph, key: string | null): { edges: Set<string>; nodes: Set<string> } {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  if (!key) return { edges, nodes };
  for (const e of g.edges) {
    if (!e.statements.includes(key)) continue;
    edges.add(e.id);
    nodes.add(e.source);
    nodes.add(e.target);
  }
  return { edges, nodes };
}

export interface Active {
  edges: Set<string>;
  nodes: Set<string>;
}

/**
 * What is active in a time window: an edge whose statements were said (or whose document was published) in
 * it; a participation edge whose event is spoken of in it; affiliations, which have no time here, always.
 * Edges with no time at all are kept (a statement with an unknown saidAt is never hidden by a window).
 * A null window is everything.
 */
export function activeIn(g: Graph, w: { start: number; end: number } | null): Active {
  const edges = new Set<string>();
  const nodes = new Set<string>();
  if (!w) {
    for (const e of g.edges) edges.add(e.id);
    for (const n of g.nodes) nodes.add(n.id);
    return { edges, nodes };
  }
  const timed = (e: GraphEdge) => e.from !== undefined && e.to !== undefined;
  for (const e of g.edges) {
    if (e.kind === 'participation' || e.kind === 'affiliation') continue;
    if (!timed(e) || (e.from! < w.end && e.to! >= w.start)) {
      edges.add(e.id);
      nodes.add(e.source);
      nodes.add(e.target);
    }
  }
  for (const e of g.edges) {
    if (e.kind === 'participation' && nodes.has(e.target)) {
      edges.add(e.id);
      nodes.add(e.source);
    }
  }
  for (const e of g.edges) {
    if (e.kind === 'affiliation' && (nodes.has(e.source) || nodes.has(e.target))) {
      edges.add(e.id);
      nodes.add(e.source);
      nodes.add(e.target);
    }
  }
  return { edges, nodes };
}

/**
 * Where playback through time stops: windows an eighth of the span wide (at least an hour), each centred on
 * the time of a dated link, in time order — so every step shows at least one link, and the empty stretches
 * between clusters of statements are skipped instead of shown blank. Links closer than a quarter of the window
 * share a stop; a long record plays in at most `max` stops (spread evenly over its links).
 */
export function playStops(g: Graph, span: { start: number; end: number }, max = 40): { start: number; end: number }[] {
  const w = Math.max((span.end - span.start) / 8, 3_600_000);
  const times: number[] = [];
  for (const e of g.edges) {
    if (e.kind === 'participation' || e.kind === 'affiliation' || e.from === undefined || e.to === undefined) continue;
    if (!Number.isFinite(e.from) || !Number.isFinite(e.to)) continue;
    // The middle of a short link, or a point just inside a long one: either lies in the window and the link.
    times.push(e.to - e.from <= w ? (e.from + e.to) / 2 : e.from + w / 4);
  }
  times.sort((a, b) => a - b);
  const centres: number[] = [];
  for (const t of times) if (!centres.length || t - centres.at(-1)! > w / 4) centres.push(t);
  const pick = centres.length <= max ? centres : Array.from({ length: max }, (_, i) => centres[Math.round((i * (centres.length - 1)) / (max - 1))]!);
  return pick.map((c) => ({ start: c - w / 2, end: c + w / 2 }));
}

export interface Neighbour {
  edge: GraphEdge;
  node: GraphNode;
  /** The edge leaves the node (out) or arrives at it (in). */
  dir: 'out' | 'in';
}

/** Every node's neighbours, in a stable order (by edge kind, then the other node's id). */
export function adjacency(g: Graph): Map<string, Neighbour[]> {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Neighbour[]>(g.nodes.map((n) => [n.id, []]));
  for (const e of g.edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    out.get(s.id)!.push({ edge: e, node: t, dir: 'out' });
    out.get(t.id)!.push({ edge: e, node: s, dir: 'in' });
  }
  for (const list of out.values()) list.sort((a, b) => (a.edge.kind === b.edge.kind ? (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0) : a.edge.kind < b.edge.kind ? -1 : 1));
  return out;
}

/** Edge count per node (parallel statements folded: an edge of 3 statements counts once). */
export function degree(g: Graph): Map<string, number> {
  const d = new Map<string, number>(g.nodes.map((n) => [n.id, 0]));
  for (const e of g.edges) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}

export interface ActorProfile {
  actor: Actor | undefined;
  id: string;
  /** What it said, with when (epoch ms of saidAt's start, or null) and about which event node. */
  said: { key: string; stance: Stance; event: string | null; saidAt: number | null; when: { saidAt: SaidAt; published: string | null } }[];
  speaksFor: GraphNode[];
  /** Who speaks for it (the inverse of speaksFor): the presidency's spokesman, a ministry's spokeswoman. */
  spokenForBy: GraphNode[];
  partOf: GraphNode[];
  /** Documents that mention it, with their outlets (the reporting sources). */
  reportedIn: { documentId: string; title: string; publisher: string; published: string | null }[];
  degree: number;
  byStance: Partial<Record<Stance, number>>;
}

/** The side panel's facts about one actor node ("actor:<id>"): with `keep`, only the statements the view's
 *  filters show (the counts then say what the rest of the view says), and the documents those come from. */
export function actorProfile(g: Graph, xs: Extraction[], nodeId: string, keep?: (key: string) => boolean): ActorProfile {
  const id = nodeId.replace(/^actor:/, '');
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  let actor: Actor | undefined;
  for (const x of xs) actor ??= x.actors.find((a) => a.id === id);
  const said: ActorProfile['said'] = [];
  for (const x of xs) {
    for (const s of x.statements) {
      if (s.speaker.actorId !== id) continue;
      if (keep && !keep(`${x.document.id}/${s.id}`)) continue;
      const start = s.saidAt.interval?.start ?? s.saidAt.interval?.end;
      said.push({ key: `${x.document.id}/${s.id}`, stance: s.stance, event: byId.has(`event:${x.document.id}/${s.eventId}`) ? `event:${x.document.id}/${s.eventId}` : null, saidAt: start ? Date.parse(start) : null, when: { saidAt: s.saidAt, published: x.document.published.value } });
    }
  }
  said.sort((a, b) => (a.saidAt ?? Infinity) - (b.saidAt ?? Infinity) || (a.key < b.key ? -1 : 1));
  const rel = (label: string, from: 'source' | 'target') =>
    g.edges
      .filter((e) => e.kind === 'affiliation' && e.label === label && e[from] === nodeId)
      .map((e) => byId.get(from === 'source' ? e.target : e.source))
      .filter((n): n is GraphNode => n !== undefined);
  const byStance: ActorProfile['byStance'] = {};
  for (const s of said) byStance[s.stance] = (byStance[s.stance] ?? 0) + 1;
  const reportedIn = xs
    .filter((x) => !keep || x.statements.some((s) => keep(`${x.document.id}/${s.id}`)))
    .filter((x) => x.actors.some((a) => a.id === id && (a.mentions?.length ?? 0) > 0) || x.statements.some((s) => s.speaker.actorId === id))
    .map((x) => ({ documentId: x.document.id, title: x.document.title, publisher: x.document.publisher, published: x.document.published.value }));
  return {
    actor,
    id,
    said,
    speaksFor: rel('speaksFor', 'source'),
    spokenForBy: rel('speaksFor', 'target'),
    partOf: rel('partOf', 'source'),
    reportedIn,
    degree: degree(g).get(nodeId) ?? 0,
    byStance,
  };
}
