// What every JSON route shares: errors as {error: {code, message, field?}} with their status, bodies read
// with a size cap and strict UTF-8, writes behind DATELINE_TOKEN when it is set, and a per-client rate limit
// on writes and extraction. Never a stack trace.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ExtractInputError } from '@/lib/extract';
import { PoolBusyError, TooComplexError } from '@/lib/server/pool';
import { StoreError, getSharedRateLimit } from '@/lib/storage';
import { CLIENT_HEADER, WRITE_ORIGINS_HEADER } from '@/lib/server/guard';

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
  if (e instanceof TooComplexError) return Response.json({ error: { code: e.code, message: e.message } }, { status: e.status });
  if (e instanceof PoolBusyError) return Response.json({ error: { code: e.code, message: e.message } }, { status: e.status, headers: { 'retry-after': String(e.retryAfter) } });
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
const inUnits = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`);

export async function readJson(request: Request, max = MAX_BODY_BYTES, what = 'one article at a time'): Promise<unknown> {
  const tooLarge = (n?: number) => new HttpError(413, 'too_large', `${n ? `This is ${inUnits(n)}; ` : 'This is too large: '}the most one request may send is ${inUnits(max)} (${what}).`);
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > max) throw tooLarge(declared);
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
        throw tooLarge();
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

/** Whether the request carries the token (DATELINE_TOKEN set and given as a Bearer token). */
function hasToken(request: Request): boolean {
  const token = process.env.DATELINE_TOKEN;
  if (!token) return false;
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Writes need the token when DATELINE_TOKEN is set; reads stay open (embeds read). Every write is also held to
 *  requireSameSite: no page elsewhere can write, token or not. */
export function requireWriter(request: Request, types: string[] = ['application/json']) {
  requireSameSite(request, types);
  if (!process.env.DATELINE_TOKEN || hasToken(request)) return;
  throw new HttpError(401, 'unauthorized', 'This write needs the token: Authorization: Bearer <DATELINE_TOKEN>.', undefined, { 'www-authenticate': 'Bearer' });
}

/** A request that changes something or makes the server work comes from this app's own pages or from a program,
 *  never from a page on another site: a browser's Origin (and Sec-Fetch-Site) must be the app's own — the
 *  origins the server listens at, or DATELINE_ORIGIN — unless the token is given; and the body must be JSON
 *  (a form or a text/plain post from elsewhere is not even read). */
export function requireSameSite(request: Request, types: string[] = ['application/json']) {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (!hasToken(request)) {
    const own = ownOrigins(request);
    if ((origin !== null && !own.includes(origin.replace(/\/+$/, ''))) || site === 'cross-site' || (site === 'same-site' && origin === null))
      throw new HttpError(403, 'cross_site', `Writes come from this app's own pages${origin ? `, not from ${origin}` : ''}; set DATELINE_ORIGIN if the app is reached at another address.`);
  }
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // A route that takes no body (DELETE, undo) passes no types; the others take JSON only.
  if (types.length && !types.includes(type)) throw new HttpError(415, 'unsupported_media_type', `Send the body as ${types.join(' or ')}${type ? `, not ${type}` : ''}.`);
}

/** The origins the app's own pages have: set by the server (scripts/server.ts) from DATELINE_ORIGIN, a trusted
 *  proxy, or where it listens. Under `next dev` (no such header) the Host the request came to. */
function ownOrigins(request: Request): string[] {
  const set = request.headers.get(WRITE_ORIGINS_HEADER);
  if (set) return set.split(',');
  const host = request.headers.get('host');
  return host ? [`http://${host}`, `https://${host}`] : [];
}

// Token buckets per client: DATELINE_RATE_LIMIT requests per minute (default 120; 0 turns the limit off, as
// the load benchmark does), bursts up to a quarter of that. The client is the socket's address (or, behind a
// trusted proxy, the address it forwards), as the server gives it — never a header the client wrote. With
// PostgreSQL the buckets are kept in the database (lib/storage/rate-limit.ts), so the limit holds per client
// across every app server; while the database cannot be reached, and with SQLite, each server keeps them in its
// own memory (rateLimitHere).
const buckets = new Map<string, { tokens: number; at: number }>();
const MAX_CLIENTS = 50_000;

const limitOf = () => {
  const perMinute = Number(process.env.DATELINE_RATE_LIMIT ?? 120);
  return perMinute > 0 ? { perMinute, burst: Math.max(1, Math.ceil(perMinute / 4)) } : null;
};
const tooMany = (tokens: number, perMinute: number) => {
  const wait = Math.max(1, Math.ceil(((1 - tokens) / perMinute) * 60));
  return new HttpError(429, 'rate_limited', `Too many writes from this client: try again in ${wait} s.`, undefined, { 'retry-after': String(wait) });
};

/** The rate limit for this request: a 429 HttpError when its client has spent its tokens (on every server,
 *  with PostgreSQL). */
export async function rateLimit(request: Request, now = Date.now()): Promise<void> {
  const limit = limitOf();
  if (!limit) return;
  const client = request.headers.get(CLIENT_HEADER) || 'local';
  let taken: { ok: boolean; tokens: number } | null = null;
  try {
    taken = (await getSharedRateLimit()?.take(client, limit.perMinute, limit.burst, now)) ?? null;
  } catch (e) {
    // The database not there (or the store not configured right): this server's own buckets meanwhile, so that
    // what needs no database (extraction) is still limited, and still served.
    if (!(e instanceof StoreError)) throw e;
  }
  if (!taken) return rateLimitHere(request, now);
  if (!taken.ok) throw tooMany(taken.tokens, limit.perMinute);
}

/** The rate limit kept in this server's memory (SQLite's, and PostgreSQL's while the database is away). */
export function rateLimitHere(request: Request, now = Date.now()) {
  const limit = limitOf();
  if (!limit) return;
  const { perMinute, burst } = limit;
  const client = request.headers.get(CLIENT_HEADER) || 'local';
  const refill = (b: { tokens: number; at: number }) => Math.min(burst, b.tokens + ((now - b.at) / 60_000) * perMinute);
  let b = buckets.get(client);
  if (!b) {
    if (buckets.size >= MAX_CLIENTS) {
      // Full: forget the clients whose bucket has refilled (forgetting them changes nothing), oldest first; if
      // every client is still active, the new one waits rather than an active one being forgotten.
      for (const [k, old] of buckets) {
        if (buckets.size < MAX_CLIENTS * 0.9) break;
        if (refill(old) >= burst) buckets.delete(k);
      }
      if (buckets.size >= MAX_CLIENTS) throw new HttpError(429, 'rate_limited', 'Too many clients are writing at once: try again in a minute.', undefined, { 'retry-after': '60' });
    }
    b = { tokens: burst, at: now };
  } else buckets.delete(client); // re-inserted below: the map's order is the order of last use
  b.tokens = refill(b);
  b.at = now;
  buckets.set(client, b);
  if (b.tokens < 1) throw tooMany(b.tokens, perMinute);
  b.tokens -= 1;
}

/** How many clients the rate limit remembers (for tests). */
export const rateLimitClients = () => buckets.size;

export { DocumentInput } from '@/lib/model/input';
import { DocumentInput } from '@/lib/model/input';

export const MetadataPatch = DocumentInput.omit({ text: true }).partial().strict();
