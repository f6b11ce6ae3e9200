// The English lexicons (./lexicon/*.json) compiled into matchers. Cues, titles and triggers are
// matched whole-word and case-insensitively: each phrase is entered as written, lower-cased, capitalised
// and in title case, because the phrase matcher looks its first word up as it stands in the text.
import cuesLexicon from './lexicon/cues.json';
import channelsLexicon from './lexicon/channels.json';
import titlesLexicon from './lexicon/titles.json';
import eventsLexicon from './lexicon/events.json';
import type { Stance } from '../../model/schema';
import { PhraseMatcher, phrasePattern } from '../../text/phrases';
import { rangeWithin } from '../../text/spans';
import type { EventLexicon, EventType } from '../../extract/events';
import { eventType } from '../../extract/events';
import type { CueForm } from '../ar/lexicon';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1) : w);
/** The ways a phrase is written in running text: as given, lower case, first word capitalised, title case. */
export const caseVariants = (phrase: string) => {
  const lower = phrase.toLowerCase();
  return [...new Set([phrase, lower, cap(lower), lower.split(' ').map(cap).join(' ')])];
};
const matcherOf = (phrases: Iterable<string>) =>
  new PhraseMatcher([...phrases].flatMap(caseVariants).map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })), ['']);
const alternation = (forms: string[]) => [...new Set(forms)].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/ /g, '\\s+')).join('|');

export const CUE_FORMS_EN = new Map<string, CueForm>();
for (const c of cuesLexicon.cues) {
  const weak = 'needs' in c ? { needsComplement: true } : {};
  for (const f of c.forms) if (!CUE_FORMS_EN.has(f)) CUE_FORMS_EN.set(f, { lemma: c.lemma, stance: c.stance as Stance, participle: false, ...weak });
  for (const f of c.participles ?? []) if (!CUE_FORMS_EN.has(f)) CUE_FORMS_EN.set(f, { lemma: c.lemma, stance: c.stance as Stance, participle: true, ...weak });
}
export const cueFormEn = (text: string) => CUE_FORMS_EN.get(text.toLowerCase().replace(/\s+/g, ' '));
export const CUE_MATCHER_EN = matcherOf(CUE_FORMS_EN.keys());
export const FRAMING_RE_EN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(cuesLexicon.framing.forms)})(?![\\p{L}\\p{N}])`, 'giu');
export const COMPLEMENTIZER_RE_EN = new RegExp(`^(?:${alternation(cuesLexicon.complementizers)})(?![\\p{L}\\p{N}])\\s*`, 'iu');
export const AUXILIARIES_EN = new Set(cuesLexicon.auxiliaries);
export const COMPLEMENT_RULES_EN = cuesLexicon.complementRules.map((r) => ({
  startsWith: (r.startsWith ?? []).map((w) => w.toLowerCase()),
  contains: r.contains?.length
    ? new RegExp(`(?<![\\p{L}])(?:${alternation(r.contains)})(?![\\p{L}])`, 'iu')
    : r.negationWithin
      ? new RegExp(`^(?:[\\p{L}'’.-]+\\s+){1,${r.negationWithin}}(?:will|would|does|do|did|is|are|was|were|has|have|had|can|could|shall|should)(?:\\s+not|n['’]t)(?![\\p{L}])|^(?:[\\p{L}'’.-]+\\s+){1,${r.negationWithin}}(?:won['’]t|cannot|never)(?![\\p{L}])`, 'iu')
      : null,
  stance: r.stance as Stance,
}));

export interface ChannelFormEn {
  medium: string;
  takesName: boolean;
}
const channelForms = new Map<string, ChannelFormEn>();
for (const c of channelsLexicon.channels) for (const f of c.forms) channelForms.set(f.toLowerCase(), { medium: c.medium, takesName: c.takesName });
export const channelFormEn = (text: string) => channelForms.get(text.toLowerCase().replace(/\s+/g, ' '));
/** A channel at the start of the rest of a clause; forms that take a name are tried by the caller. */
export const CHANNEL_RE_EN = new RegExp(`^(?<form>${alternation([...channelForms.keys()])})(?![\\p{L}\\p{N}])`, 'iu');

export interface TitleFormEn {
  title: string;
  of: 'institution' | 'state';
  impliedOf?: string;
}
const titleForms = new Map<string, TitleFormEn>();
for (const t of titlesLexicon.titles) {
  for (const f of t.forms) titleForms.set(f.toLowerCase(), { title: t.title, of: t.of as TitleFormEn['of'], ...(t.impliedOf ? { impliedOf: t.impliedOf } : {}) });
}
export const titleFormEn = (text: string) => titleForms.get(text.toLowerCase().replace(/\s+/g, ' '));
export const TITLE_MATCHER_EN = matcherOf(titleForms.keys());

const triggers = new Map<string, EventType>();
for (const e of eventsLexicon.events) {
  const type = eventType(e.type, 'lib/lang/en/lexicon/events.json');
  for (const t of e.triggers) triggers.set(t.toLowerCase(), type);
}
export const TRIGGER_MATCHER_EN = matcherOf(triggers.keys());
export const triggerTypeEn = (text: string) => triggers.get(text.toLowerCase().replace(/\s+/g, ' '));

export const STOP_EN = new Set(
  'the a an of to in on at for with by from and or but that this these those is are was were be been has have had will would it its their his her he she they we not no as about into than then there which who whom whose what when where'.split(' '),
);

export const ENGLISH_EVENTS: EventLexicon = {
  trigger(text, words, c) {
    const hit = TRIGGER_MATCHER_EN.find(text, words, ...rangeWithin(words, c.start, c.end)).find((h) => h.end <= c.end);
    return hit ? { type: triggerTypeEn(text.slice(hit.start, hit.end))!, trigger: hit } : null;
  },
  stop: STOP_EN,
};
