// What every JSON route shares: errors as {error: {code, message, field?}} with their status, bodies read
// with a size cap and strict UTF-8, writes behind DATELINE_TOKEN when it is set, and a per-client rate limit
// on writes and extraction. Never a stack trace.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ExtractInputError } from '@/lib/extract';
import { StoreError } from '@/lib/server/store';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(e: unknown): Response {
  if (e instanceof HttpError || e instanceof StoreError)
    return Response.json({ error: { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) } }, { status: e.status, headers: e instanceof HttpError ? e.headers : {} });
  if (e instanceof ExtractInputError) return Response.json({ error: { code: 'bad_input', message: e.message, ...(e.field ? { field: e.field } : {}) } }, { status: 400 });
  console.error(e);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on the server; nothing was changed.' } }, { status: 500 });
}

/** A handler whose thrown errors become JSON errors. */
export const handle =
  <A extends unknown[]>(f: (...a: A) => Promise<Response>) =>
  async (...a: A): Promise<Response> => {
    try {
      return await f(...a);
    } catch (e) {
      return errorResponse(e);
    }
  };

/** The body as JSON: 413 past the cap (before reading it all when the length is declared), 400 for bytes that
 *  are not UTF-8 or text that is not JSON. */
export async function readJson(request: Request, max = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) throw new HttpError(413, 'too_large', `The body is ${declared} bytes; the limit is ${max} (send one document per request).`);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader)
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw new HttpError(413, 'too_large', `The body is over ${max} bytes (send one document per request).`);
      }
      chunks.push(value);
    }
  const bytes = Buffer.concat(chunks);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'bad_encoding', 'The body is not valid UTF-8.');
  }
  if (!text.trim()) throw new HttpError(400, 'empty_body', 'The body is empty: send JSON.');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new HttpError(400, 'bad_json', `The body is not valid JSON (${(e as Error).message}).`);
  }
}

/** Parsed with a zod schema; the first issue names the field. */
export function parse<T>(schema: z.ZodType<T>, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const field = issue.path.join('.');
  throw new HttpError(400, 'bad_field', `${field || 'body'}: ${issue.message}`, field || undefined);
}

/** Writes need the token when DATELINE_TOKEN is set; reads stay open (embeds read). */
export function requireWriter(request: Request) {
  const token = process.env.DATELINE_TOKEN;
  if (!token) return;
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new HttpError(401, 'unauthorized', 'This write needs the token: Authorization: Bearer <DATELINE_TOKEN>.', undefined, { 'www-authenticate': 'Bearer' });
}

// Token buckets per client: DATELINE_RATE_LIMIT requests per minute (default 120; 0 turns the limit off, as
// the load benchmark does), bursts up to a quarter of that.
const buckets = new Map<string, { tokens: number; at: number }>();
export function rateLimit(request: Request, now = Date.now()) {
  const perMinute = Number(process.env.DATELINE_RATE_LIMIT ?? 120);
  if (!(perMinute > 0)) return;
  const client = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'local';
  const burst = Math.max(1, Math.ceil(perMinute / 4));
  const b = buckets.get(client) ?? { tokens: burst, at: now };
  b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 60_000) * perMinute);
  b.at = now;
  if (b.tokens < 1) {
    const wait = Math.ceil(((1 - b.tokens) / perMinute) * 60);
    buckets.set(client, b);
    throw new HttpError(429, 'rate_limited', `Too many writes from this client: try again in ${wait} s.`, undefined, { 'retry-after': String(wait) });
  }
  b.tokens -= 1;
  buckets.set(client, b);
  if (buckets.size > 10_000) buckets.clear(); // a flood of clients cannot grow this without bound
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What POST /api/extract and POST /api/documents take. Unknown fields are refused (a typo is not ignored). */
export const DocumentInput = z
  .object({
    text: z.string().min(1, 'the text is empty'),
    title: z.string().max(500).optional(),
    lang: z.enum(['ar', 'en']).optional(),
    url: z.string().url().max(2000).regex(/^https?:\/\//i, 'an http or https address').optional(),
    publisher: z.string().min(1).max(200).optional(),
    published: z.string().regex(ISO_DATE, 'a date as YYYY-MM-DD').nullable().optional(),
    timeZone: z.string().min(1).max(64).optional(),
  })
  .strict();

export const MetadataPatch = DocumentInput.omit({ text: true }).partial().strict();
