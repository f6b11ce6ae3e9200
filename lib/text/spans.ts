// Lookups over spans sorted by start: the pipeline asks "what comes next after this offset" once per
// cue, mention and expression, so a scan each time would make long documents quadratic.

/** Index of the first span starting at or after `pos` (list.length when none does). */
export function lowerBound(list: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first span starting at or after `pos`, if the text between is only `gap`. */
export function nextAfter<T extends { start: number }>(list: readonly T[], pos: number, text: string, gap: RegExp): T | undefined {
  const next = list[lowerBound(list, pos)];
  return next && gap.test(text.slice(pos, next.start)) ? next : undefined;
}

/** Spans lying wholly inside [start, end). Assumes spans do not nest (true of tagger and mention output). */
export function spansWithin<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(list, start); i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

/** The indices of the spans spansWithin gives, in order, each given to `visit`: no array per call (asked for
 *  every span of every statement), and the index reads lists kept beside this one. */
export function forEachWithin(list: readonly { start: number; end: number }[], start: number, end: number, visit: (i: number) => void): void {
  for (let i = lowerBound(list, start); i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) visit(i);
}

/** The same spans as spansWithin, as the index range [from, to) of the list: for spans that do not overlap one
 *  another (a text's words) they are consecutive, and no array is made. */
export function rangeWithin(list: readonly { start: number; end: number }[], start: number, end: number): [number, number] {
  const from = lowerBound(list, start);
  let to = from;
  while (to < list.length && list[to]!.start < end && list[to]!.end <= end) to++;
  return [from, to];
}

/** Whether a position lies inside any of the spans (sorted by start; they may overlap): one binary search over
 *  the running maximum of their ends. With `ascending`, for positions asked in ascending order only (a text's
 *  words, one after another), a pointer moving forward replaces the binary search. */
export function coveredBy(list: readonly { start: number; end: number }[], ascending = false): (pos: number) => boolean {
  const maxEnd = new Float64Array(list.length);
  let m = -Infinity;
  for (let i = 0; i < list.length; i++) maxEnd[i] = m = Math.max(m, list[i]!.end);
  const last = ascending ? lastStartingAtOrBefore(list) : (pos: number) => lowerBound(list, pos + 1) - 1;
  return (pos) => {
    const i = last(pos);
    return i >= 0 && maxEnd[i]! > pos;
  };
}

/** The index of the last span starting at or before a position (-1 when none), for positions asked in ascending
 *  order: a pointer moves forward instead of a binary search per position (a long document asks once per word). */
export function lastStartingAtOrBefore(list: readonly { start: number }[]): (pos: number) => number {
  let i = 0;
  return (pos) => {
    while (i < list.length && list[i]!.start <= pos) i++;
    return i - 1;
  };
}

/** Two lists sorted by start as one, those of `a` before those of `b` at the same start: what a stable sort of
 *  [...a, ...b] by start gives, in one pass (a long document's lists hold tens of thousands). */
export function mergeByStart<A extends { start: number }, B extends { start: number }>(a: readonly A[], b: readonly B[]): (A | B)[] {
  const out: (A | B)[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The spans of a list sorted by start (no two starting at one position) by where they start, as a Map of them
 *  would answer get and has: each lookup walks from where the last one ended, so lookups near one another (a
 *  phrase read word by word) cost a step or two, with no map to build or hash into (a long document's lists hold
 *  tens of thousands). */
export class SpansByStart<T extends { start: number }> {
  private at = 0;
  constructor(private readonly list: readonly T[]) {}

  get(pos: number): T | undefined {
    let k = this.at;
    while (k > 0 && this.list[k - 1]!.start >= pos) k--;
    while (k < this.list.length && this.list[k]!.start < pos) k++;
    this.at = k;
    const span = this.list[k];
    return span !== undefined && span.start === pos ? span : undefined;
  }

  has(pos: number): boolean {
    return this.get(pos) !== undefined;
  }
}
