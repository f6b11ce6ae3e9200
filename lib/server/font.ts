// The Arabic font as a data URL, for SVG exports that must stay shaped and right-to-left outside the app
// (an SVG opened alone cannot reach the app's font files). Read once from the self-hosted package.
import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;

/** Noto Naskh Arabic, regular, Arabic subset (WOFF2, about 52 kB). */
export function arabicFontDataUrl(): string {
  if (cached) return cached;
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'noto-naskh-arabic', 'files', 'noto-naskh-arabic-arabic-400-normal.woff2');
  cached = `data:font/woff2;base64,${readFileSync(file).toString('base64')}`;
  return cached;
}
