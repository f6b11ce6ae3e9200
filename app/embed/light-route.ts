// The GET handler both light embed routes share: the page from lib/embed/light, its own strict policy.
import { headers } from 'next/headers';
import { corpusFor } from '@/lib/server/view-corpus';
import { decodeView } from '@/lib/url/view-state';
import { requestOrigin } from '@/lib/server/origin';
import { handle } from '@/app/api/_lib/http';
import { embedCsp } from '@/lib/security/csp';
import { type Chart, lightEmbedHtml, lightOverviewHtml } from '@/components/embed/light-page';

export function lightEmbedRoute(chart: Chart) {
  return handle(async (request: Request): Promise<Response> => {
    const params = new URL(request.url).searchParams;
    const view = await corpusFor(decodeView(params).state, undefined, chart === 'graph' ? ['chart', 'graph'] : ['chart']);
    const origin = requestOrigin(await headers());
    const html = view.kind === 'whole' ? await lightEmbedHtml(chart, view.extractions, params, origin) : await lightOverviewHtml(chart, view.overview, params, origin);
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': embedCsp(), 'cache-control': 'no-store', vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto' } });
  });
}
