// English labels for Arabic groups in common words, and nothing made up for anything else.
import { describe, expect, it } from 'vitest';
import { glossGroup } from '@/lib/lang/ar/gloss';
import { arabic } from '@/lib/lang/ar';

describe('glossGroup', () => {
  it('glosses a known noun and its adjectives, adjectives before the noun in English', () => {
    expect(glossGroup('الحلفاء الأوروبيين')).toBe('European allies');
    expect(glossGroup('دبلوماسيون غربيون')).toBe('Western diplomats');
    expect(glossGroup('مصادر دبلوماسية مطلعة')).toBe('Informed diplomatic sources');
    expect(glossGroup('كبار المسؤولين الأمريكيين')).toBe('Senior US officials');
    expect(glossGroup('والحلفاء')).toBe('Allies');
  });

  it('leaves a name, or a word it does not know, to transliteration', () => {
    expect(glossGroup('دميتري بيسكوف')).toBeUndefined();
    expect(glossGroup('الحلفاء الأوروبيين الجدد')).toBeUndefined();
    expect(glossGroup('الأوروبيين')).toBeUndefined();
    expect(arabic.latin('دميتري بيسكوف')).not.toMatch(/allies|officials/i);
    expect(arabic.latin('الحلفاء الأوروبيين')).toBe('European allies');
  });
});
