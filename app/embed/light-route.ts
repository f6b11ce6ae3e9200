// The GET handler both light embed routes share: the page from lib/embed/light, its own strict policy.
import { headers } from 'next/headers';
import { getStore } from '@/lib/server/store';
import { requestOrigin } from '@/lib/server/origin';
import { handle } from '@/app/api/_lib/http';
import { embedCsp } from '@/lib/security/csp';
import { type Chart, lightEmbedHtml } from '@/components/embed/light-page';

export function lightEmbedRoute(chart: Chart) {
  return handle(async (request: Request): Promise<Response> => {
    const html = await lightEmbedHtml(chart, await getStore().extractions(), new URL(request.url).searchParams, requestOrigin(await headers()));
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': embedCsp(), 'cache-control': 'no-store', vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto' } });
  });
}
