// Reading an Extraction a user hands us (file picker, drop): size-capped, parsed, validated, and when it is not
// one, a reason a person can act on (where the JSON breaks, which field is wrong), never a stack trace.
import { Extraction } from '../model/schema';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LoadError = 'too-large' | 'not-utf8' | 'not-json' | 'empty-list' | 'not-extraction';
/** On failure: a code the UI words in its language, and the technical detail (English) for those who need it. */
export type Loaded = { ok: true; extractions: Extraction[] } | { ok: false; code: LoadError; error: string };

export function parseExtractionFile(text: string, bytes = text.length): Loaded {
  if (bytes > MAX_FILE_BYTES) return { ok: false, code: 'too-large', error: `the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
  if (text.includes('\uFFFD')) return { ok: false, code: 'not-utf8', error: 'the file is not valid UTF-8 text' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, code: 'not-json', error: `not valid JSON (${(e as Error).message})` };
  }
  const list = Array.isArray(json) ? json : [json];
  if (!list.length) return { ok: false, code: 'empty-list', error: 'the file holds an empty list' };
  const out: Extraction[] = [];
  for (const [i, item] of list.entries()) {
    const r = Extraction.safeParse(item);
    if (!r.success) {
      const where = Array.isArray(json) ? `item ${i + 1}: ` : '';
      const issues = r.error.issues.slice(0, 3).map((is) => `${is.path.join('.') || '(top level)'}: ${is.message}`);
      const more = r.error.issues.length > 3 ? ` (and ${r.error.issues.length - 3} more)` : '';
      return { ok: false, code: 'not-extraction', error: `${where}${issues.join('; ')}${more}` };
    }
    out.push(r.data);
  }
  return { ok: true, extractions: out };
}
