'use client';
// The interactive timeline: lanes and marks from a Scene, d3-zoom for wheel, drag and pinch, keys for the rest.
// The visible window is state owned by the caller (the URL, in the explorer); d3-zoom is used only as an input
// device: each zoom event's change of transform is applied to the current window, anchored where it happened,
// so a mirrored axis, fit buttons and the URL never fight d3's own notion of the view.
import { select, zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { type TimeWindow, fitMarks, fitWindow, geometry, hitTest, markBox, marksCentre, minSpanOf, timeAt, xAt } from '@/lib/layout/geometry';
import { type Move, move } from '@/lib/layout/navigate';
import { F_OPEN_START, keyIndex, type Scene } from '@/lib/layout/scene';
import { isoUtc } from '@/lib/time/calendar';
import { formatInterval } from '@/lib/view/format';
import { LOCALE, MESSAGES, pick, type UiLang } from '@/lib/view/i18n';
import { Backdrop } from './Backdrop';
import { CanvasMarks } from './CanvasMarks';
import { Overview } from './Overview';
import { SvgMarks } from './SvgMarks';

/** Above this many marks the marks layer is drawn on canvas. */
export const SVG_LIMIT = 600;
export const MIN_SPAN = 15 * 60_000;
export const MAX_SPAN = 200 * 365.25 * 86_400_000;

export interface TimelineHandle {
  zoomBy(factor: number): void;
  panBy(px: number): void;
  view(): TimeWindow;
  element(): HTMLElement | null;
}

export interface TimelineProps {
  scene: Scene;
  window: TimeWindow | null;
  onWindow: (w: TimeWindow) => void;
  /** "Fit all" (key 0): the caller forgets the window, so the URL says "everything" rather than two dates. */
  onFitAll?: () => void;
  selected: string | null;
  onSelect: (key: string | null) => void;
  /** Words that say what a mark is, for its tooltip and for screen readers. */
  describe: (k: number) => string;
  lang: UiLang;
  zone: string;
  timeRtl?: boolean;
  uiRtl?: boolean;
  collapsed?: string[];
  onToggleGroup?: (key: string) => void;
  /** Marks to keep at full strength (others are dimmed); null keeps all. */
  emphasis?: Uint8Array | null;
  renderer?: 'auto' | 'svg' | 'canvas';
  width?: number;
  /** Height of one stack row in px (22 by default; compact views use less). */
  rowH?: number;
  /** Show the overview strip with a brush under the chart. */
  overview?: boolean;
  handleRef?: Ref<TimelineHandle>;
}

export { fitWindow };

/** d3-zoom's current scale on an element (translateBy takes distances in that scale's units). */
const zoomK = (el: Element) => zoomTransform(el).k;

export function clampWindow(w: TimeWindow, minSpan = MIN_SPAN): TimeWindow {
  const span = Math.min(MAX_SPAN, Math.max(minSpan, w.end - w.start));
  const mid = (w.start + w.end) / 2;
  return { start: mid - span / 2, end: mid + span / 2 };
}

export function Timeline(p: TimelineProps) {
  const { scene, lang, zone } = p;
  const t = MESSAGES[lang];
  const rootRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const focusRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(p.width ?? 960);
  const [hovered, setHovered] = useState<{ k: number; x: number; y: number } | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const g = useMemo(
    () => geometry(scene, { width, rowH: p.rowH, collapsed: new Set(p.collapsed ?? []), uiRtl: p.uiRtl, timeRtl: p.timeRtl }),
    [scene, width, p.rowH, p.collapsed, p.uiRtl, p.timeRtl],
  );
  // The first view is where the marks are (the middle 90%); Fit all reaches every one.
  const fallback = useMemo(() => fitMarks(scene), [scene]);
  const minSpan = useMemo(() => minSpanOf(scene), [scene]);
  const win = p.window ?? fallback;
  const selected = p.selected ? (keyIndex(scene).get(p.selected) ?? -1) : -1;
  const activeK = active !== null ? (keyIndex(scene).get(active) ?? -1) : -1;

  // Latest values for the d3 handlers, which are bound once.
  const [wheelHint, setWheelHint] = useState(false);
  const hintTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onPlainWheel = useCallback(() => {
    setWheelHint(true);
    clearTimeout(hintTimer.current);
    hintTimer.current = setTimeout(() => setWheelHint(false), 1500);
  }, []);
  const live = useRef({ g, win, onWindow: p.onWindow, onPlainWheel, minSpan, scene, selected: -1 });
  useEffect(() => {
    live.current = { g, win, onWindow: p.onWindow, onPlainWheel, minSpan, scene, selected };
  });

  useEffect(() => {
    if (p.width !== undefined || !wrapRef.current || typeof ResizeObserver === 'undefined') return;
    const el = wrapRef.current;
    // 260 px at least: an embed in a 320 px phone's article column, less its margins, still draws a plot.
    const ro = new ResizeObserver(() => setWidth(Math.max(260, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [p.width]);

  // d3-zoom as an input device; changes are coalesced to one window update per animation frame.
  const zoomRef = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  useEffect(() => {
    const el = surfaceRef.current;
    if (!el) return;
    let prev: ZoomTransform = zoomIdentity;
    let pending: TimeWindow | null = null;
    let frame = 0;
    const behavior = d3zoom<HTMLDivElement, unknown>()
      .scaleExtent([1e-12, 1e12])
      // A fixed extent: d3's default reads clientWidth/Height on every event, forcing a layout per frame.
      // Every zoom here names its anchor point, and translation is unbounded, so the extent is never used.
      .extent([
        [0, 0],
        [1, 1],
      ])
      // Plain wheel scrolls the page (a chart in an article must not trap it): Ctrl/⌘ + wheel and trackpad
      // pinch (which Chromium sends as Ctrl + wheel) zoom. One finger scrolls the page too; two fingers pinch.
      .filter((ev: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList }) => {
        if (ev.type === 'wheel') return Boolean(ev.ctrlKey || ev.metaKey);
        if (ev.type.startsWith('touch')) return (ev.touches?.length ?? 0) >= 2;
        return !ev.ctrlKey && !ev.button && !(ev.target as Element).closest?.('button');
      })
      .on('zoom', (ev: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const next = ev.transform;
        const { g: geo } = live.current;
        const base = pending ?? live.current.win;
        // Screen point a moves to (k1/k0)(a - x0) + x1: invert that at the plot's edges.
        const back = (x: number) => ((x - next.x) * prev.k) / next.k + prev.x;
        const a = timeAt(geo, base, back(geo.plotX0));
        const b = timeAt(geo, base, back(geo.plotX1));
        prev = next;
        pending = clampWindow({ start: Math.min(a, b), end: Math.max(a, b) }, live.current.minSpan);
        if (!frame) {
          frame = requestAnimationFrame(() => {
            frame = 0;
            const w = pending;
            pending = null;
            // Render and draw inside this animation frame, not in a task after it: the new view is painted
            // in the frame the input arrived for, one frame sooner.
            if (w) flushSync(() => live.current.onWindow(w));
          });
        }
      });
    select(el).call(behavior).on('dblclick.zoom', null);
    // A horizontal wheel or Shift + wheel pans; a plain vertical wheel is left to the page, with a hint.
    const onWheel = (ev: WheelEvent) => {
      if (ev.ctrlKey || ev.metaKey) return;
      const dx = Math.abs(ev.deltaX) > Math.abs(ev.deltaY) ? ev.deltaX : ev.shiftKey ? ev.deltaY : 0;
      if (dx) {
        ev.preventDefault();
        behavior.translateBy(select(el), -dx / zoomK(el), 0);
      } else live.current.onPlainWheel();
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    zoomRef.current = behavior;
    return () => {
      cancelAnimationFrame(frame);
      select(el).on('.zoom', null);
      el.removeEventListener('wheel', onWheel);
    };
  }, []);

  const zoomBy = useCallback((factor: number, at?: number) => {
    const el = surfaceRef.current;
    if (!el || !zoomRef.current) return;
    const { g: geo, win: w, scene: sc, selected: sel } = live.current;
    // About the selection when it is in view, else about where the marks in view are: never into empty space.
    const about = () => {
      if (sel >= 0) {
        const x = xAt(geo, w, sc.anchor[sel]!);
        if (x >= geo.plotX0 && x <= geo.plotX1) return x;
      }
      const c = marksCentre(sc, w);
      return c === null ? (geo.plotX0 + geo.plotX1) / 2 : xAt(geo, w, c);
    };
    zoomRef.current.scaleBy(select(el), factor, [at ?? about(), 0]);
  }, []);
  const panBy = useCallback((px: number) => {
    const el = surfaceRef.current;
    if (!el || !zoomRef.current) return;
    zoomRef.current.translateBy(select(el), px / zoomK(el), 0);
  }, []);
  useImperativeHandle(p.handleRef, () => ({ zoomBy, panBy, view: () => live.current.win, element: () => rootRef.current }), [zoomBy, panBy]);

  // Keyboard focus lives on one element over the active mark; it is re-created per mark and focused, so a
  // screen reader announces each mark as the arrows reach it.
  const focusing = useRef(false);
  useEffect(() => {
    if (focusing.current && focusRef.current) focusRef.current.focus({ preventScroll: true });
    focusing.current = false;
  }, [active]);

  const go = (k: number) => {
    if (k < 0) return;
    focusing.current = true;
    setActive(scene.key[k]!);
    setAnnounce(p.describe(k));
    const box = markBox(scene, g, win, k);
    if (!box.undated && (box.x < g.plotX0 || box.x > g.plotX1)) {
      const span = win.end - win.start;
      const c = scene.flags[k]! & F_OPEN_START ? scene.end[k]! : (scene.start[k]! + scene.end[k]!) / 2;
      p.onWindow({ start: c - span / 2, end: c + span / 2 });
    }
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    // The mark the focus element stands on (the active one, else the selection, else the first).
    const current = focusK;
    const moves: Record<string, Move> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end' };
    const m = moves[e.key];
    if (m && e.shiftKey && (m === 'left' || m === 'right')) {
      panBy((m === 'left' ? 1 : -1) * (g.plotX1 - g.plotX0) * 0.1);
    } else if (m) {
      go(move(scene, g, win, current, m));
    } else if (e.key === 'Enter' || e.key === ' ') {
      if (current >= 0) p.onSelect(scene.key[current] === p.selected ? null : scene.key[current]!);
    } else if (e.key === 'Escape') {
      p.onSelect(null);
    } else if (e.key === '+' || e.key === '=') {
      zoomBy(1.25, current >= 0 ? markBox(scene, g, win, current).x : undefined);
    } else if (e.key === '-' || e.key === '_') {
      zoomBy(0.8);
    } else if (e.key === 'PageUp' || e.key === 'PageDown') {
      panBy((e.key === 'PageUp' ? 1 : -1) * (g.timeRtl ? -1 : 1) * (g.plotX1 - g.plotX0) * 0.9);
    } else if (e.key === '0') {
      if (p.onFitAll) p.onFitAll();
      else p.onWindow(fitWindow(scene));
    } else return;
    e.preventDefault();
  };

  const pointer = (e: { clientX: number; clientY: number }) => {
    const r = rootRef.current!.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    return { x, y, k: hitTest(scene, g, win, x, y) };
  };

  const canvas = p.renderer === 'canvas' || (p.renderer !== 'svg' && scene.n > SVG_LIMIT);
  const focusK = activeK >= 0 ? activeK : selected >= 0 ? selected : (scene.byLane.find((l) => l.length > 0)?.[0] ?? -1);
  const focusBox = focusK >= 0 ? markBox(scene, g, win, focusK) : null;
  const selBox = selected >= 0 ? markBox(scene, g, win, selected) : null;
  const linkBox = selected >= 0 && scene.link[selected]! >= 0 ? markBox(scene, g, win, scene.link[selected]!) : null;

  // The overview spans the data and the window; memoised on its two numbers so its density is not redrawn
  // on every render (a hover re-renders the timeline).
  const fullStart = Math.min(fallback.start, win.start);
  const fullEnd = Math.max(fallback.end, win.end);
  const full = useMemo(() => ({ start: fullStart, end: fullEnd }), [fullStart, fullEnd]);
  return (
    <div className="timeline-wrap" ref={wrapRef}>
    <div className="timeline" ref={rootRef} dir="ltr" style={{ height: g.height }} data-renderer={canvas ? 'canvas' : 'svg'}>
      <Backdrop scene={scene} g={g} win={win} zone={zone} lang={lang} />
      {canvas ? (
        <CanvasMarks scene={scene} g={g} win={win} emphasis={p.emphasis ?? null} selected={selected} hovered={hovered?.k ?? -1} />
      ) : (
        <SvgMarks scene={scene} g={g} win={win} emphasis={p.emphasis ?? null} selected={selected} />
      )}
      <svg className="tl-front" width={g.width} height={g.height} aria-hidden="true">
        {selBox && <circle className="tl-selected" cx={selBox.x} cy={selBox.y} r={10} />}
        {linkBox && <circle className="tl-selected-link" cx={linkBox.x} cy={linkBox.y} r={10} />}
        {hovered && hovered.k >= 0 && <circle className="tl-hover" cx={markBox(scene, g, win, hovered.k).x} cy={markBox(scene, g, win, hovered.k).y} r={9} />}
      </svg>
      <div
        className="tl-surface"
        ref={surfaceRef}
        style={{ top: g.axisH, height: g.height - g.axisH }}
        onPointerMove={(e) => {
          const { x, y, k } = pointer(e);
          setHovered(k >= 0 ? { k, x, y } : null);
        }}
        onPointerLeave={() => setHovered(null)}
        onClick={(e) => {
          const { k } = pointer(e);
          p.onSelect(k >= 0 ? scene.key[k]! : null);
          if (k >= 0) setActive(scene.key[k]!);
        }}
      />
      {g.groupTop.length > 0 &&
        scene.groups.map((grp, gi) => {
          const folded = g.groupCollapsed[gi]!;
          return (
            <button
              key={grp.key}
              type="button"
              className="tl-group-toggle"
              style={{ top: g.groupTop[gi]!, height: g.groupH, [g.uiRtl ? 'right' : 'left']: 0 }}
              aria-expanded={!folded}
              aria-label={t.groupToggle(pick(grp.label, lang), folded)}
              onClick={() => p.onToggleGroup?.(grp.key)}
              lang={lang}
            >
              <span aria-hidden="true">{folded ? (g.uiRtl ? '◂' : '▸') : '▾'}</span> {pick(grp.label, lang)}
            </button>
          );
        })}
      {focusBox && focusK >= 0 && (
        <div
          key={scene.key[focusK]}
          ref={focusRef}
          className="tl-focus"
          role="button"
          tabIndex={0}
          aria-label={p.describe(focusK)}
          aria-pressed={focusK === selected}
          aria-describedby="tl-keys"
          data-key={scene.key[focusK]}
          style={{ left: focusBox.x - 10, top: focusBox.y - 10 }}
          onKeyDown={onKey}
          onFocus={() => setActive(scene.key[focusK]!)}
        />
      )}
      {wheelHint && (
        <div className="tl-hint" role="status">
          {t.wheelHint}
        </div>
      )}
      {hovered && hovered.k >= 0 && (
        <div className="tl-tooltip" role="tooltip" style={{ left: Math.min(hovered.x + 12, g.width - 260), top: hovered.y + 14 }} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
          {p.describe(hovered.k)}
        </div>
      )}
      <p id="tl-keys" className="visually-hidden">
        {t.keyboardHelp}
      </p>
      <div className="visually-hidden" aria-live="polite">
        {announce}
      </div>
    </div>
    {p.overview && (
      <Overview scene={scene} g={g} full={full} win={win} onWindow={(w) => p.onWindow(clampWindow(w))} label={t.overview} valueText={`${t.visibleWindow}: ${formatInterval({ start: isoUtc(win.start), end: isoUtc(win.end) }, zone, LOCALE[lang])}`} />
    )}
    </div>
  );
}

