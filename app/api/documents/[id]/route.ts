// GET /api/documents/:id → {id, document, extraction, edits, unanchored}; PATCH changes metadata (the document
// is extracted again, its edits re-anchored); DELETE removes it.
import { getStore } from '@/lib/storage';
import { HttpError, MetadataPatch, handle, parse, rateLimit, readJson, requireWriter } from '../../_lib/http';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

const notFound = (id: string) => new HttpError(404, 'not_found', `No document with id "${id}".`);

export const GET = handle(async (_request: Request, { params }: Ctx) => {
  const { id } = await params;
  const d = await getStore().get(id);
  if (!d) throw notFound(id);
  return Response.json(d);
});

export const PATCH = handle(async (request: Request, { params }: Ctx) => {
  requireWriter(request);
  await rateLimit(request);
  const { id } = await params;
  const patch = parse(MetadataPatch, await readJson(request));
  if (!Object.keys(patch).length) throw new HttpError(400, 'empty_patch', 'Say what to change: title, lang, url, publisher, published or timeZone.');
  return Response.json(await getStore().update(id, patch));
});

export const DELETE = handle(async (request: Request, { params }: Ctx) => {
  requireWriter(request, []);
  await rateLimit(request);
  const { id } = await params;
  if (!(await getStore().remove(id))) throw notFound(id);
  return new Response(null, { status: 204 });
});
