// The explorer's calls to the JSON API: a refused answer becomes an ApiError with the API's code, field and
// English message (shown in the UI language by lib/view/api-errors' errorText).
import type { Extraction } from '@/lib/model/schema';
import { ApiError, apiErrorOf } from '@/lib/view/api-errors';

/** The answer when it is a success; otherwise thrown, as an ApiError. */
export async function ok(r: Response): Promise<Response> {
  if (!r.ok) throw await apiErrorOf(r);
  return r;
}

/** A kept document's extraction, as corrected. */
export async function fetchExtraction(docId: string): Promise<Extraction> {
  const r = await fetch(`/api/documents/${encodeURIComponent(docId)}`);
  if (!r.ok) throw await apiErrorOf(r);
  const body = (await r.json().catch(() => null)) as { extraction?: Extraction } | null;
  if (!body?.extraction) throw new ApiError(`the server answered ${r.status}`, r.status);
  return body.extraction;
}
