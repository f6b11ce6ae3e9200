// The compare view's reading of an alignment: reviewers' decisions gathered from the events that carry them,
// the groups a view's filters keep, sources in words, and a group's time domain.
import { type AlignDecision, type Alignment, type EventGroup, type SourceChain, align } from '../compare';
import type { Actor, Extraction, Interval } from '../model/schema';
import { actorLabel } from './format';
import { eventName } from './event-names';
import { iso, type UiLang } from './i18n';

/** Every `event.align` decision kept on the documents' events, oldest first (the latest word on a pair holds). */
export function decisionsOf(xs: readonly Extraction[]): AlignDecision[] {
  const out: AlignDecision[] = [];
  for (const x of xs) {
    for (const e of x.events) {
      for (const a of e.alignments ?? []) {
        out.push({ kind: a.same ? 'merge' : 'split', a: { docId: x.document.id, eventId: e.id }, b: { docId: a.docId, eventId: a.eventId }, author: a.author, at: a.at });
      }
    }
  }
  return out.sort((p, q) => (p.at < q.at ? -1 : p.at > q.at ? 1 : 0));
}

export interface GroupFilter {
  eventTypes: readonly string[];
  actors: readonly string[];
  q: string;
}

/** The alignment of the documents a view shows (every one when its documents filter keeps all), with the
 *  reviewers' decisions those documents carry. */
export function alignShown(xs: readonly Extraction[], docs: readonly string[]): Alignment {
  const shown = docs.length ? xs.filter((x) => docs.includes(x.document.id)) : xs;
  return align(shown, decisionsOf(shown));
}

/** The groups a view shows, in the order it lists them (the explorer's tab, the embed, the image, the CSV). */
export function comparedGroups(xs: readonly Extraction[], view: GroupFilter & { docs: readonly string[] }, lang: UiLang): EventGroup[] {
  return filterGroups(alignShown(xs, view.docs).groups, view, lang);
}

/** Groups worth comparing first: more sources, then more claims, then by id (stable). */
export function filterGroups(groups: readonly EventGroup[], f: GroupFilter, lang: UiLang): EventGroup[] {
  const q = f.q.trim().toLowerCase();
  return groups
    .filter((g) => !f.eventTypes.length || f.eventTypes.includes(g.type))
    .filter((g) => !f.actors.length || g.participants.some((p) => f.actors.includes(p)) || g.sources.some((s) => f.actors.includes(s.speaker)))
    .filter((g) => !q || eventName(g, lang).toLowerCase().includes(q) || g.label.en.toLowerCase().includes(q))
    .sort((a, b) => b.sources.length - a.sources.length || b.claims.length - a.claims.length || (a.id < b.id ? -1 : 1));
}

/** "Sputnik Arabic › Sputnik › Dmitry Peskov": who reports that whom said it. Each name is isolated (an English
 *  outlet and an Arabic name keep their order in either direction) and the arrow points the way the UI reads. */
export function chainWords(s: SourceChain, lookup: (id: string) => Actor | undefined, lang: UiLang): string {
  const name = (id: string) => actorLabel(lookup(id), lang, id);
  const parts = [name(s.publisher), ...(s.channel ? [lookup(s.channel) ? name(s.channel) : s.channel] : []), name(s.speaker)];
  return parts.map(iso).join(lang === 'ar' ? ' ‹ ' : ' › ');
}

/** The instants a group's claims span (finite sides only), padded a little; null when none is dated. */
export function groupDomain(g: EventGroup): { start: number; end: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (i: Interval | null) => {
    for (const t of [i?.start, i?.end]) {
      if (!t) continue;
      const ms = Date.parse(t);
      lo = Math.min(lo, ms);
      hi = Math.max(hi, ms);
    }
  };
  for (const c of g.claims) take(c.interval);
  if (!Number.isFinite(lo)) return null;
  if (hi - lo < 3_600_000) [lo, hi] = [lo - 3_600_000, hi + 3_600_000];
  const pad = (hi - lo) * 0.08;
  return { start: lo - pad, end: hi + pad };
}
