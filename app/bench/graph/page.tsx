import type { Metadata } from 'next';
import { BenchGraph } from '@/components/bench/BenchGraph';

export const metadata: Metadata = { title: 'Dateline actor graph — benchmark page', robots: { index: false } };

// The explorer's GraphView alone, fed a synthetic graph by `npm run bench:graph` (window.__graphBench).
export default function BenchGraphPage() {
  return <BenchGraph />;
}
