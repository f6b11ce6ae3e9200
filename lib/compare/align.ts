// Align events across documents: which events speak of the same happening, what each source claims about
// its time and its facts, where the claims agree (the consensus) and where they cannot both be true (conflicts),
// and who said it first. Pure and deterministic: the same documents and decisions give the same alignment.
import type { Event, Extraction, Interval, Statement } from '../model/schema';
import { dayInterval, parseDate } from '../time/calendar';
import { normalizeArabic } from '../text/normalize';
import { claimsOf, type Claim } from './claims';
import { FACT_KINDS, factsOf, type Fact, type FactKind } from './facts';
import { actorsOf, type ActorLookup } from './zones';
import { conflictWords } from './words';

export interface EventRef {
  docId: string;
  eventId: string;
}

/** A reviewer's decision over the machine's grouping, kept as an edit in the store and applied in order. */
export interface AlignDecision {
  kind: 'merge' | 'split';
  a: EventRef;
  b: EventRef;
  author: string;
  at: string;
}

export type ReasonCode =
  | 'same-type'
  | 'shared-participants'
  | 'one-side-each'
  | 'no-participants'
  | 'times-overlap'
  | 'times-conflict'
  | 'times-unknown'
  | 'cross-reference'
  | 'merged'
  | 'split';

/** Why events are (or are kept apart from) a group, in both UI languages; detail is for machines and tests. */
export interface Reason {
  code: ReasonCode;
  en: string;
  ar?: string;
  detail: string;
}

/** Who a claim or fact comes from: the publisher reports that the channel reports what the speaker said. */
export interface SourceChain {
  /** `${docId}|${channel ?? ''}|${speaker}`: one source per speaker and channel in each document. */
  key: string;
  docId: string;
  publisher: string;
  channel: string | null;
  speaker: string;
  title: string;
  url?: string;
  statementIds: string[];
}

export interface ClaimCluster {
  /** The intersection of the cluster's intervals (null sides open). */
  interval: Interval;
  claims: Claim[];
  /** Distinct voices among the claims: a speaker in a document counts once, whatever the channel. */
  sources: number;
}

export interface Conflict {
  a: Claim;
  b: Claim;
  /** Time between the end of the earlier interval and the start of the later one. */
  gapMs: number;
  en: string;
  ar: string;
}

export type FactStatus = 'agree' | 'disagree' | 'single' | 'none';

export interface FactCell {
  source: string;
  /** The value this source states, or 'silent'. */
  value: string;
  label?: string;
  fact?: Fact;
  /** The source of the same speaker that reported first (the original, e.g. the agency that heard the words;
   *  the other sources are its reports and translations), when this cell's value cannot hold with its value. */
  differsFromOriginal?: string;
}

export interface FactRow {
  kind: FactKind;
  status: FactStatus;
  cells: FactCell[];
  /** Each value stated, with the sources stating it. */
  values: { value: string; label: string; sources: string[] }[];
}

export interface FirstReportEntry {
  source: string;
  docId: string;
  statementId: string;
  /** When the source said it: the statement's saidAt start, else the document's publication (its instant when the
   *  source gives a time of day, else the start of its day). */
  at: string | null;
  /** The end of the interval `at` begins: equal to `at` for an instant, the day's end for a day. */
  until: string | null;
  /** Whether `at` is when the statement was said, or only when the document was published. */
  basis: 'said' | 'published' | null;
  /** Whether this source's interval overlaps the one before it in the order: which came first is not known (two
   *  reports published the same day, with no time of day). */
  sameTimeAsPrevious: boolean;
  /** Time after the first source; null when either time is unknown. */
  lagMs: number | null;
}

export interface FirstReport {
  first: string | null;
  order: FirstReportEntry[];
}

export interface EventGroup {
  /** Stable: the earliest member's "docId/eventId". */
  id: string;
  type: string;
  label: { en: string; ar: string };
  members: EventRef[];
  participants: string[];
  reasons: Reason[];
  sources: SourceChain[];
  /** Every time claim of the members, dated or not. */
  claims: Claim[];
  /** Dated claims partitioned into mutually compatible clusters, the consensus cluster first. */
  clusters: ClaimCluster[];
  consensus: ClaimCluster | null;
  conflicts: Conflict[];
  /** How many conflicting pairs there are (conflicts lists at most MAX_CONFLICTS). */
  conflictCount: number;
  facts: FactRow[];
  firstReport: FirstReport;
}

export interface Alignment {
  groups: EventGroup[];
  /** Decisions that could not be applied, and why. */
  ignored: { decision: AlignDecision; why: string }[];
}

const DAY_MS = 86_400_000;
/** Conflicting claims still speak of one happening when at most this far apart; further, it is another one. */
export const MAX_GAP_MS = 7 * DAY_MS;
/**
 * The narrow claims of one happening span at most this (two conflicting days a week apart fit); a longer span
 * means a chain of different happenings, a meeting every week of the year.
 */
export const MAX_SPAN_MS = 10 * DAY_MS;
/** Claims wider than this (a month, "recently") are not indexed by day: they are compared with every event. */
const WIDE_MS = 31 * DAY_MS;
export const MAX_CONFLICTS = 200;
/** Speech acts with no event of their own: two denials are not one happening. */
export const GENERIC_TYPES: ReadonlySet<string> = new Set(['statement', 'denial']);

interface Node {
  i: number;
  doc: number;
  x: Extraction;
  event: Event;
  participants: Set<string>;
  claims: Claim[];
  /** Dated claims as [start, end) in ms, open sides infinite. */
  spans: [number, number][];
  /** The dated claims that place the event within a month: what ties an event naming no participants. */
  narrow: [number, number][];
  order: string;
}

const ms = (s: string | null, open: number) => (s === null ? open : Date.parse(s));
const spanOf = (i: Interval | null): [number, number] | null =>
  i && (i.start !== null || i.end !== null) ? [ms(i.start, -Infinity), ms(i.end, Infinity)] : null;
const iso = (n: number) => (Number.isFinite(n) ? new Date(n).toISOString().replace('.000Z', 'Z') : null);
const gap = (a: [number, number], b: [number, number]) => Math.max(0, Math.max(a[0], b[0]) - Math.min(a[1], b[1]));
const intersects = (a: [number, number], b: [number, number]) => Math.max(a[0], b[0]) < Math.min(a[1], b[1]);
const eventNumber = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 0);
const refKey = (r: EventRef) => `${r.docId}/${r.eventId}`;

/** How the times of two events relate: some claims overlap, all are apart (by the smallest gap), or one has none. */
function timeRelation(a: [number, number][], b: [number, number][]): { kind: 'overlap' | 'conflict' | 'unknown'; gap: number } {
  if (!a.length || !b.length) return { kind: 'unknown', gap: 0 };
  let best = Infinity;
  for (const p of a) for (const q of b) best = Math.min(best, intersects(p, q) ? 0 : gap(p, q));
  return best === 0 && a.some((p) => b.some((q) => intersects(p, q))) ? { kind: 'overlap', gap: 0 } : { kind: 'conflict', gap: best };
}

/** Participants are compatible when one side names none, one set holds the other, or they share two. */
function participantsFit(p: Set<string>, q: Set<string>): { ok: boolean; shared: string[] } {
  if (!p.size || !q.size) return { ok: true, shared: [] };
  const shared = [...p].filter((x) => q.has(x));
  const ok = shared.length > 0 && (shared.length === p.size || shared.length === q.size || shared.length >= 2);
  return { ok, shared };
}

/** The smallest interval holding every span; empty ([∞, −∞]) when there are none. */
const hullOf = (spans: [number, number][]): [number, number] =>
  spans.length ? [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))] : [Infinity, -Infinity];

/** Union-find over nodes, with each group's participants, time hull and members (for split checks). */
class Groups {
  parent: Int32Array;
  participants: Set<string>[];
  hull: [number, number][];
  members: number[][];
  forbidden: (Set<number> | undefined)[];
  constructor(nodes: Node[]) {
    this.parent = Int32Array.from(nodes, (_, i) => i);
    this.participants = nodes.map((n) => new Set(n.participants));
    // The hull of narrow dated claims only: "recently" would make every group near every other.
    this.hull = nodes.map((n) => hullOf(n.narrow));
    this.members = nodes.map((_, i) => [i]);
    this.forbidden = nodes.map(() => undefined);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  /** Why two groups may not become one, or null when they may. */
  veto(a: number, b: number): string | null {
    const [fa, fb] = [this.forbidden[a], this.forbidden[b]];
    if (fa && this.members[b]!.some((m) => fa.has(m))) return 'split';
    if (fb && this.members[a]!.some((m) => fb.has(m))) return 'split';
    const [pa, pb] = [this.participants[a]!, this.participants[b]!];
    // Two groups that each name one party may join (each report is silent on the other side); the caller has
    // checked that their times meet.
    if (!participantsFit(pa, pb).ok && !(pa.size === 1 && pb.size === 1)) return 'participants';
    const [ha, hb] = [this.hull[a]!, this.hull[b]!];
    // A group may not grow wider than MAX_SPAN, nor than it already is (one event's own claims may disagree).
    if (ha[0] <= ha[1] && hb[0] <= hb[1]) {
      const span = Math.max(ha[1], hb[1]) - Math.min(ha[0], hb[0]);
      if (gap(ha, hb) > MAX_GAP_MS || span > Math.max(MAX_SPAN_MS, ha[1] - ha[0], hb[1] - hb[0])) return 'time';
    }
    return null;
  }
  union(a: number, b: number): number {
    if (this.members[a]!.length < this.members[b]!.length) [a, b] = [b, a];
    this.parent[b] = a;
    for (const p of this.participants[b]!) this.participants[a]!.add(p);
    const [ha, hb] = [this.hull[a]!, this.hull[b]!];
    this.hull[a] = [Math.min(ha[0], hb[0]), Math.max(ha[1], hb[1])];
    for (const m of this.members[b]!) this.members[a]!.push(m);
    const fb = this.forbidden[b];
    if (fb) {
      const fa = (this.forbidden[a] ??= new Set());
      for (const f of fb) fa.add(f);
    }
    return a;
  }
  forbid(a: number, b: number) {
    (this.forbidden[a] ??= new Set()).add(b);
    (this.forbidden[b] ??= new Set()).add(a);
    // Roots carry their members' constraints.
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== a) (this.forbidden[ra] ??= new Set()).add(b);
    if (rb !== b) (this.forbidden[rb] ??= new Set()).add(a);
  }
}

/** Index keys: a day bucket of an interval, or the type's "wide" list. */
function dayBuckets(spans: [number, number][]): { days: number[]; wide: boolean } {
  const days = new Set<number>();
  let wide = false;
  for (const [s, e] of spans) {
    if (!Number.isFinite(s) || !Number.isFinite(e) || e - s > WIDE_MS) wide = true;
    else for (let d = Math.floor(s / DAY_MS); d <= Math.floor((e - 1) / DAY_MS); d++) days.add(d);
  }
  return { days: [...days], wide };
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

function names(ids: readonly string[], lookup: ActorLookup, lang: 'en' | 'ar') {
  return ids.map((id) => lookup(id)?.names[lang][0] ?? lookup(id)?.names.en[0] ?? id).join(lang === 'ar' ? '، ' : ', ');
}

// "the call announced yesterday", "الاتصال الهاتفي المرتقب": the words point back at an event already known.
const CROSS_REF_EN =
  /\bthe\s+(?:[\w-]+\s+){0,2}?(?:call|conversation|meeting|talks|summit|visit)\s+(?:(?:that\s+was\s+|which\s+was\s+)?(?:announced|scheduled|planned|expected|mentioned|agreed))\b|\bthe\s+(?:announced|planned|scheduled|expected|aforementioned|upcoming)\s+(?:[\w-]+\s+)?(?:call|conversation|meeting|talks|summit|visit)\b/iu;
const CROSS_REF_AR =
  /(?:الاتصال|المكالمه|المحادثه|اللقاء|الاجتماع|المحادثات|القمه|الزياره)(?:\s+[^\s.،]+){0,2}?\s+(?:المعلن\s+عنه|المعلن\s+عنها|الذي\s+اعلن|التي\s+اعلن|المرتقب|المرتقبه|المزمع|المزمعه|المذكور|المذكوره|المشار\s+اليه|المشار\s+اليها)/u;

const MAY_REFER = /announced|scheduled|planned|expected|mentioned|agreed|aforementioned|upcoming|علن|مرتقب|مزمع|مذكور|مشار/i;

/** The words of the first span that points back at an already known event, or null. */
function crossReference(x: Extraction, spans: readonly { start: number; end: number }[]): string | null {
  for (const s of spans) {
    const words = x.document.text.slice(s.start, s.end);
    if (!MAY_REFER.test(words)) continue;
    const en = CROSS_REF_EN.exec(words);
    if (en) return en[0];
    // Arabic is matched on normalised words; the original words it covers are reported.
    const nt = normalizeArabic(words);
    const ar = CROSS_REF_AR.exec(nt.text);
    if (ar) return words.slice(nt.toOriginal[ar.index]!, nt.toOriginal[ar.index + ar[0].length]!);
  }
  return null;
}

/**
 * Claims partitioned into clusters of mutually compatible claims, best supported first: repeatedly the set of
 * claims sharing an instant that the most independent voices make (one speaker in one document is one voice,
 * whether quoted once or twice, through one channel or another), then the most claims, then the earliest.
 */
export function clusterClaims(claims: readonly Claim[], voiceOf: (c: Claim) => string = (c) => `${c.docId}|${c.speakerId}`): ClaimCluster[] {
  let rest = claims.map((c) => ({ c, span: spanOf(c.interval)!, voice: voiceOf(c) })).filter((r) => r.span);
  const out: ClaimCluster[] = [];
  while (rest.length) {
    // The instants worth trying: every start (a common intersection of intervals begins at one of them).
    const starts = [...new Set(rest.map((r) => r.span[0]))].sort((a, b) => a - b);
    let chosen: typeof rest = [];
    let chosenVoices = -1;
    for (const p of starts) {
      const here = rest.filter((r) => r.span[0] <= p && p < r.span[1]);
      const voices = new Set(here.map((r) => r.voice)).size;
      if (voices > chosenVoices || (voices === chosenVoices && here.length > chosen.length)) [chosen, chosenVoices] = [here, voices];
    }
    const start = Math.max(...chosen.map((r) => r.span[0]));
    const end = Math.min(...chosen.map((r) => r.span[1]));
    out.push({ interval: { start: iso(start), end: iso(end) }, claims: chosen.map((r) => r.c), sources: chosenVoices });
    const taken = new Set(chosen);
    rest = rest.filter((r) => !taken.has(r));
  }
  return out;
}

const sourceKey = (docId: string, s: Statement) => `${docId}|${s.channel ? (s.channel.actorId ?? s.channel.text) : ''}|${s.speaker.actorId}`;

/** When a document was published: its instant when the source gives one, else its day in the document's zone. */
function publicationOf(x: Extraction): { start: string; end: string } | null {
  const { instant, value } = x.document.published;
  if (instant) return { start: instant, end: instant };
  const d = value ? parseDate(value) : null;
  return d ? dayInterval(d, x.document.timeZone) : null;
}

/** Whether two sources' values of a fact can both hold. Participants always can: a source that names fewer
 *  parties is silent on the others, it does not deny them. Times can when their intervals share a moment ("on
 *  Thursday" and "late on Thursday evening"). */
const factsFit = (kind: FactKind, a: string, b: string, span?: (v: string) => [number, number] | null) => {
  if (a === b || kind === 'participants') return true;
  if (kind !== 'time' || !span) return false;
  const [sa, sb] = [span(a), span(b)];
  return sa !== null && sb !== null && intersects(sa, sb);
};

/** Group events across documents and compare what every source says of each group. */
export function align(extractions: readonly Extraction[], decisions: readonly AlignDecision[] = []): Alignment {
  const actors = actorsOf(extractions);
  const lookup: ActorLookup = (id) => actors.get(id);
  const nodes: Node[] = [];
  const nodeOf = new Map<string, number>();
  extractions.forEach((x, doc) => {
    const claims = new Map<string, Claim[]>();
    for (const c of claimsOf(x)) push(claims, c.eventId, c);
    const published = x.document.published.value ?? '9999-99-99';
    for (const event of x.events) {
      const own = claims.get(event.id) ?? [];
      const spans = own.map((c) => spanOf(c.interval)).filter((s): s is [number, number] => s !== null);
      const i = nodes.length;
      nodes.push({
        i,
        doc,
        x,
        event,
        participants: new Set(event.participants),
        claims: own,
        spans,
        narrow: spans.filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e - s <= WIDE_MS),
        order: `${published}\u0000${x.document.id}\u0000${String(eventNumber(event.id)).padStart(10, '0')}`,
      });
      nodeOf.set(refKey({ docId: x.document.id, eventId: event.id }), i);
    }
  });

  const groups = new Groups(nodes);
  const reasons = new Map<number, Reason[]>();
  const addReason = (i: number, r: Reason) => push(reasons, i, r);
  const ignored: Alignment['ignored'] = [];

  // Decisions: the last word on a pair wins; merges bind first, splits then constrain the machine.
  const last = new Map<string, AlignDecision>();
  for (const d of decisions) {
    const [a, b] = [nodeOf.get(refKey(d.a)), nodeOf.get(refKey(d.b))];
    if (a === undefined || b === undefined) {
      ignored.push({ decision: d, why: `unknown event ${a === undefined ? refKey(d.a) : refKey(d.b)}` });
      continue;
    }
    const key = [refKey(d.a), refKey(d.b)].sort().join('\u0000');
    last.delete(key); // re-insert so iteration follows the order of the last decisions
    last.set(key, d);
  }
  const eventName = (i: number) => `${nodes[i]!.event.label.en} (${nodes[i]!.x.document.id})`;
  for (const d of last.values()) {
    if (d.kind !== 'merge') continue;
    const [a, b] = [nodeOf.get(refKey(d.a))!, nodeOf.get(refKey(d.b))!];
    const [ra, rb] = [groups.find(a), groups.find(b)];
    if (ra !== rb) groups.union(ra, rb);
    addReason(a, { code: 'merged', en: `Merged with ${eventName(b)} by ${d.author} (${d.at.slice(0, 10)})`, ar: `دُمج مع ${nodes[b]!.event.label.ar} بقرار ${d.author} (${d.at.slice(0, 10)})`, detail: `${refKey(d.a)} + ${refKey(d.b)} by ${d.author} at ${d.at}` });
  }
  for (const d of last.values()) {
    if (d.kind !== 'split') continue;
    const [a, b] = [nodeOf.get(refKey(d.a))!, nodeOf.get(refKey(d.b))!];
    if (groups.find(a) === groups.find(b)) {
      ignored.push({ decision: d, why: 'the two events are merged by other decisions' });
      continue;
    }
    groups.forbid(a, b);
    const r = (other: number): Reason => ({ code: 'split', en: `Kept apart from ${eventName(other)} by ${d.author} (${d.at.slice(0, 10)})`, ar: `فُصل عن ${nodes[other]!.event.label.ar} بقرار ${d.author} (${d.at.slice(0, 10)})`, detail: `${refKey(d.a)} / ${refKey(d.b)} by ${d.author} at ${d.at}` });
    addReason(a, r(b));
    addReason(b, r(a));
  }

  // The machine: candidates come from indexes by type and participant (or by type and day for events that
  // name no participants), never from all pairs.
  // Events naming participants are indexed by type and participant, and, when dated, by the week of their
  // claims too: a dated event looks only at the weeks within MAX_GAP of its own, and at undated events.
  const WEEK = 7 * DAY_MS;
  // Per claim, not per hull: an event whose claims are years apart (a misread date) must not scan every week between.
  const weeksOf = (spans: [number, number][], margin: number) => {
    const out = new Set<number>();
    for (const [a, b] of spans) for (let w = Math.floor((a - margin) / WEEK); w <= Math.floor((b - 1 + margin) / WEEK); w++) out.add(w);
    return out;
  };
  const everyByParticipant = new Map<string, number[]>();
  const datedByParticipant = new Map<string, number[]>();
  const undatedByParticipant = new Map<string, number[]>();
  const byDay = new Map<string, number[]>();
  const stamp = new Int32Array(nodes.length).fill(-1);
  for (const n of nodes) {
    const type = n.event.type;
    if (GENERIC_TYPES.has(type)) continue;
    const { days } = dayBuckets(n.narrow);
    const dated = n.narrow.length > 0;
    const candidates: number[] = [];
    const add = (list: number[] | undefined) => {
      for (const c of list ?? []) {
        if (stamp[c] === n.i) continue;
        stamp[c] = n.i;
        candidates.push(c);
      }
    };
    for (const p of n.participants) {
      const key = `${type}\u0000${p}`;
      if (!dated) add(everyByParticipant.get(key));
      else {
        for (const w of weeksOf(n.narrow, MAX_GAP_MS)) add(datedByParticipant.get(`${key}\u0000${w}`));
        add(undatedByParticipant.get(key));
      }
    }
    // Compatible time is what ties an event without participants (on either side) to another.
    for (const d of days) add(byDay.get(`${type}\u0000${d}`));
    // Lists hold earlier events in document order; their concatenation is deterministic, which is all that matters.
    const vetoed = new Set<number>();
    for (const c of candidates) {
      // Cheap tests first: already together, or a group this event may not join.
      const [ra, rb] = [groups.find(n.i), groups.find(c)];
      if (ra === rb || vetoed.has(rb)) continue;
      const m = nodes[c]!;
      const people = participantsFit(n.participants, m.participants);
      // Each names one side only (one report names Russia, another Ukraine): they are silent on the other party,
      // not in disagreement — their times must then meet, as for an event that names none.
      const oneSideEach = n.participants.size === 1 && m.participants.size === 1 && !people.ok;
      const bothNamed = n.participants.size > 0 && m.participants.size > 0 && !oneSideEach;
      const time = bothNamed ? timeRelation(n.spans, m.spans) : timeRelation(n.narrow, m.narrow);
      if (bothNamed ? !people.ok || (time.kind === 'conflict' && time.gap > MAX_GAP_MS) : time.kind !== 'overlap') continue;
      if (groups.veto(ra, rb)) {
        vetoed.add(rb);
        continue;
      }
      groups.union(ra, rb);
      const labels = n.event.label;
      addReason(c, { code: 'same-type', en: `Same kind of event: ${labels.en.split(':')[0]}`, ar: `الحدث من النوع نفسه: ${labels.ar}`, detail: type });
      if (people.shared.length) {
        addReason(c, { code: 'shared-participants', en: `Shared participants: ${names(people.shared, lookup, 'en')}`, ar: `أطراف مشتركة: ${names(people.shared, lookup, 'ar')}`, detail: [...people.shared].sort().join(',') });
      } else if (oneSideEach) {
        addReason(c, { code: 'one-side-each', en: `Each names one party (${names([...n.participants], lookup, 'en')}; ${names([...m.participants], lookup, 'en')}); their times fit`, ar: `يسمّي كلٌّ منهما طرفًا واحدًا (${names([...n.participants], lookup, 'ar')}؛ ${names([...m.participants], lookup, 'ar')})، ووقتاهما متوافقان`, detail: [...n.participants, ...m.participants].sort().join(',') });
      } else {
        const without = n.participants.size ? m : n;
        addReason(c, { code: 'no-participants', en: `${eventName(without.i)} names no participants; its time fits`, ar: 'حدث لا يسمّي أطرافه، ووقته متوافق', detail: refKey({ docId: without.x.document.id, eventId: without.event.id }) });
      }
      if (time.kind === 'overlap') addReason(c, { code: 'times-overlap', en: 'Their times overlap', ar: 'أوقاتهما متداخلة', detail: 'overlap' });
      else if (time.kind === 'unknown') addReason(c, { code: 'times-unknown', en: 'One of them gives no time', ar: 'أحدهما لا يذكر وقتاً', detail: 'unknown' });
      else {
        const days = Math.round(time.gap / DAY_MS);
        addReason(c, { code: 'times-conflict', en: `Their times do not meet (${time.gap < 60_000 ? 'one ends where the other begins' : days >= 1 ? `${days} day${days === 1 ? '' : 's'} apart` : `${Math.max(1, Math.round(time.gap / 3_600_000))} h apart`}) but the participants match`, ar: 'أوقاتهما متعارضة لكن الأطراف أنفسهم', detail: `gap ${time.gap} ms` });
      }
    }
    for (const p of n.participants) {
      const key = `${type}\u0000${p}`;
      push(everyByParticipant, key, n.i);
      if (!dated) push(undatedByParticipant, key, n.i);
      else for (const w of weeksOf(n.narrow, 0)) push(datedByParticipant, `${key}\u0000${w}`, n.i);
    }
    for (const d of days) push(byDay, `${type}\u0000${d}`, n.i);
  }

  // Groups, in the order of their earliest member.
  const byRoot = new Map<number, Node[]>();
  for (const n of nodes) push(byRoot, groups.find(n.i), n);
  const statementsByDoc = extractions.map((x) => {
    const m = new Map<string, Statement[]>();
    for (const s of x.statements) push(m, s.eventId, s);
    return m;
  });
  const publication = extractions.map(publicationOf);
  const out: { group: EventGroup; order: string }[] = [];
  for (const members of byRoot.values()) {
    members.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    out.push(buildGroup(members, reasons, statementsByDoc, publication, lookup));
  }
  out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return { groups: out.map((o) => o.group), ignored };
}

function buildGroup(
  members: Node[],
  reasons: Map<number, Reason[]>,
  statementsByDoc: Map<string, Statement[]>[],
  publication: ({ start: string; end: string } | null)[],
  lookup: ActorLookup,
): { group: EventGroup; order: string } {
  const first = members[0]!;
  // The group's type: its members' most common specific type (a reviewer may merge different ones).
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.event.type, (counts.get(m.event.type) ?? 0) + (GENERIC_TYPES.has(m.event.type) ? 0.5 : 1));
  const type = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const labelled = members.find((m) => m.event.type === type)!;

  const seen = new Set<string>();
  const why: Reason[] = [];
  for (const m of members) {
    for (const r of reasons.get(m.i) ?? []) {
      const k = `${r.code}\u0000${r.detail}`;
      if (seen.has(k)) continue;
      seen.add(k);
      why.push(r);
    }
  }
  if (members.length > 1) {
    for (const m of members) {
      const sts = statementsByDoc[m.doc]!.get(m.event.id) ?? [];
      const words = crossReference(m.x, [...sts.flatMap((s) => s.content), ...m.event.mentions]);
      const k = `cross-reference\u0000${m.x.document.id}/${m.event.id}`;
      if (words && !seen.has(k)) {
        seen.add(k);
        why.push({ code: 'cross-reference', en: `Refers back to an event already known: “${words}”`, ar: `يشير إلى حدث معروف: «${words}»`, detail: `${m.x.document.id}/${m.event.id}` });
      }
    }
  }

  // Sources: one per speaker and channel in each document.
  const sources = new Map<string, SourceChain>();
  const said = new Map<string, { at: string | null; until: string | null; basis: FirstReportEntry['basis']; statementId: string; docId: string }>();
  for (const m of members) {
    const doc = m.x.document;
    for (const s of statementsByDoc[m.doc]!.get(m.event.id) ?? []) {
      const key = sourceKey(doc.id, s);
      let src = sources.get(key);
      if (!src) {
        src = { key, docId: doc.id, publisher: doc.publisher, channel: s.channel ? (s.channel.actorId ?? s.channel.text) : null, speaker: s.speaker.actorId, title: doc.title, ...(doc.url ? { url: doc.url } : {}), statementIds: [] };
        sources.set(key, src);
      }
      src.statementIds.push(s.id);
      // A statement's own time when an expression gives it; else the publication, which bounds it.
      const own = s.saidAt.bound ? null : (s.saidAt.interval ?? null);
      const when = own ?? publication[m.doc] ?? null;
      const at = when?.start ?? null;
      const basis = own ? 'said' : at ? 'published' : null;
      const prev = said.get(key);
      if (!prev || (at !== null && (prev.at === null || at < prev.at))) said.set(key, { at, until: when?.end ?? null, basis, statementId: s.id, docId: doc.id });
    }
  }

  const claims = members.flatMap((m) => m.claims);
  const clusters = clusterClaims(claims);
  const consensus = clusters[0] ?? null;

  // Conflicts: claims of different clusters that cannot both hold (a partial overlap is not one).
  const conflicts: Conflict[] = [];
  let conflictCount = 0;
  const spans = clusters.map((c) => c.claims.map((claim) => [claim, spanOf(claim.interval)!] as const));
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length; j++) {
      for (const [a, sa] of spans[i]!) {
        for (const [b, sb] of spans[j]!) {
          if (intersects(sa, sb)) continue;
          conflictCount++;
          if (conflicts.length >= MAX_CONFLICTS) continue;
          const [early, late] = sa[0] <= sb[0] ? [a, b] : [b, a];
          const g = gap(sa, sb);
          conflicts.push({ a: early, b: late, gapMs: g, ...conflictWords(early, late, g, lookup) });
        }
      }
    }
  }

  // Facts by source: read from the statements' words when first asked for (a view shows one group's; an
  // export asks for all). Reading every statement of a large corpus was most of an alignment's time.
  const keys = [...sources.keys()];
  const readFacts = (): FactRow[] => {
    const factsBySource = new Map<string, Fact[]>();
    for (const m of members) {
      for (const s of statementsByDoc[m.doc]!.get(m.event.id) ?? []) {
        const key = sourceKey(m.x.document.id, s);
        const list = factsBySource.get(key) ?? [];
        for (const f of factsOf(m.x, s, m.event)) list.push(f);
        factsBySource.set(key, list);
      }
    }
    // The time each source gives the happening: its first dated claim, pointing to the words that give it.
    const sourceOf = new Map<string, string>();
    for (const src of sources.values()) for (const id of src.statementIds) sourceOf.set(`${src.docId}|${id}`, src.key);
    const spanOfValue = new Map<string, [number, number]>();
    for (const c of claims) {
      const key = sourceOf.get(`${c.docId}|${c.statementId}`);
      const span = c.interval ? spanOf(c.interval) : null;
      if (!key || !span) continue;
      if (!spanOfValue.has(c.value)) spanOfValue.set(c.value, span);
      const list = factsBySource.get(key) ?? [];
      if (!list.some((f) => f.kind === 'time')) list.push({ kind: 'time', value: c.value, label: c.value, statementId: c.statementId, docId: c.docId, span: { start: c.words.start, end: c.words.end }, text: c.words.text });
      factsBySource.set(key, list);
    }
    const span = (v: string) => spanOfValue.get(v) ?? null;
    // Sources in the order they reported: a speaker's first is the original of that speaker's words.
    const rank = new Map(order.map((o, i) => [o.source, i]));
    return FACT_KINDS.map((kind) => {
      const cells: FactCell[] = keys.map((source) => {
        const fact = factsBySource.get(source)?.find((f) => f.kind === kind);
        return fact ? { source, value: fact.value, label: fact.label, fact } : { source, value: 'silent' };
      });
      for (const c of cells) {
        if (!c.fact) continue;
        const speaker = sources.get(c.source)!.speaker;
        const original = cells
          .filter((o) => o.fact && o.source !== c.source && sources.get(o.source)!.speaker === speaker && (rank.get(o.source) ?? Infinity) < (rank.get(c.source) ?? Infinity))
          .sort((a, b) => rank.get(a.source)! - rank.get(b.source)!)[0];
        if (original && !factsFit(kind, original.value, c.value, span)) c.differsFromOriginal = original.source;
      }
      const stating = cells.filter((c) => c.fact);
      const values: FactRow['values'] = [];
      for (const c of stating) {
        const v = values.find((x) => x.value === c.value);
        if (v) v.sources.push(c.source);
        else values.push({ value: c.value, label: c.label!, sources: [c.source] });
      }
      // Agreement is between speakers: one speaker quoted by two outlets is still one voice.
      const speakers = new Set(stating.map((c) => sources.get(c.source)!.speaker));
      const fit = values.every((v) => values.every((w) => factsFit(kind, v.value, w.value, span)));
      const status: FactStatus = !stating.length ? 'none' : !fit ? 'disagree' : speakers.size === 1 ? 'single' : 'agree';
      return { kind, status, cells, values };
    });
  };
  let facts: FactRow[] | undefined;

  // First report.
  const order = keys
    .map((source) => ({ source, ...said.get(source)! }))
    // At one instant, the one known to have ended first (said before a publication at 13:40), then a time the
    // statement gives before a publication date, which only bounds it.
    .sort((a, b) =>
      a.at === b.at
        ? (a.until ?? '\uffff').localeCompare(b.until ?? '\uffff') || (a.basis === 'said' ? 0 : 1) - (b.basis === 'said' ? 0 : 1) || (a.source < b.source ? -1 : 1)
        : a.at === null ? 1 : b.at === null ? -1 : a.at < b.at ? -1 : 1,
    );
  const firstAt = order[0]?.at ?? null;
  const firstReport: FirstReport = {
    first: firstAt !== null ? order[0]!.source : null,
    order: order.map((o, i) => {
      const before = order[i - 1];
      // Two intervals that share a moment (the same publication day, no time of day) leave the order unknown.
      const sameTimeAsPrevious = Boolean(before && before.at !== null && o.at !== null && before.until !== null && o.until !== null && o.at < before.until && before.at < o.until) || Boolean(before && before.at !== null && before.at === o.at);
      return { source: o.source, docId: o.docId, statementId: o.statementId, at: o.at, until: o.until, basis: o.basis, sameTimeAsPrevious, lagMs: o.at !== null && firstAt !== null ? Date.parse(o.at) - Date.parse(firstAt) : null };
    }),
  };

  const participants = [...new Set(members.flatMap((m) => m.event.participants))].sort();
  const group: EventGroup = {
    id: refKey({ docId: first.x.document.id, eventId: first.event.id }),
    type,
    label: labelled.event.label,
    members: members.map((m) => ({ docId: m.x.document.id, eventId: m.event.id })),
    participants,
    reasons: why,
    sources: [...sources.values()],
    claims,
    clusters,
    consensus,
    conflicts,
    conflictCount,
    get facts() {
      return (facts ??= readFacts());
    },
    firstReport,
  };
  return { group, order: first.order };
}
