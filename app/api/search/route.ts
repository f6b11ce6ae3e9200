// GET /api/search?q=&limit=: statements and documents that hold every word of q (three letters or more each;
// Arabic matched loosely, أكد finds اكد, and inside words, وأكد holds اكد), best first.
import { z } from 'zod';
import { MAX_LIMIT } from '@/lib/query/query';
import { getStore } from '@/lib/storage';
import { handle, parse } from '../_lib/http';

export const dynamic = 'force-dynamic';

const Query = z.object({
  q: z.string().trim().min(1, 'give the words to search for').max(500),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(20),
});

export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const { q, limit } = parse(Query, { q: params.get('q') ?? '', limit: params.get('limit') ?? undefined });
  return Response.json({ q, ...(await getStore().search(q, limit)) });
});
