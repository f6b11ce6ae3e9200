// The seed as a timeline scene: lanes by side in affiliation order, marks at their honest intervals, links
// from statements to the times they give events, and undated things in the gutter, never at a made-up date.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { laneOrder, sceneFromRows } from '@/lib/layout/corpus-scene';
import { F_BOUND, F_OPEN_START, F_OWN_LINK, F_UNDATED, MARK_EVENT, MAX_ROWS, argsort, buildScene, keyIndex, type MarkInput } from '@/lib/layout/scene';
import { loadCorpus } from '@/lib/server/corpus';
import { actorLookup, filterRows, statementRows } from '@/lib/view/rows';

const xs = loadCorpus();
const doc = xs[0]!.document.id;
const lookup = actorLookup(xs);
const rows = statementRows(xs, lookup);
const order = laneOrder(rows, lookup);
const scene = sceneFromRows(order, rows, xs, lookup, 'en');
const at = (key: string) => keyIndex(scene).get(key)!;
const iso = (ms: number) => new Date(ms).toISOString();
const NO_FILTER = { docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '' };

describe('scene from the seed', () => {
  it('groups lanes by side, events first, and puts each spokesperson right under whom they speak for', () => {
    expect(scene.groups.map((g) => g.key)).toEqual(['events', 'russia', 'united-states', 'media']);
    const lanes = scene.lanes.map((l) => l.actorId ?? l.eventType);
    const russia = scene.groups[1]!.lanes.map((l) => scene.lanes[l]!.actorId);
    expect(russia[0]).toBe('russia');
    expect(russia.indexOf('maria-zakharova')).toBe(russia.indexOf('russia-mfa') + 1);
    expect(scene.lanes[lanes.indexOf('dmitry-peskov')]!.depth).toBeGreaterThan(scene.lanes[lanes.indexOf('russia-mfa')]!.depth);
    expect(scene.groups[3]!.lanes.map((l) => scene.lanes[l]!.actorId)).toEqual(['cnn']);
  });

  it('Peskov’s statement sits on the evening of 29 Dec and links to his claim: the call late on 30 Dec (Moscow)', () => {
    const s = at(`${doc}/s69-69`);
    expect([iso(scene.start[s]!), iso(scene.end[s]!)]).toEqual(['2021-12-29T15:00:00.000Z', '2021-12-29T21:00:00.000Z']);
    const claim = scene.link[s]!;
    expect(scene.key[claim]).toBe(`${doc}/e30@s69-69`);
    expect(scene.kind[claim]).toBe(MARK_EVENT);
    expect([iso(scene.start[claim]!), iso(scene.end[claim]!)]).toEqual(['2021-12-30T18:00:00.000Z', '2021-12-30T21:00:00.000Z']);
    expect(scene.flags[s]! & F_OWN_LINK).toBeTruthy();
  });

  it('CNN gives the call no time: its link goes to a time another source gives, drawn as such', () => {
    const s = at(`${doc}/s828-866`);
    expect(scene.key[scene.link[s]!]).toMatch(new RegExp(`^${doc}/e30@`));
    expect(scene.flags[s]! & F_OWN_LINK).toBe(0);
  });

  it('a statement no expression dates is bounded by publication: open start, ending when the day ends in Moscow', () => {
    const s = at(`${doc}/s828-866`);
    expect(scene.flags[s]! & (F_OPEN_START | F_BOUND)).toBe(F_OPEN_START | F_BOUND);
    expect(iso(scene.end[s]!)).toBe('2021-12-29T21:00:00.000Z');
    expect(scene.start[s]).toBe(-Infinity);
  });

  it('events nobody dates sit in the gutter; every dated mark comes first, sorted by time', () => {
    const undated = scene.key.filter((_, k) => scene.flags[k]! & F_UNDATED);
    expect(undated.sort()).toEqual([`${doc}/e1295`, `${doc}/e1394`, `${doc}/e725`].sort());
    for (let k = 1; k < scene.dated; k++) expect(scene.anchor[k]!).toBeGreaterThanOrEqual(scene.anchor[k - 1]!);
    for (let k = scene.dated; k < scene.n; k++) expect(scene.flags[k]! & F_UNDATED).toBeTruthy();
  });

  it('filtering keeps lane order: the remaining lanes are a subsequence of the full order', () => {
    const denials = filterRows(rows, xs, { ...NO_FILTER, stances: ['deny'] });
    const small = sceneFromRows(order, denials, xs, lookup, 'en');
    const full = scene.lanes.map((l) => l.key);
    const kept = small.lanes.map((l) => full.indexOf(l.key));
    expect(kept.every((i) => i >= 0)).toBe(true);
    expect([...kept].sort((a, b) => a - b)).toEqual(kept);
    expect(small.lanes.map((l) => l.actorId).filter(Boolean).sort()).toEqual(['maria-zakharova', 'russia']);
  });

  it('labels follow the UI language: the source’s cue in Arabic, a verb in English', () => {
    const ar = sceneFromRows(order, rows, xs, lookup, 'ar');
    expect(ar.label[keyIndex(ar).get(`${doc}/s69-69`)!]).toBe('أكد · اتصال هاتفي');
    expect(scene.label[at(`${doc}/s69-69`)]).toBe('confirms Phone call');
  });

  it('without a publication date, statements and claims are undated and nothing lands on the axis', () => {
    const text = xs[0]!.document.text;
    const x = extract({ text, lang: 'ar', timeZone: 'Europe/Moscow', publisher: 'sputnik-arabic' });
    const rs = statementRows([x]);
    const sc = sceneFromRows(laneOrder(rs, actorLookup([x])), rs, [x], actorLookup([x]), 'en');
    const statements = sc.key.filter((_, k) => !sc.kind[k]);
    expect(statements.length).toBe(x.statements.length);
    for (let k = 0; k < sc.n; k++) if (!sc.kind[k]) expect(sc.flags[k]! & F_UNDATED).toBeTruthy();
  });
});

describe('buildScene', () => {
  const H = 3_600_000;
  const lane = (i: number) => ({ key: `l${i}`, label: { en: `L${i}`, ar: `L${i}` }, side: 's', depth: 0, rows: 1 });
  const mark = (key: string, start: number | null, end: number | null, l = 0): MarkInput => ({ key, lane: l, kind: 0, start, end, style: 0, label: key });

  it('stacks overlapping intervals in rows, reuses a row once it is free, and never exceeds MAX_ROWS', () => {
    const input = [mark('a', 0, 10 * H), mark('b', 2 * H, 12 * H), mark('c', 20 * H, 30 * H), ...[1, 2, 3, 4, 5].map((i) => mark(`o${i}`, 40 * H, 50 * H))];
    const s = buildScene([lane(0)], [{ key: 's', label: { en: '', ar: '' }, lanes: [0] }], input);
    const row = (k: string) => s.row[keyIndex(s).get(k)!];
    expect(row('a')).not.toBe(row('b'));
    expect(row('c')).toBe(0);
    expect(s.lanes[0]!.rows).toBe(MAX_ROWS);
    for (let k = 0; k < s.n; k++) expect(s.row[k]!).toBeLessThan(MAX_ROWS);
  });

  it('sorts by start (open starts by their end), keeps undated marks last in input order, and finds the extent', () => {
    const s = buildScene([lane(0)], [], [mark('u1', null, null), mark('late', 9 * H, 10 * H), mark('open', null, 5 * H), mark('u2', null, null), mark('early', H, 2 * H)]);
    expect(s.key).toEqual(['early', 'open', 'late', 'u1', 'u2']);
    expect(s.dated).toBe(3);
    expect(s.extent).toEqual({ start: H, end: 10 * H });
    expect(s.maxSpan).toBe(H);
  });

  it('argsort orders like a stable comparator sort, on random keys with many ties', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const keys = Float64Array.from({ length: 5000 }, () => (rnd() < 0.1 ? Infinity : Math.floor(rnd() * 300)));
    const expected = Array.from(keys.keys()).sort((a, b) => (keys[a]! === keys[b]! ? a - b : keys[a]! < keys[b]! ? -1 : 1));
    expect(Array.from(argsort(keys))).toEqual(expected);
  });

  it('a bound that is not a number is treated as missing, never drawn at NaN', () => {
    const s = buildScene([lane(0)], [], [mark('nan', NaN, NaN), mark('half', NaN, 5 * H), mark('ok', H, 2 * H)]);
    expect(s.key).toEqual(['ok', 'half', 'nan']);
    expect(s.dated).toBe(2);
    expect(s.flags[keyIndex(s).get('half')!]! & F_OPEN_START).toBeTruthy();
    expect(s.flags[keyIndex(s).get('nan')!]! & F_UNDATED).toBeTruthy();
  });

  it('resolves links by key and leaves a dangling link at -1', () => {
    const s = buildScene([lane(0)], [], [{ ...mark('a', 0, H), linkTo: 'b' }, mark('b', 2 * H, 3 * H), { ...mark('c', 0, H), linkTo: 'nowhere' }]);
    expect(s.key[s.link[keyIndex(s).get('a')!]!]).toBe('b');
    expect(s.link[keyIndex(s).get('c')!]).toBe(-1);
  });
});
