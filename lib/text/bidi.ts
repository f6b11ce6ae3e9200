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
