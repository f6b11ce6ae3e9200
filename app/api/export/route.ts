// GET /api/export?format=…&<view parameters>: the view's statements or graph as a file (see lib/export/view),
// or format=svg&chart=timeline|graph|compare[&width=…]: the chart as a standalone SVG image (components/embed/chart-svg).
import { chartSvg } from '@/components/embed/chart-svg';
import { exportView } from '@/lib/export/view';
import { densitySvg } from '@/components/embed/density-still';
import { corpusFor, exportMax, wholeMax } from '@/lib/server/view-corpus';
import { arabicFontDataUrl, cyrillicFontDataUrl } from '@/lib/server/font';
import { decodeView } from '@/lib/url/view-state';
import { handle } from '../_lib/http';

export const dynamic = 'force-dynamic';

type Failure = { status: number; code: string; message: string; field?: string };
const fail = (r: Failure) => Response.json({ error: { code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) } }, { status: r.status });
const disposition = (params: URLSearchParams, name: string) =>
  // ASCII name for old clients, RFC 6266 UTF-8 name for the rest (the names are ASCII today).
  `${params.get('download') === '0' ? 'inline' : 'attachment'}; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const tooLarge = (docs: number, max: number, what: string): Failure => ({
  status: 413,
  code: 'view_too_large',
  message: `This view holds ${docs.toLocaleString('en-GB')} documents; ${what} reads at most ${max.toLocaleString('en-GB')}. Narrow it with filters, a search or a time window (or page through /api/statements).`,
});

const svgResponse = (params: URLSearchParams, chart: string, svg: string) =>
  new Response(svg, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'content-disposition': disposition(params, `dateline-${chart}.svg`),
      'cache-control': 'no-store',
      // Opened on its own, the image may use its own styles and embedded font, and nothing else.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'self'",
    },
  });

export const GET = handle(async (request: Request): Promise<Response> => {
  const params = new URL(request.url).searchParams;
  if (params.get('format') === 'svg') {
    const chart = params.get('chart') ?? 'timeline';
    if (chart !== 'timeline' && chart !== 'graph' && chart !== 'compare') return fail({ status: 400, code: 'unknown_chart', message: 'chart is timeline, graph or compare.', field: 'chart' });
    const { state, problems } = decodeView(params);
    if (problems.length) return fail({ status: 400, code: 'bad_view', message: problems.join('; ') });
    const view = await corpusFor(state);
    // A view too large to draw mark by mark: the timeline is drawn as counts by lane and time, and says so.
    if (view.kind === 'overview') {
      if (chart !== 'timeline') return fail(tooLarge(view.overview.documents, wholeMax(), `the ${chart} image`));
      const w = Number(params.get('width') ?? 960);
      if (!Number.isInteger(w) || w < 320 || w > 4000) return fail({ status: 400, code: 'bad_width', message: 'width is a whole number of pixels from 320 to 4000.', field: 'width' });
      return svgResponse(params, chart, await densitySvg(view.overview, state, w));
    }
    const corpus = view.extractions;
    const missing = state.docs.filter((d) => !corpus.some((x) => x.document.id === d));
    if (missing.length) return fail({ status: 404, code: 'unknown_document', message: `No document with id ${missing.map((m) => `"${m}"`).join(', ')}.`, field: 'docs' });
    const r = await chartSvg(chart, corpus, params, arabicFontDataUrl(), cyrillicFontDataUrl());
    if (!r.ok) return fail(r);
    return svgResponse(params, chart, r.svg);
  }
  const { state, problems } = decodeView(params);
  if (problems.length) return fail({ status: 400, code: 'bad_view', message: problems.join('; ') });
  const view = await corpusFor(state, exportMax());
  if (view.kind === 'overview') return fail(tooLarge(view.overview.documents, exportMax(), 'an export'));
  const r = exportView(view.extractions, params);
  if (!r.ok) return fail(r);
  return new Response(r.body, { headers: { 'content-type': r.contentType, 'content-disposition': disposition(params, r.filename), 'cache-control': 'no-store' } });
});
