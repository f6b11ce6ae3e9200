// Every time claim of every event, with who made it, through whom, in which words, and in which zone it is
// read. A day said by the White House is a Washington day ("Thursday" covers the Moscow evening), so a claim
// of day or part-of-day granularity that names no zone is read again in its speaker's home zone.
import type { Extraction, Granularity, Interval, TimeExpression, TimexMod } from '../model/schema';
import { dayInterval, parseDate, wallToUtc, type LocalDate } from '../time/calendar';
import { PART_OF_DAY_HOURS, type PartOfDay } from '../time/parse';
import { actorsOf, homeZone, type ActorLookup } from './zones';

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
// A zone named near the words ("بتوقيت موسكو", "Moscow time", "GMT"): the text already says whose day it is.
const ZONE_WORDS = /توقيت|ت\.?\s*غ|\b(?:GMT|UTC|MSK|EST|EDT|BST|CET|CEST)\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b|\blocal\s+time\b/;
/** How far after the expression a zone may still be named ("on Thursday, Moscow time"). */
const ZONE_LOOKAHEAD = 24;

/** A part of day in a zone, as resolve.ts computes it (START/END keep the first/second half). */
function partInterval(d: LocalDate, part: PartOfDay, mod: TimexMod | undefined, zone: string): Interval {
  let [h0, h1] = PART_OF_DAY_HOURS[part];
  const half = (h1 - h0) / 2;
  if (mod === 'END') h0 += half;
  if (mod === 'START') h1 -= half;
  const at = (h: number) => wallToUtc(d, Math.floor(h), Math.round((h % 1) * 60), zone);
  return { start: at(h0), end: at(h1) };
}

/** The interval of a day or part-of-day value in a zone, for the mods resolve.ts gives them; null otherwise. */
export function intervalIn(value: string, mod: TimexMod | undefined, zone: string): Interval | null {
  const day = DAY.exec(value);
  if (day && !mod) {
    const d = parseDate(day[1]!);
    return d ? dayInterval(d, zone) : null;
  }
  const part = PART.exec(value);
  if (part && (!mod || mod === 'START' || mod === 'END')) {
    const d = parseDate(part[1]!);
    return d ? partInterval(d, part[2] as PartOfDay, mod, zone) : null;
  }
  return null;
}

const granularityOf = (value: string): Granularity | null => (DAY.test(value) ? 'day' : PART.test(value) ? 'part-of-day' : null);
const same = (a: Interval | null, b: Interval | null) => a?.start === b?.start && a?.end === b?.end;

/**
 * The claim read in the speaker's zone, when it should be: day or part-of-day, no zone in its words, not
 * corrected by a reviewer, and the document's own reading is the value's plain reading in the document's zone
 * (so a "since" date or an edited interval is never recomputed). null keeps the claim as given.
 */
function inSpeakerZone(value: string, mod: TimexMod | undefined, given: Interval, docZone: string, speakerZone: string, words: string): Interval | null {
  if (speakerZone === docZone || ZONE_WORDS.test(words)) return null;
  // The mod is checked against what the document gave: a claim without its expression has none written down.
  const mods: (TimexMod | undefined)[] = mod ? [mod] : [undefined, 'START', 'END'];
  for (const m of mods) {
    if (!same(intervalIn(value, m, docZone), given)) continue;
    const again = intervalIn(value, m, speakerZone);
    return again && !same(again, given) ? again : null;
  }
  return null;
}

function contentWords(s: Extraction['statements'][number] | undefined): { start: number; end: number } {
  const span = s?.content[0] ?? s?.mentions[0];
  return span ? { start: span.start, end: span.end } : { start: 0, end: 0 };
}

/** Every time claim of one document's events, in event order then claim order. */
export function claimsOf(x: Extraction, lookup?: ActorLookup): Claim[] {
  const own = new Map(x.actors.map((a) => [a.id, a]));
  const find: ActorLookup = (id) => own.get(id) ?? lookup?.(id);
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
      let interval = c.interval;
      let zone = doc.timeZone;
      const speakerZone = speakerId ? homeZone(speakerId, find) : null;
      if (c.interval && !c.corrected && speakerZone && (granularity === 'day' || granularity === 'part-of-day')) {
        const around = te ? text.slice(te.start, Math.min(text.length, te.end + ZONE_LOOKAHEAD)) : words.text;
        const again = inSpeakerZone(c.value, mod, c.interval, doc.timeZone, speakerZone, around);
        if (again) [interval, zone] = [again, speakerZone];
      }
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
        original: c.interval,
        zone,
        reinterpreted: interval !== c.interval,
        corrected: !!c.corrected,
        words,
        saidAt: s?.saidAt.interval ?? null,
      });
    }
  }
  return out;
}

/** Every claim of every document; actors missing from a document are looked up in the others. */
export function allClaims(xs: readonly Extraction[]): Claim[] {
  const actors = actorsOf(xs);
  const lookup: ActorLookup = (id) => actors.get(id);
  return xs.flatMap((x) => claimsOf(x, lookup));
}
