// The seed as an actor graph (issue 4's first part): the nodes and edges the issue lists.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/graph/build';
import { extract } from '@/lib/extract';
import { activeIn, actorProfile, adjacency, edgesOfStatement, statementsOf } from '@/lib/graph/query';
import { loadCorpus } from '@/lib/server/corpus';

const xs = loadCorpus();
const doc = xs[0]!.document.id;
const g = buildGraph(xs);
const edge = (kind: string, source: string, target: string, label?: string) =>
  g.edges.find((e) => e.kind === kind && e.source === source && e.target === target && (label === undefined || e.label === label));
const call = `event:${doc}/e30`;

describe('graph of the seed', () => {
  it('has actors of every kind the seed names and the events they speak of', () => {
    const kinds = Object.fromEntries(g.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toMatchObject({ 'actor:dmitry-peskov': 'person', 'actor:us-white-house': 'institution', 'actor:russia': 'state', 'actor:nato': 'alliance', 'actor:cnn': 'media', [call]: 'event' });
    expect(g.nodes.find((n) => n.id === call)?.label.en).toBe('Phone call: Biden–Putin, 30 Dec');
    expect(g.nodes.some((n) => n.eventType === 'draft-agreement')).toBe(true);
  });

  it('statement edges carry the stance: Peskov and the White House confirm the call, CNN reports it, Zakharova denies', () => {
    expect(edge('statement', 'actor:dmitry-peskov', call, 'confirm')?.statements).toEqual([`${doc}/s69-69`]);
    expect(edge('statement', 'actor:us-white-house', call, 'confirm')?.count).toBe(1);
    expect(edge('statement', 'actor:cnn', call, 'report')).toBeDefined();
    expect(g.edges.some((e) => e.kind === 'statement' && e.source === 'actor:maria-zakharova' && e.label === 'deny')).toBe(true);
    expect(g.edges.some((e) => e.kind === 'statement' && e.source === 'actor:russia-mfa' && e.label === 'publish')).toBe(true);
  });

  it('participation: Putin and Biden take part in the call', () => {
    expect(edge('participation', 'actor:vladimir-putin', call)).toBeDefined();
    expect(edge('participation', 'actor:joe-biden', call)).toBeDefined();
  });

  it('affiliation up the chain: Peskov speaks for the presidency, which is part of Russia; Zakharova for the MFA', () => {
    expect(edge('affiliation', 'actor:dmitry-peskov', 'actor:russia-presidential-office', 'speaksFor')).toBeDefined();
    expect(edge('affiliation', 'actor:russia-presidential-office', 'actor:russia', 'partOf')).toBeDefined();
    expect(edge('affiliation', 'actor:maria-zakharova', 'actor:russia-mfa', 'speaksFor')).toBeDefined();
    expect(edge('affiliation', 'actor:us-white-house', 'actor:united-states', 'partOf')).toBeDefined();
    expect(g.edges.some((e) => e.label === 'memberOf')).toBe(false);
  });

  it('channel: Peskov through Sputnik, Zakharova through BelRos, with when it was said', () => {
    const sputnik = edge('channel', 'actor:dmitry-peskov', 'actor:sputnik');
    expect(sputnik?.statements).toEqual([`${doc}/s69-69`]);
    expect(new Date(sputnik!.from!).toISOString()).toBe('2021-12-29T15:00:00.000Z');
    expect(edge('channel', 'actor:maria-zakharova', 'actor:belros')).toBeDefined();
  });

  it('repeated statements fold into one edge with a count, and the graph is the same every time', () => {
    const copy = structuredClone(xs[0]!);
    copy.statements = [...copy.statements, { ...copy.statements[0]!, id: 's-again' }];
    const twice = buildGraph([copy]);
    const folded = twice.edges.find((e) => e.kind === 'statement' && e.source === 'actor:dmitry-peskov' && e.label === 'confirm')!;
    expect(folded.count).toBe(2);
    expect(twice.edges.filter((e) => e.kind === 'statement' && e.source === 'actor:dmitry-peskov')).toHaveLength(1);
    expect(buildGraph(xs)).toEqual(g);
    for (const e of g.edges) {
      expect(g.nodes.some((n) => n.id === e.source)).toBe(true);
      expect(g.nodes.some((n) => n.id === e.target)).toBe(true);
    }
  });
});

describe('documents and reporting', () => {
  it('the article is a node, published by Sputnik Arabic, reporting the call with the three statements about it', () => {
    const article = g.nodes.find((n) => n.id === `doc:${doc}`)!;
    expect(article).toMatchObject({ kind: 'document', published: '2021-12-29', label: { en: 'Sputnik Arabic, 2021-12-29' } });
    expect(article.title).toBe(xs[0]!.document.title);
    expect(edge('reporting', 'actor:sputnik-arabic', `doc:${doc}`, 'publishes')?.count).toBe(xs[0]!.statements.length);
    expect(edge('reporting', `doc:${doc}`, call, 'reports')?.statements).toEqual([`${doc}/s69-69`, `${doc}/s391-421`, `${doc}/s828-866`]);
  });

  it('keeps only the statements a filter keeps, and the events they speak of', () => {
    const only = buildGraph(xs, { keep: (k) => k === `${doc}/s1324-1333` });
    expect(only.edges.filter((e) => e.kind === 'statement').map((e) => e.source)).toEqual(['actor:maria-zakharova']);
    expect(only.nodes.filter((n) => n.kind === 'event').map((n) => n.label.en)).toEqual(['Denial: Maria Zakharova']);
    expect(only.nodes.some((n) => n.id === call)).toBe(false);
    expect(buildGraph(xs, { keep: () => false }).nodes).toEqual([]);
  });
});

describe('queries', () => {
  it('a node or an edge selects the statements behind it', () => {
    expect(statementsOf(g, 'actor:dmitry-peskov')).toEqual([`${doc}/s69-69`]);
    expect(statementsOf(g, call)).toEqual([`${doc}/s391-421`, `${doc}/s69-69`, `${doc}/s828-866`]);
    const peskovConfirms = edge('statement', 'actor:dmitry-peskov', call, 'confirm')!;
    expect(statementsOf(g, peskovConfirms.id)).toEqual([`${doc}/s69-69`]);
    expect(statementsOf(g, 'actor:russia-presidential-office')).toEqual([]); // speaks only through Peskov
    expect(statementsOf(g, null)).toEqual([]);
  });

  it('a statement lights its edges and their ends', () => {
    const lit = edgesOfStatement(g, `${doc}/s69-69`);
    expect([...lit.nodes].sort()).toEqual(['actor:dmitry-peskov', 'actor:sputnik', 'actor:sputnik-arabic', call, `doc:${doc}`].sort());
    expect(lit.edges.has(edge('channel', 'actor:dmitry-peskov', 'actor:sputnik')!.id)).toBe(true);
  });

  it('a time window keeps the edges said in it, the participations of events spoken of, and affiliations of what is left', () => {
    const all = activeIn(g, null);
    expect(all.edges.size).toBe(g.edges.length);
    // 28–29 Dec: Zakharova "yesterday" (28th) is in; so is Peskov (29th).
    const w = activeIn(g, { start: Date.UTC(2021, 11, 28), end: Date.UTC(2021, 11, 30) });
    expect(w.edges.has(edge('statement', 'actor:maria-zakharova', `event:${doc}/e1394`, 'deny')!.id)).toBe(true);
    expect(w.edges.has(edge('participation', 'actor:vladimir-putin', call)!.id)).toBe(true);
    expect(w.edges.has(edge('affiliation', 'actor:dmitry-peskov', 'actor:russia-presidential-office', 'speaksFor')!.id)).toBe(true);
    // A window in 2020 holds no statement: only undated edges remain (none of Peskov's).
    const before = activeIn(g, { start: Date.UTC(2020, 0, 1), end: Date.UTC(2020, 1, 1) });
    expect(before.nodes.has('actor:dmitry-peskov')).toBe(false);
    expect(before.edges.has(edge('participation', 'actor:vladimir-putin', call)!.id)).toBe(false);
  });

  it('adjacency lists both directions, and a profile says what Peskov said, for whom, and where he is reported', () => {
    const adj = adjacency(g).get('actor:dmitry-peskov')!;
    expect(adj.map((a) => `${a.dir} ${a.edge.kind} ${a.node.id}`)).toEqual([
      'out affiliation actor:russia-presidential-office',
      'out channel actor:sputnik',
      `out statement ${call}`,
    ]);
    const p = actorProfile(g, xs, 'actor:dmitry-peskov');
    expect(p.actor?.names.en[0]).toBe('Dmitry Peskov');
    expect(p.said).toEqual([{ key: `${doc}/s69-69`, stance: 'confirm', event: call, saidAt: Date.parse('2021-12-29T15:00:00Z'), when: expect.objectContaining({ published: '2021-12-29' }) }]);
    expect(p.speaksFor.map((n) => n.id)).toEqual(['actor:russia-presidential-office']);
    expect(p.reportedIn.map((d) => d.publisher)).toEqual(['sputnik-arabic']);
    expect(p.byStance).toEqual({ confirm: 1 });
    expect(p.degree).toBe(3);
    expect(actorProfile(g, xs, 'actor:russia-presidential-office').spokenForBy.map((n) => n.id)).toEqual(['actor:dmitry-peskov']);
  });
});

describe('event nodes', () => {
  it('are named by their kind, who takes part and their day, so two of a kind can be told apart', () => {
    const x = extract({ id: 'two-talks', text: 'The Kremlin said on Wednesday that Russia and Ukraine held talks in Istanbul on Tuesday. The Kremlin said on Friday that Russia and Turkey held talks in Antalya on Thursday.', published: '2022-03-30', timeZone: 'Europe/Istanbul', lang: 'en' });
    const labels = buildGraph([x]).nodes.filter((n) => n.kind === 'event').map((n) => n.label.en);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.some((l) => /Ukraine/.test(l))).toBe(true);
  });
});
