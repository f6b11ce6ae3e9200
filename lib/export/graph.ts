// The actor graph as GEXF 1.3 (Gephi; edges carry their time span, so Gephi's timeline can play it), as
// GraphML (yEd, Cytoscape, NetworkX, igraph) and as JSON (the Graph itself, with its positions when laid
// out). Every string goes through xml(): no user text becomes markup.
import type { Graph } from '../graph/build';

/** Characters XML 1.0 forbids: controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Markup already made (React's, for an SVG) without a character XML forbids: a file any parser reads. */
export const stripInvalidXml = (markup: string): string => markup.replace(NOT_XML, '');

/** Text for an XML attribute or element: markup characters escaped, characters XML 1.0 forbids dropped. */
export function xml(s: string): string {
  return s
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

const NODE_ATTRS = [
  ['kind', 'string'],
  ['label_ar', 'string'],
  ['label_ru', 'string'],
  ['event_type', 'string'],
  ['modality', 'string'],
  ['document', 'string'],
  ['published', 'string'],
  ['title', 'string'],
] as const;
const EDGE_ATTRS = [
  ['kind', 'string'],
  ['relation', 'string'],
  ['count', 'integer'],
  ['statements', 'string'],
] as const;

function nodeValues(n: Graph['nodes'][number]): [string, string][] {
  const v: [string, string | undefined][] = [
    ['kind', n.kind],
    ['label_ar', n.label.ar],
    ['label_ru', n.label.ru],
    ['event_type', n.eventType],
    ['modality', n.modality],
    ['document', n.documentId],
    ['published', n.published],
    ['title', n.title],
  ];
  return v.filter((p): p is [string, string] => p[1] !== undefined);
}

function edgeValues(e: Graph['edges'][number]): [string, string][] {
  return [
    ['kind', e.kind],
    ['relation', e.label],
    ['count', String(e.count)],
    ['statements', e.statements.join(' ')],
  ];
}

export function toGEXF(g: Graph, description = 'Dateline actor graph'): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Dateline</creator><description>${xml(description)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="datetime">',
    '    <attributes class="node">',
    ...NODE_ATTRS.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_ATTRS.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of g.nodes) {
    out.push(`      <node id="${xml(n.id)}" label="${xml(n.label.en)}"><attvalues>`);
    for (const [k, v] of nodeValues(n)) out.push(`        <attvalue for="${k}" value="${xml(v)}"/>`);
    out.push('      </attvalues></node>');
  }
  out.push('    </nodes>', '    <edges>');
  for (const e of g.edges) {
    // A statement's time span becomes the edge's interval: Gephi shows the edge while it was being said.
    const span = e.from !== undefined && e.to !== undefined ? ` start="${iso(e.from)}" end="${iso(e.to)}"` : '';
    out.push(`      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.count}" label="${xml(e.label)}"${span}><attvalues>`);
    for (const [k, v] of edgeValues(e)) out.push(`        <attvalue for="${k}" value="${xml(v)}"/>`);
    out.push('      </attvalues></edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}

export function toGraphML(g: Graph): string {
  const key = (scope: 'node' | 'edge', id: string, type: string) =>
    `  <key id="${scope}_${id}" for="${scope}" attr.name="${id}" attr.type="${type === 'integer' ? 'int' : 'string'}"/>`;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    key('node', 'label', 'string'),
    ...NODE_ATTRS.map(([id, type]) => key('node', id, type)),
    key('edge', 'weight', 'integer'),
    key('edge', 'start', 'string'),
    key('edge', 'end', 'string'),
    ...EDGE_ATTRS.map(([id, type]) => key('edge', id, type)),
    '  <graph edgedefault="directed">',
  ];
  for (const n of g.nodes) {
    out.push(`    <node id="${xml(n.id)}">`, `      <data key="node_label">${xml(n.label.en)}</data>`);
    for (const [k, v] of nodeValues(n)) out.push(`      <data key="node_${k}">${xml(v)}</data>`);
    out.push('    </node>');
  }
  for (const e of g.edges) {
    out.push(`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">`, `      <data key="edge_weight">${e.count}</data>`);
    if (e.from !== undefined && e.to !== undefined) out.push(`      <data key="edge_start">${iso(e.from)}</data>`, `      <data key="edge_end">${iso(e.to)}</data>`);
    for (const [k, v] of edgeValues(e)) out.push(`      <data key="edge_${k}">${xml(v)}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** The graph as JSON: nodes (with x, y when given) and edges with ISO dates, for scripts and d3 notebooks. */
export function toGraphJSON(g: Graph, positions?: ReadonlyMap<string, { x: number; y: number }>): string {
  return JSON.stringify(
    {
      format: 'dateline-graph',
      version: 1,
      nodes: g.nodes.map((n) => {
        const p = positions?.get(n.id);
        return p ? { ...n, x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 } : n;
      }),
      edges: g.edges.map(({ from, to, ...e }) => ({ ...e, ...(from !== undefined ? { from: iso(from) } : {}), ...(to !== undefined ? { to: iso(to) } : {}) })),
    },
    null,
    2,
  );
}
