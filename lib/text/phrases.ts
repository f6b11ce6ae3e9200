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

/** The words of a text ([\p{L}\p{N}\p{M}]+ runs), once per document, shared by every matcher. Each word is
 *  numbered as it is found (see wordNumbers): its text is looked up by its characters in the table of words seen
 *  before, so a word met again is neither sliced nor hashed as a new string. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  // At most one word per two units: the numbering starts again before the document, never inside it.
  if (WORD_NUMBERS.size + (text.length >> 1) + 1 > 200_000) restartNumbers();
  let ids = new Int32Array(64);
  let start = -1;
  let h = 0;
  for (let i = 0; i < text.length; ) {
    // A unit of the BMP already classed is read from the table; the rest (surrogates, first sight) as before.
    const c = text.charCodeAt(i);
    const known = c < 0xd800 || c > 0xdbff ? unitClass[c]! : 0;
    let word = known === 1;
    let width = 1;
    if (known === 0) [word, width] = isWordAt(text, i);
    if (word) {
      if (start < 0) {
        start = i;
        h = 0x811c9dc5;
      }
      h = Math.imul(h ^ c, 0x01000193);
      if (width === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
    } else if (start >= 0) {
      if (out.length === ids.length) ids = grow(ids);
      ids[out.length] = internWord(text, start, i, h);
      out.push({ start, end: i, text: WORD_TEXTS[ids[out.length]!]! });
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    if (out.length === ids.length) ids = grow(ids);
    ids[out.length] = internWord(text, start, text.length, h);
    out.push({ start, end: text.length, text: WORD_TEXTS[ids[out.length]!]! });
  }
  numbered.set(out, { generation, ids: ids.slice(0, out.length) });
  return out;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

// Every word's text numbered once per document: the memos of the matchers that look words up are arrays indexed by
// that number, read for each word by each matcher, instead of maps of strings hashed and compared each time.
const WORD_NUMBERS = new Map<string, number>();
/** The text of each number. */
const WORD_TEXTS: string[] = [];
/** The numbers by a hash of the word's characters (open addressing; 0 empty, else number + 1), with the hashes. */
let slots = 1 << 12;
let slotNumber = new Int32Array(slots);
let slotHash = new Int32Array(slots);
/** Hashes of the numbered texts, to place them again when the table doubles. */
const WORD_HASHES: number[] = [];
let filled = 0;
/** Bumped when the numbering starts again (it is bounded): a memo from before is dropped, numbers from before redone. */
let generation = 0;
// (A WeakMap only: a WeakRef to the last document's words, tried first, cost more than the lookup it saved — each
// one keeps its target alive to the end of the running job, so a batch of documents kept every words array.)
const numbered = new WeakMap<WordSpan[], { generation: number; ids: Int32Array }>();

function restartNumbers() {
  WORD_NUMBERS.clear();
  WORD_TEXTS.length = 0;
  WORD_HASHES.length = 0;
  slotNumber.fill(0);
  filled = 0;
  generation++;
}

/** The number of a new text (WORD_NUMBERS kept as the one numbering). */
function numberOf(t: string): number {
  let id = WORD_NUMBERS.get(t);
  if (id === undefined) {
    WORD_NUMBERS.set(t, (id = WORD_NUMBERS.size));
    WORD_TEXTS[id] = t;
  }
  return id;
}

/** The number of text[start, end), whose characters hash to h: found by comparing characters, else sliced and numbered. */
function internWord(text: string, start: number, end: number, h: number): number {
  const len = end - start;
  const mask = slots - 1;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const n = slotNumber[s]!;
    if (n === 0) {
      const id = numberOf(text.slice(start, end));
      WORD_HASHES[id] = h;
      slotNumber[s] = id + 1;
      slotHash[s] = h;
      if (++filled * 2 > slots) rehash();
      return id;
    }
    if (slotHash[s] !== h) continue;
    const w = WORD_TEXTS[n - 1]!;
    if (w.length !== len) continue;
    let k = 0;
    while (k < len && w.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === len) return n - 1;
  }
}

/** The table at twice its size, every number placed again by its hash (kept at most half full). */
function rehash() {
  slots *= 2;
  slotNumber = new Int32Array(slots);
  slotHash = new Int32Array(slots);
  const mask = slots - 1;
  for (let id = 0; id < WORD_HASHES.length; id++) {
    const h = WORD_HASHES[id];
    if (h === undefined) continue;
    let s = h & mask;
    while (slotNumber[s] !== 0) s = (s + 1) & mask;
    slotNumber[s] = id + 1;
    slotHash[s] = h;
  }
}

/** The numbers of a document's words (the same text, the same number), computed once per words array. */
export function wordNumbers(words: WordSpan[]): Int32Array {
  const known = numbered.get(words);
  if (known && known.generation === generation) return known.ids;
  if (WORD_NUMBERS.size + words.length > 200_000) restartNumbers();
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) ids[i] = numberOf(words[i]!.text);
  numbered.set(words, { generation, ids });
  return ids;
}

/** A value computed from a word's text, remembered by the word's number (see wordNumbers). */
export class WordMemo<T> {
  private generation = -1;
  private values: (T | undefined)[] = [];
  constructor(private readonly compute: (word: string) => T) {}

  /** The value for words[i], ids being wordNumbers(words). */
  at(words: WordSpan[], ids: Int32Array, i: number): T {
    if (this.generation !== generation) {
      this.values = [];
      this.generation = generation;
    }
    const id = ids[i]!;
    let v = this.values[id];
    if (v === undefined) this.values[id] = v = this.compute(words[i]!.text);
    return v;
  }
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

/** A node of the word trie: a phrase may end here, or go on with another word, or end in a proclitic glued to
 *  the next word (الأمين العام ل|حلف). */
interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
  glued: string[];
}
const trieNode = (): TrieNode => ({ end: false, next: new Map(), glued: [] });
const WORD_ONLY = /^[\p{L}\p{N}\p{M}]+$/u;

/** Whether a UTF-16 unit is whitespace as a regex's \s is. */
export const isSpaceUnit = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** s.replace(/\s+/g, ' '), the regex run only when s holds whitespace other than single spaces (keys looked up
 *  per hit are short and almost always written with single spaces). */
export function oneSpace(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isSpaceUnit(s.charCodeAt(i + 1)) : isSpaceUnit(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Whether text[a, b) is whitespace only, and not empty (what \s+ between a phrase's words allows). */
function spaceBetween(text: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/** The starts of a word no phrase can begin at (most words): one shared empty list. */
const NO_STARTS: readonly Start[] = [];

export class PhraseMatcher {
  /** Phrases of whole words, as a trie of words: matched by comparing the text's words, no regex. */
  private readonly roots = new Map<string, TrieNode>();
  /** Phrases with other characters (د.، U.S.), by first word: one sticky alternation each. */
  private readonly byFirst = new Map<string, RegExp>();
  private readonly prefixes: Set<number>;
  /** First UTF-16 units a hit's word can start with: most words are skipped on this test alone. */
  private readonly startUnits = new Uint8Array(0x10000);
  /** First units of the phrases themselves, tested before a word is sliced for the lookup. */
  private readonly phraseUnits = new Uint8Array(0x10000);
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
      const tokens = p.phrase.split(' ');
      const closed = p.pattern === phrasePattern(p.phrase);
      const open = !closed && p.pattern === phrasePattern(p.phrase, true);
      if ((closed || open) && tokens.every((t) => WORD_ONLY.test(t)) && (closed || tokens.length > 1)) {
        let node = this.roots.get(tokens[0]!) ?? trieNode();
        this.roots.set(tokens[0]!, node);
        const last = open ? tokens.length - 1 : tokens.length;
        for (let k = 1; k < last; k++) {
          const child = node.next.get(tokens[k]!) ?? trieNode();
          node.next.set(tokens[k]!, child);
          node = child;
        }
        if (open) node.glued.push(tokens.at(-1)!);
        else node.end = true;
        continue;
      }
      groups.set(first, [...(groups.get(first) ?? []), p.pattern]);
    }
    for (const [first, patterns] of groups) this.byFirst.set(first, new RegExp(`(?:${patterns.join('|')})`, 'uy'));
    this.prefixes = prefixCodes(proclitics);
    for (const key of [...this.byFirst.keys(), ...this.roots.keys()]) this.phraseUnits[key.charCodeAt(0)] = 1;
    for (const key of [...this.byFirst.keys(), ...this.roots.keys(), ...proclitics]) if (key) this.startUnits[key.charCodeAt(0)] = 1;
    this.longestPrefix = Math.max(...proclitics.map((p) => p.length));
  }

  /** Per word as written: the proclitic lengths, longest first, after which a phrase may begin, with the trie
   *  node and the regex of the phrases beginning with the rest. Words recur across documents. */
  private readonly starts = new WordMemo<readonly Start[]>((word) => this.startsOf(word));

  private startsOf(word: string): readonly Start[] {
    const found: Start[] = [];
    // Longest proclitic first, as a greedy [وف]?[بلك]? before the phrase would take it.
    for (let k = Math.min(this.longestPrefix, word.length - 1); k >= 0; k--) {
      if (!this.prefixes.has(prefixCode(word, 0, k)) || this.phraseUnits[word.charCodeAt(k)] !== 1) continue;
      const rest = k ? word.slice(k) : word;
      const node = this.roots.get(rest);
      const re = this.byFirst.get(rest);
      if (node || re) found.push({ k, node, re });
    }
    return found.length ? found : NO_STARTS;
  }

  /** Where the longest trie phrase from word i ends (within the words before index `to`), or -1. */
  private trieEnd(text: string, words: WordSpan[], i: number, root: TrieNode, to: number): number {
    let node: TrieNode | undefined = root;
    let best = root.end ? words[i]!.end : -1;
    for (let j = i; node; j++) {
      const next = j + 1 < to ? words[j + 1] : undefined;
      if (!next || !spaceBetween(text, words[j]!.end, next.start)) break;
      for (const g of node.glued) if (next.text.startsWith(g)) best = Math.max(best, next.start + g.length);
      node = node.next.get(next.text);
      if (node?.end) best = next.end;
    }
    return best;
  }

  /** Non-overlapping hits, left to right, as a global regex scan would find them; among words[from, to) only,
   *  as if those words were all the text's (a trie phrase does not run past them). */
  find(text: string, words: WordSpan[], from = 0, to = words.length): PhraseHit[] {
    const hits: PhraseHit[] = [];
    const ids = wordNumbers(words);
    let done = 0;
    for (let i = from; i < to; i++) {
      const w = words[i]!;
      if (w.start < done || this.startUnits[text.charCodeAt(w.start)] !== 1) continue;
      for (const { k, node, re } of this.starts.at(words, ids, i)) {
        const at = w.start + k;
        let end = node ? this.trieEnd(text, words, i, node, to) : -1;
        if (re) {
          re.lastIndex = at;
          const m = re.exec(text);
          if (m) end = Math.max(end, at + m[0].length);
        }
        if (end < 0) continue;
        hits.push({ start: at, end });
        done = end;
        break;
      }
    }
    return hits;
  }
}

interface Start {
  k: number;
  node: TrieNode | undefined;
  re: RegExp | undefined;
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
