// An HTML page's article as plain text: Mozilla's Readability (the reader view of Firefox) picks the article out of
// a document stripped of scripts, media and handlers first, and only its text is kept, never its HTML. Used by the
// explorer's upload (the browser's parser) and by the ingest CLI (jsdom's).
import { Readability } from '@mozilla/readability';

/** The text of an HTML page's article: paragraphs kept as lines, the rest of the page left out. `parse` is the
 * DOM's HTML parser (the browser's DOMParser, or jsdom's in the CLI); it must not run scripts. */
export function articleOf(html: string, parse: (html: string) => Document): { text: string; title?: string; url?: string } {
  // Inline handlers are taken out of the markup before it is parsed: an inert document still fires an image's
  // error event, and the page's policy then has to refuse the handler (it would, but quietly is better).
  const unhandled = html.replace(/<(script|style|noscript|iframe|object|embed|svg)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const doc = parse(unhandled);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const site = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const headline = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]');
  // Only text is wanted: scripts, frames, media and every inline handler go before anything reads the page.
  doc.querySelectorAll('script, style, noscript, iframe, frame, object, embed, img, picture, video, audio, source, svg, canvas, form, link, meta').forEach((el) => el.remove());
  doc.querySelectorAll('*').forEach((el) => {
    for (const a of [...el.attributes]) if (/^on/i.test(a.name) || /^(src|srcset|href|style)$/i.test(a.name)) el.removeAttribute(a.name);
  });
  const parsed = new Readability(doc).parse();
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
