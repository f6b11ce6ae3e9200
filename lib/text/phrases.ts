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

  /** Per word as written: the proclitic lengths, longest first, after which a phrase may begin, with the regex
   *  of the phrases beginning with the rest (none: the word begins no phrase). Words recur across documents. */
  private readonly starts = new Map<string, readonly (readonly [number, RegExp])[]>();

  private startsOf(word: string): readonly (readonly [number, RegExp])[] {
    let c = this.starts.get(word);
    if (c) return c;
    const found: [number, RegExp][] = [];
    // Longest proclitic first, as a greedy [وف]?[بلك]? before the phrase would take it.
    for (let k = Math.min(this.longestPrefix, word.length - 1); k >= 0; k--) {
      if (!this.prefixes.has(prefixCode(word, 0, k)) || !this.phraseUnits.has(word.charCodeAt(k))) continue;
      const re = this.byFirst.get(k ? word.slice(k) : word);
      if (re) found.push([k, re]);
    }
    if (this.starts.size > 200_000) this.starts.clear();
    this.starts.set(word, (c = found));
    return c;
  }

  /** Non-overlapping hits, left to right, as a global regex scan would find them. */
  find(text: string, words: WordSpan[]): PhraseHit[] {
    const hits: PhraseHit[] = [];
    let done = 0;
    for (const w of words) {
      if (w.start < done || !this.startUnits.has(text.charCodeAt(w.start))) continue;
      for (const [k, re] of this.startsOf(w.text)) {
        const at = w.start + k;
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

/** Phrases of plain words found by comparing words, no regex: for the few phrases one document makes (the
 *  surnames of the persons it introduces), where compiling a matcher would cost more than the scan. Hits as
 *  PhraseMatcher.find gives them: non-overlapping, left to right, the longest at a position. */
export function findWordSequences(text: string, words: WordSpan[], phrases: Iterable<string>, proclitics: string[]): PhraseHit[] {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const seq = p.split(' ');
    byFirst.set(seq[0]!, [...(byFirst.get(seq[0]!) ?? []), seq].sort((a, b) => b.length - a.length));
  }
  const prefixes = [...new Set(proclitics)].sort((a, b) => b.length - a.length);
  const hits: PhraseHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let hit: PhraseHit | null = null;
    let last = i;
    for (const pre of prefixes) {
      if (pre && (w.text.length <= pre.length || !w.text.startsWith(pre))) continue;
      for (const seq of byFirst.get(pre ? w.text.slice(pre.length) : w.text) ?? []) {
        let k = 1;
        while (k < seq.length && words[i + k]?.text === seq[k] && /^\s+$/.test(text.slice(words[i + k - 1]!.end, words[i + k]!.start))) k++;
        if (k < seq.length) continue;
        hit = { start: w.start + pre.length, end: words[i + k - 1]!.end };
        last = i + k - 1;
        break;
      }
      if (hit) break;
    }
    if (hit) {
      hits.push(hit);
      i = last;
    }
  }
  return hits;
}
