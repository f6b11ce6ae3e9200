// The terms of a search, as every engine matches them (the in-browser filter, SQLite's trigram index, PostgreSQL's
// pg_trgm, the facts in memory): the normalised words of the query, each a Russian word reduced to its stem so
// that any of its cases is found (Пескова finds Песков, Пескову, Песковым).
import { stemRu } from '../lang/ru/stem';
import { normalizeKey } from './normalize';

const CYRILLIC = /^\p{Script=Cyrillic}[\p{Script=Cyrillic}-]*$/u;

export function searchTerms(q: string): string[] {
  return normalizeKey(q)
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => {
      if (!CYRILLIC.test(t)) return t;
      const stem = stemRu(t);
      // A stem shorter than three letters matches too much: the word as written is kept.
      return [...stem].length >= 3 && t.startsWith(stem) ? stem : t;
    });
}
