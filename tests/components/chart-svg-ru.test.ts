// A Russian chart image: Russian labels and months, and the Cyrillic subset of Noto Sans inside it as a data URL
// with the Cyrillic unicode-range, so the file renders the same wherever it is opened (no network, no system font).
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '@/components/embed/chart-svg';
import { loadCorpus } from '@/lib/server/corpus';
import { arabicFontDataUrl, cyrillicFontDataUrl } from '@/lib/server/font';

const corpus = loadCorpus();
const CYRILLIC_FACE = /@font-face \{ font-family: 'Dateline Cyrillic'; src: url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\) format\('woff2'\); unicode-range: U\+0301, U\+0400-045F, [^;]*; \}/;

async function svgOf(chart: 'timeline' | 'graph' | 'compare', q: string) {
  const r = await chartSvg(chart, corpus, new URLSearchParams(q), arabicFontDataUrl(), cyrillicFontDataUrl());
  if (!r.ok) throw new Error(r.message);
  const doc = new DOMParser().parseFromString(r.svg, 'image/svg+xml');
  return { svg: r.svg, texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '') };
}

describe('a Russian chart image', () => {
  it('carries the Cyrillic face (a WOFF2, only the Cyrillic subset) beside the Arabic one', async () => {
    const { svg, texts } = await svgOf('timeline', 'lang=ru');
    const face = CYRILLIC_FACE.exec(svg);
    expect(face).not.toBeNull();
    const bytes = Buffer.from(face![1]!, 'base64');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeLessThan(20_000); // the Cyrillic subset, not the whole family
    expect(svg).toMatch(/font-family: 'Dateline Naskh', 'Dateline Cyrillic',/);
    expect(texts).toContain('Дмитрий Песков');
    expect(texts.some((t) => /дек\./.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('Время: '))).toBe(true);
  });

  it('the graph and the compare images in Russian carry it too', async () => {
    for (const chart of ['graph', 'compare'] as const) expect((await svgOf(chart, 'lang=ru')).svg).toMatch(CYRILLIC_FACE);
  });

  it('an image with no Cyrillic letter does not', async () => {
    const { svg, texts } = await svgOf('timeline', 'lang=en');
    expect(texts.join('')).not.toMatch(/[\u0400-\u04FF]/);
    expect(svg).not.toMatch(/Dateline Cyrillic'; src/);
  });
});
