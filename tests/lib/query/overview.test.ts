// A corpus too large to send whole is drawn from the server's overview of a view: counts by lane and time bin
// that add up to the statements the view selects, exact marks when few enough, the actor graph folded to its
// busiest actors without losing weight, happenings ranked by their sources, and names for all of it — also for
// a database from before the names table.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { statementRows } from '@/lib/view/rows';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-overview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Constructed reports (not real articles) of two happenings told by several outlets.
const constructed = [
  { id: 'o-en-1', text: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia and the United States would hold talks in Geneva on January 10. The White House confirmed the talks on Tuesday.', published: '2022-01-04', timeZone: 'Europe/Moscow', lang: 'en' as const, publisher: 'reuters' },
  { id: 'o-ar-1', text: 'وأكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف أمس أن المحادثات مع الولايات المتحدة ستجري في جنيف يوم 10 يناير. ونفت وزارة الخارجية الروسية أن تكون موسكو تخطط لغزو أوكرانيا.', published: '2022-01-08', timeZone: 'Europe/Moscow', lang: 'ar' as const, publisher: 'sputnik-arabic' },
  { id: 'o-en-2', text: 'Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that the talks in Geneva on January 10 had been difficult. NATO Secretary-General Jens Stoltenberg said on Wednesday that the alliance was ready for dialogue.', published: '2022-01-12', timeZone: 'Europe/Brussels', lang: 'en' as const, publisher: 'ap' },
];

async function storeAt(file: string) {
  const s = new SqliteStore(file, { seed: loadCorpus() });
  for (const d of constructed) if (!(await s.get(d.id))) await s.add(d);
  return s;
}

describe('the overview of a view', () => {
  it('counts by lane and bin add up to the statements the view selects, and marks are exactly those statements', async () => {
    const s = await storeAt(path.join(dir, 'a.sqlite'));
    const list = await s.statements({ limit: 500 });
    const o = await s.overview({ bins: 40 });
    expect(o.total).toBe(list.total);
    expect(o.corpus.documents).toBe(4);
    expect(o.documents).toBe(new Set(list.statements.map((h) => h.docId)).size);
    const dated = list.statements.filter((h) => h.said.start !== null).length;
    const sideLanes = o.lanes.map((l, i) => (l.kind === 'side' ? i : -1)).filter((i) => i >= 0);
    expect(sideLanes.reduce((n, i) => n + o.bins.counts[i]!.reduce((a, b) => a + b, 0), 0)).toBe(dated);
    // Each side lane counts that side's statements.
    for (const i of sideLanes) expect(o.bins.counts[i]!.reduce((a, b) => a + b, 0)).toBe(list.statements.filter((h) => h.side === o.lanes[i]!.id && h.said.start !== null).length);
    expect(o.marks!.map((m) => m.key).sort()).toEqual(list.statements.map((h) => h.key).sort());
    // Every lane and mark's speaker has a name, in both languages.
    for (const l of o.lanes) expect(l.label.en.length * l.label.ar.length).toBeGreaterThan(0);
    for (const m of o.marks!) expect(o.names[m.speaker]?.en).toBeTruthy();
    expect(o.names['dmitry-peskov']!.en).toMatch(/Peskov/);
    // Russian from the gazetteer (the index keeps English and Arabic), so the overview reads in Russian too.
    expect(o.names['dmitry-peskov']!.ru).toBe('Дмитрий Песков');
    // The chart alone (the explorer asks for the graph and happenings apart): the same counts, nothing else.
    const chart = await s.overview({ bins: 40, parts: ['chart'] });
    expect(chart.bins).toEqual(o.bins);
    expect(chart.graph.nodes).toEqual([]);
    expect(chart.happenings).toEqual([]);
    expect(o.graph.nodes.length).toBeGreaterThan(0);
    // Over the budget: no marks, the counts still there.
    const few = await s.overview({ markBudget: 2 });
    expect(few.marks).toBeNull();
    expect(few.lanes).toEqual(o.lanes.map((l) => ({ ...l })));
    await s.close();
  });

  it('bins a window: what is said in it, by when', async () => {
    const s = await storeAt(path.join(dir, 'b.sqlite'));
    const window = { start: Date.parse('2022-01-01T00:00:00Z'), end: Date.parse('2022-01-15T00:00:00Z') };
    const o = await s.overview({ window, bins: 14 });
    expect(o.window).toEqual(window);
    expect(o.bins.width).toBe(86_400_000);
    const list = await s.statements({ window, limit: 500 });
    for (const [i, l] of o.lanes.entries()) {
      if (l.kind !== 'side') continue;
      const expected = new Array(14).fill(0);
      for (const h of list.statements) if (h.side === l.id && h.said.start !== null && h.said.start < window.end && h.said.end! >= window.start) expected[Math.floor((Math.max(h.said.start, window.start) - window.start) / 86_400_000)]++;
      expect(o.bins.counts[i], l.id).toEqual(expected);
    }
    await s.close();
  });

  it('folds the graph into its busiest actors and "others" per side, keeping the weight', async () => {
    const s = await storeAt(path.join(dir, 'c.sqlite'));
    const xs = await s.extractions();
    // Every statement links its speaker to each other actor it names (participants, channel).
    let weight = 0;
    for (const r of statementRows(xs)) {
      const names = new Set([...(r.statement.channel?.actorId ? [r.statement.channel.actorId] : []), ...(r.event?.participants ?? [])]);
      names.delete(r.statement.speaker.actorId);
      weight += names.size;
    }
    const whole = (await s.overview({ graphActors: 60 })).graph;
    expect(whole.edges.reduce((n, e) => n + e.count, 0)).toBe(weight);
    expect(whole.nodes.some((n) => n.id.startsWith('others:'))).toBe(false);
    const folded = (await s.overview({ graphActors: 2 })).graph;
    const actors = folded.nodes.filter((n) => n.id.startsWith('actor:'));
    expect(actors).toHaveLength(2);
    expect(folded.nodes.some((n) => n.id.startsWith('others:'))).toBe(true);
    expect(folded.folded).toBeGreaterThan(0);
    // Edges inside one folded node are dropped; every other statement is still counted.
    expect(folded.edges.reduce((n, e) => n + e.count, 0)).toBeLessThanOrEqual(weight);
    for (const e of folded.edges) expect(folded.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([e.source, e.target]));
    await s.close();
  });

  it('ranks happenings by the sources that report them', async () => {
    const s = await storeAt(path.join(dir, 'd.sqlite'));
    const o = await s.overview({});
    expect(o.happenings.length).toBeGreaterThan(0);
    const list = (await s.statements({ limit: 500 })).statements;
    for (const h of o.happenings) {
      const members = list.filter((x) => x.eventType === h.eventType && x.claim?.start != null && x.claim.end! - x.claim.start <= 86_400_000 && Math.floor((x.claim.start + x.claim.end!) / 2 / 86_400_000) === h.day);
      expect(h.claims).toBe(members.length);
      expect(h.docs).toEqual([...new Set(members.map((m) => m.docId))].sort());
      expect(h.sources).toBe(h.docs.length);
    }
    const ranks = o.happenings.map((h) => h.sources);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // The Geneva talks of 10 January are told by three outlets.
    const geneva = o.happenings.find((h) => new Date(h.day * 86_400_000).toISOString().startsWith('2022-01-10'));
    expect(geneva?.sources).toBeGreaterThanOrEqual(2);
    await s.close();
  });

  it('keeps the whole corpus\'s overview for the corpus as it is, and computes it again once it changes', async () => {
    const file = path.join(dir, 'f.sqlite');
    const s = await storeAt(file);
    const first = await s.overview({});
    expect(s.db.prepare("SELECT COUNT(*) AS n FROM view_cache WHERE key LIKE 'overview:%'").get()).toEqual({ n: 1 });
    // Another connection (a restarted server) reads it as kept, with the same answer.
    const again = new SqliteStore(file);
    expect(await again.overview({ bins: 80 })).toEqual(first);
    // A filtered view is not kept.
    await again.overview({ stances: ['deny'] });
    expect(again.db.prepare("SELECT COUNT(*) AS n FROM view_cache WHERE key LIKE 'overview:%'").get()).toEqual({ n: 1 });
    // A new document, a correction and its undo each make the kept answer stale.
    await again.add({ id: 'o-en-3', text: 'Kremlin spokesman Dmitry Peskov denied on Friday that Russia planned to attack Ukraine.', published: '2022-01-14', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' });
    const added = await s.overview({});
    expect(added.corpus.documents).toBe(first.corpus.documents + 1);
    const st = (await s.get('o-en-3'))!.extraction.statements[0]!;
    const edit = await s.addEdit('o-en-3', { op: 'statement.delete', target: st.id, value: null, author: 'Lina' });
    expect((await again.overview({})).total).toBe(added.total - 1);
    await again.undo('o-en-3', edit.id);
    expect((await s.overview({})).total).toBe(added.total);
    // Whole-corpus counts (a one-filter view's facets) are kept too, and follow the corpus.
    expect((s.db.prepare("SELECT COUNT(*) AS n FROM view_cache WHERE key LIKE 'sql:%'").get() as { n: number }).n).toBeGreaterThan(0);
    const before = (await s.statements({ stances: ['deny'], limit: 0 })).facets.stances.find((v) => v.value === 'confirm')?.count ?? 0;
    await again.add({ id: 'o-en-4', text: 'The White House confirmed on Monday that the talks in Geneva would go ahead.', published: '2022-01-09', timeZone: 'America/New_York', lang: 'en', publisher: 'reuters' });
    const after = (await s.statements({ stances: ['deny'], limit: 0 })).facets.stances.find((v) => v.value === 'confirm')?.count ?? 0;
    expect(after).toBe(before + 1);
    await again.close();
    await s.close();
  });

  it('names actors in a database from before the names table', async () => {
    const file = path.join(dir, 'e.sqlite');
    const s = await storeAt(file);
    s.db.exec('DROP TABLE actor_name');
    s.db.pragma('user_version = 4');
    await s.close();
    const again = new SqliteStore(file);
    const o = await again.overview({});
    expect(o.names['dmitry-peskov']!.en).toMatch(/Peskov/);
    await again.close();
  });
});
