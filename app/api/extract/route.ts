// POST /api/extract: an article in, its Extraction out, nothing stored. Read in the worker pool: a document over
// the time budget is 422 too_complex, a full pool 503 with Retry-After.
import { getPool } from '@/lib/server/pool';
import { DocumentInput, handle, parse, rateLimit, readJson, requireSameSite } from '../_lib/http';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request: Request) => {
  requireSameSite(request);
  await rateLimit(request);
  const input = parse(DocumentInput, await readJson(request));
  return Response.json(await getPool().extract(input));
});
