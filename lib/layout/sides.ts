// Sides and lane order: the timeline groups speakers by the state (or alliance, or the press) they speak for,
// and puts each speaker under whom they speak for, so Peskov sits beside the Kremlin, Zakharova beside the MFA.
import type { Actor } from '../model/schema';
import type { UiLabel } from '../view/ui-lang';

export type ActorLookup = (id: string) => Actor | undefined;

export const SIDE_MULTILATERAL = 'multilateral';
export const SIDE_MEDIA = 'media';
export const SIDE_OTHER = 'other';
export const SIDE_EVENTS = 'events';

const SIDE_LABELS: Record<string, UiLabel> = {
  [SIDE_MULTILATERAL]: { en: 'Multilateral', ar: 'متعدد الأطراف', ru: 'Многосторонние' },
  [SIDE_MEDIA]: { en: 'Media', ar: 'وسائل الإعلام', ru: 'СМИ' },
  [SIDE_OTHER]: { en: 'Other', ar: 'أخرى', ru: 'Прочие' },
  [SIDE_EVENTS]: { en: 'Events', ar: 'الأحداث', ru: 'События' },
};

/** The actor an actor answers to: whom it speaks for, what it is part of, where it is based (in that order). */
export function parentOf(a: Actor): string | undefined {
  for (const type of ['speaksFor', 'partOf', 'basedIn'] as const) {
    const f = a.affiliations.find((x) => x.type === type);
    if (f) return f.actorId;
  }
  return undefined;
}

/** A state is its own side; an alliance or an institution under one is multilateral; the press is its own side. */
export function sideOf(id: string, lookup: ActorLookup): string {
  const seen = new Set<string>();
  let a = lookup(id);
  if (a?.kind === 'media') return SIDE_MEDIA;
  while (a && !seen.has(a.id)) {
    seen.add(a.id);
    if (a.kind === 'state') return a.id;
    if (a.kind === 'alliance') return SIDE_MULTILATERAL;
    if (a.kind === 'media') return SIDE_MEDIA;
    const up = parentOf(a);
    a = up ? lookup(up) : undefined;
  }
  return SIDE_OTHER;
}

export function sideLabel(side: string, lookup: ActorLookup): UiLabel {
  const fixed = SIDE_LABELS[side];
  if (fixed) return fixed;
  const a = lookup(side);
  const ru = a?.names.ru[0];
  return { en: a?.names.en[0] ?? side, ar: a?.names.ar[0] ?? a?.names.en[0] ?? side, ...(ru ? { ru } : {}) };
}

const KIND_RANK: Record<Actor['kind'], number> = { state: 0, alliance: 0, person: 1, institution: 2, media: 3 };

/**
 * Speakers in display order with their depth under their root (a state or an outlet): a depth-first walk of the
 * affiliation tree (people who speak for a node first, then its institutions), keeping only `speakers`.
 * The caller groups them by side; the walk order is kept inside each side.
 * Deterministic: ties break on the English name, then the id.
 */
export function orderSpeakers(speakers: string[], lookup: ActorLookup): { id: string; side: string; depth: number }[] {
  const wanted = new Set(speakers);
  const children = new Map<string, string[]>();
  const roots = new Set<string>();
  const visit = (id: string, seen: Set<string>) => {
    const a = lookup(id);
    const up = a ? parentOf(a) : undefined;
    if (!up || seen.has(up) || !lookup(up) || a?.kind === 'state' || a?.kind === 'media') {
      roots.add(id);
      return;
    }
    const list = children.get(up) ?? [];
    if (!list.includes(id)) list.push(id);
    children.set(up, list);
    seen.add(id);
    visit(up, seen);
  };
  for (const id of wanted) visit(id, new Set([id]));
  const name = (id: string) => lookup(id)?.names.en[0] ?? id;
  const rank = (id: string) => KIND_RANK[lookup(id)?.kind ?? 'person'];
  const byRank = (a: string, b: string) => rank(a) - rank(b) || name(a).localeCompare(name(b)) || a.localeCompare(b);
  const out: { id: string; side: string; depth: number }[] = [];
  const walk = (id: string, depth: number) => {
    if (wanted.has(id)) out.push({ id, side: sideOf(id, lookup), depth });
    for (const c of (children.get(id) ?? []).sort(byRank)) walk(c, depth + 1);
  };
  for (const r of [...roots].sort(byRank)) walk(r, 0);
  return out;
}
