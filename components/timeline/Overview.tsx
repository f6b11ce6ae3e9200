'use client';
// The overview strip: the whole extent at a glance (how many marks fall in each pixel column) with a brush
// over the visible window. Brushing moves the timeline; zooming the timeline moves the brush.
import { brushX, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Geometry, TimeWindow } from '@/lib/layout/geometry';
import type { Scene } from '@/lib/layout/scene';

const H = 36;

/**
 * Keys on the focused strip (the brush's keyboard twin): ←/→ move the window by a tenth of its span in screen
 * direction (Shift: a whole span), + and − narrow and widen it, Home and End go to the data's ends.
 */
export function overviewKey(key: string, shift: boolean, win: TimeWindow, full: TimeWindow, timeRtl: boolean): TimeWindow | null {
  const span = win.end - win.start;
  const step = shift ? span : span / 10;
  const later = timeRtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = timeRtl ? 'ArrowRight' : 'ArrowLeft';
  const mid = (win.start + win.end) / 2;
  switch (key) {
    case later:
      return { start: win.start + step, end: win.end + step };
    case earlier:
      return { start: win.start - step, end: win.end - step };
    case '+':
    case '=':
      return { start: mid - span / 2 / 1.25, end: mid + span / 2 / 1.25 };
    case '-':
    case '_':
      return { start: mid - (span / 2) * 1.25, end: mid + (span / 2) * 1.25 };
    case 'Home':
      return { start: full.start, end: full.start + span };
    case 'End':
      return { start: full.end - span, end: full.end };
    default:
      return null;
  }
}

export function Overview({ scene: s, g, full, win, onWindow, label, valueText }: { scene: Scene; g: Geometry; full: TimeWindow; win: TimeWindow; onWindow: (w: TimeWindow) => void; label: string; valueText: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const behavior = useRef<BrushBehavior<unknown> | null>(null);
  const moving = useRef(false);
  const x0 = g.plotX0;
  const x1 = g.plotX1;
  const toX = (t: number) => (g.timeRtl ? x1 - ((t - full.start) / (full.end - full.start)) * (x1 - x0) : x0 + ((t - full.start) / (full.end - full.start)) * (x1 - x0));
  const toT = (x: number) => full.start + ((g.timeRtl ? x1 - x : x - x0) / (x1 - x0)) * (full.end - full.start);
  const live = useRef({ toT, onWindow });
  useEffect(() => {
    live.current = { toT, onWindow };
  });

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.round(g.width * dpr);
    canvas.height = H * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const cols = new Uint32Array(Math.ceil(g.width));
    let max = 1;
    for (let k = 0; k < s.dated; k++) {
      const c = Math.floor(toX(Number.isFinite(s.start[k]!) ? s.start[k]! : s.end[k]!));
      if (c >= 0 && c < cols.length) max = Math.max(max, ++cols[c]!);
    }
    ctx.clearRect(0, 0, g.width, H);
    ctx.fillStyle = '#6e7781';
    for (let c = 0; c < cols.length; c++) {
      if (!cols[c]) continue;
      const h = 4 + (Math.log1p(cols[c]!) / Math.log1p(max)) * (H - 8);
      ctx.fillRect(c, H - h, 1, h);
    }
    // toX depends only on g and full, which are the effect's dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s, g, full]);

  useEffect(() => {
    if (!brushRef.current) return;
    const b = brushX<unknown>()
      .extent([
        [x0, 0],
        [x1, H],
      ])
      .on('brush end', (ev: D3BrushEvent<unknown>) => {
        if (moving.current || !ev.sourceEvent || !ev.selection) return;
        const [a, c] = (ev.selection as [number, number]).map(live.current.toT) as [number, number];
        live.current.onWindow({ start: Math.min(a, c), end: Math.max(a, c) });
      });
    behavior.current = b;
    select(brushRef.current).call(b);
  }, [x0, x1]);

  useEffect(() => {
    if (!brushRef.current || !behavior.current) return;
    const a = Math.max(x0, Math.min(x1, toX(win.start)));
    const c = Math.max(x0, Math.min(x1, toX(win.end)));
    moving.current = true;
    select(brushRef.current).call(behavior.current.move, [Math.min(a, c), Math.max(a, c, Math.min(a, c) + 2)]);
    moving.current = false;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [win, full, x0, x1, g.timeRtl]);

  return (
    <div
      className="overview"
      dir="ltr"
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-description={valueText}
      title={valueText}
      style={{ width: g.width, height: H }}
      onKeyDown={(e) => {
        const next = overviewKey(e.key, e.shiftKey, win, full, g.timeRtl);
        if (!next) return;
        e.preventDefault();
        onWindow(next);
      }}
    >
      <canvas ref={canvasRef} style={{ width: g.width, height: H }} aria-hidden="true" />
      <svg width={g.width} height={H}>
        <g ref={brushRef} className="brush" />
      </svg>
    </div>
  );
}
