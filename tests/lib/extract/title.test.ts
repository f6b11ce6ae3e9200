// The document an extraction describes: a title made for a text that came without one.
import { describe, expect, it } from 'vitest';
import { autoTitle, extract } from '@/lib/extract';

describe('a title for a text that came without one', () => {
  it('is the first line, cut between words with an ellipsis when long', () => {
    const long = 'قال المتحدث باسم الكرملين دميتري بيسكوف إن الرئيسين الروسي والأمريكي سيجريان محادثة هاتفية مساء الخميس لبحث الضمانات الأمنية وقضايا أخرى';
    const title = autoTitle(`${long}\nالنص`);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('…')).toBe(true);
    const kept = title.slice(0, -1);
    expect(long.startsWith(kept)).toBe(true);
    expect(long[kept.length]).toBe(' '); // cut where a word ends
    expect(autoTitle('Short headline\nBody')).toBe('Short headline');
    expect(extract({ text: `${long} ${long}`, lang: 'ar', published: '2021-12-29', timeZone: 'UTC' }).document.title).toMatch(/ [^ ]+…$/);
  });
});
