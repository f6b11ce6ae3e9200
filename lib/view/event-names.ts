// Event names in the UI language. The engine labels events in English and Arabic (lib/extract/event-types.json);
// a Russian UI names the engine's types here, and a speech act's speaker by the actor's Russian name.
import type { Actor, Event } from '../model/schema';
import type { UiLang } from './ui-lang';

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
