// POST /api/documents/:id/edits/:editId/undo: the edit stops applying (it stays in the history, marked undone).
import { getStore } from '@/lib/storage';
import { HttpError, handle, rateLimit, requireWriter } from '../../../../../_lib/http';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string; editId: string }> };

export const POST = handle(async (request: Request, { params }: Ctx) => {
  requireWriter(request, []);
  await rateLimit(request);
  const { id, editId } = await params;
  if (!/^\d{1,15}$/.test(editId)) throw new HttpError(400, 'bad_field', 'editId: a whole number', 'editId');
  return Response.json(await getStore().undo(id, Number(editId)));
});
