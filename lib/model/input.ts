// Documents handed in as JSON (a file, an upload): an Extraction, a list of them, or a list of {text, …}
// documents, each told apart and checked, with a reason a person can act on when one is neither.
import type { ExtractInput } from '../extract/index';
import { Extraction } from './schema';

/** What to extract again to get an Extraction's reading: its text and the metadata it was given (an
 *  inferred publication date was not given, so it is left to be inferred again). */
export function inputOf(x: Extraction): ExtractInput {
  const d = x.document;
  return { id: d.id, text: d.text, title: d.title, lang: d.lang, publisher: d.publisher, ...(d.url ? { url: d.url } : {}), timeZone: d.timeZone, published: d.published.source === 'metadata' ? d.published.value : null };
}

export type JsonDocument = { kind: 'extraction'; extraction: Extraction } | { kind: 'input'; input: ExtractInput };

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
    const x = Extraction.safeParse(item);
    if (x.success) return { kind: 'extraction', extraction: x.data };
    const doc = item as Partial<ExtractInput> | null;
    if (!doc || typeof doc !== 'object' || typeof doc.text !== 'string') throw new Error(`${items.length > 1 ? `item ${i + 1}` : 'the file'} is neither an Extraction nor a document with "text"`);
    return { kind: 'input', input: { ...doc, text: doc.text } };
  });
}
