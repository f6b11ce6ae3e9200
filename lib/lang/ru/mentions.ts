// Russian actor mentions. Russian inflects names (Песков, Пескова, Пескову, Песковым; Захарова, Захаровой;
// Россия, России), so the gazetteer's Russian names, the metonyms (Кремль, Москва) and the role titles are
// matched word by word on stems (./stem: the Snowball stemmer), not as written. A title names the office's
// holder on the publication date (пресс-секретарь президента России → Peskov), or, with a name after it,
// that person (замглавы МИД России Сергей Рябков); a person the gazetteer does not know is made from the
// name a title introduces, and named again later by the surname in any case.
import type { Gazetteer } from '../../extract/gazetteer';
import type { ActorMention } from '../../extract/mentions';
import { lowerBound } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { METONYMS_RU, TITLES_RU } from './lexicon';
import { sameStem, stemRu } from './stem';
import { latinRu } from './transliterate';

interface Word {
  start: number;
  end: number;
  stem: string;
  upper: boolean;
}
interface Entry {
  stems: string[];
  /** Whether each word of the name is capitalised as the gazetteer writes it (then it must be in the text too). */
  caps: boolean[];
  id: string | null;
  metonym: boolean;
  role?: { title: string; of: string } | null;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
const isUpper = (w: string) => /^\p{Lu}/u.test(w);
/** Capitalised words that are no name: weekdays, months, sentence openers. */
const NOT_A_NAME = /^(?:В|Во|На|По|С|Со|К|О|Об|И|А|Но|Он|Она|Они|Мы|Это|Как|Также|При|Для|Из|От|До|За|После|Перед|Ранее|Позднее|Понедельник\p{L}*|Вторник\p{L}*|Сред\p{L}*|Четверг\p{L}*|Пятниц\p{L}*|Суббот\p{L}*|Воскресень\p{L}*|Январ\p{L}*|Феврал\p{L}*|Март\p{L}*|Апрел\p{L}*|Ма[йяе]|Июн\p{L}*|Июл\p{L}*|Август\p{L}*|Сентябр\p{L}*|Октябр\p{L}*|Ноябр\p{L}*|Декабр\p{L}*)$/u;

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stemRu(m[0]), upper: isUpper(m[0]) }));
}

function entryOf(name: string, id: string | null, metonym: boolean, role?: Entry['role']): Entry {
  const ws = [...name.matchAll(WORD)].map((m) => m[0]);
  return { stems: ws.map(stemRu), caps: ws.map(isUpper), id, metonym, ...(role !== undefined ? { role } : {}) };
}

export class RussianMentionFinder {
  /** Names, metonyms and titles by the first three letters of their first stem. */
  private readonly byStart = new Map<string, Entry[]>();
  private readonly titles = new Map<string, Entry[]>();

  constructor(private readonly g: Gazetteer) {
    const add = (map: Map<string, Entry[]>, e: Entry) => {
      const k = e.stems[0]!.slice(0, 3);
      (map.get(k) ?? map.set(k, []).get(k)!).push(e);
    };
    for (const e of g.entries.values()) {
      for (const n of e.names.ru ?? []) add(this.byStart, entryOf(n, e.id, false));
      for (const n of e.metonyms?.ru ?? []) add(this.byStart, entryOf(n, e.id, true));
    }
    for (const [n, id] of METONYMS_RU) if (g.entries.has(id)) add(this.byStart, entryOf(n, id, true));
    for (const [t, role] of TITLES_RU) add(this.titles, entryOf(t, null, false, role));
    for (const list of [...this.byStart.values(), ...this.titles.values()]) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** The longest entry matching the words from i (all of its words, on stems, capitals where it has them). */
  private longest(map: Map<string, Entry[]>, ws: Word[], i: number, text: string): { entry: Entry; n: number } | null {
    const list = map.get(ws[i]!.stem.slice(0, 3));
    if (!list) return null;
    for (const e of list) {
      if (i + e.stems.length > ws.length) continue;
      let ok = true;
      for (let k = 0; k < e.stems.length && ok; k++) {
        const w = ws[i + k]!;
        // The words of one name stand side by side (spaces only between them).
        if (k > 0 && !/^\s+$/.test(text.slice(ws[i + k - 1]!.end, w.start))) ok = false;
        else ok = sameStem(w.stem, e.stems[k]!) && (!e.caps[k] || w.upper);
      }
      if (ok) return { entry: e, n: e.stems.length };
    }
    return null;
  }

  find(text: string, sentences: Sentence[], times: readonly { start: number; end: number }[] = []): ActorMention[] {
    const ws = wordsOf(text);
    const out: ActorMention[] = [];
    const inTime = (pos: number) => {
      const t = times[lowerBound(times, pos + 1) - 1];
      return t !== undefined && pos < t.end;
    };
    const surnames = new Map<string, string>();
    for (let i = 0; i < ws.length; ) {
      const title = this.longest(this.titles, ws, i, text);
      const name = this.longest(this.byStart, ws, i, text);
      if (title && (!name || title.n >= name.n)) {
        const after = i + title.n;
        const t0 = ws[i]!.start;
        const tEnd = ws[after - 1]!.end;
        // A name after the title: a known person, or capitalised words the title introduces.
        const next = after < ws.length && /^[\s,]*$/.test(text.slice(tEnd, ws[after]!.start)) ? this.longest(this.byStart, ws, after, text) : null;
        if (next && next.entry.id && this.g.entries.get(next.entry.id)?.kind === 'person') {
          out.push({ start: t0, end: ws[after + next.n - 1]!.end, actorId: next.entry.id, how: 'title+name' });
          i = after + next.n;
          continue;
        }
        let k = after;
        while (k < ws.length && k - after < 3 && ws[k]!.upper && !NOT_A_NAME.test(text.slice(ws[k]!.start, ws[k]!.end)) && /^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start)) && !this.longest(this.byStart, ws, k, text) && !inTime(ws[k]!.start)) k++;
        if (k - after >= 2 || (k - after === 1 && title.entry.role === null)) {
          const name = { start: ws[after]!.start, end: ws[k - 1]!.end };
          const key = `ru:${ws[k - 1]!.stem}`;
          surnames.set(ws[k - 1]!.stem, key);
          const written = text.slice(name.start, name.end);
          out.push({ start: t0, end: name.end, actorId: null, how: 'new', fresh: { kind: 'person', name, key, en: latinRu(written) } });
          i = k;
          continue;
        }
        if (title.entry.role) {
          out.push({ start: t0, end: tEnd, actorId: null, how: 'title', role: title.entry.role });
          i = after;
          continue;
        }
      }
      if (name) {
        out.push({ start: ws[i]!.start, end: ws[i + name.n - 1]!.end, actorId: name.entry.id, how: name.entry.metonym ? 'metonym' : 'name' });
        i += name.n;
        continue;
      }
      i++;
    }
    // A person a title introduced, named again by the surname (Рябков … Рябкова).
    if (surnames.size) {
      const taken = (pos: number) => {
        const m = out[lowerBound(out, pos + 1) - 1];
        return m !== undefined && pos < m.end;
      };
      for (const w of ws) {
        if (!w.upper || taken(w.start)) continue;
        for (const [stem, key] of surnames) {
          if (sameStem(w.stem, stem)) {
            out.push({ start: w.start, end: w.end, actorId: null, how: 'alias', aliasOf: key });
            break;
          }
        }
      }
      out.sort((a, b) => a.start - b.start);
    }
    void sentences;
    return out;
  }
}
