// Mixed Arabic and English in what leaves the app: a publisher's Arabic name in an English chart image or
// TimelineJS file keeps the comma and date that follow it after it, instead of being turned round with them
// ("11-01-2022 ,وكالة اختبار").
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { chartSvg } from '@/components/embed/chart-svg';
import { toTimelineJs } from '@/lib/export/timelinejs';
import { extract } from '@/lib/extract';
import { arabicFontDataUrl } from '@/lib/server/font';
import { settle } from '@/lib/text/bidi';
import { statementRows } from '@/lib/view/rows';

// A constructed report (not a real article) from a publisher the gazetteer does not know, named in Arabic.
const x = extract({ id: 'bidi', title: 'اختبار', lang: 'ar', publisher: 'وكالة اختبار', published: '2022-01-11', timeZone: 'UTC', text: 'قال المتحدث باسم الكرملين دميتري بيسكوف اليوم الثلاثاء إن المحادثات جرت في جنيف.' });

describe('settle', () => {
  it('ends a string of the other direction with a mark of the line’s, and leaves one of its own alone', () => {
    expect(settle('وكالة اختبار', false)).toBe('وكالة اختبار\u200E');
    expect(settle('Reuters', true)).toBe('Reuters\u200F');
    expect(settle('Reuters', false)).toBe('Reuters');
    expect(settle('وكالة', true)).toBe('وكالة');
    // An override a user typed cannot outlast the string.
    expect(settle('\u202Eوكالة', false)).toBe('وكالة\u200E');
  });
});

describe('exports with an Arabic publisher in an English view', () => {
  it('the image’s sources line keeps the date after the name', async () => {
    const r = await chartSvg('timeline', [x], new URLSearchParams('lang=en'), arabicFontDataUrl());
    expect(r.ok).toBe(true);
    const doc = new DOMParser().parseFromString(r.ok ? r.svg : '', 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? '');
    expect(texts).toContain('Sources: وكالة اختبار\u200E, 2022-01-11');
  });

  it('TimelineJS isolates the name in the credit, the headline and the list of sources', () => {
    const tl = toTimelineJs(statementRows([x]), [x], { zone: 'UTC', lang: 'en' });
    const credits = tl.events.map((e) => e.text.text);
    expect(credits.length).toBeGreaterThan(0);
    for (const c of credits) expect(c).toContain('<bdi>وكالة اختبار</bdi>, 2022-01-11');
    expect(tl.title.text.text).toContain('\u2068وكالة اختبار\u2069 (2022-01-11)');
  });
});
