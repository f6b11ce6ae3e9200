// Claims and conflicts in words, for the compare view and for screen readers:
// "Dmitry Peskov: late evening of 30 Dec (Moscow) vs White House: 2 Jan (Washington) — 2 days apart".
import { formatInterval } from '../view/format';
import type { Claim } from './claims';
import type { ActorLookup } from './zones';

type Lang = 'en' | 'ar';

/** Capitals named for the zones of STATE_ZONES; other zones by their city. */
const ZONE_CITY: Record<string, { en: string; ar: string }> = {
  'Europe/Moscow': { en: 'Moscow', ar: 'موسكو' },
  'America/New_York': { en: 'Washington', ar: 'واشنطن' },
  'Europe/Kyiv': { en: 'Kyiv', ar: 'كييف' },
  'Europe/Minsk': { en: 'Minsk', ar: 'مينسك' },
  'Europe/London': { en: 'London', ar: 'لندن' },
  'Europe/Paris': { en: 'Paris', ar: 'باريس' },
  'Europe/Berlin': { en: 'Berlin', ar: 'برلين' },
  'Asia/Shanghai': { en: 'Beijing', ar: 'بكين' },
  'Europe/Istanbul': { en: 'Ankara', ar: 'أنقرة' },
  'Asia/Qatar': { en: 'Doha', ar: 'الدوحة' },
  UTC: { en: 'UTC', ar: 'غرينتش' },
};
export const zoneCity = (zone: string, lang: Lang) => ZONE_CITY[zone]?.[lang] ?? zone.split('/').at(-1)!.replace(/_/g, ' ');

const MONTHS: Record<Lang, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const PARTS: Record<string, { en: string; ar: string }> = {
  MO: { en: 'morning', ar: 'صباح' },
  MI: { en: 'midday', ar: 'ظهر' },
  AF: { en: 'afternoon', ar: 'بعد ظهر' },
  EV: { en: 'evening', ar: 'مساء' },
  NI: { en: 'night', ar: 'ليلة' },
};

/** A number as the UI writes it: Arabic-Indic digits in Arabic, as the timeline and the dates do. */
const num = (n: number, lang: Lang) => (lang === 'ar' ? n.toLocaleString('ar-EG', { useGrouping: false }) : String(n));

/** When a claim places its event, as its speaker put it: "late evening of 30 Dec (Moscow)". */
export function claimWhen(c: Claim, lang: Lang, withYear = false): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI))?$/.exec(c.value);
  const city = zoneCity(c.zone, lang);
  if (!m || !c.interval) {
    if (!c.interval) return lang === 'en' ? 'no time' : 'دون وقت';
    return `${formatInterval(c.interval, c.zone, lang === 'en' ? 'en-GB' : 'ar-EG')} (${city})`;
  }
  const day = `${num(+m[3]!, lang)} ${MONTHS[lang][+m[2]! - 1]}${withYear ? ` ${num(+m[1]!, lang)}` : ''}`;
  const part = m[4] ? PARTS[m[4]]! : null;
  if (lang === 'en') {
    const how = c.mod === 'END' ? 'late ' : c.mod === 'START' ? 'early ' : '';
    return `${part ? `${how}${part.en} of ` : ''}${day} (${city})`;
  }
  const how = c.mod === 'END' ? 'في وقت متأخر من ' : c.mod === 'START' ? 'في وقت مبكر من ' : '';
  return `${part ? `${how}${part.ar} ` : ''}${day} (بتوقيت ${city})`;
}

/** A gap in the largest whole unit: "2 days", "5 hours", "40 minutes". */
export function gapWords(ms: number, lang: Lang): string {
  const [n, unit] = ms >= 86_400_000 ? [Math.round(ms / 86_400_000), 'day'] : ms >= 3_600_000 ? [Math.round(ms / 3_600_000), 'hour'] : [Math.max(1, Math.round(ms / 60_000)), 'minute'];
  if (lang === 'en') return `${n} ${unit}${n === 1 ? '' : 's'}`;
  // Genitive forms: the words follow بفارق.
  const ar = { day: ['يوم', 'يومين', 'أيام', 'يوماً'], hour: ['ساعة', 'ساعتين', 'ساعات', 'ساعة'], minute: ['دقيقة', 'دقيقتين', 'دقائق', 'دقيقة'] }[unit as 'day']!;
  return n === 1 ? ar[0]! : n === 2 ? ar[1]! : `${num(n, 'ar')} ${n <= 10 ? ar[2] : ar[3]}`;
}

const speakerName = (c: Claim, lookup: ActorLookup, lang: Lang) => {
  const a = lookup(c.speakerId);
  return a?.names[lang][0] ?? a?.names.en[0] ?? c.speakerId;
};

const publisherName = (c: Claim, lookup: ActorLookup, lang: Lang) => {
  const a = lookup(c.publisher);
  return a?.names[lang][0] ?? a?.names.en[0] ?? c.publisher;
};

/** Two claims that cannot both hold, in words, the earlier first, each with who said it and who reports it. */
export function conflictWords(a: Claim, b: Claim, gapMs: number, lookup: ActorLookup): { en: string; ar: string } {
  const years = a.value.slice(0, 4) !== b.value.slice(0, 4);
  // Touching intervals (one day, then the next) do not meet, but are no distance apart.
  const apart = gapMs < 60_000 ? { en: 'one ends where the other begins', ar: 'تنتهي إحداهما حيث تبدأ الأخرى' } : { en: `${gapWords(gapMs, 'en')} apart`, ar: `بفارق ${gapWords(gapMs, 'ar')}` };
  const who = (c: Claim, lang: Lang) => `${speakerName(c, lookup, lang)} (${publisherName(c, lookup, lang)})`;
  return {
    en: `${who(a, 'en')}: ${claimWhen(a, 'en', years)} vs ${who(b, 'en')}: ${claimWhen(b, 'en', years)} — ${apart.en}`,
    ar: `${who(a, 'ar')}: ${claimWhen(a, 'ar', years)}، مقابل ${who(b, 'ar')}: ${claimWhen(b, 'ar', years)} — ${apart.ar}`,
  };
}
