// What attribution gives per mention, before mentions are merged into statements: shared by every language.
import type { Stance } from '../model/schema';
import { lowerBound } from '../text/spans';
import type { Sentence } from '../text/tokens';
import type { TaggedSpan } from '../time/parse';
import type { ActorMention } from './mentions';

export interface SpanN {
  start: number;
  end: number;
}

export interface StatementDraft {
  speaker: ActorMention;
  cue: SpanN & { lemma: string };
  stance: Stance;
  channel: (SpanN & { actorId?: string }) | null;
  content: SpanN[];
  direct: boolean;
  /** The sentence (or headline) this mention is. */
  mention: SpanN;
  /** Index into the tagged time expressions: the one that dates the saying. */
  saidAtTimex: number | null;
  headline: boolean;
  confidence: number;
}

const inside = (s: SpanN, outer: SpanN) => outer.start <= s.start && s.end <= outer.end;

/** "Speaker: what" — a line that names a speaker and, after a colon, what was said: «كوليبا: القرار ليس بيد
 *  لافروف... وأنقرة: سنواصل الوساطة» holds two; «لافروف بعد لقائه كوليبا في أنطاليا: لا بديل» one. */
/** How far around a cue its sentence is read. A sentence longer than twice this (a run-on text, or one built to
 *  stall the reader) is read in a window around each cue, so that no cue costs more than a constant. */
export const CUE_WINDOW = 600;

/** The sentence a cue is read in: itself, or the window around the cue when it is very long. */
export function around(sentence: Sentence, cue: SpanN): Sentence {
  if (sentence.end - sentence.start <= 2 * CUE_WINDOW) return sentence;
  return { start: Math.max(sentence.start, cue.start - CUE_WINDOW), end: Math.min(sentence.end, cue.end + CUE_WINDOW) };
}

/** The index of the sentence holding a position (binary search; -1 when none does). */
export function sentenceIndex(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function colonDrafts(text: string, line: Sentence, mentions: readonly ActorMention[], isCue: (word: string) => boolean): StatementDraft[] {
  const out: StatementDraft[] = [];
  const body = text.slice(line.start, line.end);
  for (let c = body.indexOf(':'); c >= 0; c = body.indexOf(':', c + 1)) {
    const at = line.start + c;
    // The speaker opens the line or a segment of it (after «...», «|», «-», «،» or و), a few words before the colon.
    let i = lowerBound(mentions, at) - 1;
    while (i >= 0 && mentions[i]!.end > at) i--;
    let first = -1;
    const lo = Math.max(line.start, at - 200);
    for (let k = i; k >= 0 && mentions[k]!.start >= lo; k--) {
      const m = mentions[k]!;
      // A digest's line may open with a bullet or an emoji (🔹 Песков: …).
      // A transcript's turn opens with the speaker's initials glued to the name (В.Путин: …; Д.Трамп (как переведено): …).
      const atStart = m.start - line.start <= 8 && /^[\s\p{Extended_Pictographic}\uFE0F•▪◾·*]*(?:\p{Lu}\.\s?){0,2}و?\s*$/u.test(text.slice(line.start, m.start));
      const opens = atStart || /(?:\.\.\.|…|\||[-–—،,])\s*و?\s*$/u.test(text.slice(Math.max(line.start, m.start - 8), m.start));
      if (opens) {
        first = k;
        break;
      }
    }
    // "Israel-Gaza ceasefire: …" is a topic, not a speaker: a name glued to another word does not speak.
    const glued = (m: ActorMention) => /^[-‐–]\S/.test(text.slice(m.end, m.end + 2)) || /\S[-‐–]$/.test(text.slice(Math.max(0, m.start - 2), m.start));
    if (first < 0 || mentions[first]!.actorId === null || glued(mentions[first]!)) continue;
    const speakers = [mentions[first]!];
    for (let k = first + 1; k <= i; k++) if (/^\s*و\s*$/.test(text.slice(speakers.at(-1)!.end, mentions[k]!.start)) && mentions[k]!.actorId !== null) speakers.push(mentions[k]!);
    const between = text.slice(speakers.at(-1)!.end, at);
    const words = between.split(/\s+/).filter(Boolean);
    if (words.length > 8 || words.some(isCue)) continue;
    let contentStart = at + 1;
    while (contentStart < line.end && /\s/.test(text[contentStart]!)) contentStart++;
    // Another "Speaker:" segment after «...» or «|» ends this one (looked for in a bounded stretch).
    const next = text.slice(contentStart, Math.min(line.end, contentStart + 2000)).search(/(?:\.\.\.|…|\|)\s*و?\s*\S+[^:]{0,60}:/u);
    const contentEnd = next < 0 ? line.end : contentStart + next;
    // A dateline or a byline ("أنطاليا - الرياض: «اليوم»", "DOHA:") says nothing: what follows has a few words at least.
    if (contentStart >= contentEnd || text.slice(contentStart, contentEnd).split(/\s+/).filter(Boolean).length < 2) continue;
    for (const speaker of speakers) {
      out.push({
        speaker,
        cue: { start: at, end: at + 1, lemma: ':' },
        stance: 'state',
        channel: null,
        content: [{ start: contentStart, end: contentEnd }],
        direct: text[contentStart] === '"',
        mention: line,
        saidAtTimex: null,
        headline: true,
        confidence: 0.6,
      });
    }
  }
  return out;
}

/** The time of saying when the walk past the cue met none: the expression of the sentence outside the content
 *  and the speaker, nearest the cue (an index into `times`, or null). Shared by the Arabic and English finders. */
export function nearestTime(times: readonly TaggedSpan[], sentence: SpanN, content: readonly SpanN[], speaker: SpanN, cue: SpanN, text?: string): number | null {
  let best = Infinity;
  let found: number | null = null;
  for (let i = lowerBound(times, sentence.start); i < times.length && times[i]!.start < sentence.end; i++) {
    const t = times[i]!;
    if (!inside(t, sentence) || content.some((c) => t.start < c.end && c.start < t.end) || !datesSaying(t)) continue;
    if (t.start < speaker.end && t.end > speaker.start) continue;
    if (text && inAside(text, sentence, t, [speaker, cue])) continue;
    const d = Math.min(Math.abs(t.start - cue.end), Math.abs(cue.start - t.end));
    // A time far from the verb belongs to another clause of the sentence.
    if (d < best && d <= NEAR_CUE) [best, found] = [d, i];
  }
  return found;
}

/** Words that open a clause about something else: a topic put first (وبشأن قصف المستشفى أمس، قال…; regarding
 *  Monday's strike, …) or a relative clause on a noun (الدوحة، التي تصدّرت قبل سنوات…؛ Doha, which on Monday…). */
const ASIDE_OPENING = /^\s*(?:[وف]?(?:بشان|حول|بخصوص|عن|ردا\s+علي|وردا\s+علي|فيما\s+يتعلق|التي|الذي|الذين|اللذين|اللتين)|regarding|concerning|asked\s+about|in\s+response\s+to|which|who|whose)(?![\p{L}])/iu;

/** Whether a time stands in a comma-bounded part of the sentence that is such an aside and holds neither the
 *  speaker nor the verb: it dates what the aside speaks of, not the saying. */
function inAside(text: string, sentence: SpanN, t: SpanN, keep: SpanN[]): boolean {
  const before = text.slice(sentence.start, t.start);
  const open = Math.max(before.lastIndexOf('،'), before.lastIndexOf(','));
  const start = open < 0 ? sentence.start : sentence.start + open + 1;
  const rest = text.slice(t.end, sentence.end).search(/[،,]/);
  const end = rest < 0 ? sentence.end : t.end + rest;
  if (keep.some((k) => k.start < end && start < k.end)) return false;
  return ASIDE_OPENING.test(text.slice(start, t.start));
}

/** How far from its verb a time of saying stands at most, in characters (a title and a channel between). */
const NEAR_CUE = 120;

/** Whether an expression can date a saying: a day, a part of one or a clock time, a week — not a length, a set,
 *  a year or a month (a statement made "in 2014" is rare, a clause about 2014 common), nor the vague present. */
export function datesSaying(t: TaggedSpan): boolean {
  const p = t.parse;
  switch (p.kind) {
    case 'day':
    case 'relative':
    case 'hijri':
      return true;
    case 'offset':
      return p.unit === 'day' || p.unit === 'week';
    case 'unit':
      return p.unit === 'week';
    case 'vague':
      return p.ref === 'PAST_REF';
    default:
      return false;
  }
}


/** One draft per speaker and sentence: a second cue of the same speaker in a sentence is the same statement. */
export function oncePerSentence(drafts: readonly StatementDraft[]): StatementDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.mention.start}|${d.speaker.actorId ?? d.speaker.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
