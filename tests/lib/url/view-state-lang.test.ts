// The UI language in the URL: lang=ru is read and written like lang=ar; English, the default, is not written.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView } from '@/lib/url/view-state';

describe('lang in the URL', () => {
  it('round-trips lang=ru', () => {
    const p = encodeView({ ...DEFAULT_VIEW, lang: 'ru', view: 'compare' });
    expect(p.toString()).toBe('lang=ru&view=compare');
    const { state, problems } = decodeView(p);
    expect(problems).toEqual([]);
    expect(state.lang).toBe('ru');
    expect(encodeView(state).toString()).toBe(p.toString());
  });

  it('reads each UI language and refuses another', () => {
    expect(['lang=ar', 'lang=ru', 'lang=en', ''].map((q) => decodeView(q).state.lang)).toEqual(['ar', 'ru', 'en', 'en']);
    const { state, problems } = decodeView('lang=RU');
    expect(state.lang).toBe('en');
    expect(problems).toEqual(['unknown language "RU" ignored']);
  });
});
