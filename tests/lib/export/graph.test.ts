// GEXF and GraphML of the seed's actor graph, read back by maintained parsers (graphology's), with every
// node, edge and attribute intact; hostile labels stay text.
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toGEXF, toGraphJSON, toGraphML, xml } from '@/lib/export/graph';
import { buildGraph, type Graph } from '@/lib/graph/build';
import { loadCorpus } from '@/lib/server/corpus';

const g = buildGraph(loadCorpus());

function hostile(graph: Graph): Graph {
  const copy = structuredClone(graph);
  copy.nodes[0]!.label = { en: '<script>alert("x")</script> & co', ar: 'نص <b>عربي</b>\u0001' };
  return copy;
}

describe('GEXF', () => {
  it('is read back by graphology-gexf with every node, edge and attribute', () => {
    const back = parseGEXF(MultiDirectedGraph, toGEXF(g));
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    for (const n of g.nodes) {
      const a = back.getNodeAttributes(n.id);
      expect(a.label).toBe(n.label.en);
      expect(a.kind).toBe(n.kind);
      expect(a.label_ar).toBe(n.label.ar);
      if (n.eventType) expect(a.event_type).toBe(n.eventType);
      if (n.published) expect(a.published).toBe(n.published);
      if (n.title) expect(a.title).toBe(n.title);
    }
    for (const e of g.edges) {
      const a = back.getEdgeAttributes(e.id);
      expect(back.source(e.id)).toBe(e.source);
      expect(back.target(e.id)).toBe(e.target);
      expect([a.kind, a.relation, a.count, a.weight]).toEqual([e.kind, e.label, e.count, e.count]);
      expect(a.statements).toBe(e.statements.join(' '));
    }
  });

  it('gives statement edges their time interval (dynamic mode), as Gephi reads it', () => {
    const doc = new DOMParser().parseFromString(toGEXF(g), 'text/xml');
    const graphEl = doc.getElementsByTagName('graph')[0]!;
    expect(graphEl.getAttribute('mode')).toBe('dynamic');
    const peskov = [...Array.from(doc.getElementsByTagName('edge'))].find((e) => e.getAttribute('source') === 'actor:dmitry-peskov' && e.getAttribute('label') === 'confirm')!;
    expect([peskov.getAttribute('start'), peskov.getAttribute('end')]).toEqual(['2021-12-29T15:00:00Z', '2021-12-29T21:00:00Z']);
  });

  it('keeps hostile labels as text and drops characters XML cannot hold', () => {
    const h = hostile(g);
    const text = toGEXF(h);
    expect(text).not.toContain('<script>');
    const back = parseGEXF(MultiDirectedGraph, text);
    expect(back.getNodeAttribute(h.nodes[0]!.id, 'label')).toBe('<script>alert("x")</script> & co');
    expect(back.getNodeAttribute(h.nodes[0]!.id, 'label_ar')).toBe('نص <b>عربي</b>');
    expect(xml('a\u0000b\uFFFEc')).toBe('abc');
  });
});

describe('GraphML', () => {
  it('is read back by graphology-graphml with every node, edge and attribute', () => {
    const back = parseGraphML(MultiDirectedGraph, toGraphML(g));
    expect(back.order).toBe(g.nodes.length);
    expect(back.size).toBe(g.edges.length);
    for (const n of g.nodes) expect(back.getNodeAttributes(n.id)).toMatchObject({ label: n.label.en, kind: n.kind, label_ar: n.label.ar });
    for (const e of g.edges) {
      const a = back.getEdgeAttributes(e.id);
      expect([back.source(e.id), back.target(e.id), a.kind, a.relation, a.count, a.weight]).toEqual([e.source, e.target, e.kind, e.label, e.count, e.count]);
      if (e.from !== undefined) expect(Date.parse(a.start as string)).toBe(e.from);
    }
  });

  it('keeps hostile labels as text', () => {
    const h = hostile(g);
    const back = parseGraphML(MultiDirectedGraph, toGraphML(h));
    expect(back.getNodeAttribute(h.nodes[0]!.id, 'label')).toBe('<script>alert("x")</script> & co');
  });
});

describe('JSON', () => {
  it('keeps every node and edge, with ISO dates and the positions it is given', () => {
    const back = JSON.parse(toGraphJSON(g, new Map([['actor:dmitry-peskov', { x: 12.345, y: -3 }]])));
    expect(back.format).toBe('dateline-graph');
    expect(back.nodes).toHaveLength(g.nodes.length);
    expect(back.edges.map((e: { id: string }) => e.id)).toEqual(g.edges.map((e) => e.id));
    expect(back.nodes.find((n: { id: string }) => n.id === 'actor:dmitry-peskov')).toMatchObject({ x: 12.3, y: -3, kind: 'person' });
    const channel = back.edges.find((e: { kind: string; source: string }) => e.kind === 'channel' && e.source === 'actor:dmitry-peskov');
    expect(channel.from).toBe('2021-12-29T15:00:00Z');
  });
});
