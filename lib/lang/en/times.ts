// English temporal expressions. chrono-node finds them and reads their absolute parts (day, month, year,
// weekday, clock); this layer gives the expression its extent (late on Thursday, 15:35 Washington time),
// reads what is relative to the publication (yesterday, three weeks ago, next month) from the words
// themselves, and hands resolve.ts the same parse the Arabic tagger gives it. chrono's own resolution
// against a reference instant is never used: the publication date and zone decide, in resolve.ts.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { en as chronoEn } from 'chrono-node';
import type { DayParse, PartMod, PartOfDay, PeriodMod, TaggedSpan, TimexParse, Unit } from '../../time/parse';
import { type Sentence, sentencesEn } from '../../text/tokens';

/** Zones named after a clock time ("15:35 Washington time", "at 9 a.m. GMT"). */
export const ZONES_EN: Record<string, string> = {
  washington: 'America/New_York', 'new york': 'America/New_York', eastern: 'America/New_York', est: 'America/New_York',
  edt: 'America/New_York', et: 'America/New_York', moscow: 'Europe/Moscow', msk: 'Europe/Moscow', kyiv: 'Europe/Kyiv',
  kiev: 'Europe/Kyiv', minsk: 'Europe/Minsk', london: 'Europe/London', bst: 'Europe/London', paris: 'Europe/Paris',
  berlin: 'Europe/Berlin', brussels: 'Europe/Brussels', cet: 'Europe/Brussels', beijing: 'Asia/Shanghai',
  ankara: 'Europe/Istanbul', istanbul: 'Europe/Istanbul', doha: 'Asia/Qatar', geneva: 'Europe/Zurich',
  gmt: 'UTC', utc: 'UTC', local: '',
};
const ZONE_WORDS = Object.keys(ZONES_EN).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const ZONE_AFTER = new RegExp(`^\\s*\\(?(?<zone>${ZONE_WORDS})(?:\\s+time)?\\)?(?![\\p{L}\\p{N}])`, 'iu');
const ZONE_INSIDE = /(?<![\p{L}])(?<zone>gmt|utc|est|edt|msk|bst|cet)(?![\p{L}])/iu;

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
};
const VAGUE_COUNTS: Record<string, number> = { few: 3, 'a few': 3, several: 3, 'a couple of': 2, couple: 2 };
const UNIT_OF: Record<string, Unit> = { minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', year: 'year' };

const AGO = /^(?<n>\d+|a few|a couple of|several|few|[a-z]+)\s+(?<unit>minute|hour|day|week|month|year)s?\s+ago$/i;
const IN_N = /^(?:in|within)\s+(?<n>\d+|a few|a couple of|several|[a-z]+)\s+(?<unit>minute|hour|day|week|month|year)s?$/i;
const PERIOD = /^(?<ref>last|next|this|past|coming)\s+(?<unit>week|month|year)$/i;
/** A length of time, not a date: "50 minutes", "for an hour", "would last two days", "the past three weeks". */
const DURATION = /^(?:(?:for|last|past|the\s+(?:last|past))\s+)?(?<n>\d+|a few|a couple of|several|few|[a-z]+)\s+(?<unit>minute|hour|day|week|month|year)s?$/i;
const BARE_DURATION = /(?<![\p{L}\p{N}])(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|a couple of)\s+(?<unit>minute|hour|day|week|month|year)s?(?![\p{L}\p{N}])(?!\s+(?:ago|later|earlier|before|after|from))/giu;
const WEEKDAY_REF = /^(?<ref>last|next|this|coming)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

// Words before an expression that belong to it: "late on Thursday", "earlier today", "early next week".
const BEFORE = /(?<![\p{L}\p{N}])(?<mod>late|early|earlier|later|mid|the end of|the beginning of|the middle of)(?:\s+|-)(?:(?:on|in|this|that)\s+)?$/iu;
const SINCE = /(?<![\p{L}\p{N}])since\s+$/iu;
const LEADING_PREPOSITION = /^(?:on|at|in|from|by|during|for)\s+/i;

const PART: [RegExp, PartOfDay][] = [
  [/\bmorning\b/i, 'MO'],
  [/\b(?:noon|midday)\b/i, 'MI'],
  [/\bafternoon\b/i, 'AF'],
  [/\bevening\b/i, 'EV'],
  [/\b(?:night|tonight|overnight)\b/i, 'NI'],
];

/** Bare words chrono reads as times but news uses otherwise ("may", "now", "second"…). */
const NOT_A_TIME = /^(?:may|march|sat|sun|now|second|mon|wed|a\.?m\.?|p\.?m\.?|\d{1,2}|\d{1,2}\s*(?:am|pm))$/i;

function count(word: string): { n: number; approx: boolean } | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return { n: Number(w), approx: false };
  if (w in VAGUE_COUNTS) return { n: VAGUE_COUNTS[w]!, approx: true };
  if (w in NUMBERS) return { n: NUMBERS[w]!, approx: false };
  return null;
}

function periodMod(mod: string | undefined): PeriodMod | undefined {
  switch (mod?.toLowerCase()) {
    case 'early':
    case 'the beginning of':
      return 'START';
    case 'mid':
    case 'the middle of':
      return 'MID';
    case 'late':
    case 'the end of':
      return 'END';
    default:
      return undefined;
  }
}
function partMod(mod: string | undefined): PartMod | undefined {
  switch (mod?.toLowerCase()) {
    case 'early':
      return 'START';
    case 'late':
      return 'END';
    case 'earlier':
      return 'EARLIER';
    case 'later':
      return 'LATER';
    default:
      return undefined;
  }
}

const certain = (c: ParsedComponents, k: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute') => (c.isCertain(k) ? c.get(k) ?? undefined : undefined);

/** One chrono result, its extent already fixed, as a parse; null for what is not a time of the news. */
function parseOf(words: string, c: ParsedComponents, end: ParsedComponents | null, mod: string | undefined, zone: string | undefined): { parse: TimexParse; rule: string } | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  let m = AGO.exec(w);
  if (m) {
    const k = count(m.groups!.n!);
    if (!k) return null;
    return { parse: { kind: 'offset', n: k.n, unit: UNIT_OF[m.groups!.unit!]!, sign: -1, approx: k.approx }, rule: 'en-ago' };
  }
  m = IN_N.exec(w);
  if (m) {
    const k = count(m.groups!.n!);
    if (!k) return null;
    return { parse: { kind: 'offset', n: k.n, unit: UNIT_OF[m.groups!.unit!]!, sign: 1, approx: k.approx }, rule: 'en-in' };
  }
  m = DURATION.exec(w);
  const length = m && count(m.groups!.n!);
  if (m && length) return { parse: { kind: 'duration', n: length.n, unit: UNIT_OF[m.groups!.unit!]!, approx: length.approx }, rule: 'en-duration' };
  m = PERIOD.exec(w);
  if (m) {
    const ref = m.groups!.ref!;
    const offset = ref === 'last' || ref === 'past' ? -1 : ref === 'next' || ref === 'coming' ? 1 : 0;
    return { parse: { kind: 'unit', unit: m.groups!.unit as 'week' | 'month' | 'year', offset, mod: periodMod(mod) }, rule: 'en-period' };
  }

  // A year chrono took from its reference instant (a relative phrase this layer does not read) is no date.
  if (c.isCertain('year') && c.get('year') === REFERENCE_YEAR && !w.includes(String(REFERENCE_YEAR)) && !READ_HERE.test(w)) return null;
  const year = certain(c, 'year');
  const month = certain(c, 'month');
  const day = certain(c, 'day');
  const wd = certain(c, 'weekday');
  const hour = certain(c, 'hour');
  const minute = certain(c, 'minute') ?? (hour !== undefined ? 0 : undefined);

  // A range of days: "from 17 to 19 December".
  if (end && day !== undefined && month !== undefined) {
    const d2 = certain(end, 'day');
    const m2 = certain(end, 'month') ?? month;
    if (d2 !== undefined && (d2 !== day || m2 !== month)) {
      const y2 = certain(end, 'year') ?? year;
      return { parse: { kind: 'range', from: { day, month, ...(year !== undefined ? { year } : {}) }, to: { day: d2, month: m2, ...(y2 !== undefined ? { year: y2 } : {}) } }, rule: 'en-range' };
    }
  }

  const p: DayParse = { kind: 'day' };
  if (/\byesterday\b|\blast night\b/.test(w)) p.rel = -1;
  else if (/\btomorrow\b/.test(w)) p.rel = 1;
  else if (/\b(?:today|tonight|this (?:morning|afternoon|evening))\b/.test(w)) p.rel = 0;
  if (p.rel === undefined && day !== undefined && month !== undefined) p.date = { day, month, ...(year !== undefined ? { year } : {}) };
  if (wd !== undefined && p.rel === undefined) {
    p.weekday = wd;
    const r = WEEKDAY_REF.exec(w.replace(/^.*?(?=(?:last|next|this|coming)\s+\w+day$)/, ''));
    if (r && !p.date) p.weekdayRef = r.groups!.ref === 'coming' ? 'next' : (r.groups!.ref as 'last' | 'next' | 'this');
  }
  for (const [re, part] of PART) if (re.test(w)) p.part = part;
  if (p.part === 'NI' && /\blast night\b|\btonight\b/.test(w)) p.part = 'NI';
  if (hour !== undefined && minute !== undefined) {
    p.clock = { h: hour, m: minute, ...(zone ? { zone } : {}) };
    delete p.part;
  }
  const pm = partMod(mod);
  if (pm && (p.part || p.rel !== undefined || p.weekday !== undefined || p.date)) p.partMod = pm;
  if (p.rel !== undefined || p.date || p.weekday !== undefined || p.clock) return { parse: p, rule: p.clock ? 'en-clock' : p.rel !== undefined ? 'en-relative-day' : p.date ? 'en-date' : 'en-weekday' };

  if (month !== undefined) return { parse: { kind: 'month', month, ...(year !== undefined ? { year } : {}), mod: periodMod(mod) }, rule: 'en-month' };
  if (year !== undefined) return { parse: { kind: 'year', year, mod: periodMod(mod) }, rule: 'en-year' };
  return null;
}

const parser = chronoEn.casual;
const REFERENCE_YEAR = 2000;
/** Relative words this layer reads itself (below): chrono's dates for them come from its reference, unused. */
const READ_HERE = /\b(?:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening)\b/;
const REFERENCE = { instant: new Date(Date.UTC(REFERENCE_YEAR, 0, 5, 12)), timezone: 0 };

/** Years written alone ("in 2014", "since 2022"): chrono reads them only beside a month. */
const BARE_YEAR = /(?<![\p{L}\p{N}\/.:-])(?<pre>(?:in|since|of|by|during|until|before|after)\s+(?:(?:early|late|mid)[-\s])?)(?<year>(?:19|20)\d{2})(?![\p{L}\p{N}\/:-]|\.\d)/giu;

// chrono tries every pattern at every position; most sentences of a report hold no time at all, and a
// sentence without a digit or a time word is skipped before chrono sees it.
const MAY_HOLD_TIME =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|past|coming|morning|afternoon|evening|night|noon|midday|midnight|week|month|year|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifteen|few|several|couple|an?)\b/i;

type Found = Pick<ParsedResult, 'text' | 'start' | 'end'> & { index: number };

function chronoResults(text: string, sentences: readonly Sentence[]): Found[] {
  const out: Found[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!MAY_HOLD_TIME.test(sentence)) continue;
    for (const r of parser.parse(sentence, REFERENCE)) out.push({ text: r.text, start: r.start, end: r.end, index: r.index + s.start });
  }
  return out;
}

/** Tag the English temporal expressions of a text (offsets into it), sorted and disjoint. */
export function tagEnglish(text: string, sentences: readonly Sentence[] = sentencesEn(text)): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const r of chronoResults(text, sentences)) {
    let start = r.index;
    let words = r.text;
    const raw = words.toLowerCase().replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
    const relative = IN_N.exec(raw);
    const lead = LEADING_PREPOSITION.exec(words);
    if (lead) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    words = words.replace(/[\s,]+$/, '');
    if (NOT_A_TIME.test(words.trim()) && !/^March$/.test(words.trim())) continue;
    if (relative) {
      start = r.index;
      words = r.text.replace(/[\s,]+$/, '');
    }
    let end = start + words.length;
    // The zone after a clock time belongs to it; chrono's own zone abbreviations are read as names.
    let zone: string | undefined;
    const hasClock = r.start.isCertain('hour');
    if (hasClock) {
      const inside = ZONE_INSIDE.exec(words);
      const after = inside ? null : ZONE_AFTER.exec(text.slice(end));
      const name = (inside ?? after)?.groups!.zone!.toLowerCase().replace(/\s+/g, ' ');
      if (name !== undefined) {
        zone = ZONES_EN[name] || undefined;
        if (after) {
          end += after[0].length;
          words = text.slice(start, end);
        }
      }
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const modM = BEFORE.exec(before);
    const mod = modM?.groups!.mod;
    const parsed = parseOf(words, r.start, r.end ?? null, mod, zone);
    if (!parsed) continue;
    if (modM) start -= modM[0].length;
    if (SINCE.test(text.slice(Math.max(0, start - 10), start))) parsed.parse.since = true;
    const last = out.at(-1);
    if (last && start < last.end) continue;
    out.push({ start, end, rule: parsed.rule, parse: parsed.parse });
  }
  // "20:30 Moscow time on Thursday": the clock belongs to the day after it.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.parse.kind !== 'day' || b.parse.kind !== 'day' || !a.parse.clock || a.parse.rel !== undefined || a.parse.weekday !== undefined || a.parse.date) continue;
    if (b.parse.clock || !/^,?\s+(?:on\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    out.splice(i, 2, { start: a.start, end: b.end, rule: 'en-clock', parse: { ...b.parse, clock: a.parse.clock, part: undefined } });
  }
  for (const m of text.matchAll(BARE_DURATION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const k = count(m.groups!.n!);
    if (k) out.push({ start, end, rule: 'en-duration', parse: { kind: 'duration', n: k.n, unit: UNIT_OF[m.groups!.unit!.toLowerCase()]!, approx: k.approx } });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index + m.groups!.pre!.length;
    const end = start + m.groups!.year!.length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const mod = periodMod(/^(?:\w+\s+)?(early|late|mid)/i.exec(m.groups!.pre!)?.[1]);
    const parse: TimexParse = { kind: 'year', year: Number(m.groups!.year), ...(mod ? { mod } : {}), ...(/^since/i.test(m.groups!.pre!) ? { since: true } : {}) };
    out.push({ start, end, rule: 'en-year', parse });
  }
  return out.sort((a, b) => a.start - b.start);
}
