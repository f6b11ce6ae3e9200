// GET /api/export?format=…&<view parameters>: the view's statements or graph as a file (see lib/export/view).
import { exportView } from '@/lib/export/view';
import { loadCorpus } from '@/lib/server/corpus';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  const params = new URL(request.url).searchParams;
  const r = exportView(loadCorpus(), params);
  if (!r.ok) return Response.json({ error: { code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) } }, { status: r.status });
  return new Response(r.body, {
    headers: {
      'content-type': r.contentType,
      // ASCII name for old clients, RFC 6266 UTF-8 name for the rest (the names are ASCII today).
      'content-disposition': `${params.get('download') === '0' ? 'inline' : 'attachment'}; filename="${r.filename}"; filename*=UTF-8''${encodeURIComponent(r.filename)}`,
      'cache-control': 'no-store',
    },
  });
}
