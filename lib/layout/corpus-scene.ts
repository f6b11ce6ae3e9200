// From statements to the timeline's scene: a lane per speaker (grouped by side, in affiliation order), a lane
// per event type under "Events", a mark per statement at saidAt and per time claim at the claimed time, and a
// link from each statement to the claim it makes (or, failing that, to the event's time as others claim it).
import { Modality, Stance, type Extraction } from '../model/schema';
import { eventWords } from '../view/describe';
import { bareLabel, eventName, typeName } from '../view/event-names';
import { actorLabel } from '../view/format';
import { MESSAGES } from '../view/i18n';
import type { StatementRow } from '../view/rows';
import { MARK_EVENT, MARK_STATEMENT, buildScene, type Lane, type LaneGroup, type MarkInput, type Scene } from './scene';
import { type ActorLookup, SIDE_EVENTS, SIDE_MEDIA, SIDE_MULTILATERAL, SIDE_OTHER, orderSpeakers, sideLabel } from './sides';

import type { UiLabel, UiLang } from '../view/ui-lang';

export type { UiLang };

export const STANCE_CODES = Stance.options;
export const MODALITY_CODES = Modality.options;


export interface LaneOrder {
  speakers: { id: string; side: string; depth: number }[];
  sides: string[];
  eventTypes: { type: string; label: UiLabel }[];
}

/**
 * Lane order from the whole corpus, not the filtered part, so lanes keep their places while filters change.
 * Sides: states by how many statements they carry, then multilateral, media, other.
 */
export function laneOrder(rows: StatementRow[], lookup: ActorLookup): LaneOrder {
  const speakers = orderSpeakers([...new Set(rows.map((r) => r.statement.speaker.actorId))], lookup);
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.side, (count.get(r.side) ?? 0) + 1);
  const tail = [SIDE_MULTILATERAL, SIDE_MEDIA, SIDE_OTHER];
  const sides = [...count.keys()]
    .filter((s) => !tail.includes(s))
    .sort((a, b) => count.get(b)! - count.get(a)! || sideLabel(a, lookup).en.localeCompare(sideLabel(b, lookup).en));
  const types = new Map<string, { en: string; ar: string; cameo: string }>();
  for (const r of rows) {
    const e = r.event;
    if (e && !types.has(e.type)) types.set(e.type, { ...typeLabel(e.label), cameo: e.cameo ?? '999' });
  }
  return {
    speakers,
    sides: [...sides, ...tail.filter((s) => count.has(s))],
    eventTypes: [...types.entries()]
      .sort(([a, x], [b, y]) => x.cameo.localeCompare(y.cameo) || a.localeCompare(b))
      .map(([type, l]) => ({ type, label: { en: l.en, ar: l.ar, ru: typeName(type, l, 'ru') } })),
  };
}

// An event's label can name its speaker ("Denial: Maria Zakharova"); the lane is the type's, so drop that part.
const typeLabel = (label: { en: string; ar: string }) => ({ en: bareLabel(label.en), ar: label.ar });

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : null);

export function sceneFromRows(order: LaneOrder, shown: StatementRow[], xs: Extraction[], lookup: ActorLookup, lang: UiLang): Scene {
  const speakersShown = new Set(shown.map((r) => r.statement.speaker.actorId));
  const typesShown = new Set(shown.map((r) => r.event?.type).filter((t): t is string => Boolean(t)));
  const lanes: Lane[] = [];
  const groups: LaneGroup[] = [];
  const laneOf = new Map<string, number>();
  const addGroup = (key: string, label: UiLabel, members: Omit<Lane, 'rows'>[]) => {
    if (!members.length) return;
    const g: LaneGroup = { key, label, lanes: [] };
    for (const m of members) {
      laneOf.set(m.key, lanes.length);
      g.lanes.push(lanes.length);
      lanes.push({ ...m, rows: 1 });
    }
    groups.push(g);
  };
  addGroup(
    SIDE_EVENTS,
    sideLabel(SIDE_EVENTS, lookup),
    order.eventTypes.filter((t) => typesShown.has(t.type)).map((t) => ({ key: `type:${t.type}`, label: t.label, side: SIDE_EVENTS, depth: 0, eventType: t.type })),
  );
  for (const side of order.sides) {
    const members = order.speakers
      .filter((sp) => sp.side === side && speakersShown.has(sp.id))
      .map((sp) => {
        const a = lookup(sp.id);
        return { key: `actor:${sp.id}`, label: { en: actorLabel(a, 'en', sp.id), ar: actorLabel(a, 'ar', sp.id), ru: actorLabel(a, 'ru', sp.id) }, side, depth: sp.depth, actorId: sp.id };
      });
    addGroup(side, sideLabel(side, lookup), members);
  }

  const marks: MarkInput[] = [];
  const eventsDone = new Set<string>();
  for (const r of shown) {
    const s = r.statement;
    const docId = xs[r.doc]!.document.id;
    const e = r.event;
    const eventLane = e ? laneOf.get(`type:${e.type}`) : undefined;
    const claimKey = (statementId: string) => `${docId}/${e!.id}@${statementId}`;
    let linkTo: string | undefined;
    if (e && eventLane !== undefined) {
      const eventKey = `${docId}/${e.id}`;
      if (!eventsDone.has(eventKey)) {
        eventsDone.add(eventKey);
        for (const c of e.timeClaims) {
          marks.push({ key: claimKey(c.statementId), lane: eventLane, kind: MARK_EVENT, start: ms(c.interval?.start), end: ms(c.interval?.end), style: MODALITY_CODES.indexOf(e.modality), label: eventName(e, lang, xs[r.doc]!.actors) });
        }
        if (!e.timeClaims.length) marks.push({ key: eventKey, lane: eventLane, kind: MARK_EVENT, start: null, end: null, style: MODALITY_CODES.indexOf(e.modality), label: eventName(e, lang, xs[r.doc]!.actors) });
      }
      const own = e.timeClaims.find((c) => c.statementId === s.id);
      linkTo = own ? claimKey(own.statementId) : e.timeClaims[0] ? claimKey(e.timeClaims[0].statementId) : eventKey;
    }
    const interval = s.saidAt.interval;
    marks.push({
      key: r.key,
      lane: laneOf.get(`actor:${s.speaker.actorId}`)!,
      kind: MARK_STATEMENT,
      start: ms(interval?.start),
      end: ms(interval?.end),
      bound: s.saidAt.bound === 'before-publication',
      style: STANCE_CODES.indexOf(s.stance),
      label: markLabel(s, e, lang),
      ...(linkTo ? { linkTo, ownLink: Boolean(e?.timeClaims.some((c) => c.statementId === s.id)) } : {}),
    });
  }
  return buildScene(lanes, groups, marks);
}

/** A statement's label on the timeline: the source's own cue in Arabic, a verb in English, the stance's noun in
 *  Russian (a verb would agree with the speaker's gender), then the event. */
function markLabel(s: StatementRow['statement'], e: StatementRow['event'], lang: UiLang): string {
  const what = eventWords(e, lang);
  if (lang === 'ar') return what ? `${s.cue.text} · ${what}` : s.cue.text;
  if (lang === 'ru') return what ? `${MESSAGES.ru.stanceName[s.stance]} · ${what}` : MESSAGES.ru.stanceName[s.stance];
  const verb = MESSAGES.en.stanceName[s.stance];
  return what ? `${verb} ${what}` : verb;
}

/** The statement or event claim behind a mark key. */
export function parseMarkKey(key: string): { docId: string; id: string; claimOf?: string } {
  const slash = key.lastIndexOf('/');
  const docId = key.slice(0, slash);
  const rest = key.slice(slash + 1);
  const at = rest.indexOf('@');
  return at < 0 ? { docId, id: rest } : { docId, id: rest.slice(0, at), claimOf: rest.slice(at + 1) };
}
