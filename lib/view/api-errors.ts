// The API's refusals in the UI language. Every route answers {error: {code, message, field?}} with the message in
// English (app/api/_lib/http.ts, lib/storage, lib/export/view.ts, lib/embed/oembed.ts, lib/server/guard.ts): the
// Arabic and Russian UIs show a code they know from the catalogue (with the field it names), and the server's own
// English for one they do not; the English UI shows the server's message, which names the values. An answer with no JSON error says its status; a request that never reached the server says so.
import { MESSAGES, type UiLang } from './i18n';

/** A refused answer: its status, and the API's code, English message and field when it gave them. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A request that got no answer at all (offline, the server down, a dropped connection). */
export class NetworkError extends Error {
  constructor(message = 'network error') {
    super(message);
    this.name = 'NetworkError';
  }
}

/** The ApiError of a refused answer, from its JSON body when it has one. */
export async function apiErrorOf(r: Response): Promise<ApiError> {
  const e = ((await r.json().catch(() => null)) as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  return new ApiError(str(e?.message) ?? `HTTP ${r.status}`, r.status, str(e?.code), str(e?.field));
}

/** fetch's own failure (no answer): a TypeError whose words every browser, and Node, give in English. */
const noAnswer = (e: unknown) => e instanceof NetworkError || (e instanceof TypeError && /fetch|network|load failed/i.test(e.message));

/** An error as the explorer shows it, in `lang`: an API code it knows, the network, an HTTP status, else its message. */
export function errorText(lang: UiLang, e: unknown): string {
  const t = MESSAGES[lang];
  if (noAnswer(e)) return t.apiNetwork;
  const a = e as { code?: unknown; field?: unknown; status?: unknown; message?: unknown } | null;
  const code = typeof a?.code === 'string' ? a.code : undefined;
  const field = typeof a?.field === 'string' ? a.field : undefined;
  const message = typeof a?.message === 'string' ? a.message : String(e);
  if (code === 'network') return t.apiNetwork;
  // In English the server's own message says it best (it names the values); in the other languages, the code's.
  if (code && Object.hasOwn(t.apiError, code) && (lang !== 'en' || !a?.message)) {
    const fieldCode = field && Object.hasOwn(t.apiError, `${code}.${field}`) ? `${code}.${field}` : code;
    const m = t.apiError[fieldCode]!;
    return typeof m === 'function' ? m(fieldName(lang, field)) : m;
  }
  if (code === undefined && typeof a?.status === 'number' && a.status >= 400) return t.apiStatus(a.status);
  if (code === 'http' && typeof a?.status === 'number') return t.apiStatus(a.status);
  return message;
}

/** The name of a field the API names, as the form labels it (the API's own name for one no form has). */
function fieldName(lang: UiLang, field: string | undefined): string {
  const t = MESSAGES[lang];
  if (!field) return '—';
  const label: Record<string, string> = { text: t.addText, title: t.addDocTitle, publisher: t.addPublisher, url: t.addUrl, lang: t.addLang, published: t.addPublished, timeZone: t.addZone, author: t.fixAuthor };
  return label[field] ?? field;
}
