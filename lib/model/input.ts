// Documents handed in (the API's body, an upload, the ingest CLI's files and their .meta.json): one schema for
// every way in, so that what one door refuses no other lets through — control characters, ids that are paths,
// addresses that are scripts, languages the engine does not read. An Extraction made elsewhere is checked by its
// own schema and the same rules for its document.
import { z } from 'zod';
import type { ExtractInput } from '../extract/index';
import { Extraction, Lang } from './schema';

/** A day, or a moment of it: 2021-12-29, 2021-12-29T19:10, 2021-12-29T19:10:00+03:00, 2021-12-29T16:10Z. */
const ISO_PUBLISHED = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A document id: letters, digits, dot, dash, underscore, colon — never a path or a URL. */
export const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** C0 and C1 controls (tab, line feed and carriage return are allowed in a text), DEL, and lone surrogates:
 *  none can be shown, and none can be written in XML (SVG, GEXF, GraphML, TimeML). */
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** The first character a string may not hold, named, or null. */
export function controlIn(s: string, lineBreaks = false): string | null {
  const m = (lineBreaks ? CONTROL_IN_TEXT : CONTROL_IN_LINE).exec(s);
  return m ? hex(m[0]) : null;
}
const noControl = (lineBreaks = false) => (s: string, ctx: z.RefinementCtx) => {
  const c = controlIn(s, lineBreaks);
  if (c) ctx.addIssue({ code: 'custom', message: `holds a control character (${c}), which cannot be shown or exported` });
};
/** A one-line string with no control character. */
export const line = (max: number) => z.string().max(max).superRefine(noControl());

/** What POST /api/extract, POST /api/documents, an uploaded JSON list and the ingest CLI take. Unknown fields are
 *  refused (a typo is not ignored). */
export const DocumentInput = z
  .object({
    text: z.string().min(1, 'the text is empty').superRefine(noControl(true)),
    title: line(500).optional(),
    lang: Lang.optional(),
    url: line(2000).pipe(z.string().url().regex(/^https?:\/\//i, 'an http or https address')).optional(),
    publisher: line(200).pipe(z.string().min(1)).optional(),
    published: z.string().regex(ISO_PUBLISHED, 'a date as YYYY-MM-DD, or a moment as YYYY-MM-DDTHH:MM with Z or an offset').nullable().optional(),
    timeZone: line(64).pipe(z.string().min(1)).optional(),
  })
  .strict();

/** A document with the id it should be kept under (a JSON list, the CLI's sidecar). */
export const IdentifiedInput = DocumentInput.extend({ id: z.string().regex(DOCUMENT_ID, 'letters, digits, and . _ : - (at most 128)').optional() });

/** A NAME.meta.json beside an article: the same metadata, its id, and the name of the file it describes. */
export const MetadataFile = IdentifiedInput.omit({ text: true }).extend({ file: line(255).optional() }).strict();

/** An Extraction's document, held to the same rules as an input's before it is kept. */
export function checkExtractionDocument(x: Extraction): string | null {
  const d = x.document;
  const r = IdentifiedInput.safeParse({ id: d.id, text: d.text, title: d.title, lang: d.lang, publisher: d.publisher, ...(d.url ? { url: d.url } : {}), timeZone: d.timeZone });
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  return `document.${issue.path.join('.') || 'text'}: ${issue.message}`;
}

/** What to extract again to get an Extraction's reading: its text and the metadata it was given (an
 *  inferred publication date was not given, so it is left to be inferred again). */
export function inputOf(x: Extraction): ExtractInput {
  const d = x.document;
  return { id: d.id, text: d.text, title: d.title, lang: d.lang, publisher: d.publisher, ...(d.url ? { url: d.url } : {}), timeZone: d.timeZone, published: d.published.source === 'metadata' ? (d.published.instant ?? d.published.value) : null };
}

export type JsonDocument = { kind: 'extraction'; extraction: Extraction } | { kind: 'input'; input: ExtractInput };

const describe = (issues: z.core.$ZodIssue[]) => {
  const issue = issues[0]!;
  return `${issue.path.join('.') || 'the document'}: ${issue.message}`;
};

/** Every document in a JSON text; throws an Error whose message says which item is wrong and why. */
export function documentsFromJson(text: string): JsonDocument[] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  const items = Array.isArray(json) ? json : [json];
  if (!items.length) throw new Error('the file holds an empty list');
  return items.map((item, i): JsonDocument => {
    const which = items.length > 1 ? `item ${i + 1}` : 'the file';
    const x = Extraction.safeParse(item);
    if (x.success) {
      const wrong = checkExtractionDocument(x.data);
      if (wrong) throw new Error(`${which}: ${wrong}`);
      return { kind: 'extraction', extraction: x.data };
    }
    const doc = item as { text?: unknown } | null;
    if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string') throw new Error(`${which} is neither an Extraction nor a document with "text"`);
    const input = IdentifiedInput.safeParse(item);
    if (!input.success) throw new Error(`${which}: ${describe(input.error.issues)}`);
    return { kind: 'input', input: input.data };
  });
}
