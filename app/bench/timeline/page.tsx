import type { Metadata } from 'next';
import { BenchTimeline } from '@/components/bench/BenchTimeline';

export const metadata: Metadata = { title: 'Dateline timeline — benchmark page', robots: { index: false } };

// The timeline component alone, speaking the peer-timeline harness protocol (window.__bench);
// `npm run bench:timeline` measures it beside vis-timeline and the D3 yardsticks.
export default function BenchTimelinePage() {
  return <BenchTimeline />;
}
