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

/** "Speaker: what they said" — a headline is a mention of the statement it summarises (both languages). */
export function headlineDraft(text: string, headline: Sentence, mentions: readonly ActorMention[]): StatementDraft | null {
  const speaker = mentions.find((m) => m.start === headline.start);
  const colon = speaker ? /^\s*:\s*/.exec(text.slice(speaker.end, headline.end)) : null;
  if (!speaker || !colon) return null;
  const cueStart = speaker.end + colon[0].indexOf(':');
  return {
    speaker,
    cue: { start: cueStart, end: cueStart + 1, lemma: ':' },
    stance: 'state',
    channel: null,
    content: [{ start: speaker.end + colon[0].length, end: headline.end }],
    direct: false,
    mention: headline,
    saidAtTimex: null,
    headline: true,
    confidence: 0.6,
  };
}

/** The time of saying when the walk past the cue met none: the expression of the sentence outside the content
 *  and the speaker, nearest the cue (an index into `times`, or null). Shared by the Arabic and English finders. */
export function nearestTime(times: readonly TaggedSpan[], sentence: SpanN, content: readonly SpanN[], speaker: SpanN, cue: SpanN): number | null {
  let best = Infinity;
  let found: number | null = null;
  for (let i = lowerBound(times, sentence.start); i < times.length && times[i]!.start < sentence.end; i++) {
    const t = times[i]!;
    if (!inside(t, sentence) || content.some((c) => t.start < c.end && c.start < t.end)) continue;
    if (t.start < speaker.end && t.end > speaker.start) continue;
    const d = Math.min(Math.abs(t.start - cue.end), Math.abs(cue.start - t.end));
    if (d < best) [best, found] = [d, i];
  }
  return found;
}

