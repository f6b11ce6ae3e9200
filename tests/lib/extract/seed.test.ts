// The seed article end to end (issue 2, section 4): statements, speakers, cues, mentions, dates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { Extraction } from '@/lib/model/schema';

const text = readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8');
const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'sputnik-arabic' });
const q = (s: { start: number; end: number }) => text.slice(s.start, s.end);
const by = (actorId: string) => x.statements.filter((s) => s.speaker.actorId === actorId);
const eventOf = (s: { eventId: string }) => x.events.find((e) => e.id === s.eventId)!;

describe('seed: Sputnik Arabic, 29 December 2021', () => {
  it('is a valid Extraction whose offsets point at the quoted characters', () => {
    expect(() => Extraction.parse(x)).not.toThrow();
    for (const t of x.timeExpressions) expect(q(t)).toBe(t.text);
    for (const s of x.statements) expect(q(s.cue)).toBe(s.cue.text);
  });

  it('finds all 11 time expressions with their values', () => {
    expect(x.timeExpressions.map((t) => [t.text, t.value, t.mod ?? null])).toEqual([
      ['مساء الغد', '2021-12-30TEV', null],
      ['اليوم الأربعاء', '2021-12-29', null],
      ['مساء اليوم الأربعاء', '2021-12-29TEV', null],
      ['في وقت متأخر من مساء الغد', '2021-12-30TEV', 'END'],
      ['في وقت سابق من اليوم الأربعاء', '2021-12-29', null],
      ['غدا الخميس', '2021-12-30', null],
      ['في الآونة الأخيرة', 'PAST_REF', null],
      ['الأمس', '2021-12-28', null],
      ['في الآونة الأخيرة', 'PAST_REF', null],
      ['17 ديسمبر الجاري', '2021-12-17', null],
      ['مؤخرًا', 'PAST_REF', null],
    ]);
    const late = x.timeExpressions[3]!;
    expect(late.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
    expect(x.timeExpressions[6]!.interval).toEqual({ start: null, end: '2021-12-29T21:00:00Z' });
  });

  it('Peskov: one statement in three mentions (headline + two paragraphs), said 29 Dec, the call late on 30 Dec', () => {
    const [peskov, ...rest] = by('dmitry-peskov');
    expect(rest).toHaveLength(0);
    expect(peskov!.stance).toBe('confirm');
    expect(peskov!.mentions).toHaveLength(3);
    expect(q(peskov!.mentions[0]!)).toBe('المتحدث باسم الرئاسة الروسية: اتصال هاتفي بين بوتين وبايدن مساء الغد');
    expect(peskov!.saidAt.interval!.start!.startsWith('2021-12-29')).toBe(true);
    expect(peskov!.channel?.actorId).toBe('sputnik');
    const call = eventOf(peskov!);
    expect(call).toMatchObject({ type: 'phone-call', cameo: '041', modality: 'planned' });
    expect(call.participants).toEqual(expect.arrayContaining(['vladimir-putin', 'joe-biden']));
    const claim = call.timeClaims.find((c) => c.statementId === peskov!.id)!;
    expect(claim.interval).toEqual({ start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' });
  });

  it('the White House confirmed earlier on 29 Dec that Biden calls Putin on Thursday 30 Dec; its statement on consultations is separate', () => {
    const wh = by('us-white-house');
    expect(wh).toHaveLength(2);
    const [call, consult] = wh;
    expect(call!.stance).toBe('confirm');
    expect(call!.saidAt.value).toBe('2021-12-29');
    expect(eventOf(call!).type).toBe('phone-call');
    expect(eventOf(call!).timeClaims.find((c) => c.statementId === call!.id)?.value).toBe('2021-12-30');
    expect(q(consult!.speaker)).toBe('البيان الأمريكي');
    expect(q(consult!.content[0]!)).toContain('الشركاء والحلفاء الأوروبيين');
    expect(consult!.saidAt.bound).toBe('before-publication');
  });

  it('CNN reported that the call came at Putin’s request, with no date', () => {
    const [cnn] = by('cnn');
    expect(cnn!.stance).toBe('report');
    expect(cnn!.cue.text).toBe('لفتت');
    expect(q(cnn!.content[0]!)).toContain('جاء بناء على طلب من الرئيس الروسي');
    expect(cnn!.saidAt).toMatchObject({ bound: 'before-publication', interval: { start: null, end: '2021-12-29T21:00:00Z' } });
    expect(eventOf(cnn!).type).toBe('phone-call');
    expect(eventOf(cnn!).timeClaims.some((c) => c.statementId === cnn!.id)).toBe(false);
  });

  it('Moscow: the build-up is a breach (accuse) and the invasion claims are false (deny), each in two mentions', () => {
    const moscow = by('russia');
    expect(moscow.map((s) => s.stance).sort()).toEqual(['accuse', 'deny']);
    for (const s of moscow) expect(s.mentions).toHaveLength(2);
    const deny = moscow.find((s) => s.stance === 'deny')!;
    expect(deny.cue.text).toBe('أكدت'); // أكدت عدم صحة: the complement makes it a denial
    expect(eventOf(deny)).toMatchObject({ type: 'invasion', modality: 'denied' });
    expect(eventOf(moscow.find((s) => s.stance === 'accuse')!).type).toBe('military-buildup');
  });

  it('Zakharova denied yesterday (28 Dec), also on the BelRos channel: one statement, two mentions', () => {
    const [z, ...rest] = by('maria-zakharova');
    expect(rest).toHaveLength(0);
    expect(z!.stance).toBe('deny');
    expect(z!.mentions).toHaveLength(2);
    expect(z!.saidAt.value).toBe('2021-12-28');
    expect(z!.channel).toMatchObject({ actorId: 'belros' });
    expect(q(z!.channel!)).toBe('عبر قناة "بيلروس"');
  });

  it('the Foreign Ministry published the draft agreements on 17 Dec 2021', () => {
    const [mfa] = by('russia-mfa');
    expect(mfa).toMatchObject({ stance: 'publish', saidAt: { value: '2021-12-17' } });
    const drafts = eventOf(mfa!);
    expect(drafts.type).toBe('draft-agreement');
    expect(drafts.timeClaims[0]?.value).toBe('2021-12-17');
    expect(drafts.participants).toEqual(expect.arrayContaining(['russia', 'united-states', 'nato']));
  });

  it('carries whom each speaker speaks for, up to the state, even when the text never names it', () => {
    const actor = (id: string) => x.actors.find((a) => a.id === id);
    expect(actor('dmitry-peskov')?.affiliations).toContainEqual({ type: 'speaksFor', actorId: 'russia-presidential-office' });
    expect(actor('russia-presidential-office')?.mentions ?? []).toEqual([]);
    expect(actor('russia-presidential-office')?.affiliations).toContainEqual({ type: 'partOf', actorId: 'russia' });
    // memberOf is not followed: the UN and the OSCE are not pulled in by Russia's membership.
    expect(actor('un')).toBeUndefined();
  });

  it('the writer’s framing is never a statement and no statement is invented', () => {
    expect(x.statements).toHaveLength(8);
    for (const s of x.statements) expect(['يشار', 'يذكر']).not.toContain(s.cue.text);
  });

  it('ids are derived from offsets: the same text gives the same ids', () => {
    const again = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
    expect(again.statements.map((s) => s.id)).toEqual(x.statements.map((s) => s.id));
    expect(again.events.map((e) => e.id)).toEqual(x.events.map((e) => e.id));
  });
});

describe('seed without a publication date', () => {
  const inferred = (year?: number) => extract({ text, published: null, timeZone: 'Europe/Moscow', lang: 'ar', year });

  it('infers the eight Wednesdays of 18–31 December within Biden’s presidency, each with evidence', () => {
    const p = inferred().document.published;
    expect(p.value).toBeNull();
    expect(p.source).toBe('inferred');
    expect(p.candidates.map((c) => c.value)).toEqual([
      '2021-12-22', '2021-12-29', '2022-12-21', '2022-12-28', '2023-12-20', '2023-12-27', '2024-12-18', '2024-12-25',
    ]);
    const evidence = p.candidates[0]!.evidence.join('\n');
    expect(evidence).toContain('Wednesday');
    expect(evidence).toContain('Joe Biden was president');
  });

  it('a year hint leaves two candidates, and relative dates stay unresolved rather than guessed', () => {
    const x2 = inferred(2021);
    expect(x2.document.published.candidates.map((c) => c.value)).toEqual(['2021-12-22', '2021-12-29']);
    const tomorrow = x2.timeExpressions.find((t) => t.text === 'غدا الخميس')!;
    expect(tomorrow.interval).toBeNull();
    expect(x2.timeExpressions.find((t) => t.text === '17 ديسمبر الجاري')!.value).toBe('XXXX-12-17');
    expect(x2.warnings.join(' ')).toMatch(/publication date unknown: 2 candidate dates/);
  });
});

describe('a day in a speaker\'s own words is the speaker\'s day', () => {
  it('the White House\'s «غدا الخميس» in a Moscow report is a Washington Thursday, in the Extraction itself', () => {
    const x = extract({ text: readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8'), published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'sputnik-arabic' });
    const wh = x.statements.find((s) => s.speaker.actorId === 'us-white-house')!;
    const inWords = x.timeExpressions.filter((t) => wh.content.some((c) => c.start <= t.start && t.end <= c.end) && t.granularity === 'day');
    expect(inWords.length).toBeGreaterThan(0);
    for (const t of inWords) {
      expect(t.zone).toBe('America/New_York');
      expect(t.interval).toEqual({ start: '2021-12-30T05:00:00Z', end: '2021-12-31T05:00:00Z' });
    }
    // Peskov's words stay Moscow's (his home zone is the document's), and the said times are the document's.
    const peskov = x.statements.find((s) => s.speaker.actorId === 'dmitry-peskov')!;
    for (const t of x.timeExpressions.filter((t) => peskov.content.some((c) => c.start <= t.start && t.end <= c.end))) expect(t.zone).toBeUndefined();
    expect(x.timeExpressions.find((t) => t.id === wh.saidAt.timeExpressionId)?.zone).toBeUndefined();
  });
});
