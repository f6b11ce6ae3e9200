// A speaker's home time zone: the zone of the capital of the state it speaks for, is part of or is based in.
// An Extraction read from a file has no gazetteer beside it, so the walk goes through its own `actors`.
import type { Actor, Extraction } from '../model/schema';

export type ActorLookup = (id: string) => Actor | undefined;

/** Capitals' zones of the states the gazetteer knows; a state not listed has no home zone. */
export const STATE_ZONES: Readonly<Record<string, string>> = {
  russia: 'Europe/Moscow',
  'united-states': 'America/New_York',
  ukraine: 'Europe/Kyiv',
  belarus: 'Europe/Minsk',
  'united-kingdom': 'Europe/London',
  france: 'Europe/Paris',
  germany: 'Europe/Berlin',
  china: 'Asia/Shanghai',
  turkey: 'Europe/Istanbul',
  qatar: 'Asia/Qatar',
  iran: 'Asia/Tehran',
  'saudi-arabia': 'Asia/Riyadh',
  egypt: 'Africa/Cairo',
  jordan: 'Asia/Amman',
  syria: 'Asia/Damascus',
  lebanon: 'Asia/Beirut',
  iraq: 'Asia/Baghdad',
  uae: 'Asia/Dubai',
  sudan: 'Africa/Khartoum',
  israel: 'Asia/Jerusalem',
  palestine: 'Asia/Hebron',
  oman: 'Asia/Muscat',
  kuwait: 'Asia/Kuwait',
  bahrain: 'Asia/Bahrain',
  algeria: 'Africa/Algiers',
  morocco: 'Africa/Casablanca',
  tunisia: 'Africa/Tunis',
  libya: 'Africa/Tripoli',
  yemen: 'Asia/Aden',
  afghanistan: 'Asia/Kabul',
  poland: 'Europe/Warsaw',
  italy: 'Europe/Rome',
  japan: 'Asia/Tokyo',
  india: 'Asia/Kolkata',
  austria: 'Europe/Vienna',
  switzerland: 'Europe/Zurich',
  pakistan: 'Asia/Karachi',
};

// memberOf is not followed: Russia is a member of the UN, which has no home.
const FOLLOWED = ['speaksFor', 'partOf', 'basedIn'] as const;

/** Actors by id over several documents; a document's own actors first, the others' for what it lacks. */
export function actorsOf(xs: readonly Extraction[]): Map<string, Actor> {
  const map = new Map<string, Actor>();
  for (const x of xs) for (const a of x.actors) if (!map.has(a.id)) map.set(a.id, a);
  return map;
}

/**
 * The state an actor answers to, breadth-first through speaksFor, partOf, basedIn (in that order, so Sputnik,
 * based in Russia and part of Rossiya Segodnya, is Russian in one step). An alliance ends the walk: NATO's
 * secretary general speaks for no state. null when no state is reached.
 */
export function homeState(actorId: string, lookup: ActorLookup): string | null {
  const seen = new Set<string>([actorId]);
  let frontier = [actorId];
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      const a = lookup(id);
      if (!a) continue;
      if (a.kind === 'state') return a.id;
      if (a.kind === 'alliance') continue;
      for (const type of FOLLOWED) {
        for (const f of a.affiliations) {
          if (f.type === type && !seen.has(f.actorId)) {
            seen.add(f.actorId);
            next.push(f.actorId);
          }
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** The zone a speaker's own words are read in; null means "the document's zone" (alliances, unknown actors). */
export function homeZone(actorId: string, lookup: ActorLookup): string | null {
  const state = homeState(actorId, lookup);
  return state ? (STATE_ZONES[state] ?? null) : null;
}
