// An actor named in the text: by a gazetteer name or metonym, by a role title (resolved by date to who held
// it), by title and name, or a person the gazetteer does not know. Every language's finder gives these.

export interface RoleRef {
  title: string;
  of: string;
}

export interface ActorMention {
  start: number;
  end: number;
  /** null while a role title waits for the publication date to say who held it. */
  actorId: string | null;
  how: 'name' | 'metonym' | 'title' | 'title+name' | 'new';
  role?: RoleRef;
  /** For a person the gazetteer does not know: the name as written (normalised). */
  newName?: { start: number; end: number };
}
