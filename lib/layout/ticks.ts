// Axis ticks for the timeline, aligned to wall-clock units in the document's zone (midnight in Moscow,
// not midnight UTC) and labelled in the UI language. This runs on every frame of a zoom, so zone
// offsets and Intl formatters are memoised and nothing here reads the clock.
import { tickStep, utcDay, utcHour, utcMinute, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3';
import { isValidTimeZone } from '../time/calendar';

import { LOCALE, type UiLang } from '../view/ui-lang';

export type { UiLang };
export interface Tick {
  t: number; // epoch ms, UTC
  label: string;
  major: boolean; // a boundary of the next larger unit (see isMajor)
}
export type TickUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// Nominal durations, as d3 uses them to pick a step (a "month" is 30 days, a "year" 365).
const DURATION: Record<TickUnit, number> = { minute: MIN, hour: HOUR, day: DAY, week: 7 * DAY, month: 30 * DAY, year: 365 * DAY };
// d3's time-tick ladder (d3-time tickInterval) without the sub-minute rungs.
const LADDER: ReadonlyArray<readonly [TickUnit, number]> = [
  ['minute', 1], ['minute', 5], ['minute', 15], ['minute', 30],
  ['hour', 1], ['hour', 3], ['hour', 6], ['hour', 12],
  ['day', 1], ['day', 2], ['week', 1], ['month', 1], ['month', 3], ['year', 1],
];

/** The unit the ticks of a window step by: the ladder rung nearest (in ratio) to span / count, as in d3. */
export function tickUnit(start: number, end: number, count: number): { unit: TickUnit; step: number } {
  const target = Math.abs(end - start) / count;
  const size = ([u, k]: readonly [TickUnit, number]) => DURATION[u] * k;
  const i = LADDER.findIndex((r) => size(r) > target);
  if (i === -1) {
    const lo = Math.min(start, end) / DURATION.year;
    const hi = Math.max(start, end) / DURATION.year;
    return { unit: 'year', step: Math.max(1, Math.round(tickStep(lo, hi, count))) };
  }
  if (i === 0) return { unit: 'minute', step: 1 };
  const a = LADDER[i - 1]!;
  const b = LADDER[i]!;
  const [unit, step] = target / size(a) < size(b) / target ? a : b;
  return { unit, step };
}

// ── Zone offsets ────────────────────────────────────────────────────────────────────────────────
// en-US with h23 gives plain numeric parts; one formatter per zone.
const partsFormats = new Map<string, Intl.DateTimeFormat>();
function offsetUncached(zone: string, t: number): number {
  let f = partsFormats.get(zone);
  if (!f) {
    const opts = { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' } as const;
    partsFormats.set(zone, (f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', ...opts })));
  }
  const p: Partial<Record<string, number>> = {};
  for (const { type, value } of f.formatToParts(t)) p[type] = Number(value);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
  return wall - Math.floor(t / 1000) * 1000;
}

// zone|UTC hour → offset, or NaN when the offset changes inside that hour (then ask Intl each time:
// transitions are rare and not always on the UTC hour, e.g. Lord Howe at :30).
const offsetMemo = new Map<string, number>();
/** Offset of `zone` from UTC at instant t, in ms (Moscow: +3h). Throws RangeError for an unknown zone. */
export function zoneOffset(zone: string, t: number): number {
  const h = Math.floor(t / HOUR);
  const key = `${zone}|${h}`;
  let o = offsetMemo.get(key);
  if (o === undefined) {
    if (offsetMemo.size > 100_000) offsetMemo.clear();
    const a = offsetUncached(zone, h * HOUR);
    o = a === offsetUncached(zone, h * HOUR + HOUR - 1) ? a : NaN;
    offsetMemo.set(key, o);
  }
  return Number.isNaN(o) ? offsetUncached(zone, t) : o;
}

/** The instants whose wall time in `zone` is w (wall times are written as UTC epoch ms): two in a
 *  repeated fall-back hour, and for a time skipped by spring-forward the first instant after the gap. */
function fromWall(w: number, zone: string): number[] {
  // DST changes are months apart, so the offsets a day either side are those before and after any change near w.
  const before = zoneOffset(zone, w - DAY);
  const after = zoneOffset(zone, w + DAY);
  const out = (before === after ? [before] : [before, after]).map((o) => w - o).filter((t) => t + zoneOffset(zone, t) === w);
  if (out.length > 0) return out.sort((x, y) => x - y);
  if (after <= before) return [w - before]; // no gap to search (should not happen)
  // In the gap: w - after still has the old offset, w - before the new one; find the change to the minute.
  let lo = w - after;
  let hi = w - before;
  while (hi - lo > MIN) {
    const mid = lo + Math.max(1, Math.floor((hi - lo) / 2 / MIN)) * MIN;
    if (zoneOffset(zone, mid) === before) lo = mid;
    else hi = mid;
  }
  return [hi];
}

// ── Labels ──────────────────────────────────────────────────────────────────────────────────────
type Kind = 'time' | 'day' | 'dayYear' | 'month' | 'year';
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

// Arabic and Russian go through Intl. Arabic ('ar-EG': Arabic-Indic digits, Egyptian month names): with ICU 78
// (Node 20) these formats emit no bidi marks at all: "١٨:٠٠", "٣٠ ديسمبر", "١ يناير ٢٠٢٢", "ديسمبر", "٢٠٢١"
// (only the all-numeric date format puts U+200F after each day/month, which is why it is not used).
// Russian ('ru-RU'): the month in the genitive after a day, "30 дек.", "1 янв. 2022 г.", and standing alone in
// the nominative, "декабрь" (ICU's format and stand-alone forms).
const intlOptions = (dayMonth: 'long' | 'short'): Record<Kind, Intl.DateTimeFormatOptions> => ({
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  day: { day: 'numeric', month: dayMonth },
  dayYear: { day: 'numeric', month: dayMonth, year: 'numeric' },
  month: { month: 'long' },
  year: { year: 'numeric' },
});
const INTL_OPTIONS: Record<'ar' | 'ru', Record<Kind, Intl.DateTimeFormatOptions>> = { ar: intlOptions('long'), ru: intlOptions('short') };
const formats = new Map<string, Intl.DateTimeFormat>(); // lang|zone|kind
function intlFormat(lang: 'ar' | 'ru', zone: string, kind: Kind): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${kind}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: zone, ...INTL_OPTIONS[lang][kind] })));
  return f;
}

// English is assembled from the wall fields: en-GB writes "Sept" and en-US "Dec 30", neither the
// "30 Dec" / "Sep" wanted, and plain string building is cheaper than Intl per frame.
function label(t: number, zone: string, lang: UiLang, kind: Kind): string {
  if (lang !== 'en') return intlFormat(lang, zone, kind).format(t);
  const d = new Date(t + zoneOffset(zone, t));
  const mon = EN_MONTHS[d.getUTCMonth()] ?? '';
  switch (kind) {
    case 'time': return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
    case 'day': return `${d.getUTCDate()} ${mon}`;
    case 'dayYear': return `${d.getUTCDate()} ${mon} ${d.getUTCFullYear()}`;
    case 'month': return mon;
    case 'year': return String(d.getUTCFullYear());
  }
}

/** Which label a tick gets: the date at midnight, and the year on the first tick of each year. */
function kindOf(unit: TickUnit, step: number, t: number, zone: string, major: boolean): Kind {
  const d = new Date(t + zoneOffset(zone, t));
  const newYear = (span: number) => d.getUTCMonth() === 0 && d.getUTCDate() <= span;
  switch (unit) {
    case 'minute':
    case 'hour': return !major ? 'time' : newYear(1) ? 'dayYear' : 'day'; // a skipped midnight's tick is at 01:00
    case 'day': return newYear(step) ? 'dayYear' : 'day';
    case 'week': return newYear(7) ? 'dayYear' : 'day';
    case 'month': return d.getUTCMonth() === 0 ? 'year' : 'month';
    case 'year': return 'year';
  }
}

/** Major = boundary of the next larger unit, judged on the wall tick: midnight for minute/hour ticks, the
 *  1st for day ticks, the first Monday of a month for week ticks, January for month ticks, and a decade
 *  (a century for steps of 10+ years) for year ticks. */
function isMajor(unit: TickUnit, step: number, w: number): boolean {
  const d = new Date(w);
  switch (unit) {
    case 'minute':
    case 'hour': return ((w % DAY) + DAY) % DAY === 0;
    case 'day': return d.getUTCDate() === 1;
    case 'week': return d.getUTCDate() <= 7;
    case 'month': return d.getUTCMonth() === 0;
    case 'year': return d.getUTCFullYear() % (step >= 10 ? 100 : 10) === 0;
  }
}

const INTERVALS: Record<TickUnit, CountableTimeInterval> = { minute: utcMinute, hour: utcHour, day: utcDay, week: utcMonday, month: utcMonth, year: utcYear };

/** Ticks for a visible window [start, end) (epoch ms) in `zone`, about `count` of them (like d3's
 *  scale.ticks(count)), aligned to wall-clock units in that zone, labelled in `lang`. Returns [] for an
 *  empty or non-finite window, a non-positive count, or an unknown zone (guessing UTC would put the
 *  midnights in the wrong place without anyone noticing). */
export function timeTicks(start: number, end: number, zone: string, lang: UiLang, count: number): Tick[] {
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(start < end) || !(count > 0) || !isValidTimeZone(zone)) return [];
  const chosen = tickUnit(start, end, count);
  let ticks = ticksOf(start, end, zone, lang, chosen.unit, chosen.step);
  // A narrow axis (a phone) asks for two ticks: a month-long window may then hold one month tick, or none —
  // an axis reading only "2022". Finer rungs are tried until it has two.
  for (let i = LADDER.findIndex(([u, k]) => u === chosen.unit && k === chosen.step) - 1; ticks.length < 2 && i >= 0; i--) {
    const [unit, step] = LADDER[i]!;
    const finer = ticksOf(start, end, zone, lang, unit, step);
    if (finer.length > ticks.length) ticks = finer;
  }
  return ticks;
}

function ticksOf(start: number, end: number, zone: string, lang: UiLang, unit: TickUnit, step: number): Tick[] {
  const base = INTERVALS[unit];
  const interval = step === 1 || unit === 'week' ? base : (base.every(step) ?? base);
  // Ticks are computed on the wall-clock domain, padded so that edge ticks survive an offset change.
  const walls = interval.range(new Date(start + zoneOffset(zone, start) - 3 * HOUR), new Date(end + zoneOffset(zone, end) + 3 * HOUR));
  const subDay = unit === 'minute' || unit === 'hour';
  const out: Tick[] = [];
  for (const wd of walls) {
    const w = wd.getTime();
    const major = isMajor(unit, step, w);
    // A repeated hour gets both of its instants; a day or longer tick only the first (one "7 Nov").
    for (const t of subDay ? fromWall(w, zone) : fromWall(w, zone).slice(0, 1)) {
      if (t < start || t >= end) continue;
      const last = out[out.length - 1];
      const text = () => label(t, zone, lang, kindOf(unit, step, t, zone, major));
      if (last && t <= last.t) {
        // Skipped wall times collapse onto the next valid instant (02:00 → 03:00 EDT); keep it major if either is.
        if (major && !last.major) Object.assign(last, { major, label: text() });
        continue;
      }
      out.push({ t, label: text(), major });
    }
  }
  return out;
}
