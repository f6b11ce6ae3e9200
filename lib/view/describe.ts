// Sentences about marks: what a tooltip shows, what a screen reader announces, how a date was resolved.
import type { Actor, Event, Extraction, TimeExpression } from '../model/schema';
import type { ActorLookup } from '../layout/sides';
import { actorLabel, formatInterval } from './format';
import { LOCALE, MESSAGES, type UiLang } from './i18n';
import { cityOf } from './compare-words';
import type { StatementRow } from './rows';

/** How a time was resolved, in words: "«الغد» relative to publication 2021-12-29". */
export function resolution(te: TimeExpression | undefined, x: Extraction, lang: UiLang, corrected?: { author: string; at: string }): string {
  const t = MESSAGES[lang];
  if (corrected) return t.correctedBy(corrected.author, corrected.at.slice(0, 10));
  const pub = x.document.published.value;
  if (!te) return pub ? t.beforePublication(pub) : t.unknownPublication;
  const latin = te.text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  const hasYear = /\d{4}/.test(latin);
  // A written day and month without a year ("17 December of this month") takes only its year from publication.
  if (!hasYear && te.type === 'DATE' && /\d/.test(latin) && !te.zone) return pub ? t.yearFrom(te.text, pub) : t.unknownPublication;
  const base = te.anchor === 'publication' ? (pub ? t.relativeTo(te.text, pub) : t.unknownPublication) : t.absolute(te.text);
  // A day in a speaker's own words is the speaker's day: say whose.
  return te.zone ? `${base}${t.comma} ${t.inSpeakerZone(cityOf(te.zone, lang))}` : base;
}

/** An event label without the speaker the engine appends for speech acts ("Denial: Maria Zakharova"). */
export const bareLabel = (en: string) => en.split(':')[0] ?? en;

/** The engine's event types (lib/extract/event-types.json, English and Arabic) in Russian. */
const EVENT_TYPE_RU: Record<string, string> = {
  'phone-call': 'Телефонный разговор',
  negotiation: 'Переговоры',
  meeting: 'Встреча',
  visit: 'Визит',
  consultation: 'Консультации',
  'draft-agreement': 'Проекты соглашений',
  'agreement-signing': 'Подписание соглашения',
  'military-buildup': 'Наращивание сил',
  invasion: 'Вторжение',
  denial: 'Опровержение',
  statement: 'Заявление',
};

/** An event type's name in the UI language, from the engine's label of it ({ en, ar }). */
export const typeName = (type: string, label: { en: string; ar: string }, lang: UiLang): string =>
  lang === 'ru' ? (EVENT_TYPE_RU[type] ?? bareLabel(label.en)) : lang === 'en' ? bareLabel(label.en) : label.ar;

/** An event's label in the UI language. In Russian its type's name, then the speaker the English label names
 *  after it, by the Russian name of the document's actor of that name ("Опровержение: Мария Захарова"); a type
 *  without a Russian name keeps its English label. */
export function eventName(e: Pick<Event, 'type' | 'label'>, lang: UiLang, actors: readonly Actor[] = []): string {
  if (lang !== 'ru') return e.label[lang];
  const ru = EVENT_TYPE_RU[e.type];
  if (!ru) return e.label.en;
  const who = e.label.en.slice(bareLabel(e.label.en).length + 1).trim();
  if (!who) return ru;
  return `${ru}: ${actors.find((a) => a.names.en.includes(who))?.names.ru[0] ?? who}`;
}

/**
 * The event's words for a sentence about a statement: its label without the speaker the engine appends
 * ("Denial: Maria Zakharova"), and nothing when the event is the speech act itself (CAMEO 01x: make a
 * statement, deny), which the stance already says.
 */
export function eventWords(e: Event | undefined, lang: UiLang): string {
  if (!e || e.cameo?.startsWith('01')) return '';
  return lang === 'ar' ? e.label.ar : lang === 'ru' ? typeName(e.type, e.label, lang) : bareLabel(e.label.en);
}

export function describeStatement(r: StatementRow, x: Extraction, lookup: ActorLookup, lang: UiLang, zone: string): string {
  const t = MESSAGES[lang];
  const s = r.statement;
  const who = actorLabel(lookup(s.speaker.actorId), lang, s.speaker.actorId);
  const what = eventWords(r.event, lang);
  const when = s.saidAt.bound ? t.beforePublication(x.document.published.value ?? '?') : formatInterval(s.saidAt.interval, zone, LOCALE[lang]);
  const about = r.claim ? ` → ${formatInterval(r.claim.interval, zone, LOCALE[lang])}` : '';
  return `${t.statementLine(who, t.stanceName[s.stance], what)}${about}. ${t.saidAt}: ${when}`;
}

export function describeClaim(r: StatementRow, x: Extraction, lookup: ActorLookup, lang: UiLang, zone: string): string {
  const t = MESSAGES[lang];
  const e = r.event!;
  const who = actorLabel(lookup(r.statement.speaker.actorId), lang, r.statement.speaker.actorId);
  const when = r.claim ? formatInterval(r.claim.interval, zone, LOCALE[lang]) : t.noTime;
  return `${eventName(e, lang, x.actors)} (${t.modalityName[e.modality]}): ${when} — ${who}`;
}
