// The words of the corpus overview (a corpus too large to send whole): one catalogue per UI language, each of
// the shape of the English one.
import type { UiLang } from './ui-lang';
import { corpusAr } from './messages/corpus-ar';
import { corpusEn, type CorpusMessages } from './messages/corpus-en';
import { corpusRu } from './messages/corpus-ru';

export type { CorpusMessages };

export const CORPUS_MESSAGES: Record<UiLang, CorpusMessages> = { en: corpusEn, ar: corpusAr, ru: corpusRu };
