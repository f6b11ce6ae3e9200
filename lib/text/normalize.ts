// Arabic normalisation with an offset map back to the original, so every match found in the
// normalised text points at the exact characters of the source.

export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** toOriginal[i] = index in `original` of normalised character i; toOriginal[text.length] = original.length. */
  readonly toOriginal: Int32Array;
}

const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/; // آ أ إ ٱ ٲ ٳ → ا
// Harakat, tanween, shadda, sukun, superscript alef, Quranic marks: meaning-neutral for matching.
const DROPPED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200C\u200D\u200E\u200F\u061C]/;
// The dropped marks that belong to the word before them (not the bidi controls between words).
const WORD_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/;

function mapChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660); // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0); // Persian digits
  if (ALEF_FORMS.test(ch)) return 'ا';
  switch (ch) {
    case 'ة':
      return 'ه'; // taa marbuta
    case 'ى':
    case 'ی': // Persian yeh
      return 'ي';
    case 'ک':
      return 'ك';
    case '\u066B':
      return '.'; // Arabic decimal separator
    case '\u066C':
      return ','; // Arabic thousands separator
    case '«':
    case '»':
    case '“':
    case '”':
    case '„':
      return '"';
    default:
      return ch;
  }
}

// What each UTF-16 unit becomes, decided once from the rules above: KEEP, DROP, or the replacement unit.
const KEEP = -1;
const DROP = -2;
const TABLE = new Int32Array(0x10000).fill(KEEP);
for (let c = 0; c < 0x10000; c++) {
  if (!((c >= 0x00ab && c <= 0x00bb) || (c >= 0x0600 && c <= 0x06ff) || (c >= 0x200c && c <= 0x201e))) continue;
  const ch = String.fromCharCode(c);
  if (DROPPED.test(ch)) TABLE[c] = DROP;
  else if (mapChar(ch) !== ch) TABLE[c] = mapChar(ch).charCodeAt(0);
}

/** The dropped marks that belong to the word before them, per UTF-16 unit (WORD_MARK without a regex per test). */
const IS_WORD_MARK = new Uint8Array(0x10000);
for (let c = 0x0600; c < 0x0700; c++) if (WORD_MARK.test(String.fromCharCode(c))) IS_WORD_MARK[c] = 1;

/** UTF-16 units to a string in one call (a byte-order mark kept as a character). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Units per String.fromCharCode call: well under any engine's limit on arguments. */
const CHUNK = 4096;

/** Normalise Arabic for matching: one original character becomes zero or one normalised character. */
export function normalizeArabic(original: string): NormalizedText {
  const map = new Int32Array(original.length + 1);
  // The normalised units are written to an array and made a string once: Arabic text changes every few
  // characters (ة، أ), and a string grown piece by piece is a long rope every reader then flattens.
  const units = new Uint16Array(original.length);
  let n = 0;
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const t = TABLE[c]!;
    if (t === KEEP) {
      units[n] = c;
      if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
    } else if (t === DROP) {
      changed = true;
      continue;
    } else {
      units[n] = t;
      changed = true;
    }
    map[n++] = i;
  }
  let text = original;
  if (changed && !surrogates) text = UTF16.decode(units.subarray(0, n));
  else if (changed) {
    // A lone surrogate would be decoded as U+FFFD: units one by one instead.
    text = '';
    for (let k = 0; k < n; k += CHUNK) text += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  }
  map[n] = original.length;
  // (a view of the map, not a copy: the units dropped leave a few unread entries at its end)
  return { original, text, toOriginal: n === original.length ? map : map.subarray(0, n + 1) };
}

/** Normalise a lexicon entry or query the same way (no offsets needed). */
export const normalizeKey = (s: string): string => normalizedText(s.trim()).toLowerCase();

/** normalizeArabic(s).text without the offset map (keys are short and many). */
function normalizedText(s: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const t = TABLE[s.charCodeAt(i)]!;
    if (t === KEEP) continue;
    out += s.slice(run, i);
    run = i + 1;
    if (t !== DROP) out += String.fromCharCode(t);
  }
  return run === 0 ? s : out + s.slice(run);
}

/** Map a half-open span of the normalised text to the original text. */
export function toOriginalSpan(nt: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: nt.toOriginal[start]!, end: nt.toOriginal[start]! };
  let e = nt.toOriginal[end - 1]! + 1;
  // Marks dropped after the last character (tanween of مساءً, tatweel of هـ) belong to the word.
  while (e < nt.original.length && IS_WORD_MARK[nt.original.charCodeAt(e)] === 1) e++;
  return { start: nt.toOriginal[start]!, end: e };
}
