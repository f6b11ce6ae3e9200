// The gazetteer of diplomatic actors (data/gazetteer/actors.json) and lookups over it.
import { z } from 'zod';
import rawActors from '../../data/gazetteer/actors.json';
import { Affiliation, ActorKind, Role } from '../model/schema';
import type { Actor } from '../model/schema';
import { normalizeKey } from '../text/normalize';

const LangNames = z.object({ en: z.array(z.string()).optional(), ar: z.array(z.string()).optional(), ru: z.array(z.string()).optional() });
export const GazetteerEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: ActorKind,
  names: LangNames,
  roles: z.array(Role).optional(),
  affiliations: z.array(Affiliation).optional(),
  demonyms: LangNames.optional(),
  metonyms: LangNames.optional(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

export interface Gazetteer {
  entries: Map<string, GazetteerEntry>;
  /** Normalised Arabic name or metonym → actor id (longest names win at match time). */
  arabicNames: Map<string, { id: string; metonym: boolean }>;
  /** Normalised Arabic demonym (الروسي، الأمريكية…) → state id. */
  demonyms: Map<string, string>;
  /** English name or metonym as written (and with a capital first letter: "The Kremlin") → actor id. */
  englishNames: Map<string, { id: string; metonym: boolean }>;
  /** English demonym (Russian, U.S.) → state id. */
  englishDemonyms: Map<string, string>;
  /** Who held an office, by "title|of": each holder with its tenure, for lookups by date. */
  offices: Map<string, { id: string; from: string; to: string }[]>;
}

export function buildGazetteer(entries: unknown): Gazetteer {
  const list = z.array(GazetteerEntry).parse(entries);
  const g: Gazetteer = { entries: new Map(), arabicNames: new Map(), demonyms: new Map(), englishNames: new Map(), englishDemonyms: new Map(), offices: new Map() };
  for (const e of list) {
    g.entries.set(e.id, e);
    const add = (name: string, metonym: boolean) => {
      const key = normalizeKey(name.replace(/["«»“”]/g, '')).replace(/\s+/g, ' ');
      if (key.length >= 2 && !g.arabicNames.has(key)) g.arabicNames.set(key, { id: e.id, metonym });
    };
    for (const n of e.names.ar ?? []) add(n, false);
    for (const n of e.metonyms?.ar ?? []) add(n, true);
    for (const d of e.demonyms?.ar ?? []) g.demonyms.set(normalizeKey(d), e.id);
    const addEn = (name: string, metonym: boolean) => {
      const key = name.replace(/\s+/g, ' ').trim();
      for (const k of [key, key[0]!.toUpperCase() + key.slice(1)]) if (k.length >= 2 && !g.englishNames.has(k)) g.englishNames.set(k, { id: e.id, metonym });
    };
    for (const n of e.names.en ?? []) addEn(n, false);
    for (const n of e.metonyms?.en ?? []) addEn(n, true);
    for (const d of e.demonyms?.en ?? []) g.englishDemonyms.set(d, e.id);
    for (const r of e.roles ?? []) {
      const key = `${r.title}|${r.of ?? ''}`;
      const list = g.offices.get(key) ?? g.offices.set(key, []).get(key)!;
      list.push({ id: e.id, from: tenureStart(r.from), to: tenureEnd(r.to) });
    }
  }
  return g;
}

let bundled: Gazetteer | undefined;
export const defaultGazetteer = () => (bundled ??= buildGazetteer(rawActors));

export function toActor(e: GazetteerEntry): Actor {
  return {
    id: e.id,
    kind: e.kind,
    names: { en: e.names.en ?? [], ar: e.names.ar ?? [], ru: e.names.ru ?? [] },
    roles: e.roles ?? [],
    affiliations: e.affiliations ?? [],
    inGazetteer: true,
  };
}

/** Tenure bounds as comparable YYYY-MM-DD strings; a month or year alone covers its whole span. */
export const tenureStart = (from: string | undefined) => (from ? (from + '-01-01').slice(0, 10) : '0000-01-01');
export const tenureEnd = (to: string | undefined) =>
  to ? (to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to) : '9999-12-31';

/** Who held `title` of `of` on a date (YYYY-MM-DD); a role that ends on a day is no longer held that day. */
export function holdersOn(g: Gazetteer, title: string, of: string, date: string): string[] {
  return (g.offices.get(`${title}|${of}`) ?? []).filter((h) => h.from <= date && date < h.to).map((h) => h.id);
}

/** Whether a person held a role on a date (its own tenure, no scan of the gazetteer). */
export const heldOn = (r: { from?: string; to?: string }, date: string) => tenureStart(r.from) <= date && date < tenureEnd(r.to);

/** The tenure intervals during which an actor held a role, for publication-date inference. */
export function tenures(g: Gazetteer, actorId: string, title: string, of: string): { from: string; to: string }[] {
  const e = g.entries.get(actorId);
  return (e?.roles ?? []).filter((r) => r.title === title && r.of === of).map((r) => ({ from: tenureStart(r.from), to: tenureEnd(r.to) }));
}

export const englishLabel = (g: Gazetteer, id: string) => g.entries.get(id)?.names.en?.[0] ?? id;
