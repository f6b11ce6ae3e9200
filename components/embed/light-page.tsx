// The HTML documents of /embed/timeline and /embed/graph: the chart rendered here to static markup (no React
// on the client), one stylesheet and one small script from this origin (public/embed.css, embed-island.js),
// and the oEmbed discovery link. The routes add the headers.
import type { ReactElement } from 'react';
import { staticMarkup } from './static-markup';
import { FoldedGraphStill, densityMarkup } from './density-still';
import type { Overview } from '@/lib/query/overview';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { LightFrame, LightTimeline } from '@/components/embed/LightTimeline';
import { LightGraph } from '@/components/embed/LightGraph';
import { LightCompare } from '@/components/embed/LightCompare';
import { comparedGroups } from '@/lib/view/compare';
import { buildGraph } from '@/lib/graph/build';
import { laneOrder, sceneFromRows } from '@/lib/layout/corpus-scene';
import { layoutGraph } from '@/lib/layout/force';
import { fitWindow } from '@/lib/layout/geometry';
import { graphScene } from '@/lib/layout/graph-scene';
import type { Extraction } from '@/lib/model/schema';
import { decodeView, encodeView } from '@/lib/url/view-state';
import { MESSAGES } from '@/lib/view/i18n';
import { describeMark } from '@/lib/view/marks';
import { actorLookup, filterRows, sourcesOf, statementRows } from '@/lib/view/rows';
import { embedOptions, embedSearch } from '@/lib/embed/protocol';
import { html } from '@/lib/export/timelinejs';

export type Chart = 'timeline' | 'graph' | 'compare';

/** Past these sizes a still page would be megabytes (or the layout seconds): the interactive embed is offered. */
export const LIGHT_MAX_MARKS = 3000;
export const LIGHT_MAX_NODES = 500;

/** The page around a light embed's body: head, title, oEmbed link, and the links to the live embed and explorer. */
function shell(chart: Chart, params: URLSearchParams, origin: string) {
  const { state } = decodeView(params);
  const options = embedOptions(params);
  const t = MESSAGES[state.lang];
  const view = embedSearch(params);
  const explorer = new URLSearchParams(view);
  for (const k of ['theme', 'title', 'caption', 'source']) explorer.delete(k);
  const self = `${origin}/embed/${chart}${params.size ? `?${params}` : ''}`;
  const liveHref = `/embed/${chart}/live${view.size ? `?${view}` : ''}`;
  const explorerHref = `/${explorer.size ? `?${explorer}` : ''}`;
  const title = options.title ?? (chart === 'timeline' ? t.embedTimeline : chart === 'graph' ? t.embedGraph : t.compare);
  const dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(title)}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="alternate" type="application/json+oembed" href="${html(`${origin}/api/oembed?format=json&url=${encodeURIComponent(self)}`)}" title="${html(title)}">`,
    '<link rel="icon" href="/icon.svg" type="image/svg+xml">',
    '<link rel="stylesheet" href="/embed.css">',
    '<script src="/embed-island.js" defer></script>',
  ].join('');
  const page = (body: string) => `<!doctype html><html lang="${state.lang}" dir="${dir}"><head>${head}</head><body><main>${body}</main></body></html>`;
  return { state, options, t, liveHref, explorerHref, title, page };
}

/**
 * A light embed of a view too large to draw mark by mark: the timeline as counts by lane and time, saying so;
 * the graph folded to its busiest actors (the rest as "Others" per side), saying so; the comparison says how to
 * narrow the view. Each links to the explorer.
 */
export async function lightOverviewHtml(chart: Chart, o: Overview, params: URLSearchParams, origin: string): Promise<string> {
  const { state, t, explorerHref, page } = shell(chart, params, origin);
  const open = `<a href="${html(explorerHref)}" target="_blank" rel="noopener">${html(t.embedOpen)}</a>`;
  if (chart === 'graph' && o.graph.nodes.length) return page(`<div class="embed">${await staticMarkup(<FoldedGraphStill o={o} lang={state.lang} title={t.graph} fallback="" />)}<p class="embed-caption">${open}</p></div>`);
  if (chart !== 'timeline') return page(`<div class="embed"><p class="empty">${html(CORPUS_MESSAGES[state.lang].embedNarrow(o.documents))} ${open}</p></div>`);
  return page(`<div class="embed">${await densityMarkup(o, state, 960)}<p class="embed-caption">${open}</p></div>`);
}

export async function lightEmbedHtml(chart: Chart, corpus: readonly Extraction[], params: URLSearchParams, origin: string): Promise<string> {
  const { state, options, t, liveHref, explorerHref, title, page } = shell(chart, params, origin);
  const xs = [...corpus];
  const lookup = actorLookup(xs);
  const rows = statementRows(xs, lookup);
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const shown = filterRows(rows, xs, state);
  const zone = state.zone ?? xs[0]?.document.timeZone ?? 'UTC';
  const tooMany = (n: number) => page(`<div class="embed"><p class="empty">${html(t.embedTooMany(n))} <a href="${html(liveHref)}">${html(t.embedZoom)}</a></p></div>`);

  // An embed of a document that was deleted says so, rather than showing an empty chart.
  const gone = state.docs.filter((d) => !xs.some((x) => x.document.id === d));
  if (gone.length) return page(`<div class="embed"><p class="empty">${html(t.embedGone(gone.join(', ')))}</p></div>`);

  const sources = sourcesOf(shown, xs, lookup, state.lang);
  const frame = (children: ReactElement) => (
    <LightFrame lang={state.lang} options={options} sources={sources} explorerHref={explorerHref} liveHref={liveHref}>
      {children}
    </LightFrame>
  );

  if (chart === 'compare') {
    const groups = comparedGroups(xs, state, state.lang);
    const group = groups.find((g) => g.id === state.group) ?? groups[0];
    if (!group) return page(await staticMarkup(frame(<p className="empty">{t.cmpNothing}</p>)));
    const inGroup = new Set(group.members.map((m) => m.docId));
    const cited = sourcesOf(rows.filter((r) => inGroup.has(xs[r.doc]!.document.id)), xs, lookup, state.lang);
    const hrefOf = (w: { doc: string; start: number; end: number }) => `${origin}/compare?${encodeView({ ...state, view: 'compare', group: group.id, words: w })}`;
    return page(
      await staticMarkup(
        <LightFrame lang={state.lang} options={options} sources={cited} explorerHref={`/compare?${encodeView({ ...state, view: 'compare', group: group.id })}`}>
          <LightCompare group={group} lang={state.lang} zone={zone} lookup={lookup} hrefOf={hrefOf} width={960} />
        </LightFrame>,
      ),
    );
  }

  if (chart === 'graph') {
    const keys = new Set(shown.map((r) => r.key));
    const graph = buildGraph(xs, { keep: (k) => keys.has(k) });
    if (graph.nodes.length > LIGHT_MAX_NODES) return tooMany(graph.nodes.length);
    const pos = new Map(layoutGraph(graph).map((q) => [q.id, { x: q.x, y: q.y }]));
    const sc = graphScene(graph, pos);
    return page(await staticMarkup(frame(graph.nodes.length ? <LightGraph graph={graph} sc={sc} lang={state.lang} title={title} selected={state.node} /> : <p className="empty">{t.nothingMatches}</p>)));
  }

  const scene = sceneFromRows(laneOrder(rows, lookup), shown, xs, lookup, state.lang);
  if (scene.n > LIGHT_MAX_MARKS) return tooMany(scene.n);
  const describe = describeMark({ extractions: xs, lookup, rows, byKey }, scene, zone, state.lang);
  const words = (k: number) => {
    const r = byKey.get(scene.key[k]!);
    if (!r) return '';
    const text = xs[r.doc]!.document.text;
    return r.statement.mentions.map((m) => text.slice(m.start, m.end)).join(' … ');
  };
  return page(
    await staticMarkup(
      frame(
        <LightTimeline
          scene={scene}
          window={state.window ?? fitWindow(scene)}
          zone={zone}
          lang={state.lang}
          timeRtl={state.rtl}
          collapsed={state.collapsed}
          describe={describe}
          words={words}
          title={title}
          selected={state.selected}
        />,
      ),
    ),
  );
}
