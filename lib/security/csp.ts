// The Content-Security-Policy of every route, in one place. Pages get a fresh nonce per request (Next puts it
// on its own scripts), so no inline script runs without it; styles allow inline attributes (React's style
// props). Embeds may be framed by any page; everything else only by this origin.
export const isEmbedPath = (pathname: string) => pathname === '/embed' || pathname.startsWith('/embed/');

export function pageCsp(nonce: string, opts: { embed: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script (Next's chunks) run too; 'wasm-unsafe-eval' compiles
    // the timeline's WebAssembly loops (it allows no eval of JavaScript); 'unsafe-eval' only in development,
    // where React's dev build needs it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${opts.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${opts.embed ? '*' : "'self'"}`,
  ].join('; ');
}

/** For responses that are data, not pages (the API): nothing runs, nothing loads, framed only here. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'self'";
/** The benchmark pages are prerendered (no per-request nonce): their inline bootstrap is allowed instead. */
export const STATIC_PAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' blob: data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/** Server-rendered embeds: their own stylesheet and script, nothing inline, framable anywhere. */
export const embedCsp = (): string =>
  ["default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "font-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'", 'frame-ancestors *'].join('; ');
