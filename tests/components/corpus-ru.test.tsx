// @vitest-environment jsdom
// The corpus overview in Russian: its words and counts, Russian lane names and month names, left to right, and
// the language switch offering all three languages, each named in its own language.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import './setup-dom';
import { CorpusExplorer } from '@/components/corpus/CorpusExplorer';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { queryOfView } from '@/lib/query/query';
import { DEFAULT_VIEW } from '@/lib/url/view-state';
import { serveOverview } from './corpus-routes';

let store: SqliteStore;
beforeAll(() => {
  store = new SqliteStore(':memory:', { seed: loadCorpus() });
});
afterAll(() => store.close());

serveOverview(() => store);

describe('the corpus overview in Russian', () => {
  it('reads in Russian, left to right, and switches to the other two languages', async () => {
    const v = { ...DEFAULT_VIEW, lang: 'ru' as const };
    render(<CorpusExplorer initial={await store.overview(queryOfView(v))} view={v} wholeMax={150} />);
    expect(document.querySelector('.corpus')!.getAttribute('dir')).toBe('ltr');
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dateline — обзор корпуса');
    expect(screen.getByRole('button', { name: 'Приблизить' })).toBeTruthy();
    // Lanes named in Russian: an event type and a side.
    const lanes = [...document.querySelectorAll('[data-lane] text')].map((t) => t.textContent ?? '');
    expect(lanes.some((l) => l.startsWith('Телефонный разговор'))).toBe(true);
    expect(lanes.some((l) => l.startsWith('СМИ'))).toBe(true);
    const group = screen.getByRole('group', { name: 'Язык' });
    expect(within(group).getAllByRole('button').map((b) => [b.getAttribute('aria-label'), b.getAttribute('lang'), b.getAttribute('aria-pressed')])).toEqual([
      ['English', 'en', 'false'],
      ['العربية', 'ar', 'false'],
      ['Русский', 'ru', 'true'],
    ]);
    fireEvent.click(within(group).getByRole('button', { name: 'العربية' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(window.location.search).toContain('lang=ar');
    fireEvent.click(within(screen.getByRole('group', { name: 'اللغة' })).getByRole('button', { name: 'Русский' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(window.location.search).toContain('lang=ru');
  });
});
