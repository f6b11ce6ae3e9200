// Matching long lists of phrases (gazetteer names, cue verbs, role titles) in normalised text.
// One regex alternating over a thousand names is tried at every character; instead the text's words
// are found once and each word looks up the few phrases that begin with it.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const WORD_END = '(?![\\p{L}\\p{N}])';

export interface WordSpan {
  start: number;
  end: number;
  /** The word itself, sliced once for every matcher that looks it up. */
  text: string;
}

/** The word less its first k units (a proclitic). */
export const wordRest = (w: WordSpan, k: number) => (k === 0 ? w.text : w.text.slice(k));

// Letter/number/mark-ness per UTF-16 unit, filled on first sight: a Unicode-property regex per
// character is the slow part of finding words.
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const unitClass = new Uint8Array(0x10000); // 0 unknown, 1 word, 2 not
const isWordAt = (text: string, i: number): [boolean, number] => {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    return [WORD_CHAR.test(String.fromCodePoint(cp)), 2];
  }
  let k = unitClass[c]!;
  if (k === 0) unitClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return [k === 1, 1];
};

/** The words of a text ([\p{L}\p{N}\p{M}]+ runs), once per document, shared by every matcher. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const [word, width] = isWordAt(text, i);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push({ start, end: i, text: text.slice(start, i) });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push({ start, end: text.length, text: text.slice(start) });
  return out;
}

export interface PhraseHit {
  /** Offsets of the phrase itself, proclitics excluded. */
  start: number;
  end: number;
}

/** A phrase as a regex source: words joined by any whitespace, ending at a word boundary unless it
 * ends in a proclitic that attaches to the next word (الأمين العام ل|حلف). */
export const phrasePattern = (phrase: string, open = false) => escape(phrase).replace(/ /g, '\\s+') + (open ? '' : WORD_END);

/** A proclitic prefix of at most two units as a number, so checking one allocates no string. */
export function prefixCode(text: string, start: number, k: number): number {
  if (k === 0) return 0;
  const c1 = text.charCodeAt(start) + 1;
  return k === 1 ? c1 : c1 * 0x10001 + text.charCodeAt(start + 1) + 1;
}
export function prefixCodes(proclitics: string[]): Set<number> {
  if (proclitics.some((p) => p.length > 2)) throw new Error('proclitic prefixes are at most two letters');
  return new Set(proclitics.map((p) => prefixCode(p, 0, p.length)));
}

export class PhraseMatcher {
  private readonly byFirst = new Map<string, RegExp>();
  private readonly prefixes: Set<number>;
  /** First UTF-16 units a hit's word can start with: most words are skipped on this test alone. */
  private readonly startUnits = new Set<number>();
  /** First units of the phrases themselves, tested before a word is sliced for the lookup. */
  private readonly phraseUnits = new Set<number>();
  private readonly longestPrefix: number;
  /**
   * @param phrases normalised phrases with their regex sources (phrasePattern)
   * @param proclitics prefixes allowed before a phrase, outside its span ('' included), e.g. و ب وب
   */
  constructor(
    phrases: { phrase: string; pattern: string }[],
    proclitics: string[],
  ) {
    const groups = new Map<string, string[]>();
    // Longest first, as an alternation sorted by length: the longest phrase at a position wins.
    for (const p of [...phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
      const first = /^[\p{L}\p{N}\p{M}]+/u.exec(p.phrase)?.[0];
      if (!first) continue;
      groups.set(first, [...(groups.get(first) ?? []), p.pattern]);
    }
    for (const [first, patterns] of groups) this.byFirst.set(first, new RegExp(`(?:${patterns.join('|')})`, 'uy'));
    this.prefixes = prefixCodes(proclitics);
    for (const key of this.byFirst.keys()) this.phraseUnits.add(key.charCodeAt(0));
    for (const key of [...this.byFirst.keys(), ...proclitics]) if (key) this.startUnits.add(key.charCodeAt(0));
    this.longestPrefix = Math.max(...proclitics.map((p) => p.length));
  }

  /** Non-overlapping hits, left to right, as a global regex scan would find them. */
  find(text: string, words: WordSpan[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let done = 0;
    for (const w of words) {
      if (w.start < done || !this.startUnits.has(text.charCodeAt(w.start))) continue;
      // Longest proclitic first, as a greedy [وف]?[بلك]? before the phrase would take it.
      for (let k = Math.min(this.longestPrefix, w.end - w.start - 1); k >= 0; k--) {
        if (!this.prefixes.has(prefixCode(text, w.start, k))) continue;
        const at = w.start + k;
        if (!this.phraseUnits.has(text.charCodeAt(at))) continue;
        const re = this.byFirst.get(wordRest(w, k));
        if (!re) continue;
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        hits.push({ start: at, end: at + m[0].length });
        done = at + m[0].length;
        break;
      }
    }
    return hits;
  }
}

/** Proclitic prefixes from optional conjunction and preposition sets: [وف]?[بلك]? → '', و, ب, وب … */
export function procliticPrefixes(conjunctions: string, prepositions: string): string[] {
  const out: string[] = [];
  for (const c of ['', ...conjunctions]) for (const p of ['', ...prepositions]) out.push(c + p);
  return out;
}
