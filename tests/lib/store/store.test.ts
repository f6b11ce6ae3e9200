// The SQLite store on a temporary file: migrations, the bundled corpus loaded once, documents added and
// re-extracted, corrections kept as edits (applied, undone, surviving re-extraction by their words), and a
// second connection seeing the first one's writes.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '@/lib/store/edits';
import { loadCorpus } from '@/lib/server/corpus';
import { SCHEMA_VERSION, SqliteStore, StoreError } from '@/lib/server/store';

const seed = loadCorpus();
const DOC = seed[0]!.document.id;
let dir: string;
let file: string;
const open = () => new SqliteStore(file, { seed });

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
  file = path.join(dir, 'db.sqlite');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// A constructed article (not a real report) in the seed's language.
const ARTICLE = 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس إن موسكو لا تعتزم العودة إلى الستار الحديدي.';

describe('SQLite store', () => {
  it('migrates, runs in WAL mode and loads the bundled corpus once', async () => {
    const a = open();
    expect(a.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((await a.list(0, 10)).total).toBe(seed.length);
    await a.close();
    const b = open();
    expect((await b.list(0, 10)).total).toBe(seed.length);
    expect((await b.get(DOC))!.extraction.statements).toHaveLength(seed[0]!.statements.length);
    await b.close();
  });

  it('adds a document, extracts it against its date, and lists it with its count', async () => {
    const s = open();
    const d = (await s.add({ text: ARTICLE, title: 'Zakharova', lang: 'ar', publisher: 'test-wire', published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    expect(d.extraction.statements.length).toBeGreaterThan(0);
    const said = d.extraction.statements[0]!.saidAt;
    expect(said.value).toBe('2021-12-28'); // "أمس", the day before publication
    const { documents, total } = (await s.list(0, 10));
    expect(total).toBe(seed.length + 1);
    expect(documents.at(-1)).toMatchObject({ id: d.id, title: 'Zakharova', lang: 'ar', publisher: 'test-wire', published: '2021-12-29', statements: d.extraction.statements.length });
    await expect(s.add({ text: ARTICLE, lang: 'ar', published: '2021-12-29' })).rejects.toThrow(StoreError);
    expect((await s.list(1, 1)).documents).toHaveLength(1);
    await s.close();
  });

  it('keeps corrections as edits: applied in order, undone, with time and author', async () => {
    const s = open();
    const target = (await s.get(DOC))!.extraction.statements.find((x) => x.speaker.actorId === 'cnn')!;
    const e = (await s.addEdit(DOC, { op: 'statement.stance', target: target.id, value: 'confirm', author: 'Lina' }));
    expect(e).toMatchObject({ op: 'statement.stance', author: 'Lina', undoneAt: null });
    expect((await s.get(DOC))!.extraction.statements.find((x) => x.id === target.id)!.stance).toBe('confirm');
    // The machine's extraction is untouched underneath.
    const machine = JSON.parse((s.db.prepare('SELECT extraction FROM documents WHERE id = ?').get(DOC) as { extraction: string }).extraction);
    expect(machine.statements.find((x: { id: string }) => x.id === target.id).stance).toBe('report');
    await s.undo(DOC, e.id);
    expect((await s.get(DOC))!.extraction.statements.find((x) => x.id === target.id)!.stance).toBe('report');
    await expect(s.undo(DOC, e.id)).rejects.toThrow(/was undone at/);
    await expect(s.addEdit(DOC, { op: 'statement.stance', target: 'nope', value: 'deny', author: 'Lina' })).rejects.toThrow(/No statement "nope"/);
    await expect(s.addEdit(DOC, { op: 'statement.stance', target: target.id, value: 'shout', author: 'Lina' })).rejects.toThrow(StoreError);
    await s.close();
  });

  it('corrects a date and keeps the correction across a re-extraction with a new publication date', async () => {
    const s = open();
    const z = (await s.get(DOC))!.extraction.statements.find((x) => x.speaker.actorId === 'maria-zakharova')!;
    await s.addEdit(DOC, { op: 'statement.saidAt', target: z.id, value: { value: '2021-12-27', interval: { start: '2021-12-26T21:00:00Z', end: '2021-12-27T21:00:00Z' } }, author: 'Lina' });
    const after = (await s.update(DOC, { published: '2021-12-30' }));
    expect(after.document.published.value).toBe('2021-12-30');
    const again = after.extraction.statements.find((x) => x.speaker.actorId === 'maria-zakharova')!;
    expect(again.saidAt.value).toBe('2021-12-27'); // the correction, not the new "yesterday"
    expect(after.unanchored).toEqual([]);
    // Peskov's "tomorrow" moved with the new date: the machine re-read it.
    const peskov = after.extraction.statements.find((x) => x.speaker.actorId === 'dmitry-peskov')!;
    expect(peskov.saidAt.value.startsWith('2021-12-30')).toBe(true);
    await s.close();
  });

  it('is seen by a second connection to the same file', async () => {
    const a = open();
    const b = open();
    (await b.get(DOC)); // b remembers the document
    const z = (await a.get(DOC))!.extraction.statements[0]!;
    await a.addEdit(DOC, { op: 'statement.stance', target: z.id, value: 'deny', author: 'A' });
    expect((await b.get(DOC))!.extraction.statements[0]!.stance).toBe('deny');
    await a.close();
    await b.close();
  });

  it('deletes a document with its edits', async () => {
    const s = open();
    const z = (await s.get(DOC))!.extraction.statements[0]!;
    await s.addEdit(DOC, { op: 'statement.delete', target: z.id, value: null, author: 'A' });
    expect((await s.remove(DOC))).toBe(true);
    expect((await s.get(DOC))).toBeNull();
    expect((s.db.prepare('SELECT COUNT(*) AS n FROM edits').get() as { n: number }).n).toBe(0);
    expect((await s.remove(DOC))).toBe(false);
    await s.close();
  });
});

describe('edits over an extraction', () => {
  const x = seed[0]!;
  const edit = (e: Partial<Edit> & Pick<Edit, 'op' | 'target' | 'value'>): Edit => ({ id: 1, author: 'A', at: '2026-01-01T00:00:00Z', undoneAt: null, anchor: {}, ...e });

  it('re-anchors by the cue words when the statement id changed, and lists what cannot be found', async () => {
    const s = x.statements.find((y) => y.speaker.actorId === 'cnn')!;
    const anchor = { cue: { text: s.cue.text, start: s.cue.start, end: s.cue.end } };
    // A newer engine numbered it differently.
    const renumbered = structuredClone(x);
    const moved = renumbered.statements.find((y) => y.id === s.id)!;
    moved.id = 's-new';
    for (const ev of renumbered.events) for (const c of ev.timeClaims) if (c.statementId === s.id) c.statementId = 's-new';
    const a = applyEdits(renumbered, [edit({ op: 'statement.stance', target: s.id, value: 'deny', anchor })]);
    expect(a.extraction.statements.find((y) => y.id === 's-new')!.stance).toBe('deny');
    expect(a.unanchored).toEqual([]);
    // And one whose words are gone is listed, not dropped silently.
    const gone = structuredClone(x);
    gone.statements = gone.statements.filter((y) => y.id !== s.id);
    const b = applyEdits(gone, [edit({ op: 'statement.stance', target: s.id, value: 'deny', anchor })]);
    expect(b.unanchored).toHaveLength(1);
    expect(b.unanchored[0]!.reason).toContain(s.cue.text);
  });

  it('merges actors everywhere and renames them', async () => {
    const a = applyEdits(x, [
      edit({ op: 'actor.merge', target: 'russia', value: { from: 'russia-mfa' } }),
      edit({ op: 'actor.rename', target: 'russia', value: { en: 'Russian Federation' } }),
    ]);
    expect(a.extraction.actors.some((y) => y.id === 'russia-mfa')).toBe(false);
    expect(a.extraction.actors.find((y) => y.id === 'russia')!.names.en[0]).toBe('Russian Federation');
    expect(a.extraction.statements.find((y) => y.id === 's1928-1937')!.speaker.actorId).toBe('russia');
    expect(x.actors.some((y) => y.id === 'russia-mfa')).toBe(true); // the input is not changed
  });

  it('moves a statement to another event with its time, and merges statements', async () => {
    const peskov = x.statements.find((y) => y.speaker.actorId === 'dmitry-peskov')!;
    const wh = x.statements.find((y) => y.id === 's391-421')!;
    const a = applyEdits(x, [edit({ op: 'statement.merge', target: peskov.id, value: { from: [wh.id] } })]);
    expect(a.extraction.statements.some((y) => y.id === wh.id)).toBe(false);
    expect(a.extraction.statements.find((y) => y.id === peskov.id)!.mentions.length).toBe(peskov.mentions.length + wh.mentions.length);
    const b = applyEdits(x, [edit({ op: 'statement.event', target: wh.id, value: 'e725' })]);
    expect(b.extraction.statements.find((y) => y.id === wh.id)!.eventId).toBe('e725');
    expect(b.extraction.events.find((e) => e.id === 'e725')!.timeClaims.some((c) => c.statementId === wh.id)).toBe(true);
  });
});

describe('edit values', () => {
  it('refuses impossible days, reversed intervals and references to nothing', async () => {
    const dir2 = mkdtempSync(path.join(os.tmpdir(), 'dateline-store-'));
    const s = new SqliteStore(path.join(dir2, 'db.sqlite'), { seed });
    try {
      const st = (await s.get(DOC))!.extraction.statements;
      const z = st.find((x) => x.speaker.actorId === 'maria-zakharova')!;
      const bad = async (op: Parameters<typeof s.addEdit>[1]['op'], target: string, value: unknown) => {
        try {
          await s.addEdit(DOC, { op, target, value, author: 'A' });
          return null;
        } catch (e) {
          return (e as StoreError).status;
        }
      };
      expect(await bad('statement.saidAt', z.id, { value: '2021-02-30', interval: null })).toBe(400);
      expect(await bad('statement.saidAt', z.id, { value: '2021-12-27', interval: { start: '2021-12-28T00:00:00Z', end: '2021-12-27T00:00:00Z' } })).toBe(400);
      expect(await bad('statement.saidAt', z.id, { value: 'yesterday', interval: null })).toBe(400);
      // Instants that are no instant: Date.parse reads 30 February as 2 March.
      expect(await bad('statement.saidAt', z.id, { value: '2021-03-02', interval: { start: '2021-02-30T00:00:00Z', end: '2021-03-03T00:00:00Z' } })).toBe(400);
      expect(await bad('statement.saidAt', z.id, { value: '2021-03-02', interval: { start: '2021-03-02T24:00:00Z', end: '2021-03-03T00:00:00Z' } })).toBe(400);
      expect(await bad('actor.rename', 'russia', { en: 'Russia\u0001' })).toBe(400);
      expect(await bad('statement.speaker', z.id, 'nobody-actor')).toBe(400);
      expect(await bad('statement.event', z.id, 'e-none')).toBe(400);
      expect(await bad('statement.merge', z.id, { from: [z.id] })).toBe(400);
      expect(await bad('actor.merge', 'russia', { from: 'russia' })).toBe(400);
      expect(await bad('statement.saidAt', z.id, { value: '2021-12-27TEV', interval: { start: '2021-12-27T15:00:00Z', end: '2021-12-27T21:00:00Z' } })).toBeNull();
      expect(await bad('statement.speaker', z.id, 'russia-mfa')).toBeNull();
    } finally {
      await s.close();
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});

describe('a reviewer’s word on which events are the same happening (event.align)', () => {
  it('is kept on the event, checked against the other document, the latest word on a pair holding, and undoable', async () => {
    const store = open();
    const other = (await store.add({ text: ARTICLE, title: 'Zakharova (constructed)', published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    const call = seed[0]!.events.find((e) => e.type === 'phone-call')!;
    const theirs = other.extraction.events[0]!;
    const first = (await store.addEdit(DOC, { op: 'event.align', target: call.id, value: { docId: other.id, eventId: theirs.id, same: true }, author: 'Lina' }));
    expect(first.anchor).toEqual({ event: 'phone-call' });
    await store.addEdit(DOC, { op: 'event.align', target: call.id, value: { docId: other.id, eventId: theirs.id, same: false }, author: 'Sam' });
    const ev = async () => (await store.get(DOC))!.extraction.events.find((e) => e.id === call.id)!;
    expect((await ev()).alignments).toEqual([{ docId: other.id, eventId: theirs.id, same: false, author: 'Sam', at: expect.any(String) }]);
    // Errors name what is wrong: another document or event that is not kept, the event itself, a missing target.
    const err = async (value: unknown, target = call.id) => {
      try {
        await store.addEdit(DOC, { op: 'event.align', target, value, author: 'Lina' });
      } catch (e) {
        return `${(e as StoreError).status} ${(e as Error).message}`;
      }
      return 'accepted';
    };
    expect(await err({ docId: 'nope', eventId: 'e1', same: true })).toBe('400 event.align: no document "nope"');
    expect(await err({ docId: other.id, eventId: 'e999999', same: true })).toBe(`400 event.align: no event "e999999" in document "${other.id}"`);
    expect(await err({ docId: DOC, eventId: call.id, same: true })).toBe('400 event.align: an event is always the same as itself');
    expect(await err({ docId: other.id, eventId: theirs.id, same: true }, 'e-missing')).toBe(`404 No event "e-missing" in document "${DOC}".`);
    expect(await err({ docId: other.id, eventId: theirs.id, same: 'yes' })).toMatch(/^400 event\.align: /);
    // Undoing the latest brings back the one before.
    await store.undo(DOC, (await store.get(DOC))!.edits.at(-1)!.id);
    expect((await ev()).alignments?.[0]).toMatchObject({ same: true, author: 'Lina' });
    await store.close();
  });
});

describe('document ids', () => {
  // Two constructed sentences whose 32-bit FNV-1a hashes (the ids before) are the same, 7142b08f.
  const TWINS = ['قال المتحدث إن الجولة 309294 انتهت.', 'قال المتحدث إن الجولة 1645230 انتهت.'];

  it('two texts the old 32-bit id could not tell apart are both kept, under different ids', async () => {
    const s = open();
    const a = await s.add({ text: TWINS[0]!, lang: 'ar', published: '2021-12-29' });
    const b = await s.add({ text: TWINS[1]!, lang: 'ar', published: '2021-12-29' });
    expect(a.id).not.toBe(b.id);
    expect(a.id).toMatch(/^doc-[0-9a-f]{20}$/);
    expect((await s.get(b.id))!.document.text).toBe(TWINS[1]);
    await s.close();
  });

  it('an id another text holds is never reused: refused when given, made unique otherwise', async () => {
    const s = open();
    const first = await s.add({ id: 'wire-1', text: TWINS[0]!, lang: 'ar', published: '2021-12-29' });
    await expect(s.add({ id: 'wire-1', text: TWINS[1]!, lang: 'ar', published: '2021-12-29' })).rejects.toMatchObject({ status: 409, code: 'id_taken' });
    expect((await s.get(first.id))!.document.text).toBe(TWINS[0]);
    await s.close();
  });

  it('a database kept before keeps its ids, and the same text is still refused under the new ids', async () => {
    const a = open();
    const old = await a.add({ id: 'doc-7142b08f', text: TWINS[0]!, lang: 'ar', published: '2021-12-29' });
    // Back to the first schema, as a database of the previous version is.
    a.db.exec(
      'DROP TABLE stmt_fts; DROP TABLE doc_fts; DROP TABLE stmt_actor; DROP TABLE stmt_rt; DROP TRIGGER doc_fts_del; DROP TABLE stmt; DROP INDEX documents_seq; DROP INDEX documents_text_sha; ALTER TABLE documents DROP COLUMN text_sha; PRAGMA user_version = 1;',
    );
    await a.close();
    const b = open();
    expect(b.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // And indexed: its statements answer a view.
    expect((await b.statements({ docs: ['doc-7142b08f'] })).total).toBe(old.extraction.statements.length);
    expect((await b.get('doc-7142b08f'))!.document.text).toBe(TWINS[0]);
    await expect(b.add({ text: TWINS[0]!, lang: 'ar', published: '2021-12-29' })).rejects.toMatchObject({ status: 409, code: 'exists', message: expect.stringContaining(old.id) });
    expect((await b.add({ text: TWINS[1]!, lang: 'ar', published: '2021-12-29' })).id).not.toBe(old.id);
    await b.close();
  });
});

describe('a document\'s history', () => {
  it('is bounded: past the most edits one document keeps, another is refused with 409', async () => {
    const before = process.env.DATELINE_MAX_EDITS;
    process.env.DATELINE_MAX_EDITS = '3';
    const s = open();
    try {
      const st = (await s.get(DOC))!.extraction.statements[0]!;
      for (const stance of ['confirm', 'deny', 'state'] as const) await s.addEdit(DOC, { op: 'statement.stance', target: st.id, value: stance, author: 'A' });
      await expect(s.addEdit(DOC, { op: 'statement.stance', target: st.id, value: 'report', author: 'A' })).rejects.toMatchObject({ status: 409, code: 'too_many_edits' });
      expect((await s.get(DOC))!.edits).toHaveLength(3);
    } finally {
      if (before === undefined) delete process.env.DATELINE_MAX_EDITS;
      else process.env.DATELINE_MAX_EDITS = before;
      await s.close();
    }
  });
});

