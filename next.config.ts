import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // better-sqlite3 and other native modules stay outside the bundle when they arrive.
  serverExternalPackages: [],
  poweredByHeader: false,
  // The bundled corpus is read from data/ at request time by server code.
  outputFileTracingIncludes: { '/': ['./data/**/*'] },
};

export default nextConfig;
