// From per-mention drafts to statements (merged across mentions) and the events they speak of.
import type { Event, Interval, Modality, Stance, TimeExpression } from '../model/schema';
import type { WordSpan } from '../text/phrases';
import { WordMemo, wordNumbers } from '../text/phrases';
import { forEachWithin, rangeWithin } from '../text/spans';
import { splitClitics } from '../text/tokens';
import type { Tenses } from '../time/tense';
import type { Gazetteer } from './gazetteer';
import type { EventLexicon, EventType } from './events';
import { FALLBACK_EVENTS } from './events';
import type { ActorMention } from './mentions';
import type { SpanN, StatementDraft } from './drafts';

export interface MergedStatement {
  primary: StatementDraft;
  drafts: StatementDraft[];
  speakerId: string;
  stance: Stance;
  event: EventDraft;
  modality: Modality;
}

export interface EventDraft {
  type: EventType;
  trigger: SpanN | null;
  participants: Set<string>;
  statements: MergedStatement[];
  /** The days the statements' own words give the happening (YYYY-MM-DD). */
  days: Set<string>;
}

// A word's stem, remembered by the word's number: the same words recur in every document.
const STEM = new WordMemo((w: string) => splitClitics(w).stem);
const contentWords = (text: string, words: WordSpan[], spans: SpanN[], stop: Set<string>) => {
  const out = new Set<string>();
  const ids = wordNumbers(words);
  for (const s of spans) {
    // (the words wholly inside the span: consecutive, as spansWithin gives them)
    const [from, to] = rangeWithin(words, s.start, s.end);
    for (let i = from; i < to; i++) {
      const stem = STEM.at(words, ids, i);
      if (stem.length > 2 && !stop.has(stem)) out.add(stem);
    }
  }
  return out;
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter || 1);
};

/** Two mentions of one speaker are one statement when they speak of the same thing. */
const SAME_CONTENT = 0.3;

const fallbackEvent = (stance: Stance) => ({ type: stance === 'deny' ? FALLBACK_EVENTS.deny : FALLBACK_EVENTS.default, trigger: null });

function eventOf(text: string, words: WordSpan[], d: StatementDraft, lex: EventLexicon): { type: EventType; trigger: SpanN | null } {
  for (const c of d.content) {
    const hit = lex.trigger(text, words, c);
    if (hit) return hit;
  }
  return fallbackEvent(d.stance);
}

const GENERIC = new Set([FALLBACK_EVENTS.deny.type, FALLBACK_EVENTS.default.type]);

export function mergeStatements(
  text: string,
  words: WordSpan[],
  drafts: StatementDraft[],
  mentions: ActorMention[],
  g: Gazetteer,
  tenses: Tenses,
  lex: EventLexicon,
  /** The day a draft's saying is dated to, when an expression dates it. */
  saidDay: (d: StatementDraft) => string | null = () => null,
  /** The days the time expressions inside a draft's words resolve to. */
  contentDays: (d: StatementDraft) => string[] = () => [],
): { statements: MergedStatement[]; events: EventDraft[] } {
  // Groups of one speaker's mentions, with what tells them apart kept as sets, so that a document of thousands of
  // mentions is merged in linear time: a new mention is compared with a group's sets and its latest few mentions.
  interface Group {
    drafts: StatementDraft[];
    days: Set<string>;
    stances: Set<Stance>;
    types: Set<string>;
  }
  const groups: Group[] = [];
  const groupsBySpeaker = new Map<string | null, Group[]>();
  // Content words only when two mentions of one speaker need comparing.
  const vocabulary = new Map<StatementDraft, Set<string>>();
  const vocab = (d: StatementDraft) => vocabulary.get(d) ?? vocabulary.set(d, contentWords(text, words, d.content, lex.stop)).get(d)!;
  const typeOf = new Map(drafts.map((d) => [d, eventOf(text, words, d, lex)]));
  // Two mentions are one statement only if nothing tells them apart: not said on different days, not one
  // confirming what the other denies (a merge never makes a stance of its own).
  // (loops over the sets, no copies: asked for every group of the speaker at every mention)
  const apart = (grp: Group, d: StatementDraft) => {
    const day = saidDay(d);
    if (day) for (const x of grp.days) if (x !== day) return true;
    if (d.headline || d.stance === 'state') return false;
    for (const s of grp.stances) if (s !== d.stance) return true;
    return false;
  };
  const RECENT = 8;
  for (const d of drafts) {
    const own = groupsBySpeaker.get(d.speaker.actorId) ?? [];
    const type = typeOf.get(d)!.type.type;
    const group = own.find(
      (grp) =>
        !apart(grp, d) &&
        ((grp.types.has(type) && !GENERIC.has(type)) || grp.drafts.slice(-RECENT).some((o) => jaccard(vocab(o), vocab(d)) >= SAME_CONTENT)),
    );
    const g0 = group ?? { drafts: [], days: new Set<string>(), stances: new Set<Stance>(), types: new Set<string>() };
    if (!group) {
      groups.push(g0);
      own.push(g0);
      groupsBySpeaker.set(d.speaker.actorId, own);
    }
    g0.drafts.push(d);
    const day = saidDay(d);
    if (day) g0.days.add(day);
    if (!d.headline && d.stance !== 'state') g0.stances.add(d.stance);
    g0.types.add(type);
  }

  const participantKinds = new Set(['person', 'state', 'alliance', 'institution']);
  const statements: MergedStatement[] = groups.map(({ drafts: grp }) => {
    const primary = grp.find((d) => !d.headline) ?? grp[0]!;
    // The stance the statement's own words give, never one made up by merging (issue 17).
    const stance: Stance = primary.stance;
    const ev = grp.map((d) => typeOf.get(d)!).find((t) => t.trigger) ?? fallbackEvent(stance);
    const participants = new Set<string>();
    for (const d of grp) {
      for (const c of d.content) {
        forEachWithin(mentions, c.start, c.end, (k) => {
          const id = mentions[k]!.actorId;
          if (id && participantKinds.has(g.entries.get(id)?.kind ?? 'person')) participants.add(id);
        });
      }
    }
    const future = grp.some((d) => d.content.some((c) => tenses.tense(c.start, c.end) === 'future'));
    const modality: Modality = stance === 'deny' ? 'denied' : future ? 'planned' : stance === 'publish' ? 'occurred' : 'reported';
    const days = new Set<string>();
    for (const d of grp) for (const day of contentDays(d)) days.add(day);
    const event: EventDraft = { type: ev.type, trigger: ev.trigger, participants, statements: [], days };
    return { primary, drafts: grp, speakerId: primary.speaker.actorId!, stance, event, modality };
  });

  // One event per happening: the same specific type, the same parties (two of them when both name two: Russia's
  // talks with Ukraine are not its talks with Turkey), and days that agree when both give one.
  const events: EventDraft[] = [];
  const sameParties = (a: Set<string>, b: Set<string>) => {
    let shared = 0;
    for (const p of a) if (b.has(p)) shared++;
    return shared >= Math.min(2, a.size, b.size) && shared > 0;
  };
  const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const sameDays = (a: Set<string>, b: Set<string>) => !a.size || !b.size || [...a].some((x) => [...b].some((y) => Math.abs(dayMs(x) - dayMs(y)) <= 86_400_000));
  for (const s of statements) {
    const same = GENERIC.has(s.event.type.type)
      ? undefined
      : events.find((e) => e.type.type === s.event.type.type && sameParties(s.event.participants, e.participants) && sameDays(s.event.days, e.days));
    if (same) {
      for (const p of s.event.participants) same.participants.add(p);
      for (const d of s.event.days) same.days.add(d);
      same.trigger ??= s.event.trigger;
      s.event = same;
    } else events.push(s.event);
    s.event.statements.push(s);
  }
  return { statements, events };
}

const width = (i: Interval | null) => (i && i.start && i.end ? Date.parse(i.end) - Date.parse(i.start) : Infinity);

/** The narrowest resolved expression among candidates, for saidAt and for an event's time claim. */
export function narrowest(times: TimeExpression[]): TimeExpression | undefined {
  if (times.length < 2) return times[0];
  // Each width once (two date parses), not in every comparison: the same order.
  const widths = new Map(times.map((t) => [t, width(t.interval)]));
  return [...times].sort((a, b) => widths.get(a)! - widths.get(b)! || a.start - b.start)[0];
}

export const MODALITY_ORDER: Modality[] = ['occurred', 'planned', 'denied', 'reported'];
export const eventModality = (e: EventDraft): Modality =>
  MODALITY_ORDER.find((m) => e.statements.some((s) => s.modality === m)) ?? 'reported';

export type { Event };
