// GET /api/documents/:id/edits: every edit, undone ones included, oldest first, and those that found nothing to
// apply to. POST {op, target, value, author}: a correction, answered 201 with the edit.
import { EditInput } from '@/lib/corrections/edits';
import { getStore } from '@/lib/storage';
import { HttpError, handle, parse, rateLimit, readJson, requireWriter } from '../../../_lib/http';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_request: Request, { params }: Ctx) => {
  const { id } = await params;
  const d = await getStore().get(id);
  if (!d) throw new HttpError(404, 'not_found', `No document with id "${id}".`);
  return Response.json({ edits: d.edits, unanchored: d.unanchored });
});

export const POST = handle(async (request: Request, { params }: Ctx) => {
  requireWriter(request);
  await rateLimit(request);
  const { id } = await params;
  // One correction is small: 64 KB is far more than any needs.
  const edit = await getStore().addEdit(id, parse(EditInput, await readJson(request, 64 * 1024, 'one correction')));
  return Response.json(edit, { status: 201 });
});
