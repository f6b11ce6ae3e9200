// The SQLite store's schema, as migrations counted by PRAGMA user_version; and the same schema empty in memory,
// which the PostgreSQL store fills with a copy of its index to answer views with the same queries.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { INDEX_SQL, INDEX_SQL_2, INDEX_SQL_3, INDEX_SQL_4, INDEX_SQL_5 } from '../../query/index';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const MIGRATIONS: string[] = [
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     lang TEXT NOT NULL,
     publisher TEXT NOT NULL,
     url TEXT,
     published TEXT,
     time_zone TEXT NOT NULL,
     text TEXT NOT NULL,
     input TEXT NOT NULL,       -- the ExtractInput, to extract again
     extraction TEXT NOT NULL,  -- the machine's Extraction, JSON
     engine TEXT NOT NULL,
     bundled INTEGER NOT NULL DEFAULT 0,
     seq INTEGER NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE edits (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
     op TEXT NOT NULL,
     target TEXT NOT NULL,
     value TEXT NOT NULL,
     author TEXT NOT NULL,
     at TEXT NOT NULL,
     undone_at TEXT,
     anchor TEXT NOT NULL
   );
   CREATE INDEX edits_doc ON edits(doc_id, id);`,
  // Texts are found by a digest of their characters: the same text is refused whatever id it was kept under
  // (ids were a 32-bit hash of the text before, and are kept as they are).
  `ALTER TABLE documents ADD COLUMN text_sha TEXT;
   UPDATE documents SET text_sha = dateline_sha256(text);
   CREATE INDEX documents_text_sha ON documents(text_sha);`,
  // The indexed tables the server answers views from (lib/query): built for every document below.
  INDEX_SQL,
  INDEX_SQL_2,
  // Actors' names for views answered from the index: filled by indexing every document again.
  INDEX_SQL_3,
  // The corpus's generation, counted up by every write, and the overviews of unfiltered views kept for it: the
  // explorer's first view of a large corpus is read, not computed, until the corpus changes.
  `CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v INTEGER NOT NULL);
   INSERT OR IGNORE INTO meta (k, v) VALUES ('generation', 0);
   CREATE TABLE IF NOT EXISTS view_cache (key TEXT PRIMARY KEY, generation INTEGER NOT NULL, body TEXT NOT NULL);`,
  // A narrow copy of the statements for counting (lib/query/index.ts).
  INDEX_SQL_4,
  // Actors' Russian names for views answered from the index: filled by indexing every document again.
  INDEX_SQL_5,
];
/** An empty database of the SQLite store's schema in memory: the index alone, which another engine fills with
 *  copies of its rows to answer views with the same queries (lib/storage/postgres.ts). */
export function indexDatabase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.function('dateline_sha256', { deterministic: true }, (text: unknown) => sha256(String(text)));
  for (const m of MIGRATIONS) db.exec(m);
  return db;
}

/** The schema's version: the number of migrations (PRAGMA user_version once they have run). */
export const SCHEMA_VERSION = MIGRATIONS.length;
/** The last migration that added to the index what only a reading fills (the index came at 3, actors' names at
 *  5, their Russian names at 8): a database from before it has every document indexed again on opening. */
export const REINDEX_VERSION = 8;
