import type { PartOfDay, Ref, Unit } from '../../time/parse';

// Arabic calendar vocabulary, written in normalised form (أ/إ/آ → ا, ة → ه, ى → ي).
// Sources: MSA and Egyptian press (يناير…), Levant and Iraq (كانون الثاني…), Maghreb (جانفي…, and
// Morocco's يوليوز، غشت، شتنبر، نونبر، دجنبر), Umm al-Qura Hijri months.

export const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7, اغسطس: 8,
  سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9,
  'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
  جانفي: 1, فيفري: 2, افريل: 4, ماي: 5, جوان: 6, جويليه: 7, اوت: 8,
  يوليوز: 7, غشت: 8, شتنبر: 9, نونبر: 11, دجنبر: 12,
};

/** Month names that are also common words (مارس "practised", اب "father", ماي): need a day, year or شهر. */
export const AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'ماي', 'ايار']);

export const HIJRI_MONTHS: Record<string, number> = {
  محرم: 1, صفر: 2, 'ربيع الاول': 3, 'ربيع الثاني': 4, 'ربيع الاخر': 4, 'جمادي الاولي': 5, 'جمادي الاول': 5,
  'جمادي الاخره': 6, 'جمادي الثانيه': 6, 'جمادي الاخر': 6, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10,
  'ذو القعده': 11, 'ذي القعده': 11, 'ذو الحجه': 12, 'ذي الحجه': 12,
};

/** 0 = Sunday, as Date.getUTCDay. */
export const WEEKDAYS: Record<string, number> = {
  الاحد: 0, الاثنين: 1, الثلاثاء: 2, الاربعاء: 3, الخميس: 4, الجمعه: 5, السبت: 6,
};
/** The weekdays and their misspellings as printed, for reading (WEEKDAYS stays the canonical list). */
export const WEEKDAY_FORMS: Record<string, number> = { ...WEEKDAYS, ...weekdayMisspellings(WEEKDAYS) };

/** Day offsets from the anchor. أمس الأول and أول أمس are both "the day before yesterday". */
export const RELATIVE_DAYS: Record<string, number> = {
  اليوم: 0, 'اول امس': -2, 'اول من امس': -2, 'امس الاول': -2, امس: -1, الامس: -1, البارحه: -1,
  'بعد غد': 2, 'بعد الغد': 2, غدا: 1, الغد: 1, غد: 1,
};


/** Construct forms (مساء الغد) and adverbial forms (غدا مساء). مساء is evening, never night. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  صباح: 'MO', صباحا: 'MO', فجر: 'MO', فجرا: 'MO', ظهيره: 'MI', ظهر: 'MI', ليل: 'NI', ظهرا: 'MI', الظهر: 'MI', 'بعد ظهر': 'AF', 'بعد الظهر': 'AF', عصر: 'AF',
  عصرا: 'AF', مساء: 'EV', مساءا: 'EV', ليله: 'NI', ليلا: 'NI',
};


export const UNITS: Record<string, { unit: Unit; n: number }> = {
  دقيقه: { unit: 'minute', n: 1 }, دقائق: { unit: 'minute', n: 0 }, دقيقتين: { unit: 'minute', n: 2 },
  دقيقتان: { unit: 'minute', n: 2 },
  ساعه: { unit: 'hour', n: 1 }, ساعات: { unit: 'hour', n: 0 }, ساعتين: { unit: 'hour', n: 2 }, ساعتان: { unit: 'hour', n: 2 },
  يوم: { unit: 'day', n: 1 }, ايام: { unit: 'day', n: 0 }, يومين: { unit: 'day', n: 2 }, يومان: { unit: 'day', n: 2 },
  اسبوع: { unit: 'week', n: 1 }, اسابيع: { unit: 'week', n: 0 }, اسبوعين: { unit: 'week', n: 2 }, اسبوعان: { unit: 'week', n: 2 },
  شهر: { unit: 'month', n: 1 }, اشهر: { unit: 'month', n: 0 }, شهور: { unit: 'month', n: 0 }, شهرين: { unit: 'month', n: 2 },
  شهران: { unit: 'month', n: 2 },
  عام: { unit: 'year', n: 1 }, سنه: { unit: 'year', n: 1 }, اعوام: { unit: 'year', n: 0 }, سنوات: { unit: 'year', n: 0 },
  سنين: { unit: 'year', n: 0 }, عامين: { unit: 'year', n: 2 }, عامان: { unit: 'year', n: 2 }, سنتين: { unit: 'year', n: 2 },
};

export const NUMBER_WORDS: Record<string, number> = {
  ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6, سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8,
  ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10, بضعه: 3, بضع: 3, عده: 3, واحد: 1, واحده: 1, اثنين: 2, اثنان: 2,
  اثنتين: 2, اثنتان: 2,
};

/** Counts of more than one word: أحد عشر، اثني عشر، خمسة عشر، مئة وعشرين، خمسة وعشرون. */
const ONES: Record<string, number> = {
  احد: 1, احدي: 1, واحد: 1, اثني: 2, اثنا: 2, اثنتي: 2, اثنتا: 2, ثلاثه: 3, ثلاث: 3, اربعه: 4, اربع: 4, خمسه: 5, خمس: 5, سته: 6, ست: 6,
  سبعه: 7, سبع: 7, ثمانيه: 8, ثماني: 8, ثمان: 8, تسعه: 9, تسع: 9,
};
const TENS_ALL: Record<string, number> = {
  عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30, اربعين: 40, اربعون: 40, خمسين: 50, خمسون: 50, ستين: 60, ستون: 60, سبعين: 70, سبعون: 70,
  ثمانين: 80, ثمانون: 80, تسعين: 90, تسعون: 90,
};
const HUNDREDS: Record<string, number> = { مئه: 100, مائه: 100, مئتين: 200, مئتان: 200, مائتين: 200 };
const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).join('|');
/** The regex source of a count in words or digits (normalised text). */
export const NUMBER_PHRASE = `(?:(?:${alt(Object.keys(ONES))})\\s+(?:عشر|عشره)|(?:${alt(Object.keys(HUNDREDS))})(?:\\s+و\\s*(?:(?:${alt(Object.keys(ONES))})\\s+و\\s*)?(?:${alt(Object.keys(TENS_ALL))}|${alt(Object.keys(ONES))}))?|(?:${alt(Object.keys(ONES))})\\s+و\\s*(?:${alt(Object.keys(TENS_ALL))})|${alt(Object.keys(TENS_ALL))}|${alt(Object.keys(NUMBER_WORDS))})`;

/** The value of a count written in words (or digits): أحد عشر 11, مئة وعشرين 120. */
export function arabicNumber(words: string): number | undefined {
  const w = words.replace(/\s+/g, ' ').trim();
  if (/^[0-9]+$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  if (w in TENS_ALL) return TENS_ALL[w];
  const teen = /^(\S+) (?:عشر|عشره)$/.exec(w);
  if (teen && ONES[teen[1]!] !== undefined) return ONES[teen[1]!]! + 10;
  let total = 0;
  for (const part of w.split(/\s*و\s*|\s+/).filter(Boolean)) {
    const v = HUNDREDS[part] ?? TENS_ALL[part] ?? ONES[part];
    if (v === undefined) return undefined;
    total += v;
  }
  return total || undefined;
}
/** Quantities that are not exact: the result carries mod APPROX. */
export const VAGUE_NUMBERS = new Set(['بضعه', 'بضع', 'عده']);

/** West-of-Greenwich cities use their zone; غرينتش and ت.غ are UTC. */
export const ZONES: Record<string, string> = {
  موسكو: 'Europe/Moscow', واشنطن: 'America/New_York', نيويورك: 'America/New_York', كييف: 'Europe/Kyiv',
  كيیف: 'Europe/Kyiv', مينسك: 'Europe/Minsk', لندن: 'Europe/London', باريس: 'Europe/Paris', برلين: 'Europe/Berlin',
  بكين: 'Asia/Shanghai', انقره: 'Europe/Istanbul', اسطنبول: 'Europe/Istanbul', القاهره: 'Africa/Cairo',
  الرياض: 'Asia/Riyadh', 'مكه المكرمه': 'Asia/Riyadh', بيروت: 'Asia/Beirut', دمشق: 'Asia/Damascus',
  بغداد: 'Asia/Baghdad', عمان: 'Asia/Amman', الدوحه: 'Asia/Qatar', ابوظبي: 'Asia/Dubai', 'ابو ظبي': 'Asia/Dubai',
  طهران: 'Asia/Tehran', القدس: 'Asia/Jerusalem', غرينتش: 'UTC', جرينتش: 'UTC', غرينيتش: 'UTC', جرينيتش: 'UTC',
};

export const REFS: Record<string, Ref> = {
  الجاري: 'this', الجاريه: 'this', الحالي: 'this', الحاليه: 'this',
  الماضي: 'last', الماضيه: 'last', المنصرم: 'last', المنصرمه: 'last', الفائت: 'last', الفائته: 'last',
  المقبل: 'next', المقبله: 'next', القادم: 'next', القادمه: 'next',
};

export const PERIOD_MODS: Record<string, 'START' | 'MID' | 'END'> = {
  مطلع: 'START', بدايه: 'START', اوائل: 'START', مستهل: 'START', منتصف: 'MID', اواسط: 'MID', نهايه: 'END',
  اواخر: 'END', اخر: 'END', ختام: 'END', انتهاء: 'END',
};

export const VAGUE: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  مؤخرا: 'PAST_REF', 'في الاونه الاخيره': 'PAST_REF', 'في وقت سابق': 'PAST_REF', سابقا: 'PAST_REF',
  حاليا: 'PRESENT_REF', 'في الوقت الحالي': 'PRESENT_REF', 'في الوقت الراهن': 'PRESENT_REF', الان: 'PRESENT_REF',
  قريبا: 'FUTURE_REF', 'في وقت لاحق': 'FUTURE_REF', لاحقا: 'FUTURE_REF', 'في المستقبل القريب': 'FUTURE_REF',
  'في هذا الوقت': 'PRESENT_REF', 'في هذه الاثناء': 'PRESENT_REF', 'حتي الان': 'PRESENT_REF', 'في الوقت نفسه': 'PRESENT_REF',
  'الايام المقبله': 'FUTURE_REF', 'الايام القادمه': 'FUTURE_REF', 'الاسابيع المقبله': 'FUTURE_REF', 'الاسابيع القادمه': 'FUTURE_REF',
  'الاشهر المقبله': 'FUTURE_REF', 'الشهور المقبله': 'FUTURE_REF', 'الفتره المقبله': 'FUTURE_REF', 'المرحله المقبله': 'FUTURE_REF',
  'الفتره الماضيه': 'PAST_REF', 'الفتره الاخيره': 'PAST_REF',
};

// Words that mark the future around a bare weekday or a yearless month (news-style tense cues).
export const FUTURE_CUES = [
  'سوف', 'من المقرر', 'المقرر', 'يعتزم', 'تعتزم', 'بدءا من', 'اعتبارا من', 'ابتداء من', 'يرتقب', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه',
  // An imperfect of what is scheduled, beside a weekday, is ahead in news (يبدأ فجر الجمعة، تستأنف المحادثات الاثنين).
  'يبدا', 'تبدا', 'يعقد', 'تعقد', 'يصل', 'تصل', 'يلتقي', 'تلتقي', 'يزور', 'تزور', 'يستانف', 'تستانف', 'ينطلق', 'تنطلق', 'يتوجه', 'تتوجه',
  'يستقبل', 'تستقبل', 'يسري', 'تسري', 'يدخل', 'تدخل', 'تنعقد', 'ينعقد', 'يختتم', 'تختتم', 'يحل', 'تحل', 'يغادر', 'تغادر',
];
// سـ + imperfect verb is the future (سيجري، ستعقد); these سي/ست words are nouns.
export const NOT_FUTURE_VERBS = new Set([
  'سياسه', 'سياسي', 'سياسيه', 'سياسات', 'سياسيين', 'سيطره', 'سياره', 'سيارات', 'ستار', 'ستاره', 'سنه', 'سنوات',
  'سنين', 'ستين', 'ستون', 'سيناء', 'سيول', 'سيناريو', 'سيد', 'سيده', 'سياده', 'سيادي', 'سيدات', 'سنتين',
  'ستوكهولم', 'سيدني', 'سيبيريا', 'سيريلانكا', 'سيئول', 'سيول', 'ستراتيجي', 'ستالين', 'سيرغي', 'سيرجي',
  'سيمفروبول', 'سينما', 'سيف', 'سيارتين', 'ستيفن', 'ستولتنبرغ', 'سنودن', 'سيباستوبول', 'سيفاستوبول',
  // سا- words that are not سأ + verb: nouns, and past verbs of the form فاعل and their inflections.
  'ساعات', 'ساعتين', 'ساعتان', 'سابقا', 'سابقه', 'سابقين', 'ساحات', 'ساحه', 'ساحل', 'ساحلي', 'ساحليه', 'سافرت', 'سافروا',
  'ساهمت', 'ساهموا', 'ساعدت', 'ساعدوا', 'سارعت', 'سارعوا', 'ساندت', 'سادت', 'سامحت', 'ساءلت', 'سالمه', 'ساميه',
  'سانتياغو', 'ساركوزي', 'سامسونغ', 'ساندرز', 'ساخاروف', 'ساكاشفيلي', 'سارايفو', 'ساراييفو', 'سانت', 'سامر', 'سامح',
]);

/** Hours written as ordinal words after الساعة (الساعة الرابعة عصراً). */
export const HOUR_WORDS: Record<string, number> = {
  الواحده: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9,
  العاشره: 10, 'الحاديه عشره': 11, 'الثانيه عشره': 12,
};
/** Fractions of an hour after it: والنصف 30 minutes past, إلا ربعاً a quarter to. */
export const MINUTE_WORDS: Record<string, number> = {
  'و5 دقائق': 5, 'و10 دقائق': 10, 'وخمس دقائق': 5, 'وعشر دقائق': 10, 'وسبع دقائق': 7, 'وثلاث دقائق': 3, 'واربع دقائق': 4, 'وست دقائق': 6,
  'وثماني دقائق': 8, 'وتسع دقائق': 9, 'ودقيقتين': 2, 'ودقيقه': 1, 'وعشرين دقيقه': 20, 'وخمس وعشرين دقيقه': 25, 'وخمسه وعشرين دقيقه': 25,
  والنصف: 30, 'و نصف': 30, والربع: 15, والثلث: 20, 'الا ربعا': -15, 'الا ربع': -15, 'الا الربع': -15, 'الا ثلثا': -20, 'الا ثلث': -20,
};
/** Words after a clock time that say which half of the day it is in. */
export const CLOCK_PARTS: Record<string, 'am' | 'pm' | 'noon' | 'night'> = {
  صباحا: 'am', فجرا: 'am', 'من صباح اليوم': 'am', ظهرا: 'noon', عصرا: 'pm', 'بعد الظهر': 'pm', 'بعد الظهيره': 'pm',
  'بعد ظهر اليوم': 'pm', 'من بعد ظهر اليوم': 'pm', مساء: 'pm', مساءا: 'pm', 'من مساء اليوم': 'pm', ليلا: 'night',
  // ...من فجر/صباح/مساء (the day follows and joins): الثانية من فجر الجمعة.
  'من فجر': 'am', 'من صباح': 'am', 'من ظهر': 'noon', 'من عصر': 'pm', 'من مساء': 'pm', 'من ليل': 'night', 'من ليله': 'night', 'فجر': 'am',
};

/** Ordinal days of the month, masculine as يوم is (الخامس من مارس). */
export const ORDINAL_DAYS: Record<string, number> = (() => {
  const units = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const out: Record<string, number> = {};
  units.forEach((u, i) => (out[u] = i + 1));
  out['العاشر'] = 10;
  out['الحادي عشر'] = 11;
  units.slice(1).forEach((u, i) => (out[`${u} عشر`] = i + 12));
  out['العشرين'] = 20;
  out['الحادي والعشرين'] = 21;
  units.slice(1).forEach((u, i) => (out[`${u} والعشرين`] = i + 22));
  out['الثلاثين'] = 30;
  out['الحادي والثلاثين'] = 31;
  return out;
})();

/** Counts written as words past ten: عشرون / عشرين … */
export const TENS_WORDS: Record<string, number> = {
  عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30, اربعين: 40, اربعون: 40, خمسين: 50, خمسون: 50, ستين: 60, ستون: 60,
  سبعين: 70, سبعون: 70, ثمانين: 80, ثمانون: 80, تسعين: 90, تسعون: 90, مئه: 100, ماءه: 100,
};

/** Words for "about" before a count: the result carries mod APPROX. */
export const APPROX_WORDS = ['نحو', 'حوالي', 'قرابه', 'زهاء', 'ما يقارب', 'ما يناهز', 'ما يزيد علي', 'اكثر من', 'اقل من', 'قرابة'];

/** Units in their accusative singular after numbers past ten (15 يوما), and decades. */
export const EXTRA_UNITS: Record<string, { unit: Unit; n: number }> = {
  يوما: { unit: 'day', n: 1 }, شهرا: { unit: 'month', n: 1 }, عاما: { unit: 'year', n: 1 }, اسبوعا: { unit: 'week', n: 1 },
  ساعه: { unit: 'hour', n: 1 }, دقيقه: { unit: 'minute', n: 1 },
};
export const DECADE_UNITS: Record<string, number> = { عقد: 1, عقدين: 2, عقدان: 2, عقود: 0 };

/** Seasons (meteorological, northern hemisphere). الربيع العربي is not a season. */
export const SEASONS: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  الربيع: 'SP', الصيف: 'SU', الخريف: 'FA', الشتاء: 'WI', ربيع: 'SP', صيف: 'SU', خريف: 'FA', شتاء: 'WI',
};

/** Feasts and the days that fall on a calendar date each year. */
export const FEASTS: Record<string, 'new-year' | 'christmas' | 'eid-al-fitr' | 'eid-al-adha' | 'arafat' | 'hijri-new-year' | 'mawlid'> = {
  'عيد الفطر': 'eid-al-fitr', 'عيد الفطر المبارك': 'eid-al-fitr', 'عيد الاضحي': 'eid-al-adha', 'عيد الاضحي المبارك': 'eid-al-adha',
  'يوم عرفه': 'arafat', 'راس السنه الميلاديه': 'new-year', 'راس السنه الجديده': 'new-year', 'راس السنه': 'new-year',
  'عيد راس السنه': 'new-year', 'راس السنه الهجريه': 'hijri-new-year', 'عيد الميلاد المجيد': 'christmas', 'عيد الميلاد': 'christmas',
  'المولد النبوي': 'mawlid', 'المولد النبوي الشريف': 'mawlid',
};

/** Decades of the twentieth century as Arabic writes them (التسعينيات، تسعينات), as TIMEX3 decades (199). */
export const DECADES: Record<string, number> = (() => {
  const out: Record<string, number> = {};
  const stems: [string, number][] = [['عشرين', 192], ['ثلاثين', 193], ['اربعين', 194], ['خمسين', 195], ['ستين', 196], ['سبعين', 197], ['ثمانين', 198], ['تسعين', 199]];
  for (const [stem, d] of stems) {
    const base = stem.slice(0, -2); // ستين → ست
    for (const form of [`${base}ينيات`, `${base}ينات`]) {
      out[`ال${form}`] = d;
      out[form] = d;
    }
  }
  return out;
})();

/** Centuries as TIMEX3 writes them: the twentieth century is "19". القرن الماضي is read from the 2000s. */
export const CENTURIES: Record<string, number> = {
  الماضي: 19, المنصرم: 19, العشرين: 19, الحالي: 20, الجاري: 20, 'الحادي والعشرين': 20, 'التاسع عشر': 18, 'الثامن عشر': 17,
};

/** Recurrences: كل أسبوع، سنوياً (P1W, P1Y). */
export const SETS: Record<string, Unit> = {
  'كل يوم': 'day', 'كل اسبوع': 'week', 'كل شهر': 'month', 'كل عام': 'year', 'كل سنه': 'year', 'كل ساعه': 'hour',
  يوميا: 'day', اسبوعيا: 'week', شهريا: 'month', سنويا: 'year',
};

/** Misspellings of weekday names as printed: two neighbouring letters swapped (الأرعباء). */
export function weekdayMisspellings(weekdays: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, n] of Object.entries(weekdays)) {
    for (let i = 2; i + 1 < w.length; i++) {
      const v = w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
      if (v !== w && !(v in weekdays)) out[v] = n;
    }
  }
  return out;
}
