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
  /** Written in an oblique case (Пескова, Пескову: not the nominative the gazetteer gives): no subject of a verb. */
  oblique?: boolean;
}

/** A title set off by commas before a person's name (رئيس الكتلة البرلمانية، ديفيد أراخاميا، قال…; the party's
 *  leader, David Arakhamia, said…) is one mention of that person: the name says who the title is. */
export function joinAppositions(text: string, mentions: ActorMention[], isPerson: (m: ActorMention) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1];
    // محمد بن عبدالعزيز بن صالح الخليفي: a name the gazetteer knows by its end (الخليفي), read as a new person up
    // to it, is the known person.
    if (b && a.how === 'new' && a.fresh?.kind === 'person' && b.how === 'name' && isPerson(b) && /^\s+$/.test(text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start, how: 'title+name', ...(a.role ? { role: a.role } : {}) });
      i++;
      continue;
    }
    const titleOnly = (a.how === 'title' || a.how === 'description') && !a.fresh?.unnamed && (a.role !== undefined || a.fresh?.kind === 'person');
    if (
      b &&
      titleOnly &&
      (b.how === 'name' || b.how === 'new' || b.how === 'title+name') &&
      isPerson(b) &&
      /^\s*[،,]\s*$/.test(text.slice(a.end, b.start)) &&
      /^\s*[،,]/.test(text.slice(b.end, b.end + 3))
    ) {
      out.push({ ...b, start: a.start, how: b.how === 'name' ? 'title+name' : b.how, ...(a.role && !b.role ? { role: a.role } : {}) });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
