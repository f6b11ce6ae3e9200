// English extraction (issue 6): reporting verbs and nouns, titles with names, temporal expressions with
// TIMEX3 values and intervals, the same output contract as Arabic. Every text here is constructed for the
// test, in the manner of wire copy about the seed's events; none is quoted from a real article.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { Extraction, type Statement } from '@/lib/model/schema';
import { detectLang } from '@/lib/text/lang';
import { tagEnglish } from '@/lib/lang/en/times';

const run = (text: string, published: string | null = '2021-12-29', timeZone = 'Europe/Moscow') => {
  const x = extract({ text, published, timeZone, lang: 'en', publisher: 'reuters' });
  const q = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return { x, q, one: (actorId: string) => x.statements.find((s) => s.speaker.actorId === actorId) };
};
const timex = (x: Extraction, text: string) => x.timeExpressions.find((t) => t.text === text);

describe('English reporting cues', () => {
  const text = [
    'Kremlin: Putin and Biden to speak by phone on Thursday',
    'MOSCOW (Constructed) - Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Russian President Vladimir Putin and U.S. President Joe Biden would hold a phone call late on Thursday.',
    'The White House confirmed earlier today that the leaders will speak on Thursday, December 30.',
    'According to CNN, Putin asked for the call.',
    'Russian Foreign Ministry spokeswoman Maria Zakharova said on the BelRos channel yesterday that Russia would not return to the “iron curtain”.',
    '“We expect a frank conversation,” said Peskov.',
    'The talks will begin in Geneva on January 10, State Department spokesman Ned Price said in a statement.',
    'The Kremlin denied on Tuesday that troops were massing near the border.',
    'The Russian Foreign Ministry announced three weeks ago that it had published draft agreements.',
    'The call is scheduled for 15:35 Washington time, White House press secretary Jen Psaki said.',
  ].join('\n');
  const { x, q, one } = run(text);

  it('is a valid Extraction whose offsets point at the exact characters of the original', () => {
    expect(() => Extraction.parse(x)).not.toThrow();
    expect(x.document.lang).toBe('en');
    expect(x.warnings).toEqual([]);
    for (const t of x.timeExpressions) expect(q(t)).toBe(t.text);
    for (const s of x.statements) {
      expect(q(s.cue)).toBe(s.cue.text);
      if (s.channel) expect(q(s.channel)).toBe(s.channel.text);
    }
  });

  it('told … that: speaker by title and name, channel, said-at, content after "that"', () => {
    const p = x.statements.find((s) => s.cue.text === 'told')!;
    expect(p.speaker.actorId).toBe('dmitry-peskov');
    expect(q(p.speaker)).toBe('Kremlin spokesman Dmitry Peskov');
    expect(p.channel?.text).toBe('reporters');
    expect(p.saidAt.value).toBe('2021-12-29');
    expect(q(p.content[0]!)).toBe('Russian President Vladimir Putin and U.S. President Joe Biden would hold a phone call late on Thursday');
    const call = x.events.find((e) => e.id === p.eventId)!;
    expect(call.type).toBe('phone-call');
    expect(call.modality).toBe('planned');
    expect(call.participants).toEqual(['joe-biden', 'vladimir-putin']);
    expect(call.timeClaims.find((c) => c.statementId === p.id)?.value).toBe('2021-12-30');
  });

  it('confirmed, with the time of saying before the complement', () => {
    const wh = one('us-white-house')!;
    expect(wh.stance).toBe('confirm');
    expect(wh.saidAt.value).toBe('2021-12-29');
    expect(q(wh.content[0]!)).toBe('the leaders will speak on Thursday, December 30');
  });

  it('according to: the outlet reports what follows', () => {
    const cnn = one('cnn')!;
    expect(cnn.stance).toBe('report');
    expect(q(cnn.content[0]!)).toBe('Putin asked for the call');
  });

  it('a named channel, a said-at of yesterday, a negated complement read as a denial, a quotation kept whole', () => {
    const z = one('maria-zakharova')!;
    expect(q(z.speaker)).toBe('Russian Foreign Ministry spokeswoman Maria Zakharova');
    expect(z.channel).toMatchObject({ text: 'on the BelRos channel', actorId: 'belros' });
    expect(z.saidAt.value).toBe('2021-12-28');
    expect(z.stance).toBe('deny');
    expect(q(z.content[0]!)).toBe('Russia would not return to the “iron curtain”');
  });

  it('a quotation before an inverted tag ("…," said Peskov) is direct speech', () => {
    const quoted = x.statements.find((s) => s.speaker.actorId === 'dmitry-peskov' && s.direct)!;
    expect(q(quoted.content[0]!)).toBe('We expect a frank conversation');
  });

  it('the attribution at the end of the sentence takes the clause before it; "in a statement" is the channel', () => {
    const price = one('ned-price')!;
    expect(q(price.speaker)).toBe('State Department spokesman Ned Price');
    expect(price.channel?.text).toBe('in a statement');
    expect(q(price.content[0]!)).toBe('The talks will begin in Geneva on January 10');
    expect(x.events.find((e) => e.id === price.eventId)?.type).toBe('negotiation');
  });

  it('denied and announced take their stances; three weeks ago dates the saying', () => {
    const kremlin = x.statements.find((s) => s.cue.text === 'denied')!;
    expect(kremlin.speaker.actorId).toBe('russia-presidential-office');
    expect(kremlin.stance).toBe('deny');
    expect(kremlin.saidAt.value).toBe('2021-12-28');
    const mfa = x.statements.find((s) => s.cue.text === 'announced')!;
    expect(mfa.speaker.actorId).toBe('russia-mfa');
    expect(mfa.stance).toBe('announce');
    expect(mfa.saidAt.value).toBe('2021-W49');
  });

  it('press secretary with a name resolves to the actor; a clock time carries its own zone', () => {
    const psaki = one('jen-psaki')!;
    expect(q(psaki.speaker)).toBe('White House press secretary Jen Psaki');
    const t = timex(x, '15:35 Washington time')!;
    expect(t.value).toBe('2021-12-29T15:35');
    expect(t.interval).toEqual({ start: '2021-12-29T20:35:00Z', end: '2021-12-29T20:36:00Z' });
  });

  it('the headline "Speaker: what" is a statement, and its "to speak … on Thursday" is ahead', () => {
    const head = one('russia-presidential-office')!;
    expect(head.cue.text).toBe(':');
    expect(timex(x, 'Thursday')?.value).toBe('2021-12-30');
  });
});

describe('English titles', () => {
  it('a title alone names who held the office on the publication date', () => {
    const { x } = run('The Kremlin spokesman said on Monday that talks were possible.');
    expect(x.statements[0]?.speaker.actorId).toBe('dmitry-peskov');
    const later = run('The White House press secretary said on Monday that talks were possible.', '2023-06-01');
    expect(later.x.statements[0]?.speaker.actorId).toBe('karine-jean-pierre');
  });

  it('a title after its office ("spokesman for the Kremlin") and an apposition after a name', () => {
    const a = run('A spokesman for the Kremlin said on Monday that talks were possible.');
    expect(a.x.statements[0]?.speaker.actorId).toBe('dmitry-peskov');
    const b = run('Dmitry Peskov, the Kremlin spokesman, said on Monday that talks were possible.');
    expect(b.x.statements[0]?.speaker.actorId).toBe('dmitry-peskov');
    expect(b.q(b.x.statements[0]!.speaker)).toBe('Dmitry Peskov, the Kremlin spokesman');
  });

  it('a person the gazetteer does not know becomes a new actor with the office as written', () => {
    const { x } = run('State Department spokesman John Doeman said on Monday that the proposals were under review.');
    const s = x.statements[0]!;
    expect(s.speaker.actorId).toBe('new-john-doeman');
    const actor = x.actors.find((a) => a.id === 'new-john-doeman')!;
    expect(actor.names.en).toEqual(['John Doeman']);
    expect(actor.roles).toEqual([{ title: 'spokesperson', of: 'us-state-department' }]);
    expect(actor.inGazetteer).toBe(false);
  });

  it('a deputy is not the office: "Deputy Foreign Minister Sergei Ryabkov" is Ryabkov, not Lavrov', () => {
    const { x } = run('Deputy Foreign Minister Sergei Ryabkov told RIA Novosti on Monday that Moscow would not wait.');
    expect(x.statements[0]?.speaker.actorId).toBe('sergei-ryabkov');
    expect(x.statements[0]?.channel).toMatchObject({ text: 'RIA Novosti', actorId: 'ria-novosti' });
    const lone = run('The deputy foreign minister said on Monday that Moscow would wait.');
    expect(lone.x.statements.map((s) => s.speaker.actorId)).not.toContain('sergey-lavrov');
  });

  it('"U.S. President Joe Biden" does not end a sentence at "U.S."', () => {
    const { x, q } = run('Russian President Vladimir Putin said on Monday that U.S. President Joe Biden had called him.');
    expect(x.statements).toHaveLength(1);
    expect(q(x.statements[0]!.content[0]!)).toBe('U.S. President Joe Biden had called him');
  });
});

describe('English temporal expressions: TIMEX3 values and intervals', () => {
  const cases: [string, string, string, { start: string | null; end: string | null } | null][] = [
    // sentence, expression, value, interval (publication Wednesday 2021-12-29, Moscow: UTC+3, and UTC+4 in 2014)
    ['He said on Wednesday that it was over.', 'Wednesday', '2021-12-29', { start: '2021-12-28T21:00:00Z', end: '2021-12-29T21:00:00Z' }],
    ['He said on Monday that it was over.', 'Monday', '2021-12-27', { start: '2021-12-26T21:00:00Z', end: '2021-12-27T21:00:00Z' }],
    ['The leaders will speak on Thursday.', 'Thursday', '2021-12-30', { start: '2021-12-29T21:00:00Z', end: '2021-12-30T21:00:00Z' }],
    ['The White House said earlier today that it would.', 'earlier today', '2021-12-29', { start: '2021-12-28T21:00:00Z', end: '2021-12-29T21:00:00Z' }],
    ['The call is on December 30.', 'December 30', '2021-12-30', { start: '2021-12-29T21:00:00Z', end: '2021-12-30T21:00:00Z' }],
    ['Talks resume on January 10.', 'January 10', '2022-01-10', { start: '2022-01-09T21:00:00Z', end: '2022-01-10T21:00:00Z' }],
    ['It began three weeks ago.', 'three weeks ago', '2021-W49', { start: '2021-12-05T21:00:00Z', end: '2021-12-12T21:00:00Z' }],
    ['It ended two days ago.', 'two days ago', '2021-12-27', { start: '2021-12-26T21:00:00Z', end: '2021-12-27T21:00:00Z' }],
    ['They speak at 15:35 Washington time.', '15:35 Washington time', '2021-12-29T15:35', { start: '2021-12-29T20:35:00Z', end: '2021-12-29T20:36:00Z' }],
    ['They speak at 9 a.m. GMT.', '9 a.m. GMT', '2021-12-29T09:00', { start: '2021-12-29T09:00:00Z', end: '2021-12-29T09:01:00Z' }],
    ['The call will be late tomorrow evening.', 'late tomorrow evening', '2021-12-30TEV', { start: '2021-12-30T18:00:00Z', end: '2021-12-30T21:00:00Z' }],
    ['She left last night.', 'last night', '2021-12-28TNI', { start: '2021-12-28T18:00:00Z', end: '2021-12-29T03:00:00Z' }],
    ['Talks are due in early January.', 'early January', '2022-01', null],
    ['It was agreed last week.', 'last week', '2021-W51', { start: '2021-12-19T21:00:00Z', end: '2021-12-26T21:00:00Z' }],
    ['The drafts came out on 17 December.', '17 December', '2021-12-17', { start: '2021-12-16T21:00:00Z', end: '2021-12-17T21:00:00Z' }],
    ['It has held since 2014.', '2014', '2014', { start: '2013-12-31T20:00:00Z', end: '2021-12-29T21:00:00Z' }],
    ['Talks run from 10 to 12 January.', '10 to 12 January', 'P3D', { start: '2022-01-09T21:00:00Z', end: '2022-01-12T21:00:00Z' }],
    ['They met on Thursday, December 23, 2021.', 'Thursday, December 23, 2021', '2021-12-23', { start: '2021-12-22T21:00:00Z', end: '2021-12-23T21:00:00Z' }],
  ];
  for (const [sentence, expr, value, interval] of cases) {
    it(`"${expr}" → ${value}`, () => {
      const { x } = run(sentence);
      const t = timex(x, expr);
      expect(t, `tagged: ${x.timeExpressions.map((e) => e.text).join(' | ')}`).toBeDefined();
      expect(t!.value).toBe(value);
      if (interval) expect(t!.interval).toEqual(interval);
    });
  }

  it('a length of time is a DURATION, never a date near chrono\'s reference day', () => {
    for (const [sentence, expr, value] of [
      ['The call lasted 50 minutes.', '50 minutes', 'PT50M'],
      ['The talks would last two days.', 'last two days', 'P2D'],
      ['They spoke for an hour.', 'an hour', 'PT1H'],
      ['The meeting will take three hours.', 'three hours', 'PT3H'],
    ] as const) {
      const { x } = run(sentence);
      expect(x.timeExpressions.map((t) => [t.text, t.type, t.value, t.interval]), sentence).toEqual([[expr, 'DURATION', value, null]]);
    }
  });

  it('a clock time before its day belongs to that day, and the city of its zone is not an actor', () => {
    const { x } = run('Peskov said on Wednesday that the call would begin at 20:30 Moscow time on Thursday.');
    const t = timex(x, '20:30 Moscow time on Thursday')!;
    expect(t.value).toBe('2021-12-30T20:30');
    expect(t.interval).toEqual({ start: '2021-12-30T17:30:00Z', end: '2021-12-30T17:31:00Z' });
    // Russia is among the actors only as the state Peskov's office belongs to, not as one named in the text.
    expect(x.actors.find((a) => a.id === 'russia')?.mentions).toBeUndefined();
    expect(x.events.flatMap((e) => e.participants)).not.toContain('russia');
  });

  it('"early January" is the first third of the month, marked START', () => {
    const t = timex(run('Talks are due in early January.').x, 'early January')!;
    expect(t.mod).toBe('START');
    expect(Date.parse(t.interval!.end!) - Date.parse(t.interval!.start!)).toBeCloseTo((31 / 3) * 86_400_000, -3);
  });

  it('words that only look like dates are not tagged', () => {
    for (const s of ['Russia may respond.', 'Protesters march on the capital.', 'The second round is over.', 'Fall in line, he told them.']) {
      expect(tagEnglish(s).map((t) => s.slice(t.start, t.end)), s).toEqual([]);
    }
  });

  it('relative dates without a publication date stay unresolved, with the date inferred from an explicit one', () => {
    const none = run('Peskov said on Wednesday that the call would take place tomorrow.', null);
    expect(none.x.document.published.value).toBeNull();
    expect(timex(none.x, 'tomorrow')?.interval).toBeNull();
    const dated = run('MOSCOW, December 29, 2021. Peskov said on Wednesday that the call would take place tomorrow.', null);
    expect(dated.x.document.published.candidates.map((c) => c.value)).toContain('2021-12-29');
  });

  it('an impossible date is flagged, not invented', () => {
    const { x } = run('The ministry said the meeting was on February 30.');
    expect(x.timeExpressions.find((t) => t.text.includes('February'))?.interval ?? null).toBeNull();
  });
});

describe('language detection', () => {
  it('goes by the script of most letters', () => {
    expect(detectLang('Peskov said the word «الغد» in Arabic.')).toBe('en');
    expect(detectLang('قال بيسكوف لشبكة CNN إن الاتصال سيجري غدا')).toBe('ar');
    expect(detectLang('2021-12-29 …')).toBeNull();
    const x = extract({ text: 'Peskov said on Monday that «الغد» was the word.', published: '2021-12-29' });
    expect(x.document.lang).toBe('en');
  });
});

describe('statements are found in English as in Arabic', () => {
  it('one speaker saying one thing twice is one statement', () => {
    const { x } = run('Peskov said on Wednesday that the phone call would take place on Thursday.\nThe phone call with Biden will take place on Thursday, Peskov said.');
    const peskov: Statement[] = x.statements.filter((s) => s.speaker.actorId === 'dmitry-peskov');
    expect(peskov).toHaveLength(1);
    expect(peskov[0]!.mentions).toHaveLength(2);
  });

  it('a cue inside a quotation is not a new statement', () => {
    const { x } = run('"Moscow said it clearly," Zakharova said on Monday.');
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]!.speaker.actorId).toBe('maria-zakharova');
  });
});

describe('wire copy', () => {
  const text = [
    'Biden, Putin to hold call as tensions mount over Ukraine',
    'WASHINGTON/MOSCOW, Dec 29 (Constructed) - U.S. President Joe Biden and Russian President Vladimir Putin will speak by phone on Thursday, the White House said on Wednesday, as the two sides prepare for security talks in January.',
    'Secretary of State Antony Blinken spoke with his Ukrainian counterpart on Wednesday, the State Department said in a statement.',
    'Zakharova told a briefing in Moscow that NATO\'s expansion was unacceptable.',
  ].join('\n');
  const x = extract({ text, lang: 'en', timeZone: 'America/New_York' });
  const q = (s: { start: number; end: number }) => text.slice(s.start, s.end);

  it('a dateline without a year bounds the publication by the offices named: every 29 December of Biden\'s term', () => {
    expect(x.document.published.value).toBeNull();
    expect(x.document.published.candidates.map((c) => c.value)).toEqual(['2021-12-29', '2022-12-29', '2023-12-29', '2024-12-29']);
    expect(x.document.published.candidates[0]!.evidence.join(' ')).toMatch(/dateline/);
    expect(x.timeExpressions.find((t) => t.text === 'Thursday')?.interval).toBeNull();
  });

  it('an attribution set off by commas takes the clause before it, without the dateline', () => {
    const wh = x.statements.find((s) => s.speaker.actorId === 'us-white-house')!;
    expect(q(wh.content[0]!)).toBe('U.S. President Joe Biden and Russian President Vladimir Putin will speak by phone on Thursday');
    const sd = x.statements.find((s) => s.speaker.actorId === 'us-state-department')!;
    expect(sd.channel?.text).toBe('in a statement');
    expect(q(sd.content[0]!)).toBe('Secretary of State Antony Blinken spoke with his Ukrainian counterpart on Wednesday');
  });

  it('where it was said, before "that", is not what was said', () => {
    const z = x.statements.find((s) => s.speaker.actorId === 'maria-zakharova')!;
    expect(z.channel?.text).toBe('a briefing');
    expect(q(z.content[0]!)).toBe("NATO's expansion was unacceptable");
  });
});

describe('English, from a reviewer’s trials', () => {
  it('"late on Thursday" is that day marked END; "set for Friday" is ahead', () => {
    const late = run('Peskov said the call would take place late on Thursday.');
    expect(timex(late.x, 'late on Thursday')).toMatchObject({ value: '2021-12-30', mod: 'END', interval: { start: '2021-12-29T21:00:00Z', end: '2021-12-30T21:00:00Z' } });
    const friday = run('Biden, Putin call set for Friday - TASS\nThe Kremlin said the call was set for Friday.');
    expect(friday.x.timeExpressions.filter((t) => t.text === 'Friday').map((t) => t.value)).toEqual(['2021-12-31', '2021-12-31']);
  });

  it('a quotation before a title in lower case and a name is that person’s', () => {
    const { x, q } = run('"The president urged Russia to de-escalate," press secretary Jen Psaki said in a statement.');
    expect(x.statements).toHaveLength(1);
    expect(x.statements[0]).toMatchObject({ speaker: { actorId: 'jen-psaki' }, direct: true, channel: { text: 'in a statement' } });
    expect(q(x.statements[0]!.content[0]!)).toBe('The president urged Russia to de-escalate');
  });

  it('a negation in the speaker’s own words is not a denial; in reported speech it is', () => {
    expect(run('"We do not expect a breakthrough," said Peskov.').x.statements[0]?.stance).toBe('state');
    expect(run('Peskov said Russia would not return to the iron curtain.').x.statements[0]?.stance).toBe('deny');
  });
});

describe('a publication date the dateline contradicts', () => {
  it('is kept as given, and said in a warning', () => {
    const text = 'Putin and Biden to speak\nMOSCOW, Dec 29 (Constructed) - Kremlin spokesman Dmitry Peskov said on Wednesday that the call would take place on Thursday.';
    expect(run(text, '2021-12-22').x.warnings).toEqual(['the dateline says "Dec 29" but the publication date given is 2021-12-22']);
    expect(run(text, '2021-12-29').x.warnings).toEqual([]);
  });
});
