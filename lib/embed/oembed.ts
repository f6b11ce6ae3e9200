// The oEmbed answer (https://oembed.com, type "rich") for a URL of this app: the explorer ("/") embeds as its
// timeline (or its comparison, when view=compare), /compare as its comparison, /embed/timeline, /embed/graph and
// /embed/compare as themselves, with the same view parameters. Other URLs are not
// ours to describe (404); XML is not offered (501, as the spec says for an unsupported format).
import { html } from '../export/timelinejs';
import { embedOptions, embedSearch } from './protocol';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  provider_name: 'Dateline';
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}
export type OEmbedResult = { ok: true; body: OEmbedRich } | { ok: false; status: number; code: string; message: string; field?: string };

const DEFAULT = { timeline: { width: 800, height: 560 }, graph: { width: 800, height: 620 }, compare: { width: 800, height: 640 } } as const;

const dimension = (v: string | null): number | null | 'bad' => {
  if (v === null || v === '') return null;
  return /^\d{1,5}$/.test(v) && Number(v) > 0 ? Number(v) : 'bad';
};

export function oembedFor(params: URLSearchParams, origin: string): OEmbedResult {
  const format = params.get('format') ?? 'json';
  if (format === 'xml') return { ok: false, status: 501, code: 'format_not_implemented', message: 'Only format=json is offered.', field: 'format' };
  if (format !== 'json') return { ok: false, status: 400, code: 'bad_format', message: `Unknown format "${format.slice(0, 20)}": use json.`, field: 'format' };
  const raw = params.get('url');
  if (!raw) return { ok: false, status: 400, code: 'missing_url', message: 'Say which page: url=…', field: 'url' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 404, code: 'not_ours', message: 'The url is not a URL of this Dateline.', field: 'url' };
  }
  const path = url.pathname.replace(/\/live$/, '');
  const compare = path === '/compare' || path === '/embed/compare' || (path === '/' && url.searchParams.get('view') === 'compare');
  const chart = compare ? 'compare' : path === '/' || path === '/embed/timeline' ? 'timeline' : path === '/embed/graph' ? 'graph' : null;
  if (url.origin !== origin || !chart) return { ok: false, status: 404, code: 'not_ours', message: 'Only explorer and embed URLs of this Dateline have an embed.', field: 'url' };
  const maxW = dimension(params.get('maxwidth'));
  const maxH = dimension(params.get('maxheight'));
  if (maxW === 'bad' || maxH === 'bad') return { ok: false, status: 400, code: 'bad_dimension', message: 'maxwidth and maxheight are positive whole pixels.', field: maxW === 'bad' ? 'maxwidth' : 'maxheight' };
  const width = Math.min(DEFAULT[chart].width, maxW ?? Infinity);
  const height = Math.min(DEFAULT[chart].height, maxH ?? Infinity);
  const search = embedSearch(url.searchParams);
  const src = `${origin}/embed/${chart}${search.size ? `?${search}` : ''}`;
  const title = embedOptions(search).title ?? (chart === 'timeline' ? 'Dateline timeline' : chart === 'graph' ? 'Dateline actor graph' : 'Dateline: compared sources');
  const snippet =
    `<iframe src="${html(src)}" title="${html(title)}" width="${width}" height="${height}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:${width}px" data-dateline-embed></iframe>` +
    `<script async src="${html(origin)}/embed.js"></script>`;
  return { ok: true, body: { version: '1.0', type: 'rich', provider_name: 'Dateline', provider_url: `${origin}/`, title, html: snippet, width, height, cache_age: 3600 } };
}
