// A long document's text as the page sends it: only the characters the views read without opening the text —
// every statement's speaker, cue, channel, sentences and words, every time expression, every mention of an
// actor or an event — at their own offsets, the rest left out (and filled with spaces in the browser, so every
// offset stays exact). The source text is fetched whole when the document is opened (issue 17: one long article
// must not make every page heavy for everyone).
import type { Extraction } from '../model/schema';

/** Texts longer than this go to the page sparse. */
export const SPARSE_MIN = 20_000;

export interface SparseText {
  length: number;
  /** [start, characters] in order, not overlapping. */
  pieces: [number, string][];
}

/** The characters of `x`'s text that the views read, in merged pieces. */
export function sparseOf(x: Extraction): SparseText {
  const text = x.document.text;
  const spans: [number, number][] = [];
  const add = (s: { start: number; end: number } | null | undefined) => {
    if (s && s.end > s.start) spans.push([Math.max(0, s.start), Math.min(text.length, s.end)]);
  };
  for (const s of x.statements) {
    add(s.speaker);
    add(s.cue);
    add(s.channel);
    s.mentions.forEach(add);
    s.content.forEach(add);
  }
  x.timeExpressions.forEach(add);
  for (const a of x.actors) a.mentions?.forEach(add);
  for (const e of x.events) e.mentions.forEach(add);
  spans.sort((a, b) => a[0] - b[0]);
  const pieces: [number, string][] = [];
  let cur: [number, number] | null = null;
  // Pieces a few characters apart are joined: fewer, and no worse to send.
  for (const sp of spans) {
    if (cur && sp[0] <= cur[1] + 8) cur[1] = Math.max(cur[1], sp[1]);
    else {
      if (cur) pieces.push([cur[0], text.slice(cur[0], cur[1])]);
      cur = [sp[0], sp[1]];
    }
  }
  if (cur) pieces.push([cur[0], text.slice(cur[0], cur[1])]);
  return { length: text.length, pieces };
}

/** The extraction with its text rebuilt from the pieces: spaces where the page was not sent the characters. */
export function withSparseText(x: Extraction, sparse: SparseText): Extraction {
  const out: string[] = [];
  let at = 0;
  for (const [start, chars] of sparse.pieces) {
    if (start > at) out.push(' '.repeat(start - at));
    out.push(chars);
    at = start + chars.length;
  }
  if (sparse.length > at) out.push(' '.repeat(sparse.length - at));
  return { ...x, document: { ...x.document, text: out.join('') } };
}
