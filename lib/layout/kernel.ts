// The WebAssembly side of a canvas frame (wasm/frame.as.ts): the module, its memory laid out for one scene at a
// time, and typed-array views on it. project() and drawScene() call it when it is there and fall back to their
// own JavaScript loops when it is not (no WebAssembly, or a page policy without 'wasm-unsafe-eval').
import type { Geometry } from './geometry';
import { MAX_ROWS, type Scene } from './scene';
import { FRAME_WASM } from './wasm/frame.wasm';

interface FrameExports {
  memory: WebAssembly.Memory;
  heapBase(): number;
  project(...args: number[]): number;
  marks(...args: number[]): number;
  composite(...args: number[]): void;
}

let enabled = true;
let exports: FrameExports | null | undefined;

/** Turns the WebAssembly loops off (or back on): the JavaScript ones are the reference they are tested against. */
export function useFrameKernel(on: boolean): void {
  enabled = on;
}

function decode(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const s = atob(b64);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

function instance(): FrameExports | null {
  if (exports !== undefined) return exports;
  try {
    // 2 KB: compiled synchronously, once per page.
    exports = new WebAssembly.Instance(new WebAssembly.Module(decode(FRAME_WASM) as BufferSource), {}).exports as unknown as FrameExports;
  } catch {
    exports = null;
  }
  return exports;
}

/** Byte offsets of one scene's arrays in the module's memory. */
interface Layout {
  scene: Scene;
  n: number;
  lanes: number;
  slots: number;
  start: number;
  end: number;
  lane: number;
  flags: number;
  row: number;
  kind: number;
  style: number;
  emphasis: number;
  laneTop: number;
  laneCollapsed: number;
  laneRowOwner: number;
  idx: number;
  x: number;
  x0: number;
  x1: number;
  y: number;
  lastGlyph: number;
  runOn: number;
  runX0: number;
  runX1: number;
  runY: number;
  ops: number;
  glyphs: number;
  strikes: number;
  out: number;
  sprites: number;
  image: number;
  /** What is in memory now (by identity), so it is copied in only when it changes. */
  g: Geometry | null;
  emphasisOf: Uint8Array | null;
  spritesOf: unknown;
}

export interface FrameKernel {
  k: FrameExports;
  at: Layout;
  /** Fresh views on the memory (they go stale when it grows). */
  f64(at: number, n: number): Float64Array;
  f32(at: number, n: number): Float32Array;
  i32(at: number, n: number): Int32Array;
  u8(at: number, n: number): Uint8Array;
  u32(at: number, n: number): Uint32Array;
}

/** The kernel with the scene now in its memory (made once per scene, not per call: it is asked several times a frame). */
let current: FrameKernel | null = null;

/** Bytes kept for the glyph sprites' pixels (twelve sprites up to 64 px square). */
export const SPRITE_ROOM = 16 * 64 * 64 * 4;

const align8 = (x: number) => (x + 7) & ~7;

function view<T>(k: FrameExports, C: new (b: ArrayBuffer, at: number, n: number) => T) {
  return (at: number, n: number) => new C(k.memory.buffer, at, n);
}

function ensure(k: FrameExports, bytes: number) {
  const have = k.memory.buffer.byteLength;
  if (bytes > have) k.memory.grow(Math.ceil((bytes - have) / 65536));
}

/** The kernel with the scene's arrays in its memory, or null to draw in JavaScript. */
export function frameKernel(s: Scene): FrameKernel | null {
  if (!enabled) return null;
  const k = instance();
  if (!k) return null;
  if (current?.at.scene !== s) {
    const n = Math.max(1, s.n);
    const lanes = Math.max(1, s.lanes.length);
    const slots = lanes * MAX_ROWS;
    const nRuns = slots * 64;
    let p = align8(k.heapBase());
    const take = (bytes: number) => {
      const at = p;
      p = align8(p + bytes);
      return at;
    };
    const at: Layout = {
      scene: s,
      n,
      lanes,
      slots,
      start: take(n * 8),
      end: take(n * 8),
      lane: take(n * 4),
      flags: take(n),
      row: take(n),
      kind: take(n),
      style: take(n),
      emphasis: take(n),
      laneTop: take(lanes * 8),
      laneCollapsed: take(lanes),
      laneRowOwner: take(lanes * 4),
      idx: take(n * 4),
      x: take(n * 4),
      x0: take(n * 4),
      x1: take(n * 4),
      y: take(n * 4),
      lastGlyph: take(slots * 8),
      runOn: take(nRuns),
      runX0: take(nRuns * 8),
      runX1: take(nRuns * 8),
      runY: take(nRuns * 8),
      // A mark can close a run and add a glyph path (without sprites): two ops; plus the runs left open.
      ops: take((2 * n + nRuns) * 32),
      glyphs: take(n * 16),
      strikes: take(n * 24),
      out: take(8),
      sprites: take(SPRITE_ROOM),
      image: p,
      g: null,
      emphasisOf: null,
      spritesOf: null,
    };
    ensure(k, at.image);
    const K: FrameKernel = { k, at, f64: view(k, Float64Array), f32: view(k, Float32Array), i32: view(k, Int32Array), u8: view(k, Uint8Array), u32: view(k, Uint32Array) };
    K.f64(at.start, s.n).set(s.start);
    K.f64(at.end, s.n).set(s.end);
    K.u32(at.lane, s.n).set(s.lane);
    K.u8(at.flags, s.n).set(s.flags);
    K.u8(at.row, s.n).set(s.row);
    K.u8(at.kind, s.n).set(s.kind);
    K.u8(at.style, s.n).set(s.style);
    current = K;
  }
  return current;
}

/** The geometry's lane arrays in memory (copied when the geometry changes). */
export function withGeometry(K: FrameKernel, g: Geometry): void {
  if (K.at.g === g) return;
  const L = K.at.scene.lanes.length;
  K.f64(K.at.laneTop, L).set(g.laneTop.subarray(0, L));
  K.u8(K.at.laneCollapsed, L).set(g.laneCollapsed.subarray(0, L));
  K.u32(K.at.laneRowOwner, L).set(g.laneRowOwner.subarray(0, L));
  K.at.g = g;
}

/** The emphasis in memory; returns its offset, or 0 for none. */
export function withEmphasis(K: FrameKernel, e: Uint8Array | null): number {
  if (!e) return 0;
  if (K.at.emphasisOf !== e) {
    const n = K.at.scene.n;
    const to = K.u8(K.at.emphasis, n);
    to.set(e.subarray(0, n));
    to.fill(0, Math.min(n, e.length)); // past its end a mark is faint, as `!dim[k]` reads it in JavaScript
    K.at.emphasisOf = e;
  }
  return K.at.emphasis;
}

/** Room for an image of `bytes` at the end of memory. */
export function imageRoom(K: FrameKernel, bytes: number): number {
  ensure(K.k, K.at.image + bytes);
  return K.at.image;
}
