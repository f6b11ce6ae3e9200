// Alignment across documents, on the seed plus CONSTRUCTED short texts (see fixtures.ts): conflicting, partly
// overlapping, other-zone and undated claims; reviewers' merge and split decisions; what is never grouped.
import { describe, expect, it } from 'vitest';
import { align, claimsOf, type AlignDecision, type Alignment } from '@/lib/compare/index';
import { extract } from '@/lib/extract';
import type { Extraction } from '@/lib/model/schema';
import { constructed, onlyEvent, seed } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const x = seed();
const seedCall = { docId: x.document.id, eventId: x.events.find((e) => e.type === 'phone-call')!.id };
const groupOf = (a: Alignment, ref: { docId: string; eventId: string }) =>
  a.groups.find((g) => g.members.some((m) => m.docId === ref.docId && m.eventId === ref.eventId))!;
const calls = (a: Alignment) => a.groups.filter((g) => g.type === 'phone-call');

describe('a conflicting time for the same call', () => {
  const b = constructed('conflictAr');
  const a = align([x, b]);
  const g = groupOf(a, seedCall);

  it('joins the seed call (same type, same participants) and is flagged as a conflict, in words', () => {
    expect(g.members).toEqual([seedCall, onlyEvent(b)]);
    expect(g.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['same-type', 'shared-participants', 'times-conflict']));
    expect(g.reasons.find((r) => r.code === 'shared-participants')!.detail).toBe('joe-biden,vladimir-putin');
    // Two claims agree (the seed's), the constructed 2 January stands alone: the consensus stays the seed's.
    expect(g.consensus!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(g.clusters.map((c) => c.claims.length)).toEqual([2, 1]);
    expect(g.conflictCount).toBe(2);
    const withPeskov = g.conflicts.find((c) => c.a.docId === x.document.id && c.a.speakerId === 'dmitry-peskov')!;
    expect(withPeskov.b.docId).toBe(b.document.id);
    expect(withPeskov.b.interval).toEqual({ start: '2022-01-01T21:00:00Z', end: '2022-01-02T21:00:00Z' }); // 2 Jan, Moscow
    expect(withPeskov.gapMs).toBe(2 * DAY); // from 24:00 on 30 Dec to 00:00 on 2 Jan, Moscow
    expect(withPeskov.en).toBe('Dmitry Peskov (Sputnik Arabic): late evening of 30 Dec 2021 (Moscow) vs Dmitry Peskov (RT): 2 Jan 2022 (Moscow) — 2 days apart');
    expect(withPeskov.ar).toContain('بفارق يومين');
    // The White House's Washington Thursday ends at 05:00Z on the 31st: 40 hours before the Moscow 2 January.
    const withWh = g.conflicts.find((c) => c.a.speakerId === 'us-white-house')!;
    expect(withWh.gapMs).toBe(40 * HOUR);
    expect(withWh.en).toContain('White House (Sputnik Arabic): 30 Dec 2021 (Washington)');
  });

  it('is the same alignment whatever the order of the documents (group ids come from the earliest member)', () => {
    const reversed = align([b, x]);
    expect(reversed.groups.map((gr) => gr.id).sort()).toEqual(a.groups.map((gr) => gr.id).sort());
    expect(groupOf(reversed, seedCall).id).toBe(g.id);
    expect(groupOf(reversed, seedCall).consensus).toEqual(g.consensus);
  });
});

describe('a partial overlap: a Moscow Thursday and a Washington Thursday', () => {
  const kremlin = constructed('kremlinThursdayAr');
  const wh = constructed('whiteHouseThursdayEn');
  const g = groupOf(align([kremlin, wh]), onlyEvent(kremlin));

  it('is one group with no conflict; the consensus is the hours both days share', () => {
    expect(g.members).toHaveLength(2);
    expect(g.claims.map((c) => [c.speakerId, c.interval])).toEqual([
      ['russia-presidential-office', { start: '2021-12-29T21:00:00Z', end: '2021-12-30T21:00:00Z' }],
      ['us-white-house', { start: '2021-12-30T05:00:00Z', end: '2021-12-31T05:00:00Z' }],
    ]);
    expect(g.claims.every((c) => !c.reinterpreted)).toBe(true); // each speaker's own zone is its document's
    expect(g.consensus!.interval).toEqual({ start: '2021-12-30T05:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(g.conflicts).toEqual([]);
    expect(g.reasons.map((r) => r.code)).toContain('times-overlap');
  });
});

describe('a different zone', () => {
  it("reads Peskov's evening, reported from New York, as a Moscow evening: it agrees with the seed", () => {
    const ny = constructed('peskovInNewYorkEn');
    const [claim] = claimsOf(ny);
    expect(claim!.original).toEqual({ start: '2021-12-31T02:00:00Z', end: '2021-12-31T05:00:00Z' }); // 21–24 in New York
    expect(claim!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' }); // 21–24 in Moscow
    expect(claim!.zone).toBe('Europe/Moscow');
    expect(claim!.reinterpreted).toBe(true);
    const g = groupOf(align([x, ny]), seedCall);
    expect(g.members).toHaveLength(2);
    expect(g.consensus!.claims).toHaveLength(3);
    expect(g.consensus!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(g.conflicts).toEqual([]);
  });

  it('keeps a day whose zone the words name, and a clock time with its zone', () => {
    const [named] = claimsOf(constructed('peskovWashingtonTimeEn'));
    expect(named!.words.text).toBe('Thursday');
    expect(named!.reinterpreted).toBe(false);
    expect(named!.interval).toEqual({ start: '2021-12-30T05:00:00Z', end: '2021-12-31T05:00:00Z' });
    const [clock] = claimsOf(constructed('clockWithZoneEn'));
    expect(clock!.granularity).toBe('minute');
    expect(clock!.reinterpreted).toBe(false);
    expect(clock!.interval).toEqual({ start: '2021-12-30T17:30:00Z', end: '2021-12-30T17:31:00Z' }); // 20:30 Moscow
  });

  it('keeps a claim a reviewer corrected as given', () => {
    const wh = structuredClone(x);
    const event = wh.events.find((e) => e.id === seedCall.eventId)!;
    const claim = event.timeClaims.find((c) => c.value === '2021-12-30')!;
    claim.corrected = { author: 'reviewer', at: '2026-01-01T00:00:00Z' };
    const got = claimsOf(wh).find((c) => c.statementId === claim.statementId)!;
    expect(got.corrected).toBe(true);
    expect(got.reinterpreted).toBe(false);
    expect(got.interval).toEqual(claim.interval);
  });
});

describe('an undated claim', () => {
  // The engine drops claims it cannot resolve, but an Extraction from a file may hold one (the schema allows a
  // null interval): add the unresolved "غدا" of a document without a publication date as such a claim.
  const u: Extraction = constructed('undatedAr');
  const te = u.timeExpressions.find((t) => t.text === 'غدا')!;
  u.events[0]!.timeClaims.push({ statementId: u.statements[0]!.id, value: te.value, interval: null, timeExpressionId: te.id });
  const g = groupOf(align([x, u]), seedCall);

  it('is kept with its words, "no time", and out of the consensus', () => {
    expect(te.interval).toBeNull();
    expect(g.members).toHaveLength(2);
    const undated = g.claims.find((c) => c.docId === u.document.id)!;
    expect(undated.interval).toBeNull();
    expect(undated.words.text).toBe('غدا');
    expect(g.consensus!.claims.map((c) => c.docId)).toEqual([x.document.id, x.document.id]);
    expect(g.consensus!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(g.clusters.flatMap((c) => c.claims)).not.toContain(undated);
    expect(g.conflicts).toEqual([]);
    expect(g.reasons.map((r) => r.code)).toContain('times-unknown');
  });

  it('has no time in the first report: unknown, after the others, with no lag', () => {
    const last = g.firstReport.order.at(-1)!;
    expect(last.docId).toBe(u.document.id);
    expect(last.at).toBeNull();
    expect(last.lagMs).toBeNull();
  });
});

describe("reviewers' decisions", () => {
  const m = constructed('durationOnlyEn');
  const b = constructed('conflictAr');
  const merge: AlignDecision = { kind: 'merge', a: seedCall, b: onlyEvent(m), author: 'lead', at: '2026-03-01T10:00:00Z' };
  const split: AlignDecision = { kind: 'split', a: seedCall, b: onlyEvent(b), author: 'lead', at: '2026-03-02T10:00:00Z' };

  it('without a decision, a call naming no one and giving no time stays apart', () => {
    expect(calls(align([x, m]))).toHaveLength(2);
  });

  it('a merge joins it to the seed call, says who decided, and brings its facts into the matrix', () => {
    const a = align([x, m], [merge]);
    const g = groupOf(a, seedCall);
    expect(g.members).toEqual([seedCall, onlyEvent(m)]);
    const reason = g.reasons.find((r) => r.code === 'merged')!;
    expect(reason.en).toContain('by lead (2026-03-01)');
    const duration = g.facts.find((f) => f.kind === 'duration')!;
    expect(duration.status).toBe('single');
    expect(duration.values).toEqual([{ value: 'PT50M', label: '50 minutes', sources: [`${m.document.id}||cnn`] }]);
    // CNN now states the initiator in one document and the duration in another: still one voice each.
    expect(g.facts.find((f) => f.kind === 'initiator')!.status).toBe('single');
  });

  it('a split keeps a conflicting claim apart: the seed call has no conflict left, and both groups say why', () => {
    const a = align([x, b], [split]);
    const g = groupOf(a, seedCall);
    const other = groupOf(a, onlyEvent(b));
    expect(other.id).not.toBe(g.id);
    expect(g.conflicts).toEqual([]);
    expect(g.reasons.find((r) => r.code === 'split')!.en).toContain('by lead (2026-03-02)');
    expect(other.reasons.map((r) => r.code)).toContain('split');
  });

  it('applies decisions in order: the last word on a pair wins', () => {
    const unmerge: AlignDecision = { ...merge, kind: 'split', at: '2026-03-03T10:00:00Z' };
    expect(calls(align([x, m], [merge, unmerge]))).toHaveLength(2);
    const remerge: AlignDecision = { ...split, kind: 'merge', at: '2026-03-04T10:00:00Z' };
    expect(groupOf(align([x, b], [split, remerge]), seedCall).members).toHaveLength(2);
  });

  it('a split is honoured through third events; one about unknown events is reported, not applied', () => {
    // The constructed Peskov-from-New-York call would tie the seed and 2 January together; the split holds.
    const ny = constructed('peskovInNewYorkEn');
    const a = align([x, b, ny], [split]);
    expect(groupOf(a, onlyEvent(ny)).id).toBe(groupOf(a, seedCall).id);
    expect(groupOf(a, seedCall).id).not.toBe(groupOf(a, onlyEvent(b)).id);
    const ghost: AlignDecision = { ...merge, b: { docId: 'nowhere', eventId: 'e1' } };
    expect(align([x], [ghost]).ignored).toEqual([{ decision: ghost, why: 'unknown event nowhere/e1' }]);
  });
});

describe('what is never grouped', () => {
  it('a meeting of the same two on the same day is another happening than their call', () => {
    const meeting = constructed('meetingEn');
    const a = align([x, meeting]);
    expect(groupOf(a, onlyEvent(meeting)).id).not.toBe(groupOf(a, seedCall).id);
    expect(groupOf(a, onlyEvent(meeting)).type).toBe('meeting');
  });

  it("a call of Putin's with someone else, and a call of the same two three weeks later, are other calls", () => {
    const macron = constructed('macronCallEn');
    const later = constructed('laterCallEn');
    const a = align([x, macron, later]);
    expect(calls(a)).toHaveLength(3);
    expect(groupOf(a, seedCall).members).toEqual([seedCall]);
  });

  it('generic statements about the same two stay apart', () => {
    const [s1, s2] = [constructed('statementA'), constructed('statementB')];
    expect(s1.events[0]!.type).toBe('statement');
    expect(s2.events[0]!.participants).toEqual(s1.events[0]!.participants);
    expect(align([s1, s2]).groups).toHaveLength(2);
  });
});

describe('explicit cross-references', () => {
  it('"the call announced by the White House" is given as a reason', () => {
    const r = constructed('crossRefAr');
    const g = groupOf(align([x, r]), seedCall);
    expect(g.members).toHaveLength(2);
    const reason = g.reasons.find((c) => c.code === 'cross-reference')!;
    expect(reason.detail).toBe(`${r.document.id}/${onlyEvent(r).eventId}`);
    expect(reason.en).toContain('الاتصال الهاتفي الذي أعلن');
  });
});

describe('reports that each name one side', () => {
  // Constructed: an English report naming Russia, an Arabic one naming Ukraine, of talks in Geneva on one day.
  const en = extract({ id: 'talks-en', text: 'Russia held talks in Geneva on Monday, the Kremlin said on Monday.', published: '2022-01-10', timeZone: 'Europe/Moscow', lang: 'en' });
  const ar = extract({ id: 'talks-ar', text: 'وأعلنت وزارة الخارجية الأوكرانية أن أوكرانيا أجرت محادثات في جنيف يوم الاثنين.', published: '2022-01-10', timeZone: 'Europe/Kyiv', lang: 'ar' });
  const a = align([en, ar]);
  const talks = a.groups.filter((g) => g.type === 'negotiation');

  it('are grouped when their times meet: each is silent on the other party, not in disagreement', () => {
    const both = talks.find((g) => g.members.length === 2);
    expect(both, JSON.stringify(talks.map((g) => g.members))).toBeTruthy();
    expect(both!.reasons.map((r) => r.code)).toContain('one-side-each');
    const parties = both!.facts.find((f) => f.kind === 'participants');
    if (parties) expect(parties.status).not.toBe('disagree');
  });
});
