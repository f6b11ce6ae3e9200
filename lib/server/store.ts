// Moved: the storage is lib/storage (index.ts: getStore; contract.ts; sqlite.ts; postgres.ts). Kept for the
// importers being edited elsewhere while it moved (scripts/ingest.ts); import from lib/storage instead.
export { getStore } from '../storage/index';
export type { DocumentStore, DocumentSummary, Extractor, MetadataPatch, StoredDocument } from '../storage/contract';
export { StoreError } from '../storage/contract';
export { SCHEMA_VERSION, SqliteStore } from '../storage/sqlite';
