// Splitting a statement in two and adding one the machine missed: applied over the machine's extraction, kept
// in the store and undone, refused with the field that is wrong, re-anchored by their words when a newer
// text moved them, and accepted by the edits route.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction, Span } from '@/lib/model/schema';
import { Extraction as ExtractionSchema } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { StoreError } from '@/lib/storage';
import { type Anchor, type Edit, type EditInput, addedId, anchorFor, applyEdits, splitId } from '@/lib/corrections/edits';

const seed = loadCorpus();
const x = seed[0]!;
const DOC = x.document.id;
const TEXT = x.document.text;
const words = (s: Span, text = TEXT) => text.slice(s.start, s.end);

// Peskov's statement: three sentences; its second content span is cut before "بين الرئيس".
const PESKOV = 's69-69';
const AT = TEXT.indexOf('بين الرئيس', 138);
// A statement the machine does not read: the White House sentence's "سيجري" (Biden will make a call).
const CUE = { start: TEXT.indexOf('سيجري'), end: TEXT.indexOf('سيجري') + 'سيجري'.length };
const CONTENT = [{ start: TEXT.indexOf('اتصالا هاتفيا غدا الخميس'), end: TEXT.indexOf('اتصالا هاتفيا غدا الخميس') + 'اتصالا هاتفيا غدا الخميس'.length }];
const ADD = { speaker: 'joe-biden', cue: CUE, content: CONTENT, stance: 'announce' as const };

const edit = (e: Partial<Edit> & Pick<Edit, 'op' | 'target' | 'value'>, on: Extraction = x): Edit => ({
  id: 1,
  author: 'A',
  at: '2026-01-01T00:00:00Z',
  undoneAt: null,
  anchor: anchorFor(on, e.op, e.target, e.value) as Anchor,
  ...e,
});

/** The same extraction over a text with `prefix` before it: every offset moved, the words the same. */
function shifted(src: Extraction, prefix: string): Extraction {
  const k = prefix.length;
  const y = structuredClone(src);
  const mv = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + k, end: s.end + k });
  y.document.text = prefix + y.document.text;
  y.timeExpressions = y.timeExpressions.map(mv);
  for (const s of y.statements) {
    s.speaker = mv(s.speaker);
    s.cue = mv(s.cue);
    if (s.channel) s.channel = mv(s.channel);
    s.mentions = s.mentions.map(mv);
    s.content = s.content.map(mv);
  }
  for (const ev of y.events) ev.mentions = ev.mentions.map(mv);
  for (const a of y.actors) if (a.mentions) a.mentions = a.mentions.map(mv);
  return y;
}

describe('statement.split', () => {
  it('makes two statements of one, each keeping its own exact words; the event time goes with the half that says it', async () => {
    const before = x.statements.find((s) => s.id === PESKOV)!;
    const { extraction: y, unanchored } = applyEdits(x, [edit({ op: 'statement.split', target: PESKOV, value: { at: AT } })]);
    expect(unanchored).toEqual([]);
    expect(y.statements).toHaveLength(x.statements.length + 1);
    const first = y.statements.find((s) => s.id === PESKOV)!;
    const second = y.statements.find((s) => s.id === splitId(PESKOV, AT))!;
    expect(second.id).toBe(`${PESKOV}~${AT}`);
    expect(y.statements.indexOf(second)).toBe(y.statements.indexOf(first) + 1);
    for (const k of ['speaker', 'cue', 'stance', 'saidAt', 'channel', 'eventId'] as const) expect(second[k]).toEqual(before[k]);
    expect(first.content).toEqual([before.content[0], { start: 138, end: AT - 1 }]); // the space before the cut is left out
    expect(second.content).toEqual([{ start: AT, end: 225 }, before.content[2]]);
    expect(words(first.content[1]!)).toBe('من المقرر إجراء اتصال هاتفي');
    expect(words(second.content[0]!).startsWith('بين الرئيس الروسي')).toBe(true);
    // Each keeps the sentences that hold its words.
    expect(first.mentions.map((m) => m.start)).toEqual([0, 69]);
    expect(second.mentions.map((m) => m.start)).toEqual([69, 227]);
    // "في وقت متأخر من مساء الغد" is in the second half's words: its claim on the call is the second's.
    const call = y.events.find((e) => e.id === before.eventId)!;
    expect(call.timeClaims.find((c) => c.timeExpressionId === 't343-368')!.statementId).toBe(second.id);
    expect(call.timeClaims.some((c) => c.statementId === PESKOV)).toBe(false);
    expect(ExtractionSchema.safeParse(y).success).toBe(true);
    expect(x.statements).toHaveLength(seed[0]!.statements.length); // the input is not changed
  });

  it('splits between two of its spans too (a statement the machine made of two sentences)', async () => {
    const y = applyEdits(x, [edit({ op: 'statement.split', target: PESKOV, value: { at: 279 } })]).extraction;
    expect(y.statements.find((s) => s.id === PESKOV)!.content).toEqual([{ start: 30, end: 68 }, { start: 138, end: 225 }]);
    expect(y.statements.find((s) => s.id === splitId(PESKOV, 279))!.content).toEqual([{ start: 279, end: 368 }]);
  });

  it('follows its cue when a newer text moved the words, and a later edit finds the second half by its id', async () => {
    const split = edit({ op: 'statement.split', target: PESKOV, value: { at: AT } });
    const later = edit({ id: 2, op: 'statement.stance', target: splitId(PESKOV, AT), value: 'deny', anchor: { cue: { text: 'أكد', start: 69, end: 72 } } });
    const moved = shifted(x, 'نص جديد في أول المقال.\n');
    const { extraction: y, unanchored } = applyEdits(moved, [split, later]);
    expect(unanchored).toEqual([]);
    const plain = applyEdits(x, [split]).extraction;
    const second = y.statements.find((s) => s.id === splitId(PESKOV, AT))!;
    expect(second.stance).toBe('deny');
    expect(second.content.map((c) => words(c, y.document.text))).toEqual(plain.statements.find((s) => s.id === splitId(PESKOV, AT))!.content.map((c) => words(c)));
    expect(y.statements.find((s) => s.id === PESKOV)!.content.map((c) => words(c, y.document.text))).toEqual(plain.statements.find((s) => s.id === PESKOV)!.content.map((c) => words(c)));
    // Once the split is undone, the edit on its second half finds nothing: it does not fall on the first half by the shared cue.
    const undone = applyEdits(x, [{ ...split, undoneAt: '2026-01-02T00:00:00Z' }, later]);
    expect(undone.extraction.statements.find((s) => s.id === PESKOV)!.stance).toBe('confirm');
    expect(undone.unanchored.map((u) => u.edit.id)).toEqual([2]);
  });
});

describe('statement.add', () => {
  it('adds the statement with its words, the sentence that holds them, its speaker where named, and a date bounded by publication', async () => {
    const { extraction: y, unanchored } = applyEdits(x, [edit({ op: 'statement.add', target: DOC, value: ADD })]);
    expect(unanchored).toEqual([]);
    const s = y.statements.find((z) => z.id === addedId(CUE))!;
    expect(s.id).toBe(`added~${CUE.start}-${CUE.end}`);
    expect(s.cue).toEqual({ text: 'سيجري', ...CUE });
    expect(s.content.map((c) => words(c))).toEqual(['اتصالا هاتفيا غدا الخميس']);
    expect(s.speaker.actorId).toBe('joe-biden');
    expect(words(s.speaker)).toBe('الرئيس الأمريكي جو بايدن'); // its name in the same sentence
    expect(s.mentions).toEqual([{ start: 391, end: 616 }]);
    expect(s.saidAt).toEqual({ value: '2021-12-29', interval: { start: null, end: '2021-12-29T21:00:00Z' }, bound: 'before-publication' });
    // An event of its own, as the engine makes for a statement with no event word, in the document's order.
    const ev = y.events.find((e) => e.id === s.eventId)!;
    expect(ev).toMatchObject({ type: 'statement', label: { en: 'Statement: Joe Biden' }, modality: 'reported', timeClaims: [] });
    expect(y.statements.indexOf(s)).toBe(y.statements.findIndex((z) => z.id === 's391-421') + 1);
    expect(ExtractionSchema.safeParse(y).success).toBe(true);
  });

  it('joins an event it names and keeps a given time as corrected; deleting it leaves no event of its own behind', async () => {
    const value = { ...ADD, eventId: 'e30', saidAt: { value: '2021-12-29', interval: { start: '2021-12-28T21:00:00Z', end: '2021-12-29T21:00:00Z' } } };
    const a = applyEdits(x, [edit({ op: 'statement.add', target: DOC, value })]).extraction;
    const s = a.statements.find((z) => z.id === addedId(CUE))!;
    expect(s.eventId).toBe('e30');
    expect(s.saidAt.corrected).toEqual({ author: 'A', at: '2026-01-01T00:00:00Z' });
    const b = applyEdits(x, [edit({ op: 'statement.add', target: DOC, value: ADD }), edit({ id: 2, op: 'statement.delete', target: addedId(CUE), value: null, anchor: { cue: { text: 'سيجري', ...CUE } } })]);
    expect(b.extraction.events.map((e) => e.id)).toEqual(x.events.map((e) => e.id));
  });

  it('re-anchors by its cue when a newer text moved the words; lists it for review when its words are gone or the machine now reads it', async () => {
    const add = edit({ op: 'statement.add', target: DOC, value: ADD });
    const moved = shifted(x, 'سطر جديد.\n');
    const { extraction: y, unanchored } = applyEdits(moved, [add]);
    expect(unanchored).toEqual([]);
    const s = y.statements.find((z) => z.id === addedId(CUE))!; // the same id, so later edits still find it
    expect(s.cue.start).toBe(CUE.start + 'سطر جديد.\n'.length);
    expect(s.cue.text).toBe('سيجري');
    expect(s.content.map((c) => words(c, y.document.text))).toEqual(['اتصالا هاتفيا غدا الخميس']);

    const gone = structuredClone(x);
    gone.document.text = gone.document.text.replace('اتصالا هاتفيا غدا الخميس', 'مكالمة في يوم قريب جدًا');
    const g = applyEdits(gone, [add]);
    expect(g.extraction.statements.some((z) => z.id === addedId(CUE))).toBe(false);
    expect(g.unanchored[0]!.reason).toMatch(/no longer beside its cue/);

    const found = structuredClone(x);
    found.statements.push({ ...structuredClone(x.statements[1]!), id: 's391-485', cue: { text: 'سيجري', ...CUE } });
    const f = applyEdits(found, [add]);
    expect(f.unanchored[0]!.reason).toBe('the machine now reads this statement itself ("s391-485")');
  });
});

describe('in the store', () => {
  let dir: string;
  let s: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-split-'));
    s = new SqliteStore(path.join(dir, 'db.sqlite'), { seed });
  });
  afterEach(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const refused = async (e: EditInput) => {
    try {
      await s.addEdit(DOC, e);
      return null;
    } catch (err) {
      const x = err as StoreError;
      return { status: x.status, field: x.field, message: x.message };
    }
  };

  it('splits and adds, undoes both, and keeps both across a re-extraction with a new date', async () => {
    const n = (await s.get(DOC))!.extraction.statements.length;
    const split = (await s.addEdit(DOC, { op: 'statement.split', target: PESKOV, value: { at: AT }, author: 'Lina' }));
    expect(split.anchor.cue).toEqual({ text: 'أكد', start: 69, end: 72 });
    const add = (await s.addEdit(DOC, { op: 'statement.add', target: DOC, value: ADD, author: 'Lina' }));
    expect(add.anchor).toEqual({ cue: { text: 'سيجري', ...CUE }, content: [{ text: 'اتصالا هاتفيا غدا الخميس', ...CONTENT[0]! }] });
    // The added statement is corrected like any other, by its id.
    await s.addEdit(DOC, { op: 'statement.stance', target: addedId(CUE), value: 'confirm', author: 'Lina' });
    let got = (await s.get(DOC))!.extraction;
    expect(got.statements).toHaveLength(n + 2);
    expect(got.statements.find((z) => z.id === addedId(CUE))!.stance).toBe('confirm');

    const again = (await s.update(DOC, { published: '2021-12-30' }));
    expect(again.unanchored).toEqual([]);
    expect(again.extraction.statements.find((z) => z.id === splitId(PESKOV, AT))!.content[0]!.start).toBe(AT);
    expect(again.extraction.statements.find((z) => z.id === addedId(CUE))!.saidAt.interval!.end).toBe('2021-12-30T21:00:00Z');

    await s.undo(DOC, split.id);
    got = (await s.get(DOC))!.extraction;
    expect(got.statements.some((z) => z.id === splitId(PESKOV, AT))).toBe(false);
    expect(got.statements.find((z) => z.id === PESKOV)!.content).toHaveLength(3);
    await s.undo(DOC, add.id);
    got = (await s.get(DOC))!.extraction;
    expect(got.statements).toHaveLength(n);
    // The stance edit on the added statement is listed for review, not put on another statement.
    expect((await s.get(DOC))!.unanchored.map((u) => u.edit.op)).toEqual(['statement.stance']);
  });

  it('refuses bad values with the field named', async () => {
    const split = (at: unknown) => refused({ op: 'statement.split', target: PESKOV, value: { at }, author: 'A' });
    expect(await split(368)).toMatchObject({ status: 400, field: 'value', message: expect.stringMatching(/^statement\.split: at: 368 is not strictly inside the statement's words \(characters 30–68, 138–225, 279–368\)/) });
    expect(await split(30)).toMatchObject({ status: 400, message: expect.stringContaining('at: 30') });
    expect(await split(5)).toMatchObject({ status: 400, message: expect.stringContaining('at: 5') });
    expect(await split(1.5)).toMatchObject({ status: 400, message: expect.stringMatching(/^statement\.split: at: /) });
    expect(await split('x')).toMatchObject({ status: 400, message: expect.stringContaining('at:') });
    expect(await refused({ op: 'statement.split', target: 'nope', value: { at: AT }, author: 'A' })).toMatchObject({ status: 404, field: 'target' });
    expect(await split(AT)).toBeNull();
    expect(await split(AT)).toMatchObject({ status: 400, message: expect.stringContaining(`at: ${AT} is not strictly inside the statement's words (characters 30–68, 138–165)`) }); // the first half ends before it now

    const add = (value: unknown, target = DOC) => refused({ op: 'statement.add', target, value, author: 'A' });
    expect(await add({ ...ADD, cue: { start: 10, end: 10 } })).toMatchObject({ status: 400, message: expect.stringContaining('cue.end: start must come before end') });
    expect(await add({ ...ADD, cue: { start: TEXT.length, end: TEXT.length + 3 } })).toMatchObject({ status: 400, message: expect.stringContaining(`cue: ${TEXT.length}–${TEXT.length + 3} is outside the text`) });
    expect(await add({ ...ADD, content: [{ start: 500, end: 510 }, { start: 490, end: 495 }] })).toMatchObject({ status: 400, message: expect.stringContaining('content: the spans must be in order') });
    expect(await add({ ...ADD, content: [{ start: -1, end: 5 }] })).toMatchObject({ status: 400, message: expect.stringContaining('content.0.start') });
    expect(await add({ ...ADD, speaker: 'nobody' })).toMatchObject({ status: 400, message: expect.stringContaining('speaker: no actor "nobody"') });
    expect(await add({ ...ADD, eventId: 'e-none' })).toMatchObject({ status: 400, message: expect.stringContaining('eventId: no event "e-none"') });
    expect(await add({ ...ADD, stance: 'shout' })).toMatchObject({ status: 400, message: expect.stringContaining('stance') });
    expect(await add({ ...ADD, cue: { start: 69, end: 72 } })).toMatchObject({ status: 400, message: expect.stringContaining('statement "s69-69" already has these words') });
    expect(await add(ADD, PESKOV)).toMatchObject({ status: 404, field: 'target', message: expect.stringContaining(`the target is "${DOC}"`) });
    expect(await add(ADD)).toBeNull();
    expect(await add(ADD)).toMatchObject({ status: 400, message: expect.stringContaining(`"${addedId(CUE)}" already has these words`) });
  });
});

describe('the edits route', () => {
  let dir: string;
  const env = { ...process.env };
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-route-'));
    process.env.DATELINE_DB = path.join(dir, 'db.sqlite');
    process.env.DATELINE_RATE_LIMIT = '0';
    delete process.env.DATELINE_TOKEN;
  });
  afterAll(() => {
    process.env = env;
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts a split and an addition (201) and refuses a bad offset with the field (400)', async () => {
    const { POST } = await import('@/app/api/documents/[id]/edits/route');
    const ctx = { params: Promise.resolve({ id: DOC }) };
    const post = (body: unknown) => POST(new Request(`http://test/api/documents/${DOC}/edits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), ctx);
    let r = await post({ op: 'statement.split', target: PESKOV, value: { at: AT }, author: 'Lina' });
    expect(r.status).toBe(201);
    expect(await r.json()).toMatchObject({ op: 'statement.split', value: { at: AT }, author: 'Lina' });
    r = await post({ op: 'statement.add', target: DOC, value: ADD, author: 'Lina' });
    expect(r.status).toBe(201);
    r = await post({ op: 'statement.split', target: PESKOV, value: { at: 2 }, author: 'Lina' });
    expect(r.status).toBe(400);
    expect(await r.json()).toMatchObject({ error: { code: 'bad_value', field: 'value', message: expect.stringContaining('at: 2 is not strictly inside') } });
  });
});
