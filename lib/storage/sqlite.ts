// The corpus a researcher keeps, embedded: documents, the machine's extraction of each, and the corrections over
// it, in one SQLite file (better-sqlite3, DATELINE_DB, WAL, every write one transaction, migrations by
// user_version; the schema in migrations/sqlite.ts). The default behind the `DocumentStore` contract
// (contract.ts); PostgreSQL (postgres.ts) takes its place for several servers.
import { indexDocument } from '../query/index';
import { Memo, type SearchAnswer, type StatementAnswer, type StatementQuery, queryStatements, search as searchIndex } from '../query/query';
import { type Overview, type OverviewQuery, overview as overviewOf, unfilteredKey } from '../query/overview';
import { FactsCache, statementsFromFacts } from '../query/facts';
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { ExtractInput } from '../extract/index';
import { inputOf } from '../model/input';
import type { Extraction, Lang } from '../model/schema';
import { type Edit, type EditInput, applyEdits } from '../corrections/edits';
import { type DocumentStore, type Extractor, type MetadataPatch, type StoredDocument, StoreError, cacheMax, checkEdit, inThread } from './contract';
import { MIGRATIONS, REINDEX_VERSION, sha256 } from './migrations/sqlite';

export { SCHEMA_VERSION } from './migrations/sqlite';

type DocRow = { id: string; input: string; extraction: string; title: string; lang: Lang; publisher: string; published: string | null; stmts?: number };
type EditRow = { id: number; op: Edit['op']; target: string; value: string; author: string; at: string; undone_at: string | null; anchor: string };

const now = () => new Date().toISOString();

export class SqliteStore implements DocumentStore {
  readonly db: Database.Database;
  private cache = new Map<string, StoredDocument>();
  /** The view queries' remembered counts, cleared by any write (this connection's or another's). */
  private memo: Memo = new Memo({ get: (key) => this.keptGet(key), set: (key, value) => this.keptSet(key, value) });
  private seen = -1;
  /** The statements' facts in memory for the current generation, which answer a large corpus's views. */
  readonly facts: FactsCache;

  private readonly extractor: Extractor;
  /** A bulk load commits its documents in groups (see write). */
  private readonly bulk: boolean;
  private group: { writes: number; timer: NodeJS.Timeout } | null = null;

  constructor(
    private readonly file: string,
    opts: { seed?: Extraction[]; extractor?: Extractor; bulk?: boolean } = {},
  ) {
    this.extractor = opts.extractor ?? inThread;
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // A bulk load (the ingest CLI, which resumes where it stopped) does not wait for the disk at every commit: in
    // WAL mode a killed process still loses nothing committed; a power cut may lose the last commits, never
    // corrupt. The server keeps the default (FULL): an acknowledged write is on disk.
    if (opts.bulk) this.db.pragma('synchronous = NORMAL');
    this.bulk = Boolean(opts.bulk);
    this.db.function('dateline_sha256', { deterministic: true }, (text: unknown) => sha256(String(text)));
    this.migrate();
    this.facts = new FactsCache(this.db);
    if (opts.seed) this.seed(opts.seed);
  }

  private migrate() {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
    // A database from before the index: every document indexed, once the tables are all there.
    if (version < REINDEX_VERSION) this.db.transaction(() => {
      this.reindexAll();
      this.bump();
    })();
  }

  /** Every document's rows in the index, from its extraction as corrected. */
  private reindexAll() {
    const ids = this.db.prepare('SELECT id FROM documents ORDER BY seq').all() as { id: string }[];
    for (const { id } of ids) this.reindex(id);
  }

  /** One document's rows in the index, as it reads now (inside the caller's transaction). */
  private reindex(id: string) {
    this.cache.delete(id);
    const doc = this.read(id);
    if (doc) indexDocument(this.db, doc.extraction);
  }

  /** The bundled corpus, added once: a document already there (by id) is left as it is, edits and all. */
  private seed(xs: Extraction[]) {
    const has = this.db.prepare('SELECT 1 FROM documents WHERE id = ?');
    this.db.transaction(() => {
      let added = 0;
      for (const x of xs) {
        if (has.get(x.document.id)) continue;
        this.insert(inputOf(x), x, true);
        added++;
      }
      if (added) this.bump();
    })();
  }

  private insert(input: ExtractInput, x: Extraction, bundled = false) {
    const d = x.document;
    const seq = ((this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS m FROM documents').get() as { m: number }).m ?? 0) + 1;
    const t = now();
    this.db
      .prepare(
        `INSERT INTO documents (id, title, lang, publisher, url, published, time_zone, text, text_sha, input, extraction, engine, bundled, seq, created_at, updated_at)
         VALUES (@id, @title, @lang, @publisher, @url, @published, @timeZone, @text, @sha, @input, @extraction, @engine, @bundled, @seq, @t, @t)`,
      )
      .run({ id: d.id, title: d.title, lang: d.lang, publisher: d.publisher, url: d.url ?? null, published: d.published.value, timeZone: d.timeZone, text: d.text, sha: sha256(d.text), input: JSON.stringify(input), extraction: JSON.stringify(x), engine: x.engine.version, bundled: bundled ? 1 : 0, seq, t });
    // A new document has no edits: it is indexed as read.
    indexDocument(this.db, x);
  }

  /** Before a document is kept: the same text kept already is refused (409, naming it); an id another text holds
   *  is refused when it was given, and otherwise made unique (two texts whose digests agree keep both). */
  private placeFor(x: Extraction, given: boolean): string {
    const d = x.document;
    const same = (this.db.prepare('SELECT id, text FROM documents WHERE text_sha = ?').all(sha256(d.text)) as { id: string; text: string }[]).find((r) => r.text === d.text);
    if (same) throw new StoreError(409, 'exists', `This text is already kept, as document "${same.id}".`, 'text');
    const taken = (id: string) => this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(id) !== undefined;
    if (!taken(d.id)) return d.id;
    if (given) throw new StoreError(409, 'id_taken', `Another text is kept under the id "${d.id}": give another id, or none.`, 'id');
    let n = 2;
    while (taken(`${d.id}-${n}`)) n++;
    return `${d.id}-${n}`;
  }

  async list(offset: number, limit: number) {
    const total = (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    const rows = this.db.prepare('SELECT id FROM documents ORDER BY seq LIMIT ? OFFSET ?').all(limit, offset) as { id: string }[];
    const documents = rows.map((r) => {
      const s = this.read(r.id)!;
      const d = s.document;
      return { id: s.id, title: d.title, lang: d.lang, publisher: d.publisher, published: d.published.value, statements: s.extraction.statements.length };
    });
    return { documents, total };
  }

  /** Another connection (the CLI, a second server) committed: what this one remembers may be stale. */
  private fresh() {
    const v = this.db.pragma('data_version', { simple: true }) as number;
    if (v !== this.seen) {
      this.cache.clear();
      this.memo.clear();
    }
    this.seen = v;
  }

  async get(id: string): Promise<StoredDocument | null> {
    return this.read(id);
  }

  /** A document as corrected, from the cache when no other connection wrote since. */
  private read(id: string): StoredDocument | null {
    this.fresh();
    const hit = this.cache.get(id);
    if (hit) {
      // Most recently read last: the first is the one to drop.
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    const row = this.db.prepare('SELECT id, extraction FROM documents WHERE id = ?').get(id) as DocRow | undefined;
    if (!row) return null;
    const machine = JSON.parse(row.extraction) as Extraction;
    const edits = (this.db.prepare('SELECT * FROM edits WHERE doc_id = ? ORDER BY id').all(id) as EditRow[]).map(toEdit);
    const applied = applyEdits(machine, edits);
    const out = { id, document: applied.extraction.document, extraction: applied.extraction, edits, unanchored: applied.unanchored };
    this.cache.set(id, out);
    if (this.cache.size > cacheMax()) this.cache.delete(this.cache.keys().next().value!);
    return out;
  }

  async extractions(): Promise<Extraction[]> {
    const ids = this.db.prepare('SELECT id FROM documents ORDER BY seq').all() as { id: string }[];
    return ids.map((r) => this.read(r.id)!.extraction);
  }

  async keptAs(text: string): Promise<string | null> {
    const rows = this.db.prepare('SELECT id, text FROM documents WHERE text_sha = ?').all(sha256(text)) as { id: string; text: string }[];
    return rows.find((r) => r.text === text)?.id ?? null;
  }

  async add(input: ExtractInput): Promise<StoredDocument> {
    const x = await this.extractor(input);
    const id = this.write(() => {
      const place = this.placeFor(x, input.id !== undefined);
      const kept = place === x.document.id ? x : { ...x, document: { ...x.document, id: place } };
      this.insert({ ...input, id: place }, kept);
      return place;
    })();
    return this.read(id)!;
  }

  async addExtraction(x: Extraction): Promise<StoredDocument> {
    this.write(() => {
      this.placeFor(x, true);
      this.insert(inputOf(x), x);
    })();
    return this.read(x.document.id)!;
  }

  async update(id: string, patch: MetadataPatch): Promise<StoredDocument> {
    const row = this.db.prepare('SELECT id, input FROM documents WHERE id = ?').get(id) as DocRow | undefined;
    if (!row) throw new StoreError(404, 'not_found', `No document with id "${id}".`);
    const input: ExtractInput = { ...(JSON.parse(row.input) as ExtractInput), ...patch, id };
    // Metadata all feed the extraction (the date anchors every relative time, the language picks the reader),
    // so it is extracted again; the edits re-anchor by their words.
    const x = await this.extractor(input);
    this.write(() => {
      this.db
        .prepare('UPDATE documents SET title = ?, lang = ?, publisher = ?, url = ?, published = ?, time_zone = ?, input = ?, extraction = ?, engine = ?, updated_at = ? WHERE id = ?')
        .run(x.document.title, x.document.lang, x.document.publisher, x.document.url ?? null, x.document.published.value, x.document.timeZone, JSON.stringify(input), JSON.stringify(x), x.engine.version, now(), id);
      this.reindex(id);
    })();
    this.cache.delete(id);
    return this.read(id)!;
  }

  async remove(id: string): Promise<boolean> {
    const r = this.write(() => this.db.prepare('DELETE FROM documents WHERE id = ?').run(id))();
    this.cache.delete(id);
    return r.changes > 0;
  }

  async addEdit(id: string, input: EditInput): Promise<Edit> {
    const doc = this.read(id);
    if (!doc) throw new StoreError(404, 'not_found', `No document with id "${id}".`);
    const { anchor, ...v } = await checkEdit(doc, input, async (docId) => this.read(docId));
    const at = now();
    const r = this.write(() => {
      const row = this.db.prepare('INSERT INTO edits (doc_id, op, target, value, author, at, anchor) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, input.op, input.target, JSON.stringify(v.value), input.author, at, JSON.stringify(anchor));
      this.reindex(id);
      return row;
    })();
    this.cache.delete(id);
    return { id: Number(r.lastInsertRowid), op: input.op, target: input.target, value: v.value, author: input.author, at, undoneAt: null, anchor };
  }

  async undo(id: string, editId: number): Promise<Edit> {
    const row = this.db.prepare('SELECT * FROM edits WHERE doc_id = ? AND id = ?').get(id, editId) as EditRow | undefined;
    if (!row) throw new StoreError(404, 'not_found', `No edit ${editId} on document "${id}".`);
    if (row.undone_at) throw new StoreError(409, 'already_undone', `Edit ${editId} was undone at ${row.undone_at}.`);
    const at = now();
    this.write(() => {
      this.db.prepare('UPDATE edits SET undone_at = ? WHERE id = ?').run(at, editId);
      this.reindex(id);
    })();
    this.cache.delete(id);
    return toEdit({ ...row, undone_at: at });
  }

  /** The corpus changed (inside the caller's transaction): what was kept for the last generation is stale. */
  private bump() {
    this.db.prepare("UPDATE meta SET v = v + 1 WHERE k = 'generation'").run();
  }

  /** A write transaction; a database that cannot be written (a read-only file, folder or disk) is a 503 that
   *  says so, not an internal error. */
  private write<T>(fn: () => T): () => T {
    const tx = this.db.transaction(() => {
      const r = fn();
      this.bump();
      return r;
    });
    return () => {
      try {
        this.memo.clear();
        if (this.bulk) return this.grouped(tx);
        return tx();
      } catch (e) {
        const code = (e as { code?: string }).code ?? '';
        if (/^SQLITE_(READONLY|CANTOPEN|IOERR|FULL|PERM)/.test(code)) throw new StoreError(503, 'read_only', `The corpus cannot be written here (${code}): nothing was changed.`);
        throw e;
      }
    };
  }

  async statements(q: StatementQuery): Promise<StatementAnswer> {
    this.fresh();
    const facts = this.facts.current();
    return (facts && statementsFromFacts(this.db, facts, q)) ?? queryStatements(this.db, q, this.memo);
  }

  async overview(q: OverviewQuery): Promise<Overview> {
    this.fresh();
    // An unfiltered view's overview is kept in the database for the corpus's generation: the first page after
    // a restart or an ingest reads it (the ingest CLI computes it as it ends), and so are the whole-corpus
    // counts a one-filter view's facets need.
    const key = unfilteredKey(q);
    if (!key) return overviewOf(this.db, q, this.memo, this.facts.current());
    const kept = this.keptGet(`overview:${key}`) as Overview | undefined;
    if (kept) return kept;
    const o = overviewOf(this.db, q, this.memo, this.facts.current());
    this.keptSet(`overview:${key}`, o);
    return o;
  }

  /** What was kept for the corpus as it is now (its generation), if anything. */
  private keptGet(key: string): unknown {
    const row = this.db.prepare("SELECT body FROM view_cache WHERE key = ? AND generation = (SELECT v FROM meta WHERE k = 'generation')").get(key) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as unknown) : undefined;
  }

  private keptSet(key: string, value: unknown) {
    try {
      this.db
        .prepare("INSERT INTO view_cache (key, generation, body) SELECT ?, v, ? FROM meta WHERE k = 'generation' ON CONFLICT(key) DO UPDATE SET generation = excluded.generation, body = excluded.body")
        .run(key, JSON.stringify(value));
    } catch {
      // A corpus that cannot be written (read-only) answers all the same, computing each time.
    }
  }

  async extractionsOf(ids: readonly string[]): Promise<Extraction[]> {
    const wanted = new Set(ids);
    const out: Extraction[] = [];
    const list = [...wanted];
    const found: { id: string; seq: number }[] = [];
    for (let i = 0; i < list.length; i += 500) {
      const part = list.slice(i, i + 500);
      found.push(...(this.db.prepare(`SELECT id, seq FROM documents WHERE id IN (${part.map(() => '?').join(',')})`).all(...part) as { id: string; seq: number }[]));
    }
    for (const r of found.sort((a, b) => a.seq - b.seq)) out.push(this.read(r.id)!.extraction);
    return out;
  }

  async count(): Promise<number> {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  }

  async search(q: string, limit = 20): Promise<SearchAnswer> {
    return searchIndex(this.db, q, limit);
  }

  async writable(): Promise<boolean> {
    if (this.file === ':memory:') return true;
    try {
      // A write lock taken and given back: refused on a read-only file, folder or mount.
      this.db.exec('BEGIN IMMEDIATE; ROLLBACK;');
      accessSync(path.dirname(this.file), constants.W_OK);
      accessSync(this.file, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * A bulk load's write: documents are committed in groups (at most GROUP_WRITES, or after GROUP_MS), each one in
   * a savepoint of the group's transaction, so one that fails is rolled back alone. Far fewer commits: the
   * search index writes a segment per commit, and every commit rewrites the pages it touched. A killed ingest
   * loses its last group uncommitted, which the next run adds (it skips what was kept).
   */
  private grouped<T>(tx: () => T): T {
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.group = { writes: 0, timer: setTimeout(() => this.commitGroup(), GROUP_MS).unref() };
    }
    const r = tx();
    if (this.group && ++this.group.writes >= GROUP_WRITES) this.commitGroup();
    return r;
  }

  private commitGroup() {
    if (!this.group) return;
    clearTimeout(this.group.timer);
    this.group = null;
    if (this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
  }

  async close() {
    this.commitGroup();
    this.db.close();
  }
}

function toEdit(r: EditRow): Edit {
  return { id: r.id, op: r.op, target: r.target, value: JSON.parse(r.value) as unknown, author: r.author, at: r.at, undoneAt: r.undone_at, anchor: JSON.parse(r.anchor) as Edit['anchor'] };
}

/** A bulk load's group: documents, and how long it stays open at most. */
const GROUP_WRITES = 64;
const GROUP_MS = 500;
