'use client';
// The marks layer on canvas, for thousands of marks: a thin shell that redraws with lib/layout/draw whenever
// what it shows changes (React renders at most once per frame: zoom input is coalesced by the timeline).
import { useEffect, useLayoutEffect, useRef } from 'react';
import { LABEL_FONT_PX, LABEL_MAX_MARKS, drawScene } from '@/lib/layout/draw';
import type { Geometry, TimeWindow } from '@/lib/layout/geometry';
import type { Scene } from '@/lib/layout/scene';

/** Labels shaped and drawn once in idle time to warm the browser's text caches. */
const LABEL_WARM = 400;

// Named here, not read with getComputedStyle: that forces a style and layout pass on every frame.
const LABEL_FONT = `${LABEL_FONT_PX}px system-ui, 'Noto Naskh Arabic', sans-serif`;

const makeCanvas = (w: number, h: number): HTMLCanvasElement | OffscreenCanvas => {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
};

export function CanvasMarks({ scene, g, win, emphasis, selected, hovered }: { scene: Scene; g: Geometry; win: TimeWindow; emphasis: Uint8Array | null; selected: number; hovered: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const overRef = useRef<HTMLCanvasElement>(null);
  // The canvas covers only where marks go (gutter and plot, below the axis): fewer pixels to clear and to hand
  // to the compositor every frame than the whole chart.
  // Whole pixels, so glyph sprites stay aligned to device pixels.
  const left = Math.floor(Math.min(g.gutterX0, g.plotX0) - 2);
  const width = Math.ceil(Math.max(g.gutterX1, g.plotX1) + 2) - left;
  const top = Math.floor(g.axisH);
  const height = Math.ceil(g.height) - top;
  useLayoutEffect(() => {
    const dpr = window.devicePixelRatio || 1;
    const prepare = (canvas: HTMLCanvasElement | null) => {
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return null;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.translate(-left, -top);
      return ctx;
    };
    const ctx = prepare(ref.current);
    if (!ctx) return;
    const over = prepare(overRef.current) ?? undefined;
    // A User Timing entry per frame: the canvas layer's cost shows in DevTools and in benchmark traces.
    const t0 = performance.now();
    const engine = drawScene(ctx, scene, g, win, { selected, hovered, emphasis, font: LABEL_FONT, dpr, makeCanvas, over });
    // Which loops drew it (the page's policy must allow WebAssembly for the fast ones): for tests and DevTools.
    if (ref.current && ref.current.dataset.drawnWith !== engine) ref.current.dataset.drawnWith = engine;
    performance.measure('dateline:draw', { start: t0, end: performance.now() });
  }, [scene, g, win, emphasis, selected, hovered, left, top, width, height]);
  // Labels appear only once the view holds few enough marks, so the first frame that shows them would shape
  // and rasterise hundreds of strings for the first time (tens of ms): done once in idle time instead, on a
  // sample of the scene's labels (the browser caches shaped words and rasterised glyphs for every canvas).
  useEffect(() => {
    if (scene.n <= LABEL_MAX_MARKS || typeof OffscreenCanvas === 'undefined') return;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => {
      const ctx = new OffscreenCanvas(256, 256).getContext('2d');
      if (!ctx) return;
      ctx.font = LABEL_FONT;
      ctx.textBaseline = 'middle';
      const step = Math.max(1, Math.floor(scene.n / LABEL_WARM));
      for (let k = 0, i = 0; k < scene.n; k += step, i++) ctx.fillText(scene.label[k]!, 0, 8 + (i % 30) * 8);
      ctx.getImageData(0, 0, 1, 1); // rasterised now, not at the next commit
    });
    return () => cancel(id);
  }, [scene]);
  // Links and bands below, glyphs and labels above (see DrawState.over).
  return (
    <>
      <canvas ref={ref} className="tl-marks" style={{ left, top, width, height }} aria-hidden="true" />
      <canvas ref={overRef} className="tl-marks" style={{ left, top, width, height }} aria-hidden="true" />
    </>
  );
}
