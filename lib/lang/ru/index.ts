// Russian: the Kremlin's and the ministry's own words (TASS, RIA Novosti, Interfax, kremlin.ru, mid.ru, the
// dailies), beside their Arabic and English reports.
import type { Gazetteer } from '../../extract/gazetteer';

import type { Language } from '../types';
import { EVENTS_RU, STOP_RU } from './lexicon';
import { RussianMentionFinder } from './mentions';
import { findStatementsRu, sentencesRu } from './statements';
import { stemRu } from './stem';
import { RussianTenses } from './tense';
import { tagRussian } from './times';
import { latinRu } from './transliterate';

const finders = new WeakMap<Gazetteer, RussianMentionFinder>();

/** A wire dateline before a date at the start of a line ("МОСКВА, 29 декабря. /ТАСС/."), or a date opening a line
 *  of its own as online outlets stamp their items ("19.07.2023, 13:40 мск"). */
const DATELINE_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\s/.'-]{1,40},\s*$/u;
const STAMP_BEFORE = /(?:^|\n)\s*$/u;
const STAMP_AFTER = /^,?\s*(?:\d{1,2}:\d{2})?(?:\s*(?:мск|по\s+московскому\s+времени))?\s*(?:\n|$)/u;

export const russian: Language = {
  code: 'ru',
  sentences: sentencesRu,
  times: (text) => tagRussian(text),
  tenses: (text) => new RussianTenses(text),
  mentions(text, sents, _words, g, times) {
    let finder = finders.get(g);
    if (!finder) finders.set(g, (finder = new RussianMentionFinder(g)));
    return finder.find(text, sents, times);
  },
  statements: findStatementsRu,
  events: {
    trigger(text, _words, span) {
      let best: { type: (typeof EVENTS_RU)[number][1]; trigger: { start: number; end: number } } | null = null;
      const words = text.slice(span.start, span.end);
      for (const [re, type] of EVENTS_RU) {
        const m = re.exec(words);
        if (m && (!best || span.start + m.index < best.trigger.start)) best = { type, trigger: { start: span.start + m.index, end: span.start + m.index + m[0].length } };
      }
      return best;
    },
    stop: STOP_RU,
  },
  latin: latinRu,
  // "министерство", "ведомство" name again the last body; "дипломат", "министр" the last person.
  refersTo: (head, actor) => (head === '@last' ? actor.kind === 'person' : (actor.names as { ru?: string[] }).ru?.some((n) => stemRu(n.split(/\s+/)[0]!).startsWith(stemRu(head))) === true),
  dateline: (text, times) =>
    times.find(
      (t) =>
        t.start < 400 &&
        t.parse.kind === 'day' &&
        t.parse.date &&
        (DATELINE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) || (STAMP_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) && STAMP_AFTER.test(text.slice(t.end, t.end + 40)))),
    ),
};

