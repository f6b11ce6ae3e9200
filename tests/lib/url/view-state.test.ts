// The URL is the explorer's memory: a copied link must reproduce the view exactly, and a
// hand-edited or hostile link must degrade to defaults with a message, never crash the page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView, formatInstant, type ViewState } from '@/lib/url/view-state';
import { Stance } from '@/lib/model/schema';

const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });
const roundTrip = (s: ViewState) => decodeView(encodeView(s).toString());
const norm = (xs: readonly string[]) => [...new Set(xs)].sort();

describe('encodeView / decodeView', () => {
  it('encodes the defaults to an empty query, and decodes an empty query to the defaults', () => {
    expect(encodeView(DEFAULT_VIEW).toString()).toBe('');
    expect(decodeView('')).toEqual({ state: DEFAULT_VIEW, problems: [] });
    expect(decodeView('?')).toEqual({ state: DEFAULT_VIEW, problems: [] });
  });

  // Hand-picked states are written with lists already sorted, as decode returns them.
  it.each<[string, Partial<ViewState>]>([
    ['Arabic search text', { q: 'أكد' }],
    ['search text with URL syntax in it', { q: ' a+b & c=d %20 ?#/ ' }],
    ['ids with slashes, colons and Arabic letters', { docs: ['rt:ar/١', 'sputnik-ar-2021-12-29-putin-biden-call'], selected: 'sputnik-ar-2021-12-29-putin-biden-call/s69-69' }],
    ['a window with seconds and millis', { window: { start: Date.UTC(2021, 11, 29, 18, 30, 5, 123), end: Date.UTC(2021, 11, 30, 0, 0, 0, 1) } }],
    ['a whole-minute window', { window: { start: Date.UTC(2021, 11, 29, 18, 30), end: Date.UTC(2021, 11, 30) } }],
    ['every other field', {
      actors: ['biden', 'putin'], sides: ['multilateral', 'russia', 'united-states'], stances: ['confirm', 'deny'],
      eventTypes: ['phone-call'], channels: ['none', 'sputnik'], lang: 'ar', zone: 'Europe/Moscow', rtl: true,
      view: 'table', collapsed: ['media', 'other'],
    }],
  ])('round-trips %s', (_, over) => {
    expect(roundTrip(view(over))).toEqual({ state: view(over), problems: [] });
  });

  it('writes short, readable params in a fixed order', () => {
    const p = encodeView(view({ view: 'table', actors: ['putin', 'biden'], window: { start: Date.UTC(2021, 11, 29, 10), end: Date.UTC(2021, 11, 30) }, rtl: true }));
    expect([...p.keys()]).toEqual(['actor', 'from', 'to', 'axis', 'view']);
    expect(Object.fromEntries(p)).toEqual({ actor: 'biden,putin', from: '2021-12-29T10:00Z', to: '2021-12-30T00:00Z', axis: 'rtl', view: 'table' });
  });

  it('adds seconds and millis to an instant only when they are non-zero', () => {
    expect(formatInstant(Date.UTC(2021, 11, 29, 10, 5))).toBe('2021-12-29T10:05Z');
    expect(formatInstant(Date.UTC(2021, 11, 29, 10, 5, 7))).toBe('2021-12-29T10:05:07Z');
    expect(formatInstant(Date.UTC(2021, 11, 29, 10, 5, 0, 40))).toBe('2021-12-29T10:05:00.040Z');
  });

  it('gives equal URLs for equal states whatever the list order or duplicates', () => {
    const a = encodeView(view({ sides: ['russia', 'media', 'russia'], stances: ['deny', 'confirm'] })).toString();
    const b = encodeView(view({ sides: ['media', 'russia'], stances: ['confirm', 'deny', 'confirm'] })).toString();
    expect(a).toBe(b);
  });

  it('reads hand-typed URLs: raw commas, repeated params, date-only bounds, empty values, unknown params', () => {
    const { state, problems } = decodeView('?actor=putin,biden,&actor=lavrov&from=2021-12-29&to=2021-12-30&lang=&utm_source=x&foo');
    expect(problems).toEqual([]);
    expect(state).toEqual(view({ actors: ['biden', 'lavrov', 'putin'], window: { start: Date.UTC(2021, 11, 29), end: Date.UTC(2021, 11, 30) } }));
  });

  it.each<[string, string, Partial<ViewState>, RegExp]>([
    ['an unknown stance', 'stance=confirm,maybe', { stances: ['confirm'] }, /^unknown stance "maybe" ignored$/],
    ['a bad language', 'lang=fr', {}, /unknown language "fr"/],
    ['an invalid zone', 'tz=Mars/Olympus_Mons', {}, /unknown time zone "Mars\/Olympus_Mons"/],
    ['from after to', 'from=2021-12-30T00:00Z&to=2021-12-29T00:00Z', {}, /is not before "to"/],
    ['from equal to to', 'from=2021-12-29&to=2021-12-29T00:00Z', {}, /is not before "to"/],
    ['an unparsable date', 'from=yesterday&to=2021-12-29', {}, /unreadable date "yesterday" in "from"/],
    ['a day that does not exist', 'from=2021-12-01&to=2021-02-30', {}, /unreadable date "2021-02-30" in "to"/],
    ['an hour that does not exist', 'from=2021-12-01T24:00Z&to=2021-12-02', {}, /unreadable date/],
    ['a year before 1000', 'from=0050-01-01&to=2021-12-29', {}, /outside the years 1000–9999/],
    ['a year after 9999', 'from=2021-12-29&to=+010000-01-01T00:00Z', {}, /unreadable date/],
    ['half a window', 'from=2021-12-29', {}, /needs both "from" and "to"/],
    ['a bad axis', 'axis=up', {}, /unknown axis "up"/],
    ['a bad view', 'view=grid', {}, /unknown view "grid"/],
    ['an overlong selection', `sel=${'x'.repeat(301)}`, {}, /selection longer than 300/],
    ['an overlong id in a list', `docs=a,${'x'.repeat(301)}`, { docs: ['a'] }, /"docs" values longer than 300/],
  ])('drops %s to the default with one message', (_, query, over, message) => {
    const { state, problems } = decodeView(query);
    expect(state).toEqual(view(over));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('caps lists and search text so a hostile URL cannot blow up the page', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `a${String(i).padStart(5, '0')}`);
    const { state, problems } = decodeView(new URLSearchParams({ actor: ids.join(','), q: '😀'.repeat(400) }));
    expect(state.actors).toEqual(ids.slice(0, 500));
    expect(state.q).toBe('😀'.repeat(250)); // 500 UTF-16 units, no half emoji
    expect(problems).toEqual(['too many "actor" values; kept the first 500', 'search text cut to 500 characters']);
    expect(decodeView(`q=a${'😀'.repeat(300)}`).state.q).toBe(`a${'😀'.repeat(249)}`);
  });

  it('keeps messages short when the bad value is huge', () => {
    const { problems } = decodeView(`lang=${'z'.repeat(100_000)}`);
    expect(problems[0]!.length).toBeLessThan(100);
  });
});

describe('table sort', () => {
  it('round-trips a column with its direction, and ignores what is not a column name', () => {
    expect(decodeView(encodeView({ ...DEFAULT_VIEW, sort: '-saidAt' })).state.sort).toBe('-saidAt');
    const bad = decodeView('?sort=%3Cscript%3E');
    expect(bad.state.sort).toBeNull();
    expect(bad.problems).toEqual(['unknown sort "<script>" ignored']);
  });
});

describe('graph selection and view', () => {
  it('round-trips a node or edge id (with its colons, arrows and Arabic) and the graph view', () => {
    const edge = 'statement:actor:dmitry-peskov->event:doc/e30:confirm';
    expect(encodeView({ ...DEFAULT_VIEW, node: edge, graph: 'list' }).toString()).toBe('node=statement%3Aactor%3Admitry-peskov-%3Eevent%3Adoc%2Fe30%3Aconfirm&graph=list');
    expect(decodeView(encodeView({ ...DEFAULT_VIEW, node: edge, graph: 'list' })).state).toMatchObject({ node: edge, graph: 'list' });
    const bad = decodeView('?graph=3d');
    expect(bad.state.graph).toBe('graph');
    expect(bad.problems).toEqual(['unknown graph view "3d" ignored']);
  });
});

describe('compare view state', () => {
  it('keeps the view, the group and the highlighted words', () => {
    const v = { ...DEFAULT_VIEW, view: 'compare' as const, group: 'doc-1/e30', words: { doc: 'doc-1', start: 828, end: 866 } };
    const url = encodeView(v);
    expect(url.toString()).toBe('view=compare&group=doc-1%2Fe30&words=doc-1%3A828-866');
    expect(decodeView(url)).toEqual({ state: v, problems: [] });
  });

  it('says what it cannot read', () => {
    const bad = decodeView('?words=doc-1:9-3');
    expect(bad.state.words).toBeNull();
    expect(bad.problems).toEqual(['unreadable words "doc-1:9-3" (expected document:start-end) ignored']);
    expect(decodeView(`?group=${'x'.repeat(700)}`).problems).toEqual(['compared event longer than 600 characters ignored']);
  });
});

describe('encode/decode properties', () => {
  // Ids: any Unicode (URL syntax, Arabic, '/', ':', controls) except ',' which ids never contain.
  const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => !s.includes(','));
  const ids = fc.array(id, { maxLength: 6 });
  const MIN = Date.UTC(1000, 0, 1);
  const MAX = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
  // Mix exact-ms instants with whole minutes so both spellings of an instant are exercised.
  const instant = fc.oneof(fc.integer({ min: MIN, max: MAX }), fc.integer({ min: MIN / 60_000, max: Math.floor(MAX / 60_000) }).map((m) => m * 60_000));
  const window = fc.option(
    fc.tuple(instant, instant).filter(([a, b]) => a !== b).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
  );
  const state: fc.Arbitrary<ViewState> = fc.record({
    docs: ids, actors: ids, sides: ids, eventTypes: ids, channels: ids, collapsed: ids,
    stances: fc.array(fc.constantFrom(...Stance.options), { maxLength: 10 }),
    q: fc.string({ unit: 'binary', maxLength: 100 }),
    window,
    selected: fc.option(id),
    lang: fc.constantFrom('ar' as const, 'en' as const, 'ru' as const),
    zone: fc.constantFrom(null, 'UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Riyadh', 'Africa/Cairo'),
    rtl: fc.boolean(),
    view: fc.constantFrom('chart' as const, 'table' as const, 'compare' as const),
    sort: fc.constantFrom(null, 'speaker', '-saidAt', 'eventTime'),
    node: fc.option(id),
    graph: fc.constantFrom('graph' as const, 'list' as const, 'off' as const),
    group: fc.option(id),
    words: fc.option(fc.record({ doc: id, start: fc.nat({ max: 1e8 }), end: fc.nat({ max: 1e8 }) }).filter((w) => w.start < w.end)),
  });

  it('decode(encode(s)) gives s back, with lists normalised as encode writes them', () => {
    fc.assert(
      fc.property(state, (s) => {
        const expected: ViewState = {
          ...s, docs: norm(s.docs), actors: norm(s.actors), sides: norm(s.sides), eventTypes: norm(s.eventTypes),
          channels: norm(s.channels), collapsed: norm(s.collapsed), stances: norm(s.stances) as Stance[],
        };
        expect(roundTrip(s)).toEqual({ state: expected, problems: [] });
      }),
      { numRuns: 300, seed: 20211229 },
    );
  });

  it('never throws on arbitrary query strings, and what it decodes re-encodes to itself', () => {
    const key = fc.constantFrom('docs', 'actor', 'side', 'stance', 'type', 'channel', 'q', 'from', 'to', 'sel', 'lang', 'tz', 'axis', 'view', 'fold', 'x');
    const query = fc.array(fc.tuple(key, fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 8 }).map((kv) => new URLSearchParams(kv).toString());
    fc.assert(
      fc.property(fc.oneof(query, fc.string({ unit: 'binary', maxLength: 200 })), (q) => {
        const { state } = decodeView(q);
        expect(roundTrip(state)).toEqual({ state, problems: [] });
      }),
      { numRuns: 300, seed: 20211229 },
    );
  });
});
