// What the queued-ingest routes (POST /api/ingest, GET /api/jobs/:id) share: the queue, or a 501 without
// PostgreSQL, and the bounds of a batch.
import { getQueue } from '@/lib/storage';
import { HttpError } from './http';

const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
/** The most one batch may send: DATELINE_INGEST_MAX_BYTES (default 64 MB). */
export const maxIngestBytes = () => envNumber('DATELINE_INGEST_MAX_BYTES', 64 * 1024 * 1024);
/** The most lines one batch may hold: DATELINE_INGEST_MAX_DOCUMENTS (default 20,000). */
export const maxIngestDocuments = () => Math.floor(envNumber('DATELINE_INGEST_MAX_DOCUMENTS', 20_000));

/** The queue, or the 501 that says why there is none. */
export function queueOrRefuse() {
  const queue = getQueue();
  if (!queue)
    throw new HttpError(
      501,
      'needs_postgres',
      'Queued ingests need PostgreSQL (DATELINE_DATABASE_URL) and its workers (npm run worker); with the embedded SQLite store, add documents with POST /api/documents or npm run ingest.',
    );
  return queue;
}
