// Russian temporal expressions: found in the normalised text (its «» are straight quotes) and parsed into the
// calendar meaning every language gives lib/time/resolve.ts — the same TIMEX3 values, intervals and publication
// anchoring as Arabic and English. Russian inflects what a time is written with (в четверг, с понедельника,
// к четвергу, перед пятницей; 30 декабря, в декабре; двух часов), so each word is listed in the forms a
// newsroom writes; a preposition that only introduces the expression (в, с, к, по, до) stays outside its span,
// except where it makes the meaning (в ночь на пятницу is the night before Friday; через два дня; по средам).
import type { DayParse, PartMod, PartOfDay, PeriodMod, TaggedSpan, TimexParse, Unit } from '../../time/parse';

const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.]/g, '\\.').replace(/ /g, '\\s+'))
    .join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const SP = '\\s+';
/** Space within a line: what joins the parts of an expression that must not run across lines. */
const HS = '[^\\S\\n]+';

/** Months in the genitive (30 декабря), the prepositional (в декабре) and the nominative/accusative (декабрь). */
const MONTH_GEN: Record<string, number> = {};
const MONTH_LOC: Record<string, number> = {};
const MONTH_NOM: Record<string, number> = {};
'январь января январе|февраль февраля феврале|март марта марте|апрель апреля апреле|май мая мае|июнь июня июне|июль июля июле|август августа августе|сентябрь сентября сентябре|октябрь октября октябре|ноябрь ноября ноябре|декабрь декабря декабре'
  .split('|')
  .forEach((forms, i) => {
    const [nom, gen, loc] = forms.split(' ') as [string, string, string];
    MONTH_NOM[nom] = i + 1;
    MONTH_GEN[gen] = i + 1;
    MONTH_LOC[loc] = i + 1;
  });
// Abbreviated, as online outlets stamp their items (19 фев 2025, 1 сент.).
['янв', 'фев', 'мар', 'апр', '', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'].forEach((a, i) => {
  if (a) MONTH_GEN[a] = i + 1;
});
Object.assign(MONTH_GEN, { февр: 2, сент: 9, нояб: 11 });

/** Weekdays (0 = Sunday, as Date.getUTCDay) in every case, singular; the dative plural (по средам) apart. */
const WEEKDAY_FORMS: Record<string, number> = {};
const WEEKDAY_PLURAL: Record<string, number> = {};
for (const [stem, n, endings, plural] of [
  ['понедельник', 1, ['', 'а', 'у', 'ом', 'е'], 'ам'],
  ['вторник', 2, ['', 'а', 'у', 'ом', 'е'], 'ам'],
  ['сред', 3, ['а', 'у', 'ы', 'е', 'ой'], 'ам'],
  ['четверг', 4, ['', 'а', 'у', 'ом', 'е'], 'ам'],
  ['пятниц', 5, ['а', 'у', 'ы', 'е', 'ей'], 'ам'],
  ['суббот', 6, ['а', 'у', 'ы', 'е', 'ой'], 'ам'],
  ['воскресень', 0, ['е', 'я', 'ю', 'ем'], 'ям'],
] as const) {
  for (const e of endings) WEEKDAY_FORMS[stem + e] = n;
  WEEKDAY_PLURAL[stem + plural] = n;
}

const REL_DAYS: Record<string, number> = { позавчера: -2, вчера: -1, сегодня: 0, завтра: 1, послезавтра: 2 };
const PARTS: Record<string, PartOfDay> = { утром: 'MO', днем: 'AF', днём: 'AF', вечером: 'EV', ночью: 'NI', утро: 'MO', вечер: 'EV' };
/** "поздно вечером", "поздним вечером", "рано утром", "ранним утром". */
const PART_MODS: Record<string, PartMod> = { поздно: 'END', поздним: 'END', поздней: 'END', рано: 'START', ранним: 'START', ранней: 'START' };
/** "следующий четверг", "в прошлую пятницу", "в эту среду", "в ближайший понедельник". */
const REF_WORD = '(?:следующ|будущ|предстоящ|ближайш|прошл|минувш|прошедш|эт|текущ)\\p{L}{0,3}';
const refOf = (w: string | undefined): 'last' | 'next' | 'this' | undefined => {
  if (!w) return undefined;
  const s = w.toLowerCase();
  if (/^(?:следующ|будущ|предстоящ|ближайш)/.test(s)) return 'next';
  if (/^(?:прошл|минувш|прошедш)/.test(s)) return 'last';
  return 'this';
};
const offsetOf = (w: string | undefined) => ({ next: 1, last: -1, this: 0 })[refOf(w) ?? 'this'];

/** Zones named after a clock time: по московскому времени, мск, по Гринвичу, по местному времени. */
const ZONE_WORDS: Record<string, string> = {
  'по московскому времени': 'Europe/Moscow', 'по москве': 'Europe/Moscow', мск: 'Europe/Moscow', 'по киевскому времени': 'Europe/Kyiv',
  'по минскому времени': 'Europe/Minsk', 'по вашингтонскому времени': 'America/New_York', 'по времени вашингтона': 'America/New_York',
  'по восточному времени сша': 'America/New_York', 'по венскому времени': 'Europe/Vienna', 'по женевскому времени': 'Europe/Zurich',
  'по стамбульскому времени': 'Europe/Istanbul', 'по пекинскому времени': 'Asia/Shanghai', 'по гринвичу': 'UTC', gmt: 'UTC', utc: 'UTC',
  'по местному времени': '',
};

/** Counts as words, in the cases a length of time takes them (двух часов, трёх дней, пяти лет). */
const NUMBERS: Record<string, number> = {};
for (const [n, forms] of [
  [1, 'один одного одной одну одним одном одна'],
  [1.5, 'полтора полторы полутора'],
  [2, 'два две двух двум двумя'],
  [3, 'три трех трёх трем трём тремя'],
  [4, 'четыре четырех четырёх четырем четырьмя'],
  [5, 'пять пяти пятью'],
  [6, 'шесть шести'],
  [7, 'семь семи'],
  [8, 'восемь восьми'],
  [9, 'девять девяти'],
  [10, 'десять десяти'],
  [11, 'одиннадцать одиннадцати'],
  [12, 'двенадцать двенадцати'],
  [14, 'четырнадцать четырнадцати'],
  [15, 'пятнадцать пятнадцати'],
  [20, 'двадцать двадцати'],
  [24, 'двадцать четыре'],
  [30, 'тридцать тридцати'],
  [40, 'сорок сорока'],
  [45, 'сорок пять'],
  [50, 'пятьдесят пятидесяти'],
  [100, 'сто ста'],
] as const) {
  if (n === 24 || n === 45) NUMBERS[forms] = n;
  else for (const f of forms.split(' ')) NUMBERS[f] = n;
}
/** A count the words leave open (несколько дней: PXD). */
const VAGUE_COUNTS = ['несколько', 'нескольких', 'многих', 'много'];
const UNIT_FORMS: Record<string, Unit> = {};
for (const [unit, forms] of [
  ['minute', 'минута минуты минуту минут минутами'],
  ['hour', 'час часа часов часу часам часами'],
  ['day', 'день дня дней дням днями дни сутки суток'],
  ['week', 'неделя недели неделю недель неделям неделями'],
  ['month', 'месяц месяца месяцев месяцам месяцами месяцы'],
  ['year', 'год года лет годам годами годы'],
] as const)
  for (const f of forms.split(' ')) UNIT_FORMS[f] = unit;
const APPROX = ['около', 'почти', 'примерно', 'приблизительно', 'порядка', 'неполные', 'неполных', 'без малого', 'более', 'свыше', 'менее', 'не менее', 'не более', 'больше', 'меньше'];
const APPROX_MOD = new Set(['около', 'почти', 'примерно', 'приблизительно', 'порядка', 'неполные', 'неполных', 'без малого']);

// The preposition before most of them (в ближайшее время) is not part of the expression, as TimeML marks it: the
// words start after it.
const VAGUE: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  'ближайшее время': 'FUTURE_REF', 'ближайшие дни': 'FUTURE_REF', 'ближайшие месяцы': 'FUTURE_REF', 'ближайшие годы': 'FUTURE_REF', 'ближайшие недели': 'FUTURE_REF', 'скором времени': 'FUTURE_REF',
  'ближайшие одну-две недели': 'FUTURE_REF', 'ближайшие две-три недели': 'FUTURE_REF', 'короткие сроки': 'FUTURE_REF', 'кратчайшие сроки': 'FUTURE_REF',
  вскоре: 'FUTURE_REF', скоро: 'FUTURE_REF', 'в будущем': 'FUTURE_REF', недавно: 'PAST_REF', 'последнее время': 'PAST_REF',
  'на днях': 'PAST_REF', ранее: 'PAST_REF', 'в прошлом': 'PAST_REF', сейчас: 'PRESENT_REF', 'настоящее время': 'PRESENT_REF',
  'данный момент': 'PRESENT_REF', 'на данный момент': 'PRESENT_REF', ныне: 'PRESENT_REF', 'на сегодняшний день': 'PRESENT_REF',
  'настоящий момент': 'PRESENT_REF', 'очень скоро': 'FUTURE_REF', 'совсем скоро': 'FUTURE_REF', 'недалеком будущем': 'FUTURE_REF',
  'ближайшем будущем': 'FUTURE_REF', 'не слишком отдаленном будущем': 'FUTURE_REF', 'обозримом будущем': 'FUTURE_REF', 'последние дни': 'PAST_REF',
};
/** Counted from the time the sentence already speaks of. */
const RELATIVE: Record<string, { unit: 'day' | 'week' | 'month' | 'year'; offset: number }> = {
  накануне: { unit: 'day', offset: -1 }, 'на следующий день': { unit: 'day', offset: 1 }, 'на другой день': { unit: 'day', offset: 1 },
  'в тот же день': { unit: 'day', offset: 0 }, 'в тот день': { unit: 'day', offset: 0 }, 'днем ранее': { unit: 'day', offset: -1 },
  'днём ранее': { unit: 'day', offset: -1 }, 'днем позже': { unit: 'day', offset: 1 }, 'днём позже': { unit: 'day', offset: 1 },
  'на следующей день': { unit: 'day', offset: 1 }, 'неделей ранее': { unit: 'week', offset: -1 }, 'неделей позже': { unit: 'week', offset: 1 },
  'на следующей неделе после': { unit: 'week', offset: 1 }, 'в тот же вечер': { unit: 'day', offset: 0 },
  'того же дня': { unit: 'day', offset: 0 }, 'следующего дня': { unit: 'day', offset: 1 }, 'предыдущего дня': { unit: 'day', offset: -1 },
};
const SETS: Record<string, { n: number; unit: Unit }> = {
  'каждый день': { n: 1, unit: 'day' }, 'каждую неделю': { n: 1, unit: 'week' }, 'каждый месяц': { n: 1, unit: 'month' }, 'каждый год': { n: 1, unit: 'year' },
};

const SET_STEMS: Record<string, Unit> = { ежедневн: 'day', еженедельн: 'week', ежемесячн: 'month', ежегодн: 'year' };
/** Decades, for lengths (последние десятилетия: PXDE). */
const DECADE_FORMS = new Set(['десятилетие', 'десятилетия', 'десятилетий', 'десятилетиями', 'десятилетиям']);
const DECADE = alt(DECADE_FORMS);
/** The combining forms of numbers in compound adjectives (двух|дневный, пяти|месячного, полутора|часовой). */
const COMBINING: Record<string, number> = {
  одно: 1, двух: 2, трех: 3, трёх: 3, четырех: 4, четырёх: 4, пяти: 5, шести: 6, семи: 7, восьми: 8, девяти: 9, десяти: 10,
  одиннадцати: 11, двенадцати: 12, пятнадцати: 15, двадцати: 20, тридцати: 30, сорока: 40, пятидесяти: 50, ста: 100, полутора: 1.5,
};
const ADJECTIVE_UNITS: Record<string, Unit> = { минутн: 'minute', часов: 'hour', дневн: 'day', суточн: 'day', недельн: 'week', месячн: 'month', летн: 'year', годичн: 'year' };
const WD = alt(Object.keys(WEEKDAY_FORMS));
const WDP = alt(Object.keys(WEEKDAY_PLURAL));
const MG = alt(Object.keys(MONTH_GEN));
const ML = alt(Object.keys(MONTH_LOC));
const MN = alt(Object.keys(MONTH_NOM));
const REL = alt(Object.keys(REL_DAYS));
const PART = alt(['утром', 'днем', 'днём', 'вечером', 'ночью']);
const PMOD = alt(Object.keys(PART_MODS));
const ZONE = alt(Object.keys(ZONE_WORDS));
const NUM = `(?:\\d+(?:[.,]5)?|${alt([...Object.keys(NUMBERS), ...VAGUE_COUNTS])})`;
const UNIT = alt(Object.keys(UNIT_FORMS));
const APX = alt(APPROX);
const YEAR_REF = '(?<yref>текущего|этого|нынешнего|прошлого|минувшего|следующего|будущего|предстоящего)\\s+года';

/** A clock time: 23:30, 23.30 (with a zone or "часов"), 18 часов [30 минут], with its zone. */
const CLOCK = `(?:(?<h>[0-2]?\\d)[:.](?<mi>[0-5]\\d)|(?<hh>[0-2]?\\d)\\s+час(?:а|ов)?(?:\\s+(?<mm>[0-5]?\\d)\\s+минут\\p{L}*)?)(?:\\s*\\(?(?<zone>${ZONE})\\)?)?`;
/** A day: a relative word, a weekday (with its reference word), a date, or a weekday and a date. */
/** A date; `n` tells its groups apart where a pattern holds it twice (a weekday's date, or a date alone). */
const dateOf = (n: string) =>
  `(?<day${n}>[0-3]?\\d)(?:-?(?:го|е))?${SP}(?<mon${n}>${MG})(?:${SP}(?<year${n}>\\d{4})(?:${SP}(?:года|год|г\\.?))?|${SP}${YEAR_REF.replace('?<yref>', `?<yref${n}>`)})?`;
const NUMERIC = `(?<nd>[0-3]?\\d)\\.(?<nm>[01]?\\d)\\.(?<ny>\\d{4}|\\d{2})(?:${SP}(?:года|г\\.?))?`;
const HEAD = `(?:(?<rel>${REL})(?:\\s*,\\s*(?:${dateOf('3')}))?|(?:(?<wref>${REF_WORD})${SP})?(?<wd>${WD})(?:\\s*,\\s*(?:${dateOf('1')}))?|${dateOf('2')}|${NUMERIC})`;
const DAY =
  `(?:(?<night>в${SP}ночь${SP}(?:на|с))${SP}|(?:(?<pm1>${PMOD})${SP})?(?<p1>${PART})${SP}(?:(?:в|во)${SP})?)?` +
  HEAD +
  `(?:${SP}(?:(?<pm2>${PMOD})${SP})?(?<p2>${PART}))?` +
  // A clock time joined to its day by в (30 декабря в 23:30); after a comma or "около" it is an expression of its own.
  `(?:${SP}в${SP}${CLOCK})?`;

interface Rule {
  name: string;
  re: RegExp;
  build(g: Record<string, string | undefined>, whole: string): TimexParse | null;
}

const n = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const lower = (s: string | undefined) => s?.toLowerCase().replace(/\s+/g, ' ');

function clockOf(g: Record<string, string | undefined>): DayParse['clock'] | undefined {
  const h = n(g.h ?? g.hh);
  if (h === undefined || h > 24) return undefined;
  const m = n(g.mi ?? g.mm) ?? 0;
  const zone = g.zone !== undefined ? ZONE_WORDS[lower(g.zone)!] : undefined;
  // "по местному времени": the place's own time, which the text's zone already is.
  return { h, m, ...(zone ? { zone } : {}) };
}

function yearOf(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const y = Number(s);
  return s.length === 2 ? 2000 + y : y;
}

const RULES: Rule[] = [
  {
    // вечером в четверг, в четверг, 30 декабря, сегодня вечером, 30 декабря в 23:30 по московскому времени,
    // в ночь на пятницу, поздно вечером в среду, 30.12.2021
    name: 'ru-day',
    re: new RegExp(`${B}${DAY}${E}`, 'giu'),
    build(g) {
      const p: DayParse = { kind: 'day' };
      if (g.rel) p.rel = REL_DAYS[lower(g.rel)!];
      if (g.wd) {
        p.weekday = WEEKDAY_FORMS[lower(g.wd)!];
        const ref = refOf(g.wref);
        if (ref) p.weekdayRef = ref;
      }
      const day = g.day1 ?? g.day2 ?? g.day3;
      const mon = g.mon1 ?? g.mon2 ?? g.mon3;
      const year = g.year1 ?? g.year2 ?? g.year3;
      const ref = refOf(g.yref1 ?? g.yref2 ?? g.yref3);
      // "завтра, 18 мая": the date says which day the word means.
      if (g.day3) delete p.rel;
      if (day && mon) p.date = { day: Number(day), month: MONTH_GEN[lower(mon)!]!, ...(year ? { year: Number(year) } : {}), ...(ref ? { ref } : {}) };
      if (g.nd && g.nm) {
        const month = Number(g.nm);
        if (month < 1 || month > 12) return null;
        p.date = { day: Number(g.nd), month, year: yearOf(g.ny) };
      }
      if (p.date && (p.date.day < 1 || p.date.day > 31)) return null;
      const part = g.p1 ?? g.p2;
      if (part) p.part = PARTS[lower(part)!];
      const pm = g.pm1 ?? g.pm2;
      if (pm) p.partMod = PART_MODS[lower(pm)!];
      if (g.night) {
        // в ночь на пятницу: the night that ends on Friday morning (Russian names the day the night leads into).
        p.part = 'NI';
        p.nightBefore = true;
      }
      const clock = clockOf(g);
      if (clock) p.clock = clock;
      return p;
    },
  },
  {
    // A part of the day with no day word: the day the text speaks from (вечером, поздно вечером, утром).
    name: 'ru-part',
    re: new RegExp(`${B}(?:(?<pm>${PMOD})${SP})?(?<part>${PART})${E}`, 'giu'),
    build: (g) => ({ kind: 'day', rel: 0, part: PARTS[lower(g.part)!], ...(g.pm ? { partMod: PART_MODS[lower(g.pm)!] } : {}) }),
  },
  {
    // в 23:30 по московскому времени, в 18:00 мск (the preposition stays outside)
    name: 'ru-clock',
    re: new RegExp(`(?<=${B}(?:в|около|к|до)${SP})${CLOCK}${E}`, 'giu'),
    build(g) {
      const clock = clockOf(g);
      return clock ? { kind: 'day', rel: 0, clock } : null;
    },
  },
  {
    // 00:50, 10:00 мск, около 18:00 по московскому времени: a clock time with a colon stands alone too
    name: 'ru-clock-bare',
    re: new RegExp(`${B}(?:(?<apx>около|примерно|приблизительно)${SP})?(?<h>[0-2]?\\d):(?<mi>[0-5]\\d)(?:\\s*\\(?(?<zone>${ZONE})\\)?)?${E}`, 'giu'),
    build(g) {
      const clock = clockOf(g);
      return clock ? { kind: 'day', rel: 0, clock, ...(g.apx ? { near: 'APPROX' as const } : {}) } : null;
    },
  },
  {
    // весной, этой зимой, прошлым летом
    name: 'ru-season',
    re: new RegExp(`${B}(?:(?<sref>этой|прошлой|будущей|следующей|этим|прошлым|будущим|следующим|этой|прошлой)${SP})?(?<season>весной|летом|осенью|зимой)${E}`, 'giu'),
    build(g) {
      const season = ({ весной: 'SP', летом: 'SU', осенью: 'FA', зимой: 'WI' } as const)[lower(g.season)! as 'весной']!;
      const ref = refOf(g.sref);
      return { kind: 'season', season, ...(ref ? { ref } : {}) };
    },
  },
  {
    // в новом году, в наступающем году
    name: 'ru-new-year',
    re: new RegExp(`(?<=${B}(?:в|во)${SP})(?:новом|наступающем|будущем)${SP}году${E}`, 'giu'),
    build: () => ({ kind: 'unit', unit: 'year', offset: 1 }),
  },
  {
    // по средам (a recurrence: every Wednesday)
    name: 'ru-weekly',
    re: new RegExp(`${B}по${SP}(?<wdp>${WDP})${E}`, 'giu'),
    build: (g) => ({ kind: 'set', n: 1, unit: 'week', weekday: WEEKDAY_PLURAL[lower(g.wdp)!] }),
  },
  {
    // по вторникам и четвергам: the second of a list, without its preposition
    name: 'ru-weekly-list',
    re: new RegExp(`(?<=${B}по${SP}(?:${WDP})(?:\\s*,\\s*(?:${WDP}))*(?:\\s*,\\s*|${SP}(?:и|или)${SP}))(?<wdp>${WDP})${E}`, 'giu'),
    build: (g) => ({ kind: 'set', n: 1, unit: 'week', weekday: WEEKDAY_PLURAL[lower(g.wdp)!] }),
  },
  {
    // ежедневно, еженедельный, ежемесячном, ежегодная: every day, week, month, year
    name: 'ru-set-adjective',
    re: new RegExp(`${B}(?<w>ежедневн|еженедельн|ежемесячн|ежегодн)\\p{L}*`, 'giu'),
    build: (g) => ({ kind: 'set', n: 1, unit: SET_STEMS[lower(g.w)!]! }),
  },
  {
    // последние месяцы, последние четыре года, за последние 30 лет, прошедшие десятилетия: a length back from now
    name: 'ru-duration-last',
    re: new RegExp(`${B}(?:последни[ех]|прошедши[ех]|минувши[ех]|предыдущи[ех])${SP}(?:(?<n>${NUM})${SP})?(?<unit>${UNIT}|${DECADE})${E}`, 'giu'),
    build(g) {
      const k = g.n === undefined ? null : countOf(g.n);
      if (k === undefined) return null;
      const u = lower(g.unit)!;
      return { kind: 'duration', n: k, unit: DECADE_FORMS.has(u) ? 'decade' : UNIT_FORMS[u]!, approx: false };
    },
  },
  {
    // все эти годы, долгие годы, многие месяцы, годами, десятилетиями: a length the words leave open
    name: 'ru-duration-vague',
    re: new RegExp(`${B}(?:(?:все${SP}эти|долгие|многие|долгих|многих|все${SP}последние)${SP}(?<unit>годы|лет|месяцы|месяцев|недели|недель|десятилетия|десятилетий)|(?<bare>годами|месяцами|неделями|десятилетиями))${E}`, 'giu'),
    build(g) {
      const u = lower(g.unit ?? g.bare)!;
      const unit: Unit | 'decade' = u.startsWith('десятилет') ? 'decade' : u.startsWith('год') || u === 'лет' ? 'year' : u.startsWith('месяц') ? 'month' : 'week';
      return { kind: 'duration', n: null, unit, approx: false };
    },
  },
  {
    // 24-часовой, двухдневный визит, почти пятимесячного перерыва, многочасовые переговоры: a length as an adjective
    name: 'ru-duration-adjective',
    re: new RegExp(`${B}(?:(?<apx>${APX})${SP})?(?:(?<nd>\\d+)-|(?<nw>${alt(Object.keys(COMBINING))}))(?<u>минутн|часов|дневн|суточн|недельн|месячн|летн|годичн)\\p{L}*`, 'giu'),
    build(g) {
      const k = g.nd !== undefined ? Number(g.nd) : COMBINING[lower(g.nw)!];
      if (k === undefined || k === 0) return null;
      const unit = ADJECTIVE_UNITS[lower(g.u)!]!;
      return { kind: 'duration', n: k, unit, approx: g.apx !== undefined && APPROX_MOD.has(lower(g.apx)!) };
    },
  },
  {
    // до весны, с осени, к концу лета, этой весны, прошлой осени: a season in the genitive
    name: 'ru-season-genitive',
    re: new RegExp(`(?:(?<=${B}(?:до|с|со|к|после|от|начала|конца|середины|начале|конце|середине)${SP})|${B}(?<sref>этой|прошлой|будущей|следующей|нынешней|текущей|этого|прошлого|будущего|следующего|нынешнего|текущего)${SP})(?<season>весны|лета|осени|зимы)${E}(?!${SP}\\d)`, 'giu'),
    build(g) {
      const w = lower(g.season)!;
      const season = w.startsWith('весн') ? 'SP' : w.startsWith('лет') ? 'SU' : w.startsWith('осен') ? 'FA' : 'WI';
      const ref = refOf(g.sref);
      return { kind: 'season', season, ...(ref ? { ref } : {}) };
    },
  },
  {
    // 30 июня – 1 июля, 10–12 мая 2022 года: a range of days
    name: 'ru-range',
    re: new RegExp(`${B}(?<d1>[0-3]?\\d)(?:${HS}(?<m1>${MG}))?[^\\S\\n]*[–—-][^\\S\\n]*(?<d2>[0-3]?\\d)${HS}(?<m2>${MG})(?:${HS}(?<y>\\d{4})(?:${HS}(?:года|г\\.?))?)?${E}`, 'giu'),
    build: rangeOf,
  },
  {
    // с 22 по 24 октября, с 30 июня по 1 июля 2022 года: a range of days (the preposition that opens it outside)
    name: 'ru-range-s-po',
    re: new RegExp(`(?<=${B}с${HS})(?<d1>[0-3]?\\d)(?:${HS}(?<m1>${MG}))?${HS}по${HS}(?<d2>[0-3]?\\d)${HS}(?<m2>${MG})(?:${HS}(?<y>\\d{4})(?:${HS}(?:года|г\\.?))?)?${E}`, 'giu'),
    build: rangeOf,
  },
  {
    // прошлой ночью, минувшей ночью: the night before the day the text speaks from
    name: 'ru-last-night',
    re: new RegExp(`${B}(?:прошлой|минувшей|прошедшей)${SP}ночью${E}`, 'giu'),
    build: () => ({ kind: 'day', rel: -1, part: 'NI' }),
  },
  {
    // с 00:00 мск 20 июля: a clock time before its day
    name: 'ru-clock-date',
    re: new RegExp(`${B}(?<h>[0-2]?\\d):(?<mi>[0-5]\\d)(?:[^\\S\\n]*\\(?(?<zone>${ZONE})\\)?)?${HS}(?<day>[0-3]?\\d)${HS}(?<mon>${MG})(?:${HS}(?<year>\\d{4})(?:${HS}(?:года|г\\.?))?)?${E}`, 'giu'),
    build(g) {
      const clock = clockOf(g);
      const day = Number(g.day);
      if (!clock || day < 1 || day > 31) return null;
      return { kind: 'day', date: { day, month: MONTH_GEN[lower(g.mon)!]!, ...(g.year ? { year: Number(g.year) } : {}) }, clock };
    },
  },
  {
    // на следующей неделе, на прошлой неделе, в следующем месяце, в этом году, в прошлом году
    name: 'ru-period',
    re: new RegExp(`${B}(?:на${SP}(?<wref>${REF_WORD})${SP}неделе|(?<=(?:в|во)${SP})(?<mref>${REF_WORD})${SP}(?<unit>месяце|году))${E}`, 'giu'),
    build(g) {
      if (g.wref) return { kind: 'unit', unit: 'week', offset: offsetOf(g.wref) };
      return { kind: 'unit', unit: lower(g.unit) === 'месяце' ? 'month' : 'year', offset: offsetOf(g.mref) };
    },
  },
  {
    // в конце года, до конца текущего года, в начале января, в середине декабря 2021 года, в конце прошлого года
    name: 'ru-period-mod',
    re: new RegExp(
      `${B}(?<pmod>конц[аеу]|начал[аеу]|середин[аеуы]|первой${SP}половин[еы]|второй${SP}половин[еы])${SP}(?:(?<mon>${MG})(?:${SP}(?<year>\\d{4})${SP}года|${SP}${YEAR_REF})?|(?<yref2>(?:текущего|этого|нынешнего|прошлого|минувшего|следующего|будущего|предстоящего|текущей|этой|прошлой|минувшей|следующей|будущей|предстоящей)${SP})?(?<unit>года|месяца|недели)|(?<y2>\\d{4})${SP}года)${E}`,
      'giu',
    ),
    build(g) {
      const w = lower(g.pmod)!;
      const mod: PeriodMod = w.startsWith('конц') || w.startsWith('второй') ? 'END' : w.startsWith('начал') || w.startsWith('первой') ? 'START' : 'MID';
      if (g.mon) return { kind: 'month', month: MONTH_GEN[lower(g.mon)!]!, ...(g.year ? { year: Number(g.year) } : g.yref ? { ref: refOf(g.yref) } : {}), mod };
      if (g.y2) return { kind: 'year', year: Number(g.y2), mod };
      const unit = lower(g.unit) === 'месяца' ? 'month' : lower(g.unit) === 'недели' ? 'week' : 'year';
      return { kind: 'unit', unit, offset: offsetOf(g.yref2?.trim()), mod };
    },
  },
  {
    // в декабре, в декабре прошлого года, в январе 2022 года, декабрь
    name: 'ru-month',
    re: new RegExp(`${B}(?:(?<mloc>${ML})|(?<mnom>${MN}))(?:${SP}(?<year>\\d{4})(?:${SP}(?:года|г\\.?)|-го)|${SP}${YEAR_REF})?${E}`, 'giu'),
    build(g) {
      const month = g.mloc ? MONTH_LOC[lower(g.mloc)!]! : MONTH_NOM[lower(g.mnom)!]!;
      // "май" is also a word of its own only as the month; the nominative is taken only with a year or in a list.
      return { kind: 'month', month, ...(g.year ? { year: Number(g.year) } : g.yref ? { ref: refOf(g.yref) } : {}) };
    },
  },
  {
    // с марта 2022 года, до февраля 2023 г.: a month in the genitive with its year (not the month of a date)
    name: 'ru-month-gen-year',
    re: new RegExp(`(?<![\\p{N}]\\s)${B}(?<mgen>${MG})${SP}(?<year>\\d{4})${SP}(?:года|г\\.?)`, 'giu'),
    build: (g) => ({ kind: 'month', month: MONTH_GEN[lower(g.mgen)!]!, year: Number(g.year) }),
  },
  {
    // весны 2022 года, осенью 2021 года
    name: 'ru-season-year',
    re: new RegExp(`${B}(?<season>весн[аыеойу]|лет[аоеу]|осен[иь]|осенью|зим[аыеойу]|весной|летом|зимой)${SP}(?<year>\\d{4})${SP}(?:года|году|г\\.?)`, 'giu'),
    build(g) {
      const w = lower(g.season)!;
      const season = w.startsWith('весн') ? 'SP' : w.startsWith('лет') ? 'SU' : w.startsWith('осен') ? 'FA' : 'WI';
      return { kind: 'season', season, year: Number(g.year) };
    },
  },
  {
    // вечером того же дня, утром следующего дня: that day, or the next, at that part of it
    name: 'ru-relative-part-of',
    re: new RegExp(`${B}(?:(?<pm>${PMOD})${SP})?(?<p>утром|днем|днём|вечером|ночью)${SP}(?<w>того${SP}же|следующего|предыдущего)${SP}дня${E}`, 'giu'),
    build: (g) => ({ kind: 'relative', unit: 'day', offset: /^след/iu.test(g.w!) ? 1 : /^пред/iu.test(g.w!) ? -1 : 0, part: PARTS[lower(g.p)!]!, ...(g.pm ? { partMod: PART_MODS[lower(g.pm)!] } : {}) }),
  },
  {
    // накануне вечером, накануне утром: the day before, at that part of it
    name: 'ru-relative-part',
    re: new RegExp(`${B}(?<w>накануне)${SP}(?<p>утром|днем|днём|вечером|ночью)${E}`, 'giu'),
    build: (g) => ({ kind: 'relative', unit: 'day', offset: -1, part: PARTS[lower(g.p)!]! }),
  },
  {
    // в 2022 году, 2021 год, с 2014 года
    name: 'ru-year',
    re: new RegExp(`${B}(?<year>(?:19|20)\\d{2})${SP}(?:году|года|год|г\\.)`, 'giu'),
    build: (g) => ({ kind: 'year', year: Number(g.year) }),
  },
  {
    // три дня назад, неделю назад, через два дня, через неделю
    name: 'ru-offset',
    re: new RegExp(`${B}(?:(?<through>через)${SP}(?:(?<n1>${NUM})${SP})?(?<u1>${UNIT})|(?:(?<n2>${NUM})${SP})?(?<u2>${UNIT})${SP}назад)${E}`, 'giu'),
    build(g) {
      const count = g.n1 ?? g.n2;
      const k = count === undefined ? 1 : countOf(count);
      const unit = UNIT_FORMS[lower(g.u1 ?? g.u2)!]!;
      if (k === undefined) return null;
      return { kind: 'offset', n: k ?? 3, unit, sign: g.through ? 1 : -1, approx: k === null };
    },
  },
  {
    // около 50 минут, почти восемь часов, двух часов, несколько дней, полтора часа
    name: 'ru-duration',
    re: new RegExp(`${B}(?:(?<apx>${APX})${SP})?(?<n>${NUM})(?<half>${SP}с${SP}половиной)?${SP}(?<unit>${UNIT})${E}`, 'giu'),
    build(g) {
      const k = countOf(g.n!);
      if (k === undefined) return null;
      const unit = UNIT_FORMS[lower(g.unit)!]!;
      // три с половиной часа: and a half
      return { kind: 'duration', n: k === null ? null : g.half ? k + 0.5 : k, unit, approx: g.apx !== undefined && APPROX_MOD.has(lower(g.apx)!) };
    },
  },
  {
    // в течение часа, в течение суток, более часа: one of the unit
    name: 'ru-duration-one',
    re: new RegExp(`(?:(?<=${B}(?:в${SP}течение|более|менее|свыше)${SP})|${B}(?<apx>около|почти|примерно)${SP})(?<unit>часа|суток|дня|недели|месяца|года|минуты)${E}`, 'giu'),
    build: (g) => ({ kind: 'duration', n: 1, unit: UNIT_FORMS[lower(g.unit)!]!, approx: g.apx !== undefined }),
  },
  {
    name: 'ru-vague',
    // Not "в прошлом" of "в прошлом месяце", nor "в будущем" of "в будущем году": those are the unit's.
    re: new RegExp(`${B}(?<w>${alt(Object.keys(VAGUE))})${E}(?!\\s+(?:месяце|году|неделе|веке|десятилетии))`, 'giu'),
    build: (g) => ({ kind: 'vague', ref: VAGUE[lower(g.w)!]! }),
  },
  {
    name: 'ru-relative',
    re: new RegExp(`${B}(?<w>${alt(Object.keys(RELATIVE))})${E}`, 'giu'),
    build: (g) => ({ kind: 'relative', ...RELATIVE[lower(g.w)!]! }),
  },
  {
    name: 'ru-set',
    re: new RegExp(`${B}(?<w>${alt(Object.keys(SETS))})${E}`, 'giu'),
    build: (g) => ({ kind: 'set', ...SETS[lower(g.w)!]! }),
  },
];

/** A range of days from its groups (d1, m1 when the months differ, d2, m2, y): the year, where given, is the
 *  last day's, and the first day's too unless the range crosses into the next year. */
function rangeOf(g: Record<string, string | undefined>): TimexParse | null {
  const m2 = MONTH_GEN[lower(g.m2)!]!;
  const m1 = g.m1 ? MONTH_GEN[lower(g.m1)!]! : m2;
  const year = g.y ? Number(g.y) : undefined;
  const d1 = Number(g.d1);
  const d2 = Number(g.d2);
  if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31 || (m1 === m2 && d2 <= d1)) return null;
  return { kind: 'range', from: { day: d1, month: m1, ...(year && m1 <= m2 ? { year } : {}) }, to: { day: d2, month: m2, ...(year ? { year } : {}) } };
}

/** A count as printed: digits (50, 1,5), a word in its case (двух), or null for несколько (the count unknown). */
function countOf(w: string): number | null | undefined {
  const s = lower(w)!;
  if (/^\d+(?:[.,]5)?$/.test(s)) return Number(s.replace(',', '.'));
  if (VAGUE_COUNTS.includes(s)) return null;
  return NUMBERS[s];
}

/** Where a number is no time: an age, money, people (в возрасте 70 лет; 5 млн долларов). */
const NOT_A_TIME_AFTER = /^\s*(?:от\s+роду|млн|млрд|тыс|человек|долларов|рублей|евро)/iu;
const AGE_BEFORE = /(?:возрасте|возраст|исполнилось|исполняется)\s*$/iu;

/** The Russian time expressions of a normalised text, sorted and disjoint: the longest wins where two overlap. */
export function tagRussian(text: string): TaggedSpan[] {
  const found: (TaggedSpan & { priority: number })[] = [];
  RULES.forEach((rule, priority) => {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) continue;
      if (NOT_A_TIME_AFTER.test(text.slice(end, end + 16)) || AGE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) continue;
      // "Сегодня" as a name (телеканал «Сегодня», газета «Завтра») is no time.
      if (text[start - 1] === '"' && text[end] === '"' && rule.name === 'ru-day' && m.groups?.rel && !m.groups.p1 && !m.groups.p2) continue;
      const parse = rule.build(m.groups ?? {}, m[0]);
      if (!parse) continue;
      // "в пятницу в 22:30 мск", "сегодня в 23:30 по московскому времени": two expressions, as TimeML marks them —
      // the day, and the clock time on that day (its value carries the day).
      const joined = parse.kind === 'day' && parse.clock ? /\s+в\s+(?=\d)/u.exec(m[0]) : null;
      if (joined && parse.kind === 'day') {
        const { clock: _clock, ...day } = parse;
        found.push({ start, end: start + joined.index, rule: rule.name, parse: day, priority });
        found.push({ start: start + joined.index + joined[0].length, end, rule: rule.name, parse: { ...day, part: undefined, partMod: undefined, nightBefore: undefined, clock: parse.clock }, priority });
        continue;
      }
      found.push({ start, end, rule: rule.name, parse, priority });
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const chosen: TaggedSpan[] = [];
  for (const f of found) {
    const last = chosen.at(-1);
    if (last && f.start < last.end) continue;
    chosen.push({ start: f.start, end: f.end, rule: f.rule, parse: f.parse });
  }
  return chosen;
}
