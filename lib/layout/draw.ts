// The dense layer on canvas: marks of the visible window batched into one path per style, links, then labels
// placed greedily so they never overlap. The SVG renderer places the same labels with the same function.
import { MODALITY_CODES, STANCE_CODES } from './corpus-scene';
import { type Geometry, type MarkBox, MIN_BAND, type TimeWindow, markBox, visibleRange } from './geometry';
import { F_OWN_LINK, MARK_EVENT, MAX_ROWS, type Scene } from './scene';
import { EVENT_INK, LINK_INK, MODALITY_STYLE, STANCE_STYLE, glyph, strokedShape } from './style';

export const GLYPH_R = 5;
export const LABEL_FONT_PX = 11;
/** Average advance of an 11 px label; measuring 50,000 strings per frame would cost more than drawing them. */
const CHAR_W = 6.2;
/** Draw every link when this few statements are visible, else only the selected and hovered ones. */
export const LINK_ALL_BELOW = 400;

export interface Label {
  k: number;
  x: number;
  y: number;
  align: 'left' | 'right';
}

/** Labels that fit: each one after its glyph, skipped when it would overlap the previous label in its row. */
export function placeLabels(s: Scene, g: Geometry, v: TimeWindow, indices: Iterable<number>): Label[] {
  const edge = new Float64Array(s.lanes.length * MAX_ROWS).fill(g.timeRtl ? Infinity : -Infinity);
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  const out: Label[] = [];
  for (const k of indices) {
    markBox(s, g, v, k, box);
    if (box.undated) continue;
    const lane = s.lane[k]!;
    const slot = lane * MAX_ROWS + (g.laneCollapsed[lane] ? 0 : s.row[k]!);
    const w = s.label[k]!.length * CHAR_W;
    // After the glyph in reading order of time; before it when that runs off the plot's far end.
    const after = g.timeRtl ? -1 : 1;
    const gx = Math.max(g.plotX0, Math.min(g.plotX1, box.x));
    const x = gx + after * (GLYPH_R + 4);
    const far = x + after * w;
    if (far >= g.plotX0 && far <= g.plotX1) {
      if (after * (x - edge[slot]!) < 0) continue;
      edge[slot] = far + after * 8;
      out.push({ k, x, y: box.y, align: after > 0 ? 'left' : 'right' });
      continue;
    }
    const back = gx - after * (Math.max(box.x1 - box.x0, 0) / 2 + GLYPH_R + 4);
    const backFar = back - after * w;
    if (backFar < g.plotX0 || backFar > g.plotX1 || after * (backFar - edge[slot]!) < 0) continue;
    edge[slot] = gx + after * 8;
    out.push({ k, x: back, y: box.y, align: after > 0 ? 'right' : 'left' });
  }
  return out;
}

/** The indices to draw: visible dated marks in time order, then every undated one. */
export function* drawOrder(s: Scene, g: Geometry, v: TimeWindow): Generator<number> {
  const [i0, i1] = visibleRange(s, g, v);
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  for (let k = i0; k < i1; k++) {
    markBox(s, g, v, k, box);
    if (box.x1 >= g.plotX0 - GLYPH_R && box.x0 <= g.plotX1 + GLYPH_R) yield k;
  }
  for (let k = s.dated; k < s.n; k++) yield k;
}

export interface DrawState {
  selected: number;
  hovered: number;
  /** Marks to dim (0) or keep (1) when a selection narrows the view; null keeps all. */
  emphasis: Uint8Array | null;
  font: string;
}

/** Draws the marks layer. The context is already scaled for the device pixel ratio and cleared. */
export function drawScene(ctx: CanvasRenderingContext2D, s: Scene, g: Geometry, v: TimeWindow, st: DrawState): void {
  const order = [...drawOrder(s, g, v)];
  const box: MarkBox = { x: 0, y: 0, x0: 0, x1: 0, open: false, undated: false };
  ctx.save();
  ctx.beginPath();
  ctx.rect(Math.min(g.gutterX0, g.plotX0) - 2, g.axisH, Math.max(g.gutterX1, g.plotX1) - Math.min(g.gutterX0, g.plotX0) + 4, g.height - g.axisH);
  ctx.clip();

  // Links first, under the marks.
  const links = order.length - (s.n - s.dated) < LINK_ALL_BELOW ? order : [st.selected, st.hovered].filter((k) => k >= 0);
  const to: MarkBox = { ...box };
  ctx.lineWidth = 1.25;
  ctx.strokeStyle = LINK_INK;
  for (const own of [true, false]) {
    ctx.setLineDash(own ? [] : [4, 3]);
    ctx.beginPath();
    for (const k of links) {
      const t = s.link[k]!;
      if (t < 0 || ((s.flags[k]! & F_OWN_LINK) !== 0) !== own) continue;
      markBox(s, g, v, k, box);
      markBox(s, g, v, t, to);
      const my = (box.y + to.y) / 2;
      ctx.moveTo(box.x, box.y);
      ctx.bezierCurveTo(box.x, my, to.x, my, to.x, to.y);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);

  // Bands (true widths) and glyphs, one path per style.
  const bands = new Map<string, Path2D>();
  const glyphs = new Map<string, Path2D>();
  const path = (m: Map<string, Path2D>, key: string) => m.get(key) ?? m.set(key, new Path2D()).get(key)!;
  const dim = st.emphasis;
  for (const k of order) {
    markBox(s, g, v, k, box);
    const faint = dim && !dim[k] ? 'f' : '';
    const h = g.rowH;
    if (s.kind[k] === MARK_EVENT) {
      const mod = MODALITY_CODES[s.style[k]!]!;
      if (box.open) {
        path(bands, `t:event${faint}`).rect(box.x0, box.y - 0.75, box.x1 - box.x0, 1.5);
        glyph(path(glyphs, `e:${mod}${faint}`), 'diamond', box.x, box.y, GLYPH_R);
      } else if (!box.undated && box.x1 - box.x0 >= MIN_BAND) path(bands, `e:${mod}${faint}`).rect(box.x0, box.y - h * 0.32, box.x1 - box.x0, h * 0.64);
      else glyph(path(glyphs, `e:${mod}${faint}`), 'diamond', box.x, box.y, GLYPH_R);
    } else {
      const stance = STANCE_CODES[s.style[k]!]!;
      if (box.open) path(bands, `t:${stance}${faint}`).rect(box.x0, box.y - 0.75, box.x1 - box.x0, 1.5);
      else if (!box.undated && box.x1 - box.x0 >= MIN_BAND) path(bands, `s:${stance}${faint}`).rect(box.x0, box.y - h * 0.2, box.x1 - box.x0, h * 0.4);
      glyph(path(glyphs, `g:${stance}${faint}`), STANCE_STYLE[stance].shape, box.x, box.y, GLYPH_R);
    }
  }
  for (const [key, p] of bands) {
    ctx.globalAlpha = key.endsWith('f') ? 0.15 : 1;
    const [kind, name] = [key[0], key.slice(2).replace(/f$/, '')];
    if (kind === 'e') {
      const m = MODALITY_STYLE[name as keyof typeof MODALITY_STYLE];
      ctx.fillStyle = m.fill === 'solid' ? EVENT_INK : m.fill === 'light' ? '#c9d1e0' : '#ffffff';
      ctx.fill(p);
      ctx.strokeStyle = EVENT_INK;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(m.dash ? [5, 3] : []);
      ctx.stroke(p);
      ctx.setLineDash([]);
    } else {
      const color = name === 'event' ? EVENT_INK : STANCE_STYLE[name as keyof typeof STANCE_STYLE].color;
      ctx.fillStyle = color;
      ctx.globalAlpha *= kind === 't' ? 0.9 : 0.28;
      ctx.fill(p);
    }
  }
  for (const [key, p] of glyphs) {
    ctx.globalAlpha = key.endsWith('f') ? 0.15 : 1;
    const name = key.slice(2).replace(/f$/, '');
    if (key[0] === 'e') {
      const m = MODALITY_STYLE[name as keyof typeof MODALITY_STYLE];
      ctx.fillStyle = m.fill === 'solid' ? EVENT_INK : '#ffffff';
      ctx.fill(p);
      ctx.strokeStyle = EVENT_INK;
      ctx.lineWidth = 1.5;
      ctx.stroke(p);
    } else {
      const style = STANCE_STYLE[name as keyof typeof STANCE_STYLE];
      if (strokedShape(style.shape)) {
        ctx.strokeStyle = style.color;
        ctx.lineWidth = 2.25;
        ctx.stroke(p);
      } else {
        ctx.fillStyle = style.color;
        ctx.fill(p);
      }
    }
  }
  ctx.globalAlpha = 1;

  // Struck-out (denied) events get a line through their band or glyph.
  ctx.strokeStyle = EVENT_INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const k of order) {
    if (s.kind[k] !== MARK_EVENT || !MODALITY_STYLE[MODALITY_CODES[s.style[k]!]!].strike) continue;
    markBox(s, g, v, k, box);
    const half = Math.max(GLYPH_R, (box.x1 - box.x0) / 2);
    ctx.moveTo(box.x - half, box.y + GLYPH_R);
    ctx.lineTo(box.x + half, box.y - GLYPH_R);
  }
  ctx.stroke();

  ctx.font = st.font;
  ctx.fillStyle = '#24292f';
  ctx.textBaseline = 'middle';
  for (const l of placeLabels(s, g, v, order)) {
    ctx.globalAlpha = dim && !dim[l.k] ? 0.3 : 1;
    ctx.textAlign = l.align;
    ctx.fillText(s.label[l.k]!, l.x, l.y);
  }
  ctx.restore();
}
