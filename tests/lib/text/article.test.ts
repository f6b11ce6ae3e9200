import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENTS, articleOf, disarmHandlers, headlineOf } from '@/lib/text/article';

const parse = (html: string) => new JSDOM(html).window.document;
const page = (head: string) =>
  `<html><head>${head}</head><body><article><h1>Headline</h1><p>${'Peskov said on Wednesday that the call would take place on Thursday evening. '.repeat(8)}</p><p>${'The White House confirmed the call earlier. '.repeat(8)}</p></article></body></html>`;

describe('headlineOf', () => {
  it("takes the site's name off either end, by og:site_name or by the canonical host", () => {
    expect(headlineOf('Kremlin confirms Putin-Biden call | Reuters', 'Reuters')).toBe('Kremlin confirms Putin-Biden call');
    expect(headlineOf('Kremlin confirms call - Reuters', undefined, 'https://www.reuters.com/world/x')).toBe('Kremlin confirms call');
    expect(headlineOf('سبوتنيك عربي - الكرملين يؤكد الاتصال', 'سبوتنيك عربي')).toBe('الكرملين يؤكد الاتصال');
    expect(headlineOf('Sputnik Arabic — Peskov: the call is set', 'Sputnik')).toBe('Peskov: the call is set');
  });
  it("keeps a headline's own dashes and colons, and keeps the title whole when no part is the site", () => {
    expect(headlineOf('Russia - US talks: what comes next | AP News', 'AP News')).toBe('Russia - US talks: what comes next');
    expect(headlineOf('Russia - US talks: what comes next', 'AP News')).toBe('Russia - US talks: what comes next');
    expect(headlineOf('Peskov: call set for Thursday')).toBe('Peskov: call set for Thursday');
    expect(headlineOf('Reuters', 'Reuters')).toBe('Reuters');
    expect(headlineOf('   ')).toBeUndefined();
  });
});

describe('articleOf', () => {
  it("names the article by its og:title, or by its <title> without the site's name", () => {
    expect(articleOf(page('<title>Call confirmed | Reuters</title><meta property="og:site_name" content="Reuters">'), parse).title).toBe('Call confirmed');
    expect(articleOf(page('<title>Call confirmed | Reuters</title><meta property="og:title" content="Kremlin confirms the call">'), parse).title).toBe('Kremlin confirms the call');
    const a = articleOf(page('<title>Call confirmed - Reuters</title><link rel="canonical" href="https://www.reuters.com/a">'), parse);
    expect(a.title).toBe('Call confirmed');
    expect(a.url).toBe('https://www.reuters.com/a');
  });
});

describe('disarmHandlers', () => {
  it('renames on… attributes inside tags, and leaves text and quoted values alone', () => {
    expect(disarmHandlers('<img src=x onerror="alert(1)"><p>one online onset</p>')).toBe('<img src=x data-x-onerror="alert(1)"><p>one online onset</p>');
    expect(disarmHandlers('<a title="x onclick=y" ONCLICK=z>')).toBe('<a title="x onclick=y" data-x-ONCLICK=z>');
    expect(disarmHandlers('<svg/onload=alert(1)>')).toBe('<svg/data-x-onload=alert(1)>');
  });

  it('a page with more elements than an article page holds is refused, with a reason', () => {
    const html = `<html><body>${'<span>x</span>'.repeat(MAX_ELEMENTS + 10)}</body></html>`;
    expect(() => articleOf(html, parse)).toThrow(/more than 60,000 elements/);
  });
});

