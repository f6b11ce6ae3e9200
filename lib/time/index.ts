// Temporal expressions of a document: tag, resolve against publication, map back to the original.
import type { Interval, TimeExpression } from '../model/schema';
import type { EngineWarning } from '../model/warnings';
import type { NormalizedText } from '../text/normalize';
import { toOriginalSpan } from '../text/normalize';
import type { Sentence } from '../text/tokens';
import { sentenceAt } from '../text/tokens';
import type { LocalDate } from './calendar';
import { dayInterval, parseDate } from './calendar';
import { resolve } from './resolve';
import type { TaggedSpan } from './parse';
import type { Tenses } from './tense';

export interface TimeContext {
  anchor: LocalDate | null;
  zone: string;
}

export const timexId = (start: number, end: number) => `t${start}-${end}`;

/** The clause around a span: bounded by its sentence and by ؛ or a quotation colon. */
function clauseOf(text: string, sentence: Sentence | undefined, span: { start: number; end: number }) {
  const s0 = sentence?.start ?? 0;
  const s1 = sentence?.end ?? text.length;
  // Search within the sentence only: a document without ؛ must not be scanned to its ends each time.
  const before = text.slice(s0, span.start);
  const a = s0 + Math.max(before.lastIndexOf('؛'), before.lastIndexOf(';')) + 1;
  const after = text.slice(span.end, s1).search(/[؛;]/);
  return { start: a, end: after < 0 ? s1 : span.end + after };
}

/** A date alone on its line (a weekday word may stand before it): a live blog's header. */
function isHeader(text: string, t: { start: number; end: number }): boolean {
  // Only a short stretch either side can make a header: look no further (a text with no line breaks is long).
  const near = text.slice(Math.max(0, t.start - 25), t.start);
  const cut = near.lastIndexOf('\n');
  if (cut < 0 && t.start > 25) return false;
  const before = near.slice(cut + 1);
  const tail = text.slice(t.end, t.end + 8);
  const lineEnd = tail.indexOf('\n');
  if (lineEnd < 0 && t.end + 8 < text.length) return false;
  const after = lineEnd < 0 ? tail : tail.slice(0, lineEnd);
  return before.length < 24 && /^\s*(?:[\p{L}]+\s*[،,]?\s*)?$/u.test(before) && /^\s*[.:،,]?\s*$/u.test(after);
}

export function publicationInterval(anchor: LocalDate | null, zone: string): Interval | null {
  return anchor ? dayInterval(anchor, zone) : null;
}


export function resolveTimes(
  nt: NormalizedText,
  tagged: TaggedSpan[],
  sentences: Sentence[],
  ctx: TimeContext,
  warnings: EngineWarning[],
  tenses: Tenses,
): TimeExpression[] {
  const publication = publicationInterval(ctx.anchor, ctx.zone);
  // What "the day before" or "two days later" counts from: the last day the text spoke of.
  let reference: { date: LocalDate; id: string; end: number; header: boolean } | null = null;
  return tagged.map((t) => {
    const sentence = sentenceAt(sentences, t.start);
    const clause = tenses.clause?.(sentence, t) ?? clauseOf(nt.text, sentence, t);
    // A bare clock time is on the day its paragraph speaks of (or, opening a line, a live blog entry's day).
    const bareClock = t.parse.kind === 'day' && t.parse.clock !== undefined && t.parse.rel === undefined && t.parse.weekday === undefined && !t.parse.date;
    const lineStart = /(?:^|\n)[\s\-–—|•*]*$/.test(nt.text.slice(Math.max(0, t.start - 6), t.start));
    const near = reference !== null && (lineStart ? reference.header : !nt.text.slice(reference.end, t.start).includes('\n'));
    const ref = reference && (!bareClock || near) ? reference : null;
    const r = resolve(t.parse, { anchor: ctx.anchor, zone: ctx.zone, tense: tenses.tense(clause.start, clause.end), reference: ref }, publication);
    const span = toOriginalSpan(nt, t.start, t.end);
    const text = nt.original.slice(span.start, span.end);
    if (r.warning) warnings.push({ code: r.warning.code, params: { text, at: span.start, ...r.warning.params } });
    const id = timexId(span.start, span.end);
    const day = r.type !== 'DURATION' && r.type !== 'SET' && r.interval ? parseDate(r.value.slice(0, 10)) : null;
    // A date alone on its line is a live blog's header: the entries under it are on that day.
    if (day) reference = { date: day, id, end: t.end, header: day && isHeader(nt.text, t) };
    // Two literals, with and without mod, keys in the contract's order: a conditional spread in the middle is slow.
    const { start, end } = span;
    const { type, value, granularity, interval, anchor } = r;
    return r.mod
      ? { id, start, end, text, type, value, mod: r.mod, granularity, interval, anchor, rule: t.rule }
      : { id, start, end, text, type, value, granularity, interval, anchor, rule: t.rule };
  });
}
