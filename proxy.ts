// Runs before every page: a fresh CSP nonce per request, handed to Next (which puts it on its scripts) through
// the request's own Content-Security-Policy header, and the same policy on the response. Embeds may be framed
// anywhere; other pages only by this origin (see lib/security/csp.ts).
import { type NextRequest, NextResponse } from 'next/server';
import { isEmbedPath, pageCsp } from './lib/security/csp';

/** Embeds rendered by a route handler (static markup, no inline script) set their own policy. */
const OWN_POLICY = new Set(['/embed/timeline', '/embed/graph', '/embed/compare']);

export function proxy(request: NextRequest) {
  if (OWN_POLICY.has(request.nextUrl.pathname)) return NextResponse.next();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const nonce = btoa(String.fromCharCode(...bytes));
  const embed = isEmbedPath(request.nextUrl.pathname);
  const csp = pageCsp(nonce, { embed, dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  if (!embed) response.headers.set('x-frame-options', 'SAMEORIGIN');
  return response;
}

export const config = {
  // Pages only: the API, static files and the prerendered benchmark pages get their headers from next.config.
  matcher: [
    {
      source: '/((?!api/|_next/static|_next/image|icon.svg|embed.js|bench/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
