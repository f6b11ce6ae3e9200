// @vitest-environment jsdom
// The reader renders hostile text as text and marks every extracted span.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Reader } from '@/components/reader/Reader';
import { extract } from '@/lib/extract/index';

// Constructed for the test, not news.
const text = 'قال بيسكوف اليوم الأربعاء: <script>window.__pwned = 1</script> إن الاتصال غدا.';
const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });

describe('Reader', () => {
  it('shows a script tag in an article as text and never runs it', () => {
    const { container } = render(<Reader extraction={x} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>window.__pwned = 1</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.textContent).toBe(text);
  });

  it('marks the speaker, cue and time expressions at their exact offsets, right-to-left', () => {
    const { container } = render(<Reader extraction={x} />);
    const article = container.querySelector('article')!;
    expect(article.getAttribute('dir')).toBe('rtl');
    const times = [...container.querySelectorAll('mark.m-time')].map((m) => m.textContent);
    expect(times).toEqual(['اليوم الأربعاء', 'غدا']);
    expect(container.querySelector('mark.m-cue')?.textContent).toBe('قال');
    const actor = container.querySelector('mark.m-actor')!;
    expect(actor.textContent).toBe('بيسكوف');
    expect(text.slice(Number(actor.getAttribute('data-start')), Number(actor.getAttribute('data-end')))).toBe('بيسكوف');
  });
});
