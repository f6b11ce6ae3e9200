// Axis ticks in a document's zone. Wall-clock fields are checked with @date-fns/tz (TZDate), a
// different code path from the Intl offsets the module uses, so alignment is not checked against itself.
// Zone facts used: Moscow UTC+3 since Oct 2014 (+4 in 2011–14), Kolkata +5:30, New York EST −5 / EDT −4
// with 2021 changes at 2021-03-14 02:00 EST (→ 03:00 EDT) and 2021-11-07 02:00 EDT (→ 01:00 EST).
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { tickUnit, timeTicks, zoneOffset, type Tick } from '@/lib/layout/ticks';

const H = 3_600_000;
const D = 24 * H;
const at = (iso: string) => Date.parse(iso);
const wall = (t: number, zone: string) => {
  const z = new TZDate(t, zone);
  return { y: z.getFullYear(), m: z.getMonth() + 1, d: z.getDate(), h: z.getHours(), min: z.getMinutes() };
};
const ticks = (s: string, e: string, zone: string, count: number, lang: 'ar' | 'en' = 'en') => timeTicks(at(s), at(e), zone, lang, count);
const byLabel = (ts: Tick[]) => ts.map((k) => [new Date(k.t).toISOString().slice(0, 16), k.label]);

describe('zoneOffset', () => {
  it('gives the offset in force at the instant, including past rules and DST', () => {
    expect(zoneOffset('Europe/Moscow', at('2021-12-29T12:00Z'))).toBe(3 * H);
    expect(zoneOffset('Europe/Moscow', at('2012-06-01T00:00Z'))).toBe(4 * H);
    expect(zoneOffset('Asia/Kolkata', at('2021-12-29T12:00Z'))).toBe(5.5 * H);
    expect(zoneOffset('America/New_York', at('2021-03-14T06:59Z'))).toBe(-5 * H);
    expect(zoneOffset('America/New_York', at('2021-03-14T07:00Z'))).toBe(-4 * H);
    // Lord Howe (+10:30 → +11) springs forward at 15:30 UTC, inside a UTC hour: the per-hour memo must not blur it.
    expect(zoneOffset('Australia/Lord_Howe', at('2022-10-01T15:29Z'))).toBe(10.5 * H);
    expect(zoneOffset('Australia/Lord_Howe', at('2022-10-01T15:30Z'))).toBe(11 * H);
    expect(zoneOffset('Australia/Lord_Howe', at('2022-10-01T15:00Z'))).toBe(10.5 * H);
  });
  it('throws for an unknown zone rather than guessing', () => {
    expect(() => zoneOffset('Mars/Olympus', 0)).toThrow(RangeError);
  });
});

describe('tickUnit', () => {
  it('picks the d3 rung nearest to span/count', () => {
    expect(tickUnit(0, 6 * H, 10)).toEqual({ unit: 'minute', step: 30 }); // 36 min: 30 min is nearer than 1 h
    expect(tickUnit(0, 3 * D, 10)).toEqual({ unit: 'hour', step: 6 }); // 7.2 h
    expect(tickUnit(0, 8 * D, 8)).toEqual({ unit: 'day', step: 1 });
    expect(tickUnit(0, 70 * D, 10)).toEqual({ unit: 'week', step: 1 });
    expect(tickUnit(0, 365 * D, 12)).toEqual({ unit: 'month', step: 1 });
    expect(tickUnit(0, 3 * 365 * D, 12)).toEqual({ unit: 'month', step: 3 });
    expect(tickUnit(0, 10 * 365 * D, 10)).toEqual({ unit: 'year', step: 1 });
    expect(tickUnit(0, 30 * 365 * D, 6)).toEqual({ unit: 'year', step: 5 }); // 5 years a tick: a "nice" multiple
  });
});

describe('timeTicks alignment', () => {
  it('UTC: 3-hour ticks on multiples of 3 h, midnight major and labelled with the date', () => {
    const ts = ticks('2021-12-29T10:00Z', '2021-12-30T08:00Z', 'UTC', 8);
    expect(byLabel(ts)).toEqual([
      ['2021-12-29T12:00', '12:00'], ['2021-12-29T15:00', '15:00'], ['2021-12-29T18:00', '18:00'], ['2021-12-29T21:00', '21:00'],
      ['2021-12-30T00:00', '30 Dec'], ['2021-12-30T03:00', '03:00'], ['2021-12-30T06:00', '06:00'],
    ]);
    expect(ts.filter((k) => k.major).map((k) => k.t)).toEqual([at('2021-12-30T00:00Z')]);
  });

  it('Moscow: midnight is 21:00 UTC, and labels are Moscow wall time', () => {
    const ts = ticks('2021-12-29T10:00Z', '2021-12-30T08:00Z', 'Europe/Moscow', 8);
    const midnight = ts.find((k) => k.major)!;
    expect(midnight).toEqual({ t: at('2021-12-29T21:00Z'), label: '30 Dec', major: true });
    expect(ts.find((k) => k.t === at('2021-12-29T15:00Z'))?.label).toBe('18:00');
  });

  it('New York: the same instant is 16:00 on 29 Dec', () => {
    const ts = ticks('2021-12-29T10:00Z', '2021-12-30T08:00Z', 'America/New_York', 20); // hourly ticks
    expect(ts.find((k) => k.t === at('2021-12-29T21:00Z'))?.label).toBe('16:00');
    expect(ts.find((k) => k.major)?.t).toBe(at('2021-12-30T05:00Z'));
  });

  it('Kolkata (+5:30): hour ticks fall at :30 UTC', () => {
    const ts = ticks('2021-12-29T00:00Z', '2021-12-29T12:00Z', 'Asia/Kolkata', 12);
    expect(ts.length).toBeGreaterThan(5);
    for (const k of ts) expect(k.t % H).toBe(H / 2);
    expect(ts.find((k) => k.major)).toBeUndefined(); // Kolkata midnight is 18:30 UTC, outside the window
  });

  it('New York spring forward: 02:00 does not exist, so 01:00 is followed by 03:00, one hour later', () => {
    const ts = ticks('2021-03-14T04:00Z', '2021-03-14T10:00Z', 'America/New_York', 6);
    expect(byLabel(ts)).toEqual([
      ['2021-03-14T04:00', '23:00'], ['2021-03-14T05:00', '14 Mar'], ['2021-03-14T06:00', '01:00'],
      ['2021-03-14T07:00', '03:00'], ['2021-03-14T08:00', '04:00'], ['2021-03-14T09:00', '05:00'],
    ]);
  });

  it('New York fall back: the repeated 01:00 gets both of its instants, still in order', () => {
    const ts = ticks('2021-11-07T03:00Z', '2021-11-07T09:00Z', 'America/New_York', 6);
    expect(byLabel(ts)).toEqual([
      ['2021-11-07T03:00', '23:00'], ['2021-11-07T04:00', '7 Nov'], ['2021-11-07T05:00', '01:00'],
      ['2021-11-07T06:00', '01:00'], ['2021-11-07T07:00', '02:00'], ['2021-11-07T08:00', '03:00'],
    ]);
  });

  it('day ticks across a DST change stay on local midnight (a 23-hour and a 25-hour day)', () => {
    for (const [s, e] of [['2021-03-10T00:00Z', '2021-03-18T00:00Z'], ['2021-11-03T00:00Z', '2021-11-11T00:00Z']] as const) {
      const ts = ticks(s, e, 'America/New_York', 8);
      expect(ts.length).toBeGreaterThanOrEqual(7);
      for (const k of ts) expect([wall(k.t, 'America/New_York').h, wall(k.t, 'America/New_York').min]).toEqual([0, 0]);
    }
  });
});

describe('timeTicks labels', () => {
  it('English: dates "30 Dec", the year on 1 January, months by name, January as the year', () => {
    expect(ticks('2021-12-27T00:00Z', '2022-01-04T00:00Z', 'UTC', 8).map((k) => k.label)).toEqual([
      '27 Dec', '28 Dec', '29 Dec', '30 Dec', '31 Dec', '1 Jan 2022', '2 Jan', '3 Jan',
    ]);
    expect(ticks('2021-08-15T00:00Z', '2022-03-15T00:00Z', 'UTC', 7).map((k) => k.label)).toEqual([
      'Sep', 'Oct', 'Nov', 'Dec', '2022', 'Feb', 'Mar',
    ]);
    expect(ticks('2015-06-01T00:00Z', '2021-06-01T00:00Z', 'UTC', 6).map((k) => k.label)).toEqual([
      '2016', '2017', '2018', '2019', '2020', '2021',
    ]);
  });

  it('Arabic: Arabic-Indic digits and Arabic month names, no Latin digits, English names or bidi marks', () => {
    const windows = [
      ['2021-12-29T10:00Z', '2021-12-30T08:00Z'], ['2021-12-20T00:00Z', '2022-01-10T00:00Z'], ['2021-06-01T00:00Z', '2022-06-01T00:00Z'],
    ] as const;
    const labels = windows.flatMap(([s, e]) => ticks(s, e, 'Europe/Moscow', 10, 'ar').map((k) => k.label));
    expect(labels.length).toBeGreaterThan(20);
    for (const l of labels) {
      expect(l).not.toMatch(/[0-9]|[A-Za-z]|[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/);
      expect(l).toMatch(/[٠-٩]|[\u0621-\u064a]/);
    }
    const moscow = ticks('2021-12-29T10:00Z', '2021-12-30T08:00Z', 'Europe/Moscow', 8, 'ar');
    expect(moscow.find((k) => k.major)?.label).toBe('٣٠ ديسمبر');
    expect(moscow.find((k) => k.t === at('2021-12-29T15:00Z'))?.label).toBe('١٨:٠٠');
    expect(labels).toEqual(expect.arrayContaining(['ديسمبر', '٢٠٢٢'])); // month ticks; January shows the year alone
  });
});

describe('timeTicks properties from 6 hours to 30 years', () => {
  // About `count` ticks: d3's ladder has a 30/7 gap between week and month rungs, so the nearest rung can
  // be √(30/7) ≈ 2.07 off, and where the window falls adds or drops one tick: allow a factor 2.2.
  const spans = Array.from({ length: 200 }, (_, i) => 6 * H * Math.pow((30 * 365 * D) / (6 * H), i / 199));
  for (const zone of ['UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Kolkata']) {
    it(`${zone}: strictly increasing, inside the window, about count of them, majors on boundaries`, () => {
      const start = at('2004-03-07T13:17Z');
      const count = 10;
      for (const span of spans) {
        const ts = timeTicks(start, start + span, zone, 'en', count);
        const { unit, step } = tickUnit(start, start + span, count);
        expect(ts.length, `span ${span / H} h`).toBeGreaterThanOrEqual(count / 2.2);
        expect(ts.length, `span ${span / H} h`).toBeLessThanOrEqual(count * 2.2);
        ts.forEach((k, i) => {
          expect(k.t).toBeGreaterThanOrEqual(start);
          expect(k.t).toBeLessThan(start + span);
          if (i > 0) expect(k.t).toBeGreaterThan(ts[i - 1]!.t);
          const w = wall(k.t, zone);
          const midnight = w.h === 0 && w.min === 0;
          const boundary = { minute: midnight, hour: midnight, day: w.d === 1, week: w.d <= 7, month: w.m === 1, year: w.y % (step >= 10 ? 100 : 10) === 0 };
          expect(k.major, `${unit} tick ${new Date(k.t).toISOString()}`).toBe(boundary[unit]);
          if (unit !== 'minute' && unit !== 'hour') expect(midnight).toBe(true);
          if (unit === 'month' || unit === 'year') expect(w.d).toBe(1);
          if (unit === 'year') expect(w.m).toBe(1);
        });
      }
    });
  }
});

describe('timeTicks rejects bad input', () => {
  it('returns [] for an empty, reversed or non-finite window, a zero count, or an unknown zone', () => {
    const s = at('2021-12-29T00:00Z');
    expect(timeTicks(s, s, 'UTC', 'en', 10)).toEqual([]);
    expect(timeTicks(s + D, s, 'UTC', 'en', 10)).toEqual([]);
    expect(timeTicks(s, Infinity, 'UTC', 'en', 10)).toEqual([]);
    expect(timeTicks(NaN, s, 'UTC', 'en', 10)).toEqual([]);
    expect(timeTicks(s, s + D, 'UTC', 'en', 0)).toEqual([]);
    expect(timeTicks(s, s + D, 'Mars/Olympus', 'en', 10)).toEqual([]);
  });
});

describe('a narrow axis', () => {
  it('has at least two ticks: a month across the year boundary on a phone is not labelled "2022" alone', () => {
    const ts = ticks('2021-12-13T00:00Z', '2022-01-14T00:00Z', 'Europe/Moscow', 2);
    expect(ts.length).toBeGreaterThanOrEqual(2);
    expect(ts.map((k) => k.label)).not.toEqual(['2022']);
    // A rung that already gives two is kept.
    expect(ticks('2021-01-01T00:00Z', '2023-01-01T00:00Z', 'UTC', 2).map((k) => k.label)).toEqual(['2021', '2022']);
  });
});
