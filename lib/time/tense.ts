// The tense of a clause decides which way a bare weekday or a yearless date points: each language finds its
// own cues for the future (سوف، سـ + verb; will, is due to) and its own clause boundaries.
import type { Sentence } from '../text/tokens';

export type Tense = 'past' | 'future' | null;

export interface Tenses {
  /** The tense of the clause [start, end) of the normalised text. */
  tense(start: number, end: number): Tense;
  /** The clause a time expression is read in, when the language bounds clauses its own way. */
  clause?(sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number };
}
