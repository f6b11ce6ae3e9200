// The Arabic lexicons (./lexicon/*.json) compiled into matchers over normalised text.
import cuesLexicon from './lexicon/cues.json';
import channelsLexicon from './lexicon/channels.json';
import eventsLexicon from './lexicon/events.json';
import type { Stance } from '../../model/schema';
import type { EventLexicon, EventType } from '../../extract/events';
import { eventType } from '../../extract/events';
import { normalizeKey } from '../../text/normalize';
import { PhraseMatcher, phrasePattern, procliticPrefixes } from '../../text/phrases';
import { spansWithin } from '../../text/spans';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (forms: string[]) =>
  [...new Set(forms.map(normalizeKey))].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/ /g, '\\s+'));

export interface CueForm {
  lemma: string;
  stance: Stance;
  participle: boolean;
}
export const CUE_FORMS = new Map<string, CueForm>();
for (const c of cuesLexicon.cues) {
  for (const f of c.forms) CUE_FORMS.set(normalizeKey(f), { lemma: c.lemma, stance: c.stance as Stance, participle: false });
  for (const f of c.participles ?? []) CUE_FORMS.set(normalizeKey(f), { lemma: c.lemma, stance: c.stance as Stance, participle: true });
}
const asPhrases = (keys: Iterable<string>) => [...keys].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }));
/** Cue words, with an optional conjunction و/ف outside the span. */
export const CUE_MATCHER = new PhraseMatcher(asPhrases(CUE_FORMS.keys()), procliticPrefixes('وف', ''));
export const FRAMING_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words(cuesLexicon.framing.forms).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
export const COMPLEMENTIZER_RE = new RegExp(`^(?:${words(cuesLexicon.complementizers).join('|')})(?![\\p{L}\\p{N}])\\s*`, 'u');

export const COMPLEMENT_RULES = cuesLexicon.complementRules.map((r) => ({
  startsWith: (r.startsWith ?? []).map(normalizeKey),
  contains: r.contains?.length ? new RegExp(`(?<![\\p{L}])(?:${words(r.contains).join('|')})(?![\\p{L}])`, 'u') : null,
  stance: r.stance as Stance,
}));

export interface ChannelForm {
  medium: string;
  takesName: boolean;
}
export const CHANNEL_FORMS = new Map<string, ChannelForm>();
for (const c of channelsLexicon.channels) for (const f of c.forms) CHANNEL_FORMS.set(normalizeKey(f), { medium: c.medium, takesName: c.takesName });
export const CHANNEL_RE = new RegExp(`^(?<form>${words([...CHANNEL_FORMS.keys()]).join('|')})(?![\\p{L}\\p{N}])`, 'u');

const TRIGGERS = new Map<string, EventType>();
for (const e of eventsLexicon.events) {
  const type = eventType(e.type, 'lib/lang/ar/lexicon/events.json');
  for (const t of e.triggers) TRIGGERS.set(normalizeKey(t), type);
}
/** Event trigger words, with one optional proclitic (و ف ب ل ك) outside the span. */
export const TRIGGER_MATCHER = new PhraseMatcher(asPhrases(TRIGGERS.keys()), ['', ...'وفبلك']);
export const triggerType = (normalised: string) => TRIGGERS.get(normalised.replace(/\s+/g, ' '));

export const ARABIC_EVENTS: EventLexicon = {
  trigger(text, words, c) {
    const hit = TRIGGER_MATCHER.find(text, spansWithin(words, c.start, c.end)).find((h) => h.end <= c.end);
    return hit ? { type: triggerType(text.slice(hit.start, hit.end))!, trigger: hit } : null;
  },
  stop: new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'ان', 'انه', 'هذا', 'هذه', 'التي', 'الذي', 'قد', 'ما', 'لا', 'و']),
};
