// The API over PostgreSQL: with DATELINE_DATABASE_URL set, getStore() is the PostgreSQL store, and the routes
// answer from it — the bundled corpus listed, an edit kept and undone once (the second undo a 409), views and
// search answered, health reporting a writable store; with a URL that is not postgres://, a 503 that says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/server/corpus';
import { usePostgres } from '../../support/pg-database';

const DOC = loadCorpus()[0]!.document.id;
const postgres = usePostgres();
const env = { ...process.env };

beforeAll(async () => {
  process.env.DATELINE_DATABASE_URL = await postgres.fresh();
  process.env.DATELINE_RATE_LIMIT = '0';
  delete process.env.DATELINE_TOKEN;
  delete process.env.DATELINE_DB;
});
afterAll(async () => {
  const { getStore } = await import('@/lib/storage');
  await getStore().close();
  process.env = env;
});

describe('the API with DATELINE_DATABASE_URL', () => {
  it('uses PostgreSQL: lists, corrects, undoes once, answers views, search and health', async () => {
    const { getStore } = await import('@/lib/storage');
    const { PostgresStore } = await import('@/lib/storage/postgres');
    expect(getStore()).toBeInstanceOf(PostgresStore);
    const documents = await import('@/app/api/documents/route');
    const list = await documents.GET(new Request('http://test/api/documents'));
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ total: 1, documents: [{ id: DOC }] });

    const edits = await import('@/app/api/documents/[id]/edits/route');
    const target = (await getStore().get(DOC))!.extraction.statements[0]!;
    const made = await edits.POST(
      new Request(`http://test/api/documents/${DOC}/edits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ op: 'statement.stance', target: target.id, value: 'deny', author: 'Lina' }),
      }),
      { params: Promise.resolve({ id: DOC }) },
    );
    expect(made.status).toBe(201);
    const edit = (await made.json()) as { id: number };
    // Kept in the database: a second server (another store on the same URL) reads it.
    const { PostgresStore: Store } = await import('@/lib/storage/postgres');
    const other = await Store.open(process.env.DATELINE_DATABASE_URL!);
    expect((await other.get(DOC))!.extraction.statements[0]!.stance).toBe('deny');
    await other.close();

    const undo = await import('@/app/api/documents/[id]/edits/[editId]/undo/route');
    const undoIt = () =>
      undo.POST(new Request(`http://test/api/documents/${DOC}/edits/${edit.id}/undo`, { method: 'POST' }), {
        params: Promise.resolve({ id: DOC, editId: String(edit.id) }),
      });
    expect((await undoIt()).status).toBe(200);
    const again = await undoIt();
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'already_undone' } });

    const statements = await import('@/app/api/statements/route');
    const st = await statements.GET(new Request(`http://test/api/statements?docs=${DOC}&limit=5`));
    expect(st.status).toBe(200);
    expect(((await st.json()) as { total: number }).total).toBe(loadCorpus()[0]!.statements.length);
    const search = await import('@/app/api/search/route');
    const found = (await (
      await search.GET(new Request('http://test/api/search?q=%D8%A3%D9%83%D8%AF'))
    ).json()) as { documents: { id: string }[] };
    expect(found.documents.map((d) => d.id)).toEqual([DOC]);
    const health = await import('@/app/api/health/route');
    expect(await (await health.GET()).json()).toMatchObject({ status: 'ok', writable: true, documents: 1 });
  });
});
