// The dense layer on canvas. One projection per frame, then level of detail that keeps what the eye can
// see: in each lane row, touching bands of one style merge into one rectangle, and a glyph closer than
// DEDUPE_PX to the previous glyph drawn in its row is skipped (it would be covered). Paths are batched per
// style; labels are placed greedily so they never overlap. The SVG layer uses the same projection and labels.
import { MODALITY_CODES, STANCE_CODES } from './corpus-scene';
import type { Geometry, TimeWindow } from './geometry';
import { MIN_BAND } from './geometry';
import { type FrameKernel, SPRITE_ROOM, frameKernel, imageRoom, withEmphasis } from './kernel';
import { type Projection, project } from './project';
import { F_OPEN_START, F_OWN_LINK, F_UNDATED, MARK_EVENT, MAX_ROWS, type Scene } from './scene';
import { EVENT_INK, LINK_INK, MODALITY_STYLE, PAPER, STANCE_STYLE, glyph, modalityFill, strokedShape } from './style';

export const GLYPH_R = 5;
export const LABEL_FONT_PX = 11;
/** Average advance of an 11 px label; measuring 50,000 strings per frame would cost more than drawing them. */
const CHAR_W = 6.2;
/** Draw every link when this few marks are visible, else only the selected and hovered ones. */
export const LINK_ALL_BELOW = 400;
/** A glyph this close to the previous one drawn in its row would mostly hide under it: one per 8 px is
 *  what a 10 px glyph can show. Zooming in spreads marks apart and every one is drawn again. */
export const DEDUPE_PX = 8;
/** Above this many marks in view, labels are left out: each would name one of dozens of marks under it,
 *  and shaping hundreds of Arabic strings costs a frame (measured: ~20 ms at 3,500 marks). They come back
 *  as the view zooms in. */
export const LABEL_MAX_MARKS = 2000;
/** Haloes double the text drawing; they matter where links cross a few labels, not in a crowd of them. */
const HALO_MAX_LABELS = 150;

export interface Label {
  k: number;
  x: number;
  y: number;
  align: 'left' | 'right';
}

/** Labels that fit: after the glyph (before it at the plot's far end), never over the previous label in its row. */
export function placeLabels(s: Scene, g: Geometry, p: Projection): Label[] {
  const edge = new Float64Array(s.lanes.length * MAX_ROWS).fill(g.timeRtl ? Infinity : -Infinity);
  const after = g.timeRtl ? -1 : 1;
  const out: Label[] = [];
  for (let i = 0; i < p.count; i++) {
    const k = p.idx[i]!;
    if (s.flags[k]! & F_UNDATED) continue;
    const lane = s.lane[k]!;
    const slot = g.laneRowOwner[lane]! * MAX_ROWS + (g.laneCollapsed[lane] ? 0 : s.row[k]!);
    // After the band's far end (not over it); cheap rejection first: in a dense row most marks start
    // before the previous label ends.
    const open = (s.flags[k]! & F_OPEN_START) !== 0;
    const end = open ? p.x[i]! : after > 0 ? p.x1[i]! : p.x0[i]!;
    const gx = Math.max(g.plotX0, Math.min(g.plotX1, end));
    const x = gx + after * (GLYPH_R + 4);
    if (after * (x - edge[slot]!) < 0) continue;
    const w = s.label[k]!.length * CHAR_W;
    const far = x + after * w;
    if (far >= g.plotX0 && far <= g.plotX1) {
      edge[slot] = far + after * 8;
      out.push({ k, x, y: p.y[i]!, align: after > 0 ? 'left' : 'right' });
      continue;
    }
    // Before the band's near end (an open start's tail included), so the label never sits on its own mark.
    const near = Math.max(g.plotX0, Math.min(g.plotX1, after > 0 ? p.x0[i]! : p.x1[i]!));
    const back = near - after * (GLYPH_R + 4);
    const backFar = back - after * w;
    if (backFar < g.plotX0 || backFar > g.plotX1 || after * (backFar - edge[slot]!) < 0) continue;
    edge[slot] = gx + after * (GLYPH_R + 8);
    out.push({ k, x: back, y: p.y[i]!, align: after > 0 ? 'right' : 'left' });
  }
  return out;
}

export interface DrawState {
  selected: number;
  hovered: number;
  /** Marks to dim (0) or keep (1) when a selection narrows the view; null keeps all. */
  emphasis: Uint8Array | null;
  font: string;
  /** Device pixel ratio the context is scaled by (sprites are drawn at it). */
  dpr?: number;
  /** A blank offscreen canvas of the given device-pixel size, for glyph sprites (kept DOM-free here). */
  makeCanvas?: (w: number, h: number) => HTMLCanvasElement | OffscreenCanvas;
  /**
   * A second canvas stacked over the first, same size and transform. Given, glyphs are composited into its
   * pixels in one pass and handed over with one putImageData (then strikes, labels and the gutter go on top
   * of them), and the first canvas keeps only links and bands. Thousands of sprite blits are thousands of
   * paint operations for the browser to replay at commit (measured: 6–19 ms a frame at 2,600 glyphs in
   * software rendering); one image is one.
   */
  over?: CanvasRenderingContext2D;
}

type Sprite = HTMLCanvasElement | OffscreenCanvas | ImageBitmap;
const SPRITE_PAD = 2;
interface SpriteSet {
  images: Sprite[];
  /** Each sprite's pixels (RGBA, not premultiplied, `side`² of them), when the canvas lets them be read. */
  pixels: (Uint8ClampedArray | null)[];
  side: number;
}
const sprites = new Map<string, SpriteSet>();
const NO_SPRITES: SpriteSet = { images: [], pixels: [], side: 0 };

/**
 * One small bitmap per glyph style (8 stances, 4 event modalities), drawn once with the same path code as the
 * SVG: blitting thousands of them costs far less per frame than building and anti-aliasing thousands of paths.
 */
function spriteSet(make: NonNullable<DrawState['makeCanvas']>, dpr: number): SpriteSet {
  const key = String(dpr);
  const hit = sprites.get(key);
  if (hit) return hit;
  const size = (GLYPH_R + SPRITE_PAD) * 2;
  const c = (GLYPH_R + SPRITE_PAD) * dpr;
  const side = Math.ceil(size * dpr);
  const set: SpriteSet = { images: [], pixels: [], side };
  for (let i = 0; i < STANCE_CODES.length + MODALITY_CODES.length; i++) {
    const canvas = make(side, side);
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
    if (!ctx) return NO_SPRITES;
    const q = new Path2D();
    if (i < STANCE_CODES.length) {
      const st = STANCE_STYLE[STANCE_CODES[i]!];
      glyph(q, st.shape, c, c, GLYPH_R * dpr);
      if (strokedShape(st.shape)) {
        ctx.strokeStyle = st.color;
        ctx.lineWidth = 2.25 * dpr;
        ctx.stroke(q);
      } else {
        ctx.fillStyle = st.color;
        ctx.fill(q);
      }
    } else {
      glyph(q, 'diamond', c, c, GLYPH_R * dpr);
      ctx.fillStyle = modalityFill(MODALITY_CODES[i - STANCE_CODES.length]!, false);
      ctx.fill(q);
      ctx.strokeStyle = EVENT_INK;
      ctx.lineWidth = 1.5 * dpr;
      ctx.stroke(q);
    }
    let pixels: Uint8ClampedArray | null = null;
    try {
      pixels = typeof ctx.getImageData === 'function' ? ctx.getImageData(0, 0, side, side).data : null;
    } catch {
      pixels = null; // a canvas that cannot be read back: glyphs are blitted one by one instead
    }
    set.pixels.push(pixels);
    // An ImageBitmap is an immutable snapshot: drawing it does not re-snapshot a canvas on every call.
    set.images.push('transferToImageBitmap' in canvas ? canvas.transferToImageBitmap() : canvas);
  }
  sprites.set(key, set);
  return set;
}

interface FrameBuffers {
  lastGlyph: Float64Array;
  runOn: Uint8Array;
  runX0: Float64Array;
  runX1: Float64Array;
  runY: Float64Array;
  glyphs: Float32Array;
}
const frames = new WeakMap<Scene, FrameBuffers>();

/** Scratch arrays for one scene, reused by every frame: a zoom gesture allocates nothing per frame. */
function frameBuffers(s: Scene): FrameBuffers {
  let b = frames.get(s);
  if (!b) {
    const slots = s.lanes.length * MAX_ROWS;
    const runs = slots * 64;
    b = { lastGlyph: new Float64Array(slots), runOn: new Uint8Array(runs), runX0: new Float64Array(runs), runX1: new Float64Array(runs), runY: new Float64Array(runs), glyphs: new Float32Array(s.n * 4) };
    frames.set(s, b);
  }
  return b;
}

// Path keys: kind (band, tail, event band, glyph, event glyph) × style × faint.
type Kind = 'b' | 't' | 'e' | 'g' | 'd';

/** Draws the marks layer (the context is already scaled for the device pixel ratio and cleared); says whether the frame's loops ran in the WebAssembly kernel ('wasm') or in JavaScript. */
export function drawScene(under: CanvasRenderingContext2D, s: Scene, g: Geometry, v: TimeWindow, st: DrawState): 'wasm' | 'js' {
  let ctx = under;
  // Room for the glyph image is made before projecting: growing the kernel's memory would detach the views.
  if (st.over) {
    const K0 = frameKernel(s);
    if (K0) imageRoom(K0, st.over.canvas.width * st.over.canvas.height * 4);
  }
  const p = project(s, g, v);
  const K = p.kernel ? frameKernel(s) : null;
  // Links may run between the gutter and the plot; marks are clipped to their own area, so a band that
  // starts before the window never spills into the undated gutter.
  const clip = (x0: number, x1: number) => {
    ctx.save();
    ctx.beginPath();
    ctx.rect(x0, g.axisH, x1 - x0, g.height - g.axisH);
    ctx.clip();
  };
  clip(Math.min(g.gutterX0, g.plotX0) - 2, Math.max(g.gutterX1, g.plotX1) + 2);
  drawLinks(ctx, s, p, st);
  ctx.restore();
  clip(g.plotX0 - 6, g.plotX1 + 6);

  const paths = new Map<string, Path2D>();
  const gutterPaths = new Map<string, Path2D>();
  let undated = false;
  const path = (kind: Kind, style: number, faint: boolean) => {
    const key = `${kind}${style}${faint ? 'f' : ''}`;
    const m = undated ? gutterPaths : paths;
    let q = m.get(key);
    if (!q) m.set(key, (q = new Path2D()));
    return q;
  };
  /** A glyph as a path (no sprites, or in the gutter): a statement's stance shape, an event's diamond. */
  const pathGlyph = (event: boolean, style: number, faint: boolean, x: number, y: number) =>
    glyph(path(event ? 'd' : 'g', style, faint), event ? 'diamond' : STANCE_STYLE[STANCE_CODES[style]!].shape, x, y, GLYPH_R);
  const slots = s.lanes.length * MAX_ROWS;
  // Open band run per (slot, kind, style, faint), merged while bands touch: typed arrays, no objects per mark.
  // Run key = ((slot · 16 + (event ? 8 : 0) + style) · 2 + open) · 2 + faint.
  const nRuns = slots * 64;
  const flush = (r: number, x0: number, x1: number, y: number) => {
    const faint = (r & 1) === 1;
    const open = (r & 2) === 2;
    const styleBits = (r >> 2) & 15;
    const event = styleBits >= 8;
    const kind: Kind = open ? 't' : event ? 'e' : 'b';
    const h = kind === 'e' ? g.rowH * 0.64 : kind === 't' ? 1.5 : g.rowH * 0.4;
    path(kind, event && open ? -1 : styleBits & 7, faint).rect(x0, y - h / 2, x1 - x0, h);
  };
  const dim = st.emphasis;
  const sprite = st.makeCanvas ? spriteSet(st.makeCanvas, st.dpr ?? 1) : NO_SPRITES;
  const set = sprite.images;
  let ng = 0;
  let glyphs: Float32Array;
  let strikes: Float64Array | null = null;
  if (K) {
    // The same loop in WebAssembly: it hands back, in order, the runs to flush and the glyphs that become paths.
    const { at } = K;
    const no = K.k.marks(p.count, at.idx, at.x, at.y, at.x0, at.x1, at.lane, at.row, at.flags, at.kind, at.style, at.laneRowOwner, at.laneCollapsed, withEmphasis(K, dim), st.selected, set.length ? 1 : 0, STANCE_CODES.length, STRIKE_MASK, GLYPH_R, slots, at.lastGlyph, at.runOn, at.runX0, at.runX1, at.runY, at.ops, at.glyphs, at.strikes, at.out);
    const ops = K.f64(at.ops, no * 4);
    for (let i = 0; i < ops.length; i += 4) {
      const code = ops[i]!;
      if (code >= 0) {
        undated = false;
        flush(code, ops[i + 1]!, ops[i + 2]!, ops[i + 3]!);
        continue;
      }
      const c = -1 - code;
      undated = (c & 64) !== 0;
      pathGlyph((c & 32) !== 0, (c >> 1) & 15, (c & 1) === 1, ops[i + 1]!, ops[i + 2]!);
    }
    const counts = K.i32(at.out, 2);
    ng = counts[0]! * 4;
    glyphs = K.f32(at.glyphs, ng);
    strikes = K.f64(at.strikes, counts[1]! * 3);
  } else {
    const { lastGlyph, runOn, runX0, runX1, runY, glyphs: buffer } = frameBuffers(s);
    glyphs = buffer;
    lastGlyph.fill(NaN);
    runOn.fill(0);
    for (let i = 0; i < p.count; i++) {
      const k = p.idx[i]!;
      const x = p.x[i]!;
      const y = p.y[i]!;
      const x0 = p.x0[i]!;
      const x1 = p.x1[i]!;
      const lane = s.lane[k]!;
      const slot = g.laneRowOwner[lane]! * MAX_ROWS + (g.laneCollapsed[lane] ? 0 : s.row[k]!);
      const faint = dim !== null && !dim[k];
      const flags = s.flags[k]!;
      const event = s.kind[k] === MARK_EVENT;
      const style = s.style[k]!;
      const open = (flags & F_OPEN_START) !== 0;
      undated = (flags & F_UNDATED) !== 0;
      const banded = !undated && (open || x1 - x0 >= MIN_BAND);
      if (banded) {
        const r = (((slot * 16 + (event ? 8 : 0) + style) * 2 + (open ? 1 : 0)) * 2) + (faint ? 1 : 0);
        if (runOn[r] && x0 <= runX1[r]! + 1 && x1 >= runX0[r]! - 1) {
          if (x0 < runX0[r]!) runX0[r] = x0;
          if (x1 > runX1[r]!) runX1[r] = x1;
        } else {
          if (runOn[r]) flush(r, runX0[r]!, runX1[r]!, runY[r]!);
          runOn[r] = 1;
          runX0[r] = x0;
          runX1[r] = x1;
          runY[r] = y;
        }
      }
      if (event && banded && !open) continue;
      if (Math.abs(x - lastGlyph[slot]!) < DEDUPE_PX && k !== st.selected) continue;
      lastGlyph[slot] = x;
      if (set.length && !undated) {
        glyphs[ng++] = x;
        glyphs[ng++] = y;
        glyphs[ng++] = event ? STANCE_CODES.length + style : style;
        glyphs[ng++] = faint ? 1 : 0;
        continue;
      }
      pathGlyph(event, style, faint, x, y);
    }
    // Runs still open at the end are plot marks, whatever the last mark was.
    undated = false;
    for (let r = 0; r < nRuns; r++) if (runOn[r]) flush(r, runX0[r]!, runX1[r]!, runY[r]!);
  }

  for (const [key, q] of paths) paint(ctx, key, q);
  const half = GLYPH_R + SPRITE_PAD;
  const dpr = st.dpr ?? 1;
  const over = st.over && sprite.pixels.every((x) => x !== null) ? st.over : null;
  if (over) {
    // Everything from here on goes over the glyphs, on the upper canvas, under the same clip.
    ctx.restore();
    const m = over.getTransform();
    const plot = { x0: m.a * (g.plotX0 - 6) + m.e, x1: m.a * (g.plotX1 + 6) + m.e };
    const fits = (STANCE_CODES.length + MODALITY_CODES.length) * sprite.side * sprite.side * 4 <= SPRITE_ROOM;
    over.putImageData(K && fits ? compositeInKernel(K, over, sprite, glyphs, ng, m, plot, half) : compositeGlyphs(over, sprite, glyphs, ng, m, plot, half), 0, 0);
    ctx = over;
    clip(g.plotX0 - 6, g.plotX1 + 6);
  } else {
    // Sprites at whole device pixels: an unscaled, unfiltered blit.
    for (let i = 0; i < ng; i += 4) {
      ctx.globalAlpha = glyphs[i + 3] ? 0.15 : 1;
      const sx = Math.round((glyphs[i]! - half) * dpr) / dpr;
      const sy = Math.round((glyphs[i + 1]! - half) * dpr) / dpr;
      ctx.drawImage(set[glyphs[i + 2]!]!, sx, sy, half * 2, half * 2);
    }
  }
  ctx.globalAlpha = 1;
  drawStrikes(ctx, s, p, strikes);

  ctx.font = st.font;
  ctx.fillStyle = '#24292f';
  ctx.textBaseline = 'middle';
  // A halo of paper under each label keeps it readable where a link or a tail passes behind it.
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = 3;
  ctx.lineJoin = 'round';
  const labels = p.count <= LABEL_MAX_MARKS ? placeLabels(s, g, p) : [];
  const halo = labels.length <= HALO_MAX_LABELS;
  for (const l of labels) {
    ctx.globalAlpha = dim && !dim[l.k] ? 0.3 : 1;
    ctx.textAlign = l.align;
    if (halo) ctx.strokeText(s.label[l.k]!, l.x, l.y);
    ctx.fillText(s.label[l.k]!, l.x, l.y);
  }
  ctx.restore();
  for (const [key, q] of gutterPaths) paint(ctx, key, q);
  ctx.globalAlpha = 1;
  return K ? 'wasm' : 'js';
}

const images = new WeakMap<CanvasRenderingContext2D, ImageData>();

/** Modalities drawn struck through, as bits for the kernel. */
const STRIKE_MASK = MODALITY_CODES.reduce((m, c, i) => (MODALITY_STYLE[c].strike ? m | (1 << i) : m), 0);

/** compositeGlyphs() in the kernel: the pixels are made in its memory and handed over as they are. */
function compositeInKernel(K: FrameKernel, over: CanvasRenderingContext2D, sprite: SpriteSet, glyphs: Float32Array, ng: number, m: DOMMatrix, plot: { x0: number; x1: number }, half: number): ImageData {
  const W = over.canvas.width;
  const H = over.canvas.height;
  const side = sprite.side;
  const { at } = K;
  if (at.spritesOf !== sprite) {
    sprite.pixels.forEach((px, i) => px && K.u8(at.sprites + i * side * side * 4, side * side * 4).set(px));
    at.spritesOf = sprite;
  }
  const image = imageRoom(K, W * H * 4);
  K.k.composite(image, W, H, at.sprites, side, at.glyphs, ng / 4, m.a, m.e, m.d, m.f, Math.max(0, Math.floor(plot.x0)), Math.min(W, Math.ceil(plot.x1)), half);
  const data = new Uint8ClampedArray(K.k.memory.buffer, image, W * H * 4);
  if (typeof ImageData === 'function') return new ImageData(data, W, H);
  const img = over.createImageData(W, H); // a context without ImageData (tests): a copy
  img.data.set(data);
  return img;
}

/**
 * The glyphs of one frame composited into the upper canvas's pixels ("source over", in device pixels, the
 * sprites' own anti-aliasing kept), clipped to the plot's columns. One ImageData per canvas, reused.
 */
function compositeGlyphs(over: CanvasRenderingContext2D, sprite: SpriteSet, glyphs: Float32Array, ng: number, m: DOMMatrix, plot: { x0: number; x1: number }, half: number): ImageData {
  const W = over.canvas.width;
  const H = over.canvas.height;
  let img = images.get(over);
  if (!img || img.width !== W || img.height !== H) {
    img = over.createImageData(W, H);
    images.set(over, img);
  }
  const dst = img.data;
  new Uint32Array(dst.buffer, dst.byteOffset, W * H).fill(0);
  const side = sprite.side;
  const cx0 = Math.max(0, Math.floor(plot.x0));
  const cx1 = Math.min(W, Math.ceil(plot.x1));
  for (let i = 0; i < ng; i += 4) {
    const src = sprite.pixels[glyphs[i + 2]!]!;
    const alpha = glyphs[i + 3] ? 0.15 : 1;
    // Whole device pixels, as the blit path rounds them.
    const ox = Math.round(m.a * (glyphs[i]! - half) + m.e);
    const oy = Math.round(m.d * (glyphs[i + 1]! - half) + m.f);
    const x0 = Math.max(cx0, ox);
    const x1 = Math.min(cx1, ox + side);
    const y0 = Math.max(0, oy);
    const y1 = Math.min(H, oy + side);
    for (let y = y0; y < y1; y++) {
      let si = ((y - oy) * side + (x0 - ox)) * 4;
      let di = (y * W + x0) * 4;
      for (let x = x0; x < x1; x++, si += 4, di += 4) {
        const sa = src[si + 3]! * alpha;
        if (sa === 0) continue;
        const da = dst[di + 3]!;
        if (da === 0 || sa >= 255) {
          dst[di] = src[si]!;
          dst[di + 1] = src[si + 1]!;
          dst[di + 2] = src[si + 2]!;
          dst[di + 3] = sa;
          continue;
        }
        // Straight (not premultiplied) alpha, as ImageData holds it.
        const keep = (da * (255 - sa)) / 255;
        const oa = sa + keep;
        dst[di] = (src[si]! * sa + dst[di]! * keep) / oa;
        dst[di + 1] = (src[si + 1]! * sa + dst[di + 1]! * keep) / oa;
        dst[di + 2] = (src[si + 2]! * sa + dst[di + 2]! * keep) / oa;
        dst[di + 3] = oa;
      }
    }
  }
  return img;
}

function paint(ctx: CanvasRenderingContext2D, key: string, q: Path2D) {
  const kind = key[0] as Kind;
  const faint = key.endsWith('f');
  const style = Number.parseInt(key.slice(1), 10);
  ctx.globalAlpha = faint ? 0.15 : 1;
  if (kind === 'e' || kind === 'd') {
    const m = MODALITY_STYLE[MODALITY_CODES[style]!];
    ctx.fillStyle = modalityFill(MODALITY_CODES[style]!, kind === 'e');
    ctx.fill(q);
    if (m.fill !== 'solid' || kind === 'd') {
      ctx.strokeStyle = EVENT_INK;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(m.dash && kind === 'e' ? [5, 3] : []);
      ctx.stroke(q);
      ctx.setLineDash([]);
    }
    return;
  }
  const color = style < 0 ? EVENT_INK : STANCE_STYLE[STANCE_CODES[style]!].color;
  if (kind === 'b' || kind === 't') {
    ctx.fillStyle = color;
    ctx.globalAlpha *= kind === 't' ? 0.9 : 0.28;
    ctx.fill(q);
    return;
  }
  const shape = STANCE_STYLE[STANCE_CODES[style]!].shape;
  if (strokedShape(shape)) {
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.25;
    ctx.stroke(q);
  } else {
    ctx.fillStyle = color;
    ctx.fill(q);
  }
}

function drawLinks(ctx: CanvasRenderingContext2D, s: Scene, p: Projection, st: DrawState) {
  const dated = p.count - (s.n - s.dated);
  const all = dated < LINK_ALL_BELOW;
  const from = all ? Array.from(p.idx.subarray(0, p.count)) : [st.selected, st.hovered].filter((k) => k >= 0);
  if (!from.length) return;
  // Position in the projection of each mark a link touches (a scan, not a map over every mark).
  const wanted = new Set(from.flatMap((k) => [k, s.link[k]!]));
  const at = new Map<number, number>();
  for (let i = 0; i < p.count && at.size < wanted.size; i++) if (wanted.has(p.idx[i]!)) at.set(p.idx[i]!, i);
  ctx.lineWidth = 1.25;
  ctx.strokeStyle = LINK_INK;
  for (const own of [true, false]) {
    ctx.setLineDash(own ? [] : [4, 3]);
    ctx.beginPath();
    for (const k of from) {
      const t = s.link[k]!;
      const a = at.get(k);
      const b = at.get(t);
      if (t < 0 || a === undefined || b === undefined || ((s.flags[k]! & F_OWN_LINK) !== 0) !== own) continue;
      const my = (p.y[a]! + p.y[b]!) / 2;
      ctx.moveTo(p.x[a]!, p.y[a]!);
      ctx.bezierCurveTo(p.x[a]!, my, p.x[b]!, my, p.x[b]!, p.y[b]!);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** Denied events get a line through their band or glyph (listed by the kernel when it drew the frame). */
function drawStrikes(ctx: CanvasRenderingContext2D, s: Scene, p: Projection, listed: Float64Array | null) {
  ctx.strokeStyle = EVENT_INK;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (listed) {
    for (let i = 0; i < listed.length; i += 3) {
      ctx.moveTo(listed[i]! - listed[i + 2]!, listed[i + 1]! + GLYPH_R);
      ctx.lineTo(listed[i]! + listed[i + 2]!, listed[i + 1]! - GLYPH_R);
    }
    ctx.stroke();
    return;
  }
  for (let i = 0; i < p.count; i++) {
    const k = p.idx[i]!;
    if (s.kind[k] !== MARK_EVENT || !MODALITY_STYLE[MODALITY_CODES[s.style[k]!]!].strike) continue;
    const half = Math.max(GLYPH_R, (p.x1[i]! - p.x0[i]!) / 2);
    ctx.moveTo(p.x[i]! - half, p.y[i]! + GLYPH_R);
    ctx.lineTo(p.x[i]! + half, p.y[i]! - GLYPH_R);
  }
  ctx.stroke();
}
