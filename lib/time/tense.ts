// The tense of a clause decides which way a bare weekday or a yearless date points: each language finds its
// own cues for the future (سوف، سـ + verb; will, is due to) and its own clause boundaries.
import { lowerBound } from '../text/spans';
import type { Sentence } from '../text/tokens';

export type Tense = 'past' | 'future' | null;

export interface Tenses {
  /** The tense of the clause [start, end) of the normalised text. */
  tense(start: number, end: number): Tense;
  /** The clause a time expression is read in, when the language bounds clauses its own way. */
  clause?(sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number };
}

/** How far from a time expression its clause is looked for. */
const CLAUSE_WINDOW = 400;

/** The clause around a span: from the last boundary before it to the first after it, within its sentence and
 *  no further than a window either side (a sentence may be a whole text). Each language gives its boundaries
 *  (a global pattern: commas, quotation marks, "that", что, the Arabic ones). */
export function clauseAround(text: string, boundary: RegExp, sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number } {
  const lo = Math.max(sentence?.start ?? 0, span.start - CLAUSE_WINDOW);
  const hi = Math.min(sentence?.end ?? text.length, span.end + CLAUSE_WINDOW);
  const start = lo + lastMatchEnd(text.slice(lo, span.start), boundary);
  const after = text.slice(span.end, hi).search(boundary);
  return { start, end: after < 0 ? hi : span.end + after };
}

/** Where the last match of a global pattern in a string ends (0 when none): what a loop over s.matchAll(pattern)
 *  finds, by exec from the start, without the copy of the pattern matchAll makes on every call. */
function lastMatchEnd(s: string, pattern: RegExp): number {
  let end = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    end = m.index + m[0].length;
    if (!m[0]) pattern.lastIndex++; // (an empty match moves on, as matchAll does)
  }
  return end;
}

/** A clause's tense from a language's cues, each list sorted: a future cue inside it makes it future, else a past
 *  verb past. */
export function tenseOf(future: readonly { start: number; end: number }[], past: readonly { start: number; end: number }[], start: number, end: number): Tense {
  const next = future[lowerBound(future, start)];
  if (next && next.end <= end) return 'future';
  const p = past[lowerBound(past, start)];
  return p && p.end <= end ? 'past' : null;
}
