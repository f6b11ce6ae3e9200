'use client';
// The yardstick for `npm run bench:graph`: a plain d3-force + SVG graph as the d3 gallery writes it — a
// simulation with link, charge and centre forces that updates every line and circle on each tick, d3-zoom on
// a group, and a drag that pins the node and reheats the simulation. No level of detail, no canvas, no labels.
import { forceCenter, forceLink, forceManyBody, forceSimulation, select, zoom, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum, type ZoomBehavior } from 'd3';
import { useEffect, useRef } from 'react';
import { type BenchGraphData, type GraphBenchApi, hub } from './graph-protocol';

const W = 1200;
const H = 760;
interface N extends SimulationNodeDatum {
  id: string;
}

export function GraphYardstick() {
  const svgRef = useRef<SVGSVGElement>(null);
  useEffect(() => {
    let sim: Simulation<N, SimulationLinkDatum<N>> | null = null;
    let z: ZoomBehavior<SVGSVGElement, unknown> | null = null;
    let dragged: N | undefined;
    const api: GraphBenchApi = {
      name: 'd3-force-svg',
      load(data: BenchGraphData) {
        const svg = select(svgRef.current!);
        svg.selectAll('*').remove();
        const g = svg.append('g');
        const nodes: N[] = data.nodes.map((n) => ({ id: n.id }));
        const links: SimulationLinkDatum<N>[] = data.edges.map((e) => ({ source: e.source, target: e.target }));
        const line = g.append('g').attr('stroke', '#999').selectAll('line').data(links).join('line');
        const circle = g.append('g').attr('fill', '#0b5cad').selectAll('circle').data(nodes).join('circle').attr('r', 5);
        const t0 = performance.now();
        z = zoom<SVGSVGElement, unknown>().on('zoom', (e) => g.attr('transform', e.transform));
        svg.call(z);
        const id = hub(data);
        dragged = nodes.find((n) => n.id === id);
        return new Promise((resolve) => {
          sim = forceSimulation(nodes)
            .force('link', forceLink<N, SimulationLinkDatum<N>>(links).id((n) => n.id))
            .force('charge', forceManyBody())
            .force('center', forceCenter(W / 2, H / 2))
            .on('tick', () => {
              line
                .attr('x1', (d) => (d.source as N).x!)
                .attr('y1', (d) => (d.source as N).y!)
                .attr('x2', (d) => (d.target as N).x!)
                .attr('y2', (d) => (d.target as N).y!);
              circle.attr('cx', (d) => d.x!).attr('cy', (d) => d.y!);
            })
            .on('end', () => {
              const layoutMs = performance.now() - t0;
              requestAnimationFrame(() => requestAnimationFrame(() => resolve({ layoutMs })));
            });
        });
      },
      zoom: (step) => {
        if (z && svgRef.current) z.scaleBy(select(svgRef.current), 1.25 ** step, [W / 2, H / 2]);
      },
      drag: (dx, dy, end) => {
        if (!sim || !dragged) return;
        if (end) {
          sim.alphaTarget(0);
          dragged.fx = null;
          dragged.fy = null;
          return;
        }
        if (dragged.fx == null) sim.alphaTarget(0.3).restart();
        dragged.fx = (dragged.fx ?? dragged.x ?? 0) + dx;
        dragged.fy = (dragged.fy ?? dragged.y ?? 0) + dy;
      },
    };
    (window as unknown as { __graphBench: GraphBenchApi }).__graphBench = api;
    return () => void (sim as Simulation<N, SimulationLinkDatum<N>> | null)?.stop();
  }, []);
  return <svg ref={svgRef} width={W} height={H} style={{ display: 'block' }} />;
}
