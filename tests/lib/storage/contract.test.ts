// One contract, two engines: the store's behaviour — the bundled corpus loaded once, documents added and
// re-extracted, corrections kept as edits (applied, undone once, surviving re-extraction by their words), what
// is refused and how, ids, a second connection (or server) seeing the first one's writes — asserted alike on
// the embedded SQLite store and on PostgreSQL (a throwaway server, or DATELINE_TEST_DATABASE_URL). Then what
// only a server database has: migrations under a lock, two servers undoing one edit at once, and a 503 when
// the database is not there. And the two engines answer views and searches alike.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { type DocumentStore, StoreError } from '@/lib/storage/contract';
import { PostgresStore } from '@/lib/storage/postgres';
import { MIGRATIONS } from '@/lib/storage/migrations/postgres';
import { usePostgres, withDatabase } from '../../support/pg-database';

const seed = loadCorpus();
const DOC = seed[0]!.document.id;
// A constructed article (not a real report) in the seed's language.
const ARTICLE =
  'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس إن موسكو لا تعتزم العودة إلى الستار الحديدي.';

const postgres = usePostgres();
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

type Open = (opts?: { seed?: Extraction[] }) => Promise<DocumentStore>;
interface Engine {
  name: string;
  /** A new, empty corpus: a function opening a store on it (each call another connection, as another server). */
  corpus(): Promise<Open>;
  /** The machine's extraction as kept, under the edits. */
  machine(s: DocumentStore, id: string): Promise<Extraction>;
  /** Edits kept, of every document. */
  edits(s: DocumentStore): Promise<number>;
}

const sqlite: Engine = {
  name: 'SQLite',
  async corpus() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-contract-'));
    dirs.push(dir);
    const file = path.join(dir, 'db.sqlite');
    return async (opts = {}) => new SqliteStore(file, opts);
  },
  async machine(s, id) {
    return JSON.parse(
      (
        (s as SqliteStore).db.prepare('SELECT extraction FROM documents WHERE id = ?').get(id) as {
          extraction: string;
        }
      ).extraction,
    ) as Extraction;
  },
  async edits(s) {
    return ((s as SqliteStore).db.prepare('SELECT COUNT(*) AS n FROM edits').get() as { n: number }).n;
  },
};

const postgresql: Engine = {
  name: 'PostgreSQL',
  async corpus() {
    const url = await postgres.fresh();
    return (opts = {}) => PostgresStore.open(url, opts);
  },
  async machine(s, id) {
    return JSON.parse(
      (
        await (s as PostgresStore).pool.query<{ extraction: string }>(
          'SELECT extraction FROM documents WHERE id = $1',
          [id],
        )
      ).rows[0]!.extraction,
    ) as Extraction;
  },
  async edits(s) {
    return Number(
      (await (s as PostgresStore).pool.query<{ n: number }>('SELECT COUNT(*) AS n FROM edits')).rows[0]!.n,
    );
  },
};

// Every store a test opens is closed after it, whatever the test did.
const opened: DocumentStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
});
const tracked =
  (open: Open): Open =>
  async (opts) => {
    const s = await open(opts);
    opened.push(s);
    return s;
  };

describe.each([sqlite, postgresql])('the store contract on $name', (engine) => {
  const corpus = async () => tracked(await engine.corpus());

  it('loads the bundled corpus once', async () => {
    const open = await corpus();
    const a = await open({ seed });
    expect((await a.list(0, 10)).total).toBe(seed.length);
    await a.close();
    const b = await open({ seed });
    expect((await b.list(0, 10)).total).toBe(seed.length);
    expect(await b.count()).toBe(seed.length);
    expect((await b.get(DOC))!.extraction.statements).toHaveLength(seed[0]!.statements.length);
    expect(await b.get('nope')).toBeNull();
  });

  it('adds a document, extracts it against its date, and lists it with its count', async () => {
    const s = await (await corpus())({ seed });
    const d = await s.add({
      text: ARTICLE,
      title: 'Zakharova',
      lang: 'ar',
      publisher: 'test-wire',
      published: '2021-12-29',
      timeZone: 'Europe/Moscow',
    });
    expect(d.extraction.statements.length).toBeGreaterThan(0);
    expect(d.extraction.statements[0]!.saidAt.value).toBe('2021-12-28'); // "أمس", the day before publication
    const { documents, total } = await s.list(0, 10);
    expect(total).toBe(seed.length + 1);
    expect(documents.at(-1)).toMatchObject({
      id: d.id,
      title: 'Zakharova',
      lang: 'ar',
      publisher: 'test-wire',
      published: '2021-12-29',
      statements: d.extraction.statements.length,
    });
    await expect(s.add({ text: ARTICLE, lang: 'ar', published: '2021-12-29' })).rejects.toMatchObject({
      status: 409,
      code: 'exists',
      message: expect.stringContaining(d.id),
    });
    expect(await s.keptAs(ARTICLE)).toBe(d.id);
    expect(await s.keptAs(`${ARTICLE} `)).toBeNull();
    expect((await s.list(1, 1)).documents).toHaveLength(1);
    expect((await s.extractions()).map((x) => x.document.id)).toEqual([DOC, d.id]);
    expect((await s.extractionsOf([d.id, 'nope', DOC])).map((x) => x.document.id)).toEqual([DOC, d.id]);
    expect(await s.writable()).toBe(true);
  });

  it('keeps an extraction made elsewhere as the machine’s reading, refusing its id when taken', async () => {
    const s = await (await corpus())();
    const x = seed[0]!;
    const kept = await s.addExtraction(x);
    expect(kept.extraction.statements).toHaveLength(x.statements.length);
    await expect(s.addExtraction(x)).rejects.toMatchObject({ status: 409 });
    expect(await s.count()).toBe(1);
  });

  it('keeps corrections as edits: applied in order, undone once, with time and author', async () => {
    const s = await (await corpus())({ seed });
    const target = (await s.get(DOC))!.extraction.statements.find((x) => x.speaker.actorId === 'cnn')!;
    const e = await s.addEdit(DOC, {
      op: 'statement.stance',
      target: target.id,
      value: 'confirm',
      author: 'Lina',
    });
    expect(e).toMatchObject({ op: 'statement.stance', author: 'Lina', undoneAt: null, value: 'confirm' });
    expect((await s.get(DOC))!.extraction.statements.find((x) => x.id === target.id)!.stance).toBe('confirm');
    expect((await s.get(DOC))!.edits.map((x) => x.id)).toEqual([e.id]);
    // The machine's extraction is untouched underneath.
    expect((await engine.machine(s, DOC)).statements.find((x) => x.id === target.id)!.stance).toBe('report');
    const undone = await s.undo(DOC, e.id);
    expect(undone.undoneAt).toEqual(expect.any(String));
    expect((await s.get(DOC))!.extraction.statements.find((x) => x.id === target.id)!.stance).toBe('report');
    await expect(s.undo(DOC, e.id)).rejects.toMatchObject({
      status: 409,
      code: 'already_undone',
      message: expect.stringMatching(/was undone at/),
    });
    await expect(s.undo(DOC, e.id + 1000)).rejects.toMatchObject({ status: 404 });
    await expect(
      s.addEdit(DOC, { op: 'statement.stance', target: 'nope', value: 'deny', author: 'Lina' }),
    ).rejects.toThrow(/No statement "nope"/);
    await expect(
      s.addEdit(DOC, { op: 'statement.stance', target: target.id, value: 'shout', author: 'Lina' }),
    ).rejects.toThrow(StoreError);
    await expect(
      s.addEdit('nope', { op: 'statement.stance', target: target.id, value: 'deny', author: 'Lina' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('corrects a date and keeps the correction across a re-extraction with a new publication date', async () => {
    const s = await (await corpus())({ seed });
    const z = (await s.get(DOC))!.extraction.statements.find((x) => x.speaker.actorId === 'maria-zakharova')!;
    await s.addEdit(DOC, {
      op: 'statement.saidAt',
      target: z.id,
      value: {
        value: '2021-12-27',
        interval: { start: '2021-12-26T21:00:00Z', end: '2021-12-27T21:00:00Z' },
      },
      author: 'Lina',
    });
    const after = await s.update(DOC, { published: '2021-12-30' });
    expect(after.document.published.value).toBe('2021-12-30');
    expect(
      after.extraction.statements.find((x) => x.speaker.actorId === 'maria-zakharova')!.saidAt.value,
    ).toBe('2021-12-27'); // the correction, not the new "yesterday"
    expect(after.unanchored).toEqual([]);
    // Peskov's "tomorrow" moved with the new date: the machine re-read it.
    expect(
      after.extraction.statements
        .find((x) => x.speaker.actorId === 'dmitry-peskov')!
        .saidAt.value.startsWith('2021-12-30'),
    ).toBe(true);
    expect((await s.list(0, 1)).documents[0]!.published).toBe('2021-12-30');
    await expect(s.update('nope', { published: '2021-12-30' })).rejects.toMatchObject({ status: 404 });
  });

  it('is seen at once by a second connection (another server) to the same corpus', async () => {
    const open = await corpus();
    const a = await open({ seed });
    const b = await open({ seed });
    await b.get(DOC); // b remembers the document
    const z = (await a.get(DOC))!.extraction.statements[0]!;
    const e = await a.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'deny', author: 'A' });
    expect((await b.get(DOC))!.extraction.statements[0]!.stance).toBe('deny');
    expect(
      (await b.statements({ stances: ['deny'], docs: [DOC] })).statements.map((h) => h.statementId),
    ).toContain(z.id);
    await b.undo(DOC, e.id);
    expect((await a.get(DOC))!.extraction.statements[0]!.stance).toBe(z.stance);
    await expect(a.undo(DOC, e.id)).rejects.toMatchObject({ status: 409 });
    const d = await b.add({ text: ARTICLE, lang: 'ar', published: '2021-12-29' });
    expect((await a.list(0, 10)).total).toBe(2);
    expect((await a.search('زاخاروفا')).documents.map((x) => x.id)).toContain(d.id);
    expect(await b.remove(d.id)).toBe(true);
    expect(await a.get(d.id)).toBeNull();
    expect((await a.statements({ docs: [d.id] })).total).toBe(0);
  });

  it('two undos of one edit at once, from two servers: one succeeds, the other is a 409', async () => {
    const open = await corpus();
    const a = await open({ seed });
    const b = await open({ seed });
    const z = (await a.get(DOC))!.extraction.statements[0]!;
    const e = await a.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'deny', author: 'A' });
    const results = await Promise.allSettled([a.undo(DOC, e.id), b.undo(DOC, e.id)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(failed.reason).toMatchObject({ status: 409, code: 'already_undone' });
  });

  it('deletes a document with its edits', async () => {
    const s = await (await corpus())({ seed });
    const z = (await s.get(DOC))!.extraction.statements[0]!;
    await s.addEdit(DOC, { op: 'statement.delete', target: z.id, value: null, author: 'A' });
    expect(await s.remove(DOC)).toBe(true);
    expect(await s.get(DOC)).toBeNull();
    expect(await engine.edits(s)).toBe(0);
    expect(await s.remove(DOC)).toBe(false);
    expect((await s.statements({})).total).toBe(0);
  });

  it('refuses impossible days, reversed intervals and references to nothing (400)', async () => {
    const s = await (await corpus())({ seed });
    const z = (await s.get(DOC))!.extraction.statements.find((x) => x.speaker.actorId === 'maria-zakharova')!;
    const bad = async (op: Parameters<DocumentStore['addEdit']>[1]['op'], target: string, value: unknown) => {
      try {
        await s.addEdit(DOC, { op, target, value, author: 'A' });
        return null;
      } catch (e) {
        return (e as StoreError).status;
      }
    };
    expect(await bad('statement.saidAt', z.id, { value: '2021-02-30', interval: null })).toBe(400);
    expect(
      await bad('statement.saidAt', z.id, {
        value: '2021-12-27',
        interval: { start: '2021-12-28T00:00:00Z', end: '2021-12-27T00:00:00Z' },
      }),
    ).toBe(400);
    expect(await bad('statement.saidAt', z.id, { value: 'yesterday', interval: null })).toBe(400);
    // Instants that are no instant: Date.parse reads 30 February as 2 March.
    expect(
      await bad('statement.saidAt', z.id, {
        value: '2021-03-02',
        interval: { start: '2021-02-30T00:00:00Z', end: '2021-03-03T00:00:00Z' },
      }),
    ).toBe(400);
    expect(
      await bad('statement.saidAt', z.id, {
        value: '2021-03-02',
        interval: { start: '2021-03-02T24:00:00Z', end: '2021-03-03T00:00:00Z' },
      }),
    ).toBe(400);
    expect(await bad('actor.rename', 'russia', { en: 'Russia\u0001' })).toBe(400);
    expect(await bad('statement.speaker', z.id, 'nobody-actor')).toBe(400);
    expect(await bad('statement.event', z.id, 'e-none')).toBe(400);
    expect(await bad('statement.merge', z.id, { from: [z.id] })).toBe(400);
    expect(await bad('actor.merge', 'russia', { from: 'russia' })).toBe(400);
    expect(
      await bad('statement.saidAt', z.id, {
        value: '2021-12-27TEV',
        interval: { start: '2021-12-27T15:00:00Z', end: '2021-12-27T21:00:00Z' },
      }),
    ).toBeNull();
    expect(await bad('statement.speaker', z.id, 'russia-mfa')).toBeNull();
    expect(await bad('actor.rename', 'russia', { en: 'Russian Federation' })).toBeNull();
    expect((await s.get(DOC))!.extraction.actors.find((a) => a.id === 'russia')!.names.en[0]).toBe(
      'Russian Federation',
    );
  });

  it('keeps a reviewer’s event.align, checked against the other document, the latest word holding, undoable', async () => {
    const s = await (await corpus())({ seed });
    const other = await s.add({
      text: ARTICLE,
      title: 'Zakharova (constructed)',
      published: '2021-12-29',
      timeZone: 'Europe/Moscow',
    });
    const call = seed[0]!.events.find((e) => e.type === 'phone-call')!;
    const theirs = other.extraction.events[0]!;
    const first = await s.addEdit(DOC, {
      op: 'event.align',
      target: call.id,
      value: { docId: other.id, eventId: theirs.id, same: true },
      author: 'Lina',
    });
    expect(first.anchor).toEqual({ event: 'phone-call' });
    await s.addEdit(DOC, {
      op: 'event.align',
      target: call.id,
      value: { docId: other.id, eventId: theirs.id, same: false },
      author: 'Sam',
    });
    const ev = async () => (await s.get(DOC))!.extraction.events.find((e) => e.id === call.id)!;
    expect((await ev()).alignments).toEqual([
      { docId: other.id, eventId: theirs.id, same: false, author: 'Sam', at: expect.any(String) },
    ]);
    const err = async (value: unknown, target = call.id) => {
      try {
        await s.addEdit(DOC, { op: 'event.align', target, value, author: 'Lina' });
      } catch (e) {
        return `${(e as StoreError).status} ${(e as Error).message}`;
      }
      return 'accepted';
    };
    expect(await err({ docId: 'nope', eventId: 'e1', same: true })).toBe(
      '400 event.align: no document "nope"',
    );
    expect(await err({ docId: other.id, eventId: 'e999999', same: true })).toBe(
      `400 event.align: no event "e999999" in document "${other.id}"`,
    );
    expect(await err({ docId: DOC, eventId: call.id, same: true })).toBe(
      '400 event.align: an event is always the same as itself',
    );
    expect(await err({ docId: other.id, eventId: theirs.id, same: true }, 'e-missing')).toBe(
      `404 No event "e-missing" in document "${DOC}".`,
    );
    expect(await err({ docId: other.id, eventId: theirs.id, same: 'yes' })).toMatch(/^400 event\.align: /);
    await s.undo(DOC, (await s.get(DOC))!.edits.at(-1)!.id);
    expect((await ev()).alignments?.[0]).toMatchObject({ same: true, author: 'Lina' });
  });

  it('never reuses an id another text holds: refused when given, made unique otherwise', async () => {
    // Two constructed sentences whose 32-bit FNV-1a hashes (the ids before) are the same.
    const TWINS = ['قال المتحدث إن الجولة 309294 انتهت.', 'قال المتحدث إن الجولة 1645230 انتهت.'];
    const s = await (await corpus())();
    const a = await s.add({ text: TWINS[0]!, lang: 'ar', published: '2021-12-29' });
    const b = await s.add({ text: TWINS[1]!, lang: 'ar', published: '2021-12-29' });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^doc-[0-9a-f]{20}$/);
    await s.remove(b.id);
    const first = await s.add({ id: 'wire-1', text: TWINS[1]!, lang: 'ar', published: '2021-12-29' });
    await expect(
      s.add({ id: 'wire-1', text: `${TWINS[1]!} `, lang: 'ar', published: '2021-12-29' }),
    ).rejects.toMatchObject({ status: 409, code: 'id_taken' });
    expect((await s.get(first.id))!.document.text).toBe(TWINS[1]);
  });

  it('bounds a document’s history: past the most edits one document keeps, another is a 409', async () => {
    const before = process.env.DATELINE_MAX_EDITS;
    process.env.DATELINE_MAX_EDITS = '3';
    try {
      const s = await (await corpus())({ seed });
      const st = (await s.get(DOC))!.extraction.statements[0]!;
      for (const stance of ['confirm', 'deny', 'state'] as const)
        await s.addEdit(DOC, { op: 'statement.stance', target: st.id, value: stance, author: 'A' });
      await expect(
        s.addEdit(DOC, { op: 'statement.stance', target: st.id, value: 'report', author: 'A' }),
      ).rejects.toMatchObject({ status: 409, code: 'too_many_edits' });
      expect((await s.get(DOC))!.edits).toHaveLength(3);
    } finally {
      if (before === undefined) delete process.env.DATELINE_MAX_EDITS;
      else process.env.DATELINE_MAX_EDITS = before;
    }
  });

  it('searches Arabic loosely: أكد finds اكد and وأكد, in statements and documents', async () => {
    const s = await (await corpus())({ seed });
    const hamza = await s.search('أكد');
    const bare = await s.search('اكد');
    expect(hamza.statements.length).toBeGreaterThan(0);
    expect(hamza.statements.map((h) => h.key).sort()).toEqual(bare.statements.map((h) => h.key).sort());
    expect(hamza.documents.map((d) => d.id)).toEqual([DOC]);
    expect((await s.search('zzzqqq')).statements).toEqual([]);
    expect((await s.search('ab')).statements).toEqual([]); // terms under three letters are not searched
  });
});

describe('PostgreSQL as a server database', () => {
  it('migrates once under a lock when servers start together, recording each version', async () => {
    const url = await postgres.fresh();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url, { seed })));
    try {
      const c = stores[0]!.pool;
      expect(
        (
          await c.query<{ version: number }>('SELECT version FROM dateline_migrations ORDER BY version')
        ).rows.map((r) => r.version),
      ).toEqual(MIGRATIONS.map((_, i) => i + 1));
      expect(await stores[1]!.count()).toBe(seed.length); // seeded once
      expect((await stores[2]!.list(0, 10)).total).toBe(seed.length);
    } finally {
      for (const s of stores) await s.close();
    }
    // A database newer than the server is refused, not written.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query("INSERT INTO dateline_migrations (version, name) VALUES ($1, 'from the future')", [
      MIGRATIONS.length + 1,
    ]);
    await c.end();
    await expect(PostgresStore.open(url)).rejects.toMatchObject({ status: 503, code: 'schema_newer' });
  });

  it('tells every server of a write (LISTEN/NOTIFY): another catches up before it is asked', async () => {
    const url = await postgres.fresh();
    const a = await PostgresStore.open(url, { seed });
    const b = await PostgresStore.open(url, { seed });
    opened.push(a, b);
    const until = async (ok: () => boolean, what: string) => {
      for (let t = Date.now(); !ok(); await new Promise((r) => setTimeout(r, 20)))
        if (Date.now() - t > 5000) throw new Error(`not ${what} within 5 s`);
    };
    await b.get(DOC);
    await until(() => b.listening, 'listening');
    const before = b.generation;
    const z = (await a.get(DOC))!.extraction.statements[0]!;
    await a.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'deny', author: 'A' });
    // b is not called: its copy of the index follows the notification.
    await until(() => b.generation > before, 'caught up');
    const copied = b.index.prepare('SELECT stance FROM stmt WHERE doc_id = ? AND id = ?').get(DOC, z.id) as {
      stance: string;
    };
    expect(copied.stance).toBe('deny');
  });

  it('takes 50 edits at once from two servers: every one kept, the index as the documents read', async () => {
    const url = await postgres.fresh();
    const a = await PostgresStore.open(url, { seed });
    const b = await PostgresStore.open(url, { seed });
    opened.push(a, b);
    // Three more documents: the seed's reading under other ids (its text changed by a number).
    for (let i = 1; i <= 3; i++) {
      const x = structuredClone(seed[0]!);
      x.document.id = `copy-${i}`;
      x.document.text = `${x.document.text} ${i}`;
      await a.addExtraction(x);
    }
    const ids = [DOC, 'copy-1', 'copy-2', 'copy-3'];
    const statements = seed[0]!.statements;
    const stances = ['confirm', 'deny', 'state', 'report'] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        (i % 2 ? a : b).addEdit(ids[i % ids.length]!, {
          op: 'statement.stance',
          target: statements[i % statements.length]!.id,
          value: stances[i % stances.length]!,
          author: `editor-${i}`,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const kept = (await Promise.all(ids.map(async (id) => (await a.get(id))!))).flatMap((d) => d.edits);
    expect(kept).toHaveLength(50);
    expect(new Set(kept.map((e) => e.id)).size).toBe(50);
    // Each server's view of the index is each document as corrected.
    for (const s of [a, b])
      for (const id of ids) {
        const doc = (await s.get(id))!;
        const hits = (await s.statements({ docs: [id], limit: 500 })).statements;
        expect(Object.fromEntries(hits.map((h) => [h.statementId, h.stance]))).toEqual(
          Object.fromEntries(doc.extraction.statements.map((x) => [x.id, x.stance])),
        );
      }
    // The same text added by both servers at once is kept once.
    const twice = await Promise.allSettled(
      [a, b].map((s) => s.add({ text: ARTICLE, lang: 'ar', published: '2021-12-29' })),
    );
    expect(twice.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((twice.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      status: 409,
      code: 'exists',
    });
  }, 30_000);

  it('answers 503 with a clear message when the database cannot be reached', async () => {
    const url = await postgres.fresh();
    // A port nothing listens on.
    const gone = new URL(url);
    gone.port = '1';
    const s = new PostgresStore(gone.toString(), { connectTimeoutMs: 2000 });
    opened.push(s);
    await expect(s.list(0, 10)).rejects.toMatchObject({
      status: 503,
      code: 'store_unavailable',
      message: expect.stringContaining('cannot be reached'),
    });
    await expect(s.get(DOC)).rejects.toBeInstanceOf(StoreError);
    await expect(
      s.addEdit(DOC, { op: 'statement.delete', target: 's1', value: null, author: 'A' }),
    ).rejects.toMatchObject({ status: 503 });
    expect(await s.writable()).toBe(false);
    // And the API says so in its JSON error.
    const { errorResponse } = await import('@/app/api/_lib/http');
    const r = errorResponse(await s.count().catch((e: unknown) => e));
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ error: { code: 'store_unavailable' } });
    expect(withDatabase(url, 'x')).toMatch(/\/x$/);
  });
});

describe('the two engines answer alike', () => {
  // Constructed reports (not real articles) in both languages.
  const constructed = [
    {
      id: 'q-en-1',
      text: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia and the United States would hold talks in Geneva on January 10. The White House confirmed the talks on Tuesday.',
      published: '2022-01-04',
      timeZone: 'Europe/Moscow',
      lang: 'en' as const,
      publisher: 'reuters',
    },
    {
      id: 'q-ar-1',
      text: 'وأكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف أمس أن المحادثات مع الولايات المتحدة ستجري في جنيف يوم الاثنين. ونفت وزارة الخارجية الروسية أن تكون موسكو تخطط لغزو أوكرانيا.',
      published: '2022-01-08',
      timeZone: 'Europe/Moscow',
      lang: 'ar' as const,
      publisher: 'sputnik-arabic',
    },
    {
      id: 'q-en-2',
      text: 'Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks in Geneva had been difficult. NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance was ready for dialogue.',
      published: '2022-01-12',
      timeZone: 'Europe/Brussels',
      lang: 'en' as const,
      publisher: 'ap',
    },
  ];

  it('statements, facets, days, overviews and search hits, through edits, undos and removals', async () => {
    const stores = [
      await tracked(await sqlite.corpus())({ seed }),
      await tracked(await postgresql.corpus())({ seed }),
    ];
    const both = async <T>(f: (s: DocumentStore) => Promise<T>): Promise<[T, T]> => {
      const [a, b] = await Promise.all(stores.map(f));
      return [a!, b!];
    };
    const alike = async (what: string) => {
      const queries = [
        {},
        { stances: ['confirm'] },
        { actors: ['russia'] },
        { q: 'أكد' },
        { q: 'geneva talks' },
        { q: 'us' },
        { sides: ['russia'], sort: '-said' as const },
        { window: { start: Date.parse('2022-01-03T00:00:00Z'), end: Date.parse('2022-01-09T00:00:00Z') } },
        { docs: ['q-en-1', DOC] },
      ];
      for (const q of queries) {
        const [a, b] = await both((s) => s.statements({ ...q, limit: 500 }));
        expect(b, `${what}: statements ${JSON.stringify(q)}`).toEqual(a);
        const [oa, ob] = await both((s) => s.overview({ ...q, bins: 20 }));
        expect(ob, `${what}: overview ${JSON.stringify(q)}`).toEqual(oa);
      }
      const [oa, ob] = await both((s) => s.overview({ markBudget: 0, bins: 10 }));
      expect(ob.bins, `${what}: counts by lane and bin`).toEqual(oa.bins);
      for (const q of ['أكد', 'geneva', 'بيسكوف جنيف', 'talks dialogue']) {
        const [a, b] = await both((s) => s.search(q));
        expect(b.statements.map((h) => h.key).sort(), `${what}: search ${q}`).toEqual(
          a.statements.map((h) => h.key).sort(),
        );
        expect(b.documents.map((d) => d.id).sort(), `${what}: search ${q}`).toEqual(
          a.documents.map((d) => d.id).sort(),
        );
      }
    };
    for (const d of constructed) await both((s) => s.add(d));
    await alike('added');
    const peskov = (await stores[0]!.get('q-ar-1'))!.extraction.statements[0]!;
    const edits = await both((s) =>
      s.addEdit('q-ar-1', { op: 'statement.stance', target: peskov.id, value: 'deny', author: 'A' }),
    );
    await both((s) =>
      s.addEdit('q-en-1', {
        op: 'actor.rename',
        target: 'russia',
        value: { en: 'Russian Federation' },
        author: 'A',
      }),
    );
    await alike('corrected');
    await both((s) => s.undo('q-ar-1', edits[stores.indexOf(s)]!.id));
    await both((s) => s.update('q-en-2', { published: '2022-01-13' }));
    await alike('undone and re-read');
    await both((s) => s.remove('q-en-1'));
    await alike('removed');
  }, 60_000);
});
