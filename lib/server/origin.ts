// The origin the app is reached at, for absolute URLs (oEmbed answers, discovery links): what the server
// (scripts/server.ts) decided — DATELINE_ORIGIN, a trusted proxy's forwarded host, or the listening origin —
// never the Host header a client wrote. Answers that use it vary on Host.
import { ORIGIN_HEADER } from './guard';

export function requestOrigin(h: Headers): string {
  const fixed = process.env.DATELINE_ORIGIN?.split(',')[0]?.trim().replace(/\/+$/, '');
  if (fixed && /^https?:\/\/[^/\s]+$/.test(fixed)) return fixed;
  const set = h.get(ORIGIN_HEADER);
  if (set && /^https?:\/\/[^/\s]+$/.test(set)) return set;
  // Under `next dev` (no server in front): the development server's own address.
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
