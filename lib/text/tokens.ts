// Tokens and sentences over normalised text. Arabic attaches conjunctions, prepositions and the
// article to the word (وبالأمس = و + ب + ال + أمس); matching needs the stem, offsets need the surface.

export interface Token {
  /** Offsets into the text that was tokenised. */
  start: number;
  end: number;
  surface: string;
  /** The word without its proclitics. */
  stem: string;
  /** Proclitics in order, e.g. ['و', 'ب', 'ال']. */
  clitics: string[];
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const ARABIC = /[\u0600-\u06FF]/;

// Conjunction, then preposition (or future سـ is left to the caller), then article; لل = ل + ال.
const PROCLITIC = /^(و|ف)?(ب|ل|ك)?(ال)?/;

/** Split proclitics only when a plausible stem stays (see the length rule below). */
export function splitClitics(word: string): { stem: string; clitics: string[] } {
  if (!ARABIC.test(word)) return { stem: word.toLowerCase(), clitics: [] };
  if (word.startsWith('لل') && word.length > 4) {
    const rest = splitClitics(word.slice(2));
    return { stem: rest.stem, clitics: ['ل', 'ال', ...rest.clitics] };
  }
  const m = PROCLITIC.exec(word);
  const parts = m ? [m[1], m[2], m[3]].filter((p): p is string => Boolean(p)) : [];
  let stem = word;
  const clitics: string[] = [];
  for (const p of parts) {
    // A stem keeps three letters (Arabic roots are triliteral), two after the article (الغد → غد).
    if (stem.length - p.length < (p === 'ال' ? 2 : 3)) break;
    stem = stem.slice(p.length);
    clitics.push(p);
  }
  return { stem, clitics };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const { stem, clitics } = splitClitics(m[0]);
    tokens.push({ start: m.index, end: m.index + m[0].length, surface: m[0], stem, clitics });
  }
  return tokens;
}

export interface Sentence {
  start: number;
  end: number;
}

// A sentence ends at a line break, or at . ! ? ؟ followed by space or end — not inside a
// number like 23.30 and not before a closing quote.
const SENTENCE_END = /\n+|[.!?؟]+(?=["'»”)\]]*(?:\s|$))["'»”)\]]*/g;

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    pushTrimmed(text, start, end, out);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Sentence[]) {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence holding a position, by binary search (sentences are sorted and disjoint). */
export function sentenceAt(list: Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

// Abbreviations that end in a full stop without ending the sentence: U.S. President, Mr. Peskov, Dec. 30.
const ABBREVIATION = /(?:^|[\s("])(?:(?:\p{Lu}\.){1,3}|(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Adm|Sen|Rep|Gov|Amb|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m|vs|etc)\.)$/u;

/** Sentences as `sentences`, but not split after an abbreviation (a pattern ending in its full stop, tested on
 *  the last `reach` characters) on the same line. */
export function sentencesPast(abbreviation: RegExp, reach: number) {
  return (text: string): Sentence[] => {
    const out: Sentence[] = [];
    for (const s of sentences(text)) {
      const prev = out.at(-1);
      if (prev && abbreviation.test(text.slice(Math.max(prev.start, prev.end - reach), prev.end)) && !text.slice(prev.end, s.start).includes('\n')) prev.end = s.end;
      else out.push({ ...s });
    }
    return out;
  };
}

/** English sentences: not split after an abbreviation on the same line. */
export const sentencesEn = sentencesPast(ABBREVIATION, 12);
