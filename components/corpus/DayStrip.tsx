'use client';
// The overview strip: statements said per day across the whole view (the server's histogram), with the window
// shown and chosen by dragging (d3-brush); a click without a drag fits all again.
import { brushX, max, scaleLinear, select } from 'd3';
import { useEffect, useRef } from 'react';
import type { Overview } from '@/lib/query/overview';
import type { Window } from './DensityChart';

const H = 44;
const DAY = 86_400_000;

export function DayStrip({ o, width, mirrored, label, onWindow }: { o: Overview; width: number; mirrored: boolean; label: string; onWindow: (w: Window | null) => void }) {
  const brushRef = useRef<SVGGElement>(null);
  const ext = o.extent;
  const lo = ext ? Math.floor(ext.start / DAY) * DAY : 0;
  const hi = ext ? Math.ceil(ext.end / DAY) * DAY : 1;
  const x = scaleLinear().domain([lo, Math.max(hi, lo + DAY)]).range(mirrored ? [width - 4, 4] : [4, width - 4]);
  const y = scaleLinear().domain([0, max(o.days, (d) => d.count) ?? 1]).range([0, H - 6]);
  const win = o.window && ext ? o.window : null;
  // The brush is d3's: it owns its overlay and handles; React owns the bars.
  const cb = useRef(onWindow);
  cb.current = onWindow;
  useEffect(() => {
    const g = brushRef.current;
    if (!g || !ext) return;
    const b = brushX<unknown>()
      .extent([[4, 0], [width - 4, H]])
      .on('end', (e: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (!e.sourceEvent) return;
        if (!e.selection) return cb.current(null);
        const [a, z] = e.selection.map((p) => x.invert(p)).sort((p, q) => p - q) as [number, number];
        if (z - a > 60_000) cb.current({ start: Math.round(a), end: Math.round(z) });
      });
    const sel = select(g);
    sel.call(b);
    return () => {
      sel.on('.brush', null);
      sel.selectAll('*').remove();
    };
    // x is rebuilt each render from the same extent and width.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ext?.start, ext?.end, width, mirrored]);
  if (!ext) return null;
  const bw = Math.max(1, Math.abs(x(lo + DAY) - x(lo)));
  return (
    <figure className="corpus-strip">
      <figcaption className="muted">{label}</figcaption>
      <svg width={width} height={H} aria-hidden="true" style={{ direction: 'ltr' }}>
        {o.days.map((d) => (
          <rect key={d.day} x={Math.min(x(d.day * DAY), x(d.day * DAY + DAY))} y={H - y(d.count)} width={bw} height={y(d.count)} fill="#8aa4c8" />
        ))}
        {win && <rect x={Math.min(x(win.start), x(win.end))} y={0} width={Math.max(2, Math.abs(x(win.end) - x(win.start)))} height={H} fill="none" stroke="#2f5f98" strokeWidth={2} className="corpus-window" />}
        <g ref={brushRef} />
      </svg>
    </figure>
  );
}
