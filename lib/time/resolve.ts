// Resolve a parsed temporal expression against the publication date, in the document's zone
// (or the zone the text names). Intervals are half-open [start, end) in UTC.
import type { Granularity, Interval, TimexMod } from '../model/schema';
import type { DayParse, Feast, PeriodMod, TimexParse } from './parse';
import { PART_OF_DAY_HOURS } from './parse';
import type { Tense } from './tense';
import type { TimeWarning } from '../model/warnings';
import type { LocalDate } from './calendar';
import {
  addDays, addMonths, daysInMonth, dayInterval, diffDays, formatDate, formatMonth, hijriToGregorian, isValidDate,
  isoUtc, isoWeek, pad, wallToUtc, weekday,
} from './calendar';

export interface ResolveContext {
  /** The publication date as a local date in `zone`; null when it is unknown. */
  anchor: LocalDate | null;
  zone: string;
  /** Tense of the clause around the expression, for bare weekdays and yearless dates. */
  tense: Tense;
  /** The day the text last spoke of, for what is counted from it (the day before, two days later). */
  reference?: { date: LocalDate; id: string } | null;
}

export interface Resolved {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: TimexMod;
  granularity: Granularity;
  interval: Interval | null;
  /** 'publication', the id of the expression it is counted from, or null for an absolute date. */
  anchor: string | null;
  /** Set when the text contradicts itself (غدا الخميس on a Tuesday) or names an impossible date. */
  warning?: TimeWarning;
}

/** A third of a period for early/mid/late (مطلع/منتصف/أواخر): months and years split in three. */
function narrow(interval: { start: string; end: string }, mod: PeriodMod | undefined) {
  if (!mod) return interval;
  const s = Date.parse(interval.start);
  const e = Date.parse(interval.end);
  const third = (e - s) / 3;
  const k = mod === 'START' ? 0 : mod === 'MID' ? 1 : 2;
  return { start: isoUtc(Math.round(s + k * third)), end: isoUtc(Math.round(s + (k + 1) * third)) };
}

const monthInterval = (y: number, m: number, zone: string) => {
  const next = addMonths(y, m, 1);
  return { start: wallToUtc({ y, m, d: 1 }, 0, 0, zone), end: wallToUtc({ y: next.y, m: next.m, d: 1 }, 0, 0, zone) };
};
const yearInterval = (y: number, zone: string) => ({
  start: wallToUtc({ y, m: 1, d: 1 }, 0, 0, zone),
  end: wallToUtc({ y: y + 1, m: 1, d: 1 }, 0, 0, zone),
});

/** The year for a month/day with no year: by explicit reference, then tense, else the nearest. */
function chooseYear(anchor: LocalDate, month: number, day: number | undefined, ref: 'this' | 'last' | 'next' | undefined, tense: Tense): number {
  if (ref === 'this') return anchor.y;
  const candidates = [anchor.y - 1, anchor.y, anchor.y + 1];
  const dist = (y: number) => diffDays({ y, m: month, d: Math.min(day ?? 15, daysInMonth(y, month)) }, anchor);
  const sameMonth = (y: number) => y === anchor.y && month === anchor.m;
  if (ref === 'last') return candidates.filter((y) => (day ? dist(y) < 0 : dist(y) < 0 && !sameMonth(y))).at(-1)!;
  if (ref === 'next') return candidates.find((y) => (day ? dist(y) > 0 : dist(y) > 0 && !sameMonth(y)))!;
  if (tense === 'past') return candidates.filter((y) => dist(y) <= 0 || sameMonth(y)).at(-1)!;
  if (tense === 'future') return candidates.find((y) => dist(y) >= 0 || sameMonth(y))!;
  // Nearest to the anchor: 10 يناير read on 31 December is next January.
  return candidates.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
}

/** The year (of the three around the anchor) whose day/month falls on the weekday, nearest the anchor; null if none. */
function yearOfWeekday(anchor: LocalDate, month: number, day: number, wd: number): number | null {
  const fits = [anchor.y, anchor.y - 1, anchor.y + 1].filter((y) => isValidDate({ y, m: month, d: day }) && weekday({ y, m: month, d: day }) === wd);
  if (!fits.length) return null;
  return fits.reduce((a, b) => (Math.abs(diffDays({ y: b, m: month, d: day }, anchor)) < Math.abs(diffDays({ y: a, m: month, d: day }, anchor)) ? b : a));
}

function resolveWeekday(anchor: LocalDate, wd: number, ref: DayParse['weekdayRef'], tense: Tense): LocalDate {
  const diff = (wd - weekday(anchor) + 7) % 7; // days forward to the next such weekday (0 = today)
  if (ref === 'next') return addDays(anchor, diff === 0 ? 7 : diff);
  if (ref === 'last') return addDays(anchor, diff === 0 ? -7 : diff - 7);
  if (tense === 'future') return addDays(anchor, diff);
  return addDays(anchor, diff === 0 ? 0 : diff - 7); // news default: the most recent such day
}

function resolveDay(p: DayParse, ctx: ResolveContext): Resolved {
  let date: LocalDate | null = null;
  let anchored = false;
  let warning: TimeWarning | undefined;
  let unknownValue = 'XXXX-XX-XX';
  if (p.date && p.date.month === 0) {
    // "the 19th of this / next month": the month is the publication's, or the one after or before it.
    if (!ctx.anchor) return { type: 'DATE', value: `XXXX-XX-${pad(p.date.day)}`, granularity: 'day', interval: null, anchor: 'publication' };
    const { y, m } = addMonths(ctx.anchor.y, ctx.anchor.m, p.date.ref === 'next' ? 1 : p.date.ref === 'last' ? -1 : 0);
    return resolveDay({ ...p, date: { day: p.date.day, month: m, year: y } }, ctx);
  }
  if (p.date) {
    const { day, month, year, ref } = p.date;
    if (year !== undefined) date = { y: year, m: month, d: day };
    else if (ctx.anchor && p.weekday !== undefined && yearOfWeekday(ctx.anchor, month, day, p.weekday) !== null) {
      // "الأحد 5 مارس": the year whose 5 March is a Sunday, nearest the publication.
      date = { y: yearOfWeekday(ctx.anchor, month, day, p.weekday)!, m: month, d: day };
      anchored = true;
    } else if (ctx.anchor) {
      date = { y: chooseYear(ctx.anchor, month, day, ref, ctx.tense), m: month, d: day };
      anchored = true;
      if (ref === 'this' && month !== ctx.anchor.m) warning = { code: 'time-not-publication-month', params: { month } };
    } else unknownValue = `XXXX-${pad(month)}-${pad(day)}`;
    if (date && !isValidDate(date)) {
      return { type: 'DATE', value: unknownValue, granularity: 'day', interval: null, anchor: null, warning: { code: 'time-impossible-date', params: { date: formatDate(date) } } };
    }
  } else if (p.rel !== undefined) {
    if (ctx.anchor) date = addDays(ctx.anchor, p.rel);
    anchored = true;
  } else if (p.weekday !== undefined) {
    if (ctx.anchor) date = resolveWeekday(ctx.anchor, p.weekday, p.weekdayRef, ctx.tense);
    anchored = true;
    unknownValue = `XXXX-WXX-${p.weekday === 0 ? 7 : p.weekday}`;
  } else if (p.clock) {
    // A bare clock time is on the day the text speaks of (a live blog's entry, the day of the call), else publication's.
    date = ctx.reference?.date ?? ctx.anchor;
    anchored = true;
  }
  if (date && p.weekday !== undefined && weekday(date) !== p.weekday) {
    warning = { code: 'time-weekday', params: { date: formatDate(date), weekday: weekday(date), said: p.weekday } };
  }
  const anchor = anchored ? ('publication' as const) : null;
  if (!date) {
    const suffix = p.clock ? `T${pad(p.clock.h)}:${pad(p.clock.m)}` : p.part ? `T${p.part}` : '';
    return { type: p.clock || p.part ? 'TIME' : 'DATE', value: unknownValue + suffix, granularity: p.clock ? 'minute' : p.part ? 'part-of-day' : 'day', interval: null, anchor, warning };
  }
  const value = formatDate(date);
  const zone = p.clock?.zone ?? ctx.zone;
  if (p.clock) {
    if (p.clock.h > 23 || p.clock.m > 59) return { type: 'TIME', value: `${value}T${pad(p.clock.h)}:${pad(p.clock.m)}`, granularity: 'minute', interval: null, anchor, warning: { code: 'time-impossible-time', params: { time: `${p.clock.h}:${pad(p.clock.m)}` } } };
    const start = wallToUtc(date, p.clock.h, p.clock.m, zone);
    const end = isoUtc(Date.parse(start) + 60_000);
    return { type: 'TIME', value: `${value}T${pad(p.clock.h)}:${pad(p.clock.m)}`, ...(p.near ? { mod: p.near } : {}), granularity: 'minute', interval: { start, end }, anchor, warning };
  }
  if (p.part) {
    let [h0, h1] = PART_OF_DAY_HOURS[p.part];
    // ليلة الخميس is the night leading into Thursday (Arabic); "Thursday night" is Thursday's (English).
    const base = p.part === 'NI' && p.nightBefore ? addDays(date, -1) : date;
    const half = (h1 - h0) / 2;
    let mod: TimexMod | undefined;
    if (p.partMod === 'END') [h0, mod] = [h0 + half, 'END'];
    if (p.partMod === 'START') [h1, mod] = [h1 - half, 'START'];
    // Halves of odd-length parts fall on the half hour (late night starts at 01:30).
    const at = (h: number) => wallToUtc(base, Math.floor(h), Math.round((h % 1) * 60), zone);
    const interval = { start: at(h0), end: at(h1) };
    return { type: 'TIME', value: `${formatDate(base)}T${p.part}`, mod, granularity: 'part-of-day', interval, anchor, warning };
  }
  // "في وقت سابق من اليوم": earlier on that day — the day still bounds it. "Late on Thursday" is the day, marked
  // END (TIMEX3's mod): the text does not say which hours, so the interval stays the whole day.
  const mod: TimexMod | undefined = p.partMod === 'END' || p.partMod === 'START' ? p.partMod : undefined;
  return { type: 'DATE', value, ...(mod ? { mod } : {}), granularity: 'day', interval: dayInterval(date, zone), anchor, warning };
}

/** Resolve one parsed expression. Pure: the same parse and context always give the same result. */
export function resolve(p: TimexParse, ctx: ResolveContext, publication: Interval | null): Resolved {
  const r = resolveCore(p, ctx, publication);
  if (p.since && r.interval) {
    const end = publication?.end ?? null;
    // "منذ غدا" cannot run from tomorrow to today: keep the date and say so.
    if (end && r.interval.start && r.interval.start >= end) return { ...r, warning: { code: 'time-since-after-publication', params: { value: r.value } } };
    return { ...r, mod: 'ON_OR_AFTER', interval: { start: r.interval.start, end } };
  }
  return r;
}

function resolveCore(p: TimexParse, ctx: ResolveContext, publication: Interval | null): Resolved {
  const { anchor, zone } = ctx;
  switch (p.kind) {
    case 'day':
      return resolveDay(p, ctx);
    case 'hijri': {
      const g = hijriToGregorian({ y: p.year, m: p.month, d: p.day });
      if (!g) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: 'day', interval: null, anchor: null, warning: { code: 'time-impossible-hijri', params: { day: p.day, month: p.month, year: p.year } } };
      return { type: 'DATE', value: formatDate(g), granularity: 'day', interval: dayInterval(g, zone), anchor: null };
    }
    case 'range': {
      const fromYear = p.from.year ?? (anchor ? chooseYear(anchor, p.from.month, p.from.day, undefined, ctx.tense) : undefined);
      const toYear = p.to.year ?? fromYear;
      if (fromYear === undefined || toYear === undefined) return { type: 'DURATION', value: 'P', granularity: 'duration', interval: null, anchor: 'publication' };
      const a = { y: fromYear, m: p.from.month, d: p.from.day };
      const b = { y: toYear + (p.to.month < p.from.month ? 1 : 0), m: p.to.month, d: p.to.day };
      if (!isValidDate(a) || !isValidDate(b) || diffDays(b, a) < 0) {
        return { type: 'DURATION', value: 'P', granularity: 'duration', interval: null, anchor: null, warning: { code: 'time-impossible-range', params: { from: formatDate(a), to: formatDate(b) } } };
      }
      return {
        type: 'DURATION',
        value: `P${diffDays(b, a) + 1}D`,
        granularity: 'day',
        interval: { start: dayInterval(a, zone).start, end: dayInterval(b, zone).end },
        anchor: p.from.year === undefined ? 'publication' : null,
      };
    }
    case 'month': {
      if (p.year === undefined && !anchor) return { type: 'DATE', value: `XXXX-${pad(p.month)}`, mod: p.mod, granularity: 'month', interval: null, anchor: 'publication' };
      const y = p.year ?? chooseYear(anchor!, p.month, undefined, p.ref, ctx.tense);
      return { type: 'DATE', value: formatMonth(y, p.month), mod: p.mod, granularity: 'month', interval: narrow(monthInterval(y, p.month, zone), p.mod), anchor: p.year === undefined ? 'publication' : null };
    }
    case 'year':
      return { type: 'DATE', value: pad(p.year, 4), mod: p.mod, granularity: 'year', interval: narrow(yearInterval(p.year, zone), p.mod), anchor: null };
    case 'unit': {
      if (!anchor) return { type: 'DATE', value: p.unit === 'week' ? 'XXXX-WXX' : p.unit === 'month' ? 'XXXX-XX' : 'XXXX', mod: p.mod, granularity: p.unit, interval: null, anchor: 'publication' };
      return { ...unitPeriod(anchor, p.unit, p.offset, zone, p.mod), anchor: 'publication' };
    }
    case 'offset': {
      if (p.unit === 'minute' || p.unit === 'hour') {
        const n = p.unit === 'hour' ? `PT${p.n}H` : `PT${p.n}M`;
        return { type: 'DURATION', value: n, mod: p.approx ? 'APPROX' : undefined, granularity: 'duration', interval: null, anchor: 'publication' };
      }
      if (!anchor) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: p.unit, interval: null, anchor: 'publication' };
      const k = p.sign * p.n;
      const mod = p.approx ? 'APPROX' : undefined;
      if (p.unit === 'day') {
        const d = addDays(anchor, k);
        return { type: 'DATE', value: formatDate(d), mod, granularity: 'day', interval: dayInterval(d, zone), anchor: 'publication' };
      }
      return { ...unitPeriod(anchor, p.unit, k, zone, undefined), mod, anchor: 'publication' };
    }
    case 'duration':
      return { type: 'DURATION', value: durationValue(p.n, p.unit), mod: p.approx ? 'APPROX' : undefined, granularity: 'duration', interval: null, anchor: null };
    case 'set':
      return { type: 'SET', value: p.weekday === undefined ? durationValue(p.n, p.unit) : `XXXX-WXX-${p.weekday === 0 ? 7 : p.weekday}`, granularity: 'duration', interval: null, anchor: null };
    case 'relative':
      return resolveRelative(p, ctx);
    case 'weekday-range': {
      if (!anchor) return { type: 'DURATION', value: `P${((p.to - p.from + 7) % 7) + 1}D`, granularity: 'duration', interval: null, anchor: 'publication' };
      const a = resolveWeekday(anchor, p.from, undefined, ctx.tense);
      const b = addDays(a, (p.to - p.from + 7) % 7);
      return { type: 'DURATION', value: `P${diffDays(b, a) + 1}D`, granularity: 'day', interval: { start: dayInterval(a, zone).start, end: dayInterval(b, zone).end }, anchor: 'publication' };
    }
    case 'season': {
      const y = p.year ?? (anchor ? seasonYear(anchor, p.season, p.ref, ctx.tense) : undefined);
      if (y === undefined) return { type: 'DATE', value: `XXXX-${p.season}`, granularity: 'month', interval: null, anchor: 'publication' };
      const [m0, months] = SEASON_MONTHS[p.season];
      const end = addMonths(y, m0, months);
      return { type: 'DATE', value: `${pad(y, 4)}-${p.season}`, granularity: 'month', interval: { start: wallToUtc({ y, m: m0, d: 1 }, 0, 0, zone), end: wallToUtc({ y: end.y, m: end.m, d: 1 }, 0, 0, zone) }, anchor: p.year === undefined ? 'publication' : null };
    }
    case 'feast': {
      const d = feastDay(p.feast, p.year, anchor, p.ref, ctx.tense);
      if (!d) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: 'day', interval: null, anchor: 'publication' };
      return { type: 'DATE', value: formatDate(d), granularity: 'day', interval: dayInterval(d, zone), anchor: p.year === undefined ? 'publication' : null };
    }
    case 'year-range': {
      if (p.to < p.from) return { type: 'DURATION', value: 'P', granularity: 'duration', interval: null, anchor: null, warning: { code: 'time-impossible-years', params: { from: p.from, to: p.to } } };
      return { type: 'DURATION', value: `P${p.to - p.from + 1}Y`, granularity: 'year', interval: { start: yearInterval(p.from, zone).start, end: yearInterval(p.to, zone).end }, anchor: null };
    }
    case 'decade': {
      const y0 = p.decade * 10;
      return { type: 'DATE', value: String(p.decade), mod: p.mod, granularity: 'year', interval: narrow({ start: yearInterval(y0, zone).start, end: yearInterval(y0 + 9, zone).end }, p.mod), anchor: null };
    }
    case 'century': {
      const y0 = p.century * 100;
      return { type: 'DATE', value: pad(p.century, 2), mod: p.mod, granularity: 'year', interval: narrow({ start: yearInterval(y0, zone).start, end: yearInterval(y0 + 99, zone).end }, p.mod), anchor: null };
    }
    case 'vague': {
      const end = publication?.end ?? null;
      const start = publication?.start ?? null;
      const interval =
        p.ref === 'PAST_REF' ? { start: null, end } : p.ref === 'FUTURE_REF' ? { start, end: null } : publication;
      return { type: 'DATE', value: p.ref, granularity: 'vague', interval: publication ? interval : null, anchor: 'publication' };
    }
  }
}

function unitPeriod(anchor: LocalDate, unit: 'week' | 'month' | 'year', offset: number, zone: string, mod: PeriodMod | undefined) {
  if (unit === 'week') {
    const { monday } = isoWeek(anchor);
    const start = addDays(monday, offset * 7);
    const w = isoWeek(start);
    return { type: 'DATE' as const, value: `${w.year}-W${pad(w.week)}`, mod, granularity: 'week' as const, interval: narrow({ start: dayInterval(start, zone).start, end: dayInterval(addDays(start, 7), zone).start }, mod) };
  }
  if (unit === 'month') {
    const { y, m } = addMonths(anchor.y, anchor.m, offset);
    return { type: 'DATE' as const, value: formatMonth(y, m), mod, granularity: 'month' as const, interval: narrow(monthInterval(y, m, zone), mod) };
  }
  const y = anchor.y + offset;
  return { type: 'DATE' as const, value: pad(y, 4), mod, granularity: 'year' as const, interval: narrow(yearInterval(y, zone), mod) };
}

const UNIT_CODE = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE' } as const;
const SMALLER: Partial<Record<keyof typeof UNIT_CODE, [keyof typeof UNIT_CODE, number]>> = { hour: ['minute', 60], day: ['hour', 24], year: ['month', 12], month: ['day', 30], week: ['day', 7] };
const isTimeUnit = (u: keyof typeof UNIT_CODE) => u === 'minute' || u === 'hour';

/** TIMEX3 duration: P5D, PT2H30M (two and a half hours), P2DT12H, PXY (years, count unknown). */
export function durationValue(n: number | null, unit: keyof typeof UNIT_CODE): string {
  const part = (k: number | string, u: keyof typeof UNIT_CODE) => `${k}${UNIT_CODE[u]}`;
  if (n === null) return isTimeUnit(unit) ? `PT${part('X', unit)}` : `P${part('X', unit)}`;
  const whole = Math.floor(n);
  const rest = n - whole;
  const smaller = SMALLER[unit];
  const parts: [number, keyof typeof UNIT_CODE][] = [[whole, unit]];
  if (rest > 0 && smaller) parts.push([Math.round(rest * smaller[1]), smaller[0]]);
  let out = 'P';
  let inTime = false;
  for (const [k, u] of parts) {
    if (k === 0 && parts.length > 1) continue;
    if (isTimeUnit(u) && !inTime) [out, inTime] = [out + 'T', true];
    out += part(k, u);
  }
  return out;
}

/** "The day before", "two days later", "the following week": counted from the day the text last spoke of,
 *  else from the publication. */
function resolveRelative(p: Extract<TimexParse, { kind: 'relative' }>, ctx: ResolveContext): Resolved {
  const base = ctx.reference?.date ?? ctx.anchor;
  const anchor = ctx.reference?.id ?? 'publication';
  if (!base) return { type: 'DATE', value: 'XXXX-XX-XX', granularity: p.unit, interval: null, anchor };
  if (p.unit === 'day') {
    const d = addDays(base, p.offset);
    if (p.part) return { ...resolveDay({ kind: 'day', rel: 0, part: p.part, ...(p.partMod ? { partMod: p.partMod } : {}) }, { ...ctx, anchor: d }), anchor };
    return { type: 'DATE', value: formatDate(d), granularity: 'day', interval: dayInterval(d, ctx.zone), anchor };
  }
  return { ...unitPeriod(base, p.unit, p.offset, ctx.zone, undefined), anchor };
}

// Meteorological seasons of the northern hemisphere: the first month and the number of months.
const SEASON_MONTHS: Record<'SP' | 'SU' | 'FA' | 'WI', [number, number]> = { SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3] };

/** The year of a season named without one: last / next / this, or the tense, else the nearest. */
function seasonYear(anchor: LocalDate, season: 'SP' | 'SU' | 'FA' | 'WI', ref: 'this' | 'last' | 'next' | undefined, tense: Tense): number {
  const [m0] = SEASON_MONTHS[season];
  // Which seasons contain the anchor: winter spans the new year (December 2021 – February 2022 is 2021-WI).
  const startOf = (y: number) => ({ y, m: m0, d: 1 });
  const endOf = (y: number) => {
    const e = addMonths(y, m0, 3);
    return { y: e.y, m: e.m, d: 1 };
  };
  const years = [anchor.y - 2, anchor.y - 1, anchor.y, anchor.y + 1];
  const current = years.find((y) => diffDays(anchor, startOf(y)) >= 0 && diffDays(endOf(y), anchor) > 0);
  const past = years.filter((y) => diffDays(endOf(y), anchor) <= 0).at(-1)!;
  const future = years.find((y) => diffDays(startOf(y), anchor) > 0)!;
  if (ref === 'last') return past;
  if (ref === 'next') return future;
  if (ref === 'this') return current ?? (season === 'WI' && anchor.m <= 2 ? anchor.y - 1 : anchor.y);
  if (current !== undefined) return current;
  if (tense === 'past') return past;
  if (tense === 'future') return future;
  return Math.abs(diffDays(anchor, endOf(past))) < Math.abs(diffDays(startOf(future), anchor)) ? past : future;
}

const HIJRI_FEASTS: Partial<Record<Feast, [number, number]>> = {
  'eid-al-fitr': [10, 1],
  'eid-al-adha': [12, 10],
  arafat: [12, 9],
  'hijri-new-year': [1, 1],
  mawlid: [3, 12],
};

/** The Gregorian day of a feast: in the year given, or the occurrence nearest the anchor in the tense's direction. */
function feastDay(feast: Feast, year: number | undefined, anchor: LocalDate | null, ref: 'this' | 'last' | 'next' | undefined, tense: Tense): LocalDate | null {
  const hijri = HIJRI_FEASTS[feast];
  const onYear = (y: number): LocalDate[] => {
    if (!hijri) return [{ y, m: feast === 'christmas' ? 12 : 1, d: feast === 'christmas' ? 25 : 1 }];
    // A Gregorian year holds one or two of a Hijri feast (the Hijri year is eleven days shorter).
    const hy = Math.floor((y - 622) * 1.0307) + 1;
    return [hy - 2, hy - 1, hy, hy + 1, hy + 2].map((h) => hijriToGregorian({ y: h, m: hijri[0], d: hijri[1] })).filter((d): d is LocalDate => d !== null && d.y === y);
  };
  if (year !== undefined) return onYear(year)[0] ?? null;
  if (!anchor) return null;
  const all = [anchor.y - 1, anchor.y, anchor.y + 1].flatMap(onYear);
  const dist = (d: LocalDate) => diffDays(d, anchor);
  const before = all.filter((d) => dist(d) <= 0).sort((a, b) => dist(b) - dist(a))[0];
  const after = all.filter((d) => dist(d) >= 0).sort((a, b) => dist(a) - dist(b))[0];
  if (ref === 'last' || tense === 'past') return before ?? null;
  if (ref === 'next' || tense === 'future') return after ?? null;
  if (ref === 'this') return all.find((d) => d.y === anchor.y) ?? null;
  if (!before) return after ?? null;
  if (!after) return before;
  return -dist(before) <= dist(after) ? before : after;
}
