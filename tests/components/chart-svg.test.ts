// The chart as a standalone SVG file: well-formed XML, the Arabic font inside, the title above and the
// attribution below, hostile text kept as text, and bad requests answered with a reason.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '@/components/embed/chart-svg';
import { extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';
import { arabicFontDataUrl } from '@/lib/server/font';

const corpus = loadCorpus();
const font = arabicFontDataUrl();

async function svgOf(chart: 'timeline' | 'graph' | 'compare', q: string) {
  const r = await chartSvg(chart, corpus, new URLSearchParams(q), font);
  if (!r.ok) throw new Error(r.message);
  return { ...r, doc: new DOMParser().parseFromString(r.svg, 'image/svg+xml') };
}

describe('chart SVG', () => {
  it('is one well-formed SVG with the Arabic font embedded', async () => {
    const { doc, svg, width } = await svgOf('timeline', 'lang=ar');
    expect(doc.documentElement!.nodeName).toBe('svg');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(width).toBe(960);
    expect(svg).toMatch(/@font-face \{ font-family: 'Dateline Naskh'; src: url\(data:font\/woff2;base64,[A-Za-z0-9+/]{1000,}/);
    expect(font.length).toBeGreaterThan(50_000);
    // Arabic month names on the axis, lane names in Arabic.
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts.some((t) => /ديسمبر/.test(t))).toBe(true);
    expect(texts).toContain('دميتري بيسكوف');
  });

  it('carries the title, caption and the attribution of every source', async () => {
    const { doc } = await svgOf('graph', `title=${encodeURIComponent('<b>Who</b> & whom')}&caption=Constructed`);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('<b>Who</b> & whom');
    expect(doc.getElementsByTagName('b')).toHaveLength(0);
    expect(texts).toContain('Sources: Sputnik Arabic, 2021-12-29'); // the seed has no URL: none is made up
    expect(texts).toContain('Constructed');
    expect(doc.getElementsByTagName('path').length).toBeGreaterThan(20); // the graph's edges and nodes
  });

  it("names a source's address when it has one", async () => {
    // A constructed text, not a real report.
    const x = extract({ id: 'c', title: 't', lang: 'ar', publisher: 'Example Wire', url: 'https://example.org/a?x=1&y=<2>', published: '2021-12-30', timeZone: 'UTC', text: 'قال المتحدث باسم الكرملين دميتري بيسكوف اليوم الخميس إن الاتصال الهاتفي جرى.' });
    const r = await chartSvg('timeline', [x], new URLSearchParams(), font);
    expect(r.ok).toBe(true);
    const doc = new DOMParser().parseFromString(r.ok ? r.svg : '', 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toContain('Sources: Example Wire, 2021-12-30 — https://example.org/a?x=1&y=<2>');
  });

  it('says when nothing is left to draw', async () => {
    const r = await chartSvg('timeline', corpus, new URLSearchParams('q=nothing-matches-this'), font);
    expect(!r.ok && [r.status, r.code]).toEqual([422, 'nothing_to_draw']);
  });

  it('refuses a width out of range', async () => {
    const r = await chartSvg('timeline', corpus, new URLSearchParams('width=12'), font);
    expect(r.ok).toBe(false);
    expect(!r.ok && [r.status, r.field]).toEqual([400, 'width']);
  });
});

describe('compare image', () => {
  it('draws the call as every source claims it, with the consensus said under the chart and the sources named', async () => {
    const { doc } = await svgOf('compare', '');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts[0]).toBe('Compare sources: Phone call');
    expect(texts).toContain('Consensus of 2 claims: 30 Dec 2021, 21:00–24:00, Moscow time. The claimed times are consistent.');
    expect(texts.join('')).not.toMatch(/[\u2066-\u2069]/); // no bidi isolates: a Latin line would wait on the Arabic font
    expect(texts.some((t) => t.startsWith('Sources: Sputnik Arabic'))).toBe(true);
    const rows = Array.from(doc.getElementsByTagName('g')).filter((g) => (g.getAttribute('class') ?? '').startsWith('cmp-row'));
    expect(rows).toHaveLength(2);
    expect(Array.from(doc.getElementsByTagName('a'))).toHaveLength(0); // an image links nowhere
  });

  it('answers a group that is not there with 404 and the field', async () => {
    const r = await chartSvg('compare', corpus, new URLSearchParams('group=nope'), font);
    expect(r).toMatchObject({ ok: false, status: 404, code: 'unknown_group', field: 'group' });
  });
});

describe('the legend of a chart image', () => {
  const legendOf = (doc: Document) => Array.from(doc.getElementsByTagName('text')).filter((t) => (t.getAttribute('class') ?? '') === 'x-legend').map((t) => t.textContent ?? '');
  it('names each stance and event modality the timeline shows, and no other', async () => {
    const { doc } = await svgOf('timeline', 'lang=en');
    const legend = legendOf(doc as unknown as Document);
    expect(legend[0]).toBe('Legend:');
    const stances = new Set(corpus[0]!.statements.map((s) => s.stance));
    for (const s of stances) expect(legend).toContain({ confirm: 'confirms', deny: 'denies', state: 'states', announce: 'announces', report: 'reports', accuse: 'accuses', request: 'requests', publish: 'publishes' }[s] ?? s);
    expect(legend.length).toBeLessThan(1 + 8 + 4 + 1);
    // Only stances shown: filtered to denials, the legend names denials alone among the stances.
    const { doc: denials } = await svgOf('timeline', 'lang=en&stance=deny');
    const only = legendOf(denials as unknown as Document);
    expect(only).toContain('denies');
    expect(only).not.toContain('confirms');
  });

  it('names the graph’s node kinds in Arabic, and sits between the chart and the sources', async () => {
    const { doc } = await svgOf('graph', 'lang=ar');
    const texts = Array.from(doc.getElementsByTagName('text'));
    const legend = texts.filter((t) => t.getAttribute('class') === 'x-legend');
    expect(legend.map((t) => t.textContent)).toContain('مفتاح الرموز:');
    expect(legend.map((t) => t.textContent).some((s) => /شخص/.test(s ?? ''))).toBe(true);
    const sources = texts.find((t) => t.getAttribute('class') === 'x-source')!;
    expect(Number(sources.getAttribute('y'))).toBeGreaterThan(Math.max(...legend.map((t) => Number(t.getAttribute('y')))));
  });
});
