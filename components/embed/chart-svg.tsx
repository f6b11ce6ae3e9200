// The timeline, the actor graph or the compare view of a view as one standalone SVG file: the chart as the explorer draws it, a
// title line above, the attribution below (publisher, date and address of every source shown), its styles and
// the Arabic font inside (a data URL), so the file renders the same, shaped and right-to-left, in a browser,
// Inkscape or a layout program. PNG exports draw this file onto a canvas at twice its size, in the browser.
import type { ReactElement } from 'react';
import { SvgGraph, fitTransform, labelOf, textWidth } from '@/components/graph/GraphSvg';
import { Backdrop, GroupLabels } from '@/components/timeline/Backdrop';
import { SvgMarksBody } from '@/components/timeline/SvgMarks';
import { buildGraph, type NodeKind } from '@/lib/graph/build';
import { degree } from '@/lib/graph/query';
import { laneOrder, sceneFromRows } from '@/lib/layout/corpus-scene';
import { layoutGraph } from '@/lib/layout/force';
import { fitWindow, geometry } from '@/lib/layout/geometry';
import { placeGraphLabels } from '@/lib/layout/graph-labels';
import { NODE_STYLE, graphScene } from '@/lib/layout/graph-scene';
import { Modality, Stance, type Extraction } from '@/lib/model/schema';
import { decodeView } from '@/lib/url/view-state';
import { MESSAGES } from '@/lib/view/i18n';
import { actorLookup, filterRows, sourcesOf, statementRows } from '@/lib/view/rows';
import { embedOptions } from '@/lib/embed/protocol';
import { stripInvalidXml, xml } from '@/lib/export/graph';
import { settle, withoutBidiControls } from '@/lib/text/bidi';
import { staticMarkup } from './static-markup';
import { svgLegend, type LegendItem } from './svg-legend';
import { CompareChart, compareChartHeight } from '@/components/compare/CompareChart';
import { chainWords, comparedGroups } from '@/lib/view/compare';
import { eventName } from '@/lib/view/event-names';
import { verdictWords } from './LightCompare';

export type Chart = 'timeline' | 'graph' | 'compare';
export const SVG_MAX_MARKS = 3000;
export const SVG_MAX_NODES = 500;

// The rules of app/globals.css the charts' SVG uses, written into the file. The embedded fonts cover Arabic and
// Cyrillic only (unicode-range), so they lead the stack and Latin text falls through to the reader's sans-serif.
const CSS = `
text { font-family: 'Dateline Naskh', 'Dateline Cyrillic', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.tl-back text { fill: #3d444d; font-size: 12px; }
.tl-tick line { stroke: #eaeef2; }
.tl-tick.major line { stroke: #c3cad3; }
.tl-tick.major text { font-weight: 700; fill: #1b1f24; }
.tl-zone { font-size: 10px; fill: #57606a !important; }
.tl-lane line { stroke: #eaeef2; }
.tl-group { fill: #f6f8fa; }
.tl-gutter { fill: #f6f8fa; stroke: #d0d7de; stroke-dasharray: 3 3; }
.tl-gutter-label { font-size: 11px; font-style: italic; }
.tl-label { font-size: 11px; fill: #24292f; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.lt-group-label { font-size: 12px; font-weight: 700; fill: #1b1f24; }
.graph-label { font-size: 12px; fill: #1b1f24; paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
.x-title { font-size: 17px; font-weight: 700; fill: #1b1f24; }
.x-source { font-size: 11px; fill: #57606a; }
.x-legend { font-size: 11px; fill: #3d444d; }
.cmp-chart text { font-size: 12px; }
`;


export type ChartSvgResult = { ok: true; svg: string; width: number; height: number } | { ok: false; status: number; code: string; message: string; field?: string };

/** The Cyrillic letters of @fontsource's cyrillic subset (its unicode-range): a Russian image's words. */
const CYRILLIC_RANGE = 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116';
const CYRILLIC = /[\u0400-\u045F\u0490\u0491\u04B0\u04B1\u2116]/;

/** fontDataUrl is the Arabic face; cyrillicFontDataUrl, when given, is embedded in an image holding Cyrillic text
 *  (a Russian UI's labels, a Russian quote), so Russian renders in the same face wherever the file is opened. */
export async function chartSvg(chart: Chart, corpus: readonly Extraction[], params: URLSearchParams, fontDataUrl: string, cyrillicFontDataUrl?: string): Promise<ChartSvgResult> {
  const { state } = decodeView(params);
  const w = Number(params.get('width') ?? 960);
  if (!Number.isInteger(w) || w < 320 || w > 4000) return { ok: false, status: 400, code: 'bad_width', message: 'width is a whole number of pixels from 320 to 4000.', field: 'width' };
  const xs = [...corpus];
  const lookup = actorLookup(xs);
  const rows = statementRows(xs, lookup);
  const shown = filterRows(rows, xs, state);
  const t = MESSAGES[state.lang];
  const zone = state.zone ?? xs[0]?.document.timeZone ?? 'UTC';
  const options = embedOptions(params);
  const rtl = state.lang === 'ar';

  if (!shown.length) return { ok: false, status: 422, code: 'nothing_to_draw', message: t.nothingMatches };
  let body: ReactElement;
  let h: number;
  let extra: string[] = [];
  let shownRows = shown;
  let heading: string | null = null;
  let legend: LegendItem[] = [];
  if (chart === 'compare') {
    const groups = comparedGroups(xs, state, state.lang);
    const group = groups.find((g) => g.id === state.group) ?? (state.group ? undefined : groups[0]);
    if (!group) return { ok: false, status: state.group ? 404 : 422, code: state.group ? 'unknown_group' : 'nothing_to_draw', message: state.group ? `No event group "${state.group.slice(0, 300)}" in the documents shown.` : t.cmpNothing, ...(state.group ? { field: 'group' } : {}) };
    const byKey = new Map(group.sources.map((q) => [q.key, q]));
    const sourceOf = (c: { docId: string; channel: string | null; speakerId: string }) => {
      const q = byKey.get(`${c.docId}|${c.channel ?? ''}|${c.speakerId}`);
      return q ? chainWords(q, lookup, state.lang) : c.speakerId;
    };
    h = compareChartHeight(group);
    body = <CompareChart group={group} lang={state.lang} zone={zone} width={w} sourceOf={sourceOf} rtl={rtl} />;
    heading = `${t.compare}: ${eventName(group, state.lang)}`;
    extra = [verdictWords(group, state.lang, zone)];
    const inGroup = new Set(group.members.map((m) => m.docId));
    shownRows = rows.filter((r) => inGroup.has(xs[r.doc]!.document.id));
  } else if (chart === 'timeline') {
    const scene = sceneFromRows(laneOrder(rows, lookup), shown, xs, lookup, state.lang);
    if (scene.n > SVG_MAX_MARKS) return { ok: false, status: 413, code: 'too_many_marks', message: `${scene.n} marks are more than an image holds (${SVG_MAX_MARKS}): narrow the view with filters.` };
    const g = geometry(scene, { width: w, collapsed: new Set(state.collapsed), uiRtl: rtl, timeRtl: state.rtl });
    const win = state.window ?? fitWindow(scene);
    const stances = new Set(shown.map((r) => r.statement.stance));
    const modalities = new Set(shown.flatMap((r) => (r.event ? [r.event.modality] : [])));
    legend = [...Stance.options.filter((k) => stances.has(k)).map((stance) => ({ kind: 'stance' as const, stance })), ...Modality.options.filter((k) => modalities.has(k)).map((modality) => ({ kind: 'modality' as const, modality }))];
    h = g.height;
    body = (
      <>
        <Backdrop scene={scene} g={g} win={win} zone={zone} lang={state.lang} />
        <SvgMarksBody scene={scene} g={g} win={win} emphasis={null} selected={-1} id="x" />
        <GroupLabels scene={scene} g={g} lang={state.lang} />
      </>
    );
  } else {
    const keys = new Set(shown.map((r) => r.key));
    const graph = buildGraph(xs, { keep: (k) => keys.has(k) });
    if (graph.nodes.length > SVG_MAX_NODES) return { ok: false, status: 413, code: 'too_many_nodes', message: `${graph.nodes.length} nodes are more than an image holds (${SVG_MAX_NODES}): narrow the view with filters.` };
    const sc = graphScene(graph, new Map(layoutGraph(graph).map((q) => [q.id, { x: q.x, y: q.y }])));
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    const links = new Set(graph.edges.map((e) => e.kind));
    legend = [
      ...(Object.keys(NODE_STYLE) as NodeKind[]).filter((k) => kinds.has(k)).map((node) => ({ kind: 'node' as const, node })),
      ...(['affiliation', 'channel', 'reporting', 'participation'] as const).filter((k) => links.has(k)).map((edge) => ({ kind: 'edge' as const, edge })),
    ];
    h = Math.round(Math.min(900, Math.max(360, w * 0.62)));
    const tf = fitTransform(sc, w, h);
    const deg = degree(graph);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const labels = placeGraphLabels(
      sc.ids.map((id, i) => {
        const [x, y] = tf.apply([sc.x[i]!, sc.y[i]!]);
        return { id, x, y, r: sc.r[i]! * tf.k, w: textWidth(labelOf(byId.get(id)!, state.lang)), h: 15, priority: deg.get(id) ?? 0 };
      }),
      { rtl, bounds: { width: w, height: h } },
    );
    body = <SvgGraph sc={sc} tf={tf} width={w} height={h} edgeShown={() => true} edgeAlpha={() => 0.85} nodeAlpha={() => 1} selected={null} focusSet={null} labels={labels} byId={byId} lang={state.lang} pins={new Map()} />;
  }

  // Title above, attribution below: every source shown, then where the image comes from.
  const sourceLines = options.source
    ? [options.source]
    : sourcesOf(shownRows, xs, lookup, state.lang).map((d) => `${settle(d.publisher, rtl)}${d.published ? `${t.comma} ${d.published}` : ''}${d.url ? ` — ${settle(d.url, rtl)}` : ''}`);
  const lines = [...extra, ...(sourceLines.length ? [`${t.embedSources} ${sourceLines[0]}`, ...sourceLines.slice(1)] : []), ...(options.caption ? [options.caption] : []), t.svgCredit(zone)];
  const title = options.title ?? heading ?? (chart === 'timeline' ? t.embedTimeline : t.embedGraph);
  const top = 34;
  const lineH = 16;
  const key = svgLegend(legend, state.lang, w, top + h + 8);
  const below = top + h + 10 + key.height;
  const height = below + lines.length * lineH + 6;
  const x = rtl ? w - 8 : 8;
  // With direction="rtl", "start" is the right end of the line: both languages start from their own edge.
  const anchor = 'start';
  // Bidi isolates are left out of the image's lines: each is a line of its own with its direction, and a Latin
  // line holding one would wait on the Arabic font (their code points are in its range) when drawn to a PNG.
  // Nor may a user's string carry an override into the line: every explicit directional control is dropped
  // (what <bdi> does in the page), and no character XML forbids reaches the file (a stored U+0001 in a name).
  const text = (s: string, y: number, cls: string) =>
    `<text x="${x}" y="${y}" class="${cls}" text-anchor="${anchor}" direction="${rtl ? 'rtl' : 'ltr'}">${xml(withoutBidiControls(s))}</text>`;
  const chartMarkup = stripInvalidXml(withoutBidiControls(await staticMarkup(body)));
  const cyrillic = cyrillicFontDataUrl && CYRILLIC.test([chartMarkup, key.markup, title, ...lines].join('\n'))
    ? `@font-face { font-family: 'Dateline Cyrillic'; src: url(${cyrillicFontDataUrl}) format('woff2'); unicode-range: ${CYRILLIC_RANGE}; }`
    : '';
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" lang="${state.lang}">`,
    `<title>${xml(title)}</title>`,
    `<style>@font-face { font-family: 'Dateline Naskh'; src: url(${fontDataUrl}) format('woff2'); unicode-range: U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F, U+2068-2069; }${cyrillic}${CSS}</style>`,
    `<rect width="${w}" height="${height}" fill="#fff"/>`,
    text(title, 22, 'x-title'),
    `<svg x="0" y="${top}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${chartMarkup}</svg>`,
    key.markup,
    ...lines.map((l, i) => text(l, below + (i + 1) * lineH - 4, 'x-source')),
    '</svg>',
    '',
  ].join('\n');
  return { ok: true, svg, width: w, height };
}
