// Exports of a view: the same URL parameters as the explorer (documents, filters; the window only frames the
// charts, so data exports ignore it) choose the statements, and `format` the file. Pure: the route hands in
// the corpus, tests call it directly.
import { buildGraph } from '../graph/build';
import type { Extraction } from '../model/schema';
import { decodeView } from '../url/view-state';
import { filterRows, statementRows } from '../view/rows';
import { comparedGroups } from '../view/compare';
import { actorLookup } from '../view/rows';
import { compareCsv } from './compare';
import { toGEXF, toGraphJSON, toGraphML } from './graph';
import { statementsCsv, statementsJson } from './statements';
import { toTimelineJs } from './timelinejs';
import { toTimeML } from './timeml';
import { EXPORT_FORMATS, type ExportFormat } from './formats';

export { EXPORT_FORMATS, type ExportFormat };

export type ExportResult =
  | { ok: true; body: string; contentType: string; filename: string }
  | { ok: false; status: number; code: string; message: string; field?: string };

const TYPES: Record<ExportFormat, [string, string]> = {
  csv: ['text/csv; charset=utf-8; header=present', 'csv'],
  json: ['application/json; charset=utf-8', 'json'],
  timelinejs: ['application/json; charset=utf-8', 'timeline.json'],
  timeml: ['application/xml; charset=utf-8', 'tml'],
  gexf: ['application/gexf+xml; charset=utf-8', 'gexf'],
  graphml: ['application/graphml+xml; charset=utf-8', 'graphml'],
  'graph-json': ['application/json; charset=utf-8', 'graph.json'],
  'compare-csv': ['text/csv; charset=utf-8; header=present', 'compare.csv'],
};

/** A file name from ids: ASCII letters, digits and dashes only (ids are ours, but a URL can say anything). */
const safeName = (s: string) => s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'dateline';

export function exportView(corpus: readonly Extraction[], params: URLSearchParams): ExportResult {
  const format = params.get('format');
  if (!format) return { ok: false, status: 400, code: 'missing_format', message: `Say which format: format=${[...EXPORT_FORMATS, 'svg'].join('|')}.`, field: 'format' };
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    return { ok: false, status: 400, code: 'unknown_format', message: `Unknown format "${format.slice(0, 40)}": use one of ${[...EXPORT_FORMATS, 'svg (with chart=timeline|graph|compare)'].join(', ')}.`, field: 'format' };
  const f = format as ExportFormat;
  const { state, problems } = decodeView(params);
  if (problems.length) return { ok: false, status: 400, code: 'bad_view', message: problems.join('; ') };
  const known = new Set(corpus.map((x) => x.document.id));
  const missing = state.docs.filter((d) => !known.has(d));
  if (missing.length) return { ok: false, status: 404, code: 'unknown_document', message: `No document with id ${missing.map((m) => `"${m}"`).join(', ')}.`, field: 'docs' };
  const xs = [...corpus];
  const rows = filterRows(statementRows(xs), xs, state);
  const zone = state.zone ?? (state.docs.length ? xs.find((x) => x.document.id === state.docs[0])?.document.timeZone : xs[0]?.document.timeZone) ?? 'UTC';
  const docsShown = state.docs.length ? state.docs : xs.map((x) => x.document.id);
  const stem = docsShown.length === 1 ? safeName(docsShown[0]!) : 'dateline';
  const [contentType, ext] = TYPES[f];
  const ok = (body: string) => ({ ok: true as const, body, contentType, filename: `${stem}.${ext}` });
  switch (f) {
    case 'csv':
      return ok(statementsCsv(rows, xs));
    case 'json':
      return ok(`${JSON.stringify(statementsJson(rows, xs), null, 1)}\n`);
    case 'timelinejs':
      return ok(`${JSON.stringify(toTimelineJs(rows, xs, { zone, lang: state.lang, title: docsShown.length === 1 ? xs.find((x) => x.document.id === docsShown[0])?.document.title : undefined }), null, 1)}\n`);
    case 'timeml': {
      if (docsShown.length !== 1)
        return { ok: false, status: 400, code: 'one_document', message: `TimeML annotates one document: choose it with docs=ID (${docsShown.length} are shown).`, field: 'docs' };
      return ok(toTimeML(xs.find((x) => x.document.id === docsShown[0])!));
    }
    case 'compare-csv': {
      // The events compared across the documents shown (all of them, or the one group= names).
      const groups = comparedGroups(xs, state, state.lang).filter((g) => !state.group || g.id === state.group);
      if (state.group && !groups.length) return { ok: false, status: 404, code: 'unknown_group', message: `No event group "${state.group.slice(0, 300)}" in the documents shown.`, field: 'group' };
      return ok(compareCsv(groups, actorLookup(xs.filter((x) => docsShown.includes(x.document.id)))));
    }
    case 'gexf':
    case 'graphml':
    case 'graph-json': {
      const keys = new Set(rows.map((r) => r.key));
      const g = buildGraph(xs, { keep: (k) => keys.has(k) });
      return ok(f === 'gexf' ? toGEXF(g) : f === 'graphml' ? toGraphML(g) : toGraphJSON(g));
    }
  }
}
