// The statements' facts held in memory as columns — document, speaker, stance, side, channel, event type, the
// actors each names, when it was said and the time it gives its event — in the order views list them (when
// said, undated last; then the order they were indexed in). A large corpus's view is answered from them by one
// scan of typed arrays: which statements a view selects, its counts by each filter's values, by day, by lane and
// time bin, its graph and happenings — instead of reading tens of thousands of rows from the index per question.
// They are loaded from the index (stmt_fact, stmt_actor) for the corpus's generation, in chunks between
// requests, and answer only while that generation is current; until then the index answers (lib/query/query).
import type Database from 'better-sqlite3';
import { searchTerms } from '../text/search-terms';
import { CONTROL, FACETS, type Facet, type StatementAnswer, type StatementQuery, DOC_FACET_MAX, MAX_LIMIT, type Row, hitOf, phrase } from './query';

const NONE = -1;
const DAY = 86_400_000;
/** Rows read from the index between two turns of the event loop, while loading. */
const CHUNK = 20_000;
/** Search terms whose statements are remembered (a mark per statement each). */
const HITS_MAX = 32;

export type Count = { value: string; count: number };

/** Counts by value, most first, then by value; at most `limit`, none for a missing value. */
export const ranked = (m: Map<string | null, number>, limit = 200): Count[] =>
  [...m.entries()]
    .filter((e): e is [string, number] => e[0] !== null)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([value, count]) => ({ value, count }));

/** Strings as codes: the documents' ids have their own (tens of thousands); the rest share one. */
export class Dict {
  readonly strings: string[] = [];
  private readonly code = new Map<string, number>();
  of(s: string | null): number {
    if (s === null) return NONE;
    let c = this.code.get(s);
    if (c === undefined) {
      c = this.strings.length;
      this.strings.push(s);
      this.code.set(s, c);
    }
    return c;
  }
  get(s: string): number | undefined {
    return this.code.get(s);
  }
}

/** A statement's facts, column by column: its n in the index and codes (NONE for none), its intervals in
 *  epoch ms (NaN where there is none). */
const INT_COLUMNS = ['n', 'doc', 'speaker', 'stance', 'side', 'channel', 'type'] as const;
const FLOAT_COLUMNS = ['saidStart', 'saidEnd', 'claimStart', 'claimEnd'] as const;
type Columns = Record<(typeof INT_COLUMNS)[number], Int32Array> & Record<(typeof FLOAT_COLUMNS)[number], Float64Array>;
const columns = (ints: (k: (typeof INT_COLUMNS)[number]) => Int32Array, floats: (k: (typeof FLOAT_COLUMNS)[number]) => Float64Array): Columns =>
  Object.fromEntries([...INT_COLUMNS.map((k) => [k, ints(k)]), ...FLOAT_COLUMNS.map((k) => [k, floats(k)])]) as Columns;

/** The columns as read, in n's order (typed arrays of the sizes counted before reading). */
class Loaded {
  size = 0;
  actorsRead = 0;
  readonly cols: Columns;
  /** Actors of the statements as read (ordered by statement n): the statement's n and the actor's code. */
  readonly actorN: Int32Array;
  readonly actorCode: Int32Array;
  constructor(rows: number, actors: number) {
    this.cols = columns(() => new Int32Array(rows), () => new Float64Array(rows));
    this.actorN = new Int32Array(actors);
    this.actorCode = new Int32Array(actors);
  }
}

/** The statements of one generation of the corpus, as columns. */
export class Facts implements Columns {
  readonly size: number;
  readonly n!: Int32Array;
  readonly doc!: Int32Array;
  readonly speaker!: Int32Array;
  readonly stance!: Int32Array;
  readonly side!: Int32Array;
  readonly channel!: Int32Array;
  readonly type!: Int32Array;
  readonly saidStart!: Float64Array;
  readonly saidEnd!: Float64Array;
  readonly claimStart!: Float64Array;
  readonly claimEnd!: Float64Array;
  /** The actors statement i names are actors[actorAt[i] … actorAt[i + 1]). */
  readonly actorAt: Int32Array;
  readonly actors: Int32Array;
  private readonly hits = new Map<string, Uint8Array>();

  /** The strings of the columns other than the document's. */
  readonly strings: string[];
  /** Counts of whole-corpus facets and of views left without one filter, remembered for this generation. */
  private readonly facetMemo = new Map<string, Count[]>();

  constructor(
    readonly generation: number,
    readonly dict: Dict,
    readonly docDict: Dict,
    l: Loaded,
  ) {
    this.strings = dict.strings;
    const size = (this.size = l.size);
    const c = l.cols;
    // Loaded in n order: a stable sort by when said (undated last) keeps n's order among equals.
    const key = (i: number) => (Number.isNaN(c.saidStart[i]!) ? Infinity : c.saidStart[i]!);
    const perm = new Int32Array(size);
    for (let i = 0; i < size; i++) perm[i] = i;
    perm.sort((a, b) => key(a) - key(b) || a - b);
    Object.assign(
      this,
      columns(
        (k) => perm.map((i) => c[k][i]!),
        (k) => Float64Array.from(perm, (i) => c[k][i]!),
      ),
    );
    // Where each loaded statement's actors are (both read in n's order), then laid out in the columns' order.
    const from = new Int32Array(size);
    const to = new Int32Array(size);
    const read = l.actorsRead;
    for (let i = 0, j = 0; i < size; i++) {
      while (j < read && l.actorN[j]! < c.n[i]!) j++;
      from[i] = j;
      while (j < read && l.actorN[j] === c.n[i]) j++;
      to[i] = j;
    }
    const at = (this.actorAt = new Int32Array(size + 1));
    const actors = (this.actors = new Int32Array(read));
    let k = 0;
    for (let r = 0; r < size; r++) {
      const i = perm[r]!;
      at[r] = k;
      for (let t = from[i]!; t < to[i]!; t++) actors[k++] = l.actorCode[t]!;
    }
    at[size] = k;
  }

  /** The code of a value (an id, a stance…), or NONE when no statement has it. */
  codeOf(value: string): number {
    return this.dict.get(value) ?? NONE;
  }

  /** A mark per code for a filter's values; null when the filter is not used (or is the one left out). */
  private mask(values: string[] | undefined, dict = this.dict): Uint8Array | null {
    if (!values?.length) return null;
    const m = new Uint8Array(dict.strings.length);
    for (const v of values) {
      const c = dict.get(v);
      if (c !== undefined) m[c] = 1;
    }
    return m;
  }

  /** A mark per statement holding a search term (three letters or more), from the trigram index. */
  private hitsOf(db: Database.Database, term: string): Uint8Array {
    const found = this.hits.get(term);
    if (found) {
      this.hits.delete(term);
      this.hits.set(term, found);
      return found;
    }
    if (!this.rowOfN) {
      let max = 0;
      for (let i = 0; i < this.size; i++) max = Math.max(max, this.n[i]!);
      this.rowOfN = new Int32Array(max + 1).fill(-1);
      for (let i = 0; i < this.size; i++) this.rowOfN[this.n[i]!] = i;
    }
    const m = new Uint8Array(this.size);
    const it = db.prepare('SELECT rowid FROM stmt_fts WHERE stmt_fts MATCH ?').pluck().iterate(phrase(term)) as IterableIterator<number>;
    for (const n of it) {
      const i = n < this.rowOfN.length ? this.rowOfN[n]! : -1;
      if (i >= 0) m[i] = 1;
    }
    if (this.hits.size >= HITS_MAX) this.hits.delete(this.hits.keys().next().value!);
    this.hits.set(term, m);
    return m;
  }
  /** The row of each statement n (-1 for none), made when a search first needs it. */
  private rowOfN: Int32Array | null = null;
  private scratch: Int32Array | null = null;
  /** Counts by document, all zero between uses (chartPass takes it and zeroes what it counted). */
  docCounts: Int32Array | null = null;

  /**
   * The statements a view selects (leaving out one filter, for that filter's counts), in the order views list
   * them; null when the index must answer (a search term shorter than three letters is looked for in the words,
   * which are not held here).
   */
  select(db: Database.Database, f: StatementQuery, without?: Facet): Int32Array | null {
    const use = (facet: Facet, values: string[] | undefined) => (facet === without ? null : this.mask(values));
    const docs = 'docs' === without ? null : this.mask(f.docs, this.docDict);
    const actorsM = use('actors', f.actors);
    const sides = use('sides', f.sides);
    const stances = use('stances', f.stances);
    const types = use('eventTypes', f.eventTypes);
    const channels = use('channels', f.channels);
    const hits: Uint8Array[] = [];
    for (const term of searchTerms(f.q ?? '')) {
      if (CONTROL.test(term)) return new Int32Array(0);
      if ([...term].length < 3) return null;
      hits.push(this.hitsOf(db, term));
    }
    const w = f.window ?? null;
    // Written into one buffer kept for the purpose, then copied at its size: a large buffer a request at a time
    // is memory outside the heap that makes the collector run a full collection sooner.
    const out = (this.scratch ??= new Int32Array(this.size));
    let k = 0;
    const { doc, side, stance, type, channel, actorAt, actors, saidStart, saidEnd, claimStart, claimEnd } = this;
    rows: for (let i = 0; i < this.size; i++) {
      if (docs && !docs[doc[i]!]) continue;
      if (sides && !sides[side[i]!]) continue;
      if (stances && !stances[stance[i]!]) continue;
      if (types && (type[i] === NONE || !types[type[i]!])) continue;
      if (channels && !channels[channel[i]!]) continue;
      if (actorsM) {
        let named = false;
        for (let t = actorAt[i]!; t < actorAt[i + 1]! && !named; t++) named = actorsM[actors[t]!] === 1;
        if (!named) continue;
      }
      for (const h of hits) if (!h[i]) continue rows;
      // Said, or giving its event a time, in [start, end) (NaN compares false, as NULL does in the index).
      if (w && !((saidStart[i]! < w.end && saidEnd[i]! >= w.start) || (claimStart[i]! < w.end && claimEnd[i]! >= w.start))) continue;
      out[k++] = i;
    }
    return out.slice(0, k);
  }

  /** How many of the selected statements have each value of a column (the 200 most frequent). */
  countBy(sel: Int32Array, column: Int32Array, limit = 200): Count[] {
    const dict = column === this.doc ? this.docDict : this.dict;
    const counts = new Int32Array(dict.strings.length);
    for (const i of sel) if (column[i]! !== NONE) counts[column[i]!]!++;
    return this.rank(counts, limit, dict);
  }

  /** A facet's counts, remembered for this generation under the query that selected them. */
  remembered(key: string, count: () => Count[]): Count[] {
    const found = this.facetMemo.get(key);
    if (found) return found;
    const v = count();
    if (!v.length) return v;
    if (this.facetMemo.size >= 200) this.facetMemo.clear();
    this.facetMemo.set(key, v);
    return v;
  }

  /** How many of the selected statements name each actor (the 200 most frequent). */
  countActors(sel: Int32Array, limit = 200): Count[] {
    const counts = new Int32Array(this.strings.length);
    const { actorAt, actors } = this;
    for (const i of sel) for (let t = actorAt[i]!; t < actorAt[i + 1]!; t++) counts[actors[t]!]!++;
    return this.rank(counts, limit);
  }

  /** Counts by code as ranked counts by value (most first, then by value), the `limit` first: only the codes
   *  that can be among them are sorted (a view's documents number tens of thousands). */
  rank(counts: Int32Array, limit: number, dict = this.dict): Count[] {
    let nonzero = 0;
    let max = 0;
    for (let c = 0; c < counts.length; c++) {
      if (counts[c]) nonzero++;
      if (counts[c]! > max) max = counts[c]!;
    }
    // The least count the `limit` first can have: from a histogram of the counts.
    let floor = 1;
    if (nonzero > limit) {
      const hist = new Int32Array(max + 1);
      for (let c = 0; c < counts.length; c++) if (counts[c]) hist[counts[c]!]!++;
      let seen = 0;
      for (floor = max; floor > 1 && seen + hist[floor]! < limit; floor--) seen += hist[floor]!;
    }
    const m = new Map<string | null, number>();
    for (let c = 0; c < counts.length; c++) if (counts[c]! >= floor) m.set(dict.strings[c]!, counts[c]!);
    return ranked(m, limit);
  }

  /** The selected statements said per UTC day. */
  days(sel: Int32Array): StatementAnswer['days'] {
    const m = new Map<number, number>();
    for (const i of sel) {
      const s = this.saidStart[i]!;
      if (Number.isNaN(s)) continue;
      const d = Math.trunc(s / DAY);
      m.set(d, (m.get(d) ?? 0) + 1);
    }
    return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day, count }));
  }

  /** First to last said of the selected statements (the start of the first, the latest end). */
  extent(sel: Int32Array): { lo: number; hi: number } | null {
    let lo = Infinity;
    let hi = -Infinity;
    for (const i of sel) {
      const s = this.saidStart[i]!;
      if (Number.isNaN(s)) continue;
      lo = Math.min(lo, s);
      const e = this.saidEnd[i]!;
      if (!Number.isNaN(e)) hi = Math.max(hi, e);
    }
    return Number.isFinite(lo) && Number.isFinite(hi) ? { lo, hi } : null;
  }

  /** The selected statements from `offset`, as the index sorts them: by when said, either way, undated last. */
  *ordered(sel: Int32Array, dir: 'ASC' | 'DESC' = 'ASC'): Generator<number> {
    if (dir === 'ASC') {
      yield* sel;
      return;
    }
    let dated = sel.length;
    while (dated > 0 && Number.isNaN(this.saidStart[sel[dated - 1]!]!)) dated--;
    // Latest first; statements said at the same instant keep the order they were indexed in.
    for (let j = dated - 1; j >= 0; ) {
      let i = j;
      while (i > 0 && this.saidStart[sel[i - 1]!] === this.saidStart[sel[j]!]) i--;
      for (let t = i; t <= j; t++) yield sel[t]!;
      j = i - 1;
    }
    for (let t = dated; t < sel.length; t++) yield sel[t]!;
  }

  /** The index's rows of statements, in the order given. */
  rowsOf(db: Database.Database, order: number[]): Row[] {
    const ns = order.map((i) => this.n[i]!);
    const byN = new Map<number, Row>();
    for (let a = 0; a < ns.length; a += 500) {
      const part = ns.slice(a, a + 500);
      const rows = db
        .prepare(`SELECT s.*, (SELECT d.time_zone FROM documents d WHERE d.id = s.doc_id) AS time_zone FROM stmt s WHERE s.n IN (${part.map(() => '?').join(',')})`)
        .all(...part) as (Row & { n: number })[];
      for (const r of rows) byN.set(r.n, r);
    }
    return ns.map((n) => byN.get(n)).filter((r): r is Row & { n: number } => r !== undefined);
  }

  str(code: number): string | null {
    return code === NONE ? null : this.strings[code]!;
  }

  docId(code: number): string {
    return this.docDict.strings[code]!;
  }
}

/** The statements a view selects, counted and paged from the facts: what queryStatements answers. */
export function statementsFromFacts(db: Database.Database, facts: Facts, f: StatementQuery): StatementAnswer | null {
  const sel = facts.select(db, f);
  if (!sel) return null;
  const limit = Math.max(0, Math.min(MAX_LIMIT, f.limit ?? 50));
  const offset = Math.max(0, f.offset ?? 0);
  const page: number[] = [];
  if (limit > 0) {
    let t = 0;
    for (const i of facts.ordered(sel, f.sort === '-said' ? 'DESC' : 'ASC')) {
      if (t++ < offset) continue;
      page.push(i);
      if (page.length >= limit) break;
    }
  }
  const facets = {} as StatementAnswer['facets'];
  for (const facet of FACETS) facets[facet] = f.counts === false ? [] : facetFromFacts(db, facts, f, facet, sel) ?? [];
  return {
    total: sel.length,
    statements: facts.rowsOf(db, page).map(hitOf),
    facets,
    days: f.counts === false ? [] : facts.days(sel),
  };
}

/** One filter's values counted among the statements the other filters select (as facetCounts). `sel` is the
 *  view's selection, used when the filter is not set (leaving it out changes nothing). */
export function facetFromFacts(db: Database.Database, facts: Facts, f: StatementQuery, facet: Facet, sel?: Int32Array): Count[] | null {
  const set = Boolean((f[facet] as string[] | undefined)?.length);
  // What selects the statements counted: the view's filters, search and window without this facet's own.
  const key = JSON.stringify([facet, ...FACETS.map((k) => (k === facet ? null : (f[k] ?? null))), f.q ?? '', f.window ?? null]);
  let fallback = false;
  const counts = facts.remembered(key, () => {
    const of = set || !sel ? facts.select(db, f, facet) : sel;
    if (!of) {
      fallback = true;
      return [];
    }
    return countFacet(facts, of, facet);
  });
  return fallback ? null : counts;
}

function countFacet(facts: Facts, of: Int32Array, facet: Facet): Count[] {
  switch (facet) {
    case 'docs':
      return of.length > DOC_FACET_MAX ? [] : facts.countBy(of, facts.doc);
    case 'actors':
      return facts.countActors(of);
    case 'sides':
      return facts.countBy(of, facts.side);
    case 'stances':
      return facts.countBy(of, facts.stance);
    case 'eventTypes':
      return facts.countBy(of, facts.type);
    case 'channels':
      return facts.countBy(of, facts.channel);
  }
}

/** The corpus's generation (counted up by every write). */
export const generationOf = (db: Database.Database) => Number((db.prepare("SELECT v FROM meta WHERE k = 'generation'").pluck().get() as number | undefined) ?? 0);

/** The least statements a corpus holds for its views to be answered from facts (below it, the index is quick). */
export const factsMin = () => {
  const v = Number(process.env.DATELINE_FACTS_MIN);
  return Number.isFinite(v) && process.env.DATELINE_FACTS_MIN !== '' && process.env.DATELINE_FACTS_MIN !== undefined ? v : 10_000;
};

/**
 * The facts of the corpus's current generation, loaded once asked for: `current()` answers them when loaded for
 * the generation the database is at, else starts loading them (in chunks, between requests) and answers null.
 * A load the corpus changed under is dropped; the next question starts another.
 */
export class FactsCache {
  private facts: Facts | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly db: Database.Database,
    private readonly min = factsMin(),
  ) {}

  current(): Facts | null {
    if (!this.db.open) return null;
    const g = generationOf(this.db);
    if (this.facts?.generation === g) return this.facts;
    this.facts = null;
    if (!this.loading) {
      this.loading = this.load(g, true)
        .catch(() => undefined)
        .finally(() => {
          this.loading = null;
        });
    }
    return null;
  }

  /** Loaded now, at once (tests, the bench); null for a corpus too small to need them. */
  now(): Facts | null {
    const g = generationOf(this.db);
    if (this.facts?.generation === g) return this.facts;
    // Not yielding, the load runs to its end before its promise is returned.
    void this.load(g, false);
    return this.facts;
  }

  /** Loading finished (tests, the bench). */
  async settled(): Promise<Facts | null> {
    await this.loading;
    return this.facts;
  }

  private async load(g: number, yielding: boolean): Promise<void> {
    const db = this.db;
    const total = db.prepare('SELECT COUNT(*) FROM stmt_fact').pluck().get() as number;
    if (total < this.min) return;
    const dict = new Dict();
    const docDict = new Dict();
    const codeOf = (s: string | null) => dict.of(s);
    const l = new Loaded(total, db.prepare('SELECT COUNT(*) FROM stmt_actor').pluck().get() as number);
    const num = (v: number | null) => (v === null ? NaN : v);
    const rows = db.prepare('SELECT n, doc_id, speaker, stance, side, channel, event_type, said_start, said_end, claim_start, claim_end FROM stmt_fact WHERE n > ? ORDER BY n LIMIT ?').raw();
    const actors = db.prepare('SELECT stmt, actor FROM stmt_actor WHERE stmt > ? AND stmt <= ? ORDER BY stmt').raw();
    let after = 0;
    for (;;) {
      if (yielding) await new Promise((r) => setImmediate(r));
      if (!db.open || generationOf(db) !== g) return;
      const first = l.size;
      for (const r of rows.iterate(after, CHUNK) as IterableIterator<[number, string, string, string, string, string, string | null, number | null, number | null, number | null, number | null]>) {
        // More rows than counted: the corpus changed (the generation check after this says so too).
        if (l.size >= total) return;
        const i = l.size++;
        l.cols.n[i] = r[0];
        l.cols.doc[i] = docDict.of(r[1]);
        l.cols.speaker[i] = codeOf(r[2]);
        l.cols.stance[i] = codeOf(r[3]);
        l.cols.side[i] = codeOf(r[4]);
        l.cols.channel[i] = codeOf(r[5]);
        l.cols.type[i] = codeOf(r[6]);
        l.cols.saidStart[i] = num(r[7]);
        l.cols.saidEnd[i] = num(r[8]);
        l.cols.claimStart[i] = num(r[9]);
        l.cols.claimEnd[i] = num(r[10]);
      }
      if (l.size === first) break;
      const last = l.cols.n[l.size - 1]!;
      for (const [n, actor] of actors.iterate(after, last) as IterableIterator<[number, string]>) {
        if (l.actorsRead >= l.actorN.length) return;
        l.actorN[l.actorsRead] = n;
        l.actorCode[l.actorsRead++] = codeOf(actor);
      }
      after = last;
    }
    if (!db.open || generationOf(db) !== g) return;
    this.facts = new Facts(g, dict, docDict, l);
  }
}
