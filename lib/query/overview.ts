// A view of a corpus too large to send whole, answered from the index at the detail a screen can hold: the
// statements the view selects counted by lane (the speaker's side for when they were said, the event's type
// for the time they give it) and time bin — or, when few enough, each one as a mark — with the facets, the day
// histogram, the actor graph folded to its busiest actors (the rest as "others" per side) and the happenings
// the sources report, ranked by how many sources report them. The explorer draws it; zooming in or filtering
// asks again, down to exact marks.
import type Database from 'better-sqlite3';
import eventTypes from '../extract/event-types.json';
import { defaultGazetteer } from '../extract/gazetteer';
import type { Graph, GraphEdge, GraphNode } from '../graph/build';
import { sideLabel } from '../layout/sides';
import type { ActorKind } from '../model/schema';
import type { UiLabel } from '../view/ui-lang';
import { type Count, type Facts, facetFromFacts, ranked } from './facts';
import { DOC_FACET_MAX, FACETS, type Facet, type Memo, type Row, type StatementAnswer, type StatementQuery, facetCounts, remember, where } from './query';

/** A name in the UI languages: English and Arabic, and Russian where it is known (lib/view/ui-lang). */
export type Label = UiLabel;
export type OverviewPart = 'chart' | 'graph' | 'happenings';
export const OVERVIEW_PARTS: readonly OverviewPart[] = ['chart', 'graph', 'happenings'];

export interface OverviewQuery extends Omit<StatementQuery, 'limit' | 'offset' | 'sort'> {
  /** Time bins across the window (default 80). */
  bins?: number;
  /** At most this many statements are sent as marks (default 1,000); above it, counts by lane and bin. */
  markBudget?: number;
  /** Actors drawn in the graph (default 16); the rest fold into "others" per side. */
  graphActors?: number;
  /** The view's documents are listed when they number at most this (default 100): few enough to open whole. */
  docList?: number;
  /** What to answer (default all): the chart (counts or marks, facets, days) and the graph and happenings,
   *  which the explorer asks for apart so the chart comes first. A part not asked for is empty. */
  parts?: readonly OverviewPart[];
}

export interface OverviewLane {
  /** A side (statements, at when they were said) or an event type (claims, at the time they give it). */
  id: string;
  kind: 'side' | 'type';
  label: Label;
  count: number;
}

/** One statement drawn exactly: its lane, when it was said and the time it gives its event (epoch ms). */
export interface OverviewMark {
  key: string;
  docId: string;
  speaker: string;
  side: string;
  stance: string;
  eventType: string | null;
  said: [number, number] | null;
  claim: [number, number] | null;
  words: string;
}

export interface Happening {
  /** Event type and the UTC day the sources put it on. */
  eventType: string;
  day: number;
  label: Label;
  /** Documents reporting it, claims (statements giving it that day), the actors taking part most often. */
  sources: number;
  claims: number;
  docs: string[];
  actors: string[];
}

export interface Overview {
  /** Statements and documents the view selects, and in the whole corpus. */
  total: number;
  documents: number;
  /** The view's documents in the corpus's order, when at most `docList`; else null. */
  docIds: string[] | null;
  corpus: { documents: number; statements: number };
  /** When the view's statements were said, first to last (null when none is dated), and the window binned. */
  extent: { start: number; end: number } | null;
  window: { start: number; end: number } | null;
  lanes: OverviewLane[];
  /** counts[lane][bin]; bin i covers [window.start + i·width, + width). */
  bins: { width: number; counts: number[][] };
  /** Every statement of the window when there are few enough (at most `markBudget`), else null. */
  marks: OverviewMark[] | null;
  markBudget: number;
  facets: StatementAnswer['facets'];
  days: StatementAnswer['days'];
  /** Names for every actor, side and type the answer holds. */
  names: Record<string, Label>;
  /** Title, publisher and publication date of the documents the answer names (the documents facet, the marks). */
  titles: Record<string, { title: string; publisher: string; published: string | null }>;
  graph: Graph & { folded: number };
  happenings: Happening[];
}

const TYPE_LABEL = new Map(eventTypes.types.map((t) => [t.type, t.label as Label]));
export const typeLabel = (type: string): Label => TYPE_LABEL.get(type) ?? { en: type, ar: type };
const DAY = 86_400_000;
/** Edges the folded graph draws at most. */
const MAX_EDGES = 120;

/** The folded node standing for a side's actors outside the graph's busiest. */
export const othersNode = (side: string) => `others:${side}`;

/** A key for an overview of the whole corpus (no filter, search or window), its options with their defaults;
 *  null for any other view. */
export function unfilteredKey(f: OverviewQuery): string | null {
  const filtered = [f.docs, f.actors, f.sides, f.stances, f.eventTypes, f.channels].some((l) => l?.length) || Boolean(f.q?.trim()) || Boolean(f.window);
  if (filtered) return null;
  return JSON.stringify([f.bins ?? 80, f.markBudget ?? 1000, f.graphActors ?? 16, f.docList ?? 100, [...(f.parts ?? OVERVIEW_PARTS)].sort()]);
}

/** The overview of a view: from the corpus's facts when given (and able to answer it), else from the index. */
export function overview(db: Database.Database, f: OverviewQuery, memo?: Memo, facts?: Facts | null): Overview {
  const nBins = Math.max(1, Math.min(400, Math.round(f.bins ?? 80)));
  const budget = Math.max(0, Math.min(20_000, Math.round(f.markBudget ?? 1000)));
  const top = Math.max(1, Math.min(60, Math.round(f.graphActors ?? 16)));
  const w = where(f);
  const get = <T>(sql: string, params: unknown[]) => remember(memo, sql, params, () => db.prepare(sql).get(...params) as T);
  const rows = <T>(sql: string, params: unknown[]) => remember(memo, sql, params, () => db.prepare(sql).all(...params) as T[]);
  const corpus = get<{ documents: number; statements: number }>('SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM stmt) AS statements', []);
  // The chart in one pass over the view's statements (the facts, or the index's narrow copy).
  const sel = facts?.select(db, f) ?? null;
  const pass = sel
    ? chartPassOf(facts!, sel, f, nBins, () => facts!.extent(facts!.select(db, { ...f, window: null })!))
    : remember(memo, `overview-chart:${w.from}:${w.sql}`, [...w.params, nBins, f.window?.start ?? null, f.window?.end ?? null], () => {
        const all = db.prepare(`SELECT s.doc_id, s.side, s.stance, s.channel, s.event_type, s.said_start, s.said_end, s.claim_start, s.claim_end FROM ${w.from} s ${w.sql}`).raw().all(...w.params) as Tuple[];
        return chartPass(f, all, nBins, () => {
          // The extent is the view's without its window (the day strip shows it all).
          const a = where({ ...f, window: null });
          const sql = `SELECT MIN(s.said_start) AS lo, MAX(s.said_end) AS hi FROM ${a.from} s ${a.sql ? `${a.sql} AND` : 'WHERE'} s.said_start IS NOT NULL`;
          const e = remember(memo, sql, a.params, () => db.prepare(sql).get(...a.params) as { lo: number | null; hi: number | null });
          return e.lo !== null && e.hi !== null ? { lo: e.lo, hi: e.hi } : null;
        });
      });
  const { total, documents, extent, window, sides, types, days, counts: laneCounts, width } = pass;
  // Facets: a filter's own values counted without it (from the index, remembered); the others from the pass.
  const facets = {} as Overview['facets'];
  for (const facet of FACETS)
    facets[facet] =
      facet === 'actors' || isFiltered(f, facet)
        ? ((sel && facetFromFacts(db, facts!, f, facet, sel)) ?? facetCounts(db, f, facet, memo))
        : facet === 'docs' && total > DOC_FACET_MAX
          ? []
          : pass.facets[facet];
  const ids = new Set<string>([...sides.map((r) => r.id), ...facets.actors.map((a) => a.value), ...facets.channels.map((c) => c.value), ...facets.sides.map((c) => c.value)]);
  const names = namesOf(db, ids);
  const lanes: OverviewLane[] = [
    ...sides.map((r) => ({ id: r.id, kind: 'side' as const, label: names[r.id] ?? sideLabel(r.id, () => undefined), count: r.count })),
    ...types.map((r) => ({ id: r.id, kind: 'type' as const, label: typeLabel(r.id), count: r.count })),
  ];
  const counts = lanes.map((l) => laneCounts.get(`${l.kind}:${l.id}`) ?? new Array<number>(nBins).fill(0));

  const markRows = () => (sel ? facts!.rowsOf(db, [...sel.subarray(0, budget)]) : rows<Row>(`SELECT s.* FROM stmt s ${w.sql} ORDER BY s.said_key, s.n LIMIT ?`, [...w.params, budget]));
  const marks =
    total <= budget
      ? markRows().map((r) => ({
          key: `${r.doc_id}/${r.id}`,
          docId: r.doc_id,
          speaker: r.speaker,
          side: r.side,
          stance: r.stance,
          eventType: r.event_type,
          said: r.said_start !== null && r.said_end !== null ? ([r.said_start, r.said_end] as [number, number]) : null,
          claim: r.claim_start !== null && r.claim_end !== null ? ([r.claim_start, r.claim_end] as [number, number]) : null,
          words: r.words.length > 100 ? `${r.words.slice(0, 99)}…` : r.words,
        }))
      : null;
  const unnamed = new Set((marks ?? []).map((m) => m.speaker).filter((id) => !names[id]));
  if (unnamed.size) Object.assign(names, namesOf(db, unnamed));

  const docList = Math.max(0, Math.min(1000, Math.round(f.docList ?? 100)));
  // The pass knows the view's documents; only their order in the corpus is read.
  const docIds = pass.docIds && documents <= docList ? byIds<{ id: string; seq: number }>(db, 'SELECT id, seq FROM documents WHERE id IN', pass.docIds).sort((a, b) => a.seq - b.seq).map((r) => r.id) : null;
  const parts = new Set(f.parts ?? OVERVIEW_PARTS);
  // The graph and the happenings are remembered as answered, not the rows they are made of (tens of thousands
  // of speaker–actor pairs for a large view would hold the memo's memory).
  const once: Rows = <T>(sql: string, params: unknown[]) => db.prepare(sql).all(...params) as T[];
  const graph = !parts.has('graph')
    ? { nodes: [], edges: [], folded: 0 }
    : sel
      ? foldGraph(db, ...graphRowsOf(db, facts!, sel, top), names)
      : remember(memo, `graph:${w.from}:${w.sql}`, [...w.params, top], () => foldGraph(db, ...graphRows(f, top, once), names));
  const happened = !parts.has('happenings') ? [] : sel ? happeningsOf(facts!, sel) : remember(memo, `happenings:${w.from}:${w.sql}`, w.params, () => happenings(f, once));
  const unlabelled = new Set(happened.flatMap((h) => h.actors).filter((id) => !names[id]));
  if (unlabelled.size) Object.assign(names, namesOf(db, unlabelled));
  const titled = [...new Set([...facets.docs.map((d) => d.value), ...(marks ?? []).map((m) => m.docId)])];
  const titles: Overview['titles'] = {};
  for (const r of byIds<{ id: string; title: string; publisher: string; published: string | null }>(db, 'SELECT id, title, publisher, published FROM documents WHERE id IN', titled))
    titles[r.id] = { title: r.title, publisher: r.publisher, published: r.published };
  return {
    total,
    documents,
    docIds,
    corpus,
    extent,
    window,
    lanes,
    bins: { width, counts },
    marks,
    markBudget: budget,
    facets,
    days,
    names,
    titles,
    graph,
    happenings: happened,
  };
}

type Rows = <T>(sql: string, params: unknown[]) => T[];
/** A statement as the chart counts it: document, side, stance, channel, event type, said and claimed (ms). */
type Tuple = [string, string, string, string, string | null, number | null, number | null, number | null, number | null];



/** The rows of `select` (ending in "WHERE id IN") for a list of ids, 500 at a time (SQLite's bound on parameters). */
function byIds<T>(db: Database.Database, select: string, ids: readonly string[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500);
    out.push(...(db.prepare(`${select} (${part.map(() => '?').join(',')})`).all(...part) as T[]));
  }
  return out;
}

const isFiltered = (f: StatementQuery, facet: Facet) => Boolean((f[facet] as string[] | undefined)?.length);
const bump = (m: Map<string | null, number>, k: string | null) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * One pass over the statements a view selects: their number and documents, when they were said (first to last,
 * and per day), each side's and event type's count, the counts by lane and time bin across the window (the
 * view's, else the extent), and the facets of the filters the view does not use.
 */
function chartPass(f: OverviewQuery, all: Tuple[], nBins: number, extentWithoutWindow: () => { lo: number; hi: number } | null) {
  const docs = new Map<string | null, number>();
  const sides = new Map<string | null, number>();
  const stances = new Map<string | null, number>();
  const channels = new Map<string | null, number>();
  const types = new Map<string | null, number>();
  const claimedTypes = new Map<string | null, number>();
  const days = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of all) {
    bump(docs, r[0]);
    bump(sides, r[1]);
    bump(stances, r[2]);
    bump(channels, r[3]);
    bump(types, r[4]);
    if (r[4] !== null && r[7] !== null) bump(claimedTypes, r[4]);
    if (r[5] !== null) {
      const d = Math.trunc(r[5] / DAY);
      days.set(d, (days.get(d) ?? 0) + 1);
      lo = Math.min(lo, r[5]);
      if (r[6] !== null) hi = Math.max(hi, r[6]);
    }
  }
  const { extent, window, width, counts, add } = binsOf<string>(f, nBins, lo, hi, extentWithoutWindow);
  for (const r of all) {
    if (r[5] !== null && r[6] !== null) add(`side:${r[1]}`, r[5], r[6]);
    if (r[4] !== null && r[7] !== null && r[8] !== null) add(`type:${r[4]}`, r[7], r[8]);
  }
  const byCount = (m: Map<string | null, number>) => ranked(m, Infinity).map((c) => ({ id: c.value, count: c.count }));
  return {
    total: all.length,
    documents: docs.size,
    /** The view's documents, when few enough to list (the explorer opens at most 1,000 whole). */
    docIds: docs.size <= 1000 ? ([...docs.keys()] as string[]) : null,
    extent,
    window,
    width,
    counts,
    sides: byCount(sides),
    types: byCount(claimedTypes),
    days: [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day, count })),
    facets: { docs: ranked(docs), sides: ranked(sides), stances: ranked(stances), channels: ranked(channels), eventTypes: ranked(types), actors: [] as Count[] } satisfies Record<Facet, Count[]>,
  };
}

/**
 * The window a chart bins and its counts by lane and bin: the extent is when the view's statements were said
 * (lo to hi), or, with a window, the view's without it (the day strip shows it all), asked apart; a statement
 * said (or a time claimed) across the window's start counts in its first bin.
 */
function binsOf<K>(f: OverviewQuery, nBins: number, lo: number, hi: number, extentWithoutWindow: () => { lo: number; hi: number } | null) {
  let extent: { start: number; end: number } | null = Number.isFinite(lo) && Number.isFinite(hi) ? { start: lo, end: Math.max(hi, lo + 1) } : null;
  if (f.window) {
    const e = extentWithoutWindow();
    extent = e ? { start: e.lo, end: Math.max(e.hi, e.lo + 1) } : null;
  }
  const window = f.window ?? extent;
  const width = window ? Math.max(1, Math.ceil((window.end - window.start) / nBins)) : 1;
  const counts = new Map<K, number[]>();
  const add = (lane: K, start: number, end: number) => {
    if (!window || !(start < window.end && end >= window.start)) return;
    const bin = Math.trunc((Math.max(start, window.start) - window.start) / width);
    if (bin < 0 || bin >= nBins) return;
    let row = counts.get(lane);
    if (!row) counts.set(lane, (row = new Array<number>(nBins).fill(0)));
    row[bin]!++;
  };
  return { extent, window, width, counts, add };
}

/** The chart's pass over the facts (as chartPass, by codes rather than by words). */
function chartPassOf(facts: Facts, sel: Int32Array, f: OverviewQuery, nBins: number, extentWithoutWindow: () => { lo: number; hi: number } | null): ReturnType<typeof chartPass> {
  const { doc, side, stance, channel, type, saidStart, saidEnd, claimStart, claimEnd } = facts;
  const size = facts.strings.length;
  const docs = (facts.docCounts ??= new Int32Array(facts.docDict.strings.length));
  const sides = new Int32Array(size);
  const stances = new Int32Array(size);
  const channels = new Int32Array(size);
  const types = new Int32Array(size);
  const claimed = new Int32Array(size);
  const days = new Map<number, number>();
  const docOrder: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of sel) {
    if (docs[doc[i]!]!++ === 0) docOrder.push(doc[i]!);
    sides[side[i]!]!++;
    stances[stance[i]!]!++;
    channels[channel[i]!]!++;
    const t = type[i]!;
    if (t !== -1) {
      types[t]!++;
      if (!Number.isNaN(claimStart[i]!)) claimed[t]!++;
    }
    const s = saidStart[i]!;
    if (!Number.isNaN(s)) {
      const d = Math.trunc(s / DAY);
      days.set(d, (days.get(d) ?? 0) + 1);
      lo = Math.min(lo, s);
      if (!Number.isNaN(saidEnd[i]!)) hi = Math.max(hi, saidEnd[i]!);
    }
  }
  // Lanes by code: a side's code, or an event type's code offset past the dictionary.
  const { extent, window, width, counts: rows, add } = binsOf<number>(f, nBins, lo, hi, extentWithoutWindow);
  for (const i of sel) {
    if (!Number.isNaN(saidStart[i]!) && !Number.isNaN(saidEnd[i]!)) add(side[i]!, saidStart[i]!, saidEnd[i]!);
    if (type[i] !== -1 && !Number.isNaN(claimStart[i]!) && !Number.isNaN(claimEnd[i]!)) add(size + type[i]!, claimStart[i]!, claimEnd[i]!);
  }
  const counts = new Map<string, number[]>();
  for (const [lane, row] of rows) counts.set(lane < size ? `side:${facts.strings[lane]}` : `type:${facts.strings[lane - size]}`, row);
  const all = (c: Int32Array) => facts.rank(c, Infinity).map((x) => ({ id: x.value, count: x.count }));
  const docFacet = facts.rank(docs, 200, facts.docDict);
  for (const c of docOrder) docs[c] = 0;
  return {
    total: sel.length,
    documents: docOrder.length,
    docIds: docOrder.length <= 1000 ? docOrder.map((c) => facts.docId(c)) : null,
    extent,
    window,
    width,
    counts,
    sides: all(sides),
    types: all(claimed),
    days: [...days.entries()].sort((a, b) => a[0] - b[0]).map(([day, count]) => ({ day, count })),
    facets: { docs: docFacet, sides: facts.rank(sides, 200), stances: facts.rank(stances, 200), channels: facts.rank(channels, 200), eventTypes: facts.rank(types, 200), actors: [] as Count[] },
  };
}

/** Names of actors (and sides, which are actors or fixed words) from the index's names table. */
function namesOf(db: Database.Database, ids: Set<string>): Record<string, Label> {
  const out: Record<string, Label> = {};
  // Russian names as the index keeps them (an actor a Russian document introduced, as the document wrote it), else
  // from the gazetteer (a row indexed before the index kept Russian), else as in English.
  const g = defaultGazetteer();
  for (const r of byIds<{ id: string; en: string; ar: string; ru: string | null }>(db, 'SELECT id, en, ar, ru FROM actor_name WHERE id IN', [...ids])) {
    const ru = r.ru || g.entries.get(r.id)?.names.ru?.[0];
    out[r.id] = { en: r.en, ar: r.ar, ...(ru ? { ru } : {}) };
  }
  for (const id of ids) out[id] ??= sideLabel(id, () => undefined);
  return out;
}

type Busiest = { actor: string; count: number; kind: string | null; side: string | null };
type Pair = { src: string; src_side: string; dst: string; dst_side: string | null; stance: string; count: number; lo: number | null; hi: number | null };

/** The graph's rows from the index: the busiest actors, and speaker → actor pairs by stance. */
function graphRows(f: OverviewQuery, top: number, rows: Rows): [Busiest[], Pair[]] {
  const w = where(f);
  const busiest = rows<Busiest>(
    `SELECT a.actor, COUNT(*) AS count, n.kind, n.side FROM ${w.from} s JOIN stmt_actor a ON a.stmt = s.n LEFT JOIN actor_name n ON n.id = a.actor ${w.sql} GROUP BY a.actor ORDER BY count DESC, a.actor LIMIT ?`,
    [...w.params, top],
  );
  const pairs = rows<Pair>(
    `SELECT s.speaker AS src, s.side AS src_side, a.actor AS dst, n.side AS dst_side, s.stance, COUNT(*) AS count, MIN(s.said_start) AS lo, MAX(s.said_end) AS hi
     FROM ${w.from} s JOIN stmt_actor a ON a.stmt = s.n AND a.actor <> s.speaker LEFT JOIN actor_name n ON n.id = a.actor ${w.sql}
     GROUP BY src, dst, s.stance`,
    w.params,
  );
  return [busiest, pairs];
}

/** The graph's rows from the facts (as graphRows). */
function graphRowsOf(db: Database.Database, facts: Facts, sel: Int32Array, top: number): [Busiest[], Pair[]] {
  const counts = facts.countActors(sel, top);
  const info = new Map(byIds<{ id: string; kind: string; side: string }>(db, 'SELECT id, kind, side FROM actor_name WHERE id IN', counts.map((c) => c.value)).map((r) => [r.id, r]));
  const busiest = counts.map((c) => ({ actor: c.value, count: c.count, kind: info.get(c.value)?.kind ?? null, side: info.get(c.value)?.side ?? null }));
  const pairs = new Map<string, Pair>();
  const { actorAt, actors, speaker, stance, side, saidStart, saidEnd } = facts;
  for (const i of sel) {
    for (let t = actorAt[i]!; t < actorAt[i + 1]!; t++) {
      if (actors[t] === speaker[i]) continue;
      const k = `${speaker[i]} ${actors[t]} ${stance[i]}`;
      const p = pairs.get(k);
      const lo = Number.isNaN(saidStart[i]!) ? null : saidStart[i]!;
      const hi = Number.isNaN(saidEnd[i]!) ? null : saidEnd[i]!;
      if (!p) pairs.set(k, { src: facts.str(speaker[i]!)!, src_side: facts.str(side[i]!)!, dst: facts.str(actors[t]!)!, dst_side: null, stance: facts.str(stance[i]!)!, count: 1, lo, hi });
      else {
        p.count++;
        if (lo !== null) p.lo = p.lo === null ? lo : Math.min(p.lo, lo);
        if (hi !== null) p.hi = p.hi === null ? hi : Math.max(p.hi, hi);
      }
    }
  }
  const list = [...pairs.values()];
  const sides = new Map(byIds<{ id: string; side: string }>(db, 'SELECT id, side FROM actor_name WHERE id IN', [...new Set(list.map((p) => p.dst))]).map((r) => [r.id, r.side]));
  for (const p of list) p.dst_side = sides.get(p.dst) ?? null;
  return [busiest, list];
}

/**
 * The actor graph of the view, folded: the busiest actors, each other actor folded into the "others" node of its
 * side; an edge per speaker → actor named in the same statement (the event's participants, the channel), by
 * stance, with the number of statements behind it.
 */
function foldGraph(db: Database.Database, busiest: Busiest[], pairs: Pair[], names: Record<string, Label>): Overview['graph'] {
  const kept = new Set(busiest.map((b) => b.actor));
  const nodes = new Map<string, GraphNode>();
  const nodeOf = (actor: string, side: string | null): string => {
    if (kept.has(actor)) {
      const id = `actor:${actor}`;
      if (!nodes.has(id)) {
        const b = busiest.find((x) => x.actor === actor);
        nodes.set(id, { id, kind: ((b?.kind ?? 'person') as ActorKind), label: names[actor] ?? namesOf(db, new Set([actor]))[actor]! });
      }
      return id;
    }
    const s = side ?? 'other';
    const id = othersNode(s);
    if (!nodes.has(id)) {
      const l = names[s] ?? namesOf(db, new Set([s]))[s]!;
      nodes.set(id, { id, kind: 'institution', label: { en: `Others: ${l.en}`, ar: `آخرون: ${l.ar}`, ru: `Прочие: ${l.ru ?? l.en}` } });
    }
    return id;
  };
  for (const b of busiest) nodeOf(b.actor, b.side);
  const edges = new Map<string, GraphEdge>();
  let folded = 0;
  for (const p of pairs) {
    const source = nodeOf(p.src, p.src_side);
    const target = nodeOf(p.dst, p.dst_side);
    if (!kept.has(p.src) || !kept.has(p.dst)) folded += p.count;
    if (source === target) continue;
    const id = `statement:${source}->${target}:${p.stance}`;
    const e = edges.get(id);
    if (e) {
      e.count += p.count;
      if (p.lo !== null) e.from = Math.min(e.from ?? p.lo, p.lo);
      if (p.hi !== null) e.to = Math.max(e.to ?? p.hi, p.hi);
    } else edges.set(id, { id, kind: 'statement', source, target, label: p.stance, count: p.count, statements: [], ...(p.lo !== null ? { from: p.lo } : {}), ...(p.hi !== null ? { to: p.hi } : {}) });
  }
  // The heaviest edges (a screen holds so many); nodes left without one go too, unless among the busiest.
  const heavy = [...edges.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
  const shown = heavy.slice(0, MAX_EDGES);
  for (const e of heavy.slice(MAX_EDGES)) folded += e.count;
  const linked = new Set([...shown.flatMap((e) => [e.source, e.target]), ...busiest.map((b) => `actor:${b.actor}`)]);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].filter((n) => linked.has(n.id)).sort(byId), edges: shown.sort(byId), folded };
}

/** The UTC day a claim's middle falls on (a Moscow day starts at 21:00 UTC the day before). */
const DAY_OF = `CAST((s.claim_start + s.claim_end) / 2 / ${DAY} AS INTEGER)`;

/** Happenings: an event type on a day, as the view's statements give it, ranked by the sources reporting it. */
function happenings(f: OverviewQuery, rows: Rows, limit = 40): Happening[] {
  const w = where(f);
  const and = w.sql ? `${w.sql} AND` : 'WHERE';
  // A claim spanning more than a day (a month, "soon") places no happening on a day.
  const onADay = `s.event_type IS NOT NULL AND s.claim_start IS NOT NULL AND s.claim_end - s.claim_start <= ${DAY}`;
  const groups = rows<Group>(
    `SELECT s.event_type AS type, ${DAY_OF} AS day, COUNT(DISTINCT s.doc_id) AS sources, COUNT(*) AS claims
     FROM ${w.from} s ${and} ${onADay} GROUP BY type, day ORDER BY sources DESC, claims DESC, day, type LIMIT ?`,
    [...w.params, limit],
  );
  if (!groups.length) return [];
  // The groups' documents and the actors their statements name (other than the speaker), in one pass.
  const members = rows<Member>(
    `SELECT s.event_type AS type, ${DAY_OF} AS day, s.doc_id AS doc, a.actor
     FROM ${w.from} s LEFT JOIN stmt_actor a ON a.stmt = s.n AND a.actor <> s.speaker ${and} ${onADay}
       AND (s.event_type, ${DAY_OF}) IN (VALUES ${groups.map(() => '(?, ?)').join(', ')})`,
    [...w.params, ...groups.flatMap((g) => [g.type, g.day])],
  );
  return happeningsFrom(groups, members);
}

type Group = { type: string; day: number; sources: number; claims: number };
type Member = { type: string; day: number; doc: string; actor: string | null };

/** Happenings from the facts (as happenings). */
function happeningsOf(facts: Facts, sel: Int32Array, limit = 40): Happening[] {
  const { type, doc, claimStart, claimEnd, actorAt, actors, speaker } = facts;
  const dayOf = (i: number) => Math.trunc(Math.trunc((claimStart[i]! + claimEnd[i]!) / 2) / DAY);
  const onADay = (i: number) => type[i] !== -1 && !Number.isNaN(claimStart[i]!) && claimEnd[i]! - claimStart[i]! <= DAY;
  const all = new Map<string, { type: string; day: number; docs: Set<number>; claims: number }>();
  for (const i of sel) {
    if (!onADay(i)) continue;
    const k = `${type[i]} ${dayOf(i)}`;
    let g = all.get(k);
    if (!g) all.set(k, (g = { type: facts.str(type[i]!)!, day: dayOf(i), docs: new Set(), claims: 0 }));
    g.docs.add(doc[i]!);
    g.claims++;
  }
  const groups: Group[] = [...all.values()]
    .map((g) => ({ type: g.type, day: g.day, sources: g.docs.size, claims: g.claims }))
    .sort((a, b) => b.sources - a.sources || b.claims - a.claims || a.day - b.day || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
    .slice(0, limit);
  const wanted = new Set(groups.map((g) => `${facts.codeOf(g.type)} ${g.day}`));
  const members: Member[] = [];
  for (const i of sel) {
    if (!onADay(i) || !wanted.has(`${type[i]} ${dayOf(i)}`)) continue;
    const m = { type: facts.str(type[i]!)!, day: dayOf(i), doc: facts.docId(doc[i]!) };
    let named = false;
    for (let t = actorAt[i]!; t < actorAt[i + 1]!; t++) {
      if (actors[t] === speaker[i]) continue;
      members.push({ ...m, actor: facts.str(actors[t]!) });
      named = true;
    }
    if (!named) members.push({ ...m, actor: null });
  }
  return happeningsFrom(groups, members);
}

/** Each happening with its documents and the actors its statements name most often. */
function happeningsFrom(groups: Group[], members: Member[]): Happening[] {
  const byGroup = new Map<string, { docs: Set<string>; actors: Map<string, number> }>();
  for (const m of members) {
    const k = `${m.type}\u0000${m.day}`;
    let g = byGroup.get(k);
    if (!g) byGroup.set(k, (g = { docs: new Set(), actors: new Map() }));
    g.docs.add(m.doc);
    if (m.actor) g.actors.set(m.actor, (g.actors.get(m.actor) ?? 0) + 1);
  }
  return groups.map((g) => {
    const m = byGroup.get(`${g.type}\u0000${g.day}`);
    const actors = [...(m?.actors ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([a]) => a);
    return { eventType: g.type, day: g.day, label: typeLabel(g.type), sources: g.sources, claims: g.claims, docs: [...(m?.docs ?? [])].sort().slice(0, 200), actors };
  });
}
