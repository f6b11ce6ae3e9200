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
  return { text, title: parsed.title?.trim() || undefined, url: canonical && /^https?:\/\//.test(canonical) ? canonical : undefined };
}
