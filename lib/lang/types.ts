// A language the engine reads: one folder (lib/lang/<code>/) behind this interface. What every language
// shares — normalisation with offsets, resolution against the publication, merging statements, events —
// lives outside; a language brings how its text says times, names actors, attributes words and names events.
import type { Lang } from '../model/schema';
import type { StatementDraft } from '../extract/drafts';
import type { EventLexicon } from '../extract/events';
import type { Gazetteer } from '../extract/gazetteer';
import type { ActorMention } from '../extract/mentions';
import type { WordSpan } from '../text/phrases';
import type { Sentence } from '../text/tokens';
import type { TaggedSpan } from '../time/parse';
import type { Tenses } from '../time/tense';

/** What attribution reads: the normalised text and what the earlier stages found in it. */
export interface ReadText {
  text: string;
  sentences: Sentence[];
  words: WordSpan[];
  times: TaggedSpan[];
  tenses: Tenses;
  /** Actor mentions with an actor (titles resolved, new persons made actors), in text order. */
  mentions: ActorMention[];
  g: Gazetteer;
  /** The publisher's actor id where the gazetteer knows it: a ministry publishing its own statement is its "we". */
  publisher?: string;
}

export interface Language {
  readonly code: Lang;
  /** Sentences of the normalised text (and a headline line, which ends at its line break). */
  sentences(text: string): Sentence[];
  /** Temporal expressions with their calendar meaning, not yet resolved; sorted and disjoint. */
  times(text: string, sentences: Sentence[], words: WordSpan[]): TaggedSpan[];
  /** Where the text marks the future, for bare weekdays and yearless dates. */
  tenses(text: string, words: WordSpan[]): Tenses;
  /** Actors the text names: gazetteer names and metonyms, role titles, persons a title introduces. */
  mentions(text: string, sentences: Sentence[], words: WordSpan[], g: Gazetteer, times: readonly TaggedSpan[]): ActorMention[];
  /** Who said what, when and through which channel: one draft per speaker and reporting sentence. */
  statements(read: ReadText): StatementDraft[];
  /** The words that name events in what was said. */
  events: EventLexicon;
  /** A Latin label for a person's name as the text writes it. */
  latin(written: string): string;
  /** Whether a phrase that names an actor again (اللجنة، "the minister") can mean this one. */
  refersTo(anaphor: string, actor: { kind: string; names: { en: string[]; ar: string[] }; roles: { title: string }[] }): boolean;
  /** The date of a wire dateline at the top of the text ("MOSCOW, Dec 29 (Reuters) -"), if there is one. */
  dateline(text: string, times: TaggedSpan[]): TaggedSpan | undefined;
}
