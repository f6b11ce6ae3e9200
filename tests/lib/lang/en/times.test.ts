// English time expressions beyond what chrono reads (issue 15, family 14), resolved against a publication date.
// The sentences are constructed for the test, not news. Publication: Wednesday 12 January 2022, New York.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

const timesOf = (text: string, published = '2022-01-12') =>
  extract({ text, published, timeZone: 'America/New_York', lang: 'en' }).timeExpressions.map((t) => [t.text, t.value, t.mod ?? null]);

describe('English time beyond chrono', () => {
  it.each([
    ['Talks are now at a critical stage.', 'now', 'PRESENT_REF', null],
    ['The envoy is currently in Vienna.', 'currently', 'PRESENT_REF', null],
    ['The two capitals have been rivals for decades.', 'decades', 'PXDE', null],
    ['Diplomats have warned for weeks of an incursion.', 'weeks', 'PXW', null],
    ['The talks could take a few weeks to conclude.', 'a few weeks', 'PXW', null],
    ['The summit lasted about three and a half hours.', 'about three and a half hours', 'PT3H30M', 'APPROX'],
    ['Relations have soured over nearly two decades.', 'nearly two decades', 'P2DE', 'APPROX'],
    ['Trade has fallen over the past three years.', 'the past three years', 'P3Y', null],
    ['The ministers met for a two-day session.', 'two-day', 'P2D', null],
    ['He called for a 24-hour truce.', '24-hour', 'PT24H', null],
    ['The borders were drawn in the 1990s.', 'the 1990s', '199', null],
    ['The treaty dates from the middle of the 20th century.', 'the middle of the 20th century', '19', 'MID'],
    ['The fighting of 2014-15 left thousands dead.', '2014-15', 'P2Y', null],
    ['Investigators revisited a 2014 raid.', '2014', '2014', null],
    ['The agreement was signed in March.', 'March', '2021-03', null],
    ['The vote took place last March.', 'last March', '2021-03', null],
    ['The guns fell silent at 1507 GMT.', '1507 GMT', '2022-01-12T15:07', null],
    ['The allies will meet every week until the crisis ends.', 'every week', 'P1W', null],
    ['Officials expect a decision this spring.', 'this spring', '2022-SP', null],
    ['A statement came shortly before 10pm.', 'shortly before 10pm', '2022-01-12T22:00', 'BEFORE'],
    ['Markets have been volatile in recent weeks.', 'recent weeks', 'PAST_REF', null],
    ['More talks are expected in the coming weeks.', 'the coming weeks', 'FUTURE_REF', null],
    ['A decision is due by the end of the week.', 'the end of the week', '2022-W02', 'END'],
  ])('%s → «%s» %s', (sentence, text, value, mod) => {
    expect(timesOf(sentence)).toContainEqual([text, value, mod]);
  });

  it('two days later, the following day and later that day count from the day the text speaks of, ago from publication', () => {
    const t = timesOf('The talks opened on 10 January. Two days later the envoys met again. The following day they left. Three weeks ago no one expected it.');
    expect(t).toContainEqual(['Two days later', '2022-01-12', null]);
    expect(t).toContainEqual(['The following day', '2022-01-13', null]);
    expect(t).toContainEqual(['Three weeks ago', '2021-W51', null]);
  });

  it('"Friday night" is that Friday\'s own night in English', () => {
    expect(timesOf('Shelling resumed on Friday night.')).toContainEqual(['Friday night', '2022-01-07TNI', null]);
  });

  it('counts of soldiers are not years, the Arab Spring is no season, the verb fall is no autumn', () => {
    const t = timesOf('Russia moved 2000 troops during the Arab Spring anniversary as prices fall.');
    expect(t.map((x) => x[0])).toEqual([]);
  });
});
