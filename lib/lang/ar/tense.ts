// News-style tense cues: a bare weekday or a yearless date after سوف / من المقرر / سـ+verb is ahead
// of the publication, otherwise taken as past (weekdays) or nearest (dates).
import type { WordSpan } from '../../text/phrases';
import { WordMemo, wordNumbers } from '../../text/phrases';
import type { Sentence } from '../../text/tokens';
import { type Tense, type Tenses, clauseAround, tenseOf } from '../../time/tense';
import { FUTURE_CUES, NOT_FUTURE_VERBS } from './vocab';

const CUE_AT = new RegExp(`[وف]?(?:${FUTURE_CUES.map((c) => c.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'uy');
const CUE_UNITS = new Uint8Array(0x10000);
for (const c of ['و', 'ف', ...FUTURE_CUES]) CUE_UNITS[c.charCodeAt(0)] = 1;
/** The first words of the cues, with و or ف or without: only at one of them is a cue looked for. */
const CUE_FIRST = new Set(FUTURE_CUES.flatMap((c) => [c.split(' ')[0]!, `و${c.split(' ')[0]!}`, `ف${c.split(' ')[0]!}`]));
/** Per word, remembered (words recur): whether it begins a past form (PAST_FIRST), is a first word of a cue
 *  (CUE_FIRST), or is a future verb (سـ + imperfect, سأـ), as bits. */
const PAST_WORD = 1;
const CUE_WORD = 2;
const FUTURE = 4;
const WORD_KIND = new WordMemo((word: string): number => {
  const verb = FUTURE_VERB.exec(word) ?? FUTURE_FIRST_PERSON.exec(word);
  const future = verb !== null && !NOT_FUTURE_VERBS.has(verb[1]!);
  return (PAST_FIRST.test(word) ? PAST_WORD : 0) | (CUE_FIRST.has(word) ? CUE_WORD : 0) | (future ? FUTURE : 0);
});
const FUTURE_VERB = /^[وف]?(س[يتن][\p{L}]{2,7})$/u;
// سأـ + imperfect (سأسافر، سأعود) is the first person's future; سا- nouns and past verbs of the form فاعل
// (ساعة، سابق، سافر، ساهم) are listed apart.
const FUTURE_FIRST_PERSON = /^[وف]?(سا[\p{L}]{3,6})$/u;
// What was done before another past event (كانت قد سلمت، كان قد أعلن، سبق أن): the clause is behind.
const PAST = /(?:[وف]?كان(?:ت|وا)?\s+قد|[وف]?سبق\s+(?:ان|له|لها)|[وف]?قد\s+(?:[\p{L}]{3,6}(?:ت|وا)))(?![\p{L}])/uy;
const PAST_FIRST = /^[وف]?(?:كان|كانت|كانوا|سبق|قد)$/;
/** The units PAST_FIRST's words begin with: the regex is tried on those words only. */
const PAST_UNITS = new Uint8Array(0x10000);
for (const c of 'وفكسق') PAST_UNITS[c.charCodeAt(0)] = 1;
// A clause ends at ؛, a colon, a quotation mark, or a comma before a word that opens another clause
// (…، كما يرتقب أن…؛ …، قبل أن تنشرهما…).
const BOUNDARY = /[؛;:«»"“”]|،\s*(?=(?:[وف]?(?:كما|قبل|بعد|فيما|بينما|حيث|لكن|لكنه|لكنها|غير|الا|في\s+حين|وسط|مشيرا|مشيره|مؤكدا|مؤكده|مضيفا|مضيفه|علما|يذكر|ويذكر))(?![\p{L}]))/gu;


/** Where a document marks the future, found once; a clause is future when it holds one of them. */

export class TenseIndex implements Tenses {
  private readonly cues: { start: number; end: number }[] = [];
  private readonly past: { start: number; end: number }[] = [];

  constructor(private readonly text: string, words: WordSpan[]) {
    const ids = wordNumbers(words);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const first = text.charCodeAt(w.start);
      if (PAST_UNITS[first] !== 1 && CUE_UNITS[first] !== 1) continue;
      const kind = WORD_KIND.at(words, ids, i);
      if (kind & PAST_WORD) {
        PAST.lastIndex = w.start;
        const m = PAST.exec(text);
        if (m) this.past.push({ start: w.start, end: w.start + m[0].length });
      }
      if (CUE_UNITS[first] !== 1) continue;
      if (kind & CUE_WORD) {
        CUE_AT.lastIndex = w.start;
        const cue = CUE_AT.exec(text);
        if (cue) {
          this.cues.push({ start: w.start, end: w.start + cue[0].length });
          continue;
        }
      }
      // سـ + imperfect verb is the future (سيجري، ستعقد); NOT_FUTURE_VERBS are nouns that look alike.
      if (kind & FUTURE) this.cues.push({ start: w.start, end: w.end });
    }
  }

  /** Tense of the clause [start, end) of the normalised text. */
  tense(start: number, end: number): Tense {
    return tenseOf(this.cues, this.past, start, end);
  }

  clause(sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number } {
    return clauseAround(this.text, BOUNDARY, sentence, span);
  }
}
