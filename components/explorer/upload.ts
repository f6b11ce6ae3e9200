// Files a user hands the "Add an article" form, turned into documents for POST /api/documents: a .txt file is
// the article; an .html page has its article body taken out by Mozilla's Readability (the reader view of
// Firefox) in an inert document stripped of scripts, media and handlers first, and only its text is kept,
// never its HTML;
// a .json file is an Extraction, a list of them, or a list of {text, …} documents.
import { documentsFromJson, inputOf } from '@/lib/model/input';

export interface UploadDoc {
  text: string;
  title?: string;
  url?: string;
  lang?: 'ar' | 'en';
  publisher?: string;
  published?: string | null;
  timeZone?: string;
}

export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** The text of an HTML page's article: paragraphs kept as lines, the rest of the page left out. */
export async function articleFromHtml(html: string): Promise<{ text: string; title?: string; url?: string }> {
  // Inline handlers are taken out of the markup before it is parsed: an inert document still fires an image's
  // error event, and the page's policy then has to refuse the handler (it would, but quietly is better).
  const unhandled = html.replace(/<(script|style|noscript|iframe|object|embed|svg)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const doc = new DOMParser().parseFromString(unhandled, 'text/html');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
  // Only text is wanted: scripts, frames, media and every inline handler go before anything reads the page.
  doc.querySelectorAll('script, style, noscript, iframe, frame, object, embed, img, picture, video, audio, source, svg, canvas, form, link, meta').forEach((el) => el.remove());
  doc.querySelectorAll('*').forEach((el) => {
    for (const a of [...el.attributes]) if (/^on/i.test(a.name) || /^(src|srcset|href|style)$/i.test(a.name)) el.removeAttribute(a.name);
  });
  const { Readability } = await import('@mozilla/readability');
  const parsed = new Readability(doc).parse();
  if (!parsed?.content) throw new Error('no article text found in this page');
  // Block elements become lines; text only from here on.
  const body = new DOMParser().parseFromString(parsed.content, 'text/html').body;
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

/** One file's documents; a reason a person can act on when it has none. */
export async function documentsFromFile(f: File): Promise<UploadDoc[]> {
  if (f.size > MAX_UPLOAD_BYTES) throw new Error(`${(f.size / 1048576).toFixed(1)} MB is over the 2 MB limit for one article`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await f.arrayBuffer()).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('not UTF-8 text');
  }
  const name = f.name.replace(/\.[^.]+$/, '');
  if (/\.html?$/i.test(f.name) || f.type === 'text/html') {
    const a = await articleFromHtml(text);
    return [{ text: a.text, title: a.title ?? name, ...(a.url ? { url: a.url } : {}) }];
  }
  if (/\.json$/i.test(f.name) || f.type === 'application/json') {
    // The server reads every document again (its engine, its gazetteer): an Extraction gives its text and metadata.
    return documentsFromJson(text).map((d) => {
      const { id: _id, year: _year, ...rest } = d.kind === 'extraction' ? inputOf(d.extraction) : d.input;
      return rest as UploadDoc;
    });
  }
  if (!text.trim()) throw new Error('the file is empty');
  return [{ text, title: name }];
}
