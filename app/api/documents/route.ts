// GET /api/documents?offset=&limit=: the kept documents, in the order added. POST: store one and answer 201
// with {id, document, extraction}.
import { z } from 'zod';
import { getStore } from '@/lib/storage';
import { DocumentInput, handle, parse, rateLimit, readJson, requireWriter } from '../_lib/http';

export const dynamic = 'force-dynamic';

const Page = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const GET = handle(async (request: Request) => {
  const q = Object.fromEntries(new URL(request.url).searchParams);
  const { offset, limit } = parse(Page, { offset: q.offset, limit: q.limit });
  return Response.json(await getStore().list(offset, limit));
});

export const POST = handle(async (request: Request) => {
  requireWriter(request);
  await rateLimit(request);
  const input = parse(DocumentInput, await readJson(request));
  const d = await getStore().add(input);
  return Response.json({ id: d.id, document: d.document, extraction: d.extraction }, { status: 201, headers: { location: `/api/documents/${encodeURIComponent(d.id)}` } });
});
