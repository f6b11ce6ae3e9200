'use client';
// The explorer's GraphView fed a synthetic graph: same layout, renderer choice, labels and d3-zoom input path
// as the app; only the data source differs.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Graph } from '@/lib/graph/build';
import { GraphView, type GraphHandle } from '@/components/graph/GraphView';
import { type BenchGraphData, type GraphBenchApi, hub } from './graph-protocol';

const W = 1200;
const H = 760;

export function BenchGraph() {
  const [graph, setGraph] = useState<Graph | null>(null);
  const handle = useRef<GraphHandle>(null);
  const layoutMs = useRef(0);
  const dragged = useRef('');
  useEffect(() => {
    const api: GraphBenchApi = {
      name: 'dateline',
      async load(data: BenchGraphData) {
        const g: Graph = {
          nodes: data.nodes.map((n) => ({ id: n.id, kind: n.kind, label: { en: n.label, ar: n.label } })),
          edges: data.edges.map((e, i) => ({ id: `e${i}`, kind: e.kind, source: e.source, target: e.target, label: e.label, count: e.count, statements: [] })),
        };
        dragged.current = hub(data);
        flushSync(() => setGraph(g));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return { layoutMs: layoutMs.current };
      },
      zoom: (step) => handle.current?.zoomBy(1.25 ** step),
      drag: (dx, dy, end) => (end ? handle.current?.dragEnd() : handle.current?.dragBy(dragged.current, dx, dy)),
    };
    (window as unknown as { __graphBench: GraphBenchApi }).__graphBench = api;
    // For profiling by hand: the view's handle (transform, positions) and the node the bench drags.
    Object.assign(window, { __graphView: { handle, dragged } });
  }, []);
  return (
    <div id="app" style={{ width: W }}>
      {graph ? (
        <GraphView graph={graph} lang="en" selected={null} onSelect={() => {}} width={W} height={H} handleRef={handle} onLayout={(ms) => (layoutMs.current = ms)} />
      ) : (
        <p>waiting for data</p>
      )}
    </div>
  );
}
