// @vitest-environment jsdom
// The explorer of a large corpus as a user drives it, against the real query layer behind a fetch: a facet
// narrows the view and the URL says so, a refused answer is said with a retry, a row's statement is fetched
// with the source's exact words, a search that matches nothing says so, and the Arabic UI turns right to left.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { CorpusExplorer } from '@/components/corpus/CorpusExplorer';
import { extract } from '@/lib/extract/index';
import type { OverviewPart } from '@/lib/query/overview';
import { queryOfView } from '@/lib/query/query';
import { loadCorpus } from '@/lib/server/corpus';
import { SqliteStore } from '@/lib/storage/sqlite';
import { DEFAULT_VIEW, decodeView, type ViewState } from '@/lib/url/view-state';

let store: SqliteStore;
let failNext = 0;
const asked: string[] = [];

beforeAll(async () => {
  store = new SqliteStore(':memory:', { seed: loadCorpus() });
  // Constructed reports (not real articles).
  await store.add({ id: 'c-en-1', text: 'Kremlin spokesman Dmitry Peskov said on Monday that Russia and the United States would hold talks in Geneva on January 10. The White House confirmed the talks on Tuesday.', published: '2022-01-04', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' });
  await store.add({ id: 'c-ar-1', text: 'ونفت وزارة الخارجية الروسية أمس أن تكون موسكو تخطط لغزو أوكرانيا.', published: '2022-01-08', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'sputnik-arabic' });
});
afterAll(() => store.close());

// The app's routes, answered by the store as the server answers them.
async function serve(input: RequestInfo | URL, _init?: RequestInit): Promise<Response> {
  const url = new URL(String(input), 'http://localhost');
  asked.push(`${url.pathname}?${url.searchParams}`);
  if (failNext > 0) {
    failNext--;
    return Response.json({ error: { code: 'internal', message: 'The index is being rebuilt.' } }, { status: 503 });
  }
  const init = _init;
  if (init?.method === 'POST' && url.pathname === '/api/extract') return Response.json(await extract(JSON.parse(String(init.body))));
  if (init?.method === 'POST' && url.pathname === '/api/documents') return Response.json(await store.add(JSON.parse(String(init.body))), { status: 201 });
  const { state } = decodeView(url.searchParams);
  if (url.pathname === '/api/overview') {
    const parts = (url.searchParams.get('parts') ?? 'chart,graph,happenings').split(',') as OverviewPart[];
    return Response.json(await store.overview({ ...queryOfView(state), parts }));
  }
  if (url.pathname === '/api/statements') return Response.json(await store.statements({ ...queryOfView(state), limit: Number(url.searchParams.get('limit')), offset: Number(url.searchParams.get('offset')), sort: url.searchParams.get('sort') === '-said' ? '-said' : 'said' }));
  const doc = url.pathname.match(/^\/api\/documents\/(.+)$/);
  if (doc) return Response.json(await store.get(decodeURIComponent(doc[1]!)));
  return new Response('not found', { status: 404 });
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  asked.length = 0;
  failNext = 0;
  vi.stubGlobal('fetch', vi.fn(serve));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(view: Partial<ViewState> = {}) {
  const v = { ...DEFAULT_VIEW, ...view };
  const initial = await store.overview(queryOfView(v));
  render(<CorpusExplorer initial={initial} view={v} wholeMax={150} />);
  return initial;
}
const inView = () => Number(document.querySelector('.corpus-line')!.textContent!.match(/^(\d+) statements/)![1]);

describe('the corpus explorer', () => {
  it('narrows the view by a facet, asks the server for the chart, and keeps the view in the URL', async () => {
    const all = await open();
    expect(inView()).toBe(all.total);
    const deny = all.facets.stances.find((f) => f.value === 'deny')!;
    fireEvent.click(screen.getByRole('checkbox', { name: /denies/ }));
    await waitFor(() => expect(inView()).toBe(deny.count));
    expect(asked.some((a) => a.startsWith('/api/overview?') && a.includes('stance=deny') && a.includes('parts=chart'))).toBe(true);
    expect(window.location.search).toContain('stance=deny');
    // The table is the server's page of the same statements.
    await waitFor(() => expect(document.querySelectorAll('.corpus-table tbody tr')).toHaveLength(deny.count));
  });

  it('says when the server refuses, and asks again on Retry', async () => {
    await open();
    // The chart, the graph and the table's page are all refused.
    failNext = 3;
    fireEvent.click(screen.getByRole('checkbox', { name: /confirms/ }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const alert = screen.getAllByRole('alert')[0]!;
    expect(alert.textContent).toMatch(/could not answer this view.*The index is being rebuilt/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(window.location.search).toContain('stance=confirm');
  });

  it('shows a selected statement with the exact words of its source', async () => {
    await open();
    const row = await waitFor(() => {
      const b = document.querySelector<HTMLButtonElement>('.corpus-table tbody button[data-key^="c-en-1/"]');
      if (!b) throw new Error('no row yet');
      return b;
    });
    fireEvent.click(row);
    const quote = await waitFor(() => {
      const q = document.querySelector('.corpus-detail blockquote');
      if (!q) throw new Error('not yet');
      return q;
    });
    const text = (await store.get('c-en-1'))!.document.text;
    expect(quote.textContent).toBe(text.slice(Number(quote.getAttribute('data-start')), Number(quote.getAttribute('data-end'))));
    expect(quote.textContent).toContain('Peskov');
    expect(window.location.search).toContain('sel=');
  });

  it('says a search matched nothing', async () => {
    await open();
    fireEvent.change(screen.getByLabelText('Search statements'), { target: { value: 'zzqqxxyy' } });
    await waitFor(() => expect(document.querySelector('.corpus-chart-wrap .empty')?.textContent).toMatch(/No statement matches this view/), { timeout: 3000 });
    expect(window.location.search).toContain('q=zzqqxxyy');
  });

  it('adds an article from the overview, and the overview counts it', async () => {
    const before = await open();
    fireEvent.click(screen.getByText('Add an article'));
    fireEvent.change(screen.getByLabelText('Text of the article'), { target: { value: 'Kremlin spokesman Dmitry Peskov denied on Friday that Russia planned to attack Ukraine.' } });
    fireEvent.change(screen.getByLabelText('Article title'), { target: { value: 'Peskov denies (constructed)' } });
    fireEvent.change(screen.getByLabelText('Publisher'), { target: { value: 'Test Wire' } });
    fireEvent.change(screen.getByLabelText('Published on'), { target: { value: '2022-01-14' } });
    fireEvent.change(screen.getByLabelText('Its time zone'), { target: { value: 'Europe/Moscow' } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    await screen.findByText(/Kept “Peskov denies \(constructed\)”: 1 statement/);
    await waitFor(() => expect(inView()).toBe(before.total + 1));
  });

  it('speaks Arabic right to left when asked', async () => {
    await open({ lang: 'ar' });
    expect(document.querySelector('.corpus')!.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/دايتلاين/);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
  });
});
