// The Arabic lexicons (./lexicon/*.json) compiled into matchers over normalised text.
import cuesLexicon from './lexicon/cues.json';
import channelsLexicon from './lexicon/channels.json';
import eventsLexicon from './lexicon/events.json';
import type { Stance } from '../../model/schema';
import type { EventLexicon, EventType } from '../../extract/events';
import { eventType } from '../../extract/events';
import { normalizeKey } from '../../text/normalize';
import { PhraseMatcher, oneSpace, phrasePattern, procliticPrefixes } from '../../text/phrases';
import { rangeWithin } from '../../text/spans';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (forms: string[]) =>
  [...new Set(forms.map(normalizeKey))].sort((a, b) => b.length - a.length).map((f) => escape(f).replace(/ /g, '\\s+'));

/** A pattern anchored at the start that alternates over forms, run only on a text whose first letter begins one
 *  of them: most stretches it is tried on begin otherwise, and the test costs far less than the regex. */
function anchoredForms(re: RegExp, forms: Iterable<string>): (s: string) => RegExpExecArray | null {
  const first = new Set<number>();
  for (const f of forms) first.add(f.charCodeAt(0));
  return (s) => (first.has(s.charCodeAt(0)) ? re.exec(s) : null);
}

export interface CueForm {
  lemma: string;
  stance: Stance;
  participle: boolean;
  /** Only a cue with أن/إن/a colon/quoted words/عن after it. */
  needsComplement?: boolean;
  /** Only without a subject of its own: the last speaker's (وتابع: …). */
  continuation?: boolean;
  /** First person (نؤكد، أعلن as أُعلن is rare): the voice of the document, a ministry's own statement. */
  firstPerson?: boolean;
  /** A masculine past with its object pronoun (وصفه، أعلنه): a verb only after ما or الذي, a noun elsewhere. */
  afterRelative?: boolean;
  /** Feminine or plural agreement (أكدت، تؤكد، أكدوا): which earlier speaker a continuation fits. */
  agreement?: 'f' | 'm' | 'pl' | 'dual';
}

/** The persons of a regular past: أكد → أكدت، أكدوا، أكدا، أكدتا, with an object pronoun (أكده، أكدته، أكدها). */
function pastForms(p: string): [string, CueForm['agreement']][] {
  // No أكده: a masculine past with ه is too often a noun (إضافة is أضاف + ه once normalised).
  return [[p, 'm'], [p + 'ت', 'f'], [p + 'وا', 'pl'], [p + 'ا', 'dual'], [p + 'تا', 'dual'], [p + 'ها', 'm'], [p + 'ته', 'f'], [p + 'تها', 'f'], [p + 'هما', 'm'], [p + 'تهما', 'f']];
}
/** The persons of a present: يؤكد → تؤكد، يؤكدون، يؤكدان، تؤكدان، نؤكد، أؤكد (a defective ينفي → ينفون). */
function presentForms(pr: string): [string, CueForm['agreement'], boolean?][] {
  const s = pr.slice(1);
  const base = /[يو]$/.test(s) ? s.slice(0, -1) : s;
  return [
    ['ي' + s, 'm'], ['ت' + s, 'f'], ['ي' + base + 'ون', 'pl'], ['ي' + s + 'ان', 'dual'], ['ت' + s + 'ان', 'dual'], ['ن' + s, 'pl', true], ['ا' + s, 'm', true],
    ['ي' + s + 'ه', 'm'], ['ت' + s + 'ه', 'f'], ['ي' + s + 'ها', 'm'], ['ت' + s + 'ها', 'f'],
  ];
}
const agreementOf = (form: string): CueForm['agreement'] => (/ت$|تا$|^ت/.test(form) ? 'f' : /وا$|ون$/.test(form) ? 'pl' : 'm');

export const CUE_FORMS = new Map<string, CueForm>();
for (const c of cuesLexicon.cues) {
  const base = { lemma: c.lemma, stance: c.stance as Stance, ...('needs' in c && c.needs === 'complement' ? { needsComplement: true } : {}), ...('continuation' in c && c.continuation ? { continuation: true } : {}) };
  const add = (form: string, f: CueForm) => {
    const key = normalizeKey(form);
    if (!CUE_FORMS.has(key)) CUE_FORMS.set(key, f);
  };
  const past = typeof c.past === 'string' ? pastForms(normalizeKey(c.past)) : c.past.map((f): [string, CueForm['agreement']] => [f, agreementOf(normalizeKey(f))]);
  for (const [f, agreement] of past) add(f, { ...base, participle: false, agreement });
  if (typeof c.past === 'string') add(normalizeKey(c.past) + 'ه', { ...base, participle: false, agreement: 'm', afterRelative: true });
  // أبلغنا، أكدنا: the first person plural, the voice of a statement's issuer.
  if (typeof c.past === 'string') add(normalizeKey(c.past) + 'نا', { ...base, participle: false, agreement: 'pl', firstPerson: true });
  const present = typeof c.present === 'string' ? presentForms(normalizeKey(c.present)) : c.present.map((f): [string, CueForm['agreement']] => [f, agreementOf(normalizeKey(f))]);
  for (const [f, agreement, first] of present) add(f, { ...base, participle: false, agreement, ...(first ? { firstPerson: true } : {}) });
  for (const f of c.participles ?? []) add(f, { ...base, participle: true, agreement: /ه$|ة$/.test(f) ? 'f' : 'm' });
}
/** Masdars of the cues (تأكيد، إعلان، قول), read in nominal attribution: إعلان الخارجية أن…، نقلت عن فلان قوله. */
export const CUE_NOUNS = new Map<string, CueForm>();
for (const c of cuesLexicon.cues) for (const n of c.nouns ?? []) CUE_NOUNS.set(normalizeKey(n), { lemma: c.lemma, stance: c.stance as Stance, participle: false });
const asPhrases = (keys: Iterable<string>) => [...keys].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }));
/** Cue words, with an optional conjunction و/ف outside the span. */
export const CUE_MATCHER = new PhraseMatcher(asPhrases(CUE_FORMS.keys()), procliticPrefixes('وف', ''));
/** The writer's own framing (يشار إلى أن…), found by its words. */
export const FRAMING_MATCHER = new PhraseMatcher(asPhrases(new Set(cuesLexicon.framing.forms.map(normalizeKey))), ['']);
export const COMPLEMENTIZER_RE = new RegExp(`^(?:${words(cuesLexicon.complementizers).join('|')})(?![\\p{L}\\p{N}])\\s*`, 'u');
/** COMPLEMENTIZER_RE.exec, tried only where one of the complementizers can begin. */
export const complementizerAt = anchoredForms(COMPLEMENTIZER_RE, cuesLexicon.complementizers.map(normalizeKey));

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
/** CHANNEL_RE.exec, tried only where one of the channel forms can begin. */
export const channelAt = anchoredForms(CHANNEL_RE, CHANNEL_FORMS.keys());

const TRIGGERS = new Map<string, EventType>();
for (const e of eventsLexicon.events) {
  const type = eventType(e.type, 'lib/lang/ar/lexicon/events.json');
  for (const t of e.triggers) TRIGGERS.set(normalizeKey(t), type);
}
/** Event trigger words, with one optional proclitic (و ف ب ل ك) outside the span. */
export const TRIGGER_MATCHER = new PhraseMatcher(asPhrases(TRIGGERS.keys()), ['', ...'وفبلك']);
export const triggerType = (normalised: string) => TRIGGERS.get(oneSpace(normalised));

export const ARABIC_EVENTS: EventLexicon = {
  trigger(text, words, c) {
    const hit = TRIGGER_MATCHER.find(text, words, ...rangeWithin(words, c.start, c.end)).find((h) => h.end <= c.end);
    return hit ? { type: triggerType(text.slice(hit.start, hit.end))!, trigger: hit } : null;
  },
  stop: new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'ان', 'انه', 'هذا', 'هذه', 'التي', 'الذي', 'قد', 'ما', 'لا', 'و']),
};
