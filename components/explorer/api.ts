// The explorer's calls to the JSON API: a refused answer becomes an Error with the API's own message.
import type { Extraction } from '@/lib/model/schema';

/** The message of the API's JSON error in a refused answer, or `fallback` (its status) when it has none. */
export async function apiError(r: Response, fallback = `HTTP ${r.status}`): Promise<string> {
  return ((await r.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? fallback;
}

/** The answer when it is a success; otherwise thrown, with the API's message. */
export async function ok(r: Response): Promise<Response> {
  if (!r.ok) throw new Error(await apiError(r));
  return r;
}

/** A kept document's extraction, as corrected. */
export async function fetchExtraction(docId: string): Promise<Extraction> {
  const r = await fetch(`/api/documents/${encodeURIComponent(docId)}`);
  if (!r.ok) throw new Error(await apiError(r, `the server answered ${r.status}`));
  const body = (await r.json().catch(() => null)) as { extraction?: Extraction } | null;
  if (!body?.extraction) throw new Error(`the server answered ${r.status}`);
  return body.extraction;
}
