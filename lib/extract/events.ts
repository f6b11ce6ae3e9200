// The event types statements speak of (shared by every language: each language's lexicon holds its triggers).
import type { WordSpan } from '../text/phrases';
import eventTypes from './event-types.json';

export interface EventType {
  type: string;
  cameo?: string;
  label: { en: string; ar: string };
}

const TYPES = new Map<string, EventType>(eventTypes.types.map((t) => [t.type, t]));

/** An event type by name; a lexicon naming an unknown type is a bug, said at load. */
export function eventType(name: string, where: string): EventType {
  const t = TYPES.get(name);
  if (!t) throw new Error(`${where}: unknown event type ${name}`);
  return t;
}

/** A statement whose words name no event speaks of a denial or a statement of its own. */
export const FALLBACK_EVENTS: Record<'deny' | 'default', EventType> = eventTypes.fallback;

/** What differs between languages when statements are merged and their events found. */
export interface EventLexicon {
  /** The first event trigger among the words of a span, with its type. */
  trigger(text: string, words: WordSpan[], span: { start: number; end: number }): { type: EventType; trigger: { start: number; end: number } } | null;
  /** Words that say nothing of what a statement is about, left out when two statements' words are compared. */
  stop: Set<string>;
}
