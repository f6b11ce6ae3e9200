// The corpus as indexed tables beside the stored extractions: one row per statement (as corrected), with what
// every view filters on — speaker, stance, side, channel, event type, the actors it names, when it was said and
// the time it gives its event — and its words normalised for search (the explorer's loose Arabic matching:
// أكد finds اكد), searched by SQLite FTS5 over trigrams, so a term matches inside a word as the explorer's does
// (وأكد holds اكد). Documents' titles and texts are searchable the same way. Rebuilt for a document whenever
// it changes (kept, re-read, corrected, undone), in the same transaction; built for every document when a
// database from before it is opened.
import type Database from 'better-sqlite3';
import type { Extraction } from '../model/schema';
import { normalizeKey } from '../text/normalize';
import { sideOf } from '../layout/sides';
import { actorLookup, statementRows } from '../view/rows';

/** The tables (run once by the store's migration). */
export const INDEX_SQL = `
  CREATE TABLE stmt (
    n INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    speaker TEXT NOT NULL,
    stance TEXT NOT NULL,
    side TEXT NOT NULL,
    channel TEXT NOT NULL,
    event_id TEXT,
    event_type TEXT,
    said_start INTEGER,
    said_end INTEGER,
    claim_start INTEGER,
    claim_end INTEGER,
    words TEXT NOT NULL,
    haystack TEXT NOT NULL,
    UNIQUE (doc_id, id)
  );
  CREATE INDEX stmt_speaker ON stmt(speaker);
  CREATE INDEX stmt_said ON stmt(said_start);
  CREATE INDEX stmt_claim ON stmt(claim_start);
  CREATE INDEX stmt_stance ON stmt(stance);
  CREATE INDEX stmt_type ON stmt(event_type);
  CREATE TABLE stmt_actor (
    stmt INTEGER NOT NULL,
    actor TEXT NOT NULL
  );
  CREATE INDEX stmt_actor_actor ON stmt_actor(actor, stmt);
  CREATE INDEX stmt_actor_stmt ON stmt_actor(stmt);
  CREATE VIRTUAL TABLE stmt_fts USING fts5(haystack, content='stmt', content_rowid='n', tokenize='trigram');
  CREATE TRIGGER stmt_fts_ins AFTER INSERT ON stmt BEGIN
    INSERT INTO stmt_fts(rowid, haystack) VALUES (new.n, new.haystack);
  END;
  CREATE TRIGGER stmt_fts_del AFTER DELETE ON stmt BEGIN
    INSERT INTO stmt_fts(stmt_fts, rowid, haystack) VALUES ('delete', old.n, old.haystack);
    DELETE FROM stmt_actor WHERE stmt = old.n;
  END;
  CREATE VIRTUAL TABLE doc_fts USING fts5(body, content='', contentless_delete=1, tokenize='trigram');
  CREATE TRIGGER doc_fts_del AFTER DELETE ON documents BEGIN
    DELETE FROM doc_fts WHERE rowid = old.rowid;
  END;
`;

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

/** Minutes since the epoch, rounded outwards and held to 32 bits (the R-tree's integers): a window query on
 *  them is a superset, checked exactly on the row. */
const I32 = 2147483647;
function minuteLo(col: string) {
  // Integer division truncates toward zero: one less for a negative remainder is the floor.
  return `max(-${I32}, min(${I32}, ${col} / 60000 - (${col} % 60000 < 0)))`;
}
function minuteHi(col: string) {
  return `max(-${I32}, min(${I32}, ${col} / 60000 + (${col} % 60000 > 0)))`;
}
export const minuteBounds = (w: { start: number; end: number }) => ({
  lo: Math.max(-I32, Math.min(I32, Math.floor(w.start / 60000))),
  hi: Math.max(-I32, Math.min(I32, Math.ceil(w.end / 60000))),
});

/** The second step (run once by the store's migration after INDEX_SQL): the documents' order indexed (a new
 *  document's place is found without a scan), statements ordered by when they were said (undated last) by an
 *  index, and an R-tree over the minutes each statement's said and claimed intervals span, so a time window is
 *  answered without reading every row. */
export const INDEX_SQL_2 = `
  CREATE INDEX IF NOT EXISTS documents_seq ON documents(seq);
  ALTER TABLE stmt ADD COLUMN said_key INTEGER NOT NULL DEFAULT ${Number.MAX_SAFE_INTEGER};
  UPDATE stmt SET said_key = COALESCE(said_start, ${Number.MAX_SAFE_INTEGER});
  CREATE INDEX stmt_order ON stmt(said_key, n);
  CREATE VIRTUAL TABLE stmt_rt USING rtree_i32(id, lo, hi);
  INSERT INTO stmt_rt SELECT n * 2, ${minuteLo('said_start')}, ${minuteHi('said_end')} FROM stmt WHERE said_start IS NOT NULL AND said_end IS NOT NULL;
  INSERT INTO stmt_rt SELECT n * 2 + 1, ${minuteLo('claim_start')}, ${minuteHi('claim_end')} FROM stmt WHERE claim_start IS NOT NULL AND claim_end IS NOT NULL;
  CREATE TRIGGER stmt_rt_ins AFTER INSERT ON stmt BEGIN
    INSERT INTO stmt_rt SELECT new.n * 2, ${minuteLo('new.said_start')}, ${minuteHi('new.said_end')} WHERE new.said_start IS NOT NULL AND new.said_end IS NOT NULL;
    INSERT INTO stmt_rt SELECT new.n * 2 + 1, ${minuteLo('new.claim_start')}, ${minuteHi('new.claim_end')} WHERE new.claim_start IS NOT NULL AND new.claim_end IS NOT NULL;
  END;
  CREATE TRIGGER stmt_rt_del AFTER DELETE ON stmt BEGIN
    DELETE FROM stmt_rt WHERE id IN (old.n * 2, old.n * 2 + 1);
  END;
`;

/** The third step: each actor's names, kind and side as the documents naming it give them (the last document
 *  read wins), so a view answered from the index can label what it counts without reading extractions. */
export const INDEX_SQL_3 = `
  CREATE TABLE IF NOT EXISTS actor_name (
    id TEXT PRIMARY KEY,
    en TEXT NOT NULL,
    ar TEXT NOT NULL,
    kind TEXT NOT NULL,
    side TEXT NOT NULL
  );
`;

/** The fifth step: actors' names in Russian too (null where an actor has none), so that an actor a Russian document
 *  introduced reads as the document wrote it in the Russian UI. The table holds only what a reading fills: made
 *  again, and filled by indexing every document again (REINDEX_VERSION). */
export const INDEX_SQL_5 = `
  DROP TABLE IF EXISTS actor_name;
  CREATE TABLE actor_name (
    id TEXT PRIMARY KEY,
    en TEXT NOT NULL,
    ar TEXT NOT NULL,
    ru TEXT,
    kind TEXT NOT NULL,
    side TEXT NOT NULL
  );
`;

/** The fourth step: a narrow copy of each statement's row — what views count by, without its words — kept by
 *  triggers, so counting tens of thousands of statements reads a few pages, not the words of each. */
export const INDEX_SQL_4 = `
  DROP TABLE IF EXISTS stmt_fact;
  DROP TRIGGER IF EXISTS stmt_fact_ins;
  DROP TRIGGER IF EXISTS stmt_fact_del;
  CREATE TABLE stmt_fact (
    n INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    speaker TEXT NOT NULL,
    stance TEXT NOT NULL,
    side TEXT NOT NULL,
    channel TEXT NOT NULL,
    event_type TEXT,
    said_start INTEGER,
    said_end INTEGER,
    claim_start INTEGER,
    claim_end INTEGER
  );
  INSERT INTO stmt_fact SELECT n, doc_id, speaker, stance, side, channel, event_type, said_start, said_end, claim_start, claim_end FROM stmt;
  CREATE INDEX stmt_fact_stance ON stmt_fact(stance);
  CREATE INDEX stmt_fact_side ON stmt_fact(side);
  CREATE INDEX stmt_fact_type ON stmt_fact(event_type);
  CREATE INDEX stmt_fact_channel ON stmt_fact(channel);
  CREATE INDEX stmt_fact_doc ON stmt_fact(doc_id);
  CREATE TRIGGER stmt_fact_ins AFTER INSERT ON stmt BEGIN
    INSERT OR REPLACE INTO stmt_fact VALUES (new.n, new.doc_id, new.speaker, new.stance, new.side, new.channel, new.event_type, new.said_start, new.said_end, new.claim_start, new.claim_end);
  END;
  CREATE TRIGGER stmt_fact_del AFTER DELETE ON stmt BEGIN
    DELETE FROM stmt_fact WHERE n = old.n;
  END;
`;

/** One statement's row in the index, and the actors it names. */
export interface IndexRow {
  id: string;
  speaker: string;
  stance: string;
  side: string;
  channel: string;
  eventId: string | null;
  eventType: string | null;
  saidStart: number | null;
  saidEnd: number | null;
  claimStart: number | null;
  claimEnd: number | null;
  words: string;
  haystack: string;
  actors: string[];
}

/** What a document puts in the index, whatever the engine keeps it in: a row per statement (as corrected), the
 *  names of the actors it holds, and its title and text normalised for search. */
export function indexRows(x: Extraction): { statements: IndexRow[]; names: { id: string; en: string; ar: string; ru: string | null; kind: string; side: string }[]; body: string } {
  const text = x.document.text;
  const lookup = actorLookup([x]);
  const names = x.actors.map((a) => {
    const en = a.names.en[0] ?? a.names.ar[0] ?? a.id;
    // Russian only where the actor has a Russian name (an actor a Russian document introduced has it as written).
    return { id: a.id, en, ar: a.names.ar[0] ?? en, ru: a.names.ru[0] ?? null, kind: a.kind, side: sideOf(a.id, lookup) };
  });
  const statements = statementRows([x], lookup).map((r): IndexRow => {
    const s = r.statement;
    const said = s.saidAt.interval;
    const claim = r.claim?.interval;
    return {
      id: s.id,
      speaker: s.speaker.actorId,
      stance: s.stance,
      side: r.side,
      channel: r.channel,
      eventId: r.event?.id ?? null,
      eventType: r.event?.type ?? null,
      saidStart: ms(said?.start) ?? ms(said?.end),
      saidEnd: ms(said?.end) ?? ms(said?.start),
      claimStart: ms(claim?.start) ?? ms(claim?.end),
      claimEnd: ms(claim?.end) ?? ms(claim?.start),
      words: s.mentions.map((m) => text.slice(m.start, m.end)).join(' … '),
      haystack: r.haystack,
      actors: [...new Set([s.speaker.actorId, ...(s.channel?.actorId ? [s.channel.actorId] : []), ...(r.event?.participants ?? [])])],
    };
  });
  return { statements, names, body: normalizeKey(`${x.document.title}\n${x.document.text}`) };
}

/** A document's rows in the index, replaced by those of its extraction as it reads now. */
export function indexDocument(db: Database.Database, x: Extraction): void {
  const docId = x.document.id;
  db.prepare('DELETE FROM stmt WHERE doc_id = ?').run(docId);
  const docRow = db.prepare('SELECT rowid FROM documents WHERE id = ?').get(docId) as { rowid: number } | undefined;
  if (!docRow) return;
  const rows = indexRows(x);
  db.prepare('DELETE FROM doc_fts WHERE rowid = ?').run(docRow.rowid);
  db.prepare('INSERT INTO doc_fts(rowid, body) VALUES (?, ?)').run(docRow.rowid, rows.body);
  const name = db.prepare('INSERT INTO actor_name (id, en, ar, ru, kind, side) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET en = excluded.en, ar = excluded.ar, ru = excluded.ru, kind = excluded.kind, side = excluded.side');
  for (const a of rows.names) name.run(a.id, a.en, a.ar, a.ru, a.kind, a.side);
  insertRows(db, docId, rows.statements);
}

/** Statements' rows put in the index (its triggers fill the search, time and narrow tables); `n` when given
 *  (a copy of another engine's index keeps its order), else the next. */
export function insertRows(db: Database.Database, docId: string, rows: readonly (IndexRow & { n?: number })[]): void {
  const insert = db.prepare(
    `INSERT INTO stmt (n, doc_id, id, speaker, stance, side, channel, event_id, event_type, said_start, said_end, claim_start, claim_end, words, haystack, said_key)
     VALUES (@n, @doc, @id, @speaker, @stance, @side, @channel, @eventId, @eventType, @saidStart, @saidEnd, @claimStart, @claimEnd, @words, @haystack, COALESCE(@saidStart, ${Number.MAX_SAFE_INTEGER}))`,
  );
  const actor = db.prepare('INSERT INTO stmt_actor (stmt, actor) VALUES (?, ?)');
  for (const r of rows) {
    const { actors, n, ...row } = r;
    const info = insert.run({ ...row, n: n ?? null, doc: docId });
    for (const a of actors) actor.run(info.lastInsertRowid, a);
  }
}
