// GET /api/statements?<the explorer's view parameters>&limit=&offset=&sort=said|-said&counts=0|1: what the view selects —
// its filters (docs, actor, side, stance, type, channel), its search (q) and its time window (from, to) —
// answered by the server's indexes (lib/query): the number of statements, a page of them, each filter's
// values counted among the statements the other filters select, and how many were said each day. A parameter
// the view cannot read is a 400 that names it.
import { z } from 'zod';
import { MAX_LIMIT, queryOfView } from '@/lib/query/query';
import { getStore } from '@/lib/storage';
import { decodeView } from '@/lib/url/view-state';
import { HttpError, handle, parse } from '../_lib/http';

export const dynamic = 'force-dynamic';

const Page = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(0).max(MAX_LIMIT).default(50),
  sort: z.enum(['said', '-said']).default('said'),
  counts: z.enum(['0', '1']).default('1'),
});

export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const page = parse(Page, { offset: params.get('offset') ?? undefined, limit: params.get('limit') ?? undefined, sort: params.get('sort') ?? undefined, counts: params.get('counts') ?? undefined });
  const { state, problems } = decodeView(params);
  if (problems.length) throw new HttpError(400, 'bad_view', `The view cannot be read: ${problems.join('; ')}.`, 'view');
  const answer = await getStore().statements({ ...queryOfView(state), offset: page.offset, limit: page.limit, sort: page.sort, counts: page.counts === '1' });
  return Response.json(answer);
});
