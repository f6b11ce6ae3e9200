// A day or a part of a day read in another zone: the same value ("2021-12-30", "2021-12-30TEV"), the interval
// it covers there. Used where a speaker's own words are read in the speaker's zone.
import type { Interval, TimexMod } from '../model/schema';
import { dayInterval, parseDate, wallToUtc, type LocalDate } from './calendar';
import { PART_OF_DAY_HOURS, type PartOfDay } from './parse';

const DAY = /^(\d{4}-\d{2}-\d{2})$/;
const PART = /^(\d{4}-\d{2}-\d{2})T(MO|MI|AF|EV|NI)$/;

/** A zone named near the words ("بتوقيت موسكو", "Moscow time", "GMT"): the text already says whose day it is. */
export const ZONE_WORDS = /توقيت|ت\.?\s*غ|\b(?:GMT|UTC|MSK|EST|EDT|BST|CET|CEST)\b|\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b|\blocal\s+time\b/;

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

const same = (a: Interval | null, b: Interval | null) => a?.start === b?.start && a?.end === b?.end;

/**
 * The interval of an expression read in another zone, when it should be: a day or part of a day whose interval
 * is the value's plain reading in the document's zone (so a "since" date is never recomputed), no zone named in
 * its words. null keeps it as it is.
 */
export function readIn(value: string, mod: TimexMod | undefined, given: Interval | null, docZone: string, zone: string, words: string): Interval | null {
  if (!given || zone === docZone || ZONE_WORDS.test(words)) return null;
  if (!same(intervalIn(value, mod, docZone), given)) return null;
  const again = intervalIn(value, mod, zone);
  return again && !same(again, given) ? again : null;
}
