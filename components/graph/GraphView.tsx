'use client';
// The actor graph, drawn. A seeded force layout at rest (lib/layout/force), SVG for ordinary sizes and one
// canvas with a quadtree for large graphs, the same hit-testing, focus and labels for both. d3-zoom is the
// input device for zoom and pan (Ctrl/⌘ + wheel or pinch zooms, a drag on the background pans); dragging a
// node pins it where it is dropped, a double-click unpins it. The view state that matters to other views
// (the selection) goes up through onSelect; pins and the zoom stay here.
import { quadtree, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { Graph, GraphNode } from '@/lib/graph/build';
import { degree, type Active } from '@/lib/graph/query';
import { layoutGraph } from '@/lib/layout/force';
import { placeGraphLabels, type PlacedLabel } from '@/lib/layout/graph-labels';
import { NODE_STYLE, controlPoint, distanceToEdge, edgeStyle, graphScene, nearestInDirection, type Direction, type GraphScene } from '@/lib/layout/graph-scene';
import { glyph, strokedShape } from '@/lib/layout/style';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';
import { ARABIC, type DrawArgs, LABEL_FONT, LABEL_FONT_PX, SELECT_INK, SvgGraph, fitTransform, labelOf, textWidth } from './GraphSvg';

/** Above this many nodes the graph is drawn on canvas. */
export const SVG_MAX_NODES = 300;
const DASH_MAX_EDGES = 1500;

export interface GraphHandle {
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  /** Moves a node by screen pixels as a drag would (pinning it); the bench drives drags through this. */
  dragBy(id: string, dx: number, dy: number): void;
  dragEnd(): void;
  fit(): void;
  unpinAll(): void;
  transform(): { k: number; x: number; y: number };
  positions(): Map<string, { x: number; y: number }>;
}

export interface GraphViewProps {
  graph: Graph;
  lang: UiLang;
  /** Selected node or edge id. */
  selected: string | null;
  onSelect: (id: string | null) => void;
  /** Edges and nodes a timeline selection stands behind. */
  lit?: { edges: Set<string>; nodes: Set<string> } | null;
  /** What is active in the time window (null: everything). */
  active?: Active | null;
  width: number;
  height: number;
  renderer?: 'auto' | 'svg' | 'canvas';
  seed?: number;
  handleRef?: Ref<GraphHandle>;
  /** Called with the layout's cost once it is computed (the bench reads it). */
  onLayout?: (ms: number) => void;
}

export function GraphView(p: GraphViewProps) {
  const { graph, lang, selected, onSelect, lit = null, active = null, width, height, renderer = 'auto', seed, handleRef, onLayout } = p;
  const t = MESSAGES[lang];
  const base = useMemo(() => {
    const t0 = performance.now();
    const placed = layoutGraph(graph, seed === undefined ? {} : { seed });
    const ms = performance.now() - t0;
    return { pos: new Map(placed.map((q) => [q.id, { x: q.x, y: q.y }])), ms };
  }, [graph, seed]);
  useEffect(() => onLayout?.(base.ms), [base, onLayout]);
  const [pins, setPins] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const pos = useMemo(() => {
    if (!pins.size) return base.pos;
    const m = new Map(base.pos);
    for (const [id, q] of pins) if (m.has(id)) m.set(id, q);
    return m;
  }, [base, pins]);
  const sc = useMemo(() => graphScene(graph, pos), [graph, pos]);
  const deg = useMemo(() => degree(graph), [graph]);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const edgeById = useMemo(() => new Map(graph.edges.map((e) => [e.id, e])), [graph]);
  const tree = useMemo(
    () =>
      quadtree<number>()
        .x((i) => sc.x[i]!)
        .y((i) => sc.y[i]!)
        .addAll(sc.ids.map((_, i) => i)),
    [sc],
  );
  const maxR = useMemo(() => sc.r.reduce((a, b) => Math.max(a, b), 0), [sc]);
  const useCanvas = renderer === 'canvas' || (renderer === 'auto' && sc.ids.length > SVG_MAX_NODES);

  // Zoom: d3-zoom keeps the transform; React gets it once per frame.
  const surface = useRef<HTMLDivElement>(null);
  const zoomer = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const [tf, setTf] = useState<ZoomTransform>(zoomIdentity);
  const tfRef = useRef(tf);
  tfRef.current = tf;
  const frame = useRef(0);
  const pending = useRef<ZoomTransform | null>(null);
  /** Set while a jump (fit, reset) hands d3-zoom its transform. */
  const jumping = useRef(false);
  /** The transform a fit is about to render at: the canvas skips the render before it. */
  const fitting = useRef<ZoomTransform | null>(null);
  const live = useRef({ sc, tree, maxR });
  live.current = { sc, tree, maxR };
  const movedRef = useRef<() => void>(() => {});

  const nodeAt = useCallback((clientX: number, clientY: number): number => {
    const el = surface.current;
    if (!el) return -1;
    const r = el.getBoundingClientRect();
    const [gx, gy] = tfRef.current.invert([clientX - r.left, clientY - r.top]);
    const { sc: s, tree: q, maxR: m } = live.current;
    const i = q.find(gx, gy, m + 4 / tfRef.current.k);
    if (i === undefined) return -1;
    return Math.hypot(s.x[i]! - gx, s.y[i]! - gy) <= s.r[i]! + 4 / tfRef.current.k ? i : -1;
  }, []);

  useEffect(() => {
    const el = surface.current;
    if (!el) return;
    const z = zoom<HTMLDivElement, unknown>()
      .scaleExtent([0.02, 12])
      .filter((e: Event) => {
        if (e.type === 'wheel') return (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey;
        if (e.type === 'dblclick') return false;
        if (e.type === 'mousedown') return (e as MouseEvent).button === 0 && nodeAt((e as MouseEvent).clientX, (e as MouseEvent).clientY) < 0;
        if (e.type === 'touchstart') return (e as TouchEvent).touches.length === 2;
        return true;
      })
      .on('zoom', (e: { transform: ZoomTransform }) => {
        if (jumping.current) return; // a jump (fit) sets its transform itself and is not a movement
        pending.current = e.transform;
        movedRef.current();
        if (frame.current) return;
        frame.current = requestAnimationFrame(() => {
          frame.current = 0;
          const next = pending.current;
          if (next) flushSync(() => setTf(next));
        });
      });
    zoomer.current = z;
    select(el).call(z);
    return () => {
      select(el).on('.zoom', null);
      cancelAnimationFrame(frame.current);
    };
  }, [nodeAt]);

  // d3-zoom keeps its own transform: a jump tells it, without the zoom event that marks a movement.
  const jump = useCallback((next: ZoomTransform) => {
    const el = surface.current;
    if (!el || !zoomer.current) return;
    jumping.current = true;
    try {
      select(el).call(zoomer.current.transform, next);
    } finally {
      jumping.current = false;
    }
  }, []);
  const applyTransform = useCallback(
    (next: ZoomTransform) => {
      jump(next);
      setTf(next);
    },
    [jump],
  );

  // A new graph (another filter, another corpus) or a new size is fitted to the view.
  const fitted = useRef<{ graph: Graph; width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const f0 = fitted.current;
    if (f0 && f0.graph === graph && f0.width === width && f0.height === height) return;
    fitted.current = { graph, width, height };
    const f = fitTransform(sc, width, height);
    jump(f);
    setTf(f);
    fitting.current = f;
  }, [graph, sc, width, height, jump]);

  // While the view moves (zoom, pan, a drag), a large graph leaves its labels out: placing thousands of
  // them per frame costs more than the frame. They come back 200 ms after the last move, at rest.
  const [moving, setMoving] = useState(false);
  const restTimer = useRef(0);
  const moved = useCallback(() => {
    setMoving(true);
    window.clearTimeout(restTimer.current);
    restTimer.current = window.setTimeout(() => setMoving(false), 200);
  }, []);
  // A drag moves its node in place (scene arrays and quadtree), one redraw per frame; the pin is committed
  // to state, which rebuilds the scene, when the drag ends.
  const [redrawn, setRedraw] = useState(0);
  const dragPins = useRef(new Map<string, { x: number; y: number }>());
  const moveNode = useCallback(
    (i: number, x: number, y: number) => {
      const { sc: s, tree: q } = live.current;
      q.remove(i);
      s.x[i] = x;
      s.y[i] = y;
      q.add(i);
      dragPins.current.set(s.ids[i]!, { x, y });
      moved();
      setRedraw((n) => n + 1);
    },
    [moved],
  );
  const endDrag = useCallback(() => {
    if (!dragPins.current.size) return;
    const done = dragPins.current;
    dragPins.current = new Map();
    setPins((old) => new Map([...old, ...done]));
  }, []);
  movedRef.current = moved;
  const [focus, setFocus] = useState(-1);
  const [hover, setHover] = useState<{ kind: 'node' | 'edge'; id: string; x: number; y: number } | null>(null);
  const focusEl = useRef<HTMLButtonElement>(null);
  const movedFocus = useRef(false);

  const pin = useCallback((id: string, q: { x: number; y: number } | null) => {
    setPins((old) => {
      const m = new Map(old);
      if (q) m.set(id, q);
      else m.delete(id);
      return m;
    });
  }, []);

  useImperativeHandle(
    handleRef,
    () => ({
      zoomBy: (f) => {
        const el = surface.current;
        if (el && zoomer.current) zoomer.current.scaleBy(select(el), f, [width / 2, height / 2]);
      },
      panBy: (dx, dy) => {
        const el = surface.current;
        if (el && zoomer.current) zoomer.current.translateBy(select(el), dx / tfRef.current.k, dy / tfRef.current.k);
      },
      dragBy: (id, dx, dy) => {
        const i = live.current.sc.index.get(id);
        if (i === undefined) return;
        const k = tfRef.current.k;
        moveNode(i, live.current.sc.x[i]! + dx / k, live.current.sc.y[i]! + dy / k);
      },
      dragEnd: endDrag,
      fit: () => applyTransform(fitTransform(live.current.sc, width, height)),
      unpinAll: () => setPins(new Map()),
      transform: () => ({ k: tfRef.current.k, x: tfRef.current.x, y: tfRef.current.y }),
      positions: () => new Map(live.current.sc.ids.map((id, i) => [id, { x: live.current.sc.x[i]!, y: live.current.sc.y[i]! }])),
    }),
    [width, height, applyTransform, moveNode, endDrag],
  );

  // What to emphasise: the selection and its neighbourhood; what the timeline selection stands behind.
  const sel = useMemo(() => {
    if (!selected) return null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const e = edgeById.get(selected);
    if (e) {
      edges.add(e.id);
      nodes.add(e.source);
      nodes.add(e.target);
    } else if (byId.has(selected)) {
      nodes.add(selected);
      for (const x of graph.edges)
        if (x.source === selected || x.target === selected) {
          edges.add(x.id);
          nodes.add(x.source);
          nodes.add(x.target);
        }
    } else return null;
    return { nodes, edges };
  }, [selected, graph, byId, edgeById]);
  const focusSet = sel ?? (lit && lit.edges.size ? lit : null);
  const nodeAlpha = (id: string) => (active && !active.nodes.has(id) ? 0.15 : focusSet && !focusSet.nodes.has(id) ? 0.3 : 1);
  const edgeShown = (id: string) => !active || active.edges.has(id);
  const edgeAlpha = (id: string) => (focusSet && !focusSet.edges.has(id) ? 0.15 : 0.85);

  // Labels at rest: screen space, most connected (and the selection) first, never overlapping.
  // Label widths are measured by the browser's canvas (the server can only estimate them), so labels wait for
  // the first render after hydration: the server's HTML and the hydrating render must be the same.
  const [measurable, setMeasurable] = useState(false);
  useEffect(() => setMeasurable(true), []);
  const quiet = measurable && (!moving || !useCanvas);
  const labels = useMemo<PlacedLabel[]>(() => {
    if (!quiet) return [];
    const reqs = [];
    for (let i = 0; i < sc.ids.length; i++) {
      const id = sc.ids[i]!;
      if (active && !active.nodes.has(id)) continue;
      const [x, y] = tf.apply([sc.x[i]!, sc.y[i]!]);
      if (x < -50 || y < -50 || x > width + 50 || y > height + 50) continue;
      const text = labelOf(byId.get(id)!, lang);
      const boost = id === selected || focusSet?.nodes.has(id) ? 1000 : 0;
      // The selection ring is 5 px outside the node: its label keeps clear of the ring too.
      reqs.push({ id, x, y, r: sc.r[i]! * tf.k + (id === selected ? 6 : 0), w: textWidth(text), h: LABEL_FONT_PX + 3, priority: boost + (deg.get(id) ?? 0) });
      if (reqs.length > 3000) break;
    }
    return placeGraphLabels(reqs, { rtl: lang === 'ar', bounds: { width, height } });
  }, [quiet, sc, tf, width, height, active, byId, lang, selected, focusSet, deg]);

  // Canvas: one redraw per change, batched by style.
  const canvas = useRef<HTMLCanvasElement>(null);
  // The last full drawing, kept as a bitmap with the transform it was drawn at. While the view moves, a frame
  // is that bitmap scaled and shifted (one blit, whatever the graph's size), plus, during a drag, the dragged
  // node and its links drawn live over a second bitmap that leaves them out. That second bitmap costs one full
  // drawing, so it is prepared in idle time for the node under the pointer, before a drag can start. At rest
  // the graph is drawn in full again, and only when something drawn has changed (a hover alone redraws nothing).
  type Kept = { canvas: HTMLCanvasElement; tf: ZoomTransform; content: unknown[]; without: number; dashes: boolean };
  const whole = useRef<Kept | null>(null);
  const partial = useRef<Kept | null>(null);
  const prepare = useRef<(i: number) => void>(() => {});
  const drawn = useRef<{ labels: PlacedLabel[] | null; redrawn: number }>({ labels: null, redrawn: -1 });
  const dragging = dragPins.current.size > 0 ? (sc.index.get([...dragPins.current.keys()].at(-1)!) ?? -1) : -1;
  useLayoutEffect(() => {
    if (!useCanvas) return;
    if (fitting.current) {
      if (fitting.current !== tf) return;
      fitting.current = null;
    }
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    if (c.width !== Math.round(width * dpr) || c.height !== Math.round(height * dpr)) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
    }
    const t0 = performance.now();
    const args = { dpr, tf, width, height, edgeShown, edgeAlpha, nodeAlpha, selected, focusSet, labels, byId, lang };
    const content = [sc, active, selected, focusSet, lang, width, height, dpr];
    const same = (x: unknown[]) => x.length === content.length && x.every((v, i) => v === content[i]);
    const without = (i: number): Kept => {
      const k: Kept = { canvas: partial.current?.canvas ?? document.createElement('canvas'), tf, content, without: i, dashes: false };
      k.canvas.width = c.width;
      k.canvas.height = c.height;
      const k2 = k.canvas.getContext('2d');
      if (k2) k.dashes = drawCanvas(k2, sc, { ...args, without: i }).dashes;
      return (partial.current = k);
    };
    prepare.current = (i) => {
      const p = partial.current;
      if (p && p.without === i && same(p.content)) return;
      // Rasterised now (the software canvas defers its drawing until it is read), not in the drag's first frame.
      without(i).canvas.getContext('2d')?.getImageData(0, 0, 1, 1);
    };
    const kept = moving && dragging >= 0 ? (partial.current?.without === dragging && same(partial.current.content) ? partial.current : without(dragging)) : whole.current;
    if (moving && kept && same(kept.content)) {
      const f = tf.k / kept.tf.k;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, c.width, c.height);
      // Unscaled (a drag, a pan) the blit is a plain copy; scaled, the cheapest filter: the view is moving.
      ctx.imageSmoothingEnabled = f !== 1;
      ctx.imageSmoothingQuality = 'low';
      ctx.drawImage(kept.canvas, dpr * (tf.x - kept.tf.x * f), dpr * (tf.y - kept.tf.y * f), c.width * f, c.height * f);
      ctx.imageSmoothingEnabled = true;
      // The dragged node's links are dashed only if the drawing under them is (dashes are what the software
      // rasteriser is slowest at: a hub's few hundred dashed links cost a frame of their own).
      if (dragging >= 0) drawCanvas(ctx, sc, { ...args, only: dragging, keep: true, dashes: kept.dashes });
    } else {
      const w = whole.current;
      // (`redrawn` counts nodes moved in place: a drag that paused long enough to come to rest.)
      if (w && !moving && same(w.content) && w.tf === tf && drawn.current.labels === labels && drawn.current.redrawn === redrawn) return;
      const { dashes } = drawCanvas(ctx, sc, args);
      const copy = w?.canvas ?? document.createElement('canvas');
      copy.width = c.width;
      copy.height = c.height;
      copy.getContext('2d')?.drawImage(c, 0, 0);
      whole.current = { canvas: copy, tf, content, without: -1, dashes };
      drawn.current = { labels, redrawn };
    }
    performance.measure('dateline:graph-draw', { start: t0, end: performance.now() });
  });
  // The node under the pointer gets its drag bitmap in idle time (a press may follow).
  useEffect(() => {
    if (!useCanvas || hover?.kind !== 'node') return;
    const i = sc.index.get(hover.id);
    if (i === undefined) return;
    const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const h = idle(() => prepare.current(i), { timeout: 300 });
    return () => cancel(h);
  }, [useCanvas, hover?.kind, hover?.id, sc]);

  // Pointer: drag a node to pin it, click to select, double-click to unpin; hover shows a tooltip.
  const drag = useRef<{ i: number; x: number; y: number; moved: boolean } | null>(null);
  const down = useRef<{ x: number; y: number } | null>(null);
  const edgeAt = (clientX: number, clientY: number): string | null => {
    const el = surface.current;
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const [gx, gy] = tf.invert([clientX - r.left, clientY - r.top]);
    let best: string | null = null;
    let bestD = 5 / tf.k;
    for (const e of sc.edges) {
      if (!edgeShown(e.id)) continue;
      const d = distanceToEdge(sc, e, gx, gy);
      if (d < bestD) {
        bestD = d;
        best = e.id;
      }
    }
    return best;
  };
  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    down.current = { x: e.clientX, y: e.clientY };
    const i = nodeAt(e.clientX, e.clientY);
    if (i < 0 || e.button !== 0) return;
    drag.current = { i, x: e.clientX, y: e.clientY, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (d) {
      if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 3) return;
      d.moved = true;
      const el = surface.current!;
      const r = el.getBoundingClientRect();
      const [gx, gy] = tf.invert([e.clientX - r.left, e.clientY - r.top]);
      moveNode(d.i, gx, gy);
      return;
    }
    const i = nodeAt(e.clientX, e.clientY);
    const r = surface.current!.getBoundingClientRect();
    const at = { x: e.clientX - r.left, y: e.clientY - r.top };
    if (i >= 0) setHover({ kind: 'node', id: sc.ids[i]!, ...at });
    else {
      const edge = sc.edges.length <= 3000 ? edgeAt(e.clientX, e.clientY) : null;
      setHover(edge ? { kind: 'edge', id: edge, ...at } : null);
    }
  };
  const onPointerUp = (e: React.PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    const start = down.current;
    down.current = null;
    if (d) {
      endDrag();
      if (!d.moved) {
        const id = sc.ids[d.i]!;
        onSelect(selected === id ? null : id);
        setFocus(d.i);
      }
      return;
    }
    if (!start || Math.hypot(e.clientX - start.x, e.clientY - start.y) >= 3) return; // a pan, not a click
    const edge = edgeAt(e.clientX, e.clientY);
    onSelect(edge && edge !== selected ? edge : null);
  };
  const onDoubleClick = (e: React.MouseEvent<HTMLDivElement>) => {
    const i = nodeAt(e.clientX, e.clientY);
    if (i >= 0) pin(sc.ids[i]!, null);
  };

  // Keyboard: one focus element follows the active node (re-created per node so it is announced).
  const describeNode = (i: number) => {
    const id = sc.ids[i]!;
    const n = byId.get(id)!;
    return `${t.nodeLine(labelOf(n, lang), t.nodeKind[n.kind] ?? n.kind, deg.get(id) ?? 0)}${pins.has(id) ? `${t.comma} ${t.pinned}` : ''}`;
  };
  const visible = (i: number) => !active || active.nodes.has(sc.ids[i]!);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const dirs: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const cur = focus >= 0 && focus < sc.ids.length ? focus : -1;
    if (dirs[e.key]) {
      e.preventDefault();
      const next = nearestInDirection(sc, cur, dirs[e.key]!, visible);
      if (next >= 0) {
        movedFocus.current = true;
        setFocus(next);
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && cur >= 0) {
      e.preventDefault();
      const id = sc.ids[cur]!;
      onSelect(selected === id ? null : id);
    } else if (e.key === 'Escape') {
      onSelect(null);
    } else if ((e.key === 'u' || e.key === 'U') && cur >= 0) {
      pin(sc.ids[cur]!, null);
    } else if (e.key === '+' || e.key === '=') {
      zoomer.current?.scaleBy(select(surface.current!), 1.25, [width / 2, height / 2]);
    } else if (e.key === '-' || e.key === '_') {
      zoomer.current?.scaleBy(select(surface.current!), 0.8, [width / 2, height / 2]);
    } else if (e.key === '0') {
      applyTransform(fitTransform(sc, width, height));
    }
  };
  // The focus element moves to the new node and takes focus, so a screen reader reads it.
  useEffect(() => {
    if (movedFocus.current) {
      movedFocus.current = false;
      focusEl.current?.focus();
    }
  }, [focus]);
  const focusIndex = focus >= 0 && focus < sc.ids.length ? focus : selected && sc.index.has(selected) ? sc.index.get(selected)! : -1;
  const focusXY = focusIndex >= 0 ? tf.apply([sc.x[focusIndex]!, sc.y[focusIndex]!]) : null;

  const hoverText = (() => {
    if (!hover) return null;
    if (hover.kind === 'node') {
      const i = sc.index.get(hover.id);
      return i === undefined ? null : describeNode(i);
    }
    const e = edgeById.get(hover.id);
    if (!e) return null;
    const rel = e.kind === 'statement' ? t.stanceName[e.label as keyof typeof t.stanceName] : (t.relation[e.label] ?? e.label);
    return t.edgeLine(labelOf(byId.get(e.source)!, lang), rel, labelOf(byId.get(e.target)!, lang), e.count);
  })();

  return (
    <div className="graph" style={{ width, height }} data-renderer={useCanvas ? 'canvas' : 'svg'} data-nodes={sc.ids.length} onKeyDown={onKeyDown}>
      <div
        ref={surface}
        className="graph-surface"
        style={{ width, height }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setHover(null)}
        onDoubleClick={onDoubleClick}
      >
        {useCanvas ? (
          <canvas ref={canvas} style={{ width, height }} aria-hidden="true" />
        ) : (
          <SvgGraph sc={sc} tf={tf} width={width} height={height} edgeShown={edgeShown} edgeAlpha={edgeAlpha} nodeAlpha={nodeAlpha} selected={selected} focusSet={focusSet} labels={labels} byId={byId} lang={lang} pins={pins} />
        )}
      </div>
      <button
        key={focusIndex}
        ref={focusEl}
        type="button"
        className="graph-focus"
        style={focusXY ? { left: focusXY[0] - 12, top: focusXY[1] - 12 } : { left: 4, top: 4 }}
        aria-label={focusIndex >= 0 ? describeNode(focusIndex) : t.graphLabel}
        aria-pressed={focusIndex >= 0 ? sc.ids[focusIndex] === selected : undefined}
        onFocus={() => {
          if (focus < 0 && sc.ids.length) {
            const start = selected && sc.index.has(selected) ? sc.index.get(selected)! : [...sc.ids.keys()].sort((a, b) => (deg.get(sc.ids[b]!) ?? 0) - (deg.get(sc.ids[a]!) ?? 0))[0]!;
            setFocus(start);
          }
        }}
        onClick={() => focusIndex >= 0 && onSelect(sc.ids[focusIndex] === selected ? null : sc.ids[focusIndex]!)}
      />
      {hover && hoverText && (
        <div className="graph-tooltip" role="tooltip" style={{ left: Math.min(hover.x + 12, width - 240), top: hover.y + 12 }}>
          <bdi>{hoverText}</bdi>
        </div>
      )}
    </div>
  );
}

/**
 * The canvas renderer: edges batched per style, nodes per kind, labels last. `without` leaves one node and
 * its links out; `only` draws just them (over a kept bitmap: `keep` leaves the canvas uncleared, `dashes`
 * follows the bitmap). Answers whether edges were dashed.
 */
function drawCanvas(
  ctx: CanvasRenderingContext2D,
  sc: GraphScene,
  a: DrawArgs & { dpr: number; without?: number; only?: number; keep?: boolean; dashes?: boolean },
): { dashes: boolean } {
  const { tf, dpr } = a;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (!a.keep) ctx.clearRect(0, 0, a.width, a.height);
  ctx.setTransform(dpr * tf.k, 0, 0, dpr * tf.k, dpr * tf.x, dpr * tf.y);
  // Only what is on screen (plus a margin), in graph units.
  const [vx0, vy0] = tf.invert([-20, -20]);
  const [vx1, vy1] = tf.invert([a.width + 20, a.height + 20]);
  const only = a.only ?? -1;
  const without = a.without ?? -1;
  const onScreen = (i: number) => sc.x[i]! >= vx0 && sc.x[i]! <= vx1 && sc.y[i]! >= vy0 && sc.y[i]! <= vy1;
  const inView = (i: number) => (only < 0 || i === only) && i !== without && onScreen(i);
  const edgeWanted = (e: GraphScene['edges'][number]) => (only < 0 || e.s === only || e.t === only) && e.s !== without && e.t !== without;
  // Edges are grouped by style (one state change per group) but stroked one by one: Skia strokes a wide path
  // of thousands of segments as one outline, which costs about twice as much as stroking them singly.
  const batches = new Map<string, { edges: GraphScene['edges']; width: number; alpha: number; style: string }>();
  let drawn = 0;
  for (const e of sc.edges) {
    if (!a.edgeShown(e.id) || !edgeWanted(e) || (!onScreen(e.s) && !onScreen(e.t))) continue;
    drawn++;
    const alpha = a.edgeAlpha(e.id);
    const width = Math.round(e.width * 2) / 2;
    const key = `${e.style}|${width}|${alpha}|${e.id === a.selected ? 's' : ''}`;
    let b = batches.get(key);
    if (!b) batches.set(key, (b = { edges: [], width, alpha, style: e.style }));
    b.edges.push(e);
  }
  // Dashes are what the software rasteriser is slowest at: past DASH_MAX_EDGES edges in view, kinds are told
  // apart by ink alone until the view narrows.
  const dashes = a.dashes ?? drawn <= DASH_MAX_EDGES;
  for (const [key, b] of batches) {
    const [kind, label = ''] = b.style.split(':') as [Parameters<typeof edgeStyle>[0], string?];
    const st = edgeStyle(kind, label);
    ctx.globalAlpha = b.alpha;
    ctx.strokeStyle = key.endsWith('|s') ? SELECT_INK : st.color;
    ctx.lineWidth = b.width / tf.k;
    ctx.setLineDash(dashes ? st.dash.map((d) => d / tf.k) : []);
    for (const e of b.edges) {
      const [x0, y0, x1, y1] = [sc.x[e.s]!, sc.y[e.s]!, sc.x[e.t]!, sc.y[e.t]!];
      ctx.beginPath();
      ctx.moveTo(x0, y0);
      if (e.bend === 0) ctx.lineTo(x1, y1);
      else {
        const [cx, cy] = controlPoint(x0, y0, x1, y1, e.bend);
        ctx.quadraticCurveTo(cx, cy, x1, y1);
      }
      ctx.stroke();
    }
  }
  ctx.setLineDash([]);
  const nodes = new Map<string, { path: Path2D; kind: GraphNode['kind']; alpha: number }>();
  for (let i = 0; i < sc.ids.length; i++) {
    if (!inView(i)) continue;
    const alpha = a.nodeAlpha(sc.ids[i]!);
    const key = `${sc.kind[i]}|${alpha}`;
    let b = nodes.get(key);
    if (!b) nodes.set(key, (b = { path: new Path2D(), kind: sc.kind[i]!, alpha }));
    glyph(b.path, NODE_STYLE[sc.kind[i]!].shape, sc.x[i]!, sc.y[i]!, sc.r[i]!);
  }
  for (const b of nodes.values()) {
    const st = NODE_STYLE[b.kind];
    ctx.globalAlpha = b.alpha;
    if (strokedShape(st.shape)) {
      ctx.fillStyle = '#fff';
      ctx.fill(b.path);
      ctx.strokeStyle = st.color;
      ctx.lineWidth = 2.5 / tf.k;
      ctx.stroke(b.path);
    } else {
      ctx.fillStyle = st.color;
      ctx.fill(b.path);
    }
  }
  const si = a.selected ? sc.index.get(a.selected) : undefined;
  if (si !== undefined) {
    ctx.globalAlpha = 1;
    ctx.strokeStyle = SELECT_INK;
    ctx.lineWidth = 2.5 / tf.k;
    ctx.beginPath();
    ctx.arc(sc.x[si]!, sc.y[si]!, sc.r[si]! + 5 / tf.k, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  if (only >= 0) return { dashes };
  ctx.font = LABEL_FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1b1f24';
  for (const l of a.labels) {
    const text = labelOf(a.byId.get(l.id)!, a.lang);
    ctx.globalAlpha = a.nodeAlpha(l.id);
    ctx.direction = ARABIC.test(text) ? 'rtl' : 'ltr';
    ctx.fillText(text, l.x + l.w / 2, l.y + l.h / 2);
  }
  ctx.globalAlpha = 1;
  ctx.direction = 'inherit';
  return { dashes };
}
