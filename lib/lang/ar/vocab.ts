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

/** Day offsets from the anchor. أمس الأول and أول أمس are both "the day before yesterday". */
export const RELATIVE_DAYS: Record<string, number> = {
  اليوم: 0, 'اول امس': -2, 'اول من امس': -2, 'امس الاول': -2, امس: -1, الامس: -1, البارحه: -1,
  'بعد غد': 2, 'بعد الغد': 2, غدا: 1, الغد: 1, غد: 1,
};


/** Construct forms (مساء الغد) and adverbial forms (غدا مساء). مساء is evening, never night. */
export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  صباح: 'MO', صباحا: 'MO', ظهر: 'MI', ظهرا: 'MI', الظهر: 'MI', 'بعد ظهر': 'AF', 'بعد الظهر': 'AF', عصر: 'AF',
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
  ثمان: 8, تسعه: 9, تسع: 9, عشره: 10, عشر: 10, بضعه: 3, بضع: 3, عده: 3,
};
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
  اواخر: 'END', اخر: 'END', ختام: 'END',
};

export const VAGUE: Record<string, 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF'> = {
  مؤخرا: 'PAST_REF', 'في الاونه الاخيره': 'PAST_REF', 'في وقت سابق': 'PAST_REF', سابقا: 'PAST_REF',
  حاليا: 'PRESENT_REF', 'في الوقت الحالي': 'PRESENT_REF', 'في الوقت الراهن': 'PRESENT_REF', الان: 'PRESENT_REF',
  قريبا: 'FUTURE_REF', 'في وقت لاحق': 'FUTURE_REF', لاحقا: 'FUTURE_REF', 'في المستقبل القريب': 'FUTURE_REF',
};

// Words that mark the future around a bare weekday or a yearless month (news-style tense cues).
export const FUTURE_CUES = ['سوف', 'من المقرر', 'المقرر', 'يعتزم', 'تعتزم', 'بدءا من', 'اعتبارا من', 'ابتداء من', 'يرتقب', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه'];
// سـ + imperfect verb is the future (سيجري، ستعقد); these سي/ست words are nouns.
export const NOT_FUTURE_VERBS = new Set([
  'سياسه', 'سياسي', 'سياسيه', 'سياسات', 'سياسيين', 'سيطره', 'سياره', 'سيارات', 'ستار', 'ستاره', 'سنه', 'سنوات',
  'سنين', 'ستين', 'ستون', 'سيناء', 'سيول', 'سيناريو', 'سيد', 'سيده', 'سياده', 'سيادي', 'سيدات', 'سنتين',
  'ستوكهولم', 'سيدني', 'سيبيريا', 'سيريلانكا', 'سيئول', 'سيول', 'ستراتيجي', 'ستالين', 'سيرغي', 'سيرجي',
  'سيمفروبول', 'سينما', 'سيف', 'سيارتين', 'ستيفن', 'ستولتنبرغ', 'سنودن', 'سيباستوبول', 'سيفاستوبول',
]);
