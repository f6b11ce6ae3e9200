// Corrections are edits over the machine's extraction, never overwrites: the stored extraction stays what the
// engine said, and what a reader sees is that extraction with the edits that are not undone applied in order.
// An edit names its target by id and keeps an anchor (the words and offsets of the statement's cue, or the
// actor's name) so that after re-extraction by a newer engine it finds its statement again by its words;
// what cannot be found is reported for review, never dropped.
import { z } from 'zod';
import { FALLBACK_EVENTS } from '../extract/events';
import { type Extraction, Interval, type Span, Stance, type Statement } from '../model/schema';
import { sentenceAt, sentences } from '../text/tokens';
import { dayInterval, parseDate } from '../time/calendar';
import { line } from '../model/input';

export const EDIT_OPS = [
  'statement.speaker',
  'statement.stance',
  'statement.saidAt',
  'statement.eventTime',
  'statement.event',
  'statement.delete',
  'statement.merge',
  'statement.split',
  'statement.add',
  'actor.rename',
  'actor.merge',
  'event.align',
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
const id = line(300).pipe(z.string().min(1));
const offset = z.number().int().nonnegative();
/** Characters of the document's text, [start, end), not empty. */
const TextSpan = z.object({ start: offset, end: offset }).refine((s) => s.start < s.end, { message: 'start must come before end', path: ['end'] });
/** The value each op takes. */
export const EDIT_VALUES = {
  'statement.speaker': id, // an actor id
  'statement.stance': Stance,
  'statement.saidAt': Time,
  'statement.eventTime': Time,
  'statement.event': id, // an event id of the same document
  'statement.delete': z.null(),
  'statement.merge': z.object({ from: z.array(id).min(1).max(50) }), // statements folded into the target
  'statement.split': z.object({ at: offset }), // an offset into the text, strictly inside the target's content
  // A statement the machine missed; the target is the document's id.
  'statement.add': z.object({
    speaker: id,
    cue: TextSpan,
    content: z
      .array(TextSpan)
      .min(1)
      .max(50)
      .refine((c) => c.every((x, i) => i === 0 || c[i - 1]!.end <= x.start), 'the spans must be in order and not overlap'),
    stance: Stance,
    saidAt: Time.optional(),
    eventId: id.optional(),
  }),
  'actor.rename': z
    .object({ en: line(200).pipe(z.string().min(1)).optional(), ar: line(200).pipe(z.string().min(1)).optional(), ru: line(200).pipe(z.string().min(1)).optional() })
    .strict()
    .refine((v) => v.en || v.ar || v.ru, 'give en, ar or ru'),
  'actor.merge': z.object({ from: id }), // another actor, replaced by the target everywhere
  // A reviewer's word on the compare view's grouping: the target event and another (of any document) are the
  // same happening, or are not.
  'event.align': z.object({ docId: id, eventId: id, same: z.boolean() }),
} as const satisfies Record<EditOp, z.ZodType>;

/** An edit as a client sends it. */
export const EditInput = z
  .object({
    op: z.enum(EDIT_OPS),
    target: id,
    value: z.unknown(),
    author: line(100).pipe(z.string().trim().min(1)),
  })
  .strict();
export type EditInput = z.infer<typeof EditInput>;

export interface Anchor {
  /** A statement's cue: its words and where they were. */
  cue?: { text: string; start: number; end: number };
  /** An added statement's content: its words and where they were (checked when it re-anchors). */
  content?: { text: string; start: number; end: number }[];
  /** An actor's first English name. */
  name?: string;
  /** An event's type (an event is found again by its id, which is its words' offset). */
  event?: string;
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

export type SplitValue = z.infer<(typeof EDIT_VALUES)['statement.split']>;
export type AddValue = z.infer<(typeof EDIT_VALUES)['statement.add']>;
export type AlignValue = z.infer<(typeof EDIT_VALUES)['event.align']>;

// Statements an edit makes get ids from the edit itself, with a "~" no machine id has: the same after a
// re-extraction (later edits find them by id), and never mistaken for a machine statement by its words.
const MADE = '~';
/** The id of the second half of a statement split at `at` (the first keeps the statement's id). */
export const splitId = (target: string, at: number) => `${target}${MADE}${at}`;
/** The id of a statement added by hand, from its cue's offsets. */
export const addedId = (cue: Span) => `added${MADE}${cue.start}-${cue.end}`;

/** A span without the white space at its ends; null when nothing is left. */
function trimmed(text: string, s: Span): Span | null {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** A statement's content cut at an offset: the words before and the words after, each side not empty; else null. */
export function cutContent(text: string, content: readonly Span[], at: number): { first: Span[]; second: Span[] } | null {
  const first: (Span | null)[] = [];
  const second: (Span | null)[] = [];
  for (const c of content) {
    if (c.end <= at) first.push(trimmed(text, c));
    else if (c.start >= at) second.push(trimmed(text, c));
    else {
      first.push(trimmed(text, { start: c.start, end: at }));
      second.push(trimmed(text, { start: at, end: c.end }));
    }
  }
  const keep = (xs: (Span | null)[]) => xs.filter((x): x is Span => x !== null);
  const out = { first: keep(first), second: keep(second) };
  return out.first.length && out.second.length ? out : null;
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
    case 'statement.split': {
      const s = x.statements.find((y) => y.id === target);
      if (!s) return null; // the target's own check answers
      const at = (value as SplitValue).at;
      if (!cutContent(x.document.text, s.content, at)) {
        const where = s.content.map((c) => `${c.start}–${c.end}`).join(', ') || 'none';
        return `at: ${at} is not strictly inside the statement's words (characters ${where}) with words on both sides`;
      }
      if (x.statements.some((y) => y.id === splitId(target, at))) return `at: the statement was already split at ${at}`;
      return null;
    }
    case 'statement.add': {
      const v = value as AddValue;
      const n = x.document.text.length;
      const spans: [string, Span][] = [['cue', v.cue], ...v.content.map((c, i): [string, Span] => [`content.${i}`, c])];
      for (const [field, sp] of spans) {
        if (sp.end > n) return `${field}: ${sp.start}–${sp.end} is outside the text (${n} characters)`;
        if (!trimmed(x.document.text, sp)) return `${field}: ${sp.start}–${sp.end} holds no words`;
      }
      if (!x.actors.some((a) => a.id === v.speaker)) return `speaker: no actor "${v.speaker}" in this document`;
      if (v.eventId && !x.events.some((e) => e.id === v.eventId)) return `eventId: no event "${v.eventId}" in this document`;
      const same = x.statements.find((s) => s.cue.start === v.cue.start && s.cue.end === v.cue.end);
      if (same) return `cue: statement "${same.id}" already has these words as its cue (correct that one)`;
      return null;
    }
    case 'event.align': {
      const v = value as AlignValue;
      return v.docId === x.document.id && v.eventId === target ? 'an event is always the same as itself' : null;
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

/** What the target of an edit must be in the extraction it is made on (for a 404-like answer up front). A
 *  statement added by hand targets the document (it has no statement yet) and is anchored by its own words. */
export function anchorFor(x: Extraction, op: EditOp, target: string, value?: unknown): Anchor | null {
  if (op === 'statement.add') {
    if (target !== x.document.id) return null;
    const v = value as AddValue | undefined;
    if (!v) return {};
    const words = (s: Span) => ({ text: x.document.text.slice(s.start, s.end), start: s.start, end: s.end });
    return { cue: words(v.cue), content: v.content.map(words) };
  }
  if (op === 'event.align') {
    const ev = x.events.find((y) => y.id === target);
    return ev ? { event: ev.type } : null;
  }
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
  if (e.target.includes(MADE)) return byId; // made by an edit: gone only when that edit is undone or lost
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
      const a = x.actors.find((y) => y.id === e.target) ?? x.actors.find((y) => e.anchor.name && (y.names.en[0] === e.anchor.name || y.names.ar[0] === e.anchor.name || y.names.ru[0] === e.anchor.name));
      if (!a) {
        miss(`no actor "${e.target}"${e.anchor.name ? ` or named "${e.anchor.name}"` : ''}`);
        continue;
      }
      if (e.op === 'actor.rename') {
        const v = e.value as { en?: string; ar?: string; ru?: string };
        if (v.en) a.names.en = [v.en, ...a.names.en.filter((n) => n !== v.en)];
        if (v.ar) a.names.ar = [v.ar, ...a.names.ar.filter((n) => n !== v.ar)];
        if (v.ru) a.names.ru = [v.ru, ...a.names.ru.filter((n) => n !== v.ru)];
      } else {
        const from = (e.value as { from: string }).from;
        const gone = x.actors.find((y) => y.id === from);
        if (!gone) {
          miss(`no actor "${from}" to merge`);
          continue;
        }
        a.names.en = [...new Set([...a.names.en, ...gone.names.en])];
        a.names.ar = [...new Set([...a.names.ar, ...gone.names.ar])];
        a.names.ru = [...new Set([...a.names.ru, ...gone.names.ru])];
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
    if (e.op === 'event.align') {
      const ev = x.events.find((y) => y.id === e.target);
      if (!ev || (e.anchor.event && ev.type !== e.anchor.event)) {
        miss(`no event "${e.target}"${e.anchor.event ? ` of type ${e.anchor.event}` : ''}`);
        continue;
      }
      const v = e.value as AlignValue;
      // The latest word on a pair is the one that holds.
      ev.alignments = [...(ev.alignments ?? []).filter((a) => a.docId !== v.docId || a.eventId !== v.eventId), { ...v, author: e.author, at: e.at }];
      continue;
    }
    if (e.op === 'statement.add') {
      const why = addStatement(x, e, spokenBefore);
      if (why) miss(why);
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
      case 'statement.split': {
        const asMade = (e.value as SplitValue).at;
        // Where the words moved (a newer engine's text), the offset moves with the cue.
        const at = asMade + (e.anchor.cue ? s.cue.start - e.anchor.cue.start : 0);
        const parts = cutContent(x.document.text, s.content, at);
        if (!parts) {
          miss(`${at} is no longer inside the words of statement "${s.id}"`);
          break;
        }
        const id = splitId(e.target, asMade);
        if (x.statements.some((y) => y.id === id)) {
          miss(`statement "${id}" is already there`);
          break;
        }
        const near = (spans: Span[]) => {
          const m = s.mentions.filter((y) => spans.some((c) => y.start < c.end && c.start < y.end));
          return m.length ? m : s.mentions;
        };
        const second: Statement = { ...structuredClone(s), id, content: parts.second, mentions: structuredClone(near(parts.second)) };
        s.content = parts.first;
        s.mentions = near(parts.first);
        x.statements.splice(x.statements.indexOf(s) + 1, 0, second);
        // The time the statement gives its event goes with the half whose words hold it.
        const ev = x.events.find((y) => y.id === s.eventId);
        const claim = ev?.timeClaims.find((c) => c.statementId === s.id);
        const te = claim?.timeExpressionId ? x.timeExpressions.find((t) => t.id === claim.timeExpressionId) : undefined;
        if (ev && claim && te && te.start >= at) ev.timeClaims = ev.timeClaims.map((c) => (c === claim ? { ...c, statementId: id } : c));
        break;
      }
    }
  }
  // An event the edits left without a statement is left out, as the engine would leave it.
  const spoken = new Set(x.statements.map((s) => s.eventId));
  x.events = x.events.filter((ev) => spoken.has(ev.id) || !spokenBefore.has(ev.id));
  return { extraction: x, unanchored };
}

/** Where `words` occur in `text` nearest to `near`, or null. */
function nearest(text: string, words: string, near: number): number | null {
  let best: number | null = null;
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) if (best === null || Math.abs(i - near) < Math.abs(best - near)) best = i;
  return best;
}

/** A statement the machine missed, added to the reading; the reason when it cannot be (for review). Its offsets
 *  follow its cue's words when a newer text moved them, and its quoted words must still be there. */
function addStatement(x: Extraction, e: Edit, spokenBefore: Set<string>): string | null {
  const v = e.value as AddValue;
  const text = x.document.text;
  const anchor = e.anchor.cue;
  let delta = 0;
  if (anchor && text.slice(v.cue.start, v.cue.end) !== anchor.text) {
    const found = nearest(text, anchor.text, anchor.start);
    if (found === null) return `the words "${anchor.text}" of the added statement are no longer in the text`;
    delta = found - anchor.start;
  }
  const moved = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
  const cue = moved(v.cue);
  const content = v.content.map(moved);
  if (content.some((c) => c.end > text.length) || e.anchor.content?.some((c) => text.slice(c.start + delta, c.end + delta) !== c.text))
    return `the words the added statement quotes are no longer beside its cue "${anchor?.text ?? ''}"`;
  const id = addedId(v.cue);
  if (x.statements.some((s) => s.id === id)) return `statement "${id}" is already there`;
  const machine = x.statements.find((s) => s.cue.start === cue.start && s.cue.end === cue.end);
  if (machine) return `the machine now reads this statement itself ("${machine.id}")`;
  const actor = x.actors.find((a) => a.id === v.speaker);
  if (!actor) return `no actor "${v.speaker}" to speak`;
  if (v.eventId && !x.events.some((ev) => ev.id === v.eventId)) return `no event "${v.eventId}"`;

  // Its mentions are the sentences that hold its words.
  const list = sentences(text);
  const mentions: Span[] = [];
  for (const sp of [cue, ...content].map((sp) => {
    const sent = sentenceAt(list, sp.start);
    return { start: Math.min(sent?.start ?? sp.start, sp.start), end: Math.max(sent?.end ?? sp.end, sp.end) };
  }).sort((a, b) => a.start - b.start)) {
    const last = mentions.at(-1);
    if (last && sp.start <= last.end) last.end = Math.max(last.end, sp.end);
    else mentions.push(sp);
  }
  // The speaker's span: where those sentences name it, nearest the cue (else empty, at the cue).
  const named = (actor.mentions ?? []).filter((m) => mentions.some((s) => m.start >= s.start && m.end <= s.end)).sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
  const published = x.document.published.value;
  const day = published ? parseDate(published) : null;
  const saidAt: Statement['saidAt'] = v.saidAt
    ? { value: v.saidAt.value, interval: v.saidAt.interval, corrected: { author: e.author, at: e.at } }
    : { value: published ?? 'XXXX-XX-XX', interval: day ? { start: null, end: dayInterval(day, x.document.timeZone).end } : null, bound: 'before-publication' };
  let eventId = v.eventId;
  if (!eventId) {
    // As the engine does for a statement with no event word: a denial, or a statement, of its speaker.
    const kind = v.stance === 'deny' ? FALLBACK_EVENTS.deny : FALLBACK_EVENTS.default;
    eventId = `e-${id}`;
    const inContent = (m: Span) => content.some((c) => m.start >= c.start && m.end <= c.end);
    x.events.push({
      id: eventId,
      type: kind.type,
      ...(kind.cameo ? { cameo: kind.cameo } : {}),
      label: { en: `${kind.label.en}: ${actor.names.en[0] ?? actor.id}`, ar: kind.label.ar },
      participants: x.actors.filter((a) => a.mentions?.some(inContent)).map((a) => a.id).sort(),
      modality: v.stance === 'deny' ? 'denied' : 'reported',
      timeClaims: [],
      mentions: content,
    });
    spokenBefore.add(eventId); // left out, as the engine's are, once no statement speaks of it
  }
  const statement: Statement = {
    id,
    speaker: { actorId: actor.id, start: named?.start ?? cue.start, end: named?.end ?? cue.start },
    cue: { text: text.slice(cue.start, cue.end), ...cue },
    stance: v.stance,
    channel: null,
    saidAt,
    mentions,
    content,
    direct: false,
    confidence: 1,
    eventId,
  };
  const after = x.statements.findIndex((s) => (s.mentions[0]?.start ?? s.cue.start) > mentions[0]!.start);
  x.statements.splice(after < 0 ? x.statements.length : after, 0, statement);
  return null;
}
