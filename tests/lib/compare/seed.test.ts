// Issue 7's first test: in the seed, Peskov's and the White House's times for the Putin–Biden call agree, their
// consensus is 30 Dec 21:00–24:00 Moscow time, and CNN's "at Putin's request" is a fact no other source states.
import { describe, expect, it } from 'vitest';
import { align, allClaims } from '@/lib/compare/index';
import { formatInterval } from '@/lib/view/format';
import { seed } from './fixtures';

const x = seed();
const text = x.document.text;
const alignment = align([x]);
const calls = alignment.groups.filter((g) => g.type === 'phone-call');
const call = calls[0]!;
const sourceOf = (speaker: string) => call.sources.find((s) => s.speaker === speaker)!;

describe('the seed: the Putin–Biden call', () => {
  it('is one group holding the call event, with Peskov (through Sputnik), the White House and CNN as sources', () => {
    expect(calls).toHaveLength(1);
    const event = x.events.find((e) => e.type === 'phone-call')!;
    expect(call.members).toEqual([{ docId: x.document.id, eventId: event.id }]);
    expect(call.id).toBe(`${x.document.id}/${event.id}`);
    expect(call.participants).toEqual(['joe-biden', 'vladimir-putin']);
    expect(call.sources.map((s) => [s.publisher, s.channel, s.speaker])).toEqual([
      ['sputnik-arabic', 'sputnik', 'dmitry-peskov'],
      ['sputnik-arabic', null, 'us-white-house'],
      ['sputnik-arabic', null, 'cnn'],
    ]);
  });

  it("holds Peskov's and the White House's claims; the White House's Thursday is read as a Washington day", () => {
    expect(call.claims.map((c) => c.speakerId)).toEqual(['dmitry-peskov', 'us-white-house']);
    const [peskov, wh] = call.claims;
    expect(peskov!.words.text).toBe('في وقت متأخر من مساء الغد');
    expect(text.slice(peskov!.words.start, peskov!.words.end)).toBe(peskov!.words.text);
    expect(peskov!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(peskov!.reinterpreted).toBe(false);
    expect(peskov!.zone).toBe('Europe/Moscow');
    expect(wh!.words.text).toBe('غدا الخميس');
    expect(wh!.original).toEqual({ start: '2021-12-29T21:00:00Z', end: '2021-12-30T21:00:00Z' }); // the Moscow day
    expect(wh!.interval).toEqual({ start: '2021-12-30T05:00:00Z', end: '2021-12-31T05:00:00Z' }); // EST = UTC−5
    expect(wh!.zone).toBe('America/New_York');
    expect(wh!.reinterpreted).toBe(true);
  });

  it('agrees: the consensus is exactly 30 Dec 21:00–24:00 Moscow time, with no conflict', () => {
    expect(call.consensus!.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(formatInterval(call.consensus!.interval, 'Europe/Moscow', 'en-GB')).toBe('30 Dec 2021, 21:00–24:00');
    expect(call.consensus!.claims).toHaveLength(2);
    expect(call.consensus!.sources).toBe(2);
    expect(call.clusters).toHaveLength(1);
    expect(call.conflicts).toEqual([]);
    expect(call.conflictCount).toBe(0);
  });

  it("finds CNN's initiator (Putin, by the words naming him) and marks it as stated by no other source", () => {
    const row = call.facts.find((f) => f.kind === 'initiator')!;
    expect(row.status).toBe('single');
    const cnn = row.cells.find((c) => c.source === sourceOf('cnn').key)!;
    expect(cnn.value).toBe('vladimir-putin');
    expect(cnn.fact!.text).toBe('بناء على طلب من الرئيس الروسي');
    expect(text.slice(cnn.fact!.span.start, cnn.fact!.span.end)).toBe(cnn.fact!.text);
    // The words are inside CNN's statement.
    const statement = x.statements.find((s) => s.id === cnn.fact!.statementId)!;
    expect(statement.speaker.actorId).toBe('cnn');
    expect(statement.content.some((c) => c.start <= cnn.fact!.span.start && cnn.fact!.span.end <= c.end)).toBe(true);
    expect(row.cells.filter((c) => c.value === 'silent').map((c) => c.source)).toEqual([sourceOf('dmitry-peskov').key, sourceOf('us-white-house').key]);
  });

  it('all three sources name both participants: the participants agree; place and duration are stated by none', () => {
    const byKind = Object.fromEntries(call.facts.map((f) => [f.kind, f]));
    expect(byKind.participants!.status).toBe('agree');
    expect(byKind.participants!.values).toEqual([{ value: 'joe-biden+vladimir-putin', label: 'Joe Biden & Vladimir Putin', sources: call.sources.map((s) => s.key) }]);
    expect(byKind.location!.status).toBe('none');
    expect(byKind.duration!.status).toBe('none');
  });

  it('first report: the White House (earlier on Wednesday) before Peskov (Wednesday evening); CNN only bounded by publication', () => {
    const order = call.firstReport.order;
    expect(call.firstReport.first).toBe(sourceOf('us-white-house').key);
    expect(order.map((o) => [o.source, o.at, o.basis])).toEqual([
      [sourceOf('us-white-house').key, '2021-12-28T21:00:00Z', 'said'], // "earlier today, Wednesday": the Moscow day
      [sourceOf('cnn').key, '2021-12-28T21:00:00Z', 'published'],
      [sourceOf('dmitry-peskov').key, '2021-12-29T15:00:00Z', 'said'], // "Wednesday evening", from 18:00 Moscow
    ]);
    expect(order.map((o) => o.lagMs)).toEqual([0, 0, 18 * 3_600_000]);
  });

  it('every event of the seed is in exactly one group; no other group is a call', () => {
    const members = alignment.groups.flatMap((g) => g.members.map((m) => m.eventId)).sort();
    expect(members).toEqual(x.events.map((e) => e.id).sort());
    expect(alignment.groups).toHaveLength(x.events.length);
    expect(allClaims([x])).toHaveLength(x.events.reduce((n, e) => n + e.timeClaims.length, 0));
  });
});
