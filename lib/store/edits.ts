// Corrections are edits over the machine's extraction, never overwrites: the stored extraction stays what the
// engine said, and what a reader sees is that extraction with the edits that are not undone applied in order.
// An edit names its target by id and keeps an anchor (the words and offsets of the statement's cue, or the
// actor's name) so that after re-extraction by a newer engine it finds its statement again by its words;
// what cannot be found is reported for review, never dropped.
import { z } from 'zod';
import { type Extraction, Interval, Stance, type Statement } from '../model/schema';

export const EDIT_OPS = [
  'statement.speaker',
  'statement.stance',
  'statement.saidAt',
  'statement.eventTime',
  'statement.event',
  'statement.delete',
  'statement.merge',
  'actor.rename',
  'actor.merge',
] as const;
export type EditOp = (typeof EDIT_OPS)[number];

/** A time as a correction gives it: a TIMEX3 DATE or TIME value (a real day), and its interval in order. */
const Time = z
  .object({ value: z.string().min(1).max(64), interval: Interval.nullable() })
  .superRefine((t, ctx) => {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.value);
    if (day) {
      const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
      const real = new Date(Date.UTC(y, m - 1, d));
      if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d) ctx.addIssue({ code: 'custom', message: `${t.value} is not a real day`, path: ['value'] });
    } else if (!/^(PAST_REF|PRESENT_REF|FUTURE_REF|\d{4}(-\d{2})?)$/.test(t.value)) ctx.addIssue({ code: 'custom', message: 'a TIMEX3 date or time value, such as 2021-12-30 or 2021-12-30TEV', path: ['value'] });
    const i = t.interval;
    if (i?.start && Number.isNaN(Date.parse(i.start))) ctx.addIssue({ code: 'custom', message: 'not an instant', path: ['interval', 'start'] });
    if (i?.end && Number.isNaN(Date.parse(i.end))) ctx.addIssue({ code: 'custom', message: 'not an instant', path: ['interval', 'end'] });
    if (i?.start && i.end && !(Date.parse(i.start) < Date.parse(i.end))) ctx.addIssue({ code: 'custom', message: 'the interval must start before it ends', path: ['interval'] });
  });
const id = z.string().min(1).max(300);
/** The value each op takes. */
export const EDIT_VALUES = {
  'statement.speaker': id, // an actor id
  'statement.stance': Stance,
  'statement.saidAt': Time,
  'statement.eventTime': Time,
  'statement.event': id, // an event id of the same document
  'statement.delete': z.null(),
  'statement.merge': z.object({ from: z.array(id).min(1).max(50) }), // statements folded into the target
  'actor.rename': z.object({ en: z.string().min(1).max(200).optional(), ar: z.string().min(1).max(200).optional() }).refine((v) => v.en || v.ar, 'give en or ar'),
  'actor.merge': z.object({ from: id }), // another actor, replaced by the target everywhere
} as const satisfies Record<EditOp, z.ZodType>;

/** An edit as a client sends it. */
export const EditInput = z.object({
  op: z.enum(EDIT_OPS),
  target: id,
  value: z.unknown(),
  author: z.string().trim().min(1).max(100),
});
export type EditInput = z.infer<typeof EditInput>;

export interface Anchor {
  /** A statement's cue: its words and where they were. */
  cue?: { text: string; start: number; end: number };
  /** An actor's first English name. */
  name?: string;
}

export interface Edit {
  id: number;
  op: EditOp;
  target: string;
  value: unknown;
  author: string;
  /** ISO instant the edit was made. */
  at: string;
  /** ISO instant it was undone, or null. */
  undoneAt: string | null;
  anchor: Anchor;
}

/** The op's value checked; an error message names what is wrong. */
export function checkValue(op: EditOp, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const r = EDIT_VALUES[op].safeParse(value === undefined ? null : value);
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ') };
}

/** What an edit names besides its target must exist too (a speaker, an event, what is merged), and nothing is
 *  merged into itself; the reason when not. */
export function checkReferences(x: Extraction, op: EditOp, target: string, value: unknown): string | null {
  switch (op) {
    case 'statement.speaker':
      return x.actors.some((a) => a.id === value) ? null : `no actor "${String(value)}" in this document`;
    case 'statement.event':
      return x.events.some((e) => e.id === value) ? null : `no event "${String(value)}" in this document`;
    case 'statement.merge': {
      const from = (value as { from: string[] }).from;
      if (from.includes(target)) return 'a statement cannot be merged into itself';
      const missing = from.filter((f) => !x.statements.some((s) => s.id === f));
      return missing.length ? `no statement ${missing.map((m) => `"${m}"`).join(', ')} to merge` : null;
    }
    case 'actor.merge': {
      const from = (value as { from: string }).from;
      if (from === target) return 'an actor cannot be merged into itself';
      return x.actors.some((a) => a.id === from) ? null : `no actor "${from}" to merge`;
    }
    default:
      return null;
  }
}

/** What the target of an edit must be in the extraction it is made on (for a 404-like answer up front). */
export function anchorFor(x: Extraction, op: EditOp, target: string): Anchor | null {
  if (op.startsWith('actor.')) {
    const a = x.actors.find((y) => y.id === target);
    return a ? { name: a.names.en[0] ?? a.names.ar[0] ?? a.id } : null;
  }
  const s = x.statements.find((y) => y.id === target);
  return s ? { cue: { text: s.cue.text, start: s.cue.start, end: s.cue.end } } : null;
}

/** The statement an edit meant: by id, else by its cue's words, nearest to where they were. */
function findStatement(statements: readonly Statement[], e: Edit): Statement | undefined {
  const byId = statements.find((s) => s.id === e.target);
  if (byId && (!e.anchor.cue || byId.cue.text === e.anchor.cue.text)) return byId;
  const cue = e.anchor.cue;
  if (!cue) return undefined;
  let best: Statement | undefined;
  for (const s of statements) if (s.cue.text === cue.text && (!best || Math.abs(s.cue.start - cue.start) < Math.abs(best.cue.start - cue.start))) best = s;
  return best;
}

export interface Applied {
  extraction: Extraction;
  /** Edits that found nothing to apply to after re-extraction, with the reason, for review. */
  unanchored: { edit: Edit; reason: string }[];
}

/** The extraction as corrected: every edit not undone, in the order made. Pure: the input is not changed. */
export function applyEdits(machine: Extraction, edits: readonly Edit[]): Applied {
  const x: Extraction = structuredClone(machine);
  const spokenBefore = new Set(x.statements.map((s) => s.eventId));
  const unanchored: Applied['unanchored'] = [];
  for (const e of edits) {
    if (e.undoneAt) continue;
    const miss = (reason: string) => unanchored.push({ edit: e, reason });
    if (e.op === 'actor.rename' || e.op === 'actor.merge') {
      const a = x.actors.find((y) => y.id === e.target) ?? x.actors.find((y) => e.anchor.name && (y.names.en[0] === e.anchor.name || y.names.ar[0] === e.anchor.name));
      if (!a) {
        miss(`no actor "${e.target}"${e.anchor.name ? ` or named "${e.anchor.name}"` : ''}`);
        continue;
      }
      if (e.op === 'actor.rename') {
        const v = e.value as { en?: string; ar?: string };
        if (v.en) a.names.en = [v.en, ...a.names.en.filter((n) => n !== v.en)];
        if (v.ar) a.names.ar = [v.ar, ...a.names.ar.filter((n) => n !== v.ar)];
      } else {
        const from = (e.value as { from: string }).from;
        const gone = x.actors.find((y) => y.id === from);
        if (!gone) {
          miss(`no actor "${from}" to merge`);
          continue;
        }
        a.names.en = [...new Set([...a.names.en, ...gone.names.en])];
        a.names.ar = [...new Set([...a.names.ar, ...gone.names.ar])];
        x.actors = x.actors.filter((y) => y.id !== from);
        for (const s of x.statements) {
          if (s.speaker.actorId === from) s.speaker.actorId = a.id;
          if (s.channel?.actorId === from) s.channel.actorId = a.id;
          if (s.reportedBy === from) s.reportedBy = a.id;
        }
        for (const ev of x.events) ev.participants = [...new Set(ev.participants.map((p) => (p === from ? a.id : p)))];
        for (const y of x.actors) y.affiliations = y.affiliations.map((f) => (f.actorId === from ? { ...f, actorId: a.id } : f)).filter((f) => f.actorId !== y.id);
      }
      continue;
    }
    const s = findStatement(x.statements, e);
    if (!s) {
      miss(`no statement "${e.target}"${e.anchor.cue ? ` or with the words "${e.anchor.cue.text}"` : ''}`);
      continue;
    }
    switch (e.op) {
      case 'statement.speaker': {
        const actor = e.value as string;
        if (!x.actors.some((a) => a.id === actor)) {
          miss(`no actor "${actor}" to speak`);
          break;
        }
        s.speaker = { ...s.speaker, actorId: actor };
        break;
      }
      case 'statement.stance':
        s.stance = e.value as Statement['stance'];
        break;
      case 'statement.saidAt': {
        const v = e.value as { value: string; interval: Interval | null };
        s.saidAt = { value: v.value, interval: v.interval, corrected: { author: e.author, at: e.at } };
        break;
      }
      case 'statement.eventTime': {
        const v = e.value as { value: string; interval: Interval | null };
        const ev = x.events.find((y) => y.id === s.eventId);
        if (!ev) {
          miss(`the statement's event "${s.eventId}" is gone`);
          break;
        }
        const claim = { statementId: s.id, value: v.value, interval: v.interval, corrected: { author: e.author, at: e.at } };
        ev.timeClaims = [...ev.timeClaims.filter((c) => c.statementId !== s.id), claim];
        break;
      }
      case 'statement.event': {
        const to = e.value as string;
        const ev = x.events.find((y) => y.id === to);
        if (!ev) {
          miss(`no event "${to}"`);
          break;
        }
        // The time it gave its old event goes with it.
        const old = x.events.find((y) => y.id === s.eventId);
        const claim = old?.timeClaims.find((c) => c.statementId === s.id);
        if (old) old.timeClaims = old.timeClaims.filter((c) => c.statementId !== s.id);
        if (claim) ev.timeClaims = [...ev.timeClaims.filter((c) => c.statementId !== s.id), claim];
        s.eventId = to;
        break;
      }
      case 'statement.delete':
        x.statements = x.statements.filter((y) => y !== s);
        for (const ev of x.events) ev.timeClaims = ev.timeClaims.filter((c) => c.statementId !== s.id);
        break;
      case 'statement.merge': {
        const from = (e.value as { from: string[] }).from;
        const folded = x.statements.filter((y) => y !== s && from.includes(y.id));
        if (folded.length !== from.length) miss(`of ${from.length} statements to merge, ${from.length - folded.length} are gone`);
        s.mentions = [...s.mentions, ...folded.flatMap((y) => y.mentions)].sort((a, b) => a.start - b.start);
        s.content = [...s.content, ...folded.flatMap((y) => y.content)].sort((a, b) => a.start - b.start);
        const ids = new Set(folded.map((y) => y.id));
        x.statements = x.statements.filter((y) => !ids.has(y.id));
        for (const ev of x.events) ev.timeClaims = ev.timeClaims.filter((c) => !ids.has(c.statementId));
        break;
      }
    }
  }
  // An event the edits left without a statement is left out, as the engine would leave it.
  const spoken = new Set(x.statements.map((s) => s.eventId));
  x.events = x.events.filter((ev) => spoken.has(ev.id) || !spokenBefore.has(ev.id));
  return { extraction: x, unanchored };
}
