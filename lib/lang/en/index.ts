// English: wire copy and the English-language press.
import type { Gazetteer } from '../../extract/gazetteer';
import { sentencesEn } from '../../text/tokens';
import type { Language } from '../types';
import { ENGLISH_EVENTS } from './lexicon';
import { EnglishMentionFinder } from './mentions';
import { findStatementsEn } from './statements';
import { EnglishTenses } from './tense';
import { tagEnglish } from './times';
import { refersTo } from './refer';

const finders = new WeakMap<Gazetteer, EnglishMentionFinder>();

/** A wire dateline before a date, at the start of a line: "MOSCOW, " or "WASHINGTON/MOSCOW, ". */
const DATELINE_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\s/.'-]{1,40},\s*$/u;

export const english: Language = {
  code: 'en',
  sentences: sentencesEn,
  times: (text, sents) => tagEnglish(text, sents),
  tenses: (text) => new EnglishTenses(text),
  mentions: (text, sents, words, g, times) => finderFor(g).find(text, sents, words, times),
  statements: (r) => findStatementsEn(r.text, r.sentences, r.mentions, r.times, r.g, r.words),
  events: ENGLISH_EVENTS,
  latin: (written) => written,
  refersTo,
  dateline: (text, times) =>
    times.find((t) => t.start < 400 && t.parse.kind === 'day' && t.parse.date && DATELINE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))),
};

function finderFor(g: Gazetteer): EnglishMentionFinder {
  let finder = finders.get(g);
  if (!finder) finders.set(g, (finder = new EnglishMentionFinder(g)));
  return finder;
}
