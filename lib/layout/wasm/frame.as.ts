// AssemblyScript: the per-frame loops of the canvas timeline (lib/layout/project.ts and lib/layout/draw.ts),
// compiled to WebAssembly by `npm run build:kernel` into lib/layout/wasm/frame.wasm.ts.
//
// Why: a zoom frame over 50,000 marks runs three loops (projection, bands and glyph thinning, compositing glyph
// pixels). Optimised, they take a millisecond or two; in V8's interpreter they take tens. JavaScript code is
// interpreted again whenever V8 drops its compiled code (a memory-pressure garbage collection discards bytecode
// and optimised code alike), and a zoom that starts then drops frames. WebAssembly is compiled once, when the
// module is instantiated, and stays compiled.
//
// Every function takes byte offsets into this module's memory, laid out by lib/layout/kernel.ts, and does
// exactly what the JavaScript it stands for does (tests/lib/layout/kernel.test.ts compares the two).

const F_OPEN_START: u8 = 1;
const F_UNDATED: u8 = 4;
const MARK_EVENT: u8 = 1;
const MAX_ROWS: i32 = 3;
const MIN_BAND: f64 = 3;
const DEDUPE_PX: f64 = 8;

export function heapBase(): usize {
  return __heap_base;
}

/** project(): the dated marks [i0, i1) that touch [lo, hi], written from index c0 on; returns the new count. */
export function project(
  i0: i32, i1: i32, a: f64, b: f64, tail: f64, lo: f64, hi: f64, rowH: f64,
  start: usize, end: usize, flags: usize, lane: usize, row: usize, laneTop: usize, laneCollapsed: usize,
  idx: usize, x: usize, x0: usize, x1: usize, y: usize, c0: i32,
): i32 {
  let c = c0;
  for (let k = i0; k < i1; k++) {
    const xe = a + b * load<f64>(end + (<usize>k << 3));
    let X0: f64, X1: f64, X: f64;
    if (load<u8>(flags + <usize>k) & F_OPEN_START) {
      X = xe;
      X0 = Math.min(xe, xe + tail);
      X1 = Math.max(xe, xe + tail);
    } else {
      const xs = a + b * load<f64>(start + (<usize>k << 3));
      X0 = xs < xe ? xs : xe;
      X1 = xs < xe ? xe : xs;
      X = (xs + xe) / 2;
    }
    if (X1 < lo || X0 > hi) continue;
    const ln = <usize>load<u32>(lane + (<usize>k << 2));
    const at = <usize>c << 2;
    store<i32>(idx + at, k);
    store<f32>(x + at, <f32>X);
    store<f32>(x0 + at, <f32>X0);
    store<f32>(x1 + at, <f32>X1);
    const r: f64 = load<u8>(laneCollapsed + ln) ? 0 : <f64>load<u8>(row + <usize>k);
    store<f32>(y + at, <f32>(load<f64>(laneTop + (ln << 3)) + r * rowH + rowH / 2));
    c++;
  }
  return c;
}

/**
 * drawScene()'s loop over the projected marks: band runs merged per row and style, glyphs thinned per row.
 * Writes, in the order the JavaScript would make them,
 *   ops (f64 × 4 each): a run flushed [r, x0, x1, y] (r ≥ 0), or a glyph for a path [-1 - code, x, y, 0] with
 *     code = undated << 6 | event << 5 | style << 1 | faint (undated glyphs, and every glyph without sprites);
 *   glyphs (f32 × 4 each): [x, y, sprite, faint] for the sprites;
 *   strikes (f64 × 3 each): [x, y, half] for the events whose modality is struck through (bit set in strikeMask).
 * Returns the number of ops; the glyph and strike counts are left at out[0], out[1] (i32).
 */
export function marks(
  count: i32, idx: usize, px: usize, py: usize, px0: usize, px1: usize,
  lane: usize, row: usize, flags: usize, kind: usize, style: usize,
  laneRowOwner: usize, laneCollapsed: usize, emphasis: usize, selected: i32, sprites: i32, stances: i32,
  strikeMask: i32, glyphR: f64, slots: i32,
  lastGlyph: usize, runOn: usize, runX0: usize, runX1: usize, runY: usize,
  ops: usize, glyphs: usize, strikes: usize, out: usize,
): i32 {
  const nRuns = slots * 64;
  for (let s = 0; s < slots; s++) store<f64>(lastGlyph + (<usize>s << 3), NaN);
  memory.fill(runOn, 0, <usize>nRuns);
  let no = 0;
  let ng = 0;
  let ns = 0;
  for (let i = 0; i < count; i++) {
    const at = <usize>i << 2;
    const k = load<i32>(idx + at);
    const uk = <usize>k;
    const x: f64 = load<f32>(px + at);
    const y: f64 = load<f32>(py + at);
    const x0: f64 = load<f32>(px0 + at);
    const x1: f64 = load<f32>(px1 + at);
    const ln = <usize>load<u32>(lane + (uk << 2));
    const slot = <i32>load<u32>(laneRowOwner + (ln << 2)) * MAX_ROWS + (load<u8>(laneCollapsed + ln) ? 0 : <i32>load<u8>(row + uk));
    const faint: i32 = emphasis != 0 && load<u8>(emphasis + uk) == 0 ? 1 : 0;
    const fl = load<u8>(flags + uk);
    const event: i32 = load<u8>(kind + uk) == MARK_EVENT ? 1 : 0;
    const st = <i32>load<u8>(style + uk);
    const open = (fl & F_OPEN_START) != 0;
    const undated: i32 = (fl & F_UNDATED) != 0 ? 1 : 0;
    const banded = !undated && (open || x1 - x0 >= MIN_BAND);
    if (event && (strikeMask >> st) & 1) {
      const o = strikes + <usize>ns * 24;
      store<f64>(o, x);
      store<f64>(o + 8, y);
      store<f64>(o + 16, Math.max(glyphR, (x1 - x0) / 2));
      ns++;
    }
    if (banded) {
      const r = ((slot * 16 + (event ? 8 : 0) + st) * 2 + (open ? 1 : 0)) * 2 + faint;
      const ur = <usize>r;
      const on = load<u8>(runOn + ur);
      const rx0 = load<f64>(runX0 + (ur << 3));
      const rx1 = load<f64>(runX1 + (ur << 3));
      if (on && x0 <= rx1 + 1 && x1 >= rx0 - 1) {
        if (x0 < rx0) store<f64>(runX0 + (ur << 3), x0);
        if (x1 > rx1) store<f64>(runX1 + (ur << 3), x1);
      } else {
        if (on) {
          const o = ops + <usize>no * 32;
          store<f64>(o, <f64>r);
          store<f64>(o + 8, rx0);
          store<f64>(o + 16, rx1);
          store<f64>(o + 24, load<f64>(runY + (ur << 3)));
          no++;
        }
        store<u8>(runOn + ur, 1);
        store<f64>(runX0 + (ur << 3), x0);
        store<f64>(runX1 + (ur << 3), x1);
        store<f64>(runY + (ur << 3), y);
      }
    }
    if (event && banded && !open) continue;
    const lg = lastGlyph + (<usize>slot << 3);
    if (Math.abs(x - load<f64>(lg)) < DEDUPE_PX && k != selected) continue;
    store<f64>(lg, x);
    if (sprites && !undated) {
      const o = glyphs + <usize>ng * 16;
      store<f32>(o, <f32>x);
      store<f32>(o + 4, <f32>y);
      store<f32>(o + 8, <f32>(event ? stances + st : st));
      store<f32>(o + 12, <f32>faint);
      ng++;
      continue;
    }
    const o = ops + <usize>no * 32;
    store<f64>(o, <f64>(-1 - ((undated << 6) | (event << 5) | (st << 1) | faint)));
    store<f64>(o + 8, x);
    store<f64>(o + 16, y);
    store<f64>(o + 24, 0);
    no++;
  }
  for (let r = 0; r < nRuns; r++) {
    const ur = <usize>r;
    if (!load<u8>(runOn + ur)) continue;
    const o = ops + <usize>no * 32;
    store<f64>(o, <f64>r);
    store<f64>(o + 8, load<f64>(runX0 + (ur << 3)));
    store<f64>(o + 16, load<f64>(runX1 + (ur << 3)));
    store<f64>(o + 24, load<f64>(runY + (ur << 3)));
    no++;
  }
  store<i32>(out, ng);
  store<i32>(out + 4, ns);
  return no;
}

/** Uint8ClampedArray's conversion: round half to even, then clamp. */
// @ts-ignore: decorator
@inline function clamp8(v: f64): u8 {
  const r = nearest<f64>(v);
  return r <= 0 ? 0 : r >= 255 ? 255 : <u8>r;
}

/**
 * compositeGlyphs(): the glyph sprites "source over" into the RGBA pixels at dst (W × H, straight alpha,
 * cleared first), clipped to the columns [cx0, cx1). Sprite i's pixels are at sprites + i · side² · 4.
 */
export function composite(
  dst: usize, W: i32, H: i32, sprites: usize, side: i32, glyphs: usize, ng: i32,
  ma: f64, me: f64, md: f64, mf: f64, cx0: i32, cx1: i32, half: f64,
): void {
  memory.fill(dst, 0, <usize>W * <usize>H * 4);
  const spriteBytes = <usize>side * <usize>side * 4;
  for (let i = 0; i < ng; i++) {
    const o = glyphs + <usize>i * 16;
    const src = sprites + <usize>(<i32>load<f32>(o + 8)) * spriteBytes;
    const alpha: f64 = load<f32>(o + 12) != 0 ? 0.15 : 1;
    const fx = Math.round(ma * (<f64>load<f32>(o) - half) + me);
    const fy = Math.round(md * (<f64>load<f32>(o + 4) - half) + mf);
    if (!isFinite(fx) || !isFinite(fy)) continue; // JavaScript's loops over NaN bounds never run
    const ox = <i32>fx;
    const oy = <i32>fy;
    const x0 = max(cx0, ox);
    const x1 = min(cx1, ox + side);
    const y0 = max(0, oy);
    const y1 = min(H, oy + side);
    for (let y = y0; y < y1; y++) {
      let si = src + <usize>(((y - oy) * side + (x0 - ox)) * 4);
      let di = dst + <usize>((y * W + x0) * 4);
      for (let x = x0; x < x1; x++, si += 4, di += 4) {
        const sa: f64 = <f64>load<u8>(si + 3) * alpha;
        if (sa == 0) continue;
        const da: f64 = load<u8>(di + 3);
        if (da == 0 || sa >= 255) {
          store<u8>(di, load<u8>(si));
          store<u8>(di + 1, load<u8>(si + 1));
          store<u8>(di + 2, load<u8>(si + 2));
          store<u8>(di + 3, clamp8(sa));
          continue;
        }
        const keep = (da * (255 - sa)) / 255;
        const oa = sa + keep;
        store<u8>(di, clamp8((<f64>load<u8>(si) * sa + <f64>load<u8>(di) * keep) / oa));
        store<u8>(di + 1, clamp8((<f64>load<u8>(si + 1) * sa + <f64>load<u8>(di + 1) * keep) / oa));
        store<u8>(di + 2, clamp8((<f64>load<u8>(si + 2) * sa + <f64>load<u8>(di + 2) * keep) / oa));
        store<u8>(di + 3, clamp8(oa));
      }
    }
  }
}
