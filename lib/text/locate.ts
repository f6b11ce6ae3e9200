// Words a reader copied from an article, found again in its text: where a hand-added statement's cue and
// content lie. Spacing may differ from the text's (a pasted line break); the words may not.

export interface Span {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place the words occur, spacing aside. */
export function occurrences(text: string, words: string): Span[] {
  const parts = words.trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return [];
  const re = new RegExp(parts.map(escape).join('\\s+'), 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const gap = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** The cue and content nearest each other (a cue may occur many times; the one beside the content is meant);
 * `missing` names what is not in the text. */
export function locateStatement(text: string, cue: string, content: string): { cue: Span; content: Span } | { missing: 'cue' | 'content' } {
  const cues = occurrences(text, cue);
  if (!cues.length) return { missing: 'cue' };
  const contents = occurrences(text, content);
  if (!contents.length) return { missing: 'content' };
  let best: { cue: Span; content: Span } | null = null;
  for (const c of cues) {
    for (const w of contents) {
      if (c.start < w.end && w.start < c.end) continue; // the cue is not part of what was said
      if (!best || gap(c, w) < gap(best.cue, best.content)) best = { cue: c, content: w };
    }
  }
  return best ?? { missing: 'cue' };
}
