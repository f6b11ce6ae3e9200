// Right-to-left and left-to-right text side by side: every string a user or a source gave (a publisher, a
// title, an actor's name, an address) is isolated where it is shown, so that its direction — or an
// unterminated override it holds (U+202E reverses everything after it) — stays inside it and never turns the
// words around it, the app's own links included. In markup the element is <bdi>; in plain text and SVG the
// string's own embedding and override controls are dropped and it is wrapped in FSI … PDI.

/** Explicit directional embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
const EXPLICIT = /[\u202A-\u202E\u2066-\u2069]/g;

/** The string without its explicit directional controls: nothing in it can outlast it. */
export const withoutBidiControls = (s: string): string => s.replace(EXPLICIT, '');

/** The string isolated for plain text: first-strong isolate, its own controls dropped, pop isolate. */
export const isolate = (s: string): string => `\u2068${withoutBidiControls(s)}\u2069`;

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const STRONG_LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/**
 * The string for a line of plain text that cannot hold isolates (an SVG or PNG image, whose renderer may wait on
 * the Arabic font for them): its own controls dropped, then a mark of the line's direction (LRM or RLM) after it
 * when it holds letters of the other direction — so that the comma and the date that follow ("وكالة اختبار, 2022-
 * 01-11" in an English line) stay after it, not drawn into its run and turned round.
 */
export function settle(s: string, lineRtl: boolean): string {
  const clean = withoutBidiControls(s);
  return (lineRtl ? STRONG_LTR : STRONG_RTL).test(clean) ? `${clean}${lineRtl ? '\u200F' : '\u200E'}` : clean;
}
