// How stance and modality look: a colour and a distinct shape each, so nothing relies on colour alone.
// Every ink has at least 4.5:1 contrast on the paper (WCAG AA for text, above the 3:1 for graphics; checked in tests).
import type { Modality, Stance } from '../model/schema';

export type Shape = 'circle' | 'ring' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'doc' | 'hexagon';

export const STANCE_STYLE: Record<Stance, { color: string; shape: Shape }> = {
  confirm: { color: '#1a7f37', shape: 'circle' },
  deny: { color: '#c0362c', shape: 'cross' },
  state: { color: '#0b5cad', shape: 'square' },
  announce: { color: '#7048b8', shape: 'triangle' },
  report: { color: '#8a5a00', shape: 'ring' },
  accuse: { color: '#a3307f', shape: 'diamond' },
  request: { color: '#00707a', shape: 'star' },
  publish: { color: '#4d5761', shape: 'doc' },
};

/** Events: one ink, four fills (planned = outline, occurred = solid, reported = light, denied = struck out). */
export const EVENT_INK = '#33415c';
export const MODALITY_STYLE: Record<Modality, { fill: 'none' | 'solid' | 'light'; dash: boolean; strike: boolean }> = {
  planned: { fill: 'none', dash: true, strike: false },
  occurred: { fill: 'solid', dash: false, strike: false },
  reported: { fill: 'light', dash: false, strike: false },
  denied: { fill: 'none', dash: false, strike: true },
};

export const LINK_INK = '#5c6670';
const EVENT_LIGHT = '#c9d1e0';

/** Fill of an event's band, or of its diamond when it is too short for a band (diamonds have no light tone). */
export const modalityFill = (m: Modality, band: boolean) => {
  const fill = MODALITY_STYLE[m].fill;
  return fill === 'solid' ? EVENT_INK : fill === 'light' && band ? EVENT_LIGHT : '#ffffff';
};
export const PAPER = '#ffffff';

/** Anything with the path methods of CanvasRenderingContext2D, Path2D and d3-path. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
}

/** Outline of a glyph of radius r centred at (x, y). Rings and crosses are stroked, the rest filled. */
export function glyph(p: PathSink, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
    case 'ring':
      p.moveTo(x + r, y);
      p.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square':
      poly(p, [x - r * 0.85, y - r * 0.85, x + r * 0.85, y - r * 0.85, x + r * 0.85, y + r * 0.85, x - r * 0.85, y + r * 0.85]);
      return;
    case 'triangle':
      poly(p, [x, y - r, x + r, y + r * 0.8, x - r, y + r * 0.8]);
      return;
    case 'diamond':
      poly(p, [x, y - r * 1.15, x + r, y, x, y + r * 1.15, x - r, y]);
      return;
    case 'cross':
      p.moveTo(x - r, y - r);
      p.lineTo(x + r, y + r);
      p.moveTo(x + r, y - r);
      p.lineTo(x - r, y + r);
      return;
    case 'star': {
      const pts: number[] = [];
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? r * 0.45 : r * 1.1;
        pts.push(x + rr * Math.cos(a), y + rr * Math.sin(a));
      }
      poly(p, pts);
      return;
    }
    case 'doc':
      poly(p, [x - r * 0.75, y - r, x + r * 0.3, y - r, x + r * 0.75, y - r * 0.5, x + r * 0.75, y + r, x - r * 0.75, y + r]);
      return;
    case 'hexagon': {
      const pts: number[] = [];
      for (let i = 0; i < 6; i++) pts.push(x + r * Math.cos((i * Math.PI) / 3), y + r * Math.sin((i * Math.PI) / 3));
      poly(p, pts);
      return;
    }
  }
}

export const strokedShape = (s: Shape) => s === 'ring' || s === 'cross';

function poly(p: PathSink, xy: number[]) {
  p.moveTo(xy[0]!, xy[1]!);
  for (let i = 2; i < xy.length; i += 2) p.lineTo(xy[i]!, xy[i + 1]!);
  p.closePath();
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
