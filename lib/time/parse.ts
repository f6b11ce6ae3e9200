// What a temporal expression means on the calendar, before it is resolved against the publication: the
// parse every language's tagger gives resolve.ts. Parts of the day follow TimeML (MO, MI, AF, EV, NI).

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';
export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export type Ref = 'this' | 'last' | 'next';
export type PeriodMod = 'START' | 'MID' | 'END';
/** How "late / early / earlier / later" narrows a part of day or a day. */
export type PartMod = 'START' | 'END' | 'EARLIER' | 'LATER';

/** Local-time bounds of each TimeML part of day, in hours (24 = midnight ending the day; NI runs into the next). */
export const PART_OF_DAY_HOURS: Record<PartOfDay, [number, number]> = {
  MO: [6, 12],
  MI: [11, 14],
  AF: [12, 18],
  EV: [18, 24],
  NI: [21, 30],
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** Feasts whose day each year is fixed in a calendar: Gregorian (new year, Christmas) or Hijri (the Eids). */
export type Feast = 'new-year' | 'christmas' | 'eid-al-fitr' | 'eid-al-adha' | 'arafat' | 'hijri-new-year' | 'mawlid';

export interface DayParse {
  kind: 'day';
  rel?: number;
  /** Arabic ليلة الخميس is the night leading into Thursday; English "Thursday night" is Thursday's own. */
  nightBefore?: boolean;
  weekday?: number;
  weekdayRef?: Ref;
  date?: { day: number; month: number; year?: number; ref?: Ref };
  part?: PartOfDay;
  partMod?: PartMod;
  clock?: { h: number; m: number; zone?: string };
  /** "shortly before 10pm", "around noon": the time is bounded or approximate (TIMEX3 mod). */
  near?: 'BEFORE' | 'AFTER' | 'APPROX';
}
export type TimexParse = (
  | DayParse
  | { kind: 'month'; month: number; year?: number; ref?: Ref; mod?: PeriodMod }
  | { kind: 'unit'; unit: 'week' | 'month' | 'year'; offset: number; mod?: PeriodMod }
  | { kind: 'year'; year: number; mod?: PeriodMod }
  | { kind: 'offset'; n: number; unit: Unit; sign: -1 | 1; approx: boolean }
  /** A length of time; n null when the count is unknown (for years, لعدة أسابيع: PXY, PXW), fractional for a half. */
  | { kind: 'duration'; n: number | null; unit: Unit | 'decade'; approx: boolean }
  /** Counted from the time the text already speaks of (the day before, two days later, the following week). */
  | { kind: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; offset: number; part?: PartOfDay; partMod?: PartMod }
  | { kind: 'weekday-range'; from: number; to: number }
  /** Years written as a range: 2014-15, 1991–92 (P2Y). */
  | { kind: 'year-range'; from: number; to: number }
  | { kind: 'season'; season: Season; year?: number; ref?: Ref }
  | { kind: 'feast'; feast: Feast; year?: number; ref?: Ref }
  | { kind: 'decade'; decade: number; mod?: PeriodMod }
  | { kind: 'century'; century: number; mod?: PeriodMod }
  /** A recurrence: every week (P1W); on a weekday every week (по средам, on Wednesdays: XXXX-WXX-3). */
  | { kind: 'set'; n: number; unit: Unit; weekday?: number }
  | { kind: 'range'; from: { day: number; month: number; year?: number }; to: { day: number; month: number; year?: number } }
  | { kind: 'hijri'; day: number; month: number; year: number }
  | { kind: 'vague'; ref: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
) & { since?: boolean };

/** A temporal expression found in the normalised text, with its meaning. */
export interface TaggedSpan {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  rule: string;
  parse: TimexParse;
}
