// The corpus in PostgreSQL, for a deployment of several app servers (and, next, workers) over one database:
// the same `DocumentStore` as the embedded SQLite store, and the same answers.
//
// PostgreSQL holds everything: documents with the machine's extraction, the edits over it, and the indexed
// tables of lib/query (a row per statement as corrected, the actors each names, actors' names, each document's
// title and text normalised for search), rebuilt for a document in the transaction that changes it. Search runs
// in PostgreSQL, over the same normalised text SQLite's index holds (pg_trgm, so a term matches inside a word:
// وأكد holds اكد, and أكد finds اكد). Every write is one transaction that first counts the corpus's generation
// up (so writes commit one after another), logs which documents it changed and NOTIFYs the generation.
//
// Views (statements, overview) are answered by the same queries as SQLite's, over a copy of the indexed rows
// kept in memory in an in-process SQLite database: loaded once, then brought up to the database's generation
// before each answer by copying the rows of the documents changed since (by this server or any other), and in
// the background as soon as a write's notification arrives (LISTEN). So the two engines cannot answer a view
// differently, and a view costs PostgreSQL one small query.
//
// Migrations are versioned in the table dateline_migrations and run at start under an advisory lock, so servers
// starting together never race; the bundled corpus is added under the same lock. A database that cannot be
// reached is a StoreError 503 that says so, never an internal error.
import type Database from 'better-sqlite3';
import pg from 'pg';
import type { ExtractInput } from '../extract/index';
import { inputOf } from '../model/input';
import type { Extraction } from '../model/schema';
import { FactsCache, statementsFromFacts } from '../query/facts';
import { type IndexRow, indexRows, insertRows } from '../query/index';
import { type Overview, type OverviewQuery, overview as overviewOf } from '../query/overview';
import {
  CONTROL,
  MAX_LIMIT,
  Memo,
  type SearchAnswer,
  type StatementAnswer,
  type StatementQuery,
  hitOf,
  queryStatements,
  type Row,
} from '../query/query';
import { indexDatabase, sha256 } from './migrations/sqlite';
import { type Edit, type EditInput, applyEdits } from '../corrections/edits';
import {
  type DocumentStore,
  type DocumentSummary,
  type Extractor,
  type MetadataPatch,
  type StoredDocument,
  StoreError,
  cacheMax,
  checkEdit,
  inThread,
} from './contract';
import { searchTerms } from '../text/search-terms';
import { ChannelListener } from './listen';
import { MIGRATIONS, MIGRATION_LOCK } from './migrations/postgres';

export interface PostgresOptions {
  seed?: Extraction[];
  extractor?: Extractor;
  /** Connections at most (DATELINE_PG_POOL, default 10). */
  poolSize?: number;
  /** A statement running longer is cancelled (DATELINE_PG_STATEMENT_TIMEOUT ms, default 15,000). */
  statementTimeoutMs?: number;
  /** Waiting longer for a connection is a 503 (DATELINE_PG_CONNECT_TIMEOUT ms, default 5,000). */
  connectTimeoutMs?: number;
  /** LISTEN for every server's writes and keep the copy of the index current in the background (default true).
   *  An ingest worker, which answers no views, does not: its copy is never loaded. */
  follow?: boolean;
}

type Tx = pg.PoolClient;
type EditRow = {
  id: number;
  op: Edit['op'];
  target: string;
  value: string;
  author: string;
  at: string;
  undone_at: string | null;
  anchor: string;
};

const now = () => new Date().toISOString();
const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
/** Changes kept in the log for servers catching up; one further behind loads its copy of the index again. */
const CHANGES_KEPT = 10_000;
/** bigint columns (ids, epoch ms, generations) as numbers: all are well inside 2^53. */
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** Errors that mean the database is not there (down, restarting, unreachable, out of connections). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = e instanceof Error ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i.test(
    message,
  );
}

/** A failure of the database as the API answers it: unreachable or too slow is 503, read-only too. */
export function asStoreError(e: unknown): unknown {
  if (e instanceof StoreError) return e;
  const code = (e as { code?: string } | null)?.code ?? '';
  if (isUnavailable(e))
    return new StoreError(
      503,
      'store_unavailable',
      `The corpus's database cannot be reached (${code || (e as Error).message}): nothing was changed; try again shortly.`,
    );
  if (code === '57014')
    return new StoreError(
      503,
      'store_timeout',
      "The corpus's database took too long to answer (statement timeout): nothing was changed.",
    );
  if (code === '25006')
    return new StoreError(503, 'read_only', "The corpus's database is read-only here: nothing was changed.");
  if (code === '40001' || code === '40P01')
    return new StoreError(
      503,
      'store_busy',
      'Another write to the same document happened at the same moment: nothing was changed; try again.',
    );
  return e;
}

/** A URL as the log may show it: without its password. */
export const redactUrl = (url: string) => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@');

export class PostgresStore implements DocumentStore {
  readonly pool: pg.Pool;
  private readonly extractor: Extractor;
  private readonly seedWith: Extraction[] | undefined;
  private starting: Promise<void> | null = null;
  private started = false;
  /** The indexed rows copied from PostgreSQL, in SQLite, at `copied` (the corpus's generation). */
  readonly index: Database.Database;
  private copied = -1;
  private catchingUp: Promise<void> | null = null;
  readonly facts: FactsCache;
  private memo = new Memo();
  private cache = new Map<string, StoredDocument>();
  private closed = false;
  /** The connection that LISTENs for every server's writes (opened again when lost). */
  private listener: ChannelListener | null = null;
  private readonly connectTimeoutMs: number;
  private readonly follow: boolean;

  constructor(
    readonly url: string,
    opts: PostgresOptions = {},
  ) {
    this.extractor = opts.extractor ?? inThread;
    this.seedWith = opts.seed;
    this.follow = opts.follow ?? true;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? envNumber('DATELINE_PG_CONNECT_TIMEOUT', 5_000);
    this.pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? envNumber('DATELINE_PG_POOL', 10),
      statement_timeout: opts.statementTimeoutMs ?? envNumber('DATELINE_PG_STATEMENT_TIMEOUT', 15_000),
      connectionTimeoutMillis: this.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      application_name: 'dateline',
      types,
    });
    // An idle connection the server dropped (a restart): the pool discards it; the next query opens another.
    this.pool.on('error', () => undefined);
    this.index = indexDatabase();
    this.facts = new FactsCache(this.index);
  }

  /** A store whose schema is migrated and whose bundled corpus is added (a 503 when the database is not there). */
  static async open(url: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
    const s = new PostgresStore(url, opts);
    try {
      await s.ready();
    } catch (e) {
      await s.close();
      throw e;
    }
    return s;
  }

  /** Migrated and seeded once; a start that failed (the database down) is tried again by the next call. The
   *  ingest queue (./queue.ts) waits on it too: its tables are among the migrations. */
  ready(): Promise<void> {
    if (this.closed) return Promise.reject(new StoreError(503, 'store_unavailable', 'The store is closed.'));
    if (this.started) return Promise.resolve();
    this.starting ??= this.start().then(
      () => {
        this.started = true;
        this.starting = null;
        if (this.follow) void this.listen();
      },
      (e: unknown) => {
        this.starting = null;
        throw asStoreError(e);
      },
    );
    return this.starting;
  }

  private async start() {
    const c = await this.pool.connect();
    let broken = false;
    try {
      // One server at a time migrates and seeds; the others wait, then find it done. Neither the wait nor a
      // migration is held to the statement timeout (an index built over a large corpus takes what it takes).
      await c.query('SET statement_timeout = 0');
      await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await c.query(
          'CREATE TABLE IF NOT EXISTS dateline_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
        );
        const at = Number(
          (await c.query<{ v: number | null }>('SELECT MAX(version) AS v FROM dateline_migrations')).rows[0]
            ?.v ?? 0,
        );
        if (at > MIGRATIONS.length)
          throw new StoreError(
            503,
            'schema_newer',
            `The database's schema is at version ${at}, newer than this server's (${MIGRATIONS.length}): run the newer server.`,
          );
        for (let v = at; v < MIGRATIONS.length; v++) {
          const m = MIGRATIONS[v]!;
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO dateline_migrations (version, name) VALUES ($1, $2)', [v + 1, m.name]);
            await c.query('COMMIT');
          } catch (e) {
            await c.query('ROLLBACK');
            throw e;
          }
        }
        if (this.seedWith?.length) await this.seed(c, this.seedWith);
      } finally {
        await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      }
      await c.query('RESET statement_timeout');
    } catch (e) {
      broken = true;
      throw e;
    } finally {
      // A connection that failed here is closed, not reused (its lock and settings go with it).
      c.release(broken);
    }
  }

  /** The bundled corpus, added once: a document already there (by id) is left as it is, edits and all. */
  private async seed(c: Tx, xs: Extraction[]) {
    const have = new Set(
      (
        await c.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1)', [
          xs.map((x) => x.document.id),
        ])
      ).rows.map((r) => r.id),
    );
    const missing = xs.filter((x) => !have.has(x.document.id));
    if (!missing.length) return;
    await inTx(c, async () => {
      const g = await generationUp(c);
      for (const x of missing) await this.insert(c, g, inputOf(x), x, true);
      await logChanges(
        c,
        g,
        missing.map((x) => x.document.id),
      );
    });
  }

  /** A call: started, with the database's failures as the API's errors. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    await this.ready();
    try {
      return await fn();
    } catch (e) {
      throw asStoreError(e);
    }
  }

  /** A write: one transaction on one connection. It counts the corpus's generation up first — so writes are
   *  applied one after another, in the generation's order — and logs the documents it changed; what this server
   *  remembers of them is dropped. */
  private async write<T>(
    docs: (r: T) => string[],
    fn: (c: Tx, generation: number) => Promise<T>,
  ): Promise<T> {
    return this.call(async () => {
      const c = await this.pool.connect();
      let broken = false;
      try {
        const r = await inTx(c, async () => {
          const g = await generationUp(c);
          const r = await fn(c, g);
          await logChanges(c, g, docs(r));
          return r;
        });
        for (const id of docs(r)) this.cache.delete(id);
        return r;
      } catch (e) {
        broken = isUnavailable(e);
        throw e;
      } finally {
        this.memo.clear();
        c.release(broken);
      }
    });
  }

  // ---- every server's writes ------------------------------------------------------------------------------

  /** The generation this server's copy of the index is at (-1 before the first copy). */
  get generation(): number {
    return this.copied;
  }

  /** Whether this server is listening for every server's writes now. */
  get listening(): boolean {
    return this.listener?.listening ?? false;
  }

  /**
   * LISTEN for every server's writes: each commit notifies its generation, and this server catches up at once
   * in the background — the documents changed forgotten, their rows copied, the facts reloaded — so the next
   * request finds it done. Every call still checks the generation first (one small query), so a write another
   * server acknowledged is read here even before its notification arrives. A listener lost (the database
   * restarted) is opened again a second later.
   */
  private async listen(): Promise<void> {
    if (this.closed || this.listener) return;
    this.listener = new ChannelListener(this.url, CHANNEL, {
      connectTimeoutMs: this.connectTimeoutMs,
      application_name: 'dateline-listen',
      onNotify: (payload) => {
        if (Number(payload) === this.copied || this.closed) return;
        this.catchUp()
          .then(() => this.facts.current())
          .catch(() => undefined);
      },
    });
    await this.listener.start();
  }

  // ---- the copy of the index --------------------------------------------------------------------------------

  /** The copy of the index brought to the database's generation (documents changed since: copied again, and
   *  forgotten from the cache of read documents). */
  private async catchUp(): Promise<void> {
    const g = Number(
      (await this.pool.query<{ v: number }>("SELECT v FROM meta WHERE k = 'generation'")).rows[0]?.v ?? 0,
    );
    if (g === this.copied) return;
    // One catch-up at a time; a call arriving meanwhile waits for it, then checks again.
    while (this.catchingUp) await this.catchingUp;
    if (g === this.copied) return;
    this.catchingUp = this.copy().finally(() => {
      this.catchingUp = null;
    });
    await this.catchingUp;
  }

  private async copy(): Promise<void> {
    const c = await this.pool.connect();
    let broken = false;
    try {
      // One snapshot: the generation and the rows read agree.
      await c.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // A whole copy of a large corpus's index is not held to the timeout of a request's statement.
      if (this.copied < 0) await c.query('SET LOCAL statement_timeout = 0');
      const meta = (await c.query<{ k: string; v: number }>('SELECT k, v FROM meta')).rows;
      const g = meta.find((m) => m.k === 'generation')?.v ?? 0;
      const pruned = meta.find((m) => m.k === 'pruned')?.v ?? 0;
      const whole = this.copied < 0 || this.copied < pruned || g < this.copied;
      const ids = whole
        ? null
        : (
            await c.query<{ doc_id: string }>('SELECT DISTINCT doc_id FROM changes WHERE generation > $1', [
              this.copied,
            ])
          ).rows.map((r) => r.doc_id);
      const docs = (
        await c.query<DocCopy>(
          `SELECT id, title, lang, publisher, url, published, time_zone, engine, bundled, seq, created_at, updated_at FROM documents ${ids ? 'WHERE id = ANY($1)' : ''} ORDER BY seq`,
          ids ? [ids] : [],
        )
      ).rows;
      const stmts = (
        await c.query<StmtCopy>(
          `SELECT n, doc_id, id, speaker, stance, side, channel, event_id, event_type, said_start, said_end, claim_start, claim_end, words, haystack FROM stmt ${ids ? 'WHERE doc_id = ANY($1)' : ''} ORDER BY n`,
          ids ? [ids] : [],
        )
      ).rows;
      const actors = (
        await c.query<{ stmt: number; actor: string }>(
          `SELECT a.stmt, a.actor FROM stmt_actor a ${ids ? 'JOIN stmt s ON s.n = a.stmt WHERE s.doc_id = ANY($1)' : ''} ORDER BY a.stmt`,
          ids ? [ids] : [],
        )
      ).rows;
      const names = (
        await c.query<{ id: string; en: string; ar: string; ru: string | null; kind: string; side: string }>(
          `SELECT id, en, ar, ru, kind, side FROM actor_name ${whole ? '' : 'WHERE generation > $1'} ORDER BY generation, id`,
          whole ? [] : [this.copied],
        )
      ).rows;
      await c.query('COMMIT');
      this.apply(g, ids, docs, stmts, actors, names);
    } catch (e) {
      broken = isUnavailable(e);
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release(broken);
    }
  }

  /** The rows read put in the copy, in one SQLite transaction. */
  private apply(
    g: number,
    ids: string[] | null,
    docs: DocCopy[],
    stmts: StmtCopy[],
    actors: { stmt: number; actor: string }[],
    names: { id: string; en: string; ar: string; ru: string | null; kind: string; side: string }[],
  ) {
    const db = this.index;
    const byStmt = new Map<number, string[]>();
    for (const a of actors) {
      const l = byStmt.get(a.stmt);
      if (l) l.push(a.actor);
      else byStmt.set(a.stmt, [a.actor]);
    }
    const byDoc = new Map<string, (IndexRow & { n: number })[]>();
    for (const s of stmts) {
      const row = {
        n: s.n,
        id: s.id,
        speaker: s.speaker,
        stance: s.stance,
        side: s.side,
        channel: s.channel,
        eventId: s.event_id,
        eventType: s.event_type,
        saidStart: s.said_start,
        saidEnd: s.said_end,
        claimStart: s.claim_start,
        claimEnd: s.claim_end,
        words: s.words,
        haystack: s.haystack,
        actors: byStmt.get(s.n) ?? [],
      };
      const l = byDoc.get(s.doc_id);
      if (l) l.push(row);
      else byDoc.set(s.doc_id, [row]);
    }
    db.transaction(() => {
      if (ids === null) {
        db.exec('DELETE FROM documents; DELETE FROM actor_name;');
      } else {
        const del = db.prepare('DELETE FROM documents WHERE id = ?');
        for (const id of ids) del.run(id);
      }
      const doc = db.prepare(
        `INSERT INTO documents (id, title, lang, publisher, url, published, time_zone, text, text_sha, input, extraction, engine, bundled, seq, created_at, updated_at)
         VALUES (@id, @title, @lang, @publisher, @url, @published, @time_zone, '', '', '', '', @engine, @bundled, @seq, @created_at, @updated_at)`,
      );
      for (const d of docs) {
        doc.run({ ...d, bundled: d.bundled ? 1 : 0 });
        insertRows(db, d.id, byDoc.get(d.id) ?? []);
      }
      const name = db.prepare(
        'INSERT INTO actor_name (id, en, ar, ru, kind, side) VALUES (@id, @en, @ar, @ru, @kind, @side) ON CONFLICT(id) DO UPDATE SET en = excluded.en, ar = excluded.ar, ru = excluded.ru, kind = excluded.kind, side = excluded.side',
      );
      for (const n of names) name.run(n);
      db.prepare("UPDATE meta SET v = ? WHERE k = 'generation'").run(g);
    })();
    if (ids === null) this.cache.clear();
    else for (const id of ids) this.cache.delete(id);
    this.memo.clear();
    this.copied = g;
  }

  // ---- reading ----------------------------------------------------------------------------------------------

  /** Documents as corrected, from the cache or read in one query (a missing id is left out). */
  private async readMany(
    ids: readonly string[],
    c: pg.Pool | Tx = this.pool,
  ): Promise<Map<string, StoredDocument>> {
    const out = new Map<string, StoredDocument>();
    const missing: string[] = [];
    // Inside a write's transaction, what the database holds now (another server may have written since this
    // one last caught up), not the cache.
    const cached = c === this.pool;
    for (const id of ids) {
      const hit = cached ? this.cache.get(id) : undefined;
      if (hit) {
        this.cache.delete(id);
        this.cache.set(id, hit);
        out.set(id, hit);
      } else missing.push(id);
    }
    for (let i = 0; i < missing.length; i += 500) {
      const part = missing.slice(i, i + 500);
      const rows = (
        await c.query<{ id: string; extraction: string; edits: EditRow[] }>(
          `SELECT d.id, d.extraction, COALESCE((SELECT json_agg(e ORDER BY e.id) FROM edits e WHERE e.doc_id = d.id), '[]'::json) AS edits FROM documents d WHERE d.id = ANY($1)`,
          [part],
        )
      ).rows;
      for (const r of rows) {
        const doc = corrected(r.id, JSON.parse(r.extraction) as Extraction, r.edits.map(toEdit));
        out.set(r.id, doc);
        if (cached) this.remember(doc);
      }
    }
    return out;
  }

  private remember(doc: StoredDocument) {
    this.cache.set(doc.id, doc);
    if (this.cache.size > cacheMax()) this.cache.delete(this.cache.keys().next().value!);
  }

  /** One document as corrected, read now inside a transaction holding its row (for a write). */
  private async readLocked(c: Tx, id: string): Promise<{ doc: StoredDocument; input: ExtractInput } | null> {
    const row = (
      await c.query<{ extraction: string; input: string }>(
        'SELECT extraction, input FROM documents WHERE id = $1 FOR UPDATE',
        [id],
      )
    ).rows[0];
    if (!row) return null;
    const edits = (
      await c.query<EditRow>(
        'SELECT id, op, target, value, author, at, undone_at, anchor FROM edits WHERE doc_id = $1 ORDER BY id',
        [id],
      )
    ).rows.map(toEdit);
    return {
      doc: corrected(id, JSON.parse(row.extraction) as Extraction, edits),
      input: JSON.parse(row.input) as ExtractInput,
    };
  }

  async list(offset: number, limit: number): Promise<{ documents: DocumentSummary[]; total: number }> {
    return this.call(async () => {
      await this.catchUp();
      const total = Number(
        (await this.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM documents')).rows[0]!.n,
      );
      const ids =
        limit > 0
          ? (
              await this.pool.query<{ id: string }>(
                'SELECT id FROM documents ORDER BY seq LIMIT $1 OFFSET $2',
                [limit, offset],
              )
            ).rows.map((r) => r.id)
          : [];
      const read = await this.readMany(ids);
      const documents = ids.flatMap((id) => {
        const s = read.get(id);
        if (!s) return [];
        const d = s.document;
        return [
          {
            id: s.id,
            title: d.title,
            lang: d.lang,
            publisher: d.publisher,
            published: d.published.value,
            statements: s.extraction.statements.length,
          },
        ];
      });
      return { documents, total };
    });
  }

  async get(id: string): Promise<StoredDocument | null> {
    return this.call(async () => {
      await this.catchUp();
      return (await this.readMany([id])).get(id) ?? null;
    });
  }

  async extractions(): Promise<Extraction[]> {
    return this.call(async () => {
      await this.catchUp();
      const ids = (await this.pool.query<{ id: string }>('SELECT id FROM documents ORDER BY seq')).rows.map(
        (r) => r.id,
      );
      const read = await this.readMany(ids);
      return ids.flatMap((id) => (read.has(id) ? [read.get(id)!.extraction] : []));
    });
  }

  async extractionsOf(ids: readonly string[]): Promise<Extraction[]> {
    return this.call(async () => {
      await this.catchUp();
      const found = (
        await this.pool.query<{ id: string }>('SELECT id FROM documents WHERE id = ANY($1) ORDER BY seq', [
          [...new Set(ids)],
        ])
      ).rows.map((r) => r.id);
      const read = await this.readMany(found);
      return found.flatMap((id) => (read.has(id) ? [read.get(id)!.extraction] : []));
    });
  }

  async keptAs(text: string): Promise<string | null> {
    return this.call(async () => {
      const rows = (
        await this.pool.query<{ id: string; text: string }>(
          'SELECT id, text FROM documents WHERE text_sha = $1',
          [sha256(text)],
        )
      ).rows;
      return rows.find((r) => r.text === text)?.id ?? null;
    });
  }

  async count(): Promise<number> {
    return this.call(async () =>
      Number((await this.pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM documents')).rows[0]!.n),
    );
  }

  // ---- writing ----------------------------------------------------------------------------------------------

  private async insert(c: Tx, g: number, input: ExtractInput, x: Extraction, bundled = false) {
    const d = x.document;
    const t = now();
    await c.query(
      `INSERT INTO documents (id, title, lang, publisher, url, published, time_zone, text, text_sha, input, extraction, engine, bundled, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)`,
      [
        d.id,
        d.title,
        d.lang,
        d.publisher,
        d.url ?? null,
        d.published.value,
        d.timeZone,
        d.text,
        sha256(d.text),
        JSON.stringify(input),
        JSON.stringify(x),
        x.engine.version,
        bundled,
        t,
      ],
    );
    await this.reindex(c, g, x);
  }

  /** A document's rows in the index, replaced by those of its extraction as it reads now. */
  private async reindex(c: Tx, g: number, x: Extraction) {
    const id = x.document.id;
    const rows = indexRows(x);
    await c.query('DELETE FROM stmt WHERE doc_id = $1', [id]);
    await c.query(
      'INSERT INTO doc_search (doc_id, body) VALUES ($1, $2) ON CONFLICT (doc_id) DO UPDATE SET body = excluded.body',
      [id, rows.body],
    );
    if (rows.names.length) {
      const col = <K extends keyof (typeof rows.names)[number]>(k: K) => rows.names.map((n) => n[k]);
      await c.query(
        `INSERT INTO actor_name (id, en, ar, ru, kind, side, generation)
         SELECT id, en, ar, ru, kind, side, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, en, ar, ru, kind, side)
         ON CONFLICT (id) DO UPDATE SET en = excluded.en, ar = excluded.ar, ru = excluded.ru, kind = excluded.kind, side = excluded.side, generation = excluded.generation`,
        [col('id'), col('en'), col('ar'), col('ru'), col('kind'), col('side'), g],
      );
    }
    const st = rows.statements;
    if (!st.length) return;
    // The statements' numbers taken first, in order: they order the statements as SQLite's rowids do.
    const ns = (
      await c.query<{ n: number }>(
        "SELECT nextval(pg_get_serial_sequence('stmt', 'n')) AS n FROM generate_series(1, $1)",
        [st.length],
      )
    ).rows.map((r) => r.n);
    const col = <K extends keyof IndexRow>(k: K) => st.map((r) => r[k]);
    await c.query(
      `INSERT INTO stmt (n, doc_id, id, speaker, stance, side, channel, event_id, event_type, said_start, said_end, claim_start, claim_end, words, haystack)
       SELECT n, $2, id, speaker, stance, side, channel, event_id, event_type, said_start, said_end, claim_start, claim_end, words, haystack
       FROM unnest($1::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[], $14::text[], $15::text[])
         AS t(n, id, speaker, stance, side, channel, event_id, event_type, said_start, said_end, claim_start, claim_end, words, haystack)`,
      [
        ns,
        id,
        col('id'),
        col('speaker'),
        col('stance'),
        col('side'),
        col('channel'),
        col('eventId'),
        col('eventType'),
        col('saidStart'),
        col('saidEnd'),
        col('claimStart'),
        col('claimEnd'),
        col('words'),
        col('haystack'),
      ],
    );
    const an: number[] = [];
    const aa: string[] = [];
    st.forEach((r, i) => {
      for (const a of r.actors) {
        an.push(ns[i]!);
        aa.push(a);
      }
    });
    if (an.length)
      await c.query('INSERT INTO stmt_actor (stmt, actor) SELECT * FROM unnest($1::bigint[], $2::text[])', [
        an,
        aa,
      ]);
  }

  /** Before a document is kept: the same text kept already is refused (409, naming it); an id another text holds
   *  is refused when it was given, and otherwise made unique. Writes are one at a time (the generation's row
   *  is held), so two servers adding the same text together keep it once. */
  private async placeFor(c: Tx, x: Extraction, given: boolean): Promise<string> {
    const d = x.document;
    const same = (
      await c.query<{ id: string; text: string }>('SELECT id, text FROM documents WHERE text_sha = $1', [
        sha256(d.text),
      ])
    ).rows.find((r) => r.text === d.text);
    if (same)
      throw new StoreError(409, 'exists', `This text is already kept, as document "${same.id}".`, 'text');
    const taken = (
      await c.query<{ id: string }>("SELECT id FROM documents WHERE id = $1 OR id LIKE $2 ESCAPE '\\'", [
        d.id,
        `${d.id.replace(/[\\%_]/g, (ch) => `\\${ch}`)}-%`,
      ])
    ).rows.map((r) => r.id);
    const has = new Set(taken);
    if (!has.has(d.id)) return d.id;
    if (given)
      throw new StoreError(
        409,
        'id_taken',
        `Another text is kept under the id "${d.id}": give another id, or none.`,
        'id',
      );
    let n = 2;
    while (has.has(`${d.id}-${n}`)) n++;
    return `${d.id}-${n}`;
  }

  async add(input: ExtractInput): Promise<StoredDocument> {
    return (await this.get(await this.keep(input)))!;
  }

  async addExtraction(x: Extraction): Promise<StoredDocument> {
    return (await this.get(await this.keepExtraction(x)))!;
  }

  /** As add(), answering only the id it is kept under: nothing is read back, so an ingest worker never loads a
   *  copy of the index. */
  async keep(input: ExtractInput): Promise<string> {
    await this.ready();
    const x = await this.extractor(input);
    return this.write<string>(
      (id) => [id],
      async (c, g) => {
        const place = await this.placeFor(c, x, input.id !== undefined);
        const kept = place === x.document.id ? x : { ...x, document: { ...x.document, id: place } };
        await this.insert(c, g, { ...input, id: place }, kept);
        return place;
      },
    );
  }

  /** As addExtraction(), answering only its id. */
  async keepExtraction(x: Extraction): Promise<string> {
    await this.write(
      () => [x.document.id],
      async (c, g) => {
        await this.placeFor(c, x, true);
        await this.insert(c, g, inputOf(x), x);
      },
    );
    return x.document.id;
  }

  async update(id: string, patch: MetadataPatch): Promise<StoredDocument> {
    const kept = await this.call(
      async () =>
        (await this.pool.query<{ input: string }>('SELECT input FROM documents WHERE id = $1', [id])).rows[0],
    );
    if (!kept) throw new StoreError(404, 'not_found', `No document with id "${id}".`);
    const input: ExtractInput = { ...(JSON.parse(kept.input) as ExtractInput), ...patch, id };
    // Metadata all feed the extraction, so it is read again; the edits re-anchor by their words.
    const x = await this.extractor(input);
    await this.write(
      () => [id],
      async (c, g) => {
        const r = await c.query(
          'UPDATE documents SET title = $1, lang = $2, publisher = $3, url = $4, published = $5, time_zone = $6, input = $7, extraction = $8, engine = $9, updated_at = $10 WHERE id = $11',
          [
            x.document.title,
            x.document.lang,
            x.document.publisher,
            x.document.url ?? null,
            x.document.published.value,
            x.document.timeZone,
            JSON.stringify(input),
            JSON.stringify(x),
            x.engine.version,
            now(),
            id,
          ],
        );
        if (!r.rowCount) throw new StoreError(404, 'not_found', `No document with id "${id}".`);
        const read = await this.readLocked(c, id);
        await this.reindex(c, g, read!.doc.extraction);
      },
    );
    return (await this.get(id))!;
  }

  async remove(id: string): Promise<boolean> {
    return this.write(
      () => [id],
      async (c) => ((await c.query('DELETE FROM documents WHERE id = $1', [id])).rowCount ?? 0) > 0,
    );
  }

  async addEdit(id: string, input: EditInput): Promise<Edit> {
    return this.write(
      () => [id],
      async (c, g) => {
        // The document's row held until the end: edits to one document from several servers are applied one
        // after another, each checked against the document as the one before left it.
        const read = await this.readLocked(c, id);
        if (!read) throw new StoreError(404, 'not_found', `No document with id "${id}".`);
        const { doc } = read;
        const { anchor, value } = await checkEdit(
          doc,
          input,
          async (docId) => (await this.readMany([docId], c)).get(docId) ?? null,
        );
        const at = now();
        const row = (
          await c.query<{ id: number }>(
            'INSERT INTO edits (doc_id, op, target, value, author, at, anchor) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
            [id, input.op, input.target, JSON.stringify(value), input.author, at, JSON.stringify(anchor)],
          )
        ).rows[0]!;
        const edit: Edit = {
          id: row.id,
          op: input.op,
          target: input.target,
          value,
          author: input.author,
          at,
          undoneAt: null,
          anchor,
        };
        await this.reindex(c, g, corrected(id, machineOf(doc), [...doc.edits, edit]).extraction);
        return edit;
      },
    );
  }

  async undo(id: string, editId: number): Promise<Edit> {
    return this.write(
      () => [id],
      async (c, g) => {
        const read = await this.readLocked(c, id);
        const row = read?.doc.edits.find((e) => e.id === editId);
        if (!read || !row) throw new StoreError(404, 'not_found', `No edit ${editId} on document "${id}".`);
        // Two undos of one edit (from two servers): the document's row is held, so the second sees the first's.
        if (row.undoneAt)
          throw new StoreError(409, 'already_undone', `Edit ${editId} was undone at ${row.undoneAt}.`);
        const at = now();
        await c.query('UPDATE edits SET undone_at = $1 WHERE id = $2 AND doc_id = $3', [at, editId, id]);
        const edits = read.doc.edits.map((e) => (e.id === editId ? { ...e, undoneAt: at } : e));
        await this.reindex(c, g, corrected(id, machineOf(read.doc), edits).extraction);
        return { ...row, undoneAt: at };
      },
    );
  }

  // ---- views and search -------------------------------------------------------------------------------------

  async statements(q: StatementQuery): Promise<StatementAnswer> {
    return this.call(async () => {
      await this.catchUp();
      const facts = this.facts.current();
      return (
        (facts && statementsFromFacts(this.index, facts, q)) ?? queryStatements(this.index, q, this.memo)
      );
    });
  }

  async overview(q: OverviewQuery): Promise<Overview> {
    return this.call(async () => {
      await this.catchUp();
      return overviewOf(this.index, q, this.memo, this.facts.current());
    });
  }

  /** Statements and documents holding every term (three letters or more) of the normalised query, in the
   *  normalised text as SQLite's index holds it; ranked by how often the terms occur for the text's length. */
  async search(q: string, limit = 20): Promise<SearchAnswer> {
    const terms = searchTerms(q).filter((t) => [...t].length >= 3);
    if (!terms.length || terms.some((t) => CONTROL.test(t))) return { statements: [], documents: [] };
    const n = Math.max(1, Math.min(MAX_LIMIT, limit));
    const patterns = terms.map((t) => `%${t.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    // Occurrences of each term, over the length (the shorter text holding them more often first).
    const rank = (col: string) =>
      `-(SELECT SUM((length(${col}) - length(replace(${col}, t, ''))) / length(t)::float8) FROM unnest($1::text[]) AS t) / (1 + ln(1 + length(${col})))`;
    return this.call(async () => {
      const st = (
        await this.pool.query<Row & { rank: number }>(
          `SELECT s.doc_id, s.id, s.speaker, s.stance, s.side, s.channel, s.event_id, s.event_type, s.said_start, s.said_end, s.claim_start, s.claim_end, s.words, d.time_zone, ${rank('s.haystack')} AS rank
           FROM stmt s JOIN documents d ON d.id = s.doc_id WHERE s.haystack LIKE ALL($2::text[]) ORDER BY rank, s.n LIMIT $3`,
          [terms, patterns, n],
        )
      ).rows;
      const docs = (
        await this.pool.query<SearchAnswer['documents'][number]>(
          `SELECT d.id, d.title, d.publisher, d.published, ${rank('b.body')} AS rank FROM doc_search b JOIN documents d ON d.id = b.doc_id WHERE b.body LIKE ALL($2::text[]) ORDER BY rank, d.seq LIMIT $3`,
          [terms, patterns, n],
        )
      ).rows;
      return { statements: st.map((r) => ({ ...hitOf(r), rank: r.rank })), documents: docs };
    });
  }

  async writable(): Promise<boolean> {
    try {
      await this.ready();
      const r = await this.pool.query<{ ok: boolean }>(
        "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' AS ok",
      );
      return Boolean(r.rows[0]?.ok);
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.listener?.close();
    await this.starting?.catch(() => undefined);
    await this.catchingUp?.catch(() => undefined);
    await this.pool.end();
    this.index.close();
  }
}

type DocCopy = {
  id: string;
  title: string;
  lang: string;
  publisher: string;
  url: string | null;
  published: string | null;
  time_zone: string;
  engine: string;
  bundled: boolean;
  seq: number;
  created_at: string;
  updated_at: string;
};
type StmtCopy = {
  n: number;
  doc_id: string;
  id: string;
  speaker: string;
  stance: string;
  side: string;
  channel: string;
  event_id: string | null;
  event_type: string | null;
  said_start: number | null;
  said_end: number | null;
  claim_start: number | null;
  claim_end: number | null;
  words: string;
  haystack: string;
};

/** The channel every write notifies its generation on. */
const CHANNEL = 'dateline_corpus';

/** A transaction on a connection: committed, or rolled back on any error. */
async function inTx<T>(c: Tx, fn: () => Promise<T>): Promise<T> {
  await c.query('BEGIN');
  try {
    const r = await fn();
    await c.query('COMMIT');
    return r;
  } catch (e) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** The corpus's generation counted up, first in a write's transaction: the row stays locked until it ends, so
 *  writes commit in the generation's order. */
async function generationUp(c: Tx): Promise<number> {
  return (await c.query<{ v: number }>("UPDATE meta SET v = v + 1 WHERE k = 'generation' RETURNING v"))
    .rows[0]!.v;
}

/** The documents a write changed, logged under its generation (inside its transaction). */
async function logChanges(c: Tx, g: number, docs: string[]) {
  if (docs.length)
    await c.query('INSERT INTO changes (generation, doc_id) SELECT $1, unnest($2::text[])', [g, docs]);
  // The log kept short: a server further behind copies the index whole.
  if (g % 1000 === 0) {
    await c.query('DELETE FROM changes WHERE generation <= $1', [g - CHANGES_KEPT]);
    await c.query("UPDATE meta SET v = GREATEST(v, $1) WHERE k = 'pruned'", [g - CHANGES_KEPT]);
  }
  // Told to every server listening when the transaction commits.
  await c.query('SELECT pg_notify($1, $2)', [CHANNEL, String(g)]);
}

/** The machine's extraction under a document as corrected is not kept in it: read again from the edits. */
const machines = new WeakMap<StoredDocument, Extraction>();
const machineOf = (doc: StoredDocument) => machines.get(doc)!;

function corrected(id: string, machine: Extraction, edits: Edit[]): StoredDocument {
  const applied = applyEdits(machine, edits);
  const doc = {
    id,
    document: applied.extraction.document,
    extraction: applied.extraction,
    edits,
    unanchored: applied.unanchored,
  };
  machines.set(doc, machine);
  return doc;
}

function toEdit(r: EditRow): Edit {
  return {
    id: Number(r.id),
    op: r.op,
    target: r.target,
    value: JSON.parse(r.value) as unknown,
    author: r.author,
    at: r.at,
    undoneAt: r.undone_at,
    anchor: JSON.parse(r.anchor) as Edit['anchor'],
  };
}
