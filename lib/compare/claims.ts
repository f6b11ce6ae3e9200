// Every time claim of every event, with who made it, through whom, in which words, and in which zone it is
// read. A day said by the White House is a Washington day ("Thursday" covers the Moscow evening): the engine
// reads such a day in the speaker's home zone (lib/extract, speakerZones) and the expression says so.
import type { Extraction, Granularity, Interval, TimeExpression, TimexMod } from '../model/schema';
import { intervalIn } from '../time/in-zone';

/** Exact words in a document: offsets into document.text, and the text they cover. */
export interface Words {
  docId: string;
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  docId: string;
  eventId: string;
  statementId: string;
  speakerId: string;
  /** document.publisher */
  publisher: string;
  /** The channel's actor id, its words when the gazetteer does not know it, or null. */
  channel: string | null;
  /** TIMEX3 value, as the engine (or a reviewer) gave it. */
  value: string;
  mod?: TimexMod;
  granularity: Granularity | null;
  /** UTC, half-open; null sides are open; null when the claim has no resolved time ("no time"). */
  interval: Interval | null;
  /** The interval as the document gave it, before any reading in the speaker's zone. */
  original: Interval | null;
  /** The zone the interval is read in: the speaker's home zone when reinterpreted, else the document's. */
  zone: string;
  reinterpreted: boolean;
  corrected: boolean;
  /** The time expression's words, or the statement's content when no expression is named. */
  words: Words;
  /** When the statement was made (the statement's saidAt interval). */
  saidAt: Interval | null;
}

const DAY = /^(\d{4}-\d{2}-\d{2})$/;
const PART = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI)$/;
const granularityOf = (value: string): Granularity | null => (DAY.test(value) ? 'day' : PART.test(value) ? 'part-of-day' : null);

function contentWords(s: Extraction['statements'][number] | undefined): { start: number; end: number } {
  const span = s?.content[0] ?? s?.mentions[0];
  return span ? { start: span.start, end: span.end } : { start: 0, end: 0 };
}

/** Every time claim of one document's events, in event order then claim order. */
export function claimsOf(x: Extraction): Claim[] {
  const doc = x.document;
  const text = doc.text;
  const times = new Map<string, TimeExpression>(x.timeExpressions.map((t) => [t.id, t]));
  const statements = new Map(x.statements.map((s) => [s.id, s]));
  const out: Claim[] = [];
  for (const e of x.events) {
    for (const c of e.timeClaims) {
      const s = statements.get(c.statementId);
      const te = c.timeExpressionId ? times.get(c.timeExpressionId) : undefined;
      const span = te ? { start: te.start, end: te.end } : contentWords(s);
      const words: Words = { docId: doc.id, ...span, text: text.slice(span.start, span.end) };
      const speakerId = s?.speaker.actorId ?? '';
      const granularity = te?.granularity ?? granularityOf(c.value);
      const mod = te?.value === c.value ? te.mod : undefined;
      // The engine read a day in the speaker's own words in the speaker's zone (the expression says which).
      const interval = c.interval;
      const zone = !c.corrected && te?.zone ? te.zone : doc.timeZone;
      // What the document's own zone would make of it, for the views that say what changed.
      const original = zone !== doc.timeZone ? (intervalIn(c.value, mod, doc.timeZone) ?? interval) : interval;
      out.push({
        docId: doc.id,
        eventId: e.id,
        statementId: c.statementId,
        speakerId,
        publisher: doc.publisher,
        channel: s?.channel ? (s.channel.actorId ?? s.channel.text) : null,
        value: c.value,
        ...(mod ? { mod } : {}),
        granularity,
        interval,
        original,
        zone,
        reinterpreted: zone !== doc.timeZone,
        corrected: !!c.corrected,
        words,
        saidAt: s?.saidAt.interval ?? null,
      });
    }
  }
  return out;
}

/** Every claim of every document. */
export function allClaims(xs: readonly Extraction[]): Claim[] {
  return xs.flatMap((x) => claimsOf(x));
}
