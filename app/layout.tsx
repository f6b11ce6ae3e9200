import type { Metadata } from 'next';
import type { ReactNode } from 'react';
// Self-hosted Arabic font (no network at build or run time).
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './globals.css';

export const metadata: Metadata = {
  title: 'Dateline',
  description: 'Who said what, when they said it, and when the thing they spoke about happened.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
