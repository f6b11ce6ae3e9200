// A still of a view too large to draw mark by mark (images, light embeds): the corpus overview's chart of
// counts by lane and time, headed by what it counts, so a reader knows it aggregates.
import { DensityChart } from '@/components/corpus/DensityChart';
import { html } from '@/lib/export/timelinejs';
import type { Overview } from '@/lib/query/overview';
import type { ViewState } from '@/lib/url/view-state';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { staticMarkup } from './static-markup';

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
