// The actor graph: who speaks for whom, who confirms or denies what, through which channel, who takes part
// in the events spoken of, and which documents report them, built from Extractions as plain data. Parallel
// edges fold into one with a count, so thickness can say how many statements stand behind it.
import type { ActorKind, Extraction, Modality, Stance } from '../model/schema';
import { eventName } from '../view/event-names';
import { LOCALE, type UiLabel, type UiLang } from '../view/ui-lang';

export type NodeKind = ActorKind | 'event' | 'document';

export interface GraphNode {
  /** `actor:<id>` or `event:<documentId>/<eventId>`. */
  id: string;
  kind: NodeKind;
  label: UiLabel;
  /** For events: their type, modality and the document they come from (for documents: their own id). */
  eventType?: string;
  modality?: Modality;
  documentId?: string;
  /** For documents: the publication date (YYYY-MM-DD), when known, and the title (the label is outlet + date). */
  published?: string;
  title?: string;
}

/**
 * statement: speaker → event, labelled by stance; participation: actor → event; affiliation: actor → actor
 * (speaksFor, partOf, basedIn); channel: speaker → the outlet they spoke through; reporting: publisher →
 * document ("publishes") and document → each event it reports ("reports").
 */
export type EdgeKind = 'statement' | 'participation' | 'affiliation' | 'channel' | 'reporting';

export interface GraphEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** statement edges: the stance; affiliation edges: speaksFor / partOf / basedIn. */
  label: string;
  /** How many statements (or mentions of the relation) folded into this edge. */
  count: number;
  /** Statement keys ("documentId/statementId") behind a statement, channel or reporting edge. */
  statements: string[];
  /** Earliest and latest instants the statements behind the edge were said (epoch ms), when known. */
  from?: number;
  to?: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const actorNode = (id: string) => `actor:${id}`;
export const eventNode = (docId: string, eventId: string) => `event:${docId}/${eventId}`;
export const documentNode = (docId: string) => `doc:${docId}`;

export interface GraphOptions {
  /** Statements to keep, by key ("documentId/statementId"); events then come only with a kept statement. */
  keep?: (statementKey: string) => boolean;
}

/** The graph of one or more documents. Deterministic: nodes and edges are sorted by id. */
export function buildGraph(xs: Extraction[], o: GraphOptions = {}): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  const addActor = (x: Extraction, id: string) => {
    const key = actorNode(id);
    if (nodes.has(key)) return key;
    const a = x.actors.find((y) => y.id === id);
    nodes.set(key, {
      id: key,
      kind: a?.kind ?? 'institution',
      label: { en: a?.names.en[0] ?? id, ar: a?.names.ar[0] ?? a?.names.en[0] ?? id, ...(a?.names.ru[0] ? { ru: a.names.ru[0] } : {}) },
    });
    return key;
  };
  const addEdge = (kind: EdgeKind, source: string, target: string, label: string, statement?: string, said?: { start: number | null; end: number | null }) => {
    const id = `${kind}:${source}->${target}:${label}`;
    const e = edges.get(id) ?? { id, kind, source, target, label, count: 0, statements: [] };
    if (statement !== undefined) {
      if (e.statements.includes(statement)) return;
      e.statements.push(statement);
    }
    e.count = statement !== undefined ? e.statements.length : 1;
    const lo = said?.start ?? said?.end ?? null;
    const hi = said?.end ?? said?.start ?? null;
    if (lo !== null) e.from = Math.min(e.from ?? lo, lo);
    if (hi !== null) e.to = Math.max(e.to ?? hi, hi);
    edges.set(id, e);
  };
  const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

  for (const x of xs) {
    const doc = x.document.id;
    const kept = x.statements.filter((s) => !o.keep || o.keep(`${doc}/${s.id}`));
    if (o.keep && !kept.length) continue;
    const spoken = new Set(kept.map((s) => s.eventId));
    const events = new Map(x.events.filter((e) => !o.keep || spoken.has(e.id)).map((e) => [e.id, e]));
    for (const e of events.values()) {
      const key = eventNode(doc, e.id);
      nodes.set(key, { id: key, kind: 'event', label: eventLabel(e, x), eventType: e.type, modality: e.modality, documentId: doc });
      for (const p of e.participants) addEdge('participation', addActor(x, p), key, 'participant');
    }
    // The document itself, published by its outlet, reporting each event its statements speak of.
    const docKey = documentNode(doc);
    const published = x.document.published.value ?? undefined;
    const outlet = x.actors.find((a) => a.id === x.document.publisher)?.names;
    const label = { en: `${outlet?.en[0] ?? x.document.publisher}, ${published ?? '?'}`, ar: `${outlet?.ar[0] ?? outlet?.en[0] ?? x.document.publisher}، ${published ? `\u2066${published}\u2069` : '؟'}`, ru: `${outlet?.ru[0] ?? outlet?.en[0] ?? x.document.publisher}, ${published ?? '?'}` };
    nodes.set(docKey, { id: docKey, kind: 'document', label, documentId: doc, title: x.document.title, ...(published ? { published } : {}) });
    const day = published ? { start: ms(`${published}T00:00:00Z`), end: ms(`${published}T00:00:00Z`) } : undefined;
    for (const s of kept) {
      const speaker = addActor(x, s.speaker.actorId);
      const statementKey = `${doc}/${s.id}`;
      const said = { start: ms(s.saidAt.interval?.start), end: ms(s.saidAt.interval?.end) };
      addEdge('reporting', addActor(x, x.document.publisher), docKey, 'publishes', statementKey, day);
      if (events.has(s.eventId)) {
        addEdge('statement', speaker, eventNode(doc, s.eventId), s.stance satisfies Stance, statementKey, said);
        addEdge('reporting', docKey, eventNode(doc, s.eventId), 'reports', statementKey, said);
      }
      if (s.channel?.actorId) addEdge('channel', speaker, addActor(x, s.channel.actorId), 'through', statementKey, said);
    }
  }
  // Affiliations of the actors in the graph (whom they speak for, what they are part of, where they are
  // based), followed up the chain: a target added here has its own (the office is part of the state).
  let grew = true;
  while (grew) {
    grew = false;
    for (const x of xs) {
      for (const a of x.actors) {
        if (!nodes.has(actorNode(a.id))) continue;
        for (const f of a.affiliations) {
          if (f.type === 'memberOf' || edges.has(`affiliation:${actorNode(a.id)}->${actorNode(f.actorId)}:${f.type}`)) continue;
          addEdge('affiliation', actorNode(a.id), addActor(x, f.actorId), f.type);
          grew = true;
        }
      }
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
// Russian days through Intl: the month in the genitive after its day ("30 дек.").
const DAY_RU = new Intl.DateTimeFormat(LOCALE.ru, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const arDigits = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));

/**
 * An event as the graph names it: its kind, who takes part (surnames, or states' names) and its day, so two
 * "Negotiations" of two documents, or two denials, can be told apart ("Phone call: Putin–Biden, 30 Dec").
 */
export function eventLabel(e: Extraction['events'][number], x: Extraction): Required<UiLabel> {
  const actor = (id: string) => x.actors.find((a) => a.id === id);
  const short = (id: string, lang: UiLang) => {
    const a = actor(id);
    const name = (lang === 'en' ? undefined : a?.names[lang][0]) ?? a?.names.en[0] ?? id;
    // A person by the surname; a state, a body or a group by its name.
    return a?.kind === 'person' ? name.split(/\s+/).at(-1)! : name;
  };
  const who = (lang: UiLang) => {
    const names = e.participants.slice(0, 3).map((p) => short(p, lang));
    const more = e.participants.length - names.length;
    return names.length ? `${names.join('–')}${more > 0 ? (lang === 'ar' ? ` +${arDigits(more)}` : ` +${more}`) : ''}` : '';
  };
  const day = e.timeClaims.map((c) => /^(\d{4})-(\d{2})-(\d{2})/.exec(c.value)).find((m) => m);
  const when = (lang: UiLang) =>
    day ? (lang === 'ar' ? `${arDigits(Number(day[3]))} ${MONTHS_AR[Number(day[2]) - 1]}` : lang === 'ru' ? DAY_RU.format(Date.UTC(+day[1]!, +day[2]! - 1, +day[3]!)) : `${Number(day[3])} ${MONTHS_EN[Number(day[2]) - 1]}`) : '';
  const name = (lang: UiLang) => {
    const base = eventName(e, lang, x.actors);
    // A speech act's label already names its speaker ("Denial: Maria Zakharova").
    const parts = [base.includes(':') ? '' : who(lang), when(lang)].filter(Boolean);
    if (!parts.length) return base;
    return lang === 'ar' ? `${base}${base.includes(':') ? '،' : ':'} ${parts.join('، ')}` : `${base}${base.includes(':') ? ',' : ':'} ${parts.join(', ')}`;
  };
  return { en: name('en'), ar: name('ar'), ru: name('ru') };
}
