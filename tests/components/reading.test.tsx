// @vitest-environment jsdom
// Reading documents in the explorer: the engine's warnings shown where a document's statements are read (the
// detail panel, the source text, the table, the add form's preview), the Documents filter reaching the source
// text and the zone, each text read only when opened and a long one windowed, and the small things a new user
// tripped on (notices that pile up, counts in the Arabic UI's digits, a button that waits without saying why).
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { AddDocument } from '@/components/explorer/AddDocument';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { extract } from '@/lib/extract';
import type { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-state';
import { sparseOf } from '@/lib/view/sparse';

const seed = loadCorpus()[0]!;
// A constructed report whose publication date contradicts its own weekday: the engine warns.
const warned = extract({ id: 'warned', text: 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا اليوم الأربعاء إن موسكو لا تعتزم العودة إلى الستار الحديدي.', published: '2022-01-17', timeZone: 'Europe/Moscow', lang: 'ar', title: 'Constructed: a Monday said to be a Wednesday', publisher: 'Test Wire' });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function open(view: Partial<ViewState> = {}, xs: Extraction[] = [seed, warned]) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={[seed.document.id]} />
    </ExplorerProvider>,
  );
}

describe('the engine\'s warnings', () => {
  it('are shown in the detail panel, the source text and the table', () => {
    expect(warned.warnings.join(' ')).toMatch(/Monday|Wednesday/);
    const st = warned.statements[0]!;
    const { container } = open({ selected: `warned/${st.id}`, view: 'table' });
    expect(container.querySelector('.detail .doc-warnings')?.textContent).toMatch(/could not decide/);
    expect(container.querySelector('.detail .doc-warnings')?.textContent).toContain(warned.warnings[0]!);
    const source = [...container.querySelectorAll('.sources details.document')].find((d) => d.textContent?.includes('a Monday said to be'))!;
    expect(source.querySelector('.doc-warnings')?.textContent).toContain(warned.warnings[0]!);
    const row = [...container.querySelectorAll('table tbody tr')].find((tr) => tr.textContent?.includes('a Monday said to be'))!;
    expect(row.querySelector('.warn-badge')).toBeTruthy();
    expect(row.querySelector('.doc-title')!.getAttribute('title')).toContain(warned.warnings[0]!);
  });

  it('are shown in the add form\'s preview, and an impossible publication date is refused before it is sent', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => new Response(JSON.stringify(warned), { status: 200, headers: { 'content-type': 'application/json' } }));
    render(
      <ExplorerProvider init={{ view: DEFAULT_VIEW, extractions: [seed] }}>
        <AddDocument />
      </ExplorerProvider>,
    );
    // With no text, the buttons wait and say why.
    expect(screen.getByText('Paste or load the text of an article first.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Read it' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Text of the article'), { target: { value: warned.document.text } });
    fireEvent.change(screen.getByLabelText('Published on'), { target: { value: '2099-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read it' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/2099-12-31 cannot be when a news report was published/));
    expect(fetched).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Published on'), { target: { value: '2022-01-17' } });
    fireEvent.click(screen.getByRole('button', { name: 'Read it' }));
    await waitFor(() => expect(document.querySelector('.doc-warnings')?.textContent).toContain(warned.warnings[0]!));
  });
});

describe('the source text', () => {
  it('lists only the documents the Documents filter shows, and the zone follows them', () => {
    const other = { ...warned, document: { ...warned.document, timeZone: 'Asia/Riyadh' } };
    const { container } = open({ docs: ['warned'] }, [seed, other]);
    const titles = [...container.querySelectorAll('.sources details.document summary')].map((s) => s.textContent);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/a Monday said to be/);
    expect(container.querySelector('.sources details.document .doc-edits, .sources .document:not([open]) .reader')).toBeNull();
    // Times shown in the zone of the document shown, not the hidden first one's.
    expect(container.textContent).toMatch(/Asia\/Riyadh/);
  });

  it('reads a document\'s text only when it is opened: the selected one opens itself', () => {
    const st = warned.statements[0]!;
    const { container } = open({ selected: `warned/${st.id}` });
    const docs = [...container.querySelectorAll('.sources details.document')] as HTMLDetailsElement[];
    expect(docs).toHaveLength(2);
    const [first, second] = docs;
    expect(second!.open).toBe(true);
    expect(second!.querySelector('.reader')).toBeTruthy();
    expect(first!.open).toBe(false);
    expect(first!.querySelector('.reader')).toBeNull();
    act(() => {
      first!.open = true;
      first!.dispatchEvent(new Event('toggle'));
    });
    expect(first!.querySelector('.reader')).toBeTruthy();
  });

  it('shows a long text in a window around the selection, widened on demand, its offsets exact', () => {
    // Paragraphs of background, and a statement at the end: only its neighbourhood is laid out.
    const filler = Array.from({ length: 1200 }, (_, i) => `وتستمر الأزمة في المنطقة منذ أشهر دون حل يلوح في الأفق (${i}).`).join('\n');
    const long = extract({ id: 'long', text: `${filler}\nوقال بيسكوف أمس إن الاتصال سيجري غدا.`, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', title: 'Long (constructed)' });
    expect(long.document.text.length).toBeGreaterThan(60_000);
    const st = long.statements.find((x) => x.speaker.actorId === 'dmitry-peskov')!;
    const { container } = open({ selected: `long/${st.id}` }, [long]);
    const reader = container.querySelector('.reader')!;
    expect(reader.textContent!.length).toBeLessThan(40_000);
    const marks = [...reader.querySelectorAll('mark')];
    for (const m of marks.slice(0, 20)) expect(long.document.text.slice(Number(m.getAttribute('data-start')), Number(m.getAttribute('data-end')))).toBe(m.textContent);
    expect(reader.querySelector('mark.own')).toBeTruthy();
    const before = reader.textContent!.length;
    fireEvent.click(screen.getByRole('button', { name: 'Show earlier text' }));
    expect(container.querySelector('.reader')!.textContent!.length).toBeGreaterThan(before);
  });
});

describe('small things', () => {
  it('notices can all be dismissed at once', () => {
    // Two notices, as two refused files or URL parts leave.
    const view = { ...DEFAULT_VIEW };
    const c2 = render(
      <ExplorerProvider init={{ view, extractions: [seed], notices: [{ kind: 'error', text: 'one' }, { kind: 'info', text: 'two' }] }}>
        <Explorer bundled={[seed.document.id]} />
      </ExplorerProvider>,
    ).container;
    expect(c2.querySelectorAll('.notices li')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Close all 2 notices' }));
    expect(c2.querySelector('.notices')).toBeNull();
  });

  it('counts in the Arabic UI are written in its own digits', () => {
    const { container } = open({ lang: 'ar', node: 'actor:dmitry-peskov' });
    const panel = container.querySelector('.node-panel')!;
    // Its measures: how many links and statements of each stance.
    const measures = [...panel.querySelectorAll('h4')].find((h) => h.textContent === 'مقاييس')!.nextElementSibling!.textContent!;
    expect(measures).toMatch(/[٠-٩]/);
    expect(measures).not.toMatch(/[0-9]/);
    expect(measures).not.toMatch(/·/);
  });
});

describe('a long text sent sparse', () => {
  it('reads its statements at once; the source text fetches it whole when the document is opened, and says so meanwhile', async () => {
    const sparse = sparseOf(seed);
    const fetched: string[] = [];
    let answer: (r: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        fetched.push(String(url));
        return new Promise<Response>((r) => (answer = r));
      }),
    );
    const sent = { ...seed, document: { ...seed.document, text: '' } };
    const { container } = render(
      <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, view: 'table' }, extractions: [sent], sparse: { [seed.document.id]: sparse }, serverDocs: [seed.document.id] }}>
        <Explorer bundled={[seed.document.id]} />
      </ExplorerProvider>,
    );
    // The table reads the statements' words from the sparse text.
    const zakharova = seed.statements.find((s) => s.speaker.actorId === 'maria-zakharova')!;
    expect(container.querySelector('table')!.textContent).toContain(zakharova.cue.text);
    // The one document is open: its text is on its way, and said to be.
    expect(screen.getByRole('status').textContent).toBe('Loading the text…');
    expect(fetched).toContain(`/api/documents/${encodeURIComponent(seed.document.id)}`);
    expect(container.querySelector('.sources .reader')).toBeNull();
    await act(async () => answer(Response.json({ id: seed.document.id, extraction: seed, edits: [], unanchored: [] })));
    await waitFor(() => expect(container.querySelector('.sources')!.textContent).toContain(seed.document.text.slice(0, 40)));
    expect(screen.queryByText('Loading the text…')).toBeNull();
    vi.unstubAllGlobals();
  });

  it('says why when the text cannot be fetched, and tries again on request', async () => {
    const calls = vi.fn(async () => Response.json({ error: { code: 'store_unavailable', message: 'The corpus cannot be opened' } }, { status: 503 }));
    vi.stubGlobal('fetch', calls);
    render(
      <ExplorerProvider init={{ view: { ...DEFAULT_VIEW }, extractions: [{ ...seed, document: { ...seed.document, text: '' } }], sparse: { [seed.document.id]: sparseOf(seed) }, serverDocs: [seed.document.id] }}>
        <Explorer bundled={[seed.document.id]} />
      </ExplorerProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The text could not be loaded: The corpus cannot be opened.'));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toHaveBeenCalledTimes(2));
    vi.unstubAllGlobals();
  });
});
