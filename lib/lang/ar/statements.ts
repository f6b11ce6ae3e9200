// Arabic attribution: cue + speaker + channel + content, one draft per speaker and reporting sentence, in
// normalised text. Arabic news puts the verb first (أكد المتحدث…), the speaker first (البيت الأبيض، قد أكد…،
// أما جاويش أوغلو فاعتبر…), goes on without naming the speaker again (وأضاف أن…، وتابع: «…»، مشيراً إلى…),
// attributes by a preposition or a noun (بحسب الخارجية، نقلاً عن مصدر، على لسان المتحدث، إعلان الكرملين أن…)
// and reports through another (نقلت وكالة… عن فلان قوله). The writer's framing (يشار إلى أن) is no speaker.
import type { Stance } from '../../model/schema';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { WordSpan } from '../../text/phrases';
import { PhraseMatcher, isSpaceUnit, phrasePattern, procliticPrefixes } from '../../text/phrases';
import { lowerBound, mergeByStart, nextAfter } from '../../text/spans';
import { normalizeKey } from '../../text/normalize';
import type { TaggedSpan } from '../../time/parse';
import type { SpanN, StatementDraft } from '../../extract/drafts';
import { CUE_WINDOW, around, colonDrafts, datesSaying, nearestTime, oncePerSentence, sentenceIndex } from '../../extract/drafts';
import type { Gazetteer } from '../../extract/gazetteer';
import type { ActorMention } from '../../extract/mentions';
import cuesLexicon from './lexicon/cues.json';
import type { CueForm } from './lexicon';
import { CHANNEL_FORMS, COMPLEMENT_RULES, CUE_FORMS, CUE_MATCHER, FRAMING_MATCHER, channelAt, complementizerAt } from './lexicon';

const ATTRIBUTIONS = new PhraseMatcher(
  cuesLexicon.attributions.before.map(normalizeKey).map((phrase) => ({ phrase, pattern: phrasePattern(phrase, phrase.endsWith(' ل')) })),
  procliticPrefixes('وف', ''),
);
const SAYING_NOUNS = new Set(cuesLexicon.attributions.sayingNouns.map(normalizeKey));
/** Between a verb and its subject, or a subject and its verb: قد، كذلك، أيضاً… */
const FILLER_AFTER = /^(?:\s|قد(?![\p{L}])|كذلك(?![\p{L}])|ايضا(?![\p{L}])|بدوره(?![\p{L}])|بدورها(?![\p{L}])|عنها(?![\p{L}])|عنه(?![\p{L}])|عليها(?![\p{L}])|عليه(?![\p{L}])|بها(?![\p{L}])|به(?![\p{L}])|فيه(?![\p{L}])|فيها(?![\p{L}])|خلاله(?![\p{L}])|خلالها(?![\p{L}])|حينها(?![\p{L}]))*$/u;
const FILLER_BEFORE = /^(?:[\s،,]|بن\s+\S+|قد(?![\p{L}])|لقد(?![\p{L}])|كان(?![\p{L}])|كانت(?![\p{L}])|بدوره(?![\p{L}])|بدورها(?![\p{L}])|من\s+جهته(?![\p{L}])|من\s+جهتها(?![\p{L}])|من\s+جانبه(?![\p{L}])|من\s+جانبها(?![\p{L}])|بدورهم(?![\p{L}])|\([^()\n]{1,40}\))*$/u;
/** What may open a clause before a verb with no subject of its own: و، ف، ثم، كما، ولكن… */
const CLAUSE_OPENING = /^(?:[\s،,"-]|و|ف|ثم(?![\p{L}])|كما(?![\p{L}])|اذ(?![\p{L}])|حيث(?![\p{L}])|فيما(?![\p{L}])|بينما(?![\p{L}])|لكن(?![\p{L}])|ولكن(?![\p{L}])|قد(?![\p{L}])|بل(?![\p{L}])|في\s+المقابل(?![\p{L}])|من\s+جهه\s+اخري(?![\p{L}]))*$/u;
/** After a verb with no subject: its complement, a colon, quoted words, a channel or a time (وأضاف أن…، وتابع: …). */
const SUBJECTLESS_AFTER = /^\s*(?:[:"]|[-–—]|[اإأ]ن(?![\p{L}])|انه|انها|انهم|بان|ب?ان(?![\p{L}])|الي\s+ان|علي\s+ان|علي\s+ضروره|من\s+ان|عن\s|بالقول|قائلا|قائله|في\s|خلال\s|امام\s|ل\S+|الي\s)/u;
const COMPLEMENT_AFTER = /^\s*(?:قد\s+)?(?:[:"]|[-–—]|[اإأ]ن(?![\p{L}])|انه|انها|بان|الي\s+ان|علي\s+ان|من\s+ان|عن\s|بالقول|قائلا)/u;
/** A word that is a verb of saying (with و/ف glued to it): no 'Speaker:' line has one before its colon. */
const isCue = (w: string) => CUE_FORMS.has(w) || CUE_FORMS.has(w.replace(/^[وف]/, ''));
/** What stands before a verb that carries its object (ما وصفه، الذي أعلنه، ما أقرّ به). */
const RELATIVE_BEFORE = /(?:^|[\s،,])(?:ما|الذي|التي)\s+(?:كان\s+|كانت\s+|قد\s+)*$/u;
const SENTENCE_END_MARK = /[.!?؟]["»”)]*\s*$/u;

interface Context {
  /** The antecedent of the relative clause the current verb is in, given to its draft as what was said. */
  antecedent?: SpanN;
  text: string;
  sentences: Sentence[];
  mentions: ActorMention[];
  times: TaggedSpan[];
  g: Gazetteer;
  drafts: StatementDraft[];
  headline: Sentence | null;
}

export function findStatements(text: string, sentences: Sentence[], mentions: ActorMention[], times: TaggedSpan[], g: Gazetteer, words: WordSpan[]): StatementDraft[] {
  const framing = FRAMING_MATCHER.find(text, words);
  const headline = headlineOf(text, sentences);
  const cx: Context = { text, sentences, mentions, times, g, drafts: [], headline };
  // "Speaker: what" — a headline, a subtitle, a live blog's entry, or any line that begins so.
  // Drafts are kept in text order: each sentence's "Speaker:" lines join before the cues that follow them.
  let colonsUpTo = 0;
  const colonsBefore = (pos: number) => {
    for (; colonsUpTo < sentences.length && sentences[colonsUpTo]!.start <= pos; colonsUpTo++) cx.drafts.push(...colonDrafts(text, sentences[colonsUpTo]!, mentions, isCue));
  };

  // Cues and attributions in text order, so that a continuation finds the speaker before it.
  const cues = CUE_MATCHER.find(text, words).map((h) => ({ start: h.start, end: h.end, kind: 'verb' as const }));
  const attributions = ATTRIBUTIONS.find(text, words).map((h) => ({ start: h.start, end: h.end, kind: 'attribution' as const }));
  const all = mergeByStart(cues, attributions);
  // The framing phrases are disjoint and in order, as the hits are: one pointer finds the one a hit may be in.
  let f = 0;
  for (const hit of all) {
    colonsBefore(hit.start);
    while (f < framing.length && framing[f]!.end <= hit.start) f++;
    if (f < framing.length && framing[f]!.start <= hit.start) continue;
    const whole = sentenceAt(sentences, hit.start);
    if (!whole || whole === headline) continue;
    const sentence = around(whole, hit);
    if (insideQuote(text, sentence, hit.start)) continue; // words someone said, quoted
    if (hit.kind === 'attribution') {
      cx.drafts.push(...attribution(cx, sentence, hit));
      continue;
    }
    const form = CUE_FORMS.get(text.slice(hit.start, hit.end))!;
    if (form.afterRelative && !RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 24), hit.start))) continue;
    cx.drafts.push(...verb(cx, sentence, { start: hit.start, end: hit.end, lemma: form.lemma }, form));
  }
  colonsBefore(text.length);
  return oncePerSentence(cx.drafts).sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
}

/** A first line that is a headline: a line of its own, short, with no full stop (a lead sentence has one). */
function headlineOf(text: string, sentences: Sentence[]): Sentence | null {
  const first = sentences[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  const lineEnd = text.indexOf('\n', first.start);
  if (lineEnd < 0 || lineEnd > first.end + 2) return null; // the sentence runs on: no line of its own
  if (SENTENCE_END_MARK.test(line)) return null;
  if (line.split(/\s+/).length > 25) return null;
  return first;
}

/** Whether a position lies between quotation marks of its sentence (quoted words are someone's own). */
function insideQuote(text: string, sentence: Sentence, pos: number): boolean {
  let n = 0;
  // (from one quotation mark to the next by indexOf, not a test of every character; within the stretch before
  // the position, so that no search runs on past it)
  const before = text.slice(sentence.start, pos);
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) n++;
  return n % 2 === 1;
}

/** The mentions that follow a position with only fillers between, and those coordinated with them (X وY). */
function mentionsAfter(cx: Context, pos: number, limit: number, filler: RegExp): ActorMention[] {
  const first = nextAfter(cx.mentions, pos, cx.text, filler);
  if (!first || first.start >= limit || first.actorId === null) return [];
  const out = [first];
  for (let i = lowerBound(cx.mentions, first.end); i < cx.mentions.length; i++) {
    const m = cx.mentions[i]!;
    if (m.start >= limit || m.actorId === null || !/^\s*[،,]?\s*و\s*$/.test(cx.text.slice(out.at(-1)!.end, m.start))) break;
    out.push(m);
  }
  return out;
}

/** The position after the times that follow a position (تحدثت أمس الأربعاء عن…): what the verb takes comes after them. */
function skipTimes(cx: Context, pos: number, end: number): number {
  for (let t = lowerBound(cx.times, pos); t < cx.times.length; t++) {
    const span = cx.times[t]!;
    if (span.end > end || !/^[\s،,]*(?:في\s+|يوم\s+)?$/u.test(cx.text.slice(pos, span.start))) break;
    pos = span.end;
  }
  return pos;
}

/** The subject before a verb in its clause (البيت الأبيض، قد أكد؛ وكانت الرياض قد أعلنت؛ X وY أكدا). */
function subjectBefore(cx: Context, cue: SpanN, sentence: Sentence): ActorMention[] {
  let i = lowerBound(cx.mentions, cue.start) - 1;
  while (i >= 0 && cx.mentions[i]!.end > cue.start) i--;
  const last = i >= 0 && cx.mentions[i]!.start >= sentence.start ? cx.mentions[i]! : undefined;
  if (!last || last.actorId === null) return [];
  // أما X فـ: the verb carries ف, the gap is empty; a demonym may follow a name (شبكة "سي إن إن" الأمريكية قد لفتت).
  let gap = demonymsAsSpaces(cx.text.slice(last.end, cue.start).replace(/["]/g, ' '), cx.g.demonyms);
  if (gap.endsWith('ف')) gap = gap.slice(0, -1);
  if (!FILLER_BEFORE.test(gap)) return [];
  const out = [last];
  for (let k = i - 1; k >= 0 && cx.mentions[k]!.start >= sentence.start; k--) {
    const m = cx.mentions[k]!;
    if (m.actorId === null || !/^\s*[،,]?\s*و\s*$/.test(cx.text.slice(m.end, out[0]!.start))) break;
    out.unshift(m);
  }
  return out;
}

/** Each run of non-spaces that is a demonym made a space (as s.replace(/\S+/g, …) would, without a call per run). */
function demonymsAsSpaces(s: string, demonyms: ReadonlyMap<string, string>): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; ) {
    if (isSpaceUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const a = i;
    while (i < s.length && !isSpaceUnit(s.charCodeAt(i))) i++;
    if (demonyms.has(s.slice(a, i))) {
      out += s.slice(run, a) + ' ';
      run = i;
    }
  }
  return run === 0 ? s : out + s.slice(run);
}

/** The last stretch of a text, that end-anchored patterns are tried on (see atEnd): made once for the several
 *  patterns tried before one verb. */
interface EndStretch {
  text: string;
  /** Where the stretch's first character stands in the whole text. */
  offset: number;
}
function endStretch(s: string, tail = 96): EndStretch {
  if (s.length <= tail) return { text: s, offset: 0 };
  const cut = s.length - tail;
  // A character no pattern matches stands where the stretch was cut: ^ cannot match inside the text.
  return { text: '\u0000' + s.slice(cut), offset: cut - 1 };
}

/** A pattern anchored at the end ($) tried on the last stretch of a text only (a $ pattern is tried at every
 *  position before it): the match with its index in the whole text. A ^ in the pattern still means the start. */
function atEnd(re: RegExp, stretch: EndStretch): { index: number; 0: string; 1?: string } | null {
  const m = re.exec(stretch.text);
  return m ? { index: m.index + stretch.offset, 0: m[0], 1: m[1] } : null;
}

// What stands right before a verb, tried with atEnd: a comma or a dash opening its clause; a relative pronoun
// (its antecedent is what was said); أنه and the like (the pronoun is the subject); الذي after the subject.
const CLAUSE_OPENED = /(?:[،,:؛]|\s[-–—])\s*(?:و|ف|ثم\s|كما\s)?\s*$/u;
const RELATIVE_PRONOUN = /(?:^|\s)(?:ما|الذي|التي|الذين|اللذين|اللتين)\s+(?:كان\s+|كانت\s+|قد\s+)*$/u;
const THAT_PRONOUN = /(?:^|[\s،,])(?:و)?(?:[اإأ]ن|بان|لان)(ه|ها|هم)\s+(?:قد\s+)?$/u;
const WHO_BEFORE = /(?:[،,]\s*)?(?:الذي|التي)\s+(?:كان\s+|كانت\s+|قد\s+)*$/u;

/** How many drafts back a continuation looks for its speaker. */
const LOOKBACK = 32;

/** Whether draft i's verb lies inside the words of another draft of its sentence (one found near it). */
function nested(drafts: readonly StatementDraft[], i: number): boolean {
  const d = drafts[i]!;
  for (let j = Math.max(0, i - 8); j < Math.min(drafts.length, i + 8); j++) {
    const o = drafts[j]!;
    if (o !== d && o.mention === d.mention && o.content.some((c) => c.start <= d.cue.start && d.cue.start < c.end)) return true;
  }
  return false;
}

/** The speaker a subjectless verb continues: the last speaker before it, within a few sentences, whose
 *  gender fits the verb's (وأضافت after المتحدثة، not after the minister). */
function lastSpeaker(cx: Context, pos: number, sentence: Sentence, agreement: CueForm['agreement']): ActorMention | null {
  const k = sentenceIndex(cx.sentences, sentence.start);
  const earliest = Math.max(cx.sentences[Math.max(0, k - 4)]!.start, pos - 4 * CUE_WINDOW);
  // The last few drafts only: a run of hundreds of verbs costs each a constant, not all before it.
  for (let i = cx.drafts.length - 1; i >= 0 && i >= cx.drafts.length - LOOKBACK; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start >= pos && d.mention !== sentence) continue;
    if (d.mention.start < earliest) break;
    if (d.headline) continue;
    // A statement inside another's words in its sentence (أن بوتين أبلغ…) is not the one that goes on.
    if (nested(cx.drafts, i)) continue;
    const s = d.speaker;
    const kind = s.actorId ? cx.g.entries.get(s.actorId)?.kind : undefined;
    if (agreement === 'f' && s.feminine === false && kind === 'person') continue;
    if (agreement === 'm' && s.feminine && kind !== 'person') continue;
    return s;
  }
  return null;
}

function verb(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }, form: CueForm): StatementDraft[] {
  const { text } = cx;
  cx.antecedent = undefined;
  const before = text.slice(sentence.start, cue.start);
  const stretch = endStretch(before);
  const opensClause = CLAUSE_OPENING.test(before) || atEnd(CLAUSE_OPENED, stretch) !== null;
  if (form.participle) {
    // مشيراً إلى… at the start of a sentence: the last speaker goes on; inside one, the same statement does.
    if (!CLAUSE_OPENING.test(before)) return [];
    const s = lastSpeaker(cx, cue.start, sentence, form.agreement);
    return s ? draft(cx, sentence, cue, form.stance, [s], false, 0.75) : [];
  }
  const after = text.slice(skipTimes(cx, cue.end, sentence.end), sentence.end);
  // What stands right before the verb as a relative pronoun, أنه or الذي ends in a space: before a verb glued to
  // و or ف there is none, and those patterns are not tried.
  const spaceBefore = before.length > 0 && isSpaceUnit(before.charCodeAt(before.length - 1));
  // ما أقرّ به الأمين العام، التي أعلن عنها الإليزيه: the relative clause's antecedent is what was said.
  const rel = spaceBefore ? atEnd(RELATIVE_PRONOUN, stretch) : null;
  const relative = rel !== null;
  // What the relative clause says is its antecedent: «الاتصال الهاتفي الذي أعلن عنه البيت الأبيض» speaks of the call.
  if (rel) {
    const upTo = sentence.start + rel.index;
    // The clause the antecedent is in begins after the last comma, colon or semicolon before it.
    const prefix = text.slice(sentence.start, upTo);
    const from = sentence.start + Math.max(prefix.lastIndexOf('،'), prefix.lastIndexOf(','), prefix.lastIndexOf(':'), prefix.lastIndexOf('؛')) + 1;
    // وهو ما وصفه…: the pronoun stands for the clause before it, which draft() takes.
    if (upTo > from && !/^\s*و?(?:هو|هي|هذا|ذلك)\s*$/u.test(text.slice(from, upTo))) cx.antecedent = { start: from, end: upTo };
  }
  if ((form.needsComplement || form.continuation) && !relative && !COMPLEMENT_AFTER.test(after)) {
    // تحدث الرئيسان هاتفياً: no statement; رأى لافروف (71 عاماً) أن…، وأردف الوزير - في رد على سؤال - أن…: the subject stands between.
    const vs = mentionsAfter(cx, cue.end, sentence.end, FILLER_AFTER);
    const rest = vs.length ? text.slice(vs.at(-1)!.end, sentence.end).replace(/^\s*(?:\([^()]{0,40}\)|[-–—][^-–—]{0,80}[-–—])/u, '') : '';
    const person = vs.length > 0 && (vs[0]!.how === 'title+name' || vs[0]!.how === 'new' || (vs[0]!.how === 'name' && cx.g.entries.get(vs[0]!.actorId!)?.kind === 'person'));
    if (!vs.length || (!COMPLEMENT_AFTER.test(rest) && !(person && /^\s*[،,]/.test(rest)))) return [];
  }
  // …وأنها طلبت مهلة: a pronoun after أن is the verb's subject — the last actor before it in the sentence that fits it.
  const pronoun = spaceBefore ? atEnd(THAT_PRONOUN, stretch) : null;
  if (pronoun) {
    const want = pronoun[1] === 'ه' ? 'person' : pronoun[1] === 'ها' ? 'body' : 'any';
    // أبلغ بايدن نتنياهو أنه يتوقع…: inside the words of a speaker the pronoun fits, the verb is that speaker's own
    // (the same statement), not the object's.
    const within = cx.drafts.find((d) => d.mention === sentence && d.cue.start < cue.start && d.content.some((c) => c.start <= cue.start && cue.start < c.end));
    if (within) {
      const kind = within.speaker.actorId ? (cx.g.entries.get(within.speaker.actorId)?.kind ?? within.speaker.fresh?.kind) : undefined;
      if (want === 'any' || (want === 'person') === (kind === 'person')) return [];
    }
    for (let i = lowerBound(cx.mentions, cue.start) - 1; i >= 0 && cx.mentions[i]!.start >= sentence.start; i--) {
      const m = cx.mentions[i]!;
      if (!m.actorId || m.end > cue.start) continue;
      const kind = cx.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind ?? 'person';
      if (want === 'any' || (want === 'person') === (kind === 'person')) return reported(cx, sentence, cue, form, [m], true);
    }
    return [];
  }
  // أما X (، الذي …)، فاعتبر…: the subject is what أما opened.
  const amma = /^\s*و?اما\s+/u.exec(before);
  if (amma && text[cue.start - 1] === 'ف') {
    const m = mentionsAfter(cx, sentence.start + amma[0].length, cue.start, /^\s*$/);
    if (m.length) return reported(cx, sentence, cue, form, m, true);
  }
  // …، الذي أكد: the relative pronoun's antecedent speaks.
  const who = spaceBefore ? atEnd(WHO_BEFORE, stretch) : null;
  if (who) {
    const ante = subjectBefore(cx, { start: sentence.start + who.index, end: sentence.start + who.index }, sentence);
    if (ante.length && !mentionsAfter(cx, cue.end, sentence.end, FILLER_AFTER).length) return reported(cx, sentence, cue, form, ante.slice(-1), true);
  }
  // وأعرب سموه، وأوضح سعادته: an honorific with a pronoun is the last speaker.
  if (/^\s*(?:سموه|سعادته|فخامته|معاليه|جلالته|سماحته)(?![\p{L}])/u.test(after)) {
    const s = lastSpeaker(cx, cue.start, sentence, form.agreement);
    return s ? draft(cx, sentence, cue, form.stance, [s], false, 0.75) : [];
  }
  // كلمة ألقاها بايدن من البيت الأبيض أشاد فيها، تصريحات أدلى بها ريابكوف لقناة "RTVI" قال فيها: the one who gave
  // the speech or the remarks says what is in them — the last person before the verb, not the place or the channel.
  if (/^\s*(?:فيها|فيه)(?![\p{L}])/u.test(after) && !mentionsAfter(cx, cue.end, sentence.end, FILLER_AFTER).length) {
    for (let i = lowerBound(cx.mentions, cue.start) - 1; i >= 0 && cx.mentions[i]!.start >= sentence.start; i--) {
      const m = cx.mentions[i]!;
      if (m.actorId && m.end <= cue.start && (cx.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) === 'person') return reported(cx, sentence, cue, form, [m], true);
    }
  }
  const sv = subjectBefore(cx, cue, sentence);
  const vs = mentionsAfter(cx, cue.end, sentence.end, FILLER_AFTER);
  // أن بوتين أبلغ نظيره: after a complementizer, or opening the clause, the noun before the verb is its subject.
  const svFirst = sv.length > 0 && /^\s*(?:قد\s+)?$/.test(text.slice(sv.at(-1)!.end, cue.start)) && /(?:^|[\s،,])(?:[اإأ]ن|انه|بان|و|ف|اما)?\s*$/u.test(text.slice(sentence.start, sv[0]!.start).replace(/[وف]$/, ''));
  if (sv.length && (svFirst || !vs.length)) return reported(cx, sentence, cue, form, sv, true);
  if (vs.length) return reported(cx, sentence, cue, form, vs, false);
  const noun = statementNounSpeaker(cx, cue);
  if (noun) return reported(cx, sentence, cue, form, [noun], false);
  // No subject of its own: the last speaker goes on (وأضاف أن…، وتابع: …), or the document's own voice (نؤكد).
  if (!opensClause || !SUBJECTLESS_AFTER.test(after)) return [];
  const s = form.firstPerson ? (documentVoice(cx) ?? lastSpeaker(cx, cue.start, sentence, form.agreement)) : lastSpeaker(cx, cue.start, sentence, form.agreement);
  return s ? draft(cx, sentence, cue, form.stance, [s], false, 0.75) : [];
}

/** Who speaks in the first person in a statement published as such (نؤكد، ندعو): the first body it names. */
function documentVoice(cx: Context): ActorMention | null {
  const first = cx.sentences.slice(0, 3).at(-1)?.end ?? 0;
  return cx.mentions.find((m) => m.start < first && m.actorId && cx.g.entries.get(m.actorId)?.kind !== 'person') ?? null;
}

/** A verb with its subject; نقل X عن Y: X reports and Y speaks. */
function reported(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }, form: CueForm, speakers: ActorMention[], svo: boolean): StatementDraft[] {
  const out = draft(cx, sentence, cue, form.stance, speakers, svo, 0.9);
  if (cue.lemma === 'نقل') {
    const at = svo ? cue.end : speakers.at(-1)!.end;
    const from = /^\s*عن\s+/u.exec(cx.text.slice(at, sentence.end));
    const channelEnd = from ? at + from[0].length : -1;
    const source = from ? mentionsAfter(cx, channelEnd, sentence.end, /^\s*$/) : [];
    if (source.length) out.push(...draft(cx, sentence, cue, 'state', source, false, 0.85, source.at(-1)!.end));
  }
  return out;
}

/** بحسب X، وفقاً لـX، نقلاً عن X، على لسان X، حسبما أفاد X، في تصريحات لـX: X speaks. */
function attribution(cx: Context, sentence: Sentence, hit: SpanN): StatementDraft[] {
  const { text } = cx;
  const pos = hit.end;
  // بحسب ما أوردته وكالة…، حسبما أفاد…، وفقاً لما ذكره…: a verb of saying with its pronoun, then the speaker.
  const tryAt = (p: number) => mentionsAfter(cx, p, sentence.end, /^[\s"]*(?:ل|ب|لل)?$/);
  // وفقاً لمسؤول: the phrase ends in ل, and the speaker's words begin with it.
  const glued = cx.mentions[lowerBound(cx.mentions, hit.start)];
  let speakers = glued && glued.actorId !== null && glued.start > hit.start && glued.start < pos && glued.end > pos ? [glued] : tryAt(pos);
  if (!speakers.length) {
    const words = text.slice(pos, Math.min(sentence.end, pos + 40)).split(/(\s+)/);
    // skip up to three words: ما أوردته، بيان ل، تصريحات صحفية ل
    let p = pos;
    for (let k = 0; k < words.length && k < 6 && !speakers.length; k++) {
      p += words[k]!.length;
      const w = words[k]!.trim();
      if (!w) continue;
      const bare = w.replace(/^(?:ل|لل|و)/, '');
      if (!/^(?:ما|لما)$/.test(w) && !SAYING_NOUNS.has(bare) && !SAYING_NOUNS.has(w) && !/^[\p{L}]+(?:ه|ها|هم)$/u.test(w) && !/^(?:صحفيه|صحفي|رسميه|صادر|الصادر|صادره|الصادره|عن|نشرها|نشره)$/.test(w)) break;
      speakers = tryAt(p);
    }
  }
  if (!speakers.length) return [];
  const lemma = text.slice(hit.start, hit.end);
  return draft(cx, sentence, { ...hit, lemma }, 'report', speakers, false, 0.85, speakers.at(-1)!.end);
}

/** "البيان الأمريكي" speaks for whoever of that state spoke last (the White House statement). */
function statementNounSpeaker(cx: Context, cue: SpanN): ActorMention | null {
  const { text, g } = cx;
  const m = /^\s*(البيان)(?:\s+([\p{L}]+))?/u.exec(text.slice(cue.end, cue.end + 40));
  if (!m) return null;
  const stateId = m[2] ? g.demonyms.get(m[2]) : undefined;
  if (!stateId) return null;
  const start = cue.end + m[0].indexOf('البيان');
  const end = cue.end + m[0].length;
  const belongs = (id: string | null) => {
    if (!id) return false;
    if (id === stateId) return true;
    const e = g.entries.get(id);
    return (e?.affiliations ?? []).some((a) => a.actorId === stateId && (a.type === 'partOf' || a.type === 'speaksFor' || a.type === 'basedIn'));
  };
  let previous: StatementDraft | undefined;
  for (let i = cx.drafts.length - 1; i >= 0 && !previous; i--) if (belongs(cx.drafts[i]!.speaker.actorId)) previous = cx.drafts[i];
  return { start, end, actorId: previous?.speaker.actorId ?? stateId, how: 'metonym' };
}

// What draft() walks past after the verb, one step at a time (compiled once, not at every step): fillers (قد،
// فيها، قوله، إلى before أن), an aside between dashes or in parentheses, a time (في، منذ before it), a colon.
const DRAFT_FILLER = /^(?:[\s،,"]+|قد(?![\p{L}])|فيها(?![\p{L}])|فيه(?![\p{L}])|قوله(?![\p{L}])|قولها(?![\p{L}])|قولهم(?![\p{L}])|الي(?=\s+(?:ان|انه|انها)(?![\p{L}])))/u;
const ASIDE_OPEN = /^[-–—(]\s*/;
const ASIDE_CLOSE = /[-–—)]/;
const TIME_GAP = /^(?:في|منذ|خلال|حتي)?\s*$/u;
const COLON = /^:\s*/;

/** A draft: the channel, the time of saying and the content after the speaker, the stance from the complement. */
function draft(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }, cueStance: Stance, speakers: ActorMention[], svo: boolean, confidence: number, from?: number): StatementDraft[] {
  const { text, mentions, times, g } = cx;
  const speaker = speakers[0]!;
  let pos = from ?? (svo || speaker.end < cue.start ? cue.end : Math.max(cue.end, speakers.at(-1)!.end));
  let channel: StatementDraft['channel'] = null;
  let saidAtTimex: number | null = null;
  let direct = false;
  for (let guard = 0; guard < 14 && pos < sentence.end; guard++) {
    const rest = text.slice(pos, sentence.end);
    const filler = DRAFT_FILLER.exec(rest);
    if (filler && filler[0].length) {
      pos += filler[0].length;
      continue;
    }
    // An aside between dashes or in parentheses (- في رد على سؤال -): its channel and time still count.
    const aside = ASIDE_OPEN.exec(rest);
    if (aside) {
      const close = rest.slice(1).search(ASIDE_CLOSE);
      if (close > 0 && close < 80) {
        const inner = { start: pos + aside[0].length, end: pos + 1 + close };
        const t = lowerBound(times, inner.start);
        if (saidAtTimex === null && t < times.length && times[t]!.end <= inner.end) saidAtTimex = t;
        const ch = channelAt(text.slice(inner.start, inner.end).replace(/^في\s+/, ''));
        if (!channel && ch) channel = { start: inner.start, end: inner.end };
        pos = inner.end + 1;
        continue;
      }
    }
    const ch = channelAt(rest);
    if (ch && !channel) {
      const form = CHANNEL_FORMS.get(ch.groups!.form!.replace(/\s+/g, ' '))!;
      let end = pos + ch[0].length;
      let actorId: string | undefined;
      if (form.takesName) {
        // The outlet's name after the form, or a phrase that begins inside it (لوكالة "سبوتنيك" is وكالة سبوتنيك).
        const inside = mentions[lowerBound(mentions, pos)];
        const named = inside && inside.start < end && inside.end > end ? inside : nextAfter(mentions, end, text, /^[\s"«]*$/);
        if (named && named.actorId) {
          actorId = named.actorId;
          end = named.end + (/^["»]/.test(text.slice(named.end)) ? 1 : 0);
        } else {
          const quoted = /^\s*"[^"\n]{1,40}"/.exec(text.slice(end));
          if (quoted) end += quoted[0].length;
        }
      }
      channel = { start: pos, end, actorId };
      pos = end;
      continue;
    }
    const t = lowerBound(times, pos);
    if (t < times.length && TIME_GAP.test(text.slice(pos, times[t]!.start))) {
      if (saidAtTimex === null && datesSaying(times[t]!)) saidAtTimex = t;
      pos = times[t]!.end;
      continue;
    }
    const colon = COLON.exec(rest);
    if (colon) {
      pos += colon[0].length;
      direct = text[pos] === '"';
      if (direct) break;
      continue;
    }
    const comp = complementizerAt(rest);
    if (comp) pos += comp[0].length;
    break;
  }
  // أبلغ نتنياهو أمس الأربعاء، في اتصالهما…، أنه…؛ قال، في تصريحات تلفزيونية اليوم، إن…: a time between the verb
  // and the complementizer, after its object or inside a channel the lexicon lacks, dates the saying; the words
  // said begin after the complementizer.
  if (!direct && saidAtTimex === null) {
    const gap = text.slice(pos, Math.min(sentence.end, pos + 140));
    const comp = /(?:^|[\s،,])(?:[اإأ]ن|انه|انها|بان|بانه|بانها)(?![\p{L}])/u.exec(gap);
    if (comp && comp.index > 0 && !/["«»:]/.test(gap.slice(0, comp.index))) {
      const until = pos + comp.index;
      for (let t = lowerBound(times, pos); t < times.length && times[t]!.end <= until; t++) {
        if (!datesSaying(times[t]!)) continue;
        saidAtTimex = t;
        const after = complementizerAt(text.slice(until).replace(/^[\s،,]+/, ''));
        pos = until + (/^[\s،,]*/.exec(text.slice(until))![0].length) + (after ? after[0].length : 0);
        break;
      }
    }
  }
  let contentEnd = sentence.end;
  if (direct) {
    const close = text.indexOf('"', pos + 1);
    if (close > pos && close <= sentence.end) {
      pos += 1;
      contentEnd = close;
    }
  }
  while (contentEnd > pos && /[\s.،,:؛]/.test(text[contentEnd - 1]!)) contentEnd--;
  // An attribution before the words (بحسب X، فإن…) or after them (…، بحسب X): the rest of the sentence.
  if (contentEnd <= pos) {
    pos = sentence.start;
    contentEnd = Math.min(cue.start, speaker.start);
    while (contentEnd > pos && /[\s.،,:؛]/.test(text[contentEnd - 1]!)) contentEnd--;
  }
  const content: SpanN[] = contentEnd > pos ? [{ start: pos, end: contentEnd }] : [{ start: sentence.start, end: sentence.end }];
  if (cx.antecedent) {
    if (cx.antecedent.end <= content[0]!.start) content.unshift(cx.antecedent);
    cx.antecedent = undefined;
  }

  // "…، وهو ما تعتبره موسكو خرقا": the relative ما points back to the clause before it.
  const before = text.slice(sentence.start, svo ? speaker.start : cue.start);
  const relative = /[؛،,]\s*و?هو\s+ما\s*$/u.exec(before);
  if (relative) {
    let a = sentence.start;
    if (text.startsWith('و', a)) a += 1;
    content.unshift({ start: a, end: sentence.start + relative.index });
  }

  // The time of saying: an expression outside the content, nearest the cue (وبالأمس، قالت…).
  if (saidAtTimex === null) saidAtTimex = nearestTime(times, sentence, content, speaker, cue, text);

  const contentText = text.slice(content.at(-1)!.start, content.at(-1)!.end);
  let stance = cueStance;
  if (stance === 'state' || stance === 'confirm') {
    for (const rule of COMPLEMENT_RULES) {
      if (rule.startsWith.some((s) => contentText.startsWith(s)) || rule.contains?.test(contentText)) {
        stance = rule.stance;
        break;
      }
    }
  }
  const kind = (s: ActorMention) => (s.actorId ? g.entries.get(s.actorId)?.kind : undefined);
  if (stance === 'state' && kind(speaker) === 'media') stance = 'report';
  const known = speaker.how === 'name' || speaker.how === 'title+name' || speaker.how === 'metonym';
  const c = Math.round((known ? confidence : confidence - 0.15) * (svo ? 0.95 : 1) * 100) / 100;
  // X وY أكدا: one statement of each.
  return speakers.map((speaker) => ({
    speaker,
    cue,
    stance,
    channel,
    content,
    direct,
    mention: sentence,
    saidAtTimex,
    headline: false,
    confidence: c,
  }));
}
