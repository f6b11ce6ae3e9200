// @vitest-environment jsdom
// The explorer in Russian (lang=ru): its words, the speakers by their Russian names, Russian month names on the
// axis, left to right; and the language switch, which offers all three languages, each in its own language.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './setup-dom';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-state';

const xs = loadCorpus();
const doc = xs[0]!.document.id;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(cleanup);

function open(view: Partial<ViewState>) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={[doc]} />
    </ExplorerProvider>,
  );
}

describe('the explorer in Russian', () => {
  it('reads in Russian, left to right, with speakers by their Russian names and Russian months', () => {
    const { container } = open({ lang: 'ru' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Показать всё' })[0]!);
    const root = container.querySelector('.explorer')!;
    expect(root.getAttribute('lang')).toBe('ru');
    expect(root.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('button', { name: 'Хронология' })).toBeTruthy();
    expect(screen.getByText(`${xs[0]!.statements.length} из ${xs[0]!.statements.length} заявлений`)).toBeTruthy();
    const texts = [...container.querySelectorAll('text')].map((t) => t.textContent ?? '');
    expect(texts).toContain('Дмитрий Песков');
    expect(texts).not.toContain('Dmitry Peskov');
    expect(texts.some((t) => /^\d{1,2} дек\.$/.test(t))).toBe(true);
    expect(texts.some((t) => /Dec/.test(t))).toBe(false);
  });

  it('offers all three languages, each named in its own language, as plain buttons the keyboard reaches', () => {
    const { container } = open({ lang: 'ru' });
    const group = screen.getByRole('group', { name: 'Язык' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.getAttribute('aria-label'), b.getAttribute('lang'), b.getAttribute('aria-pressed')])).toEqual([
      ['English', 'en', 'false'],
      ['العربية', 'ar', 'false'],
      ['Русский', 'ru', 'true'],
    ]);
    // Plain buttons: reachable by Tab, activated by Enter or Space (a click event in the DOM).
    expect(buttons.every((b) => b.tagName === 'BUTTON' && b.getAttribute('tabindex') !== '-1')).toBe(true);
    fireEvent.click(within(group).getByRole('button', { name: 'العربية' }));
    expect(container.querySelector('.explorer')!.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('group', { name: 'اللغة' })).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: 'اللغة' })).getByRole('button', { name: 'Русский' }));
    expect(container.querySelector('.explorer')!.getAttribute('dir')).toBe('ltr');
    expect(screen.getByRole('group', { name: 'Язык' })).toBeTruthy();
  });

  it('the English explorer offers Russian too', () => {
    open({ lang: 'en' });
    const group = screen.getByRole('group', { name: 'Language' });
    fireEvent.click(within(group).getByRole('button', { name: 'Русский' }));
    expect(screen.getByRole('group', { name: 'Язык' })).toBeTruthy();
  });
});
