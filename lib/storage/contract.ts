// What the app keeps and reads, whatever keeps it: the `DocumentStore` contract that the embedded SQLite store
// (lib/storage/sqlite.ts) and the PostgreSQL store (lib/storage/postgres.ts) both fulfil, and the error they answer
// with. One test suite (tests/lib/storage/contract.test.ts) runs against both.
import { type ExtractInput, extract } from '../extract/index';
import type { Document, Extraction, Lang } from '../model/schema';
import {
  type AlignValue,
  type Applied,
  type Edit,
  type EditInput,
  anchorFor,
  checkReferences,
  checkValue,
} from '../corrections/edits';
import type { SearchAnswer, StatementAnswer, StatementQuery } from '../query/query';
import type { Overview, OverviewQuery } from '../query/overview';

export interface DocumentSummary {
  id: string;
  title: string;
  lang: Lang;
  publisher: string;
  published: string | null;
  statements: number;
}

export interface StoredDocument {
  id: string;
  document: Document;
  /** The extraction as corrected (the machine's with the edits applied). */
  extraction: Extraction;
  edits: Edit[];
  /** Edits that found nothing to apply to after a re-extraction: listed for review. */
  unanchored: Applied['unanchored'];
}

export type MetadataPatch = Partial<
  Pick<ExtractInput, 'title' | 'lang' | 'url' | 'publisher' | 'published' | 'timeZone'>
>;

/** A failure the API turns into its JSON error (status, code, message, field). */
export class StoreError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What the app keeps and reads. Every method answers a promise: the embedded SQLite store does its work at once,
 *  a server database over the network, and extraction runs in worker threads. */
export interface DocumentStore {
  list(offset: number, limit: number): Promise<{ documents: DocumentSummary[]; total: number }>;
  get(id: string): Promise<StoredDocument | null>;
  /** Every document's corrected extraction, in the order they were added (the explorer's corpus). */
  extractions(): Promise<Extraction[]>;
  add(input: ExtractInput): Promise<StoredDocument>;
  /** The id under which this exact text is kept, if it is (an ingest skips it, and so resumes). */
  keptAs(text: string): Promise<string | null>;
  /** An Extraction made elsewhere (a file), kept as the machine's reading; re-extracted only when its metadata change. */
  addExtraction(x: Extraction): Promise<StoredDocument>;
  update(id: string, patch: MetadataPatch): Promise<StoredDocument>;
  remove(id: string): Promise<boolean>;
  addEdit(id: string, edit: EditInput): Promise<Edit>;
  undo(id: string, editId: number): Promise<Edit>;
  /** What a view selects (its filters, search and window): a page of statements, facet counts, a day histogram. */
  statements(q: StatementQuery): Promise<StatementAnswer>;
  /** Statements and documents holding every word of `q`, best first. */
  search(q: string, limit?: number): Promise<SearchAnswer>;
  /** A view of the corpus at the detail a screen holds: counts by lane and time bin, or marks when few. */
  overview(q: OverviewQuery): Promise<Overview>;
  /** How many documents are kept. */
  count(): Promise<number>;
  /** The extractions (as corrected) of these documents, in the corpus's order; unknown ids are left out. */
  extractionsOf(ids: readonly string[]): Promise<Extraction[]>;
  /** Whether a write can succeed now (the file and its folder writable, the database not read-only). */
  writable(): Promise<boolean>;
  close(): Promise<void>;
}

/** How a store reads a document: in this thread, or in the server's worker pool. */
export type Extractor = (input: ExtractInput) => Promise<Extraction>;
export const inThread: Extractor = async (input) => extract(input);

/** The most edits one document keeps, undone ones included: DATELINE_MAX_EDITS, default 2,000. */
export const maxEdits = () => Math.max(1, Number(process.env.DATELINE_MAX_EDITS) || 2000);
/** Documents kept read (parsed, corrected) in memory: DATELINE_DOC_CACHE, default 200; the least recently read goes. */
export const cacheMax = () => Math.max(1, Number(process.env.DATELINE_DOC_CACHE) || 200);

/**
 * An edit checked against the document as it reads now (its earlier edits applied): its value, the document's
 * bound on edits, its target anchored by its words, and what it refers to (another document's event for
 * event.align, read by `other`). Throws the StoreError the API answers; returns the value as kept and the anchor.
 */
export async function checkEdit(
  doc: StoredDocument,
  input: EditInput,
  other: (docId: string) => Promise<StoredDocument | null>,
): Promise<{ value: unknown; anchor: Edit['anchor'] }> {
  const id = doc.id;
  const v = checkValue(input.op, input.value);
  if (!v.ok) throw new StoreError(400, 'bad_value', `${input.op}: ${v.message}`, 'value');
  // Every edit is read each time the document is: a document's history is bounded.
  const limit = maxEdits();
  if (doc.edits.length >= limit)
    throw new StoreError(
      409,
      'too_many_edits',
      `Document "${id}" already has ${doc.edits.length} edits, the most one document keeps (${limit}).`,
    );
  // The target as the reader sees it now (after earlier edits), anchored by its words.
  const anchor = anchorFor(doc.extraction, input.op, input.target, v.value);
  if (!anchor) {
    const what =
      input.op === 'statement.add'
        ? `A statement is added to its document: the target is "${id}", not "${input.target}".`
        : `No ${input.op.startsWith('actor.') ? 'actor' : input.op.startsWith('event.') ? 'event' : 'statement'} "${input.target}" in document "${id}".`;
    throw new StoreError(404, 'no_target', what, 'target');
  }
  let wrong = checkReferences(doc.extraction, input.op, input.target, v.value);
  if (!wrong && input.op === 'event.align') {
    // The other event may be in another document: it must be kept here too.
    const { docId, eventId } = v.value as AlignValue;
    const that = docId === id ? doc : await other(docId);
    if (!that) wrong = `no document "${docId}"`;
    else if (!that.extraction.events.some((e) => e.id === eventId))
      wrong = `no event "${eventId}" in document "${docId}"`;
  }
  if (wrong) throw new StoreError(400, 'bad_value', `${input.op}: ${wrong}`, 'value');
  return { value: v.value, anchor };
}
