// English attribution: who said what, through which channel, when. News English puts the speaker before
// the verb ("Peskov told reporters on Wednesday that…"), after it in a quote's tag ("…," said Peskov), after
// the quote ("…," Peskov said), at the end of the sentence ("…, the Kremlin said."), or behind "according
// to". Works on the normalised text (quotes are straight) and returns the same drafts as the Arabic finder.
import type { Stance } from '../../model/schema';
import type { WordSpan } from '../../text/phrases';
import { lowerBound, nextAfter, spansWithin } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { TaggedSpan } from '../../time/parse';
import type { Gazetteer } from '../../extract/gazetteer';
import {
  AUXILIARIES_EN, CHANNEL_RE_EN, COMPLEMENTIZER_RE_EN, COMPLEMENT_RULES_EN, CUE_MATCHER_EN, FRAMING_RE_EN, channelFormEn, cueFormEn,
} from './lexicon';
import type { ActorMention } from '../../extract/mentions';
import { type SpanN, type StatementDraft, headlineDraft, nearestTime } from '../../extract/drafts';

const MEDIA_NOUN = /^\s+(?:channel|TV|television|radio|network|news\s+agency|agency|newspaper|broadcaster|website|programme|program|show)(?![\p{L}])/iu;
const PREPOSITION = /^(?:on|at|in|during|early|late|earlier|later)?\s*$/i;

export function findStatementsEn(text: string, sentences: Sentence[], mentions: ActorMention[], times: TaggedSpan[], g: Gazetteer, words: WordSpan[]): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const framing = [...text.matchAll(FRAMING_RE_EN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // A first line of its own without a full stop is a headline (English headlines do not end in one).
  const first = sentences[0];
  const headline = first && text.indexOf('\n') >= first.end && !/[.!?]["']?$/.test(text.slice(first.start, first.end)) ? first : null;
  const head = headline && headlineDraft(text, headline, mentions);
  if (head) drafts.push(head);
  for (const { start: cs, end: ce } of CUE_MATCHER_EN.find(text, words)) {
    const form = cueFormEn(text.slice(cs, ce))!;
    if (form.participle) continue; // "…, adding that": continues the statement before it
    if (framing.some((f) => f.start <= cs && cs < f.end)) continue;
    const sentence = sentenceAt(sentences, cs);
    if (!sentence || sentence === headline) continue;
    if (insideQuote(text, sentence.start, cs)) continue; // a cue quoted inside what someone said
    const cue = { start: cs, end: ce, lemma: form.lemma };
    const draft = form.lemma === 'according to' ? accordingTo(text, sentence, cue, mentions, times) : attribute(text, sentence, cue, form.stance, mentions, times, g);
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
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

function draftOf(text: string, g: Gazetteer, parts: Omit<StatementDraft, 'stance' | 'headline' | 'confidence'>, cueStance: Stance, inverted: boolean): StatementDraft {
  const known = parts.speaker.how === 'name' || parts.speaker.how === 'title+name' || parts.speaker.how === 'metonym';
  return {
    ...parts,
    stance: stanceOf(text, parts.content.at(-1)!, cueStance, parts.speaker, g, parts.direct),
    headline: false,
    confidence: Math.round((known ? 0.9 : 0.7) * (inverted ? 0.95 : 1) * 100) / 100,
  };
}

function speakerBefore(text: string, cue: SpanN, sentence: Sentence, mentions: ActorMention[], times: TaggedSpan[]): ActorMention | null {
  let i = lowerBound(mentions, cue.start) - 1;
  while (i >= 0 && mentions[i]!.end > cue.start) i--;
  const before = i >= 0 && mentions[i]!.start >= sentence.start ? mentions[i]! : null;
  if (!before) return null;
  // Between speaker and verb only auxiliaries, adverbs of saying and a time: "the White House on Wednesday confirmed".
  let gap = text.slice(before.end, cue.start);
  for (const t of spansWithin(times, before.end, cue.start)) gap = gap.replace(text.slice(t.start, t.end), ' ');
  const rest = gap.replace(/[,]/g, ' ').split(/\s+/).filter(Boolean);
  return rest.length <= 4 && rest.every((w) => AUXILIARIES_EN.has(w.toLowerCase())) ? before : null;
}

function attribute(text: string, sentence: Sentence, cue: SpanN & { lemma: string }, cueStance: Stance, mentions: ActorMention[], times: TaggedSpan[], g: Gazetteer): StatementDraft | null {
  // "…," said Peskov / "…," said the Kremlin spokesman.
  const after = nextAfter(mentions, cue.end, text, /^\s*$/);
  const tagged = /[,"]\s*$/.test(text.slice(sentence.start, cue.start));
  let speaker: ActorMention | null = null;
  let inverted = false;
  if (after && after.start < sentence.end && tagged) {
    speaker = after;
    inverted = true;
  } else speaker = speakerBefore(text, cue, sentence, mentions, times);
  if (!speaker) return null;

  let pos = inverted ? speaker.end : cue.end;
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
      if (saidAtTimex === null) saidAtTimex = t;
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
  if (!content) {
    const tail = trimSpan(text, { start: pos, end: sentence.end });
    // After the verb only the sentence's end (or the speaker, inverted), or the speaker set off by a comma
    // with no "that" ("…on Thursday, the White House said on Wednesday, as…"): what was said comes before.
    const setOff = !inverted && !complement && /,\s*(?:the\s+|a\s+|an\s+)?$/i.test(text.slice(sentence.start, speaker.start));
    const nothingAfter = tail.end <= tail.start || setOff || (!complement && /^(?:on|in|at|during)?\s*$/i.test(text.slice(tail.start, tail.end)));
    if (!nothingAfter) content = tail;
    else {
      const b = contentBefore(text, sentence, inverted ? cue.start : speaker.start);
      if (!b) return null;
      content = b.span;
      direct = b.direct;
    }
  }
  if (content.end <= content.start) return null;
  if (saidAtTimex === null) saidAtTimex = nearestTime(times, sentence, [content], speaker, cue);
  return draftOf(text, g, { speaker, cue, channel, content: [content], direct, mention: sentence, saidAtTimex }, cueStance, inverted);
}

/** "According to CNN, the call was requested by Putin" / "…, according to CNN." */
function accordingTo(text: string, sentence: Sentence, cue: SpanN & { lemma: string }, mentions: ActorMention[], times: TaggedSpan[]): StatementDraft | null {
  const speaker = nextAfter(mentions, cue.end, text, /^\s*(?:the\s+)?$/i);
  if (!speaker || speaker.end > sentence.end) return null;
  const afterSpeaker = trimSpan(text, { start: speaker.end, end: sentence.end });
  const lead = text.slice(sentence.start, cue.start).trim() === '';
  const content = lead ? afterSpeaker : trimSpan(text, { start: sentence.start, end: cue.start });
  if (content.end <= content.start) return null;
  const saidAtTimex = nearestTime(times, sentence, [content], speaker, cue);
  return { speaker, cue, stance: 'report', channel: null, content: [content], direct: false, mention: sentence, saidAtTimex, headline: false, confidence: 0.8 };
}
