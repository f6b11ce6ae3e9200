// English tense cues for resolving bare weekdays and yearless dates: "will", "would" (reported future),
// "is due to", "is scheduled for", "plans to"… mark a clause as ahead of the publication. A clause ends
// at a comma, a semicolon, a quotation mark or "that": "told reporters on Wednesday | that the call would
// take place on Thursday" reads Wednesday as past and Thursday as future.
import type { Sentence } from '../../text/tokens';
import { type Tense, type Tenses, clauseAround, tenseOf } from '../../time/tense';

const FUTURE =
  /(?<![\p{L}'’])(?:will|won['’]t|would|shall|['’]ll|(?:is|are|was|were)\s+(?:due\s+)?to(?=\s+\p{L})|(?:is|are|was|were)\s+(?:expected|scheduled|set|slated|planned|going)\s+to|(?:scheduled|set|slated|due)\s+for|plans?\s+to|planned|upcoming|forthcoming|expected\s+to|to\s+(?:speak|talk|meet|hold|visit|sign|attend|discuss|begin|start|resume|travel|host))(?![\p{L}])/giu;
const BOUNDARY = /[,;:"“”]|(?<![\p{L}])that(?![\p{L}])/giu;

/** A verb in the past ("was signed in March", "met last week"): a month or a yearless date is then behind. */
const PAST = /(?<![\p{L}'’-])(?:was|were|had|did|went|met|came|took|held|began|spoke|said|told|made|gave|left|saw|won|lost|fell|rose|[a-z]{3,}ed)(?![\p{L}'’-])/gu;


export class EnglishTenses implements Tenses {
  private readonly cues: { start: number; end: number }[] = [];
  private readonly past: { start: number; end: number }[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(FUTURE)) this.cues.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(PAST)) this.past.push({ start: m.index, end: m.index + m[0].length });
  }

  tense(start: number, end: number): Tense {
    return tenseOf(this.cues, this.past, start, end);
  }

  clause(sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number } {
    return clauseAround(this.text, BOUNDARY, sentence, span);
  }
}
