// The seed as an actor graph (issue 4's first part): the nodes and edges the issue lists.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/graph/build';
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
    expect(g.nodes.find((n) => n.id === call)?.label.en).toBe('Phone call');
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
