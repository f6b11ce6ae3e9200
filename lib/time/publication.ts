// Publication date inference: intersect what the text says about its own date.
// "اليوم الأربعاء" → a Wednesday; "17 ديسمبر الجاري" in a past clause → December, after the 17th;
// "الرئيس الأمريكي جو بايدن" → a day of Biden's presidency. Every surviving date is a candidate
// with the evidence that allowed it.
import type { PublicationCandidate } from '../model/schema';
import type { LocalDate } from './calendar';
import { addDays, formatDate, pad, parseDate, weekday } from './calendar';
import type { TimexParse } from './parse';
import type { Tense } from './tense';

export interface DateEvidence {
  text: string;
  parse: TimexParse;
  tense: Tense;
  /** The date of a wire dateline ("MOSCOW, Dec 29 (Reuters) -"): the day the report was filed. */
  dateline?: boolean;
}
export interface TenureEvidence {
  text: string;
  /** e.g. "Joe Biden was president of United States" */
  claim: string;
  ranges: { from: string; to: string }[];
}

const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Enumerating more dates than this is no inference: keep the year unknown instead. */
const MAX_CANDIDATES = 400;

interface Constraint {
  evidence: string;
  test(d: LocalDate, iso: string): boolean;
}

export interface PublicationInference {
  candidates: PublicationCandidate[];
  /** Set when the year is not bounded: the shape of the date that is known (XXXX-12). */
  partial: string | null;
}

export function inferPublication(dates: DateEvidence[], tenures: TenureEvidence[], yearHint?: number): PublicationInference {
  const constraints: Constraint[] = [];
  let month: number | undefined;
  let yearBound: number | undefined;
  for (const e of dates) {
    const p = e.parse;
    if (e.dateline && p.kind === 'day' && p.date) {
      const { day, month: m, year } = p.date;
      month = m;
      constraints.push({
        evidence: `«${e.text}»: the dateline, filed on ${MONTH_EN[m - 1]} ${day}${year !== undefined ? `, ${year}` : ''}`,
        test: (d) => d.m === m && d.d === day && (year === undefined || d.y === year),
      });
      if (year !== undefined) yearBound = year;
    } else if (p.kind === 'day' && p.rel !== undefined && p.weekday !== undefined && !p.date) {
      const wd = (((p.weekday - p.rel) % 7) + 7) % 7;
      constraints.push({ evidence: `«${e.text}»: published on a ${WEEKDAY_EN[wd]}`, test: (d) => weekday(d) === wd });
    } else if (p.kind === 'day' && p.date && p.date.ref === 'this' && p.date.year === undefined) {
      const { day, month: m } = p.date;
      month = m;
      const future = e.tense === 'future';
      constraints.push({
        evidence: `«${e.text}» (${future ? 'future' : 'past'}): published in ${MONTH_EN[m - 1]}, ${future ? 'before' : 'after'} the ${day}th`,
        test: (d) => d.m === m && (future ? d.d < day : d.d > day),
      });
    } else if (p.kind === 'month' && p.ref === 'this' && p.year === undefined) {
      const m = p.month;
      month = m;
      constraints.push({ evidence: `«${e.text}»: published in ${MONTH_EN[m - 1]}`, test: (d) => d.m === m });
    }
  }
  let lo = '0000-01-01';
  let hi = '9999-12-31';
  for (const t of tenures) {
    const from = t.ranges.reduce((a, r) => (r.from < a ? r.from : a), '9999-12-31');
    const to = t.ranges.reduce((a, r) => (r.to > a ? r.to : a), '0000-01-01');
    lo = from > lo ? from : lo;
    hi = to < hi ? to : hi;
    const span = t.ranges.map((r) => `${r.from} – ${r.to.startsWith('9999') ? 'now' : r.to}`).join(', ');
    constraints.push({ evidence: `«${t.text}»: ${t.claim} (${span})`, test: (_d, iso) => t.ranges.some((r) => r.from <= iso && iso < r.to) });
  }
  if (yearBound !== undefined) {
    const y = pad(yearBound, 4);
    lo = `${y}-01-01` > lo ? `${y}-01-01` : lo;
    hi = `${pad(yearBound + 1, 4)}-01-01` < hi ? `${pad(yearBound + 1, 4)}-01-01` : hi;
  }
  if (yearHint !== undefined) {
    const y = pad(yearHint, 4);
    lo = `${y}-01-01` > lo ? `${y}-01-01` : lo;
    hi = `${pad(yearHint + 1, 4)}-01-01` < hi ? `${pad(yearHint + 1, 4)}-01-01` : hi;
    constraints.push({ evidence: `year given: ${yearHint}`, test: (d) => d.y === yearHint });
  }
  if (constraints.length === 0) return { candidates: [], partial: null };
  const start = parseDate(lo);
  const end = parseDate(hi > '9000' ? '9999-12-31' : hi);
  const unbounded = lo === '0000-01-01' || hi.startsWith('9999');
  if (!start || !end || unbounded) return { candidates: [], partial: month ? `XXXX-${pad(month)}` : null };
  const candidates: PublicationCandidate[] = [];
  for (let d = start; formatDate(d) < hi; d = addDays(d, 1)) {
    const iso = formatDate(d);
    if (constraints.every((c) => c.test(d, iso))) {
      candidates.push({ value: iso, evidence: constraints.map((c) => c.evidence) });
      if (candidates.length > MAX_CANDIDATES) return { candidates: [], partial: month ? `XXXX-${pad(month)}` : null };
    }
  }
  return { candidates, partial: null };
}
