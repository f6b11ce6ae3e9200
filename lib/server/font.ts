// The fonts of SVG exports as data URLs, for images that must render the same outside the app (an SVG opened
// alone cannot reach the app's font files): Arabic, shaped and right-to-left, and Cyrillic for a Russian image.
// Each read once from its self-hosted package (@fontsource), never fetched.
import { readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | undefined;
let cachedCyrillic: string | undefined;

const fontFile = (pkg: string, file: string) => path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', pkg, 'files', file);

/** Noto Naskh Arabic, regular, Arabic subset (WOFF2, about 52 kB). */
export function arabicFontDataUrl(): string {
  if (cached) return cached;
  cached = `data:font/woff2;base64,${readFileSync(fontFile('noto-naskh-arabic', 'noto-naskh-arabic-arabic-400-normal.woff2')).toString('base64')}`;
  return cached;
}

/** Noto Sans, regular, Cyrillic subset only (WOFF2, about 7 kB): the Russian letters, not the Latin ones. */
export function cyrillicFontDataUrl(): string {
  if (cachedCyrillic) return cachedCyrillic;
  cachedCyrillic = `data:font/woff2;base64,${readFileSync(fontFile('noto-sans', 'noto-sans-cyrillic-400-normal.woff2')).toString('base64')}`;
  return cachedCyrillic;
}
