// The actor graph embed as the server sends it: the seeded layout computed here, drawn by the same SVG
// renderer as the explorer at three widths (the frame's width picks one, by a media query), labels placed
// most-connected first without overlaps, and every node as a line of the list below: the keyboard's and the
// screen reader's way in, and what the island (public/embed-island.js) reads to show a selection.
import { ARABIC, SvgGraph, fitTransform, labelOf, textWidth } from '@/components/graph/GraphSvg';
import { GraphLegend } from '@/components/graph/GraphLegend';
import type { Graph } from '@/lib/graph/build';
import { degree } from '@/lib/graph/query';
import { placeGraphLabels } from '@/lib/layout/graph-labels';
import type { GraphScene } from '@/lib/layout/graph-scene';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';

export const GRAPH_WIDTHS = [360, 600, 960] as const;
const heightFor = (w: number) => Math.round(Math.min(560, Math.max(300, w * 0.62)));

export function LightGraph({
  graph,
  sc,
  lang,
  title,
  selected = null,
  widths = GRAPH_WIDTHS,
}: {
  graph: Graph;
  sc: GraphScene;
  lang: UiLang;
  title: string;
  /** The view's selected node, selected when the embed opens. */
  selected?: string | null;
  /** The widths drawn (the light embed's stylesheet shows the one that fits; a page without it draws one). */
  widths?: readonly number[];
}) {
  const t = MESSAGES[lang];
  const deg = degree(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const all = () => true;
  const one = () => 1;
  const edgeAlpha = () => 0.85;
  // Each node's links in words, for its line of the list.
  const lines = new Map<string, string[]>();
  for (const e of graph.edges) {
    const rel = e.kind === 'statement' ? t.stanceName[e.label as keyof typeof t.stanceName] : (t.relation[e.label] ?? e.label);
    const line = t.edgeLine(labelOf(byId.get(e.source)!, lang), rel, labelOf(byId.get(e.target)!, lang), e.count);
    for (const id of [e.source, e.target]) lines.set(id, [...(lines.get(id) ?? []), line]);
  }
  const order = [...graph.nodes].sort((a, b) => (deg.get(b.id) ?? 0) - (deg.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  return (
    <>
      {widths.map((w) => {
        const h = heightFor(w);
        const tf = fitTransform(sc, w, h);
        const labels = placeGraphLabels(
          sc.ids.map((id, i) => {
            const [x, y] = tf.apply([sc.x[i]!, sc.y[i]!]);
            const text = labelOf(byId.get(id)!, lang);
            return { id, x, y, r: sc.r[i]! * tf.k, w: textWidth(text), h: 15, priority: deg.get(id) ?? 0 };
          }),
          { rtl: lang === 'ar', bounds: { width: w, height: h } },
        );
        return (
          <div key={w} className={`lt lt-${w} lt-graph`} data-width={w} dir="ltr">
            <svg className="lt-svg" viewBox={`0 0 ${w} ${h}`} role="img" aria-label={title}>
              <SvgGraph sc={sc} tf={tf} width={w} height={h} edgeShown={all} edgeAlpha={edgeAlpha} nodeAlpha={one} selected={null} focusSet={null} labels={labels} byId={byId} lang={lang} pins={new Map()} />
            </svg>
          </div>
        );
      })}
      <GraphLegend lang={lang} />
      <p className="lt-detail" id="lt-detail" aria-live="polite" hidden data-selected={selected && byId.has(selected) ? selected : undefined} />
      <details className="lt-list">
        <summary>{t.embedNodes(order.length)}</summary>
        <ol>
          {order.map((n) => (
            <li key={n.id}>
              <button type="button" className="lt-item" data-key={n.id} dir="auto">
                {t.nodeLine(labelOf(n, lang), t.nodeKind[n.kind] ?? n.kind, deg.get(n.id) ?? 0)}
              </button>
              {(lines.get(n.id) ?? []).length > 0 && (
                <span className="lt-links" dir={ARABIC.test(lines.get(n.id)!.join('')) && lang === 'ar' ? 'rtl' : 'auto'}>
                  {lines.get(n.id)!.join('; ')}
                </span>
              )}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
