// Actor mentions: gazetteer names and metonyms, role titles resolved by date, and title–name
// apposition ("المتحدث باسم الرئاسة الروسية، دميتري بيسكوف،") — all in normalised text.
import titlesLexicon from './lexicon/titles.json';
import { normalizeKey } from '../../text/normalize';
import type { WordSpan } from '../../text/phrases';
import { PhraseMatcher, phrasePattern, procliticPrefixes, wordSpans } from '../../text/phrases';
import { lowerBound, nextAfter } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { Gazetteer } from '../../extract/gazetteer';
import type { ActorMention, RoleRef } from '../../extract/mentions';

interface TitleForm {
  form: string;
  title: string;
  of: 'institution' | 'state' | 'counterpart';
}

const TITLE_FORMS: TitleForm[] = titlesLexicon.titles
  .flatMap((t) => t.forms.map((f) => ({ form: normalizeKey(f), title: t.title, of: t.of as TitleForm['of'] })))
  .sort((a, b) => b.form.length - a.form.length);

// Words that cannot be part of a person's name in an apposition.
const FUNCTION_WORDS = new Set(['في', 'من', 'الي', 'علي', 'عن', 'ان', 'انه', 'اليوم', 'امس', 'غدا', 'قد', 'الذي', 'التي', 'مع', 'بين', 'و', 'ثم', 'او', 'ما', 'لا', 'هذا', 'هذه']);

export class MentionFinder {
  private readonly nameMatcher: PhraseMatcher;
  private readonly titleMatcher: PhraseMatcher;
  private readonly formByKey = new Map<string, TitleForm>();

  constructor(private readonly g: Gazetteer) {
    const clitics = procliticPrefixes('وف', 'بلك');
    this.nameMatcher = new PhraseMatcher([...g.arabicNames.keys()].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })), clitics);
    for (const t of TITLE_FORMS) this.formByKey.set(t.form, t);
    // Forms ending in ل (الأمين العام ل) attach to the next word.
    this.titleMatcher = new PhraseMatcher(TITLE_FORMS.map((t) => ({ phrase: t.form, pattern: phrasePattern(t.form, t.form.endsWith(' ل')) })), clitics);
  }

  find(text: string, sentences: Sentence[], words: WordSpan[] = wordSpans(text)): ActorMention[] {
    const names = this.names(text, words);
    const titles = this.titles(text, names, sentences, words);
    // Titles (with their apposed names and institutions) cover the names inside them.
    const covered = (n: ActorMention) => {
      const t = titles[lowerBound(titles, n.start + 1) - 1]; // the last title starting at or before n
      return t !== undefined && n.end <= t.end;
    };
    const out = [...titles, ...names.filter((n) => !covered(n))];
    return out.sort((a, b) => a.start - b.start);
  }

  private names(text: string, words: WordSpan[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const { start, end } of this.nameMatcher.find(text, words)) {
      const hit = this.g.arabicNames.get(text.slice(start, end).replace(/\s+/g, ' '))!;
      out.push({ start, end, actorId: hit.id, how: hit.metonym ? 'metonym' : 'name' });
    }
    return out;
  }

  private demonymAt(text: string, pos: number): { id: string; end: number } | null {
    const m = /^\s+([\p{L}]+)/u.exec(text.slice(pos, pos + 30));
    if (!m) return null;
    const id = this.g.demonyms.get(m[1]!);
    return id ? { id, end: pos + m[0].length } : null;
  }

  private titles(text: string, names: ActorMention[], sentences: Sentence[], words: WordSpan[]): ActorMention[] {
    const out: ActorMention[] = [];
    const nameAt = (pos: number, gap: RegExp) => nextAfter(names, pos, text, gap);
    for (const { start, end: titleEnd } of this.titleMatcher.find(text, words)) {
      const form = this.formByKey.get(text.slice(start, titleEnd).replace(/\s+/g, ' '))!;
      let role: RoleRef | null = null;
      let end = titleEnd;
      if (form.of === 'institution') {
        const inst = nameAt(titleEnd, /^\s*$/);
        if (inst && this.g.entries.get(inst.actorId!)?.kind !== 'person') {
          role = { title: form.title, of: inst.actorId! };
          end = inst.end;
          const dem = this.demonymAt(text, end); // الأمين العام لحلف الناتو / المتحدث باسم الخارجية الروسية
          if (dem && this.g.entries.get(inst.actorId!)?.kind === 'state') end = dem.end;
        }
      } else {
        const dem = this.demonymAt(text, titleEnd);
        const state = dem ? null : nameAt(titleEnd, /^\s+$/);
        const stateId = dem?.id ?? (state && this.g.entries.get(state.actorId!)?.kind === 'state' ? state.actorId : null);
        if (stateId) {
          end = dem?.end ?? state!.end;
          let title = form.title;
          if (form.of === 'counterpart') {
            const sentence = sentenceAt(sentences, start);
            const last = out.at(-1); // titles come in text order: the latest one is the previous role
            const previous = last && sentence && last.start >= sentence.start ? last : undefined;
            if (!previous) continue;
            title = previous.role!.title;
          }
          role = { title, of: stateId };
        }
      }
      if (!role) continue;
      const last = out.at(-1);
      if (last && last.start <= start && start < last.end) continue; // inside a longer title (titles come in text order)
      // Apposition: a known person right after the role, or a comma-delimited unknown name.
      const person = nameAt(end, /^\s*[،,]?\s*$/);
      if (person && this.g.entries.get(person.actorId!)?.kind === 'person') {
        out.push({ start, end: person.end, actorId: person.actorId, how: 'title+name', role });
        continue;
      }
      const unknown = /^\s*[،,]\s*((?:[\p{L}]+\s+){1,2}[\p{L}]+)\s*[،,]/u.exec(text.slice(end, end + 60));
      if (unknown && unknown[1]!.split(/\s+/).every((w) => !FUNCTION_WORDS.has(w) && !this.g.demonyms.has(w))) {
        const nStart = end + unknown[0].indexOf(unknown[1]!);
        const nEnd = nStart + unknown[1]!.length;
        out.push({ start, end: nEnd, actorId: null, how: 'new', role, newName: { start: nStart, end: nEnd } });
        continue;
      }
      out.push({ start, end, actorId: null, how: 'title', role });
    }
    return out;
  }
}
