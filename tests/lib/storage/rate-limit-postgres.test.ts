// The rate limit kept in PostgreSQL: one bucket per client whichever server a request reaches. Two "servers"
// (two stores on one database) share the burst, refill at the rate, take from it atomically when their requests
// arrive at the same moment, and a clock a little behind gives no tokens; buckets that have refilled are
// deleted. Through the API (DATELINE_DATABASE_URL set), the routes' limit is the database's, and while the
// database cannot be reached the server's own memory limits meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, rateLimit } from '@/app/api/_lib/http';
import { CLIENT_HEADER } from '@/lib/server/guard';
import { PostgresStore } from '@/lib/storage/postgres';
import { SharedRateLimit } from '@/lib/storage/rate-limit';
import { usePostgres } from '../../support/pg-database';

const postgres = usePostgres();
const env = { ...process.env };
const opened: PostgresStore[] = [];
let url = '';

beforeAll(async () => {
  url = await postgres.fresh();
  delete process.env.DATELINE_TOKEN;
  delete process.env.DATELINE_DB;
}, 60_000);
afterAll(async () => {
  for (const s of opened) await s.close().catch(() => undefined);
  process.env = env;
}, 60_000);

async function server() {
  const s = await PostgresStore.open(url, { follow: false });
  opened.push(s);
  return new SharedRateLimit(s);
}

/** How many of these requests were let through. */
const passed = (xs: { ok: boolean }[]) => xs.filter((x) => x.ok).length;

describe('the rate limit in PostgreSQL', () => {
  it('holds per client across two servers: one burst between them, refilled at the rate, atomic, swept', async () => {
    const [a, b] = [await server(), await server()];
    // 20 a minute: a burst of 5, a token every 3 s.
    const [perMinute, burst] = [20, 5];
    const t0 = 1_800_000_000_000;
    const took: { ok: boolean; tokens: number }[] = [];
    for (let i = 0; i < 12; i++) took.push(await (i % 2 ? b : a).take('198.51.100.7', perMinute, burst, t0 + i));
    // Five in all, not five on each server; both servers refuse once it is spent.
    expect(took.map((x) => x.ok)).toEqual([true, true, true, true, true, false, false, false, false, false, false, false]);
    // Another client has its own bucket.
    expect((await b.take('198.51.100.8', perMinute, burst, t0 + 20)).ok).toBe(true);
    // 3 s on: one token more, on whichever server.
    expect(passed([await b.take('198.51.100.7', perMinute, burst, t0 + 3_100), await a.take('198.51.100.7', perMinute, burst, t0 + 3_101)])).toBe(1);
    // Refused, a request says how much of the next token is saved up (and spends none of it).
    const refused = await a.take('198.51.100.7', perMinute, burst, t0 + 4_600);
    expect(refused.ok).toBe(false);
    expect(refused.tokens).toBeGreaterThan(0.45);
    expect(refused.tokens).toBeLessThan(0.55);
    // A server whose clock is a little behind the other's gives no tokens back.
    expect((await b.take('198.51.100.7', perMinute, burst, t0 + 2_000)).ok).toBe(false);

    // Forty requests of one new client at the same moment, half through each server: exactly the burst.
    const at = t0 + 10_000;
    const together = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('203.0.113.50', perMinute, burst, at)),
    );
    expect(passed(together)).toBe(burst);

    // Buckets that have refilled (15 s for an empty one at this rate) are deleted; a recent one is kept.
    const rows = async () =>
      (await a.store.pool.query<{ client: string }>('SELECT client FROM rate_buckets ORDER BY client')).rows.map((r) => r.client);
    expect(await rows()).toEqual(['198.51.100.7', '198.51.100.8', '203.0.113.50']);
    expect(await a.sweep(perMinute, burst, t0 + 25_000)).toBe(2);
    expect(await rows()).toEqual(['203.0.113.50']);
    // A deleted bucket is a full one: the client starts again with its burst.
    const again = [];
    for (let i = 0; i < 7; i++) again.push(await a.take('198.51.100.7', perMinute, burst, t0 + 25_000 + i));
    expect(passed(again)).toBe(burst);
  }, 60_000);

  it('is what the routes spend from, and the server\'s own memory while the database cannot be reached', async () => {
    process.env.DATELINE_DATABASE_URL = url;
    process.env.DATELINE_RATE_LIMIT = '8'; // a burst of 2
    const { getStore } = await import('@/lib/storage');
    const request = (client: string) =>
      new Request('http://test/api/extract', { method: 'POST', headers: { [CLIENT_HEADER]: client } });
    const outcomes = async (client: string, n: number, now: number) => {
      const out: (number | 'ok')[] = [];
      for (let i = 0; i < n; i++)
        try {
          await rateLimit(request(client), now);
          out.push('ok');
        } catch (e) {
          expect(e).toBeInstanceOf(HttpError);
          expect((e as HttpError).headers['retry-after']).toMatch(/^\d+$/);
          out.push((e as HttpError).status);
        }
      return out;
    };
    try {
      const now = Date.now();
      expect(await outcomes('192.0.2.1', 4, now)).toEqual(['ok', 'ok', 429, 429]);
      // Kept in the database, where every server reads it: another server has nothing left for this client.
      const other = await server();
      expect((await other.take('192.0.2.1', 8, 2, now)).ok).toBe(false);
      // The database gone (the app's store closed: every call a 503): the server's own buckets, fresh.
      await getStore().close();
      expect(await outcomes('192.0.2.1', 4, now)).toEqual(['ok', 'ok', 429, 429]);
    } finally {
      await getStore()
        .close()
        .catch(() => undefined);
    }
  }, 60_000);
});
