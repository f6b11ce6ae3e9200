// An actor named in the text: by a gazetteer name or metonym, by a role title (resolved by date to who held
// it), by title and name, by words that describe one the gazetteer does not know (a person a title
// introduces, a body, a group, an unnamed source), or again by a surname. Every language's finder gives these.
import type { ActorKind } from '../model/schema';

export interface RoleRef {
  title: string;
  of: string;
}

/** An actor the gazetteer does not know, made for this document from its words. */
export interface FreshActor {
  kind: ActorKind;
  /** Where the text writes its name (a person's name, or the words that describe a body or a source). */
  name: { start: number; end: number };
  /** The same key names the same actor across the document (its name, normalised). */
  key: string;
  /** The name as a name, where the words glue a preposition to it (للخارجية المصرية → الخارجية المصرية). */
  label?: string;
  /** An English label where the words allow one; else the name is transliterated. */
  en?: string;
  /** A source the text does not name (مصدر دبلوماسي، a senior US official): described, not named. */
  unnamed?: boolean;
  /** The state or body it belongs to, where the words say. */
  of?: string;
}

export interface ActorMention {
  start: number;
  end: number;
  /** null while a role title waits for the publication date to say who held it. */
  actorId: string | null;
  how: 'name' | 'metonym' | 'title' | 'title+name' | 'new' | 'alias' | 'description';
  role?: RoleRef;
  /** For an actor the gazetteer does not know ('new', 'description'), or a title no office-holder fits. */
  fresh?: FreshActor;
  /** For a surname standing alone: the key of the fresh actor it names again. */
  aliasOf?: string;
  /** A head noun alone (البيان، اللجنة، الوزارة): the last actor named with that head, if any. */
  anaphor?: string;
  /** The words mark the feminine (المتحدثة، الخارجية الروسية): a continuation in the feminine fits it. */
  feminine?: boolean;
}
