// The server's answers to a view (lib/query) give what the explorer computes in the browser: the same
// statements for the same filters and search (Arabic matched loosely, terms inside words), facet counts
// among what the other filters select, a time window, a ranked search; and they follow the corpus as it
// changes — a correction, its undo, a deletion, and a database from before the index.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { type RowFilter, filterRows, statementRows } from '@/lib/view/rows';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-query-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Constructed reports (not real articles), in both languages, about calls and talks on several days.
const constructed = [
  { id: 'q-en-1', text: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia and the United States would hold talks in Geneva on January 10. The White House confirmed the talks on Tuesday.', published: '2022-01-04', timeZone: 'Europe/Moscow', lang: 'en' as const, publisher: 'reuters' },
  { id: 'q-ar-1', text: 'وأكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف أمس أن المحادثات مع الولايات المتحدة ستجري في جنيف يوم الاثنين. ونفت وزارة الخارجية الروسية أن تكون موسكو تخطط لغزو أوكرانيا.', published: '2022-01-08', timeZone: 'Europe/Moscow', lang: 'ar' as const, publisher: 'sputnik-arabic' },
  { id: 'q-en-2', text: 'Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks in Geneva had been difficult. NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance was ready for dialogue.', published: '2022-01-12', timeZone: 'Europe/Brussels', lang: 'en' as const, publisher: 'ap' },
];

async function storeWith(file: string) {
  const s = new SqliteStore(file, { seed: loadCorpus() });
  for (const d of constructed) if (!(await s.get(d.id))) await s.add(d);
  return s;
}
const keysOf = (xs: Extraction[], f: Partial<RowFilter>) =>
  filterRows(statementRows(xs), xs, { docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '', ...f }).map((r) => r.key).sort();

describe('statements a view selects', () => {
  it('are the ones the explorer selects, for filters and loose Arabic search', async () => {
    const s = await storeWith(path.join(dir, 'a.sqlite'));
    const xs = await s.extractions();
    const cases: Partial<RowFilter>[] = [
      {},
      { stances: ['confirm'] },
      { stances: ['confirm', 'deny'] },
      { actors: ['dmitry-peskov'] },
      { actors: ['russia'] }, // as speaker, channel or participant
      { sides: ['russia'] },
      { eventTypes: ['negotiation'] },
      { docs: ['q-en-1', 'q-ar-1'] },
      { q: 'أكد' }, // finds وأكد and اكد
      { q: 'اكد' },
      { q: 'geneva talks' },
      { q: 'بيسكوف جنيف' },
      { q: 'us' }, // a short term
      { stances: ['deny'], q: 'غزو' },
    ];
    for (const f of cases) {
      const got = await s.statements({ ...f, limit: 500 });
      expect(got.statements.map((h) => h.key).sort(), JSON.stringify(f)).toEqual(keysOf(xs, f));
      expect(got.total).toBe(keysOf(xs, f).length);
    }
    await s.close();
  });

  it('counts each filter’s values among what the other filters select', async () => {
    const s = await storeWith(path.join(dir, 'b.sqlite'));
    const xs = await s.extractions();
    const f = { stances: ['confirm'] };
    const got = await s.statements({ ...f, limit: 0 });
    // Stances are counted without the stance filter; actors with it.
    const allStances = new Map<string, number>();
    for (const k of keysOf(xs, {})) {
      const [doc, id] = [k.slice(0, k.lastIndexOf('/')), k.slice(k.lastIndexOf('/') + 1)];
      const st = xs.find((x) => x.document.id === doc)!.statements.find((x) => x.id === id)!;
      allStances.set(st.stance, (allStances.get(st.stance) ?? 0) + 1);
    }
    expect(Object.fromEntries(got.facets.stances.map((v) => [v.value, v.count]))).toEqual(Object.fromEntries(allStances));
    const peskov = got.facets.actors.find((a) => a.value === 'dmitry-peskov')?.count ?? 0;
    expect(peskov).toBe(keysOf(xs, { ...f, actors: ['dmitry-peskov'] }).length);
    expect(got.statements).toHaveLength(0);
    await s.close();
  });

  it('selects by time window, pages in order of when they were said, and counts them by day', async () => {
    const s = await storeWith(path.join(dir, 'c.sqlite'));
    const all = await s.statements({ limit: 500 });
    const said = all.statements.map((h) => h.said.start).filter((t): t is number => t !== null);
    expect(said).toEqual([...said].sort((a, b) => a - b));
    expect(all.statements.at(-1)!.said.start === null || said.length === all.statements.length).toBe(true);
    const week = { start: Date.parse('2022-01-09T00:00:00Z'), end: Date.parse('2022-01-16T00:00:00Z') };
    const inWeek = await s.statements({ window: week, limit: 500 });
    expect(inWeek.total).toBeGreaterThan(0);
    expect(inWeek.total).toBeLessThan(all.total);
    for (const h of inWeek.statements) {
      const saidIn = h.said.start !== null && h.said.start < week.end && (h.said.end ?? h.said.start) >= week.start;
      const claimIn = h.claim !== null && h.claim.start !== null && h.claim.start < week.end && (h.claim.end ?? h.claim.start) >= week.start;
      expect(saidIn || claimIn).toBe(true);
    }
    // Exactly those: every statement said, or giving its event a time, in the window, for windows of an hour
    // to years.
    const overlaps = (i: { start: number | null; end: number | null } | null, w: { start: number; end: number }) => i !== null && i.start !== null && i.end !== null && i.start < w.end && i.end >= w.start;
    for (const w of [week, { start: Date.parse('2021-12-29T18:00:00Z'), end: Date.parse('2021-12-29T19:00:00Z') }, { start: Date.parse('1990-01-01'), end: Date.parse('2030-01-01') }, { start: Date.parse('2021-12-17'), end: Date.parse('2021-12-18') }]) {
      const expected = all.statements.filter((h) => overlaps(h.said, w) || overlaps(h.claim, w)).map((h) => h.key).sort();
      expect((await s.statements({ window: w, limit: 500 })).statements.map((h) => h.key).sort(), JSON.stringify(w)).toEqual(expected);
    }
    const page2 = await s.statements({ limit: 2, offset: 2 });
    expect(page2.statements.map((h) => h.key)).toEqual(all.statements.slice(2, 4).map((h) => h.key));
    expect(all.days.reduce((n, d) => n + d.count, 0)).toBe(said.length);
    await s.close();
  });
});

describe('the index follows the corpus', () => {
  it('through a correction, its undo and a deletion', async () => {
    const s = await storeWith(path.join(dir, 'd.sqlite'));
    const x = (await s.get('q-en-1'))!.extraction;
    const st = x.statements.find((v) => v.speaker.actorId === 'dmitry-peskov')!;
    const before = (await s.statements({ stances: ['deny'], limit: 500 })).statements.map((h) => h.key);
    expect(before).not.toContain(`q-en-1/${st.id}`);
    const edit = await s.addEdit('q-en-1', { op: 'statement.stance', target: st.id, value: 'deny', author: 'Lina' });
    expect((await s.statements({ stances: ['deny'], limit: 500 })).statements.map((h) => h.key)).toContain(`q-en-1/${st.id}`);
    await s.undo('q-en-1', edit.id);
    expect((await s.statements({ stances: ['deny'], limit: 500 })).statements.map((h) => h.key)).toEqual(before);
    expect((await s.search('Geneva')).documents.map((d) => d.id)).toContain('q-en-1');
    await s.remove('q-en-1');
    expect((await s.statements({ docs: ['q-en-1'] })).total).toBe(0);
    expect((await s.search('Geneva')).documents.map((d) => d.id)).not.toContain('q-en-1');
    expect((await s.search('Geneva')).statements.map((h) => h.docId)).not.toContain('q-en-1');
    await s.close();
  });

  it('answers what another connection (the ingest CLI, a second server) has just written, not remembered counts', async () => {
    const file = path.join(dir, 'g.sqlite');
    const a = await storeWith(file);
    const before = await a.statements({ stances: ['deny'], limit: 0 });
    const b = new SqliteStore(file);
    await b.add({ id: 'q-ar-2', text: 'ونفى المتحدث باسم الكرملين دميتري بيسكوف اليوم أن تكون روسيا تعد لهجوم.', published: '2022-01-20', timeZone: 'Europe/Moscow', lang: 'ar' });
    await b.close();
    const after = await a.statements({ stances: ['deny'], limit: 0 });
    expect(after.total).toBe(before.total + 1);
    expect(after.facets.docs.map((d) => d.value)).toContain('q-ar-2');
    await a.close();
  });

  it('is built when a database from before it is opened', async () => {
    const file = path.join(dir, 'e.sqlite');
    const s = await storeWith(file);
    const expected = (await s.statements({ limit: 500 })).total;
    // As a database of the previous version: no index tables.
    s.db.exec('DROP TABLE stmt_fts; DROP TABLE doc_fts; DROP TABLE stmt_actor; DROP TABLE stmt_rt; DROP TRIGGER IF EXISTS doc_fts_del; DROP TABLE stmt; DROP INDEX documents_seq;');
    s.db.pragma('user_version = 2');
    await s.close();
    const again = new SqliteStore(file);
    expect((await again.statements({ limit: 500 })).total).toBe(expected);
    expect((await again.search('بيسكوف')).statements.length).toBeGreaterThan(0);
    await again.close();
  });
});

describe('search', () => {
  it('ranks statements and documents holding every word, Arabic matched loosely', async () => {
    const s = await storeWith(path.join(dir, 'f.sqlite'));
    const hits = await s.search('اكد بيسكوف');
    expect(hits.statements.length).toBeGreaterThan(0);
    for (const h of hits.statements) expect(h.speaker).toBe('dmitry-peskov');
    expect(hits.documents.map((d) => d.id)).toContain('q-ar-1');
    const ranks = hits.statements.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect((await s.search('zz')).statements).toEqual([]); // under three letters: nothing to match on
    // Control characters (a NUL would end FTS5's query string) match nothing, and are no error.
    expect(await s.search('\u0000\u0000\u0000')).toEqual({ statements: [], documents: [] });
    expect(await s.search('بيسكوف \u0001abc')).toEqual({ statements: [], documents: [] });
    expect((await s.statements({ q: '\u0000\u0001abc' })).total).toBe(0);
    expect((await s.statements({ q: 'a\u0000' })).total).toBe(0);
    await s.close();
  });
});
