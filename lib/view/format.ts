// Labels for the views: actor names in the UI language, intervals in the document's zone.
import type { Actor, Interval, SaidAt } from '../model/schema';
import { LOCALE, MESSAGES, type UiLang } from './i18n';

/** An actor's name in the UI language; in Russian its Russian name when the gazetteer has one, else English. */
export const actorLabel = (a: Actor | undefined, lang: UiLang, fallback: string) => a?.names[lang][0] ?? a?.names.en[0] ?? a?.names.ar[0] ?? fallback;

// The words around an interval's open side, and the comma between a day and its time, by the locale's language.
const OPEN_SIDE: Record<string, { by: string; after: string; comma: string }> = {
  ar: { by: 'حتى', after: 'بعد', comma: '،' },
  en: { by: 'by', after: 'after', comma: ',' },
  ru: { by: 'до', after: 'после', comma: ',' },
};
const wordsOf = (locale: string) => OPEN_SIDE[locale.slice(0, 2)] ?? OPEN_SIDE.en!;

/** "29 Dec 2021, 18:00–24:00 (Europe/Moscow)"-style text for an interval, in a zone. */
export function formatInterval(i: Interval | null, zone: string, locale: string): string {
  if (!i) return '—';
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const w = wordsOf(locale);
  if (!i.start && i.end) return `${w.by} ${day.format(new Date(Date.parse(i.end) - 1))}`;
  if (i.start && !i.end) return `${w.after} ${day.format(new Date(i.start))}`;
  const s = new Date(i.start!);
  const e = new Date(Date.parse(i.end!) - 1);
  const sameDay = day.format(s) === day.format(e);
  // Whole days are checked on Latin digits: the display formatter may write ٠٠:٠٠.
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const wholeDays = clock.format(s) === '00:00' && clock.format(new Date(i.end!)) === '00:00';
  if (sameDay && wholeDays) return day.format(s);
  const comma = w.comma;
  if (sameDay) return `${day.format(s)}${comma} ${time.format(s)}–${time.format(new Date(i.end!)).replace(/^(00|٠٠):(00|٠٠)$/, (_, h: string) => (h === '00' ? '24:00' : '٢٤:٠٠'))}`;
  if (wholeDays) return `${day.format(s)} – ${day.format(e)}`;
  // Not whole days in this zone (a Moscow day seen from UTC): say where each end falls.
  return `${day.format(s)}${comma} ${time.format(s)} – ${day.format(e)}${comma} ${time.format(new Date(i.end!))}`;
}

/**
 * When a statement was said, as every view writes it: the day (or span) its interval covers in the zone shown,
 * or — when no expression dates it — "said before publication", never a day it does not have. The table, the
 * detail panel and the actor panel all use this, so they cannot disagree.
 */
export function formatSaid(saidAt: Pick<SaidAt, 'interval' | 'bound'>, published: string | null, zone: string, lang: UiLang): string {
  if (saidAt.bound) return MESSAGES[lang].beforePublication(published ?? '?');
  return formatInterval(saidAt.interval, zone, LOCALE[lang]);
}

/** The time a statement gives an event (a claim), as every view writes it; a dash when there is none. */
export function formatClaim(claim: { interval: Interval | null } | null | undefined, zone: string, lang: UiLang): string {
  return claim ? formatInterval(claim.interval, zone, LOCALE[lang]) : MESSAGES[lang].noTime;
}

/** The day an instant falls on in the zone shown, as the views write a day ("28 Dec 2021"). */
export function formatDay(ms: number, zone: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}
