// Calendar arithmetic on local dates, and wall-clock → UTC in an IANA zone.
// Nothing here reads the clock: every date comes from the caller.
import { TZDate } from '@date-fns/tz';

export interface LocalDate {
  y: number;
  m: number; // 1–12
  d: number;
}

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const formatDate = (d: LocalDate) => `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

export function parseDate(s: string): LocalDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDate(d) ? d : null;
}

/** A publication as metadata gives it: a day (2021-12-29), or a moment of it (2021-12-29T19:10, with seconds, and
 *  Z or an offset; without one the time is the document's wall clock). The day is the day in the document's zone;
 *  the instant, in UTC. Null when it is no real date or time. */
export function parsePublication(s: string, zone: string): { date: LocalDate; instant?: string } | null {
  const day = parseDate(s);
  if (day) return { date: day };
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (!m) return null;
  const date = parseDate(m[1]!);
  const [h, min, sec] = [+m[2]!, +m[3]!, +(m[4] ?? 0)];
  if (!date || h > 23 || min > 59 || sec > 59) return null;
  if (!m[5]) return { date, instant: isoUtc(Date.parse(wallToUtc(date, h, min, zone)) + sec * 1000) };
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${pad(sec)}${m[5] === 'Z' ? 'Z' : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
  if (!Number.isFinite(ms)) return null;
  // The day is the one on the document's wall clock at that moment.
  const local = new TZDate(ms, zone);
  return { date: { y: local.getFullYear(), m: local.getMonth() + 1, d: local.getDate() }, instant: isoUtc(ms) };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Days in month m (1–12) of year y; Date.UTC's own reading (years 0–99 are 1900–1999) for anything else. */
export const daysInMonth = (y: number, m: number) => {
  if (!Number.isInteger(y) || !Number.isInteger(m) || m < 1 || m > 12 || y < 100 || y > 275_000) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
};
export const isValidDate = (d: LocalDate) =>
  Number.isInteger(d.y) && d.m >= 1 && d.m <= 12 && d.d >= 1 && d.d <= daysInMonth(d.y, d.m);

const toDay = (d: LocalDate) => Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
const fromDay = (n: number): LocalDate => {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
export const addDays = (d: LocalDate, n: number) => fromDay(toDay(d) + n);
export const diffDays = (a: LocalDate, b: LocalDate) => toDay(a) - toDay(b);
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (d: LocalDate) => new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO 8601 week of a date: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(d: LocalDate): { year: number; week: number; monday: LocalDate } {
  const wd = (weekday(d) + 6) % 7; // Monday = 0
  const monday = addDays(d, -wd);
  const thursday = addDays(monday, 3);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor(diffDays(thursday, jan1) / 7) + 1;
  return { year: thursday.y, week, monday };
}

// Zone conversion goes through Intl and dominates resolution time; the same instants recur in every
// document of a day, so keep a bounded memo.
const wallMemos = new Map<string, Map<number | string, string>>();
/** The UTC instant of a wall-clock time in a zone (hour may be 24 = next midnight). */
export function wallToUtc(d: LocalDate, hour: number, minute: number, zone: string): string {
  // A number for the usual integers (no string to build and hash), the string key for anything else.
  const simple = Number.isInteger(d.y) && d.y >= 0 && d.y < 10_000 && Number.isInteger(d.m) && d.m >= 0 && d.m < 16 && Number.isInteger(d.d) && d.d >= 0 && d.d < 64 && Number.isInteger(hour) && hour >= 0 && hour < 64 && Number.isInteger(minute) && minute >= 0 && minute < 64;
  let memo = wallMemos.get(zone);
  if (!memo) wallMemos.set(zone, (memo = new Map()));
  const key = simple ? (((d.y * 16 + d.m) * 64 + d.d) * 64 + hour) * 64 + minute : `${d.y}-${d.m}-${d.d}-${hour}-${minute}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    if (memo.size > 50_000 || wallMemos.size > 1_000) {
      memo.clear();
      if (wallMemos.size > 1_000) wallMemos.clear();
      wallMemos.set(zone, memo);
    }
    memo.set(key, (hit = wallToUtcUncached(d, hour, minute, zone)));
  }
  return hit;
}

function wallToUtcUncached(d: LocalDate, hour: number, minute: number, zone: string): string {
  const day = hour >= 24 ? addDays(d, Math.floor(hour / 24)) : d;
  const h = hour % 24;
  const t = new TZDate(day.y, day.m - 1, day.d, h, minute, 0, zone);
  return isoUtc(t.getTime());
}

export const isoUtc = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

const zoneMemo = new Map<string, boolean>();
export function isValidTimeZone(zone: string): boolean {
  let ok = zoneMemo.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    if (zoneMemo.size < 1000) zoneMemo.set(zone, ok);
  }
  return ok;
}

/** [local midnight, next local midnight) of a day, in UTC. */
export const dayInterval = (d: LocalDate, zone: string) => ({
  start: wallToUtc(d, 0, 0, zone),
  end: wallToUtc(addDays(d, 1), 0, 0, zone),
});

// Hijri (Umm al-Qura) → Gregorian: Intl only formats the other way, so search near an estimate.
const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function toHijri(d: LocalDate): LocalDate {
  const parts = hijriFormat.formatToParts(new Date(Date.UTC(d.y, d.m - 1, d.d)));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value.replace(/\D/g, ''));
  return { y: get('year'), m: get('month'), d: get('day') };
}

export function hijriToGregorian(h: LocalDate): LocalDate | null {
  if (h.m < 1 || h.m > 12 || h.d < 1 || h.d > 30 || h.y < 1343 || h.y > 1500) return null; // Umm al-Qura range
  // Mean Hijri year = 354.367 days; epoch 16 July 622 (Julian) ≈ day -492 148 of the Unix era.
  const estimate = Math.round(-492_148 + ((h.y - 1) * 354.367 + (h.m - 1) * 29.53 + h.d));
  for (let delta = 0; delta <= 40; delta++) {
    for (const n of delta === 0 ? [0] : [delta, -delta]) {
      const g = fromDay(estimate + n);
      const back = toHijri(g);
      if (back.y === h.y && back.m === h.m && back.d === h.d) return g;
    }
  }
  return null;
}
