// The compare view's phrases in the UI language. lib/compare writes its claims, gaps and conflicts in English and
// Arabic; a Russian UI gets them here, from the same claim fields, so no view falls back to English words.
import { type Claim, type Conflict, claimWhen, gapWords, zoneCity } from '../compare';
import type { ActorLookup } from '../layout/sides';
import { formatInterval } from './format';
import { plural } from './plural';
import { LOCALE, type UiLang } from './ui-lang';

/** The capitals lib/compare names its zones by, in Russian; other zones by their city, as there. */
const ZONE_CITY_RU: Record<string, string> = {
  'Europe/Moscow': 'Москва',
  'America/New_York': 'Вашингтон',
  'Europe/Kyiv': 'Киев',
  'Europe/Minsk': 'Минск',
  'Europe/London': 'Лондон',
  'Europe/Paris': 'Париж',
  'Europe/Berlin': 'Берлин',
  'Asia/Shanghai': 'Пекин',
  'Europe/Istanbul': 'Анкара',
  'Asia/Qatar': 'Доха',
  UTC: 'UTC',
};

/** The city a zone is named by, in the UI language. */
export const cityOf = (zone: string, lang: UiLang): string => (lang === 'ru' ? (ZONE_CITY_RU[zone] ?? zoneCity(zone, 'en')) : zoneCity(zone, lang));

// Parts of the day as adverbs ("вечером 30 декабря"), and the TIMEX3 modifiers before them.
const PARTS_RU: Record<string, string> = { MO: 'утром', MI: 'в полдень', AF: 'днём', EV: 'вечером', NI: 'ночью' };
const dayRu = new Intl.DateTimeFormat(LOCALE.ru, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dayYearRu = new Intl.DateTimeFormat(LOCALE.ru, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** When a claim places its event, as its speaker put it: "поздно вечером 30 декабря (Москва)". */
export function claimWhenIn(c: Claim, lang: UiLang, withYear = false): string {
  if (lang !== 'ru') return claimWhen(c, lang, withYear);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI))?$/.exec(c.value);
  const city = cityOf(c.zone, lang);
  if (!c.interval) return 'время не указано';
  if (!m) return `${formatInterval(c.interval, c.zone, LOCALE.ru)} (${city})`;
  const day = (withYear ? dayYearRu : dayRu).format(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  const part = m[4] ? PARTS_RU[m[4]] : undefined;
  const how = c.mod === 'END' ? 'поздно ' : c.mod === 'START' ? 'рано ' : '';
  return `${part ? `${how}${part} ` : ''}${day} (${city})`;
}

/** A gap in the largest whole unit, in the accusative that follows «на» and «в» ("на 2 дня", "в 1 минуту"). */
export function gapWordsIn(ms: number, lang: UiLang): string {
  if (lang !== 'ru') return gapWords(ms, lang);
  if (ms >= 86_400_000) return plural('ru', Math.round(ms / 86_400_000), { one: '# день', few: '# дня', many: '# дней', other: '# дня' });
  if (ms >= 3_600_000) return plural('ru', Math.round(ms / 3_600_000), { one: '# час', few: '# часа', many: '# часов', other: '# часа' });
  return plural('ru', Math.max(1, Math.round(ms / 60_000)), { one: '# минуту', few: '# минуты', many: '# минут', other: '# минуты' });
}

/** Two claims that cannot both hold, in words, as lib/compare writes them in English and Arabic. */
export function conflictWordsIn(k: Conflict, lang: UiLang, lookup: ActorLookup): string {
  if (lang !== 'ru') return k[lang];
  const name = (id: string) => lookup(id)?.names.ru[0] ?? lookup(id)?.names.en[0] ?? id;
  const who = (c: Claim) => `${name(c.speakerId)} (${name(c.publisher)})`;
  const years = k.a.value.slice(0, 4) !== k.b.value.slice(0, 4);
  const apart = k.gapMs < 60_000 ? 'одно кончается там, где начинается другое' : `разница в ${gapWordsIn(k.gapMs, lang)}`;
  return `${who(k.a)}: ${claimWhenIn(k.a, lang, years)}, тогда как ${who(k.b)}: ${claimWhenIn(k.b, lang, years)} — ${apart}`;
}
