// Actors the gazetteer does not know, and offices resolved by the publication date.
// The sentences are constructed for the test, not news.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';

describe('actors', () => {
  it('an unknown person in title–name apposition becomes a new actor with a Latin label and the role', () => {
    const text = 'قال المتحدث باسم وزارة الخارجية الأوكرانية، أندريه سيمينكو، إن الاجتماع سيعقد غدا.';
    const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Kyiv', lang: 'ar' });
    const speaker = x.actors.find((a) => a.id === x.statements[0]?.speaker.actorId)!;
    expect(speaker.inGazetteer).toBe(false);
    expect(speaker.names.ar).toEqual(['أندريه سيمينكو']);
    expect(speaker.names.en[0]).toMatch(/^[A-Za-z' ]+$/);
    expect(speaker.roles).toEqual([{ title: 'spokesperson', of: 'ukraine-mfa' }]);
  });

  it('"the US president" is whoever held the office on the publication date', () => {
    const text = 'قال الرئيس الأمريكي إن المحادثات مستمرة.';
    const on = (published: string) => extract({ text, published, timeZone: 'UTC', lang: 'ar' }).statements[0]?.speaker.actorId;
    expect(on('2021-12-29')).toBe('joe-biden');
    expect(on('2019-06-01')).toBe('donald-trump');
  });

  it('a title that introduced a person names that person when it comes back alone', () => {
    const text = 'قال نائب رئيس الوفد المفاوض كريم منصوري إن الجولة انتهت. وأضاف نائب رئيس الوفد المفاوض أن الجولة المقبلة ستعقد قريبا.';
    const x = extract({ text, published: '2022-03-11', timeZone: 'UTC', lang: 'ar' });
    const ids = x.statements.map((s) => s.speaker.actorId);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(x.actors.find((a) => a.id === ids[0])?.names.ar).toEqual(['كريم منصوري']);
  });

  it('the Kremlin and Moscow speak as metonyms for the Russian presidency and Russia', () => {
    const text = 'وأكد الكرملين أن الاتصال تم. ونفت موسكو هذه التقارير.';
    const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
    expect(x.statements.map((s) => [s.speaker.actorId, s.stance])).toEqual([
      ['russia-presidential-office', 'confirm'],
      ['russia', 'deny'],
    ]);
  });
});
