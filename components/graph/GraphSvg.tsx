// The actor graph as SVG, and what both renderers share: label metrics, the fitted transform, the drawing
// arguments. No hooks and no browser API at import: the explorer's GraphView renders it for ordinary sizes,
// and the server renders it for the embed (/embed/graph).
import { zoomIdentity, type ZoomTransform } from 'd3';
import type { GraphNode } from '@/lib/graph/build';
import type { PlacedLabel } from '@/lib/layout/graph-labels';
import { NODE_STYLE, controlPoint, edgeStyle, type GraphScene } from '@/lib/layout/graph-scene';
import { glyph, strokedShape, type PathSink } from '@/lib/layout/style';
import { pick, type UiLang } from '@/lib/view/i18n';

export const LABEL_FONT_PX = 12;
export const LABEL_FONT = `${LABEL_FONT_PX}px system-ui, 'Noto Naskh Arabic', sans-serif`;
export const SELECT_INK = '#0b57d0';

/** A d3-path-like sink that writes SVG path data. */
class SvgPath implements PathSink {
  d = '';
  moveTo(x: number, y: number) {
    this.d += `M${x.toFixed(1)},${y.toFixed(1)}`;
  }
  lineTo(x: number, y: number) {
    this.d += `L${x.toFixed(1)},${y.toFixed(1)}`;
  }
  closePath() {
    this.d += 'Z';
  }
  arc(x: number, y: number, r: number) {
    // A full circle as two half arcs (the only arc glyph() draws).
    this.d += `M${(x + r).toFixed(1)},${y.toFixed(1)}A${r.toFixed(1)},${r.toFixed(1)} 0 1,1 ${(x - r).toFixed(1)},${y.toFixed(1)}A${r.toFixed(1)},${r.toFixed(1)} 0 1,1 ${(x + r).toFixed(1)},${y.toFixed(1)}`;
  }
}

let measureCtx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** Label width in pixels: measured once per string with the label font (estimated where there is no canvas). */
export function textWidth(s: string): number {
  const hit = widths.get(s);
  if (hit !== undefined) return hit;
  if (measureCtx === undefined) {
    try {
      measureCtx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      measureCtx = null;
    }
    if (measureCtx) measureCtx.font = LABEL_FONT;
  }
  const w = measureCtx ? measureCtx.measureText(s).width : s.length * LABEL_FONT_PX * 0.58;
  widths.set(s, w);
  return w;
}

export const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
export const labelOf = (n: GraphNode, lang: UiLang) => pick(n.label, lang);

/** The transform that shows every node, with a margin, at most at 1.5×. */
export function fitTransform(sc: GraphScene, width: number, height: number): ZoomTransform {
  if (!sc.ids.length) return zoomIdentity;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < sc.ids.length; i++) {
    x0 = Math.min(x0, sc.x[i]! - sc.r[i]!);
    x1 = Math.max(x1, sc.x[i]! + sc.r[i]!);
    y0 = Math.min(y0, sc.y[i]! - sc.r[i]!);
    y1 = Math.max(y1, sc.y[i]! + sc.r[i]!);
  }
  const pad = 40;
  const k = Math.min(1.5, (width - 2 * pad) / Math.max(1, x1 - x0), (height - 2 * pad) / Math.max(1, y1 - y0));
  return zoomIdentity.translate(width / 2 - (k * (x0 + x1)) / 2, height / 2 - (k * (y0 + y1)) / 2).scale(k);
}

export interface DrawArgs {
  tf: ZoomTransform;
  width: number;
  height: number;
  edgeShown: (id: string) => boolean;
  edgeAlpha: (id: string) => number;
  nodeAlpha: (id: string) => number;
  selected: string | null;
  focusSet: { nodes: Set<string>; edges: Set<string> } | null;
  labels: PlacedLabel[];
  byId: Map<string, GraphNode>;
  lang: UiLang;
}

export function SvgGraph({ sc, tf, width, height, edgeShown, edgeAlpha, nodeAlpha, selected, focusSet, labels, byId, lang, pins }: DrawArgs & { sc: GraphScene; pins: ReadonlyMap<string, unknown> }) {
  return (
    <svg width={width} height={height} className="graph-svg" aria-hidden="true">
      <g transform={`translate(${tf.x},${tf.y}) scale(${tf.k})`}>
        {sc.edges.map((e) => {
          if (!edgeShown(e.id)) return null;
          const [x0, y0, x1, y1] = [sc.x[e.s]!, sc.y[e.s]!, sc.x[e.t]!, sc.y[e.t]!];
          const [cx, cy] = controlPoint(x0, y0, x1, y1, e.bend);
          const [kind, label = ''] = e.style.split(':') as [Parameters<typeof edgeStyle>[0], string?];
          const st = edgeStyle(kind, label);
          const on = e.id === selected || (focusSet?.edges.has(e.id) ?? false);
          return (
            <path
              key={e.id}
              className="graph-edge"
              data-id={e.id}
              data-ends={`${sc.ids[e.s]} ${sc.ids[e.t]}`}
              d={`M${x0.toFixed(1)},${y0.toFixed(1)}Q${cx.toFixed(1)},${cy.toFixed(1)} ${x1.toFixed(1)},${y1.toFixed(1)}`}
              fill="none"
              stroke={e.id === selected ? SELECT_INK : st.color}
              strokeWidth={on ? e.width + 1.5 : e.width}
              strokeDasharray={st.dash.length ? st.dash.join(' ') : undefined}
              strokeOpacity={edgeAlpha(e.id)}
              vectorEffect="non-scaling-stroke"
            />
          );
        })}
        {sc.ids.map((id, i) => {
          const n = byId.get(id)!;
          const st = NODE_STYLE[n.kind];
          const path = new SvgPath();
          glyph(path, st.shape, sc.x[i]!, sc.y[i]!, sc.r[i]!);
          const stroked = strokedShape(st.shape);
          return (
            <g key={id} className={`graph-node${id === selected ? ' selected' : ''}${pins.has(id) ? ' pinned' : ''}`} data-id={id} opacity={nodeAlpha(id)}>
              {id === selected && <circle cx={sc.x[i]} cy={sc.y[i]} r={sc.r[i]! + 5} className="graph-selected" vectorEffect="non-scaling-stroke" />}
              <path d={path.d} fill={stroked ? '#fff' : st.color} stroke={stroked ? st.color : '#fff'} strokeWidth={stroked ? 2.5 : 1} vectorEffect="non-scaling-stroke" />
            </g>
          );
        })}
      </g>
      {labels.map((l) => {
        const text = labelOf(byId.get(l.id)!, lang);
        const rtl = ARABIC.test(text);
        return (
          <text key={l.id} className="graph-label" x={l.x + l.w / 2} y={l.y + l.h / 2} textAnchor="middle" dominantBaseline="central" direction={rtl ? 'rtl' : 'ltr'} opacity={nodeAlpha(l.id)}>
            {text}
          </text>
        );
      })}
    </svg>
  );
}

