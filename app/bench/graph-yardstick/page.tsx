import type { Metadata } from 'next';
import { GraphYardstick } from '@/components/bench/GraphYardstick';

export const metadata: Metadata = { title: 'd3-force + SVG yardstick — benchmark page', robots: { index: false } };

// The reference point `npm run bench:graph` measures beside the app: a plain d3-force + SVG graph.
export default function GraphYardstickPage() {
  return <GraphYardstick />;
}
