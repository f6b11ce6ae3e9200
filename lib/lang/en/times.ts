// English temporal expressions. chrono-node finds them and reads their absolute parts (day, month, year,
// weekday, clock); this layer gives the expression its extent (late on Thursday, 15:35 Washington time),
// reads what is relative to the publication (yesterday, three weeks ago, next month) from the words
// themselves, and hands resolve.ts the same parse the Arabic tagger gives it. chrono's own resolution
// against a reference instant is never used: the publication date and zone decide, in resolve.ts.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { en as chronoEn } from 'chrono-node';
import type { DayParse, PartMod, PartOfDay, PeriodMod, TaggedSpan, TimexParse, Unit } from '../../time/parse';
import { type Sentence, sentencesEn } from '../../text/tokens';
import { lowerBound } from '../../text/spans';

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
  const length = m ? lengthCount(m.groups!.n!) : undefined;
  if (m && length !== undefined) return { parse: { kind: 'duration', n: length, unit: UNIT_OF[m.groups!.unit!]!, approx: false }, rule: 'en-duration' };
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

  if (month !== undefined) {
    const ref = /^last\s/.test(w) ? 'last' : /^next\s/.test(w) ? 'next' : /^this\s/.test(w) ? 'this' : undefined;
    return { parse: { kind: 'month', month, ...(year !== undefined ? { year } : {}), ...(ref ? { ref } : {}), mod: periodMod(mod) }, rule: 'en-month' };
  }
  if (year !== undefined) return { parse: { kind: 'year', year, mod: periodMod(mod) }, rule: 'en-year' };
  return null;
}

const parser = chronoEn.casual;
const REFERENCE_YEAR = 2000;
/** Relative words this layer reads itself (below): chrono's dates for them come from its reference, unused. */
const READ_HERE = /\b(?:today|tonight|yesterday|tomorrow|night|morning|afternoon|evening)\b/;
const REFERENCE = { instant: new Date(Date.UTC(REFERENCE_YEAR, 0, 5, 12)), timezone: 0 };


// chrono tries every pattern at every position; most sentences of a report hold no time at all, and a
// sentence without a digit or a time word is skipped before chrono sees it.
const MAY_HOLD_TIME =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\b(?:today|tonight|yesterday|tomorrow|ago|last|next|this|past|coming|morning|afternoon|evening|night|noon|midday|midnight|week|month|year|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifteen|few|several|couple|an?)\b/i;

type Found = Pick<ParsedResult, 'text' | 'start' | 'end'> & { index: number };

/** A sentence in pieces chrono can read in linear time: itself, or, when very long, stretches of about 400
 *  characters cut at a comma or a space (chrono's merging of results is quadratic in one long input). */
function pieces(text: string, s: Sentence): Sentence[] {
  if (s.end - s.start <= 600) return [s];
  const out: Sentence[] = [];
  for (let start = s.start; start < s.end; ) {
    let end = Math.min(s.end, start + 400);
    if (end < s.end) {
      const window = text.slice(end - 120, end);
      const cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      end = end - 120 + (cut >= 0 ? cut + 1 : space >= 0 ? space : 120);
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

function chronoResults(text: string, sentences: readonly Sentence[]): Found[] {
  const out: Found[] = [];
  for (const s of sentences.flatMap((x) => pieces(text, x))) {
    const sentence = text.slice(s.start, s.end);
    if (!MAY_HOLD_TIME.test(sentence)) continue;
    for (const r of parser.parse(sentence, REFERENCE)) out.push({ text: r.text, start: r.start, end: r.end, index: r.index + s.start });
  }
  return out;
}

interface Candidate extends TaggedSpan {
  /** Lower wins between candidates of the same length: chrono's reading of a date over a rule's. */
  priority: number;
}

const NUM = '\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|a few|several|a couple of|many';
const UNITS_RE = 'minute|hour|day|week|month|year|decade|centur(?:y|ie)';
const unitOf = (w: string): Unit | 'decade' => {
  const u = w.toLowerCase().replace(/s$/, '');
  return u.startsWith('centur') ? 'year' : u === 'decade' ? 'decade' : UNIT_OF[u]!;
};
const TENS: Record<string, number> = { forty: 40, fifty: 50, sixty: 60, ninety: 90 };
/** A count for a length of time: null where it is vague (a few weeks: PXW). */
function lengthCount(word: string): number | null | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w in VAGUE_COUNTS || w === 'many') return null;
  return NUMBERS[w] ?? TENS[w];
}
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
const SEASON_OF: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const REF_OF = (w: string | undefined): 'this' | 'last' | 'next' | undefined =>
  !w ? undefined : /^(?:last|the past)$/i.test(w) ? 'last' : /^(?:next|the coming)$/i.test(w) ? 'next' : 'this';

interface RuleEn {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray): TimexParse | null;
  /** The part of the match that is the expression (a leading preposition that only introduces it is left out). */
  group?: string;
}

/** What chrono leaves aside: the present, vague and modified lengths, decades, centuries, ranges of years, bare years,
 *  clock times written 1507 GMT, days counted from the one the text speaks of, parts of it, seasons, sets. */
const RULES_EN: RuleEn[] = [
  {
    name: 'en-present',
    re: /(?<![\p{L}-])(?:right\s+)?(?:now|currently|at\s+present|at\s+the\s+moment|presently|nowadays|these\s+days)(?![\p{L}-])(?!\s+on\b)/giu,
    build: () => ({ kind: 'vague', ref: 'PRESENT_REF' }),
  },
  {
    name: 'en-vague-ref',
    re: /(?<![\p{L}-])(?:(?<past>recent|the\s+past\s+few|the\s+last\s+few)|(?<future>the\s+coming|the\s+next\s+few|the\s+upcoming))\s+(?:days|weeks|months|years)(?![\p{L}-])|(?<![\p{L}-])(?<recently>recently|lately|in\s+the\s+near\s+future)(?![\p{L}-])/giu,
    build: (m) => ({ kind: 'vague', ref: m.groups!.past || /recently|lately/i.test(m.groups!.recently ?? '') ? 'PAST_REF' : 'FUTURE_REF' }),
  },
  {
    name: 'en-length',
    re: new RegExp(
      `(?<![\\p{L}\\p{N}-])(?:(?<approx>about|nearly|almost|around|roughly|some|more\\s+than|over(?!\\s+the)|less\\s+than|up\\s+to|just\\s+over|just\\s+under)\\s+)?(?:(?<the>the\\s+)?(?:past|last|next|first)\\s+)?(?<n>${NUM})(?<half1>\\s+and\\s+a\\s+half)?[\\s-]+(?<unit>${UNITS_RE})s?(?<half2>\\s+and\\s+a\\s+half)?(?![\\p{L}\\p{N}-])(?!\\s+(?:ago|later|earlier|before|after|from\\s+now|of\\s+the))`,
      'giu',
    ),
    build: (m) => {
      const n = lengthCount(m.groups!.n!);
      if (n === undefined) return null;
      // "the first day" is no length; "a day" alone is one only after a modifier.
      const half = m.groups!.half1 || m.groups!.half2 ? 0.5 : 0;
      const century = /^centur/i.test(m.groups!.unit!);
      return { kind: 'duration', n: n === null ? null : (n + half) * (century ? 100 : 1), unit: unitOf(m.groups!.unit!), approx: m.groups!.approx !== undefined };
    },
  },
  {
    name: 'en-vague-length',
    re: /(?<![\p{L}\p{N}-]|(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|the|these|those|recent|coming|past|last|few|several|many)\s)(?:for\s+)?(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?![\p{L}-])(?!\s+(?:ago|later|earlier|of\s+the|'|’))/giu,
    build: (m) => ({ kind: 'duration', n: null, unit: unitOf(m.groups!.unit!), approx: false }),
  },
  {
    name: 'en-decade',
    re: /(?<![\p{L}\p{N}-])(?:the\s+)?(?:(?<mod>early|mid-?|late)\s*)?(?:(?<c>19|20)(?<d>\d)0s|['’](?<d2>\d)0s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\p{N}])/giu,
    build: (m) => {
      const g = m.groups!;
      const decade = g.word ? 190 + DECADE_WORDS[g.word.toLowerCase()]! : Number(`${g.c ?? '19'}${g.d ?? g.d2}`);
      return { kind: 'decade', decade, mod: periodMod(g.mod?.replace(/-$/, '')) };
    },
  },
  {
    name: 'en-century',
    re: /(?<![\p{L}\p{N}-])(?:the\s+)?(?:(?<mod>early|late|mid-?|(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+the)\s*)?(?<n>\d{1,2})(?:st|nd|rd|th)\s+century(?![\p{L}])/giu,
    build: (m) => {
      const mod = m.groups!.mod?.toLowerCase() ?? '';
      return { kind: 'century', century: Number(m.groups!.n) - 1, mod: /early|start|beginning/.test(mod) ? 'START' : /mid|middle/.test(mod) ? 'MID' : /late|end/.test(mod) ? 'END' : undefined };
    },
  },
  {
    name: 'en-year-range',
    re: /(?<![\p{L}\p{N},.$£€-])(?<from>(?:19|20)\d{2})\s*[-–]\s*(?<to>(?:19|20)?\d{2})(?![\p{N}%])/gu,
    build: (m) => {
      const from = Number(m.groups!.from);
      const t = m.groups!.to!;
      const to = t.length === 2 ? Math.floor(from / 100) * 100 + Number(t) : Number(t);
      return to > from && to - from < 20 ? { kind: 'year-range', from, to } : null;
    },
  },
  {
    name: 'en-year',
    re: /(?<![\p{L}\p{N},.$£€/-])(?<year>(?:19|20)\d{2})(?![\p{N},%/]|\.\d|\s*[-–]\s*\d)(?<next>\s+\p{Ll}+)?/gu,
    group: 'year',
    build: (m) => {
      // "2000 troops": a count; "the 2021 elections", "a 2014 raid", "in 1994": a year.
      const next = m.groups!.next?.trim() ?? '';
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (/s$/.test(next) && !/(?:the|a|an|its|their|his|her|in|of|since|by|until|from)\s+$/i.test(before) && !/^(?:years?|was|is|has|had)$/.test(next)) return null;
      return { kind: 'year', year: Number(m.groups!.year) };
    },
  },
  {
    name: 'en-clock-wire',
    re: /(?<![\p{L}\p{N}:.])(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s+(?<zone>GMT|UTC|EST|EDT|BST|CET|MSK)(?![\p{L}])/gu,
    build: (m) => ({ kind: 'day', clock: { h: Number(m.groups!.h), m: Number(m.groups!.m), ...(ZONES_EN[m.groups!.zone!.toLowerCase()] ? { zone: ZONES_EN[m.groups!.zone!.toLowerCase()]! } : {}) } }),
  },
  {
    name: 'en-relative',
    re: /(?<![\p{L}-])(?:(?<later>later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?<lunit>day|week)|(?:the\s+)?(?<seq>following|next|previous|preceding)\s+(?<sunit>day|week|month|year|morning|afternoon|evening|night)|the\s+(?<dunit>day|week)\s+(?<ba>before|after)|(?:on\s+)?that\s+(?<that>day|morning|afternoon|evening|night|week)|the\s+same\s+(?<same>day|week)|(?<since>since\s+then)|(?<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?<nunit>day|week|month|year)s?\s+(?<dir>later|earlier|before|after)(?![\p{L}]))(?![\p{L}-])/giu,
    build: (m) => {
      const g = m.groups!;
      const parts: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
      const unitOfWord = (w: string) => (w in parts ? 'day' : (w as 'day' | 'week' | 'month' | 'year'));
      if (g.later) return { kind: 'relative', unit: g.lunit!.toLowerCase() as 'day' | 'week', offset: 0, partMod: g.later.toLowerCase() === 'later' ? 'LATER' : 'EARLIER' };
      if (g.seq) {
        const w = g.sunit!.toLowerCase();
        const offset = /following|next/i.test(g.seq) ? 1 : -1;
        return { kind: 'relative', unit: unitOfWord(w), offset, ...(parts[w] ? { part: parts[w] } : {}) };
      }
      if (g.dunit) return { kind: 'relative', unit: g.dunit.toLowerCase() as 'day' | 'week', offset: g.ba!.toLowerCase() === 'before' ? -1 : 1 };
      if (g.that) {
        const w = g.that.toLowerCase();
        return { kind: 'relative', unit: unitOfWord(w), offset: 0, ...(parts[w] ? { part: parts[w] } : {}) };
      }
      if (g.same) return { kind: 'relative', unit: g.same.toLowerCase() as 'day' | 'week', offset: 0 };
      if (g.since) return { kind: 'relative', unit: 'day', offset: 0 };
      const k = count(g.n!);
      if (!k) return null;
      return { kind: 'relative', unit: g.nunit!.toLowerCase() as 'day' | 'week' | 'month' | 'year', offset: (/later|after/i.test(g.dir!) ? 1 : -1) * k.n };
    },
  },
  {
    name: 'en-overnight',
    re: /(?<![\p{L}-])overnight(?![\p{L}-])(?!\s+(?:stay|flight|talks))/giu,
    build: () => ({ kind: 'day', rel: -1, part: 'NI' }),
  },
  {
    name: 'en-part',
    re: /(?<![\p{L}-])(?:in\s+)?the\s+(?<part>morning|afternoon|evening)(?![\p{L}-])(?!\s+(?:of|before|after|paper|news|edition|session))/giu,
    build: (m) => ({ kind: 'relative', unit: 'day', offset: 0, part: ({ morning: 'MO', afternoon: 'AF', evening: 'EV' } as const)[m.groups!.part!.toLowerCase() as 'morning'] }),
  },
  {
    name: 'en-season',
    re: /(?<![\p{L}-])(?:(?<ref>this|last|next|the\s+coming|the\s+past)\s+)?(?<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<year>(?:19|20)\d{2}))?(?![\p{L}-])/giu,
    build: (m) => {
      const g = m.groups!;
      const word = g.season!.toLowerCase();
      const before = m.input.slice(Math.max(0, m.index - 8), m.index);
      if (word === 'fall' && !g.ref && !g.year) return null; // the verb
      if (/arab\s+$/i.test(before)) return null; // the Arab Spring
      return { kind: 'season', season: SEASON_OF[word]!, ...(g.year ? { year: Number(g.year) } : {}), ...(REF_OF(g.ref) ? { ref: REF_OF(g.ref)! } : {}) };
    },
  },
  {
    name: 'en-period-part',
    re: /(?<![\p{L}-])(?:the\s+)?(?<mod>end|start|beginning|middle)\s+of\s+(?:the\s+|(?<ref>this|next|last)\s+)?(?<unit>week|month|year)(?![\p{L}-])/giu,
    build: (m) => {
      const g = m.groups!;
      const mod = /end/i.test(g.mod!) ? 'END' : /middle/i.test(g.mod!) ? 'MID' : 'START';
      const offset = g.ref?.toLowerCase() === 'next' ? 1 : g.ref?.toLowerCase() === 'last' ? -1 : 0;
      return { kind: 'unit', unit: g.unit!.toLowerCase() as 'week' | 'month' | 'year', offset, mod };
    },
  },
  {
    name: 'en-set',
    re: /(?<![\p{L}-])(?:(?:every|each)\s+(?<unit>day|week|month|year)|(?<adv>weekly|monthly|annually|yearly))(?![\p{L}-])/giu,
    build: (m) => {
      const w = (m.groups!.unit ?? m.groups!.adv!).toLowerCase();
      const unit = w.startsWith('week') ? 'week' : w.startsWith('month') ? 'month' : w.startsWith('day') ? 'day' : 'year';
      return { kind: 'set', n: 1, unit };
    },
  },
];

/** Words before a clock time that bound it: "shortly before 10pm", "around noon". */
const NEAR = /(?<![\p{L}])(?<near>shortly\s+before|just\s+before|shortly\s+after|just\s+after|soon\s+after|around|about|at\s+around|at\s+about|approximately)\s+$/iu;

/** Tag the English temporal expressions of a text (offsets into it), sorted and disjoint. */
export function tagEnglish(text: string, sentences: readonly Sentence[] = sentencesEn(text)): TaggedSpan[] {
  const found: Candidate[] = [];
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
    // A clock time alone ("10pm") is one after at/before/after/around/by/until ("shortly before 10pm").
    const clockAfterPreposition = /^\d{1,2}\s*(?:am|pm)$/i.test(words.trim()) && /(?:at|before|after|around|about|by|until|till|from|to)\s+$/i.test(text.slice(Math.max(0, start - 12), start));
    if (NOT_A_TIME.test(words.trim()) && !/^March$/.test(words.trim()) && !clockAfterPreposition) continue;
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
    // "last March", "next December": the word before the month says which.
    const which = parsed.parse.kind === 'month' && parsed.parse.year === undefined ? /(?<![\p{L}])(last|next|this)\s+$/iu.exec(text.slice(Math.max(0, start - 6), start)) : null;
    if (which && parsed.parse.kind === 'month') {
      parsed.parse.ref = which[1]!.toLowerCase() as 'last' | 'next' | 'this';
      start -= which[0].length;
    }
    const near = hasClock && !modM ? NEAR.exec(text.slice(Math.max(0, start - 30), start)) : null;
    if (near && parsed.parse.kind === 'day') {
      const w = near.groups!.near!.toLowerCase();
      parsed.parse.near = /before/.test(w) ? 'BEFORE' : /after/.test(w) ? 'AFTER' : 'APPROX';
      start -= near[0].length;
    }
    if (SINCE.test(text.slice(Math.max(0, start - 10), start))) parsed.parse.since = true;
    found.push({ start, end, rule: parsed.rule, parse: parsed.parse, priority: 0 });
  }
  RULES_EN.forEach((rule, k) => {
    for (const m of text.matchAll(rule.re)) {
      const parse = rule.build(m);
      if (!parse) continue;
      let start = m.index;
      let end = start + m[0].length;
      if (rule.group) {
        start += m[0].indexOf(m.groups![rule.group]!);
        end = start + m.groups![rule.group]!.length;
      }
      // A leading "for" or "in" only introduces the expression.
      const lead = /^(?:for|in|on)\s+/i.exec(text.slice(start, end));
      if (lead && end - start > lead[0].length) start += lead[0].length;
      if (SINCE.test(text.slice(Math.max(0, start - 10), start)) && parse.kind !== 'duration' && parse.kind !== 'vague') parse.since = true;
      found.push({ start, end, rule: rule.name, parse, priority: 1 + k });
    }
  });
  // The longest reading wins where readings overlap (chrono's before a rule's of the same length).
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen: TaggedSpan[] = [];
  const taken: { start: number; end: number }[] = [];
  for (const f of found) {
    const i = lowerBound(taken, f.start);
    if ((i < taken.length && taken[i]!.start < f.end) || (i > 0 && taken[i - 1]!.end > f.start)) continue;
    taken.splice(i, 0, { start: f.start, end: f.end });
    chosen.push({ start: f.start, end: f.end, rule: f.rule, parse: f.parse });
  }
  const out = chosen.sort((a, b) => a.start - b.start);
  // "20:30 Moscow time on Thursday": the clock belongs to the day after it.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.parse.kind !== 'day' || b.parse.kind !== 'day' || !a.parse.clock || a.parse.rel !== undefined || a.parse.weekday !== undefined || a.parse.date) continue;
    if (b.parse.clock || !/^,?\s+(?:on\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    out.splice(i, 2, { start: a.start, end: b.end, rule: 'en-clock', parse: { ...b.parse, clock: a.parse.clock, part: undefined } });
  }
  return out;
}
