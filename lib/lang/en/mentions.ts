// English actor mentions: gazetteer names and metonyms as written, and role titles with what they are of —
// before them ("Kremlin spokesman", "Russian President", "Russia's foreign minister") or after them
// ("spokesman for the Kremlin", "President of Russia") — with the name they introduce ("Kremlin spokesman
// Dmitry Peskov") or stand beside ("Dmitry Peskov, the Kremlin spokesman,"). Same output as the Arabic finder.
import type { WordSpan } from '../../text/phrases';
import { PhraseMatcher, phrasePattern, wordSpans } from '../../text/phrases';
import { lowerBound, nextAfter } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import type { Gazetteer } from '../../extract/gazetteer';
import { TITLE_MATCHER_EN, titleFormEn } from './lexicon';
import type { ActorMention, RoleRef } from '../../extract/mentions';

/** Words that end a run of capitalised words taken for an unknown person's name. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Said', 'Says', 'Told',
]);
const NOT_THE_OFFICE = /(?<![\p{L}])(?:deputy|vice|former|ex|assistant|then|first\s+deputy)[\s-]*$/iu;
const STATE_KINDS = new Set(['state']);
const INSTITUTION_KINDS = new Set(['institution', 'alliance']);

export class EnglishMentionFinder {
  private readonly nameMatcher: PhraseMatcher;

  constructor(private readonly g: Gazetteer) {
    this.nameMatcher = new PhraseMatcher([...g.englishNames.keys()].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })), ['']);
  }

  find(text: string, _sentences: Sentence[], words: WordSpan[] = wordSpans(text)): ActorMention[] {
    const names: ActorMention[] = this.nameMatcher.find(text, words).map(({ start, end }) => {
      const hit = this.g.englishNames.get(text.slice(start, end).replace(/\s+/g, ' '))!;
      return { start, end, actorId: hit.id, how: hit.metonym ? 'metonym' : 'name' };
    });
    const titles = this.titles(text, names, words);
    const covered = (n: ActorMention) => {
      const t = titles[lowerBound(titles, n.start + 1) - 1];
      return t !== undefined && n.end <= t.end;
    };
    return [...titles, ...names.filter((n) => !covered(n))].sort((a, b) => a.start - b.start);
  }

  private kindOf(id: string | null) {
    return id ? this.g.entries.get(id)?.kind : undefined;
  }

  private titles(text: string, names: ActorMention[], words: WordSpan[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const hit of TITLE_MATCHER_EN.find(text, words)) {
      const form = titleFormEn(text.slice(hit.start, hit.end))!;
      const before = text.slice(Math.max(0, hit.start - 30), hit.start);
      if (NOT_THE_OFFICE.test(before)) continue;
      const fits = (id: string | null) => (form.of === 'state' ? STATE_KINDS : INSTITUTION_KINDS).has(this.kindOf(id) ?? '');
      let start = hit.start;
      let end = hit.end;
      let of: string | undefined;
      // What it is of, before it: a demonym (Russian, U.S.) or a name (Kremlin, Russia's, NATO).
      const demonym = /([\p{L}.]+)\s+$/u.exec(before);
      const demonymId = demonym && form.of === 'state' ? this.g.englishDemonyms.get(demonym[1]!) : undefined;
      let i = lowerBound(names, hit.start) - 1;
      const left = i >= 0 && /^(?:['’]s)?\s+$/.test(text.slice(names[i]!.end, hit.start)) ? names[i] : undefined;
      if (left && fits(left.actorId)) {
        of = left.actorId!;
        start = left.start;
      } else if (demonymId) {
        of = demonymId;
        start = hit.start - demonym![0].length;
      } else {
        // …or after it: "President of Russia", "spokesman for the Kremlin".
        const prep = /^\s+(?:of|for)\s+/i.exec(text.slice(hit.end, hit.end + 12));
        const right = prep ? nextAfter(names, hit.end + prep[0].length, text, /^(?:the\s+)?$/i) : undefined;
        if (right && fits(right.actorId)) {
          of = right.actorId!;
          end = right.end;
        } else if (form.impliedOf) of = form.impliedOf;
      }
      // A name the gazetteer knows right after the title: "Kremlin spokesman Dmitry Peskov".
      i = lowerBound(names, end);
      const person = names[i] && /^\s*,?\s*$/.test(text.slice(end, names[i]!.start)) && this.kindOf(names[i]!.actorId) === 'person' ? names[i] : undefined;
      if (!of) {
        continue; // "President Vladimir Putin": the name says who, and the title says of what only with a state
      }
      const role: RoleRef = { title: form.title, of };
      const last = out.at(-1);
      if (last && start < last.end) continue;
      if (person) {
        out.push({ start, end: person.end, actorId: person.actorId, how: 'title+name', role });
        continue;
      }
      // A person the gazetteer does not know: two or three capitalised words after the title.
      const unknown = /^\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 80));
      if (unknown && unknown[1]!.split(/\s+/).every((w) => !NOT_NAME.has(w))) {
        const nStart = end + unknown[0].indexOf(unknown[1]!);
        const nEnd = nStart + unknown[1]!.length;
        out.push({ start, end: nEnd, actorId: null, how: 'new', role, fresh: { kind: 'person', name: { start: nStart, end: nEnd }, key: unknown[1]!.replace(/\s+/g, ' ') } });
        continue;
      }
      // Apposition after a name: "Dmitry Peskov, the Kremlin spokesman," is Peskov.
      const j = lowerBound(names, start) - 1;
      const named = j >= 0 && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(names[j]!.end, start)) && this.kindOf(names[j]!.actorId) === 'person' ? names[j] : undefined;
      if (named) {
        out.push({ start: named.start, end, actorId: named.actorId, how: 'title+name', role });
        continue;
      }
      out.push({ start, end, actorId: null, how: 'title', role });
    }
    return out;
  }
}
