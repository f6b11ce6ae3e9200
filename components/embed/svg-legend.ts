// The key to a chart image (SVG, PNG): only what the image shows — the stances and event modalities of the
// timeline's marks, the node and link kinds of the graph — each its glyph and its name, in rows that wrap,
// from the reading edge of the UI's language. Plain SVG markup, so the image file carries it.
import { path as d3path } from 'd3';
import type { EdgeKind, NodeKind } from '@/lib/graph/build';
import { GLYPH_R } from '@/lib/layout/draw';
import { NODE_STYLE, edgeStyle } from '@/lib/layout/graph-scene';
import { EVENT_INK, MODALITY_STYLE, STANCE_STYLE, glyph, modalityFill, strokedShape } from '@/lib/layout/style';
import type { Modality, Stance } from '@/lib/model/schema';
import { withoutBidiControls } from '@/lib/text/bidi';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';
import { textWidth } from '../graph/GraphSvg';

export type LegendItem = { kind: 'stance'; stance: Stance } | { kind: 'modality'; modality: Modality } | { kind: 'node'; node: NodeKind } | { kind: 'edge'; edge: EdgeKind };

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const ICON = 28;
const ROW = 20;

function icon(item: LegendItem, x: number, y: number): string {
  const p = d3path();
  switch (item.kind) {
    case 'stance': {
      const st = STANCE_STYLE[item.stance];
      glyph(p, st.shape, x + ICON / 2, y, GLYPH_R);
      const stroked = strokedShape(st.shape);
      return `<path d="${p.toString()}" fill="${stroked ? 'none' : st.color}" stroke="${stroked ? st.color : 'none'}" stroke-width="2.25"/>`;
    }
    case 'modality': {
      const m = MODALITY_STYLE[item.modality];
      return `<rect x="${x + 1}" y="${y - 5}" width="${ICON - 2}" height="10" fill="${modalityFill(item.modality, true)}" stroke="${EVENT_INK}" stroke-width="1.5"${m.dash ? ' stroke-dasharray="5 3"' : ''}/>${m.strike ? `<line x1="${x + 4}" y1="${y + 6}" x2="${x + ICON - 4}" y2="${y - 6}" stroke="${EVENT_INK}" stroke-width="1.5"/>` : ''}`;
    }
    case 'node': {
      const st = NODE_STYLE[item.node];
      glyph(p, st.shape, x + ICON / 2, y, 6);
      const stroked = strokedShape(st.shape);
      return `<path d="${p.toString()}" fill="${stroked ? '#fff' : st.color}" stroke="${stroked ? st.color : '#fff'}" stroke-width="${stroked ? 2.5 : 1}"/>`;
    }
    case 'edge': {
      const st = edgeStyle(item.edge, '');
      return `<line x1="${x + 2}" y1="${y}" x2="${x + ICON - 2}" y2="${y}" stroke="${st.color}" stroke-width="1.5"${st.dash.length ? ` stroke-dasharray="${st.dash.join(' ')}"` : ''}/>`;
    }
  }
}

function name(item: LegendItem, lang: UiLang): string {
  const t = MESSAGES[lang];
  switch (item.kind) {
    case 'stance':
      return t.stanceName[item.stance];
    case 'modality':
      return t.modalityName[item.modality];
    case 'node':
      return t.nodeKind[item.node] ?? item.node;
    case 'edge':
      return t.edgeKind[item.edge] ?? item.edge;
  }
}

/** The legend as SVG markup from `top`, `width` wide; its height, 0 when there is nothing to explain. */
export function svgLegend(items: readonly LegendItem[], lang: UiLang, width: number, top: number): { markup: string; height: number } {
  if (!items.length) return { markup: '', height: 0 };
  const rtl = lang === 'ar';
  const t = MESSAGES[lang];
  const out: string[] = [];
  const title = `${t.legend}:`;
  let row = 0;
  let used = 8 + textWidth(title) + 10;
  out.push(`<text x="${rtl ? width - 8 : 8}" y="${top + ROW / 2 + 4}" class="x-legend" direction="${rtl ? 'rtl' : 'ltr'}" text-anchor="start" font-weight="600">${xml(title)}</text>`);
  for (const item of items) {
    const label = withoutBidiControls(name(item, lang));
    const w = ICON + 4 + textWidth(label) + 14;
    if (used + w > width - 8 && used > 8) {
      row++;
      used = 8;
    }
    const y = top + row * ROW + ROW / 2;
    // From the reading edge: left to right in English, right to left in Arabic.
    const x0 = rtl ? width - used - ICON : used;
    out.push(icon(item, x0, y));
    const tx = rtl ? x0 - 4 : x0 + ICON + 4;
    out.push(`<text x="${tx}" y="${y + 4}" class="x-legend" direction="${rtl ? 'rtl' : 'ltr'}" text-anchor="start">${xml(label)}</text>`);
    used += w;
  }
  return { markup: `<g class="x-legend-block" aria-label="${xml(t.legend)}">${out.join('')}</g>`, height: (row + 1) * ROW + 4 };
}
