// The storage of the corpus: the contract every engine fulfils (contract.ts), the embedded SQLite store
// (sqlite.ts) and the PostgreSQL store for several servers (postgres.ts), their schemas (migrations/), and the
// app's store, chosen by the environment.
import type { ExtractInput } from '../extract/index';
import { loadCorpus } from '../server/corpus';
import { getPool } from '../server/pool';
import path from 'node:path';
import { type DocumentStore, StoreError } from './contract';
import { PostgresStore, redactUrl } from './postgres';
import { IngestQueue } from './queue';
import { SharedRateLimit } from './rate-limit';
import { SqliteStore } from './sqlite';

export type { DocumentStore, DocumentSummary, Extractor, MetadataPatch, StoredDocument } from './contract';
export { StoreError } from './contract';

let store: DocumentStore | undefined;

/**
 * The app's store. With DATELINE_DATABASE_URL (postgres://…), the corpus in PostgreSQL, shared by every server
 * given the same URL: migrated and seeded with the bundled corpus on first use, a 503 while the database cannot
 * be reached. Without it, SQLite: DATELINE_DB (default .data/dateline.sqlite), created with the bundled corpus.
 */
export function getStore(): DocumentStore {
  if (!store) {
    const pool = getPool();
    const extractor = (input: ExtractInput) => pool.extract(input);
    const url = process.env.DATELINE_DATABASE_URL?.trim();
    if (url) {
      if (!/^postgres(ql)?:\/\//.test(url)) throw new StoreError(503, 'store_unavailable', `DATELINE_DATABASE_URL must be a postgres:// or postgresql:// URL (it is "${redactUrl(url)}"); leave it unset for the embedded SQLite store.`);
      // Connections are opened by the first call (and again after the database comes back).
      store = new PostgresStore(url, { seed: loadCorpus(), extractor });
      return store;
    }
    const file = process.env.DATELINE_DB || path.join(/*turbopackIgnore: true*/ process.cwd(), '.data', 'dateline.sqlite');
    try {
      const s = new SqliteStore(file, { seed: loadCorpus(), extractor });
      // A large corpus's facts start loading now, between the first requests.
      s.facts.current();
      store = s;
    } catch (e) {
      // Not remembered: the next request tries again (the folder may become writable).
      throw new StoreError(503, 'store_unavailable', `The corpus cannot be opened (${(e as { code?: string }).code ?? (e as Error).message}): check that DATELINE_DB and its folder can be read and written.`);
    }
  }
  return store;
}

let queue: IngestQueue | undefined;

/** The ingest queue (lib/storage/queue.ts) in the app's PostgreSQL database, or null without
 *  DATELINE_DATABASE_URL: with SQLite a document is kept when it is handed in, not queued. */
export function getQueue(): IngestQueue | null {
  if (!process.env.DATELINE_DATABASE_URL?.trim()) return null;
  const s = getStore();
  if (!(s instanceof PostgresStore)) return null;
  if (!queue || queue.store !== s) queue = new IngestQueue(s);
  return queue;
}

let limiter: SharedRateLimit | undefined;

/** The rate limit's buckets in the app's PostgreSQL database (lib/storage/rate-limit.ts), shared by every app
 *  server on it; null without DATELINE_DATABASE_URL: with SQLite each server keeps them in its memory. */
export function getSharedRateLimit(): SharedRateLimit | null {
  if (!process.env.DATELINE_DATABASE_URL?.trim()) return null;
  const s = getStore();
  if (!(s instanceof PostgresStore)) return null;
  if (!limiter || limiter.store !== s) limiter = new SharedRateLimit(s);
  return limiter;
}
