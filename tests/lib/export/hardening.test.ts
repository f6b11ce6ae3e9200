// Exports that hostile or unlucky text cannot break: no formula in a CSV cell however it hides, no two dashes
// in a TimeML comment, no character XML forbids in an SVG (a name stored with U+0001 once broke every image),
// and no override that outlasts the string it came in.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '@/components/embed/chart-svg';
import { extract } from '@/lib/extract';
import { csvCell } from '@/lib/export/statements';
import { toTimeML } from '@/lib/export/timeml';
import { arabicFontDataUrl } from '@/lib/server/font';
import { isolate, withoutBidiControls } from '@/lib/text/bidi';

describe('CSV cells', () => {
  it.each([
    ['\u0000=1+1', 'a leading NUL'],
    [' =1+1', 'a space before ='],
    ['\t=1', 'a tab'],
    ['\n=1', 'a line feed'],
    ['\uFF1D1+1', 'a full-width equals sign'],
    ['\uFF20SUM(A1)', 'a full-width at sign'],
    ['\u3000+1', 'an ideographic space before +'],
  ])('%j (%s) is text, never a formula', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1) : cell;
    expect(unquoted.startsWith("'")).toBe(true);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Peskov said')).toBe('Peskov said');
    expect(csvCell('  indented text')).toBe('  indented text');
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('TimeML', () => {
  it('is well-formed when a publisher or an address holds runs of dashes', () => {
    const x = extract({ id: 'dash', text: 'قال بيسكوف أمس إن الاتصال تم.', lang: 'ar', publisher: 'A---B--', url: 'https://example.org/a---b', published: '2021-12-29', timeZone: 'UTC' });
    const out = toTimeML(x);
    for (const c of out.match(/<!--[\s\S]*?-->/g) ?? []) expect(c.slice(4, -3)).not.toMatch(/--|-$/);
    const errors: string[] = [];
    new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(out, 'application/xml');
    expect(errors).toEqual([]);
  });
});

describe('SVG of a corpus holding control characters', () => {
  it('is still well-formed XML: the characters XML forbids are dropped', async () => {
    const x = extract({ id: 'ctl', text: 'قال المتحدث باسم الكرملين ديمتري بيسكوف أمس إن الاتصال تم.', lang: 'ar', publisher: 'Wire', published: '2021-12-29', timeZone: 'UTC' });
    // What an older database may hold: a publisher and an actor's name with controls in them.
    x.document.publisher = 'Wire\u0000\u0001';
    for (const a of x.actors) a.names.en = a.names.en.map((n) => `${n}\u0001`);
    for (const chart of ['timeline', 'graph'] as const) {
      const r = await chartSvg(chart, [x], new URLSearchParams('lang=en'), arabicFontDataUrl());
      if (!r.ok) throw new Error(r.message);
      expect(r.svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      const errors: string[] = [];
      new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(r.svg, 'image/svg+xml');
      expect(errors).toEqual([]);
    }
  });
});

describe('bidi isolation', () => {
  it('wraps a string in an isolate with its own overrides dropped, so nothing outlasts it', () => {
    const hostile = 'Wire\u202E (reversed)';
    expect(isolate(hostile)).toBe('\u2068Wire (reversed)\u2069');
    // A stray pop inside cannot close the isolate early either.
    expect(isolate('a\u2069b\u202Cc')).toBe('\u2068abc\u2069');
    expect(withoutBidiControls('ok \u2066x\u2069')).toBe('ok x');
  });
});
