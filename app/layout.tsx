import type { Metadata } from 'next';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
// Self-hosted Arabic font (no network at build or run time).
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Dateline',
  description: 'Who said what, when they said it, and when the thing they spoke about happened.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry the request's CSP nonce (proxy.ts), which a page
  // prerendered at build time (the 404 page among them) could not.
  await connection();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
