// Russian words reduced to their stems by the Snowball Russian stemmer (as @nlpjs/lang-ru ships it, MIT):
// Пескова, Пескову, Песковым → песков; России, Россией → росс. A surname in the nominative loses more than
// its other cases (Песков → песк), so two stems match when one is the other or the other with at most three
// more letters — what the case endings of names add — and both keep at least three letters.
// @ts-expect-error: a CommonJS module without types; only its stemmer is loaded (not the package's sentiment data)
import StemmerRu from '@nlpjs/lang-ru/src/stemmer-ru';

interface Stemmer {
  stemWord(word: string): string;
}
const stemmer = new (StemmerRu as new () => Stemmer)();
const cache = new Map<string, string>();

/** The stem of a word (lower-cased; ё as е). */
export function stemRu(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  let s = cache.get(w);
  if (s === undefined) {
    s = /^[а-я-]+$/.test(w) && w.length > 3 ? stemmer.stemWord(w) : w;
    // A short word the stemmer cuts below three letters (Киев → ки) keeps itself: its other cases (Киеве → киев) then match.
    if (s.length < 3 && w.length >= 4) s = w;
    // The fleeting vowel of -ец (дворец, дворца; Кравец, Кравца): one stem for every case.
    if (s.length > 4 && s.endsWith('ец')) s = `${s.slice(0, -2)}ц`;
    if (cache.size > 50_000) cache.clear();
    cache.set(w, s);
  }
  return s;
}

/** Whether two stems are forms of one word (see above). Short words (РФ, США, МИД) must be equal. */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // A three-letter stem takes one more letter at most (Иран, Ирана), not three (Мария is not Марокко).
  // (and the one letter a three-letter stem takes is an ending's, not a consonant of another name: Хань is not Хант)
  return short.length >= 3 && long.length - short.length <= (short.length >= 4 ? 2 : 1) && long.startsWith(short) && (short.length >= 4 || long.length === 3 || /[аеиоуыэюяйь]$/u.test(long));
}
