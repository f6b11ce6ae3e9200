import type { NextConfig } from 'next';
import { DATA_CSP, STATIC_PAGE_CSP } from './lib/security/csp';

const nextConfig: NextConfig = {
  // better-sqlite3 and other native modules stay outside the bundle when they arrive.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // The bundled corpus is read from data/ at request time by server code.
  outputFileTracingIncludes: { '/': ['./data/**/*'], '/api/export': ['./data/**/*', './node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2'] },
  // Pages get their policy (with a per-request nonce) from proxy.ts; these are the routes it does not run on.
  async headers() {
    const common = [
      { key: 'x-content-type-options', value: 'nosniff' },
      { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
    ];
    return [
      { source: '/:path*', headers: common },
      { source: '/api/:path*', headers: [{ key: 'x-frame-options', value: 'SAMEORIGIN' }] },
      // An SVG export sets its own policy (its styles and embedded font); every other API answer is data.
      { source: '/api/:path*', missing: [{ type: 'query', key: 'format', value: 'svg' }], headers: [{ key: 'content-security-policy', value: DATA_CSP }] },
      { source: '/bench/:path*', headers: [{ key: 'content-security-policy', value: STATIC_PAGE_CSP }, { key: 'x-frame-options', value: 'SAMEORIGIN' }] },
    ];
  },
};

export default nextConfig;
