// POST /api/ingest: a batch of documents as JSON Lines (application/x-ndjson), one document a line as POST
// /api/documents takes it (with an optional id), queued for the ingest workers (`npm run worker`) and answered at
// once: 202 with the batch's id, its progress at GET /api/jobs/:id. The body is read as a stream: each line is
// held to the one-document limit (2 MB), the whole to DATELINE_INGEST_MAX_BYTES (64 MB) and
// DATELINE_INGEST_MAX_DOCUMENTS lines (20,000) — a 413 past either, and nothing is queued. A line that is not a
// document (not JSON, a field refused, too long) is reported by its number and fails alone; the others are
// queued. Only with PostgreSQL (DATELINE_DATABASE_URL): without it, 501 (SQLite keeps POST /api/documents).
import { IdentifiedInput } from '@/lib/model/input';
import type { Intake } from '@/lib/storage/queue';
import { HttpError, handle, rateLimit, requireWriter } from '../_lib/http';
import { maxIngestBytes, maxIngestDocuments, queueOrRefuse } from '../_lib/ingest';
import { ndjsonLines } from '../_lib/ndjson';

export const dynamic = 'force-dynamic';

export const POST = handle(async (request: Request) => {
  const queue = queueOrRefuse();
  requireWriter(request, ['application/x-ndjson', 'application/jsonl']);
  await rateLimit(request);
  const most = maxIngestDocuments();
  const items: Intake[] = [];
  for await (const l of ndjsonLines(request, maxIngestBytes())) {
    if (items.length >= most)
      throw new HttpError(
        413,
        'too_many',
        `This batch holds more than ${most} documents, the most one batch may hold: split it.`,
      );
    if ('error' in l) {
      items.push({ line: l.line, reason: l.error });
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(l.text);
    } catch (e) {
      items.push({ line: l.line, reason: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    const r = IdentifiedInput.safeParse(json);
    if (r.success) items.push({ line: l.line, payload: { kind: 'input', input: r.data } });
    else {
      const issue = r.error.issues[0]!;
      items.push({ line: l.line, reason: `${issue.path.join('.') || 'the document'}: ${issue.message}` });
    }
  }
  if (!items.length)
    throw new HttpError(400, 'empty_body', 'The batch is empty: send one JSON document a line.');
  const { id, total } = await queue.enqueue(items, 'api');
  const refused = items.flatMap((x) => ('reason' in x ? [{ line: x.line, reason: x.reason }] : []));
  return Response.json(
    { id, state: 'queued', total, queued: total - refused.length, refused, progress: `/api/jobs/${id}` },
    { status: 202, headers: { location: `/api/jobs/${id}` } },
  );
});
