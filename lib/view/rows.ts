// One row per statement across every loaded document: what the table lists, what filters test, what the
// timeline draws. Keys are "documentId/statementId" because statement ids are only unique within a document.
import type { Actor, Event, Extraction, Statement, TimeClaim } from '../model/schema';
import { normalizeKey } from '../text/normalize';
import { MESSAGES, UI_LANGS, type UiLang } from './i18n';
import { searchTerms } from '../text/search-terms';
import { type ActorLookup, sideOf } from '../layout/sides';

export interface StatementRow {
  key: string;
  doc: number;
  statement: Statement;
  event: Event | undefined;
  /** The time this statement gives the event, when it gives one. */
  claim: TimeClaim | undefined;
  side: string;
  /** Channel actor id, the channel's words when the gazetteer does not know it, or 'none'. */
  channel: string;
  /** Normalised text the free-text search looks in: the statement's words, names, cue and event. */
  haystack: string;
}

export const rowKey = (docId: string, id: string) => `${docId}/${id}`;

/** Actors of every document by id (the first document to define one wins: they come from one gazetteer). */
export function actorLookup(xs: Extraction[]): ActorLookup {
  const map = new Map<string, Actor>();
  for (const x of xs) for (const a of x.actors) if (!map.has(a.id)) map.set(a.id, a);
  return (id) => map.get(id);
}

export function statementRows(xs: Extraction[], lookup: ActorLookup = actorLookup(xs)): StatementRow[] {
  const rows: StatementRow[] = [];
  xs.forEach((x, doc) => {
    const events = new Map(x.events.map((e) => [e.id, e]));
    const text = x.document.text;
    for (const s of x.statements) {
      const event = events.get(s.eventId);
      const speaker = lookup(s.speaker.actorId);
      const words = s.mentions.map((m) => text.slice(m.start, m.end));
      const names = speaker ? [...speaker.names.en, ...speaker.names.ar, ...speaker.names.ru] : [s.speaker.actorId];
      // Stance words in every UI language too, so "confirms", "تأكيد" or "подтверждение" find what the chart calls that.
      const stance = [s.stance, ...UI_LANGS.map((l) => MESSAGES[l].stanceName[s.stance])];
      const haystack = normalizeKey([...words, ...names, s.cue.text, ...stance, event?.label.en ?? '', event?.label.ar ?? '', s.channel?.text ?? ''].join('\n'));
      rows.push({
        key: rowKey(x.document.id, s.id),
        doc,
        statement: s,
        event,
        claim: event?.timeClaims.find((c) => c.statementId === s.id),
        side: sideOf(s.speaker.actorId, lookup),
        channel: s.channel ? (s.channel.actorId ?? s.channel.text) : 'none',
        haystack,
      });
    }
  });
  return rows;
}

export interface RowFilter {
  docs: string[];
  actors: string[];
  sides: string[];
  stances: string[];
  eventTypes: string[];
  channels: string[];
  q: string;
}

/** Every non-empty facet must match; an actor matches as speaker, channel or event participant. */
export function filterRows(rows: StatementRow[], xs: Extraction[], f: RowFilter): StatementRow[] {
  const docs = new Set(f.docs);
  const actors = new Set(f.actors);
  const sides = new Set(f.sides);
  const stances = new Set(f.stances);
  const types = new Set(f.eventTypes);
  const channels = new Set(f.channels);
  const terms = searchTerms(f.q);
  return rows.filter((r) => {
    const s = r.statement;
    if (docs.size && !docs.has(xs[r.doc]?.document.id ?? '')) return false;
    if (actors.size && !actors.has(s.speaker.actorId) && !(s.channel?.actorId && actors.has(s.channel.actorId)) && !r.event?.participants.some((p) => actors.has(p)))
      return false;
    if (sides.size && !sides.has(r.side)) return false;
    if (stances.size && !stances.has(s.stance)) return false;
    if (types.size && !types.has(r.event?.type ?? '')) return false;
    if (channels.size && !channels.has(r.channel)) return false;
    return terms.every((t) => r.haystack.includes(t));
  });
}

/** A document as its attribution names it: the publisher in the UI language, its date and address. */
export interface Source {
  id: string;
  publisher: string;
  published: string | null;
  url?: string;
}

/** The documents the rows come from, once each, in the order the rows meet them. */
export function sourcesOf(rows: readonly StatementRow[], xs: readonly Extraction[], lookup: ActorLookup, lang: UiLang): Source[] {
  const docs = new Map<string, Extraction['document']>();
  for (const r of rows) docs.set(xs[r.doc]!.document.id, xs[r.doc]!.document);
  return [...docs.values()].map((d) => ({ id: d.id, publisher: lookup(d.publisher)?.names[lang][0] ?? d.publisher, published: d.published.value, ...(d.url ? { url: d.url } : {}) }));
}
