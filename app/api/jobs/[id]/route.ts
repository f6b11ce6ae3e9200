// GET /api/jobs/:id: an ingest batch's progress (POST /api/ingest answered its id) →
// {id, state: queued|running|done, total, done, skipped, failed: [{line, reason}], remaining, created}, and once
// done kept: [{line, id}] (the document each line was kept as).
// `done` counts documents kept, and those kept already (`skipped` of them); a batch is done when none remains,
// whether or not some failed. 404 for an unknown id; 501 without PostgreSQL, as POST /api/ingest.
import { HttpError, handle } from '../../_lib/http';
import { queueOrRefuse } from '../../_lib/ingest';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Ctx) => {
  const queue = queueOrRefuse();
  const { id } = await params;
  const progress = await queue.progress(id);
  if (!progress) throw new HttpError(404, 'not_found', `No ingest batch with id "${id}".`);
  return Response.json(progress, { headers: { 'cache-control': 'no-store' } });
});
