// @vitest-environment jsdom
// The explorer as a user drives it: filters narrow the timeline and the table, the table sorts and is
// keyboard-navigable, a selection opens the detail panel with the source's words, the URL follows the view,
// and a file that is not an Extraction is refused with a reason.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { URL_DELAY_MS } from '@/components/explorer/UrlSync';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW, decodeView, type ViewState } from '@/lib/url/view-state';
import { MESSAGES } from '@/lib/view/i18n';

const xs = loadCorpus();
const doc = xs[0]!.document.id;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function open(view: Partial<ViewState> = {}) {
  const r = render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={[doc]} />
    </ExplorerProvider>,
  );
  // The first view fits where most marks are; these tests count every mark, so they fit all first.
  if (!view.window) fireEvent.click(screen.getAllByRole('button', { name: MESSAGES[view.lang ?? 'en'].fitAll })[0]!);
  return r;
}
const markKeys = (c: HTMLElement) => [...c.querySelectorAll('.tl-statement')].map((m) => m.getAttribute('data-key'));

describe('Explorer', () => {
  it('first shows where the marks are; Fit all reaches the outlier weeks before them', () => {
    cleanup();
    const { container } = render(
      <ExplorerProvider init={{ view: DEFAULT_VIEW, extractions: xs }}>
        <Explorer bundled={[doc]} />
      </ExplorerProvider>,
    );
    // The draft agreements of 17 December stand two weeks before everything else.
    expect(markKeys(container).length).toBeLessThan(xs[0]!.statements.length);
    fireEvent.click(screen.getAllByRole('button', { name: 'Fit all' })[0]!);
    expect(markKeys(container)).toHaveLength(xs[0]!.statements.length);
  });

  it('shows every statement on the timeline, with the count', () => {
    const { container } = open();
    expect(markKeys(container)).toHaveLength(xs[0]!.statements.length);
    expect(screen.getByText(`${xs[0]!.statements.length} of ${xs[0]!.statements.length} statements`)).toBeTruthy();
  });

  it('a stance filter and the Arabic-normalised search narrow the timeline', () => {
    const { container } = open();
    fireEvent.click(container.querySelector('input[data-facet="stances"][value="deny"]')!);
    expect(markKeys(container).sort()).toEqual([`${doc}/s1208-1219`, `${doc}/s1324-1333`]);
    fireEvent.change(screen.getByLabelText('Search statements'), { target: { value: 'زاخاروفا' } });
    expect(markKeys(container)).toEqual([`${doc}/s1324-1333`]);
    fireEvent.change(screen.getByLabelText('Search statements'), { target: { value: 'nothing like this' } });
    expect(screen.getByText('No statement matches these filters.')).toBeTruthy();
    fireEvent.click(screen.getByText('Clear filters'));
    expect(markKeys(container)).toHaveLength(xs[0]!.statements.length);
  });

  it('the table sorts by a column and moves between rows with the arrow keys; Enter opens the detail', () => {
    open({ view: 'table' });
    const table = screen.getByRole('table');
    const speakerHeader = within(table).getByRole('button', { name: /Speaker/ });
    fireEvent.click(speakerHeader);
    expect(speakerHeader.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    const names = () => within(table).getAllByRole('row').slice(1).map((r) => r.querySelector('td')!.textContent);
    expect(names()).toEqual([...names()].sort((a, b) => a!.localeCompare(b!, 'en-GB')));
    fireEvent.click(speakerHeader);
    expect(speakerHeader.closest('th')!.getAttribute('aria-sort')).toBe('descending');
    const body = table.querySelector('tbody')!;
    const first = body.querySelector<HTMLElement>('tr[tabindex="0"]')!;
    first.focus();
    fireEvent.keyDown(body, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(body.rows[1]);
    fireEvent.keyDown(body, { key: 'Enter' });
    const key = body.rows[1]!.getAttribute('data-key')!;
    expect(body.rows[1]!.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('complementary').textContent).toContain(xs[0]!.statements.find((s) => key.endsWith(`/${s.id}`))!.cue.text);
  });

  it('the detail panel gives speaker, cue, channel, both times with how they were resolved, and the highlighted sentence', () => {
    open({ selected: `${doc}/s69-69`, zone: 'Europe/Moscow' });
    const panel = screen.getByRole('complementary');
    expect(panel.textContent).toContain('Dmitry Peskov');
    expect(panel.textContent).toContain('لوكالة "سبوتنيك"');
    expect(panel.textContent).toContain('29 Dec 2021, 18:00–24:00');
    expect(panel.textContent).toContain('30 Dec 2021, 21:00–24:00');
    expect(panel.textContent).toContain('“\u2068في وقت متأخر من مساء الغد\u2069” relative to publication \u20682021\u2060-\u206012\u2060-\u206029\u2069');
    const own = [...panel.querySelectorAll('mark.own')].map((m) => m.textContent);
    expect(own).toContain('أكد');
    const excerpt = panel.querySelector('blockquote')!;
    expect(xs[0]!.document.text.slice(Number(excerpt.getAttribute('data-start')), Number(excerpt.getAttribute('data-end')))).toBe(excerpt.textContent);
  });

  it('writes the view into the URL, and the URL decodes back to the same view', async () => {
    vi.useFakeTimers();
    const { container } = open();
    fireEvent.click(container.querySelector('input[data-facet="stances"][value="confirm"]')!);
    fireEvent.click(screen.getByRole('button', { name: 'العربية' }));
    fireEvent.change(screen.getByLabelText('المنطقة الزمنية'), { target: { value: 'America/New_York' } });
    await act(async () => vi.advanceTimersByTime(URL_DELAY_MS + 10));
    const { state } = decodeView(window.location.search);
    expect(state).toMatchObject({ stances: ['confirm'], lang: 'ar', zone: 'America/New_York' });
  });

  it('switches the whole explorer to Arabic, right to left', () => {
    const { container } = open({ lang: 'ar' });
    expect(container.querySelector('.explorer')!.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'الخط الزمني' })).toBeTruthy();
    expect(container.textContent).toContain('دميتري بيسكوف');
  });

  it('refuses a file that is not an Extraction with a reason, and keeps what is loaded', async () => {
    const { container } = open();
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const bad = new File(['{"document": 1'], 'notes.json', { type: 'application/json' });
    await act(async () => fireEvent.change(input, { target: { files: [bad] } }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^“notes\.json” is not an Extraction file: it is not valid JSON/);
    expect(alert.querySelector('details code')?.textContent).toMatch(/^not valid JSON \(.*position 14/);
    expect(markKeys(container)).toHaveLength(xs[0]!.statements.length);
    const copy = structuredClone(xs[0]!);
    copy.document.id = 'copy-of-seed';
    await act(async () => fireEvent.change(input, { target: { files: [new File([JSON.stringify(copy)], 'copy.json')] } }));
    await waitFor(() => expect(markKeys(container)).toHaveLength(2 * xs[0]!.statements.length));
    expect(screen.getByText('Loaded “copy.json”: 8 statements.')).toBeTruthy();
    // A reload in the same browser keeps the loaded document.
    cleanup();
    const again = render(
      <ExplorerProvider init={{ view: DEFAULT_VIEW, extractions: xs }}>
        <Explorer bundled={[doc]} />
      </ExplorerProvider>,
    );
    await waitFor(() => expect(markKeys(again.container)).toHaveLength(2 * xs[0]!.statements.length));
  });
});
