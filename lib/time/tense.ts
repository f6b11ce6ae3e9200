// News-style tense cues: a bare weekday or a yearless date after سوف / من المقرر / سـ+verb is ahead
// of the publication, otherwise taken as past (weekdays) or nearest (dates).
import type { Tense } from './resolve';
import { FUTURE_CUES, NOT_FUTURE_VERBS } from './vocab-ar';

const CUE_RE = new RegExp(`(?<![\\p{L}])(?:[وف]?)(?:${FUTURE_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'u');
const FUTURE_VERB = /(?<![\p{L}])[وف]?(س[يتن][\p{L}]{2,7})(?![\p{L}])/gu;

/** Tense of the clause in `text` (normalised) that holds [start, end). */
export function clauseTense(text: string, clauseStart: number, clauseEnd: number): Tense {
  const clause = text.slice(clauseStart, clauseEnd);
  if (CUE_RE.test(clause)) return 'future';
  for (const m of clause.matchAll(FUTURE_VERB)) if (!NOT_FUTURE_VERBS.has(m[1]!)) return 'future';
  return null;
}
