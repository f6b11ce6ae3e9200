// The rate limit (DATELINE_RATE_LIMIT) kept in PostgreSQL, so that it holds per client across every app server
// on the database: a token bucket per client in the table rate_buckets (the store's migration 3), taken from by
// one atomic upsert per request. The semantics are those of the in-memory limit SQLite's server keeps
// (app/api/_lib/http.ts): `perMinute` tokens a minute, at most `burst` saved up, a request spends one, and one
// that finds less than one token is refused (and spends nothing). Two servers answering one client at the same
// moment are applied one after the other (the row is locked by the upsert), so their total is held to the
// limit. Buckets that have refilled are deleted now and then (a row with a full bucket says no more than none).
import { type PostgresStore, asStoreError } from './postgres';

export interface Taken {
  /** The request may go on (a token was spent). */
  ok: boolean;
  /** The tokens left (when refused: the fraction saved up towards the next one). */
  tokens: number;
}

/** How often one server deletes the buckets that have refilled. */
const SWEEP_EVERY_MS = 60_000;

export class SharedRateLimit {
  private lastSweep = 0;

  constructor(readonly store: PostgresStore) {}

  /** One request of `client` at `now` (ms since the epoch): a token spent from its bucket, or refused. */
  async take(client: string, perMinute: number, burst: number, now = Date.now()): Promise<Taken> {
    if (now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now;
      void this.sweep(perMinute, burst, now).catch(() => undefined);
    }
    try {
      await this.store.ready();
      // The bucket refilled for the time since its last request (never for time going backwards: another
      // server's clock a little behind), capped at the burst; then a token spent if there is one.
      const refilled = 'LEAST($2::float8, b.tokens + GREATEST(0, $3::float8 - b.at) / 60000 * $4::float8)';
      const r = await this.store.pool.query<{ ok: boolean; tokens: number }>(
        `INSERT INTO rate_buckets AS b (client, tokens, at, ok) VALUES ($1, $2::float8 - 1, $3, true)
         ON CONFLICT (client) DO UPDATE SET
           tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
           ok = ${refilled} >= 1,
           at = GREATEST(b.at, $3::float8)
         RETURNING ok, tokens`,
        [client.slice(0, 200), burst, now, perMinute],
      );
      const row = r.rows[0]!;
      return { ok: row.ok, tokens: Number(row.tokens) };
    } catch (e) {
      throw asStoreError(e);
    }
  }

  /** The buckets that have refilled by `now` (their last request longer ago than an empty bucket takes to
   *  fill), deleted: they say no more than no row. Answers how many. */
  async sweep(perMinute: number, burst: number, now = Date.now()): Promise<number> {
    const fillMs = (burst / perMinute) * 60_000;
    try {
      await this.store.ready();
      const r = await this.store.pool.query('DELETE FROM rate_buckets WHERE at < $1', [now - fillMs]);
      return r.rowCount ?? 0;
    } catch (e) {
      throw asStoreError(e);
    }
  }
}
