// POST /api/extract: an article in, its Extraction out, nothing stored.
import { extract } from '@/lib/extract';
import { DocumentInput, handle, parse, rateLimit, readJson } from '../_lib/http';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request: Request) => {
  rateLimit(request);
  const input = parse(DocumentInput, await readJson(request));
  return Response.json(extract(input));
});
