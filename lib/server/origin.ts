// The origin the app is reached at, for absolute URLs (oEmbed answers, discovery links): DATELINE_ORIGIN when
// set (behind a proxy that rewrites Host), else the request's own Host. Only http(s) and a plausible host.
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;

export function requestOrigin(h: Headers): string {
  const fixed = process.env.DATELINE_ORIGIN?.replace(/\/+$/, '');
  if (fixed && /^https?:\/\/[^/]+$/.test(fixed)) return fixed;
  const host = h.get('x-forwarded-host')?.split(',')[0]?.trim() || h.get('host') || 'localhost:3000';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${HOST.test(host) ? host : 'localhost:3000'}`;
}
