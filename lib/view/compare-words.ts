// The compare view's phrases in the UI language. lib/compare writes its claims, gaps and conflicts in English and
// Arabic; a Russian UI gets them here, from the same claim fields, so no view falls back to English words.
import { type Claim, type Conflict, type Reason, claimWhen, gapWords, zoneCity } from '../compare';
import type { ActorLookup } from '../layout/sides';
import { typeName } from './event-names';
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

/** Why two reports were grouped, in the UI language: lib/compare says it in English and Arabic; Russian is
 *  written here from the reason's code and detail (actor ids, a type, a gap, a reviewer and a date). */
export function reasonWordsIn(r: Reason, lang: UiLang, lookup: ActorLookup): string {
  if (lang !== 'ru') return (lang === 'ar' && r.ar) || r.en;
  const names = (ids: string) => ids.split(',').filter(Boolean).map((id) => lookup(id)?.names.ru[0] ?? lookup(id)?.names.en[0] ?? id).join(', ');
  const by = / by (.+) at (\d{4}-\d{2}-\d{2})/.exec(r.detail);
  const gap = /^gap (\d+) ms$/.exec(r.detail);
  const quoted = /“(.*)”/.exec(r.en);
  switch (r.code) {
    case 'same-type': return `События одного типа: ${typeName(r.detail, { en: r.en.replace(/^Same kind of event: /, ''), ar: '' }, lang)}`;
    case 'shared-participants': return `Общие участники: ${names(r.detail)}`;
    case 'one-side-each': return `Каждое называет одну сторону (${names(r.detail)}); их время совместимо`;
    case 'no-participants': return 'Одно из событий не называет участников; его время совместимо';
    case 'times-overlap': return 'Их время пересекается';
    case 'times-unknown': return 'Одно из них не указывает время';
    case 'times-conflict':
      return gap ? `Их сроки не сходятся (${Number(gap[1]) < 60_000 ? 'одно кончается там, где начинается другое' : `разница в ${gapWordsIn(Number(gap[1]), lang)}`}), но участники те же` : r.en;
    case 'merged': return by ? `Объединено редактором: ${by[1]} (${by[2]})` : r.en;
    case 'split': return by ? `Разделено редактором: ${by[1]} (${by[2]})` : r.en;
    case 'cross-reference': return quoted ? `Отсылает к уже известному событию: «${quoted[1]}»` : r.en;
    default: return r.en;
  }
}
