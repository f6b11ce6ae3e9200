// Home zones through the Extraction's own actors, and clustering of claims with open sides.
import { describe, expect, it } from 'vitest';
import { clusterClaims, homeZone, intervalIn, type Claim } from '@/lib/compare/index';
import { defaultGazetteer, toActor } from '@/lib/extract/gazetteer';
import { seed } from './fixtures';

describe('home zones', () => {
  const x = seed();
  const own = new Map(x.actors.map((a) => [a.id, a]));
  const fromSeed = (id: string) => own.get(id);
  const g = defaultGazetteer();
  const fromGazetteer = (id: string) => {
    const e = g.entries.get(id);
    return e ? toActor(e) : undefined;
  };

  it("follows speaksFor / partOf / basedIn to a state, through the seed's own actors", () => {
    expect(homeZone('dmitry-peskov', fromSeed)).toBe('Europe/Moscow'); // → presidential office → Russia
    expect(homeZone('us-white-house', fromSeed)).toBe('America/New_York');
    expect(homeZone('cnn', fromSeed)).toBe('America/New_York'); // based in the United States
    expect(homeZone('sputnik-arabic', fromSeed)).toBe('Europe/Moscow');
    expect(homeZone('russia', fromSeed)).toBe('Europe/Moscow');
  });

  it("has none for alliances, what answers to one, and actors it cannot see: the document's zone then", () => {
    expect(homeZone('nato', fromSeed)).toBeNull();
    expect(homeZone('belros', fromSeed)).toBeNull(); // part of the Union State, an alliance
    expect(homeZone('jens-stoltenberg', fromGazetteer)).toBeNull();
    expect(homeZone('nobody', fromSeed)).toBeNull();
    expect(homeZone('jens-stoltenberg', fromSeed)).toBeNull(); // not in the seed's actors
  });

  it('maps each listed state to its capital zone', () => {
    const zones = ['russia', 'united-states', 'ukraine', 'belarus', 'united-kingdom', 'france', 'germany', 'china', 'turkey', 'qatar'].map((s) => homeZone(s, fromGazetteer));
    expect(zones).toEqual(['Europe/Moscow', 'America/New_York', 'Europe/Kyiv', 'Europe/Minsk', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'Asia/Shanghai', 'Europe/Istanbul', 'Asia/Qatar']);
    expect(homeZone('hakan-fidan', fromGazetteer)).toBe('Europe/Istanbul'); // → Turkish MFA → Turkey
  });

  it('recomputes days and parts of day in a zone as the engine does', () => {
    expect(intervalIn('2021-12-30', undefined, 'America/New_York')).toEqual({ start: '2021-12-30T05:00:00Z', end: '2021-12-31T05:00:00Z' });
    expect(intervalIn('2021-12-30TEV', 'END', 'Europe/Moscow')).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(intervalIn('2021-12-30TEV', 'START', 'Europe/Moscow')).toEqual({ start: '2021-12-30T15:00:00Z', end: '2021-12-30T18:00:00Z' });
    expect(intervalIn('2021-12', undefined, 'Europe/Moscow')).toBeNull(); // months are not read again
    expect(intervalIn('2021-12-30', 'ON_OR_AFTER', 'Europe/Moscow')).toBeNull(); // nor "since" dates
  });
});

describe('clusters of claims', () => {
  const claim = (speakerId: string, start: string | null, end: string | null): Claim => ({
    docId: 'd', eventId: 'e', statementId: speakerId, speakerId, publisher: 'p', channel: null, value: 'X', granularity: null,
    interval: { start, end }, original: { start, end }, zone: 'UTC', reinterpreted: false, corrected: false,
    words: { docId: 'd', start: 0, end: 0, text: '' }, saidAt: null,
  });

  it('open sides intersect as bounds: "before publication" and a day give the part of the day before it', () => {
    const [c] = clusterClaims([claim('a', null, '2021-12-30T12:00:00Z'), claim('b', '2021-12-30T00:00:00Z', '2021-12-31T00:00:00Z')]);
    expect(c!.interval).toEqual({ start: '2021-12-30T00:00:00Z', end: '2021-12-30T12:00:00Z' });
    const [after] = clusterClaims([claim('a', '2021-12-30T06:00:00Z', null), claim('b', null, '2021-12-30T09:00:00Z')]);
    expect(after!.interval).toEqual({ start: '2021-12-30T06:00:00Z', end: '2021-12-30T09:00:00Z' });
  });

  it('takes the largest set of claims sharing an instant; ties go to more sources, then the earlier', () => {
    const day = (s: string, d: string) => claim(s, `2021-12-${d}T00:00:00Z`, `2021-12-${d}T23:00:00Z`);
    const clusters = clusterClaims([day('a', '01'), day('b', '05'), day('c', '05'), day('d', '09')]);
    expect(clusters.map((c) => c.claims.map((x) => x.speakerId))).toEqual([['b', 'c'], ['a'], ['d']]);
    const tie = clusterClaims([day('a', '09'), day('b', '01')]);
    expect(tie[0]!.claims.map((x) => x.speakerId)).toEqual(['b']);
    // Touching half-open intervals do not meet.
    expect(clusterClaims([claim('a', '2021-12-01T00:00:00Z', '2021-12-02T00:00:00Z'), claim('b', '2021-12-02T00:00:00Z', '2021-12-03T00:00:00Z')])).toHaveLength(2);
    // Ties on size: more sources first (one speaker twice is one source).
    const same = clusterClaims([day('a', '01'), { ...day('a', '01'), statementId: 'a2' }, day('b', '05'), day('c', '05')]);
    expect(same[0]!.claims.map((x) => x.speakerId)).toEqual(['b', 'c']);
  });

  it('counts voices, not claims: one speaker in one document said three times (through two channels) is outvoted by two speakers', () => {
    const day = (s: string, d: string, extra: Partial<Claim> = {}) => ({ ...claim(s, `2021-12-${d}T00:00:00Z`, `2021-12-${d}T23:00:00Z`), ...extra });
    const clusters = clusterClaims([
      day('peskov', '23', { statementId: 'p1' }),
      day('peskov', '23', { statementId: 'p2', channel: 'reporters' }),
      day('peskov', '23', { statementId: 'p3' }),
      day('white-house', '30'),
      day('peskov', '30', { docId: 'other' }),
    ]);
    expect(clusters[0]!.claims.map((x) => `${x.docId}/${x.speakerId}`)).toEqual(['d/white-house', 'other/peskov']);
    expect(clusters[0]!.sources).toBe(2);
    expect(clusters[1]!.sources).toBe(1);
  });
});
