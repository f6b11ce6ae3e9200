// Arabic: the language the engine was first built for.
import type { Gazetteer } from '../../extract/gazetteer';
import { normalizeKey } from '../../text/normalize';
import { sentences } from '../../text/tokens';
import type { Language } from '../types';
import { ARABIC_EVENTS } from './lexicon';
import { MentionFinder } from './mentions';
import { findStatements } from './statements';
import { TenseIndex } from './tense';
import { tagArabic } from './times';
import { glossGroup } from './gloss';
import { transliterate } from './transliterate';

const finders = new WeakMap<Gazetteer, MentionFinder>();
/** latin() of the names written, remembered (bounded): the same names recur across documents. */
const latins = new Map<string, string>();

export const arabic: Language = {
  code: 'ar',
  sentences,
  times: (text, _sentences, words) => tagArabic(text, words),
  tenses: (text, words) => new TenseIndex(text, words),
  mentions(text, sents, words, g, times) {
    let finder = finders.get(g);
    if (!finder) finders.set(g, (finder = new MentionFinder(g)));
    return finder.find(text, sents, words, times);
  },
  statements: (r) => findStatements(r.text, r.sentences, r.mentions, r.times, r.g, r.words),
  events: ARABIC_EVENTS,
  // A group in common words is glossed (الحلفاء الأوروبيين: European allies); a name is transliterated.
  latin: (written) => {
    let l = latins.get(written);
    if (l === undefined) {
      if (latins.size > 20_000) latins.clear();
      latins.set(written, (l = glossGroup(written) ?? transliterate(written)));
    }
    return l;
  },
  // اللجنة names again the last body whose name begins لجنة…
  refersTo: (head, actor) => (head === '@last' ? actor.kind === 'person' : actor.names.ar.some((n) => normalizeKey(n).replace(/^ال/, '').startsWith(head))),
  dateline: () => undefined,
};
