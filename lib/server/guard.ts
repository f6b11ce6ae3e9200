// What the app's HTTP server decides before Next sees a request (scripts/server.ts): who the client is, which
// origin the app answers as, which proxy headers to believe, and the requests refused outright (TRACE, a method a
// route does not take, an undecodable path) — each as a JSON error with the data policy's headers.
import { isIP } from 'node:net';
import { DATA_CSP } from '../security/csp';

/** Headers the server sets for the routes; any a client sends under these names is dropped first. */
export const CLIENT_HEADER = 'x-dateline-client';
export const ORIGIN_HEADER = 'x-dateline-origin';
export const WRITE_ORIGINS_HEADER = 'x-dateline-write-origins';
export const INTERNAL_HEADERS = [CLIENT_HEADER, ORIGIN_HEADER, WRITE_ORIGINS_HEADER];
/** Believed only from a trusted proxy, dropped otherwise. */
export const FORWARDED_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded'];

/** Which peers are proxies whose forwarded headers are believed: DATELINE_TRUST_PROXY, a comma list of
 *  addresses and the words `loopback` (127.0.0.0/8, ::1) and `private` (10/8, 172.16/12, 192.168/16, fc00::/7). */
export type TrustedProxies = (address: string) => boolean;

const v4 = (a: string) => a.replace(/^::ffff:/i, '');
const inV4 = (a: string, prefix: number[], bits: number) => {
  const parts = v4(a).split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) return false;
  const n = ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
  const p = ((prefix[0]! << 24) | (prefix[1]! << 16) | ((prefix[2] ?? 0) << 8) | (prefix[3] ?? 0)) >>> 0;
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (n & mask) === (p & mask);
};
export const isLoopback = (a: string) => a === '::1' || inV4(a, [127, 0, 0, 0], 8);
const isPrivate = (a: string) => inV4(a, [10, 0, 0, 0], 8) || inV4(a, [172, 16, 0, 0], 12) || inV4(a, [192, 168, 0, 0], 16) || /^f[cd][0-9a-f]{2}:/i.test(a);

export function trustedProxies(setting: string | undefined): TrustedProxies {
  const items = (setting ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (!items.length) return () => false;
  const exact = new Set(items.filter((i) => isIP(i)).map(v4));
  const loopback = items.includes('loopback');
  const priv = items.includes('private');
  return (address) => exact.has(v4(address)) || (loopback && isLoopback(address)) || (priv && isPrivate(address));
}

/** The client's address: the socket's peer, or — when that peer is a trusted proxy — the right-most address of
 *  X-Forwarded-For that no trusted proxy added (a client's own X-Forwarded-For entries stand to the left). */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  const socket = v4(peer ?? 'unknown');
  if (!trusted(socket) || !forwardedFor) return socket;
  const hops = forwardedFor.split(',').map((h) => v4(h.trim())).filter((h) => isIP(h));
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted(hops[i]!)) return hops[i]!;
  return hops[0] ?? socket;
}

/** The origins the app is reached at when nothing else says: its listening address, and for a loopback or
 *  wildcard bind the names of the loopback (a browser on this machine may use any of them). */
export function listeningOrigins(hostname: string | undefined, port: number): string[] {
  const h = (hostname ?? '').trim();
  const loopback = [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`];
  // The name it was told to listen at comes first: that is the origin it answers as.
  if (h === '127.0.0.1') return [loopback[1]!, loopback[0]!, loopback[2]!];
  if (h === '::1') return [loopback[2]!, loopback[0]!, loopback[1]!];
  if (!h || h === '0.0.0.0' || h === '::' || h === 'localhost' || isLoopback(h)) return loopback;
  return [`http://${isIP(h) === 6 ? `[${h}]` : h}:${port}`];
}

const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

/** The origin the app answers as (absolute links in oEmbed and discovery) and those its pages may write from:
 *  DATELINE_ORIGIN when set (a comma list: the first is the canonical one); else, from a trusted proxy, what
 *  it forwards; else the listening origin. The Host header alone is never believed. */
export function appOrigins(opts: { configured?: string; trustedPeer: boolean; forwardedHost?: string; forwardedProto?: string; listening: string[] }): string[] {
  const configured = (opts.configured ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter((o) => /^https?:\/\/[^/\s]+$/.test(o));
  if (configured.length) return configured;
  const host = opts.forwardedHost?.split(',')[0]?.trim();
  if (opts.trustedPeer && host && HOST.test(host)) {
    const proto = opts.forwardedProto?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
    return [`${proto}://${host}`, ...opts.listening];
  }
  return opts.listening;
}

/** The methods each API route answers; HEAD goes with GET. */
const ROUTES: [RegExp, string[]][] = [
  [/^\/api\/extract$/, ['POST']],
  [/^\/api\/documents$/, ['GET', 'POST']],
  [/^\/api\/documents\/[^/]+$/, ['GET', 'PATCH', 'DELETE']],
  [/^\/api\/documents\/[^/]+\/edits$/, ['GET', 'POST']],
  [/^\/api\/documents\/[^/]+\/edits\/[^/]+\/undo$/, ['POST']],
  [/^\/api\/ingest$/, ['POST']],
  [/^\/api\/jobs\/[^/]+$/, ['GET']],
  [/^\/api\/(?:export|health|oembed|statements|search|overview)$/, ['GET']],
];

export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** A request refused before it reaches the app, or null to let it through. */
export function refuse(method: string, rawPath: string): Refusal | null {
  const m = method.toUpperCase();
  if (m === 'TRACE' || m === 'TRACK' || m === 'CONNECT') return { status: 405, code: 'method_not_allowed', message: `${m} is not served here.`, headers: { allow: 'GET, HEAD, POST, PATCH, DELETE, OPTIONS' } };
  const pathname = rawPath.split('?')[0] ?? '/';
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, code: 'bad_path', message: 'The address holds a malformed percent-encoding (a % not followed by two hex digits).' };
  }
  if (!pathname.startsWith('/api/') && pathname !== '/api') return null;
  const route = ROUTES.find(([re]) => re.test(pathname.replace(/\/+$/, '') || '/'));
  if (!route) return { status: 404, code: 'not_found', message: `No API route at ${pathname}.` };
  const allowed = route[1].includes('GET') ? [...route[1], 'HEAD', 'OPTIONS'] : [...route[1], 'OPTIONS'];
  if (!allowed.includes(m)) return { status: 405, code: 'method_not_allowed', message: `${pathname} answers ${allowed.filter((a) => a !== 'OPTIONS').join(', ')}, not ${m}.`, headers: { allow: allowed.join(', ') } };
  if (m === 'OPTIONS') return { status: 204, code: '', message: '', headers: { allow: allowed.join(', ') } };
  return null;
}

/** The headers every answer of the server's own carries (the API's data policy). */
export const REFUSAL_HEADERS: Record<string, string> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy': DATA_CSP,
};

export const refusalBody = (r: Refusal) => (r.status === 204 ? '' : JSON.stringify({ error: { code: r.code, message: r.message } }));
