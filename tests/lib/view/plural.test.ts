// Counted phrases take each UI language's own plural forms, from Intl (CLDR rules), with its own digits.
import { describe, expect, it } from 'vitest';
import { num, plural } from '@/lib/view/plural';

const RU = { one: '# заявление', few: '# заявления', many: '# заявлений', other: '# заявления' };
const AR = { zero: 'لا تنبيهات', one: 'تنبيه واحد', two: 'تنبيهان', few: '# تنبيهات', many: '# تنبيهًا', other: '# تنبيه' };

describe('plural', () => {
  it('Russian: one for 1 and 21, few for 2 and 22, many for 5 and 11', () => {
    expect([1, 2, 5, 11, 21, 22].map((n) => plural('ru', n, RU))).toEqual([
      '1 заявление',
      '2 заявления',
      '5 заявлений',
      '11 заявлений',
      '21 заявление',
      '22 заявления',
    ]);
  });

  it('Arabic: its six forms, in Arabic-Indic digits', () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('ar', n, AR))).toEqual(['لا تنبيهات', 'تنبيه واحد', 'تنبيهان', '٣ تنبيهات', '١١ تنبيهًا', '١٠٠ تنبيه']);
  });

  it('English: one and other', () => {
    expect([1, 2].map((n) => plural('en', n, { one: '# warning', other: '# warnings' }))).toEqual(['1 warning', '2 warnings']);
  });

  it('falls back to other for a form a phrase does not spell out', () => {
    expect(plural('ar', 2, { one: 'مصدر واحد', other: '# مصدر' })).toBe('٢ مصدر');
  });

  it('writes numbers as each language does', () => {
    expect([num('en', 12345), num('ar', 12345), num('ru', 12345)]).toEqual(['12,345', '١٢٬٣٤٥', '12\u00a0345']);
  });
});
