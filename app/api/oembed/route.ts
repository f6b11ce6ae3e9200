// GET /api/oembed?url=…&maxwidth=…&maxheight=…&format=json (https://oembed.com): a "rich" answer with an
// iframe snippet for explorer and embed URLs of this app, 404 for any other URL, 501 for format=xml.
import { headers } from 'next/headers';
import { oembedFor } from '@/lib/embed/oembed';
import { requestOrigin } from '@/lib/server/origin';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const r = oembedFor(new URL(request.url).searchParams, requestOrigin(await headers()));
  if (!r.ok) return Response.json({ error: { code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) } }, { status: r.status });
  // The answer names the app's origin: a shared cache keeps one per host a proxy may forward.
  return Response.json(r.body, { headers: { 'cache-control': 'public, max-age=3600', vary: 'Host, X-Forwarded-Host, X-Forwarded-Proto' } });
}
