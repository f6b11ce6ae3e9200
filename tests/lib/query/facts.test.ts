// A large corpus's views are answered from its facts held in memory as columns (lib/query/facts): they must
// give exactly what the index gives — the same statements in the same order, the same counts, days, chart,
// marks, graph and happenings — for filters, searches, windows and their mixes, and follow the corpus as it
// changes (a load the corpus changed under is not used).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FactsCache, statementsFromFacts } from '@/lib/query/facts';
import { overview } from '@/lib/query/overview';
import { type StatementQuery, queryStatements } from '@/lib/query/query';
import { SqliteStore } from '@/lib/storage/sqlite';
import { generateCorpus } from '@/scripts/corpus-grammar';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-facts-'));
let store: SqliteStore;
beforeAll(async () => {
  store = new SqliteStore(path.join(dir, 'f.sqlite'));
  // A varied generated corpus (the bench's grammar): many speakers, outlets, days, both languages.
  for (const d of generateCorpus(240, 11)) await store.add(d);
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Views a user makes: each filter alone and mixed, searches, windows, both sorts, pages. */
function views(): StatementQuery[] {
  const all = queryStatements(store.db, { limit: 0 });
  const day = all.days[Math.floor(all.days.length / 2)]!.day * 86_400_000;
  const f = all.facets;
  const first = (k: keyof typeof f, i = 0) => [f[k][i]!.value];
  return [
    {},
    { stances: first('stances') },
    { stances: [...first('stances'), ...first('stances', 1)], sort: '-said' },
    { actors: first('actors') },
    { actors: first('actors', 3), sides: first('sides') },
    { sides: first('sides', 1), offset: 20, limit: 30 },
    { eventTypes: first('eventTypes'), sort: '-said', offset: 5 },
    { channels: first('channels') },
    { docs: [...first('docs'), ...first('docs', 2)] },
    { q: 'talks' },
    { q: 'محادثات' },
    { q: 'said talks', stances: first('stances') },
    { q: 'nothing-like-this-anywhere' },
    { window: { start: day, end: day + 7 * 86_400_000 } },
    { window: { start: day, end: day + 30 * 86_400_000 }, actors: first('actors'), sort: '-said' },
    { stances: ['no-such-stance'] },
    { stances: first('stances'), counts: false, limit: 10 },
  ];
}

describe('facts in memory', () => {
  it('answer every view as the index does: statements, order, counts and days', () => {
    const facts = new FactsCache(store.db, 0).now()!;
    expect(facts.size).toBe(queryStatements(store.db, { limit: 0 }).total);
    for (const v of views()) expect({ v, a: statementsFromFacts(store.db, facts, v) }).toEqual({ v, a: queryStatements(store.db, v) });
    // A term shorter than three letters is looked for in the words, which the facts do not hold: the index answers.
    expect(statementsFromFacts(store.db, facts, { q: 'ab' })).toBeNull();
  });

  it('draw every view’s overview as the index does: chart, marks, facets, graph and happenings', () => {
    const facts = new FactsCache(store.db, 0).now()!;
    for (const v of views()) {
      for (const markBudget of [0, 5000]) {
        const q = { ...v, markBudget, bins: 60 };
        const a = overview(store.db, q, undefined, facts);
        const b = overview(store.db, q);
        // A pair's side is its speaker's in any of its statements (the index's GROUP BY takes one): compare
        // the graph by what it draws.
        expect({ v, a: { ...a, graph: null } }).toEqual({ v, a: { ...b, graph: null } });
        expect(a.graph.nodes).toEqual(b.graph.nodes);
        expect(a.graph.edges.map((e) => [e.id, e.count, e.from, e.to])).toEqual(b.graph.edges.map((e) => [e.id, e.count, e.from, e.to]));
        expect(a.graph.folded).toBe(b.graph.folded);
      }
    }
    expect(views().some((v) => overview(store.db, { ...v, markBudget: 5000 }, undefined, facts).marks?.length)).toBe(true);
    expect(overview(store.db, {}, undefined, facts).happenings.length).toBeGreaterThan(0);
  });

  it('are loaded between requests, answer only the generation they were loaded for, and skip a small corpus', async () => {
    const cache = new FactsCache(store.db, 0);
    expect(cache.current()).toBeNull();
    const facts = await cache.settled();
    expect(facts).not.toBeNull();
    expect(cache.current()).toBe(facts);
    // A write (a new document) makes them stale: the index answers until they are loaded again, with it.
    const before = facts!.size;
    await store.add({ id: 'facts-new', text: 'Kremlin spokesman Dmitry Peskov said on Monday that talks with the United States would take place in Geneva.', published: '2022-01-04', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' });
    expect(cache.current()).toBeNull();
    const again = await cache.settled();
    expect(again!.size).toBeGreaterThan(before);
    expect(statementsFromFacts(store.db, again!, { docs: ['facts-new'] })!.total).toBeGreaterThan(0);
    // A load the corpus changes under is dropped, not used.
    const racing = new FactsCache(store.db, 0);
    racing.current();
    await store.remove('facts-new');
    expect(await racing.settled()).toBeNull();
    expect(new FactsCache(store.db, 10 ** 9).now()).toBeNull();
  });
});
