// Sentences about marks: what a tooltip shows, what a screen reader announces, how a date was resolved.
import type { Event, Extraction, TimeExpression } from '../model/schema';
import type { ActorLookup } from '../layout/sides';
import { actorLabel, formatInterval } from './format';
import { bareLabel, eventName, typeName } from './event-names';
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
