// A still of a view too large to draw mark by mark (images, light embeds): the corpus overview's chart of
// counts by lane and time, or its folded actor graph, headed by what it counts, so a reader knows it aggregates.
import { DensityChart } from '@/components/corpus/DensityChart';
import { html } from '@/lib/export/timelinejs';
import type { Overview } from '@/lib/query/overview';
import type { ViewState } from '@/lib/url/view-state';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { staticMarkup } from './static-markup';
import { LightGraph } from './LightGraph';
import { layoutGraph } from '@/lib/layout/force';
import { graphScene } from '@/lib/layout/graph-scene';

/** What the still counts, in the UI language. */
export const densityCaption = (o: Overview, lang: ViewState['lang']) => `${CORPUS_MESSAGES[lang].inView(o.total, o.documents)}. ${CORPUS_MESSAGES[lang].density}.`;

/** The chart as markup (a figure holding the SVG and its caption). */
export const densityMarkup = (o: Overview, state: ViewState, width: number) =>
  staticMarkup(
    <div className="embed-density">
      <p className="embed-caption">{densityCaption(o, state.lang)}</p>
      <DensityChart o={o} lang={state.lang} zone={state.zone ?? 'UTC'} mirrored={state.rtl} width={width} selected={null} />
    </div>,
  );

/** The chart as a standalone SVG image, its caption as the first line of text. */
export async function densitySvg(o: Overview, state: ViewState, width: number): Promise<string> {
  const chart = await staticMarkup(<DensityChart o={o} lang={state.lang} zone={state.zone ?? 'UTC'} mirrored={state.rtl} width={width} selected={null} />);
  const inner = chart.slice(chart.indexOf('<svg'), chart.lastIndexOf('</svg>') + 6);
  const height = Number(inner.match(/height="(\d+)"/)?.[1] ?? 400);
  const caption = html(densityCaption(o, state.lang));
  const body = inner.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height + 28}" viewBox="0 0 ${width} ${height + 28}" font-family="sans-serif"><text x="${dir === 'rtl' ? width - 6 : 6}" y="18" font-size="13" direction="${dir}">${caption}</text><g transform="translate(0 28)">${body}</g></svg>`;
}

/** The actor graph of a view too large to draw whole: folded to its busiest actors, the others counted as
 *  "Others" per side, headed by what it folds; the seeded layout and the renderer of the light graph embed. */
export function FoldedGraphStill({ o, lang, title, fallback, widths }: { o: Overview; lang: ViewState['lang']; title: string; fallback: string; widths?: readonly number[] }) {
  if (!o.graph.nodes.length) return <p className="empty">{fallback}</p>;
  const pos = new Map(layoutGraph(o.graph).map((q) => [q.id, { x: q.x, y: q.y }]));
  const c = CORPUS_MESSAGES[lang];
  return (
    <div className="embed-density">
      <p className="embed-caption">{`${c.inView(o.total, o.documents)}. ${c.graphFolded(o.graph.folded)}`}</p>
      <LightGraph graph={o.graph} sc={graphScene(o.graph, pos)} lang={lang} title={title} widths={widths} />
    </div>
  );
}
