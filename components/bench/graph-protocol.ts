// What `npm run bench:graph` hands a graph page and calls on it (window.__graphBench).
export interface BenchGraphData {
  nodes: { id: string; kind: 'person' | 'institution' | 'state' | 'alliance' | 'media' | 'event' | 'document'; label: string }[];
  edges: { source: string; target: string; kind: 'statement' | 'participation' | 'affiliation' | 'channel' | 'reporting'; label: string; count: number }[];
}

export interface GraphBenchApi {
  name: string;
  /** Lays the graph out and draws it; resolves once it is at rest and drawn, with the layout's own time. */
  load(data: BenchGraphData): Promise<{ layoutMs: number }>;
  /** One zoom step about the centre: factor 1.25^step. */
  zoom(step: number): void;
  /** One drag step of the most connected node by (dx, dy) screen pixels; `end` releases it. */
  drag(dx: number, dy: number, end?: boolean): void;
}

/** The most connected node: the one the bench drags. */
export function hub(data: BenchGraphData): string {
  const deg = new Map<string, number>();
  for (const e of data.edges) {
    deg.set(e.source, (deg.get(e.source) ?? 0) + 1);
    deg.set(e.target, (deg.get(e.target) ?? 0) + 1);
  }
  let best = data.nodes[0]?.id ?? '';
  for (const [id, d] of deg) if (d > (deg.get(best) ?? 0) || (d === deg.get(best) && id < best)) best = id;
  return best;
}
