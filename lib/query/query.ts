// The server's answers to a view: the statements a view's filters, search and time window select — a page of
// them, sorted — with the count of each filter's values among the statements the *other* filters select (what
// ticking that value would show, as the explorer's facets count), a histogram of when they were said for the
// overview strip, and a ranked search over statements and documents. One query layer for the API (and, next,
// the explorer, the embeds and the exports), over the index in lib/query/index.ts.
import type Database from 'better-sqlite3';
import type { ViewState } from '../url/view-state';
import { searchTerms } from '../text/search-terms';
import { minuteBounds } from './index';

export interface StatementQuery {
  docs?: string[];
  actors?: string[];
  sides?: string[];
  stances?: string[];
  eventTypes?: string[];
  channels?: string[];
  q?: string;
  /** Said, or giving its event a time, in [from, to) (epoch ms). */
  window?: { start: number; end: number } | null;
  sort?: 'said' | '-said';
  /** Count each filter's values and the days too (default true); a table's next page needs only its rows. */
  counts?: boolean;
  limit?: number;
  offset?: number;
}

export interface StatementHit {
  key: string;
  docId: string;
  statementId: string;
  speaker: string;
  stance: string;
  side: string;
  channel: string;
  eventId: string | null;
  eventType: string | null;
  said: { start: number | null; end: number | null };
  claim: { start: number | null; end: number | null } | null;
  words: string;
  /** The document's time zone (its days are the ones its dates mean). */
  zone: string;
}

/** The part of an explorer view (its URL) that selects statements: filters, search and time window. */
export const queryOfView = (v: ViewState): StatementQuery => ({ docs: v.docs, actors: v.actors, sides: v.sides, stances: v.stances, eventTypes: v.eventTypes, channels: v.channels, q: v.q, window: v.window });

export type Facet = 'docs' | 'actors' | 'sides' | 'stances' | 'eventTypes' | 'channels';
export const FACETS: readonly Facet[] = ['docs', 'actors', 'sides', 'stances', 'eventTypes', 'channels'];

export interface StatementAnswer {
  total: number;
  statements: StatementHit[];
  facets: Record<Facet, { value: string; count: number }[]>;
  /** Statements said per day (UTC days since the epoch), for the overview. */
  days: { day: number; count: number }[];
}

const COLUMN: Record<Exclude<Facet, 'actors'>, string> = { docs: 's.doc_id', sides: 's.side', stances: 's.stance', eventTypes: 's.event_type', channels: 's.channel' };
export const MAX_LIMIT = 500;
/** The most statements a view may hold for its documents to be counted as a facet. */
export const DOC_FACET_MAX = 20_000;

/** The WHERE clause of a query, leaving out one facet (for that facet's counts). */
export function where(f: StatementQuery, without?: Facet): { sql: string; params: unknown[]; from: 'stmt' | 'stmt_fact' } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const list = (facet: Exclude<Facet, 'actors'>, values: string[] | undefined) => {
    if (facet === without || !values?.length) return;
    parts.push(`${COLUMN[facet]} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  };
  list('docs', f.docs);
  list('sides', f.sides);
  list('stances', f.stances);
  list('eventTypes', f.eventTypes);
  list('channels', f.channels);
  if (without !== 'actors' && f.actors?.length) {
    parts.push(`s.n IN (SELECT stmt FROM stmt_actor WHERE actor IN (${f.actors.map(() => '?').join(',')}))`);
    params.push(...f.actors);
  }
  // Every term must be in the statement's words, names, cue or event, as in the explorer: a term of three
  // letters or more through the trigram index, a shorter one by a scan of the rows the rest selects.
  for (const term of searchTerms(f.q ?? '')) {
    if (CONTROL.test(term)) parts.push('0');
    else if ([...term].length >= 3) {
      parts.push('s.n IN (SELECT rowid FROM stmt_fts WHERE stmt_fts MATCH ?)');
      params.push(phrase(term));
    } else {
      parts.push("s.haystack LIKE ? ESCAPE '\\'");
      params.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }
  if (f.window) {
    // Candidates from the R-tree of minutes, then the exact test on the row.
    const m = minuteBounds(f.window);
    parts.push('s.n IN (SELECT id / 2 FROM stmt_rt WHERE lo <= ? AND hi >= ?)');
    params.push(m.hi, m.lo);
    parts.push('((s.said_start < ? AND s.said_end >= ?) OR (s.claim_start < ? AND s.claim_end >= ?))');
    params.push(f.window.end, f.window.start, f.window.end, f.window.start);
  }
  // Counts read the narrow copy of the statements (no words), unless a short term is looked for in the words.
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params, from: parts.some((p) => p.includes('haystack')) ? 'stmt' : 'stmt_fact' };
}

/** An FTS5 phrase: the term as it is, quotes doubled. */
export const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;
/** A control character (a NUL ends FTS5's query string): no kept text holds one, so such a term matches nothing. */
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export type Row = { time_zone?: string; doc_id: string; id: string; speaker: string; stance: string; side: string; channel: string; event_id: string | null; event_type: string | null; said_start: number | null; said_end: number | null; claim_start: number | null; claim_end: number | null; words: string };

/** Answers remembered for a corpus that has not changed since (the store clears it on every write). `kept`,
 *  when given, keeps the answers of whole-corpus aggregates (a query with no parameters: a facet counted over
 *  every statement) across restarts, for the corpus's generation. */
export class Memo extends Map<string, unknown> {
  constructor(readonly kept?: { get(key: string): unknown; set(key: string, value: unknown): void }) {
    super();
  }
}
const MEMO_MAX = 500;

/** A query's answer from the memo when the corpus has not changed since it was asked, else run and kept. */
export function remember<T>(memo: Memo | undefined, sql: string, params: unknown[], run: () => T): T {
  if (!memo) return run();
  const key = `${sql}\u0000${JSON.stringify(params)}`;
  if (memo.has(key)) return memo.get(key) as T;
  const whole = params.length === 0 && memo.kept;
  const found = whole ? (memo.kept!.get(`sql:${sql}`) as T | undefined) : undefined;
  const v = found ?? run();
  if (whole && found === undefined) memo.kept!.set(`sql:${sql}`, v);
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, v);
  return v;
}

export const hitOf = (r: Row): StatementHit => ({
  key: `${r.doc_id}/${r.id}`,
  docId: r.doc_id,
  statementId: r.id,
  speaker: r.speaker,
  stance: r.stance,
  side: r.side,
  channel: r.channel,
  eventId: r.event_id,
  eventType: r.event_type,
  said: { start: r.said_start, end: r.said_end },
  claim: r.claim_start === null && r.claim_end === null ? null : { start: r.claim_start, end: r.claim_end },
  words: r.words,
  zone: r.time_zone ?? 'UTC',
});

export function queryStatements(db: Database.Database, f: StatementQuery, memo?: Memo): StatementAnswer {
  // Counts repeat across views (a facet is counted without its own filter, so every actor's view shares the
  // actor counts of the rest): each is remembered until the corpus changes.
  const remembered = <T>(sql: string, params: unknown[], run: () => T): T => remember(memo, sql, params, run);
  const limit = Math.max(0, Math.min(MAX_LIMIT, f.limit ?? 50));
  const offset = Math.max(0, f.offset ?? 0);
  const w = where(f);
  const countSql = `SELECT COUNT(*) AS n FROM ${w.from} s ${w.sql}`;
  const total = remembered(countSql, w.params, () => (db.prepare(countSql).get(...w.params) as { n: number }).n);
  // Undated statements last whichever way the page is sorted; then the order they were indexed in.
  const dir = f.sort === '-said' ? 'DESC' : 'ASC';
  // said_key puts undated statements last (ascending); n is the order statements were indexed in.
  const rows = db
    .prepare(
      `SELECT s.*, (SELECT d.time_zone FROM documents d WHERE d.id = s.doc_id) AS time_zone FROM stmt s ${w.sql}
       ORDER BY ${dir === 'ASC' ? 's.said_key, s.n' : 's.said_start IS NULL, s.said_key DESC, s.n'} LIMIT ? OFFSET ?`,
    )
    .all(...w.params, limit, offset) as Row[];
  const facets = {} as StatementAnswer['facets'];
  for (const facet of FACETS) facets[facet] = f.counts === false ? [] : facetCounts(db, f, facet, memo);
  const daysSql = `SELECT s.said_start / 86400000 AS day, COUNT(*) AS count FROM ${w.from} s ${w.sql ? `${w.sql} AND` : 'WHERE'} s.said_start IS NOT NULL GROUP BY day ORDER BY day`;
  const days = f.counts === false ? [] : remembered(daysSql, w.params, () => db.prepare(daysSql).all(...w.params) as { day: number; count: number }[]);
  return {
    total,
    statements: rows.map(hitOf),
    facets,
    days,
  };
}

/** One filter's values counted among the statements the other filters select (the 200 most frequent). */
export function facetCounts(db: Database.Database, f: StatementQuery, facet: Facet, memo?: Memo): { value: string; count: number }[] {
  const o = where(f, facet);
  // Documents are listed by count only for views of at most DOC_FACET_MAX statements: past it a list of the
  // 200 busiest of tens of thousands says little and costs a sort of them all (a search finds a document).
  if (facet === 'docs') {
    const countSql = `SELECT COUNT(*) AS n FROM ${o.from} s ${o.sql}`;
    const n = remember(memo, countSql, o.params, () => (db.prepare(countSql).get(...o.params) as { n: number }).n);
    if (n > DOC_FACET_MAX) return [];
  }
  const sql =
    facet === 'actors'
      ? `SELECT a.actor AS value, COUNT(*) AS count FROM ${o.from} s JOIN stmt_actor a ON a.stmt = s.n ${o.sql} GROUP BY a.actor ORDER BY count DESC, value LIMIT 200`
      : `SELECT ${COLUMN[facet]} AS value, COUNT(*) AS count FROM ${o.from} s ${o.sql} GROUP BY value HAVING value IS NOT NULL ORDER BY count DESC, value LIMIT 200`;
  return remember(memo, sql, o.params, () => db.prepare(sql).all(...o.params) as { value: string; count: number }[]);
}

export interface SearchAnswer {
  statements: (StatementHit & { rank: number })[];
  documents: { id: string; title: string; publisher: string; published: string | null; rank: number }[];
}

/** Statements and documents holding every term, best first (BM25 over trigrams of the normalised text). */
export function search(db: Database.Database, q: string, limit = 20): SearchAnswer {
  const terms = searchTerms(q).filter((t) => [...t].length >= 3);
  if (!terms.length || terms.some((t) => CONTROL.test(t))) return { statements: [], documents: [] };
  const match = terms.map(phrase).join(' AND ');
  const n = Math.max(1, Math.min(MAX_LIMIT, limit));
  const st = db
    .prepare(`SELECT s.*, (SELECT d.time_zone FROM documents d WHERE d.id = s.doc_id) AS time_zone, bm25(stmt_fts) AS rank FROM stmt_fts JOIN stmt s ON s.n = stmt_fts.rowid WHERE stmt_fts MATCH ? ORDER BY rank LIMIT ?`)
    .all(match, n) as (Row & { rank: number })[];
  const docs = db
    .prepare(`SELECT d.id, d.title, d.publisher, d.published, bm25(doc_fts) AS rank FROM doc_fts JOIN documents d ON d.rowid = doc_fts.rowid WHERE doc_fts MATCH ? ORDER BY rank LIMIT ?`)
    .all(match, n) as SearchAnswer['documents'];
  return {
    statements: st.map((r) => ({ ...hitOf(r), rank: r.rank })),
    documents: docs,
  };
}
