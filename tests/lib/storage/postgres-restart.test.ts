// PostgreSQL restarted under the app: while it is down every call is a 503 StoreError saying the database cannot
// be reached (the API's JSON error), nothing half-written; when it is back the same store answers again by
// itself, with what was acknowledged before. Its own throwaway server (one it may stop), whatever
// DATELINE_TEST_DATABASE_URL says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/server/corpus';
import { PostgresStore } from '@/lib/storage/postgres';
import { type Throwaway, startThrowaway } from '../../support/postgres';

const seed = loadCorpus();
const DOC = seed[0]!.document.id;
let server: Throwaway;
beforeAll(async () => {
  server = await startThrowaway();
}, 60_000);
afterAll(() => server?.stop());

describe('PostgreSQL restarted during traffic', () => {
  it('answers 503 while it is down and recovers by itself', async () => {
    const s = await PostgresStore.open(server.url, { seed, connectTimeoutMs: 2000 });
    try {
      const z = (await s.get(DOC))!.extraction.statements[0]!;
      const kept = await s.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'deny', author: 'A' });
      server.pause();
      await expect(s.get(DOC)).rejects.toMatchObject({ status: 503, code: 'store_unavailable' });
      await expect(
        s.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'confirm', author: 'A' }),
      ).rejects.toMatchObject({ status: 503 });
      await expect(s.statements({})).rejects.toMatchObject({ status: 503 });
      expect(await s.writable()).toBe(false);
      server.resume();
      const after = (await s.get(DOC))!;
      expect(after.edits.map((e) => e.id)).toEqual([kept.id]); // the acknowledged edit, and not the refused one
      expect(after.extraction.statements[0]!.stance).toBe('deny');
      await s.undo(DOC, kept.id);
      expect(
        (await s.statements({ docs: [DOC], stances: [z.stance] })).statements.map((h) => h.statementId),
      ).toContain(z.id);
      expect(await s.writable()).toBe(true);
    } finally {
      await s.close();
    }
  }, 60_000);
});
