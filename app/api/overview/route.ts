// GET /api/overview?<the explorer's view parameters>&bins=&marks=&actors=&parts=chart,graph,happenings: the view at the detail a screen
// holds (lib/query/overview) — statements counted by lane and time bin, or each one as a mark when they number
// at most `marks`; facets, the day histogram, the actor graph folded to its `actors` busiest, and happenings
// ranked by their sources. What the explorer draws for a corpus too large to send whole. A parameter the view
// cannot read is a 400 that names it.
import { z } from 'zod';
import { OVERVIEW_PARTS, type OverviewPart } from '@/lib/query/overview';
import { queryOfView } from '@/lib/query/query';
import { getStore } from '@/lib/storage';
import { decodeView } from '@/lib/url/view-state';
import { HttpError, handle, parse } from '../_lib/http';

export const dynamic = 'force-dynamic';

const Detail = z.object({
  bins: z.coerce.number().int().min(1).max(400).default(80),
  marks: z.coerce.number().int().min(0).max(20_000).default(1000),
  actors: z.coerce.number().int().min(1).max(60).default(16),
  parts: z
    .string()
    .default(OVERVIEW_PARTS.join(','))
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(z.enum(OVERVIEW_PARTS as [OverviewPart, ...OverviewPart[]])).min(1)),
});

export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const d = parse(Detail, { bins: params.get('bins') ?? undefined, marks: params.get('marks') ?? undefined, actors: params.get('actors') ?? undefined, parts: params.get('parts') ?? undefined });
  const { state, problems } = decodeView(params);
  if (problems.length) throw new HttpError(400, 'bad_view', `The view cannot be read: ${problems.join('; ')}.`, 'view');
  const answer = await getStore().overview({ ...queryOfView(state), bins: d.bins, markBudget: d.marks, graphActors: d.actors, parts: d.parts });
  return Response.json(answer);
});

