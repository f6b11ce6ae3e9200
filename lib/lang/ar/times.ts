// Arabic temporal expressions: find them in normalised text and parse them into a calendar meaning.
// Resolution against the publication date lives in lib/time/resolve.ts.
import type { DayParse, TaggedSpan, TimexParse } from '../../time/parse';
import type { WordSpan } from '../../text/phrases';
import { prefixCode, prefixCodes, procliticPrefixes, wordRest, wordSpans } from '../../text/phrases';
import {
  AMBIGUOUS_MONTHS, HIJRI_MONTHS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, PERIOD_MODS, REFS, RELATIVE_DAYS, UNITS,
  VAGUE, VAGUE_NUMBERS, WEEKDAYS, ZONES,
} from './vocab';

const alt = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const MON = alt(Object.keys(MONTHS));
const HMON = alt(Object.keys(HIJRI_MONTHS));
const WD = alt(Object.keys(WEEKDAYS));
const REL = alt(Object.keys(RELATIVE_DAYS));
const PART = alt(Object.keys(PARTS_OF_DAY).filter((p) => !p.endsWith('ا') && p !== 'ليلا'));
const PART_ADV = alt(['صباحا', 'ظهرا', 'عصرا', 'مساء', 'مساءا', 'ليلا']);
const REFW = alt(Object.keys(REFS));
const PMOD = alt(Object.keys(PERIOD_MODS));
const UNIT = alt(Object.keys(UNITS));
const NUMW = alt(Object.keys(NUMBER_WORDS));
const ZONE = alt(Object.keys(ZONES));
const VAG = alt(Object.keys(VAGUE));
const D = '(?:[0-9]{1,2})';
const SP = '\\s+';
const SEP = '\\s*[،,]?\\s*';

// A word starts where no letter or digit precedes; proclitics و ف ب ل ك sit outside the span.
const PRE = '(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?)';
const POST = '(?![\\p{L}\\p{N}])';

const DATE = `(?<day>${D})${SP}(?:من${SP})?(?:شهر${SP})?(?<mon>${MON})(?:\\s*/\\s*(?:${MON}))?(?:${SEP}(?:من${SP})?(?:(?:عام|العام|سنه)${SP})?(?<year>[0-9]{4}))?(?:${SP}(?<mref>${REFW}))?`;
const DAY_CORE =
  `(?:(?:في${SP})?وقت${SP}(?<pmod>متاخر|مبكر|سابق|لاحق)${SP}من${SP})?` +
  `(?:(?<part>${PART})${SP})?` +
  `(?:(?<rel>${REL})(?:${SEP}(?<part2>${PART_ADV}))?)?` +
  `(?:${SEP}(?:يوم${SP})?(?<wd>${WD})(?:${SP}(?<wref>الماضيه|الماضي|المنصرمه|المنصرم|المقبله|المقبل|القادمه|القادم|الفائته|الفائت))?)?` +
  `(?:${SEP}(?:${DATE}))?` +
  `(?:${SP}(?<part3>${PART_ADV}))?`;
const CLOCK =
  `(?:(?:الساعه${SP}(?<h1>[0-9]{1,2})(?:[:.](?<m1>[0-9]{2}))?)|(?<h2>[0-9]{1,2})[:.](?<m2>[0-9]{2}))` +
  `(?:${SP}(?<ampm>صباحا|ظهرا|عصرا|مساء|مساءا|ليلا))?` +
  `(?:${SP}(?:(?:ب|حسب${SP}ال)توقيت${SP}(?<zone>${ZONE}|المحلي)|(?<utc>ت\\.?\\s*غ|GMT|UTC)))?`;

const firstWords = (vocabulary: Record<string, unknown>) => [...new Set(Object.keys(vocabulary).map((k) => k.split(' ')[0]!))];

interface Rule {
  name: string;
  /** The words (after proclitics) a match can begin with; `digit`: it can begin with a number. */
  firsts: string[];
  digit?: boolean;
  re: RegExp;
  build(g: Record<string, string | undefined>): TimexParse | null;
}

const rx = (core: string) => new RegExp(`${PRE}(?<core>(?=\\S)${core})${POST}`, 'gdu');
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const monthOf = (s: string) => MONTHS[s.replace(/\s+/g, ' ')]!;
const isAmbiguousMonthAlone = (g: Record<string, string | undefined>) =>
  AMBIGUOUS_MONTHS.has(g.mon ?? '') && !g.year && !g.day && !g.shahr && !g.mref;

const PMOD_MAP = { متاخر: 'END', مبكر: 'START', سابق: 'EARLIER', لاحق: 'LATER' } as const;

function countOf(numWord: string | undefined, unitWord: string): { n: number; approx: boolean } | null {
  const u = UNITS[unitWord]!;
  if (numWord === undefined) return u.n > 0 ? { n: u.n, approx: false } : null; // "أيام" alone is no count
  const n = /^[0-9]+$/.test(numWord) ? Number(numWord) : NUMBER_WORDS[numWord];
  if (n === undefined) return null;
  return { n, approx: VAGUE_NUMBERS.has(numWord) };
}

const RULES: Rule[] = [
  {
    name: 'hijri-date',
    firsts: [], digit: true,
    re: rx(`(?<day>${D})${SP}(?:من${SP})?(?:شهر${SP})?(?<hmon>${HMON})${SP}(?:(?:سنه|عام)${SP})?(?<year>[0-9]{3,4})\\s*(?:ه|هجري|هجريه|للهجره)`),
    build: (g) => ({ kind: 'hijri', day: +g.day!, month: HIJRI_MONTHS[g.hmon!.replace(/\s+/g, ' ')]!, year: +g.year! }),
  },
  {
    name: 'range-day-month',
    firsts: ['من', 'بين'],
    re: rx(`(?:من|بين)${SP}(?<d1>${D})(?:${SP}(?<m1>${MON}))?${SP}(?:الي|حتي|و)\\s*(?<d2>${D})${SP}(?<m2>${MON})(?:${SEP}(?:(?:عام|العام)${SP})?(?<year>[0-9]{4}))?`),
    build: (g) => {
      const m2 = monthOf(g.m2!);
      const y = num(g.year);
      return { kind: 'range', from: { day: +g.d1!, month: g.m1 ? monthOf(g.m1) : m2, year: y }, to: { day: +g.d2!, month: m2, year: y } };
    },
  },
  {
    name: 'numeric-date',
    firsts: [], digit: true,
    re: rx(`(?<d>${D})[/.-](?<m>[0-9]{1,2})[/.-](?<y>[0-9]{4})`),
    build: (g) => ({ kind: 'day', date: { day: +g.d!, month: +g.m!, year: +g.y! } }),
  },
  {
    name: 'clock',
    firsts: ['الساعه'], digit: true,
    re: rx(CLOCK),
    build: (g) => {
      let h = Number(g.h1 ?? g.h2);
      const m = Number(g.m1 ?? g.m2 ?? 0);
      if (g.ampm && /مساء|ليلا|عصرا/.test(g.ampm) && h < 12) h += 12;
      const zone = g.utc ? 'UTC' : g.zone && g.zone !== 'المحلي' ? ZONES[g.zone.replace(/\s+/g, ' ')] : undefined;
      return { kind: 'day', clock: { h, m, zone } };
    },
  },
  {
    name: 'day',
    firsts: ['في', 'وقت', 'يوم', ...firstWords(PARTS_OF_DAY), ...firstWords(RELATIVE_DAYS), ...firstWords(WEEKDAYS)], digit: true,
    re: rx(DAY_CORE),
    build: (g) => {
      if (!g.rel && !g.wd && !g.day) return null;
      const p: DayParse = { kind: 'day' };
      if (g.rel) p.rel = RELATIVE_DAYS[g.rel.replace(/\s+/g, ' ')];
      if (g.wd) p.weekday = WEEKDAYS[g.wd];
      if (g.wref) p.weekdayRef = REFS[g.wref];
      if (g.day) p.date = { day: +g.day, month: monthOf(g.mon!), year: num(g.year), ref: g.mref ? REFS[g.mref] : undefined };
      const part = g.part ?? g.part2 ?? g.part3;
      if (part) p.part = PARTS_OF_DAY[part.replace(/\s+/g, ' ')];
      if (g.pmod) p.partMod = PMOD_MAP[g.pmod as keyof typeof PMOD_MAP];
      return p;
    },
  },
  {
    name: 'month',
    firsts: ['شهر', ...firstWords(PERIOD_MODS), ...firstWords(MONTHS)],
    re: rx(`(?:(?<mmod>${PMOD})${SP})?(?:(?<shahr>شهر)${SP})?(?<mon>${MON})(?:\\s*/\\s*(?:${MON}))?(?:(?:${SEP}(?:(?:عام|العام|سنه)${SP})?(?<year>[0-9]{4}))|(?:${SP}(?<mref>${REFW})))?`),
    build: (g) => {
      if (isAmbiguousMonthAlone(g)) return null;
      return {
        kind: 'month',
        month: monthOf(g.mon!),
        year: num(g.year),
        ref: g.mref ? REFS[g.mref] : undefined,
        mod: g.mmod ? PERIOD_MODS[g.mmod] : undefined,
      };
    },
  },
  {
    name: 'unit-ref',
    firsts: ['الاسبوع', 'الشهر', 'العام', 'السنه', 'هذا', 'هذه', ...firstWords(PERIOD_MODS)],
    re: rx(`(?:(?<mmod>${PMOD})${SP})?(?:(?<unit>الاسبوع|الشهر|العام|السنه)${SP}(?<uref>${REFW})|(?:هذا|هذه)${SP}(?<unit2>الاسبوع|الشهر|العام|السنه))`),
    build: (g) => {
      const word = (g.unit ?? g.unit2)!;
      const unit = word === 'الاسبوع' ? 'week' : word === 'الشهر' ? 'month' : 'year';
      const ref = g.uref ? REFS[g.uref]! : 'this';
      return { kind: 'unit', unit, offset: ref === 'last' ? -1 : ref === 'next' ? 1 : 0, mod: g.mmod ? PERIOD_MODS[g.mmod] : undefined };
    },
  },
  {
    name: 'year',
    firsts: ['عام', 'العام', 'سنه', 'السنه', ...firstWords(PERIOD_MODS)],
    re: rx(`(?:(?<mmod>${PMOD})${SP})?(?:عام|العام|سنه|السنه)${SP}(?<year>[0-9]{4})`),
    build: (g) => ({ kind: 'year', year: +g.year!, mod: g.mmod ? PERIOD_MODS[g.mmod] : undefined }),
  },
  {
    name: 'offset',
    firsts: ['قبل', 'منذ', 'بعد'],
    re: rx(`(?<prep>قبل|منذ|بعد)${SP}(?:(?:نحو|حوالي)${SP})?(?:(?<n>[0-9]+|${NUMW})${SP})?(?<unit>${UNIT})`),
    build: (g) => {
      const c = countOf(g.n, g.unit!);
      if (!c) return null;
      return { kind: 'offset', n: c.n, unit: UNITS[g.unit!]!.unit, sign: g.prep === 'بعد' ? 1 : -1, approx: c.approx || /نحو|حوالي/.test(g.core ?? '') };
    },
  },
  {
    name: 'duration',
    firsts: ['لمده', 'طوال', 'علي'],
    re: rx(`(?:لمده|طوال|علي${SP}مدي|علي${SP}مدار)${SP}(?:(?<n>[0-9]+|${NUMW})${SP})?(?<unit>${UNIT})`),
    build: (g) => {
      const c = countOf(g.n, g.unit!);
      return c ? { kind: 'duration', n: c.n, unit: UNITS[g.unit!]!.unit, approx: c.approx } : null;
    },
  },
  {
    name: 'vague',
    firsts: firstWords(VAGUE),
    re: rx(`(?<vag>${VAG})`),
    build: (g) => ({ kind: 'vague', ref: VAGUE[g.vag!.replace(/\s+/g, ' ')]! }),
  },
];

// "روسيا اليوم" is RT's Arabic name; "اليوم التالي/نفسه" is "the next/same day", not today.
const NOT_TODAY_BEFORE = /روسيا\s+$/;
const NOT_TODAY_AFTER = /^\s+(?:التالي|نفسه|ذاته|السابق|السابع|الاول|الثاني|الذي|الدولي|العالمي|الوطني)/;
// A newspaper or channel name (صحيفة الغد، جريدة اليوم) is not a date.
const MEDIA_BEFORE = /(?:صحيفه|جريده|قناه|موقع|مجله|اذاعه)\s+$/;

// Every expression starts at a word whose first word (after proclitics) is one of its rule's firsts,
// or at a digit. One pass over the words finds those starts; each rule then runs anchored there.
const FIRST_WORDS = new Set(RULES.flatMap((r) => r.firsts));
const RULE_FIRSTS = RULES.map((r) => new Set(r.firsts));
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', 'y')));
const CLITIC_LIST = procliticPrefixes('وف', 'بلك');
const CLITICS = prefixCodes(CLITIC_LIST);
const isDigit = (c: number) => c >= 48 && c <= 57;
const START_UNITS = new Set([...FIRST_WORDS, ...CLITIC_LIST, ...'0123456789'].filter(Boolean).map((w) => w.charCodeAt(0)));

interface Start {
  at: number;
  /** The word less each proclitic it may carry, where that is a first word of some rule. */
  firsts: string[];
  digit: boolean;
}

/** Word starts where an expression may begin: the word, less proclitics, is a first word or a number. */
function expressionStarts(text: string, words: WordSpan[]): Start[] {
  const starts: Start[] = [];
  for (const w of words) {
    if (!START_UNITS.has(text.charCodeAt(w.start))) continue;
    const start: Start = { at: w.start, firsts: [], digit: false };
    for (let k = 0; k <= 2 && w.start + k < w.end; k++) {
      if (!CLITICS.has(prefixCode(text, w.start, k))) continue;
      if (isDigit(text.charCodeAt(w.start + k))) start.digit = true;
      const rest = wordRest(w, k);
      if (FIRST_WORDS.has(rest)) start.firsts.push(rest);
    }
    if (start.digit || start.firsts.length) starts.push(start);
  }
  return starts;
}

/** All temporal expressions of a normalised text, longest first where they overlap. */
export function tagArabic(text: string, words: WordSpan[] = wordSpans(text)): TaggedSpan[] {
  const found: (TaggedSpan & { priority: number })[] = [];
  const starts = expressionStarts(text, words);
  RULES.forEach((rule, priority) => {
    const re = STICKY[priority]!;
    let done = 0; // a rule's matches do not overlap one another, as in a left-to-right scan
    const firsts = RULE_FIRSTS[priority]!;
    for (const { at, firsts: words, digit } of starts) {
      if (at < done || !((digit && rule.digit) || words.some((w) => firsts.has(w)))) continue;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const g = m.groups ?? {};
      const [start, end] = m.indices!.groups!.core!;
      const before = text.slice(Math.max(0, start - 8), start);
      const notToday =
        g.rel === 'اليوم' &&
        !g.wd &&
        !g.day &&
        !g.part &&
        (NOT_TODAY_BEFORE.test(before) || NOT_TODAY_AFTER.test(text.slice(end, end + 12)));
      const media = MEDIA_BEFORE.test(before);
      const parse = notToday || media ? null : rule.build({ ...g, core: m[0] });
      // A rejected match must not swallow the words after it: the next start is tried as usual.
      if (parse) {
        found.push({ start, end, rule: rule.name, parse, priority });
        done = m.index + m[0].length;
      }
    }
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen: TaggedSpan[] = [];
  for (const f of found) {
    if (chosen.some((c) => c.start < f.end && f.start < c.end)) continue;
    chosen.push({ start: f.start, end: f.end, rule: f.rule, parse: f.parse });
  }
  chosen.sort((a, b) => a.start - b.start);
  return attachSinceAndClock(text, chosen);
}

/** منذ + a date is "since"; a clock time next to a day belongs to that day. */
function attachSinceAndClock(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const s of spans) {
    const before = text.slice(Math.max(0, s.start - 6), s.start);
    const since = /(?:^|[^\p{L}])منذ\s+$/u.exec(before);
    if (since && s.parse.kind !== 'offset' && s.parse.kind !== 'vague' && s.parse.kind !== 'duration') {
      s.parse.since = true;
      s.start -= since[0].length - (since[0].startsWith('منذ') ? 0 : 1);
      s.rule += '+since';
    }
    const prev = out[out.length - 1];
    if (prev && prev.parse.kind === 'day' && s.parse.kind === 'day') {
      const gap = text.slice(prev.end, s.start);
      const a = prev.parse;
      const b = s.parse;
      if (/^\s*[،,]?\s*(?:في\s+|عند\s+)?$/.test(gap) && (a.clock === undefined) !== (b.clock === undefined)) {
        const clock = a.clock ?? b.clock;
        const day = a.clock ? b : a;
        prev.parse = { ...day, clock, part: clock ? undefined : day.part };
        prev.end = s.end;
        prev.rule = `${prev.rule}+${s.rule}`;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}
