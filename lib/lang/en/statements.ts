// English attribution: who said what, through which channel, when. News English puts the speaker before the
// verb ("Peskov told reporters on Wednesday that…", "Lavrov, speaking at his own news conference, said…"), after
// it in a quote's tag ("…," said Peskov), after the quote ("…," he said), at the end of the sentence ("…, the
// Kremlin said."), in the middle ("Turkey, he said, would keep the channel open"), behind "according to", or in
// an absolute phrase ("with Kuleba concluding that…"). He, she, it and they are the last speaker that fits.
// Works on the normalised text (quotes are straight) and returns the same drafts as the Arabic finder.
import type { Stance } from '../../model/schema';
import type { WordSpan } from '../../text/phrases';
import { lowerBound, nextAfter, spansWithin } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { TaggedSpan } from '../../time/parse';
import type { Gazetteer } from '../../extract/gazetteer';
import type { CueForm } from '../ar/lexicon';
import { AUXILIARIES_EN, CHANNEL_RE_EN, COMPLEMENTIZER_RE_EN, COMPLEMENT_RULES_EN, CUE_MATCHER_EN, FRAMING_RE_EN, channelFormEn, cueFormEn } from './lexicon';
import type { ActorMention } from '../../extract/mentions';
import { refersTo } from './refer';
import { CUE_WINDOW, type SpanN, type StatementDraft, around, colonDrafts, datesSaying, nearestTime, oncePerSentence, sentenceIndex } from '../../extract/drafts';

/** How many drafts back a pronoun or a description looks for its speaker. */
const LOOKBACK = 32;

const MEDIA_NOUN = /^\s+(?:channel|TV|television|radio|network|news\s+agency|agency|newspaper|broadcaster|website|programme|program|show)(?![\p{L}])/iu;
const PREPOSITION = /^(?:on|at|in|during|early|late|earlier|later)?\s*$/i;
const PRONOUN = /(?<![\p{L}'’-])(he|she|it|they|we|i)\s*$/iu;
/** What stands between commas after a subject without being it: a relative clause, a participle, an apposition
 *  ("who leads the delegation", "speaking to reporters", "Russia's deputy defence minister", "the US ambassador"). */
const ASIDE = /^\s*(?:who|which|whose|where|speaking|writing|asked|answering|responding|according|after|before|while|when|in|at|on|during|the|a|an|his|her|its|their|also|however|meanwhile|for\s+(?:his|her|its|their)\s+part|\p{Lu}[\p{L}.-]*['’]s\s|deputy|former|chief|head|[\p{L}]+ing\b)/iu;
const isCue = (w: string) => cueFormEn(w.replace(/[^\p{L}'’-]/gu, '')) !== undefined;

interface Context {
  text: string;
  sentences: Sentence[];
  mentions: ActorMention[];
  times: TaggedSpan[];
  g: Gazetteer;
  drafts: StatementDraft[];
}

export function findStatementsEn(text: string, sentences: Sentence[], mentions: ActorMention[], times: TaggedSpan[], g: Gazetteer, words: WordSpan[]): StatementDraft[] {
  const cx: Context = { text, sentences, mentions, times, g, drafts: [] };
  const framing = [...text.matchAll(FRAMING_RE_EN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A first line of its own without a full stop is a headline: it speaks only as "Speaker: what".
  const first = sentences[0];
  const headline = first && text.indexOf('\n') >= first.end && !/[.!?]["']?$/.test(text.slice(first.start, first.end)) ? first : null;
  // Drafts are kept in text order: each line's "Speaker:" drafts join before the cues that follow them.
  let colonsUpTo = 0;
  const colonsBefore = (pos: number) => {
    for (; colonsUpTo < sentences.length && sentences[colonsUpTo]!.start <= pos; colonsUpTo++) {
      const s = sentences[colonsUpTo]!;
      if (s.start === 0 || text[s.start - 1] === '\n') cx.drafts.push(...colonDrafts(text, s, mentions, isCue));
    }
  };
  for (const { start: cs, end: ce } of CUE_MATCHER_EN.find(text, words)) {
    colonsBefore(cs);
    const form = cueFormEn(text.slice(cs, ce))!;
    if (framing.some((f) => f.start <= cs && cs < f.end)) continue;
    const whole = sentenceAt(sentences, cs);
    if (!whole || whole === headline || headingLine(text, whole)) continue;
    const sentence = around(whole, { start: cs, end: ce });
    if (insideQuote(text, sentence.start, cs)) continue; // a cue quoted inside what someone said
    const cue = { start: cs, end: ce, lemma: form.lemma };
    cx.drafts.push(...(form.lemma === 'according to' ? accordingTo(cx, sentence, cue) : attribute(cx, sentence, cue, form)));
  }
  colonsBefore(text.length);
  return oncePerSentence(cx.drafts).sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
}

/** A line of its own, short, with no full stop: a live blog's entry heading or a subtitle ("Guterres urges both sides
 *  to observe the truce"), which speaks only as "Speaker: what". */
export function headingLine(text: string, s: Sentence): boolean {
  if (s.end - s.start > 300) return false; // fourteen words at most
  const own = (s.start === 0 || text[s.start - 1] === '\n') && (s.end === text.length || text[s.end] === '\n');
  return own && !/[.!?:]["'»”)]*$/.test(text.slice(s.start, s.end)) && text.slice(s.start, s.end).split(/\s+/).length <= 14;
}

/** Whether `pos` sits between an opening and a closing quotation mark of its sentence. */
function insideQuote(text: string, from: number, pos: number): boolean {
  let n = 0;
  for (let i = from; i < pos; i++) if (text.charCodeAt(i) === 34) n++;
  return n % 2 === 1;
}

const trimSpan = (text: string, s: SpanN): SpanN => {
  let { start, end } = s;
  while (start < end && /[\s,.;:"]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:"]/.test(text[end - 1]!)) end--;
  // A quotation inside what was said keeps its closing mark: the "iron curtain".
  if (text[end] === '"' && (text.slice(start, end).split('"').length - 1) % 2 === 1) end++;
  return { start, end };
};

/** A title set off before the name ("The party's leader, David Arakhamia, said…"): the sentence opens with the speaker. */
const APPOSED_TITLE =
  /^\s*(?:the|a|an|its|their|his|her|[\p{Lu}][\p{L}'’]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,5}(?:leader|minister|spokesman|spokeswoman|spokesperson|adviser|advisor|envoy|head|chief|secretary|ambassador|president|negotiator|chairman|chairwoman|director|coordinator|representative|aide|commissioner|governor)(?:\s+(?:of|for|at|in|to)\s+[^,;:"]{1,60})?\s*,\s*$/iu;

/** What a sentence says before its attribution ("The call will take place, the Kremlin said"): quoted or not. */
const DATELINE = /^\p{Lu}[\p{Lu}\s/.'-]{1,40},[^\n]{0,40}?\s[-–—]{1,2}\s+/u;

function contentBefore(text: string, sentence: Sentence, until: number): { span: SpanN; direct: boolean } | null {
  // A wire dateline ("MOSCOW, Dec 29 (Reuters) - ") opens the sentence but is not what was said.
  const dateline = DATELINE.exec(text.slice(sentence.start, until));
  if (dateline) sentence = { start: sentence.start + dateline[0].length, end: sentence.end };
  const raw = text.slice(sentence.start, until);
  // A quotation, then the speaker, maybe after a title the gazetteer does not pair ("…," press secretary Jen Psaki said).
  const quote = /^\s*"([^"]+)"\s*,?\s*(?:[\p{L}.'’-]+\s+){0,5}$/iu.exec(raw);
  if (quote) {
    const start = sentence.start + raw.indexOf('"') + 1;
    return { span: trimSpan(text, { start, end: start + quote[1]!.length }), direct: true };
  }
  const tag = /,\s*(?:the\s+|a\s+|an\s+)?$/i.exec(raw);
  if (!tag) return null;
  const span = trimSpan(text, { start: sentence.start, end: sentence.start + tag.index });
  return span.end > span.start ? { span, direct: false } : null;
}

function stanceOf(text: string, content: SpanN, cueStance: Stance, speaker: ActorMention, g: Gazetteer, direct: boolean): Stance {
  const c = text.slice(content.start, content.end).toLowerCase();
  let stance = cueStance;
  if (stance === 'state' || stance === 'confirm') {
    for (const rule of COMPLEMENT_RULES_EN) {
      // A negation in the speaker's own words ("We do not expect a breakthrough") is not a denial of a report.
      if (direct && rule.stance === 'deny') continue;
      if (rule.startsWith.some((s) => c.startsWith(s)) || rule.contains?.test(c)) {
        stance = rule.stance;
        break;
      }
    }
  }
  if (stance === 'state' && speaker.actorId && g.entries.get(speaker.actorId)?.kind === 'media') stance = 'report';
  return stance;
}

/** The speaker a pronoun or an unresolved description stands for: the last speaker that fits, within a few
 *  sentences; failing one, the last person the previous sentences named. */
function lastSpeaker(cx: Context, pos: number, sentence: Sentence, pronoun: string): ActorMention | null {
  const k = sentenceIndex(cx.sentences, sentence.start);
  const earliest = Math.max(cx.sentences[Math.max(0, k - 4)]!.start, pos - 4 * CUE_WINDOW);
  const kindOf = (m: ActorMention) => (m.actorId ? (cx.g.entries.get(m.actorId)?.kind ?? (m.fresh?.kind ?? 'person')) : undefined);
  const fits = (m: ActorMention) => {
    const kind = kindOf(m);
    if (pronoun === 'he' || pronoun === 'she' || pronoun === 'i') return kind === 'person' && !/(?:officials|sources|diplomats|ministers)$/i.test(m.fresh?.en ?? '');
    if (pronoun === 'it') return kind !== 'person';
    return true; // they, we: a body, a state, a group or a person speaking for one
  };
  // Earlier in this sentence, outside quotation marks: "Mekdad did not take questions, but SANA quoted him…".
  if (pronoun !== 'it') {
    for (let i = lowerBound(cx.mentions, sentence.start); i < cx.mentions.length && cx.mentions[i]!.end <= pos - 1; i++) {
      const m = cx.mentions[i]!;
      if (m.actorId && fits(m) && kindOf(m) === 'person' && !insideQuote(cx.text, sentence.start, m.start) && cx.text.slice(m.end, pos).split(/\s+/).length > 3) return m;
    }
  }
  // The sentence before: its speaker, else the first actor that fits it names (its subject, as a rule).
  const previous = k > 0 ? cx.sentences[k - 1] : undefined;
  if (previous) {
    // Its first statement: the sentence's main clause, not one nested in what was said.
    let spoke: StatementDraft | undefined;
    for (let i = cx.drafts.length - 1; i >= 0 && i >= cx.drafts.length - LOOKBACK && cx.drafts[i]!.mention.start >= previous.start; i--) {
      const d = cx.drafts[i]!;
      if (d.mention.start === previous.start && !d.headline && fits(d.speaker)) spoke = d;
    }
    if (spoke) return spoke.speaker;
    const from = lowerBound(cx.mentions, Math.max(previous.start, pos - 4 * CUE_WINDOW));
    for (let i = from; i < cx.mentions.length && i < from + LOOKBACK && cx.mentions[i]!.start < previous.end; i++) {
      const m = cx.mentions[i]!;
      if (m.actorId && fits(m) && kindOf(m) === (pronoun === 'it' ? kindOf(m) : kindOf(m) === 'person' || pronoun === 'they' ? kindOf(m) : 'person')) return m;
    }
  }
  for (let i = cx.drafts.length - 1; i >= 0 && i >= cx.drafts.length - LOOKBACK; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start > pos || d.mention.start < earliest) continue;
    if (d.headline && d.mention !== sentence) continue;
    if (fits(d.speaker)) return d.speaker;
  }
  const last = lowerBound(cx.mentions, pos) - 1;
  for (let i = last; i >= 0 && i > last - LOOKBACK && cx.mentions[i]!.start >= earliest; i--) {
    const m = cx.mentions[i]!;
    if (m.actorId && fits(m)) return m;
  }
  return null;
}

/** The speakers of the last few sentences, latest first. */
function recentSpeakers(cx: Context, pos: number, sentence: Sentence): ActorMention[] {
  const k = sentenceIndex(cx.sentences, sentence.start);
  const earliest = Math.max(cx.sentences[Math.max(0, k - 4)]!.start, pos - 4 * CUE_WINDOW);
  const out: ActorMention[] = [];
  for (let i = cx.drafts.length - 1; i >= 0 && out.length < LOOKBACK; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start < earliest) break;
    if (d.mention.start <= pos && !d.headline) out.push(d.speaker);
  }
  return out;
}

/** What a definite phrase is matched against: the gazetteer's record of an actor, or what its mention says. */
function candidate(cx: Context, m: ActorMention) {
  const e = m.actorId ? cx.g.entries.get(m.actorId) : undefined;
  return {
    kind: e?.kind ?? m.fresh?.kind ?? 'person',
    names: { en: e?.names.en ?? [m.fresh?.en ?? ''] },
    roles: e?.roles ?? (m.role ? [m.role] : []),
  };
}

/** The subject that ends where the verb's material begins: a mention, a pronoun, or X and Y. Between them may
 *  stand auxiliaries and adverbs, a time, and asides set off by commas (", speaking at his news conference,"). */
function subjectBefore(cx: Context, cue: SpanN, sentence: Sentence): { speakers: ActorMention[]; pronoun?: string; end: number; start?: number } | null {
  const { text } = cx;
  let end = cue.start;
  const mentionEndingAt = (pos: number) => {
    let i = lowerBound(cx.mentions, pos) - 1;
    while (i >= 0 && cx.mentions[i]!.end > pos) i--;
    return i >= 0 && cx.mentions[i]!.end === pos && cx.mentions[i]!.start >= sentence.start;
  };
  for (let guard = 0; guard < 12; guard++) {
    while (end > sentence.start && /\s/.test(text[end - 1]!)) end--;
    if (mentionEndingAt(end)) break;
    const before = text.slice(sentence.start, end);
    const t = spansWithin(cx.times, sentence.start, end).at(-1);
    if (t && t.end >= end - 1 && /^(?:\s*(?:on|at|in|during|earlier|later|late|early)?\s*)$/i.test(text.slice(t.end, end))) {
      end = t.start;
      const prep = /(?:on|at|in|during)\s*$/i.exec(text.slice(sentence.start, end));
      if (prep) end -= prep[0].length;
      continue;
    }
    const word = /"?([\p{L}'’-]+)"?$/u.exec(before);
    if (word && ((AUXILIARIES_EN.has(word[1]!.toLowerCase()) && !/^(?:the|a|an)$/i.test(word[1]!)) || /^\p{Ll}{3,}ly$/u.test(word[1]!))) {
      end -= word[0]!.length;
      continue;
    }
    // "Dmitry Peskov, the Kremlin spokesman, said": the subject itself (with its apposition) ends before the comma.
    if (/,$/.test(before)) {
      let k = end - 1;
      while (k > sentence.start && /\s/.test(text[k - 1]!)) k--;
      const i = lowerBound(cx.mentions, k) - 1;
      const m = i >= 0 ? cx.mentions[i] : undefined;
      const whole = m && m.end === k && m.start >= sentence.start && (m.how === 'title+name' || !ASIDE.test(text.slice(before.lastIndexOf(',', before.length - 2) + sentence.start + 1, k)));
      if (whole && mentionEndingAt(k)) {
        end = k;
        break;
      }
    }
    // An aside between commas or dashes after the subject: ", speaking to Russian reporters after the talks,".
    if (/[,–—]$/.test(before)) {
      const open = Math.max(before.lastIndexOf(',', before.length - 2), before.lastIndexOf('–', before.length - 2), before.lastIndexOf('—', before.length - 2));
      if (open > 0 && before.length - open < 160 && !before.slice(open + 1, -1).includes('"')) {
        const inner = before.slice(open + 1, -1);
        // A relative clause, a participle or an apposition after the subject (", who leads the delegation,",
        // ", speaking to reporters,", ", the US ambassador to NATO,"): the subject stands before it.
        const aside = ASIDE.test(inner);
        if (aside && !PRONOUN.test(inner.trim())) {
          end = sentence.start + open;
          continue;
        }
      }
    }
    break;
  }
  // A mention ending here (its possessive too: "Russia's foreign ministry said" is a mention of its own).
  let i = lowerBound(cx.mentions, end) - 1;
  while (i >= 0 && cx.mentions[i]!.end > end) i--;
  const m = i >= 0 ? cx.mentions[i] : undefined;
  if (m && m.start >= sentence.start && /^\s*$/.test(text.slice(m.end, end))) {
    const speakers = [m];
    for (let k = i - 1; k >= 0 && cx.mentions[k]!.start >= sentence.start; k--) {
      if (!/^\s*(?:,\s*)?(?:and|&)\s*$/i.test(text.slice(cx.mentions[k]!.end, speakers[0]!.start))) break;
      speakers.unshift(cx.mentions[k]!);
    }
    return { speakers, end };
  }
  const pronoun = PRONOUN.exec(text.slice(sentence.start, end));
  if (pronoun) return { speakers: [], pronoun: pronoun[1]!.toLowerCase(), end, start: sentence.start + pronoun.index };
  return null;
}

function attribute(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }, form: CueForm): StatementDraft[] {
  const { text, mentions } = cx;
  const before = text.slice(sentence.start, cue.start);
  if (form.participle && form.lemma === 'cite') {
    // "…, citing a security source": the source speaks, reported by the sentence's subject.
    const source = nextAfter(mentions, cue.end, text, /^\s*(?:the\s+)?$/i);
    return source && source.actorId && source.start < sentence.end ? draft(cx, sentence, cue, 'report', [source], true, 0.75) : [];
  }
  if (form.participle) {
    // "with Kuleba concluding that…": the absolute phrase's subject says it; otherwise the statement goes on.
    const w = /(?:^|[\s,])with\s+(?:[^,]{1,40},\s*)?$/i;
    let i = lowerBound(mentions, cue.start) - 1;
    while (i >= 0 && mentions[i]!.end > cue.start) i--;
    const m = i >= 0 ? mentions[i] : undefined;
    if (m && m.start >= sentence.start && /^[\s,]*$/.test(text.slice(m.end, cue.start).replace(/,[^,]{1,80},/, '')) && w.test(text.slice(sentence.start, m.start).replace(/[\p{Lu}][\p{L}'’]*\s+[\p{Lu}][\p{L}'’]*['’]s\s+$/u, ''))) {
      return draft(cx, sentence, cue, form.stance, [m], false, 0.8);
    }
    return [];
  }
  // "Biden called Putin" is a phone call; "called it the most meaningful progress" a statement.
  if (form.lemma === 'call') {
    const next = nextAfter(mentions, cue.end, text, /^\s*$/);
    if (next && (cx.g.entries.get(next.actorId ?? '')?.kind === 'person' || next.fresh?.kind === 'person') || !/^\s*(?:it|them|this|that|the|a|an|"|these|those|Russia['’]s|his|her|their)\b/iu.test(text.slice(cue.end, cue.end + 12))) return [];
  }
  // "…," said Peskov / "…," said the Kremlin spokesman / "…", said a senior official — where the name ends the
  // clause ("…, said Russia had not attacked" makes Russia the subject of what was said).
  const after = nextAfter(mentions, cue.end, text, /^\s*$/);
  const tagged = /[,"]\s*$/.test(before);
  const inverted = after && after.start < sentence.end && tagged && after.actorId && /^\s*(?:[,.;:!?"]|$|(?:on|in|at|during|after|before|told|who|as|when|while|adding|noting|speaking)(?![\p{L}]))/u.test(text.slice(after.end, sentence.end));

  const subject = subjectBefore(cx, cue, sentence);
  if (!subject || (!subject.speakers.length && !subject.pronoun)) return inverted ? draft(cx, sentence, cue, form.stance, [after!], true, 0.9) : [];
  let speakers = subject.speakers;
  // "The President voiced…" in a readout is the president who spoke last, not the last one named.
  const definite = speakers.length === 1 && speakers[0]!.anaphor?.startsWith('en:') ? speakers[0]! : undefined;
  if (definite) {
    const recent = recentSpeakers(cx, cue.start, sentence).find((d) => refersTo(definite.anaphor!, candidate(cx, d)));
    if (recent) speakers = [{ ...recent, start: definite.start, end: definite.end, how: 'alias' }];
  }
  // Where the subject stands in this sentence (a pronoun's antecedent may be sentences before).
  const at = { start: subject.start ?? speakers[0]?.start ?? subject.end, end: subject.end };
  // "his ministry", "its army": what the last speaker speaks for or is part of, of that kind.
  if (speakers.length === 1 && speakers[0]!.actorId === null && /^en:(?:ministry|office|government|embassy|mission|army)$/.test(speakers[0]!.anaphor ?? '')) {
    const noun = speakers[0]!.anaphor!.slice(3);
    for (const r of recentSpeakers(cx, cue.start, sentence)) {
      const e = r.actorId ? cx.g.entries.get(r.actorId) : undefined;
      const body = (e?.affiliations ?? []).map((a) => cx.g.entries.get(a.actorId)).find((b) => b && (noun === 'government' ? b.kind === 'state' : b.kind === 'institution' && new RegExp(noun, 'i').test((b.names.en ?? []).join(' '))));
      if (body) {
        speakers = [{ ...speakers[0]!, actorId: body.id, how: 'alias' }];
        break;
      }
    }
  }
  // An unresolved definite phrase ("the official") or a pronoun: the last speaker that fits.
  if (speakers.length === 1 && speakers[0]!.actorId === null && speakers[0]!.anaphor) {
    const s = lastSpeaker(cx, cue.start, sentence, 'he');
    speakers = s ? [s] : [];
  }
  if (subject.pronoun) {
    const s = lastSpeaker(cx, cue.start, sentence, subject.pronoun);
    // The statement's speaker is where this sentence names it ("he"), the actor the one it stands for.
    speakers = s ? [{ ...s, start: at.start, end: at.end, how: 'alias' }] : [];
  }
  speakers = speakers.filter((s) => s.actorId !== null);
  if (!speakers.length) return [];
  const confidence = subject.pronoun || speakers[0]!.how === 'alias' || speakers[0]!.anaphor ? 0.75 : form.needsComplement ? 0.7 : 0.9;
  const out = draft(cx, sentence, cue, form.stance, speakers, false, confidence, at);
  // "SANA quoted him as describing…", "state TV quoted Shamkhani as saying…": the one quoted speaks as well.
  const quoted = form.lemma === 'cite' ? /^\s*(?:(him|her|them)|(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*))\s+as\s+[\p{L}]+ing\b/u.exec(text.slice(cue.end, sentence.end)) : null;
  if (quoted) {
    const named = quoted[2] ? nextAfter(mentions, cue.end, text, /^\s*$/) : undefined;
    const who = named ?? lastSpeaker(cx, cue.start, sentence, 'he');
    const near = { start: cue.end + quoted.index + quoted[0].indexOf(quoted[1] ?? quoted[2]!), end: cue.end + quoted.index + quoted[0].indexOf(quoted[1] ?? quoted[2]!) + (quoted[1] ?? quoted[2]!).length };
    if (who?.actorId && who.actorId !== speakers[0]!.actorId) out.push(...draft(cx, sentence, cue, 'state', [{ ...who, ...near, how: named ? who.how : 'alias' }], true, 0.75, near));
  }
  return out;
}

/** The channel, the time of saying and the content after the verb (or before the speaker), the stance from the words. */
function draft(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }, cueStance: Stance, speakers: ActorMention[], inverted: boolean, confidence: number, subject?: SpanN): StatementDraft[] {
  const { text, mentions, times, g } = cx;
  const speaker = speakers[0]!;
  let pos = inverted ? speakers.at(-1)!.end : cue.end;
  let channel: StatementDraft['channel'] = null;
  let saidAtTimex: number | null = null;
  let direct = false;
  let complement = false;
  for (let guard = 0; guard < 12 && pos < sentence.end; guard++) {
    const rest = text.slice(pos, sentence.end);
    const filler = /^[\s,]+/.exec(rest);
    if (filler) {
      pos += filler[0].length;
      continue;
    }
    // Whom it was told to: "told reporters", "told RIA Novosti".
    const media = nextAfter(mentions, pos, text, /^(?:the\s+)?$/i);
    if (!channel && media && g.entries.get(media.actorId ?? '')?.kind === 'media' && (cue.lemma === 'tell' || /^(?:to\s+)/i.test(rest))) {
      const noun = MEDIA_NOUN.exec(text.slice(media.end, sentence.end));
      const end = media.end + (noun?.[0].length ?? 0);
      channel = { start: pos, end, actorId: media.actorId! };
      pos = end;
      continue;
    }
    const ch = CHANNEL_RE_EN.exec(rest);
    if (ch && !channel) {
      const form = channelFormEn(ch.groups!.form!)!;
      let end = pos + ch[0].length;
      let actorId: string | undefined;
      let ok = !form.takesName;
      if (form.takesName) {
        const named = nextAfter(mentions, end, text, /^\s*(?:the\s+)?$/i);
        if (named && named.actorId && g.entries.get(named.actorId)?.kind === 'media') {
          actorId = named.actorId;
          end = named.end + (MEDIA_NOUN.exec(text.slice(named.end, sentence.end))?.[0].length ?? 0);
          ok = true;
        }
      }
      if (ok) {
        channel = { start: pos, end, ...(actorId ? { actorId } : {}) };
        pos = end;
        continue;
      }
    }
    const t = lowerBound(times, pos);
    if (t < times.length && times[t]!.end <= sentence.end && PREPOSITION.test(text.slice(pos, times[t]!.start))) {
      if (saidAtTimex === null && datesSaying(times[t]!)) saidAtTimex = t;
      pos = times[t]!.end;
      continue;
    }
    if (rest.startsWith(':')) {
      pos += 1;
      while (/\s/.test(text[pos] ?? '')) pos++;
      direct = text[pos] === '"';
      break;
    }
    if (rest.startsWith('"')) {
      direct = true;
      break;
    }
    const comp = COMPLEMENTIZER_RE_EN.exec(rest);
    if (comp) {
      pos += comp[0].length;
      complement = true;
      break;
    }
    // Where or how it was said, up to "that": "told a briefing in Moscow that", "said in remarks aired on state TV that".
    const upTo = /^[^,;:"]{1,60}?\s(?=that\s)/i.exec(rest);
    if (upTo && !/\s(?:and|but|or)\s/i.test(upTo[0])) {
      pos += upTo[0].length;
      continue;
    }
    break;
  }

  let content: SpanN | null = null;
  if (direct) {
    const close = text.indexOf('"', pos + 1);
    if (close > pos && close <= sentence.end) content = trimSpan(text, { start: pos + 1, end: close });
  }
  const speakerStart = subject?.start ?? Math.min(...speakers.map((s) => s.start));
  if (!content) {
    const tail = trimSpan(text, { start: pos, end: sentence.end });
    // After the verb only the sentence's end (or the speaker, inverted), or the speaker set off by a comma with no
    // "that" ("…on Thursday, the White House said on Wednesday, as…"): what was said comes before.
    const setOff = !inverted && !complement && /,\s*(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(sentence.start, speakerStart)) && !APPOSED_TITLE.test(text.slice(sentence.start, speakerStart));
    const nothingAfter = tail.end <= tail.start || setOff || (!complement && /^(?:on|in|at|during)?\s*$/i.test(text.slice(tail.start, tail.end)));
    if (!nothingAfter) content = tail;
    else {
      const b = contentBefore(text, sentence, inverted ? cue.start : speakerStart);
      // "Turkey, he said, would keep the channel open": the words around the tag.
      if (!b && setOff && tail.end > tail.start) content = { start: sentence.start, end: tail.end };
      else if (b) {
        content = b.span;
        direct = b.direct;
      } else return [];
    }
  }
  if (!content || content.end <= content.start) return [];
  if (saidAtTimex === null) saidAtTimex = nearestTime(times, sentence, [content], subject ?? { start: speakerStart, end: speaker.end }, cue, text);
  return speakers.map((s) => ({
    speaker: s,
    cue,
    stance: stanceOf(text, content!, cueStance, s, g, direct),
    channel,
    content: [content!],
    direct,
    mention: sentence,
    saidAtTimex,
    headline: false,
    confidence,
  }));
}

/** "According to CNN, the call was requested by Putin" / "…, according to a senior European diplomat." */
function accordingTo(cx: Context, sentence: Sentence, cue: SpanN & { lemma: string }): StatementDraft[] {
  const { text, mentions, times } = cx;
  const speaker = nextAfter(mentions, cue.end, text, /^\s*(?:the\s+)?$/i);
  if (!speaker || speaker.end > sentence.end || speaker.actorId === null) return [];
  // "according to the U.N.-led centre": the name is an adjective of the one that speaks.
  if (/^-(?:led|backed|brokered|run|based|sponsored)\b/.test(text.slice(speaker.end, speaker.end + 12))) return [];
  const afterSpeaker = trimSpan(text, { start: speaker.end, end: sentence.end });
  const lead = text.slice(sentence.start, cue.start).trim() === '';
  const content = lead ? afterSpeaker : trimSpan(text, { start: sentence.start, end: cue.start });
  if (content.end <= content.start) return [];
  const saidAtTimex = nearestTime(times, sentence, [content], speaker, cue);
  return [{ speaker, cue, stance: 'report', channel: null, content: [content], direct: false, mention: sentence, saidAtTimex, headline: false, confidence: 0.8 }];
}
