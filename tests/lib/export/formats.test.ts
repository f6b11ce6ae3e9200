// The view's exports read back: CSV by a maintained parser (csv-parse) with Arabic intact, TimelineJS in the
// shape TimelineJS 3 loads, TimeML parsed as XML with TIMEX3 values checked against the 1.2.1 grammar and the
// text between the tags equal to the article's.
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell } from '@/lib/export/statements';
import { timelineDates } from '@/lib/export/timelinejs';
import { toTimeML, validTimexValue } from '@/lib/export/timeml';
import { exportView } from '@/lib/export/view';
import { extract } from '@/lib/extract';
import { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';

const corpus = loadCorpus();
const seed = corpus[0]!;
const run = (q: string) => {
  const r = exportView(corpus, new URLSearchParams(q));
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
};

describe('CSV', () => {
  it('opens with a BOM and reads back, Arabic and offsets intact', () => {
    const r = run('format=csv');
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    expect(r.contentType).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parseCsv(r.body, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(seed.statements.length);
    const peskov = rows.find((x) => x.speaker === 'dmitry-peskov')!;
    expect(peskov.speaker_ar).toMatch(/بيسكوف/);
    expect(peskov.stance).toBe('confirm');
    expect(peskov.published).toBe('2021-12-29');
    // Every quoted passage is the text at its offsets.
    for (const row of rows) {
      const spans = row.offsets!.split(';').map((o) => o.split('-').map(Number) as [number, number]);
      expect(row.words).toBe(spans.map(([a, b]) => seed.document.text.slice(a, b)).join(' … '));
    }
  });

  it('follows the view: a stance filter keeps only those statements', () => {
    const rows = parseCsv(run('format=csv&stance=deny').body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(seed.statements.filter((s) => s.stance === 'deny').length);
    expect(rows.every((x) => x.stance === 'deny')).toBe(true);
  });

  it('quotes what needs quoting and never writes a formula', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(-1)).toBe('-1'); // numbers are numbers
    expect(csvCell(null)).toBe('');
  });
});

describe('JSON', () => {
  it('is the Extraction contract, cut to what the view shows', () => {
    const xs = JSON.parse(run('format=json&actor=maria-zakharova').body) as unknown[];
    expect(xs).toHaveLength(1);
    const x = Extraction.parse(xs[0]);
    expect(x.statements.map((s) => s.speaker.actorId)).toEqual(['maria-zakharova']);
    // The actor chain behind the speaker comes along; events only with a kept statement.
    expect(x.actors.map((a) => a.id)).toContain('russia-mfa');
    expect(x.events.map((e) => e.id)).toEqual([x.statements[0]!.eventId]);
  });
});

describe('TimelineJS', () => {
  const tl = JSON.parse(run('format=timelinejs').body) as {
    title: { text: { headline: string; text: string } };
    events: { start_date: { year: number; month?: number; day?: number; hour?: number }; end_date?: { year: number }; text: { headline: string; text: string }; group?: string; unique_id: string }[];
  };

  it('has the shape TimelineJS loads: numeric dates, headlines, unique ids', () => {
    expect(tl.title.text.headline).toBeTruthy();
    expect(tl.events.length).toBeGreaterThan(0);
    for (const e of tl.events) {
      expect(Number.isInteger(e.start_date.year)).toBe(true);
      if (e.start_date.month !== undefined) expect(e.start_date.month).toBeGreaterThanOrEqual(1);
      expect(e.text.headline.length).toBeGreaterThan(0);
    }
    expect(new Set(tl.events.map((e) => e.unique_id)).size).toBe(tl.events.length);
  });

  it("places Peskov's call late in the evening of 30 Dec, Moscow wall clock, and counts what has no date", () => {
    const call = tl.events.find((e) => e.unique_id === `claim-${seed.document.id}-e30-s69-69`)! as unknown as { start_date: object; end_date: object; display_date: string };
    expect(call.start_date).toEqual({ year: 2021, month: 12, day: 30, hour: 21, minute: 0 });
    expect(call.end_date).toEqual({ year: 2021, month: 12, day: 30, hour: 23, minute: 59 });
    expect(call.display_date).toBe('30 Dec 2021, 21:00–24:00 (Europe/Moscow)');
    expect(tl.events.some((e) => e.unique_id === `said-${seed.document.id}-s828-866`)).toBe(false); // CNN: before publication
    expect(tl.title.text.text).toMatch(/4 statements without a date/);
  });

  it('escapes article text: its fields are HTML', () => {
    const hostile = extract({ id: 'h', title: 't', lang: 'en', publisher: 'P <b>', published: '2021-12-29', timeZone: 'UTC', text: 'Peskov said on Thursday <script>alert(1)</script> the call happened.' });
    const r = exportView([hostile], new URLSearchParams('format=timelinejs'));
    expect(r.ok && r.body).not.toMatch(/<script>|<b>/);
  });

  it('writes whole days without a clock and midnight ends on the last day', () => {
    expect(timelineDates({ start: '2021-12-16T21:00:00Z', end: '2021-12-17T21:00:00Z' }, 'Europe/Moscow')).toEqual({ start_date: { year: 2021, month: 12, day: 17 } });
    expect(timelineDates({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' }, 'Europe/Moscow')).toEqual({
      start_date: { year: 2021, month: 12, day: 30, hour: 21, minute: 0 },
      end_date: { year: 2021, month: 12, day: 30, hour: 23, minute: 59 },
    });
    expect(timelineDates({ start: null, end: '2021-12-29T21:00:00Z' }, 'UTC')).toBeNull();
  });
});

describe('TimeML', () => {
  const doc = new DOMParser().parseFromString(run(`format=timeml&docs=${seed.document.id}`).body, 'application/xml');
  const timexes = Array.from(doc.getElementsByTagName('TIMEX3'));
  const attr = (el: XmlElement, a: string) => el.getAttribute(a);

  it('is well-formed, with the publication as creation time', () => {
    expect(doc.documentElement!.nodeName).toBe('TimeML');
    const dct = doc.getElementsByTagName('DCT')[0]!.getElementsByTagName('TIMEX3')[0]!;
    expect([attr(dct, 'tid'), attr(dct, 'value'), attr(dct, 'functionInDocument')]).toEqual(['t0', '2021-12-29', 'CREATION_TIME']);
  });

  it('keeps the text exactly and wraps each expression around its own characters', () => {
    const text = doc.getElementsByTagName('TEXT')[0]!;
    expect(text.textContent).toBe(seed.document.text);
    const inText = timexes.filter((t) => attr(t, 'tid') !== 't0');
    expect(inText).toHaveLength(seed.timeExpressions.length);
    expect(inText.map((t) => t.textContent)).toEqual([...seed.timeExpressions].sort((a, b) => a.start - b.start).map((t) => t.text));
  });

  it('writes TimeML 1.2.1 values, mods and anchors', () => {
    const tids = new Set(timexes.map((t) => attr(t, 'tid')));
    for (const t of timexes) {
      expect(attr(t, 'tid')).toMatch(/^t\d+$/);
      expect(validTimexValue(attr(t, 'type') as 'DATE', attr(t, 'value')!)).toBe(true);
      const anchor = attr(t, 'anchorTimeID');
      if (anchor) expect(tids.has(anchor)).toBe(true);
      expect(attr(t, 'temporalFunction')).toBe(anchor ? 'true' : 'false');
    }
    const late = timexes.find((t) => t.textContent === 'في وقت متأخر من مساء الغد')!;
    expect([attr(late, 'type'), attr(late, 'value'), attr(late, 'mod'), attr(late, 'anchorTimeID')]).toEqual(['TIME', '2021-12-30TEV', 'END', 't0']);
  });

  it('links each reporting event to the time that dates it', () => {
    const events = Array.from(doc.getElementsByTagName('EVENT'));
    expect(events.length).toBe(seed.statements.length);
    expect(events.every((e) => attr(e, 'class') === 'REPORTING')).toBe(true);
    const links = Array.from(doc.getElementsByTagName('TLINK'));
    const instances = new Set(Array.from(doc.getElementsByTagName('MAKEINSTANCE')).map((m) => attr(m, 'eiid')));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(instances.has(attr(l, 'eventInstanceID'))).toBe(true);
      expect(tids.has(attr(l, 'relatedToTime'))).toBe(true);
    }
  });
  const tids = new Set(timexes.map((t) => attr(t, 'tid')));

  it('rejects values outside the grammar', () => {
    expect(validTimexValue('DATE', '2021-12-29')).toBe(true);
    expect(validTimexValue('DATE', 'PAST_REF')).toBe(true);
    expect(validTimexValue('TIME', '2021-12-30TEV')).toBe(true);
    expect(validTimexValue('TIME', '2021-12-30T15:35')).toBe(true);
    expect(validTimexValue('DURATION', 'P3W')).toBe(true);
    expect(validTimexValue('DURATION', 'P')).toBe(false);
    expect(validTimexValue('DATE', '2021-13-99x')).toBe(false);
    expect(validTimexValue('DATE', 'yesterday')).toBe(false);
  });

  it('says when the creation time is unknown, and escapes hostile text', () => {
    const x = extract({ id: 'u', title: '<b>t</b>', lang: 'ar', publisher: 'P', published: null, timeZone: 'UTC', text: 'قال بيسكوف أمس <script>x</script>' });
    const out = toTimeML(x);
    const d = new DOMParser().parseFromString(out, 'application/xml');
    expect(d.getElementsByTagName('TEXT')[0]!.textContent).toBe(x.document.text);
    expect(d.getElementsByTagName('script')).toHaveLength(0);
    expect(out).toMatch(/publication date is unknown/);
  });
});

describe('the export of a view', () => {
  it('answers bad requests with a reason and the field', () => {
    const bad = (q: string) => {
      const r = exportView(corpus, new URLSearchParams(q));
      return r.ok ? null : [r.status, r.code, r.field];
    };
    expect(bad('')).toEqual([400, 'missing_format', 'format']);
    expect(bad('format=docx')).toEqual([400, 'unknown_format', 'format']);
    expect(bad('format=csv&docs=nope')).toEqual([404, 'unknown_document', 'docs']);
    expect(bad('format=timeml&docs=' + seed.document.id)).toBeNull();
  });

  it('names the file after the document', () => {
    expect(run(`format=timeml&docs=${seed.document.id}`).filename).toBe(`${seed.document.id}.tml`);
    expect(run('format=gexf').filename).toMatch(/\.gexf$/);
  });
});

describe('compared sources (CSV)', () => {
  it('has a row per claim and per source without a time, with the consensus, the facts and the exact words', () => {
    const r = run('format=compare-csv');
    expect(r.filename).toBe(`${seed.document.id}.compare.csv`);
    expect(r.body.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(r.body.slice(1), { columns: true }) as Record<string, string>[];
    const call = rows.filter((x) => x.event_type === 'phone-call');
    expect(call.map((x) => [x.speaker, x.claim, x.read_in_zone, x.in_consensus])).toEqual([
      ['Dmitry Peskov', '2021-12-30TEV', 'Europe/Moscow', 'yes'],
      ['White House', '2021-12-30', 'America/New_York', 'yes'],
      ['CNN', '', '', 'no time'],
    ]);
    for (const x of call) expect([x.consensus_start, x.consensus_end]).toEqual(['2021-12-30T18:00:00Z', '2021-12-30T21:00:00Z']);
    expect(call[2]!.fact_initiator).toBe('Vladimir Putin');
    expect(call[0]!.fact_initiator).toBe('silent');
    for (const x of rows.filter((y) => y.offsets)) {
      const [a, b] = x.offsets!.split('-').map(Number);
      expect(seed.document.text.slice(a, b)).toBe(x.words);
    }
  });

  it('keeps to one group when asked, and says when it is not there', () => {
    const one = run(`format=compare-csv&group=${encodeURIComponent(`${seed.document.id}/e30`)}`);
    expect(new Set((parseCsv(one.body.slice(1), { columns: true }) as Record<string, string>[]).map((x) => x.group))).toEqual(new Set([`${seed.document.id}/e30`]));
    const r = exportView(corpus, new URLSearchParams('format=compare-csv&group=nope'));
    expect(r).toMatchObject({ ok: false, status: 404, code: 'unknown_group', field: 'group' });
  });
});
