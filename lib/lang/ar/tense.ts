// News-style tense cues: a bare weekday or a yearless date after سوف / من المقرر / سـ+verb is ahead
// of the publication, otherwise taken as past (weekdays) or nearest (dates).
import type { WordSpan } from '../../text/phrases';
import { lowerBound } from '../../text/spans';
import type { Tense, Tenses } from '../../time/tense';
import { FUTURE_CUES, NOT_FUTURE_VERBS } from './vocab';

const CUE_AT = new RegExp(`[وف]?(?:${FUTURE_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'uy');
const CUE_UNITS = new Set(['و', 'ف', ...FUTURE_CUES].map((c) => c.charCodeAt(0)));
const FUTURE_VERB = /^[وف]?(س[يتن][\p{L}]{2,7})$/u;
// سأـ + imperfect (سأسافر، سأعود) is the first person's future; سا- nouns and past verbs of the form فاعل
// (ساعة، سابق، سافر، ساهم) are listed apart.
const FUTURE_FIRST_PERSON = /^[وف]?(سا[\p{L}]{3,6})$/u;


/** Where a document marks the future, found once; a clause is future when it holds one of them. */
export class TenseIndex implements Tenses {
  private readonly cues: { start: number; end: number }[] = [];

  constructor(text: string, words: WordSpan[]) {
    for (const w of words) {
      if (!CUE_UNITS.has(text.charCodeAt(w.start))) continue;
      CUE_AT.lastIndex = w.start;
      const cue = CUE_AT.exec(text);
      if (cue) {
        this.cues.push({ start: w.start, end: w.start + cue[0].length });
        continue;
      }
      // سـ + imperfect verb is the future (سيجري، ستعقد); NOT_FUTURE_VERBS are nouns that look alike.
      const verb = FUTURE_VERB.exec(w.text) ?? FUTURE_FIRST_PERSON.exec(w.text);
      if (verb && !NOT_FUTURE_VERBS.has(verb[1]!)) this.cues.push({ start: w.start, end: w.end });
    }
  }

  /** Tense of the clause [start, end) of the normalised text. */
  tense(start: number, end: number): Tense {
    const next = this.cues[lowerBound(this.cues, start)];
    return next && next.end <= end ? 'future' : null;
  }
}
