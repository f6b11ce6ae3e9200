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

/** The text of an HTML page's article, read in the browser's own inert parser (Readability loaded on first use). */
export async function articleFromHtml(html: string): Promise<{ text: string; title?: string; url?: string }> {
  const { articleOf } = await import('@/lib/text/article');
  return articleOf(html, (h) => new DOMParser().parseFromString(h, 'text/html'));
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
