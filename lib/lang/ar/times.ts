// Arabic temporal expressions: find them in normalised text and parse them into a calendar meaning.
// Resolution against the publication date lives in lib/time/resolve.ts.
import type { DayParse, TaggedSpan, TimexParse } from '../../time/parse';
import type { WordSpan } from '../../text/phrases';
import { WordMemo, oneSpace, prefixCode, prefixCodes, procliticPrefixes, wordNumbers, wordSpans } from '../../text/phrases';
import type { PartOfDay, Unit } from '../../time/parse';
import {
  AMBIGUOUS_MONTHS, APPROX_WORDS, CENTURIES, CLOCK_PARTS, DECADES, DECADE_UNITS, EXTRA_UNITS, FEASTS, HIJRI_MONTHS, HOUR_WORDS,
  MINUTE_WORDS, MONTHS, NUMBER_PHRASE, ORDINAL_DAYS, PARTS_OF_DAY, PERIOD_MODS, REFS, RELATIVE_DAYS, SEASONS, SETS,
  NUMBER_WORDS, TENS_WORDS, UNITS, VAGUE, VAGUE_NUMBERS, WEEKDAY_FORMS, ZONES, arabicNumber,
} from './vocab';

const alt = (words: Iterable<string>) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const MON = alt(Object.keys(MONTHS));
const HMON = alt(Object.keys(HIJRI_MONTHS));
const WD = alt(Object.keys(WEEKDAY_FORMS));
const REL = alt(Object.keys(RELATIVE_DAYS));
const PART = alt(Object.keys(PARTS_OF_DAY).filter((p) => !p.endsWith('ا') && p !== 'ليلا'));
const PART_ADV = alt(['صباحا', 'ظهرا', 'عصرا', 'مساء', 'مساءا', 'ليلا']);
const REFW = alt(Object.keys(REFS));
const PMOD = alt(Object.keys(PERIOD_MODS));
const ALL_UNITS: Record<string, { unit: Unit; n: number }> = { ...UNITS, ...EXTRA_UNITS };
const UNIT = alt(Object.keys(ALL_UNITS));
const DEC_UNIT = alt(Object.keys(DECADE_UNITS));
const NUMW = NUMBER_PHRASE;
const APPROX = alt(APPROX_WORDS);
const HOURW = alt(Object.keys(HOUR_WORDS));
const MINW = alt(Object.keys(MINUTE_WORDS));
const CPART = alt(Object.keys(CLOCK_PARTS));
const ORD = alt(Object.keys(ORDINAL_DAYS));
const FEAST = alt(Object.keys(FEASTS));
const DECADE = alt(Object.keys(DECADES));
const CENT = alt(Object.keys(CENTURIES));
const SET = alt(Object.keys(SETS));
/** A part of the day after a day, joined by في: الأحد في المساء. */
const PART_APART: Record<string, PartOfDay> = { الصباح: 'MO', الفجر: 'MO', الظهيره: 'MI', الظهر: 'MI', العصر: 'AF', المساء: 'EV', الليل: 'NI' };
const PARTW = alt(Object.keys(PART_APART));
const ZONE = alt(Object.keys(ZONES));
const VAG = alt(Object.keys(VAGUE));
const D = '(?:[0-9]{1,2})';
const SP = '\\s+';
const SEP = '\\s*[،,]?\\s*';

// A word starts where no letter or digit precedes; proclitics و ف ب ل ك sit outside the span.
const PRE = '(?<![\\p{L}\\p{N}])(?<clitic>[وف]?[بلك]?)';
const POST = '(?![\\p{L}\\p{N}])';

const DATE = `(?<day>${D})${SP}(?:من${SP})?(?:شهر${SP})?(?<mon>${MON})(?:\\s*/\\s*(?:${MON}))?(?:${SEP}(?:من${SP})?(?:(?:عام|العام|سنه)${SP})?(?<year>[0-9]{4}))?(?:${SP}(?<mref>${REFW}))?`;
const DAY_CORE =
  `(?:(?:في${SP})?وقت${SP}(?<pmod>متاخر|مبكر|سابق|لاحق)${SP}من${SP})?` +
  `(?:(?<part>${PART})${SP})?` +
  `(?:(?<rel>${REL})(?:${SEP}(?<part2>${PART_ADV}))?)?` +
  `(?:${SEP}(?:يوم${SP})?(?<wd>${WD})(?:${SP}(?<wref>الماضيه|الماضي|المنصرمه|المنصرم|المقبله|المقبل|القادمه|القادم|الفائته|الفائت))?)?` +
  `(?:${SEP}(?:${DATE}))?` +
  `(?:${SP}(?<part3>${PART_ADV})|${SEP}في${SP}(?<part4>${PARTW}))?`;
const CLOCK =
  `(?:(?:الساعه${SP}(?:(?<h1>[0-9]{1,2})(?:[:.](?<m1>[0-9]{2}))?|(?<hw>${HOURW})(?:${SP}(?<mw>${MINW}))?))|(?<h2>[0-9]{1,2})[:.](?<m2>[0-9]{2})` +
  `|(?<hw2>${HOURW})(?=${SP}(?:${MINW}|${CPART}|(?:بال|ب|حسب${SP}ال)توقيت))(?:${SP}(?<mw2>${MINW}))?)` +
  `(?:${SP}(?<ampm>${CPART}))?` +
  `(?:${SP}(?:(?:بال|ب|حسب${SP}ال)توقيت${SP}(?<zone>${ZONE}|المحلي)|(?<utc>ت\\.?\\s*غ|GMT|UTC|[غج]ريني?تش)))?`;

const firstWords = (vocabulary: Record<string, unknown>) => [...new Set(Object.keys(vocabulary).map((k) => k.split(' ')[0]!))];

interface Rule {
  name: string;
  /** The words (after proclitics) a match can begin with; `digit`: it can begin with a number. */
  firsts: string[];
  digit?: boolean;
  re: RegExp;
  /** What the word after the first must be for the rule to match at all, tested before its regex: من and بين
   *  are common words, and open a range only before a number or a weekday. */
  next?: (word: string) => boolean;
  build(g: Record<string, string | undefined>): TimexParse | null;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** The words a weekday's name begins with. */
const WEEKDAY_FIRSTS = new Set(firstWords(WEEKDAY_FORMS));

const rx = (core: string) => new RegExp(`${PRE}(?=\\S)(?:${core})${POST}`, 'gu');
const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const monthOf = (s: string) => MONTHS[oneSpace(s)]!;
const isAmbiguousMonthAlone = (g: Record<string, string | undefined>) =>
  AMBIGUOUS_MONTHS.has(g.mon ?? '') && !g.year && !g.day && !g.shahr && !g.mref;

const PMOD_MAP = { متاخر: 'END', مبكر: 'START', سابق: 'EARLIER', لاحق: 'LATER' } as const;

/** The count before a unit: a number, a number word, the unit's own (a dual is two), or null when unknown
 *  (عدة أيام، بضعة أسابيع: some days); null altogether when nothing counts (أيام alone). */
function countOf(numWord: string | undefined, unitWord: string): { n: number | null; approx: boolean } | null {
  const u = ALL_UNITS[unitWord]!;
  if (numWord === undefined) return u.n > 0 ? { n: u.n, approx: false } : null; // "أيام" alone is no count
  if (VAGUE_NUMBERS.has(numWord)) return { n: null, approx: false };
  const n = arabicNumber(numWord);
  if (n === undefined) return null;
  return { n, approx: false };
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
    next: (word) => isDigit(word.charCodeAt(0)),
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
    firsts: ['الساعه', ...firstWords(HOUR_WORDS)], digit: true,
    re: rx(CLOCK),
    build: (g) => {
      const hw = g.hw ?? g.hw2;
      const mw = g.mw ?? g.mw2;
      let h = hw ? HOUR_WORDS[hw.replace(/\s+/g, ' ')]! : Number(g.h1 ?? g.h2);
      let m = Number(g.m1 ?? g.m2 ?? 0);
      const fraction = mw ? MINUTE_WORDS[mw.replace(/\s+/g, ' ')]! : 0;
      if (fraction < 0) [h, m] = [h - 1, 60 + fraction];
      else m += fraction;
      const half = g.ampm ? CLOCK_PARTS[g.ampm.replace(/\s+/g, ' ')] : undefined;
      // الرابعة عصراً is 16:00, الواحدة ظهراً 13:00, العاشرة ليلاً 22:00 but الثانية ليلاً 02:00.
      if (h < 12 && (half === 'pm' || (half === 'noon' && h <= 5) || (half === 'night' && h >= 6))) h += 12;
      const zone = g.utc ? 'UTC' : g.zone && g.zone !== 'المحلي' ? ZONES[g.zone.replace(/\s+/g, ' ')] : undefined;
      return { kind: 'day', clock: { h, m, zone } };
    },
  },
  {
    name: 'day',
    firsts: ['في', 'وقت', 'يوم', ...firstWords(PARTS_OF_DAY), ...firstWords(RELATIVE_DAYS), ...firstWords(WEEKDAY_FORMS)], digit: true,
    re: rx(DAY_CORE),
    build: (g) => {
      if (!g.rel && !g.wd && !g.day) return null;
      const p: DayParse = { kind: 'day' };
      if (g.rel) p.rel = RELATIVE_DAYS[oneSpace(g.rel)];
      if (g.wd) p.weekday = WEEKDAY_FORMS[g.wd];
      if (g.wref) p.weekdayRef = REFS[g.wref];
      if (g.day) p.date = { day: +g.day, month: monthOf(g.mon!), year: num(g.year), ref: g.mref ? REFS[g.mref] : undefined };
      const part = g.part ?? g.part2 ?? g.part3;
      if (part) p.part = PARTS_OF_DAY[oneSpace(part)];
      if (g.part4) p.part = PART_APART[g.part4];
      // ليلة الخميس (the construct before the day) is the night leading into Thursday; ليلة أمس is last night.
      if (g.part && p.part === 'NI' && p.rel === undefined) p.nightBefore = true;
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
    re: rx(`(?:(?<mmod>${PMOD})${SP})?(?:(?<unit>الاسبوع|الشهر|العام|السنه)${SP}(?<uref>${REFW})|(?:هذا|هذه)${SP}(?<unit2>الاسبوع|الشهر|العام|السنه))|(?<mmod2>${PMOD})${SP}(?<unit3>الاسبوع|الشهر|العام|السنه)`),
    build: (g) => {
      const word = (g.unit ?? g.unit2 ?? g.unit3)!;
      if (g.mmod2) return { kind: 'unit', unit: word === 'الاسبوع' ? 'week' : word === 'الشهر' ? 'month' : 'year', offset: 0, mod: PERIOD_MODS[g.mmod2] };
      const unit = word === 'الاسبوع' ? 'week' : word === 'الشهر' ? 'month' : 'year';
      const ref = g.uref ? REFS[g.uref]! : 'this';
      return { kind: 'unit', unit, offset: ref === 'last' ? -1 : ref === 'next' ? 1 : 0, mod: g.mmod ? PERIOD_MODS[g.mmod] : undefined };
    },
  },
  {
    name: 'year',
    firsts: ['عام', 'العام', 'سنه', 'السنه', ...firstWords(PERIOD_MODS)],
    re: rx(`(?:(?<mmod>${PMOD})${SP})?(?:عام|العام|سنه|السنه)${SP}(?<year>[0-9]{4})|(?<mmod2>${PMOD})${SP}(?<year2>(?:19|20)[0-9]{2})(?![0-9])`),
    build: (g) => {
      const mod = g.mmod ?? g.mmod2;
      return { kind: 'year', year: +(g.year ?? g.year2)!, mod: mod ? PERIOD_MODS[mod] : undefined };
    },
  },
  {
    name: 'offset',
    firsts: ['قبل', 'منذ', 'بعد'],
    re: rx(`(?<prep>قبل|منذ|بعد)${SP}(?:(?<approx>${APPROX})${SP})?(?:(?<n>[0-9]+|${NUMW})${SP})?(?<unit>${UNIT})`),
    build: (g) => {
      const unit = ALL_UNITS[g.unit!]!.unit;
      const c = countOf(g.n, g.unit!);
      // منذ سنوات، منذ عدة أشهر: for years, for some months — a length whose count is unknown.
      if ((!c || c.n === null) && g.prep === 'منذ') return { kind: 'duration', n: null, unit, approx: false };
      if ((!c || c.n === null) && g.prep === 'قبل') return { kind: 'vague', ref: 'PAST_REF' };
      if (!c || c.n === null) return null;
      return { kind: 'offset', n: c.n, unit, sign: g.prep === 'بعد' ? 1 : -1, approx: c.approx || g.approx !== undefined };
    },
  },
  {
    name: 'relative',
    firsts: ['اليوم', 'الليله', 'الاسبوع', 'الشهر', 'العام', 'السنه', 'بعد', 'قبل', 'صباح', 'مساء', 'ظهر', 'عصر', 'ليله', 'بعدها', 'قبلها'],
    re: rx(
      `(?:(?<part>${PART})${SP})?(?<unit>اليوم|الليله|الاسبوع|الشهر|العام|السنه)${SP}(?<which>التالي|التاليه|الموالي|الموالية|اللاحق|اللاحقه|السابق|السابقه|نفسه|نفسها|ذاته|ذاتها|الذي${SP}تلاه|الذي${SP}سبقه)` +
        `|(?<dir>بعد|قبل)(?:${SP}ذلك${SP}|ها${SP})ب(?:(?<n>[0-9]+|${NUMW})${SP})?(?<unit2>${UNIT})`,
    ),
    build: (g) => {
      if (g.unit2) {
        const c = countOf(g.n, g.unit2);
        const u = ALL_UNITS[g.unit2]!.unit;
        if (!c || c.n === null || u === 'minute' || u === 'hour') return null;
        return { kind: 'relative', unit: u, offset: (g.dir === 'قبل' ? -1 : 1) * c.n };
      }
      const w = g.which!.replace(/\s+/g, ' ');
      const offset = /^(?:التالي|التاليه|الموالي|الموالية|اللاحق|اللاحقه|الذي تلاه)$/.test(w) ? 1 : /^(?:السابق|السابقه|الذي سبقه)$/.test(w) ? -1 : 0;
      const unit = g.unit === 'الاسبوع' ? 'week' : g.unit === 'الشهر' ? 'month' : g.unit === 'العام' || g.unit === 'السنه' ? 'year' : 'day';
      const part = g.part ? PARTS_OF_DAY[g.part.replace(/\s+/g, ' ')] : g.unit === 'الليله' ? 'NI' : undefined;
      return { kind: 'relative', unit, offset, ...(part && unit === 'day' ? { part } : {}) };
    },
  },
  {
    name: 'weekday-range',
    firsts: ['من', 'بين'],
    next: (word) => word === 'يوم' || WEEKDAY_FIRSTS.has(word),
    re: rx(`(?:من|بين)${SP}(?:يوم${SP})?(?<w1>${WD})${SP}(?:الي|حتي|و)\\s*(?:يوم${SP})?(?<w2>${WD})`),
    build: (g) => ({ kind: 'weekday-range', from: WEEKDAY_FORMS[g.w1!]!, to: WEEKDAY_FORMS[g.w2!]! }),
  },
  {
    name: 'ordinal-date',
    firsts: ['يوم', ...firstWords(ORDINAL_DAYS)], digit: true,
    re: rx(`(?:يوم${SP})?(?:(?<ord>${ORD})|(?<dd>${D}))${SP}من${SP}(?:(?:شهر${SP})?(?<mon>${MON})(?:\\s*/\\s*(?:${MON}))?(?:${SEP}(?:من${SP})?(?:(?:عام|العام|سنه)${SP})?(?<year>[0-9]{4}))?(?:${SP}(?<mref>${REFW}))?|الشهر${SP}(?<cur>${REFW}|ذاته|نفسه))`),
    build: (g) => {
      const day = g.ord ? ORDINAL_DAYS[g.ord.replace(/\s+/g, ' ')]! : Number(g.dd);
      // التاسع عشر من الشهر الجاري / المقبل: a day of the month the words name by reference.
      if (g.cur) return { kind: 'day', date: { day, month: 0, ref: g.cur === 'ذاته' || g.cur === 'نفسه' ? 'this' : REFS[g.cur] } };
      if (!g.ord && !g.mon) return null;
      return { kind: 'day', date: { day, month: monthOf(g.mon!), year: num(g.year), ref: g.mref ? REFS[g.mref] : undefined } };
    },
  },
  {
    name: 'numeric-date-ymd',
    firsts: [], digit: true,
    re: rx(`(?<y>(?:19|20)[0-9]{2})[/.-](?<m>[0-9]{1,2})[/.-](?<d>[0-9]{1,2})`),
    build: (g) => ({ kind: 'day', date: { day: +g.d!, month: +g.m!, year: +g.y! } }),
  },
  {
    name: 'part-of-today',
    firsts: ['هذا', 'هذه', 'الليله'],
    re: rx(`هذا${SP}(?<pa>الصباح|المساء|الظهر|العصر)|(?:هذه${SP})?الليله(?:${SP}(?<pref>الماضيه|المقبله|القادمه))?`),
    build: (g) => {
      const part = g.pa ? PART_APART[g.pa]! : 'NI';
      const rel = g.pref === 'الماضيه' ? -1 : g.pref ? 1 : 0;
      return { kind: 'day', rel, part };
    },
  },
  {
    name: 'feast',
    firsts: firstWords(FEASTS),
    re: rx(`(?<feast>${FEAST})(?:${SEP}(?:(?:عام|العام|سنه|لعام)${SP})?(?<year>[0-9]{4}))?(?:${SP}(?<fref>${REFW}))?`),
    build: (g) => ({ kind: 'feast', feast: FEASTS[g.feast!.replace(/\s+/g, ' ')]!, year: num(g.year), ref: g.fref ? REFS[g.fref] : undefined }),
  },
  {
    name: 'season',
    firsts: ['فصل', 'هذا', 'هذه', ...Object.keys(SEASONS)],
    re: rx(
      `(?:فصل${SP})?(?<s1>الصيف|الشتاء|الربيع|الخريف)(?:${SP}(?<sref>${REFW})|${SEP}(?:(?:عام|العام|سنه)${SP})?(?<y1>[0-9]{4}))` +
        `|(?:هذا|هذه)${SP}(?<s2>الصيف|الشتاء|الربيع|الخريف)` +
        `|(?<s3>صيف|شتاء|ربيع|خريف)${SP}(?:(?:(?:عام|العام|سنه)${SP})?(?<y3>[0-9]{4})|(?:العام|السنه)${SP}(?<yref>${REFW}))` +
        `|(?<s4>فصل${SP}(?:الصيف|الشتاء|الربيع|الخريف))`,
    ),
    build: (g) => {
      const word = (g.s1 ?? g.s2 ?? g.s3 ?? g.s4!.replace(/^فصل\s+/, ''))!;
      const season = SEASONS[word]!;
      const year = num(g.y1 ?? g.y3);
      const ref = g.sref ? REFS[g.sref] : g.s2 ? 'this' : undefined;
      if (g.yref) return { kind: 'season', season, ref: REFS[g.yref] === 'last' ? 'last' : REFS[g.yref] === 'next' ? 'next' : 'this' };
      return { kind: 'season', season, ...(year ? { year } : {}), ...(ref ? { ref } : {}) };
    },
  },
  {
    name: 'decade',
    firsts: ['عقد', ...Object.keys(DECADES)],
    re: rx(`(?:عقد${SP})?(?<dec>${DECADE})(?:${SP}(?:من${SP})?القرن${SP}(?:الماضي|العشرين|المنصرم))?`),
    build: (g) => ({ kind: 'decade', decade: DECADES[g.dec!]! }),
  },
  {
    name: 'century',
    firsts: ['القرن', ...firstWords(PERIOD_MODS)],
    re: rx(`(?:(?<mmod>${PMOD})${SP})?القرن${SP}(?<cent>${CENT})`),
    build: (g) => ({ kind: 'century', century: CENTURIES[g.cent!.replace(/\s+/g, ' ')]!, mod: g.mmod ? PERIOD_MODS[g.mmod] : undefined }),
  },
  {
    name: 'set',
    firsts: firstWords(SETS),
    re: rx(`(?<set>${SET})`),
    build: (g) => ({ kind: 'set', n: 1, unit: SETS[g.set!.replace(/\s+/g, ' ')]! }),
  },
  {
    name: 'duration',
    firsts: ['لمده', 'مده', 'طوال', 'علي', 'خلال', 'عده', 'بضعه', 'بضع', ...firstWords(Object.fromEntries(APPROX_WORDS.map((w) => [w, 0]))), ...Object.keys(ALL_UNITS), ...Object.keys(DECADE_UNITS), ...firstWords(NUMBER_WORDS), ...Object.keys(TENS_WORDS)],
    digit: true,
    re: rx(
      `(?:(?<pre>لمده|(?<!ل)مده|طوال|علي${SP}مدي|علي${SP}مدار|خلال)${SP})?(?:(?<approx>${APPROX})${SP})?(?:(?<n>[0-9]+|${NUMW})${SP})?` +
        `(?:(?<frac>ربع|نصف|ثلث)${SP})?(?:(?<unit>${UNIT})(?:${SP}(?<half>و\\s*نصف)(?:${SP}(?:ال)?(?:ساعه|يوم|شهر|عام|سنه))?|${SP}و\\s*(?:(?<n2>[0-9]+|${NUMW})${SP})?(?<unit2>${UNIT}))?|(?<dunit>${DEC_UNIT}))`,
    ),
    build: (g) => {
      if (g.dunit) {
        // عقد alone is the verb "was held"; a decade needs a count, a dual, a preposition or a plural after ل.
        const k = DECADE_UNITS[g.dunit]!;
        const c = g.n ? countOf(g.n, 'عام') : null;
        if (!c && k !== 2 && !g.pre && !g.approx && !(k === 0 && g.clitic?.endsWith('ل'))) return null;
        return { kind: 'duration', n: c?.n ?? (k || null), unit: 'decade', approx: g.approx !== undefined };
      }
      if (g.frac) {
        // ربع ساعة، نصف ساعة: a fraction of one unit.
        const u = ALL_UNITS[g.unit!]!;
        if (u.n !== 1) return null;
        return { kind: 'duration', n: g.frac === 'ربع' ? 0.25 : g.frac === 'نصف' ? 0.5 : 1 / 3, unit: u.unit, approx: g.approx !== undefined };
      }
      if (g.unit2) {
        // ساعتين ودقيقتين، ثلاثة أيام وست ساعات: the second unit in the first's terms.
        const a = countOf(g.n, g.unit!);
        const b = countOf(g.n2, g.unit2);
        const u1 = ALL_UNITS[g.unit!]!.unit;
        const u2 = ALL_UNITS[g.unit2]!.unit;
        const per: Partial<Record<string, number>> = { 'hour/minute': 60, 'day/hour': 24, 'year/month': 12, 'week/day': 7, 'month/day': 30 };
        const k = per[`${u1}/${u2}`];
        if (!a || a.n === null || !b || b.n === null || !k) return null;
        return { kind: 'duration', n: a.n + b.n / k, unit: u1, approx: g.approx !== undefined };
      }
      const u = ALL_UNITS[g.unit!]!;
      const c = countOf(g.n, g.unit!);
      // A unit alone (ساعة، يوم) is no length of time unless a preposition or a half says so; a plural
      // with no count (لسنوات، خلال أشهر) is one whose count is unknown.
      const said = g.pre !== undefined || g.approx !== undefined || g.half !== undefined || g.n !== undefined || u.n === 2;
      if (!said && !(u.n === 0 && g.clitic?.endsWith('ل'))) return null;
      const n = c === null ? null : c.n === null ? null : c.n + (g.half ? 0.5 : 0);
      return { kind: 'duration', n, unit: u.unit, approx: g.approx !== undefined || (c?.approx ?? false) };
    },
  },
  {
    name: 'units-ago',
    firsts: ['الايام', 'الاسابيع', 'الاشهر', 'الشهور', 'السنوات', 'الاعوام', 'العقود', 'الساعات', 'خلال'],
    re: rx(`(?<unit>الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام|العقود|الساعات)(?:${SP}(?<n>${NUMW}))?${SP}(?<dir>الماضيه|الاخيره|المنصرمه|الفائته|المقبله|القادمه)`),
    build: (g) => {
      const unit = ({ الايام: 'day', الاسابيع: 'week', الاشهر: 'month', الشهور: 'month', السنوات: 'year', الاعوام: 'year', العقود: 'decade', الساعات: 'hour' } as const)[g.unit as 'الايام'];
      const ahead = g.dir === 'المقبله' || g.dir === 'القادمه';
      const n = g.n ? arabicNumber(g.n) ?? null : null;
      if (n === null && ahead) return { kind: 'vague', ref: 'FUTURE_REF' };
      return { kind: 'duration', n, unit, approx: false };
    },
  },
  {
    name: 'part-alone',
    firsts: ['صباحا', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'ليلا', 'فجرا'],
    re: rx(`(?<adv>صباحا|مساءا|مساء|ظهرا|عصرا|ليلا|فجرا)`),
    // صباحاً alone: a part of the day the text speaks of.
    build: (g) => ({ kind: 'relative', unit: 'day', offset: 0, part: PARTS_OF_DAY[g.adv!]! }),
  },
  {
    name: 'vague',
    firsts: firstWords(VAGUE),
    re: rx(`(?<vag>${VAG})`),
    build: (g) => ({ kind: 'vague', ref: VAGUE[oneSpace(g.vag!)]! }),
  },
];

// "روسيا اليوم" is RT's Arabic name; "اليوم التالي/نفسه" is "the next/same day", not today.
const NOT_TODAY_BEFORE = /روسيا\s+$/;
const NOT_TODAY_AFTER = /^\s+(?:التالي|نفسه|ذاته|السابق|السابع|الاول|الثاني|الذي|الدولي|العالمي|الوطني)/;
const YEAR_DIGITS = /(?<![0-9])(?:19|20)[0-9]{2}(?![0-9/.:-])/g;
const PREPOSITION_BEFORE_YEAR = /(?:^|[^\p{L}\p{N}])[وف]?(?:منذ|في|حتي|خلال|قبل|بعد|مطلع|نهايه|اواخر|اوائل|منتصف|بدايه)\s+$/u;
// A newspaper or channel name (صحيفة الغد، جريدة اليوم) is not a date.
const MEDIA_BEFORE = /(?:صحيفه|جريده|قناه|موقع|مجله|اذاعه)\s+$/;

// Every expression starts at a word whose first word (after proclitics) is one of its rule's firsts,
// or at a digit. One pass over the words finds those starts; each rule then runs anchored there.
const FIRST_WORDS = new Set(RULES.flatMap((r) => r.firsts));
const RULES_BY_FIRST = new Map<string, number[]>();
RULES.forEach((r, k) => {
  for (const w of new Set(r.firsts)) RULES_BY_FIRST.set(w, [...(RULES_BY_FIRST.get(w) ?? []), k]);
});
const DIGIT_RULES = RULES.flatMap((r, k) => (r.digit ? [k] : []));
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', 'y')));
const CLITIC_LIST = procliticPrefixes('وف', 'بلك');
const CLITICS = prefixCodes(CLITIC_LIST);
/** The first units of those starts, as a table: most words are passed over on this test alone. */
const START_UNITS = new Uint8Array(0x10000);
for (const w of [...FIRST_WORDS, ...CLITIC_LIST, ...'0123456789']) if (w) START_UNITS[w.charCodeAt(0)] = 1;

/** Per word as written: the rules an expression starting at it may match, in priority order (the word, less
 *  each proclitic it may carry, is a first word of the rule, or a number). Remembered: words recur. */
const NO_RULES: readonly number[] = [];
const RULES_AT = new WordMemo(rulesAt);

function rulesAt(word: string): readonly number[] {
  const candidates = new Set<number>();
  for (let k = 0; k <= 2 && k < word.length; k++) {
    if (!CLITICS.has(prefixCode(word, 0, k))) continue;
    if (isDigit(word.charCodeAt(k))) for (const r of DIGIT_RULES) candidates.add(r);
    for (const r of RULES_BY_FIRST.get(k ? word.slice(k) : word) ?? []) candidates.add(r);
  }
  return candidates.size ? [...candidates].sort((a, b) => a - b) : NO_RULES;
}

/** All temporal expressions of a normalised text, longest first where they overlap. */
export function tagArabic(text: string, words: WordSpan[] = wordSpans(text)): TaggedSpan[] {
  const found: (TaggedSpan & { priority: number })[] = [];
  // Each start tries only the rules that can begin with its word (or with a digit); a rule's matches do not
  // overlap one another, as in a left-to-right scan.
  const done = new Array<number>(RULES.length).fill(0);
  const ids = wordNumbers(words);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (START_UNITS[text.charCodeAt(w.start)] !== 1) continue;
    const at = w.start;
    for (const priority of RULES_AT.at(words, ids, i)) {
      if (at < done[priority]!) continue;
      const rule = RULES[priority]!;
      if (rule.next && !(i + 1 < words.length && rule.next(words[i + 1]!.text))) continue;
      const re = STICKY[priority]!;
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) continue;
      const g = m.groups ?? {};
      // The proclitics stand outside the expression: it begins after them and runs to the match's end.
      const start = m.index + (g.clitic?.length ?? 0);
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, start - 8), start);
      const notToday =
        g.rel === 'اليوم' &&
        !g.wd &&
        !g.day &&
        !g.part &&
        (NOT_TODAY_BEFORE.test(before) || NOT_TODAY_AFTER.test(text.slice(end, end + 12)));
      const media = MEDIA_BEFORE.test(before);
      // «اليوم»، «الغد» in quotation marks are newspapers; (71 عاماً) in parentheses is an age.
      const quoted = text[start - 1] === '"' && text[end] === '"' && rule.name === 'day' && !g.wd && !g.day;
      const age = text[start - 1] === '(' && text[end] === ')' && rule.name === 'duration';
      const parse = notToday || media || quoted || age ? null : rule.build(g);
      // A rejected match must not swallow the words after it: the next start is tried as usual.
      if (parse) {
        found.push({ start, end, rule: rule.name, parse, priority });
        done[priority] = m.index + m[0].length;
      }
    }
  }
  // Years standing alone after a preposition (منذ 2011، في 2014): no rule starts at a preposition's digits.
  for (const m of text.matchAll(YEAR_DIGITS)) {
    if (!PREPOSITION_BEFORE_YEAR.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    found.push({ start: m.index, end: m.index + 4, rule: 'year', parse: { kind: 'year', year: Number(m[0]) }, priority: RULES.length });
  }
  // The longest reading wins where readings overlap: sorted by length, each kept if it meets none kept before.
  // The characters kept readings cover are marked (a sorted list of them, spliced into, is quadratic in a long
  // document); a reading meets a kept one exactly when one of its characters is marked.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const chosen: TaggedSpan[] = [];
  const taken = new Uint8Array(found.length ? text.length : 0);
  const meetsTaken = (f: { start: number; end: number }) => {
    for (let k = f.start; k < f.end; k++) if (taken[k] === 1) return true;
    return false;
  };
  for (const f of found) {
    if (meetsTaken(f)) continue;
    taken.fill(1, f.start, f.end);
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
    if (prev && glosses(text, prev, s)) continue;
    if (prev && prev.parse.kind === 'day' && s.parse.kind === 'day') {
      const gap = text.slice(prev.end, s.start);
      const a = prev.parse;
      const b = s.parse;
      if (/^\s*[،,\-–]?\s*(?:في\s+|عند\s+)?$/.test(gap) && (a.clock === undefined) !== (b.clock === undefined)) {
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

/** A name given again in parentheses is one expression with the name before it: أمس (الخميس)، يونيو (حزيران)
 *  الماضي، أواخر فبراير (شباط). The gloss joins the span; a weekday gloss of a relative day is kept on it, and
 *  a reference word after the parenthesis (الماضي، المقبل) reads on the month. */
function glosses(text: string, prev: TaggedSpan, s: TaggedSpan): boolean {
  if (!/^\s*\($/.test(text.slice(prev.end, s.start)) || text[s.end] !== ')') return false;
  const a = prev.parse;
  const b = s.parse;
  if (a.kind === 'day' && b.kind === 'day' && b.weekday !== undefined && b.rel === undefined && !b.date && b.clock === undefined) {
    if (a.weekday === undefined) prev.parse = { ...a, weekday: b.weekday };
  } else if (b.kind === 'month' && b.year === undefined && ((a.kind === 'month' && a.month === b.month) || (a.kind === 'day' && a.date?.month === b.month))) {
    const ref = /^\s+(الماضيه|الماضي|المنصرمه|المنصرم|المقبله|المقبل|القادمه|القادم|الجاريه|الجاري|الحاليه|الحالي)(?![\p{L}])/u.exec(text.slice(s.end + 1, s.end + 16));
    if (ref) {
      const r = REFS[ref[1]!];
      if (a.kind === 'month' && a.ref === undefined) prev.parse = { ...a, ref: r };
      else if (a.kind === 'day' && a.date && a.date.ref === undefined) prev.parse = { ...a, date: { ...a.date, ref: r } };
      prev.end = s.end + 1 + ref[0].length;
      prev.rule += '+gloss';
      return true;
    }
  } else return false;
  prev.end = s.end + 1;
  prev.rule += '+gloss';
  return true;
}
