// Files a user hands the "Add an article" form, turned into documents for POST /api/documents: a .txt file is
// the article; an .html page has its article body taken out by Mozilla's Readability (the reader view of
// Firefox) in an inert document stripped of scripts, media and handlers first, and only its text is kept,
// never its HTML;
// a .json file is an Extraction, a list of them, or a list of {text, …} documents.
import { documentsFromJson, inputOf } from '@/lib/model/input';
import type { Lang } from '@/lib/model/schema';

export interface UploadDoc {
  text: string;
  title?: string;
  url?: string;
  lang?: Lang;
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

/** A file of a batch and the NAME.meta.json beside it (a folder laid out as the bundled corpus is). */
export interface BatchFile {
  file: File;
  meta?: File;
  /** The name shown: the path inside the folder when there is one. */
  name: string;
}

const pathOf = (f: File) => (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;

/** The articles of a folder (or a multiple choice of files), sidecar metadata paired with its article and
 * anything that is not .txt, .html or .json left out. */
export function batchOf(files: readonly File[]): BatchFile[] {
  const metas = new Map(files.filter((f) => /\.meta\.json$/i.test(f.name)).map((f) => [pathOf(f).replace(/\.meta\.json$/i, ''), f]));
  return files
    .filter((f) => /\.(txt|html?|json)$/i.test(f.name) && !/\.meta\.json$/i.test(f.name))
    .map((f) => {
      const meta = metas.get(pathOf(f).replace(/\.[^./]+$/, ''));
      return { file: f, name: pathOf(f), ...(meta ? { meta } : {}) };
    })
    // A folder's files come in no particular order: by path. Chosen files keep the order they were given.
    .sort((a, b) => (a.name.includes('/') && b.name.includes('/') ? a.name.localeCompare(b.name) : 0));
}

/** What a NAME.meta.json says of its article (title, publisher, url, published, timeZone, lang). */
export async function metaOf(f: File): Promise<Partial<UploadDoc>> {
  let j: unknown;
  try {
    j = JSON.parse(await f.text());
  } catch (e) {
    throw new Error(`${f.name}: ${(e as Error).message}`);
  }
  if (!j || typeof j !== 'object' || Array.isArray(j)) throw new Error(`${f.name}: not an object of metadata`);
  const o = j as Record<string, unknown>;
  const keys = ['title', 'publisher', 'url', 'published', 'timeZone', 'lang'] as const;
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) as Partial<UploadDoc>;
}
