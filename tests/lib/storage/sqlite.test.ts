// What only the SQLite store has: migrations by user_version, WAL, a database from before the index brought up
// to date; and the pure edit logic over an extraction. The store's behaviour is asserted on both engines by
// tests/lib/storage/contract.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyEdits, type Edit } from '@/lib/corrections/edits';
import { loadCorpus } from '@/lib/server/corpus';
import { SCHEMA_VERSION, SqliteStore } from '@/lib/storage/sqlite';

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

describe('document ids', () => {
  // Two constructed sentences whose 32-bit FNV-1a hashes (the ids before) are the same, 7142b08f.
  const TWINS = ['قال المتحدث إن الجولة 309294 انتهت.', 'قال المتحدث إن الجولة 1645230 انتهت.'];

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
