// An HTML page's article as plain text: Mozilla's Readability (the reader view of Firefox) picks the article out of
// a document stripped of scripts, media and handlers first, and only its text is kept, never its HTML. Used by the
// explorer's upload (the browser's parser) and by the ingest CLI (jsdom's).
import { Readability } from '@mozilla/readability';

/** The text of an HTML page's article: paragraphs kept as lines, the rest of the page left out. `parse` is the
 * DOM's HTML parser (the browser's DOMParser, or jsdom's in the CLI); it must not run scripts. */
/** The most elements a page may have: a real article page has a few thousand; a crafted one is refused. */
export const MAX_ELEMENTS = 60_000;

/**
 * Inline handlers (on…=) disarmed before the markup is parsed, in one pass over it: inside a tag, outside its
 * quoted values, an attribute named on… is renamed, so no parser ever sees a handler (an inert document still
 * fires an image's error event, and the page's policy then has to refuse it — quietly is better). Linear in the
 * markup whatever it holds: no pattern rescans it (220,000 unclosed <style> tags once took 90 s).
 */
export function disarmHandlers(html: string): string {
  let out = '';
  let from = 0;
  let inTag = false;
  let quote = '';
  for (let i = 0; i < html.length; i++) {
    const c = html[i]!;
    if (!inTag) {
      if (c === '<' && /[A-Za-z]/.test(html[i + 1] ?? '')) inTag = true;
      continue;
    }
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '>') inTag = false;
    else if (/[\s/]/.test(c) && (html[i + 1] === 'o' || html[i + 1] === 'O') && (html[i + 2] === 'n' || html[i + 2] === 'N')) {
      out += html.slice(from, i + 1) + 'data-x-';
      from = i + 1;
    }
  }
  return out + html.slice(from);
}

export function articleOf(html: string, parse: (html: string) => Document): { text: string; title?: string; url?: string } {
  const doc = parse(disarmHandlers(html));
  if (doc.getElementsByTagName('*').length > MAX_ELEMENTS) throw new Error(`this page has more than ${MAX_ELEMENTS.toLocaleString('en')} elements, more than an article page holds`);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const site = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const headline = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  // Only text is wanted: scripts, frames, media and every inline handler go before anything reads the page.
  doc.querySelectorAll('script, style, noscript, iframe, frame, object, embed, img, picture, video, audio, source, svg, canvas, form, link, meta').forEach((el) => el.remove());
  doc.querySelectorAll('*').forEach((el) => {
    for (const a of [...el.attributes]) if (/^on/i.test(a.name) || /^(src|srcset|href|style)$/i.test(a.name)) el.removeAttribute(a.name);
  });
  const parsed = new Readability(doc, { maxElemsToParse: MAX_ELEMENTS }).parse();
  if (!parsed?.content) throw new Error('no article text found in this page');
  // Block elements become lines; text only from here on.
  const body = parse(parsed.content).body;
  const lines: string[] = [];
  body.querySelectorAll('h1, h2, h3, h4, p, li, blockquote, pre').forEach((el) => {
    if (el.querySelector('p, li')) return; // its children speak for it
    const line = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
  });
  const text = lines.length ? lines.join('\n') : (parsed.textContent ?? '').replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  if (!text) throw new Error('no article text found in this page');
  const url = canonical && /^https?:\/\//.test(canonical) ? canonical : undefined;
  return { text, title: headlineOf(headline ?? parsed.title ?? '', site, url), url };
}

/** Separators sites put between a headline and their own name ("Title | Reuters", "سبوتنيك - Title"),
 *  captured so a split keeps them. */
const SEPARATOR = /(\s+[|\-–—:·•»«]{1,2}\s+)/;

/**
 * A page's headline without the site's name before or after it: the name is the page's og:site_name, or the
 * canonical URL's host ("reuters.com" names "Reuters"). A title with no such part is kept whole: a colon or a
 * dash inside a headline is not a site's name.
 */
export function headlineOf(title: string, site?: string, url?: string): string | undefined {
  const whole = title.replace(/\s+/g, ' ').trim();
  if (!whole) return undefined;
  const fold = (x: string) => x.toLowerCase().replace(/^www\./, '').replace(/[^\p{L}\p{N}]+/gu, '');
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '').split('.').slice(0, -1).join('.') : '';
  } catch {
    host = '';
  }
  const names = [site, host].filter((x): x is string => !!x).map(fold).filter((x) => x.length >= 2);
  if (!names.length) return whole;
  const isSite = (part: string) => {
    const f = fold(part);
    return f.length > 0 && names.some((n) => f === n || (f.length >= 3 && (n.startsWith(f) || f.startsWith(n))));
  };
  // Parts at even indexes, the separators between them at odd ones.
  const pieces = whole.split(SEPARATOR);
  if (pieces.length < 3) return whole;
  let from = 0;
  let to = pieces.length;
  if (isSite(pieces[to - 1]!)) to -= 2;
  else if (isSite(pieces[0]!)) from += 2;
  if (to - from === pieces.length || to <= from) return whole;
  // The separators between the parts that remain are the headline's own.
  return pieces.slice(from, to).join('').trim() || whole;
}
