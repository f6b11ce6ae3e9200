// @vitest-environment jsdom
// The actor graph as a user drives it: every node drawn with its kind's shape, keyboard moves and selects,
// a time window hides what is not active, and the graph, the timeline and the text are one instrument:
// a node selects its statements on the timeline and in the text, a timeline selection lights its edges.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { URL_DELAY_MS } from '@/components/explorer/UrlSync';
import { GraphView } from '@/components/graph/GraphView';
import { buildGraph } from '@/lib/graph/build';
import { activeIn } from '@/lib/graph/query';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW, decodeView, type ViewState } from '@/lib/url/view-state';

const xs = loadCorpus();
const doc = xs[0]!.document.id;
const g = buildGraph(xs);
const peskovConfirms = g.edges.find((e) => e.kind === 'statement' && e.source === 'actor:dmitry-peskov')!;

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function open(view: Partial<ViewState> = {}) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={[doc]} />
    </ExplorerProvider>,
  );
}
const opacityOf = (c: HTMLElement, key: string) => c.querySelector(`.tl-statement[data-key="${key}"]`)?.closest('[opacity]')?.getAttribute('opacity');
/** Statement ids (not actor ids) whose spans the reader marks as selected. */
const ownRefs = (c: HTMLElement) => [...new Set([...c.querySelectorAll('.reader mark.own')].flatMap((m) => m.getAttribute('data-refs')!.split(' ')).filter((r) => /^s\d+-\d+$/.test(r)))];
const edgeEl = (c: HTMLElement, id: string) => [...c.querySelectorAll('.graph-edge')].find((e) => e.getAttribute('data-id') === id) ?? null;

describe('GraphView', () => {
  it('draws every node and edge of the seed, each node with its kind', () => {
    const { container } = render(<GraphView graph={g} lang="en" selected={null} onSelect={() => {}} width={800} height={500} />);
    expect(container.querySelector('.graph')!.getAttribute('data-renderer')).toBe('svg');
    expect([...container.querySelectorAll('.graph-node')].map((n) => n.getAttribute('data-id'))).toEqual(g.nodes.map((n) => n.id));
    expect(container.querySelectorAll('.graph-edge')).toHaveLength(g.edges.length);
    // Labels never overlap: checked in lib; here, the most connected node (Russia) has one.
    expect([...container.querySelectorAll('.graph-label')].map((l) => l.textContent)).toContain('Russia');
  });

  it('is driven by the keyboard: the focus element names the node, arrows move, Enter selects, Esc clears', () => {
    const onSelect = vi.fn();
    const { container } = render(<GraphView graph={g} lang="en" selected={null} onSelect={onSelect} width={800} height={500} />);
    const focus = () => container.querySelector<HTMLButtonElement>('.graph-focus')!;
    act(() => focus().focus());
    const first = focus().getAttribute('aria-label')!;
    expect(first).toMatch(/^Russia, state, \d+ links$/); // the most connected node first
    const seen = new Set([first]);
    for (const key of ['ArrowLeft', 'ArrowUp', 'ArrowRight', 'ArrowDown']) {
      fireEvent.keyDown(focus(), { key });
      seen.add(focus().getAttribute('aria-label')!);
    }
    expect(seen.size).toBeGreaterThan(2);
    expect(document.activeElement).toBe(focus());
    fireEvent.keyDown(focus(), { key: 'Enter' });
    const picked = onSelect.mock.calls.at(-1)![0] as string;
    expect(focus().getAttribute('aria-label')).toContain(g.nodes.find((n) => n.id === picked)!.label.en);
    fireEvent.keyDown(focus(), { key: 'Escape' });
    expect(onSelect).toHaveBeenLastCalledWith(null);
  });

  it('shows only the links active in a time window; the rest of the nodes fade', () => {
    // 1–10 Dec 2021: no statement of the seed was said then.
    const active = activeIn(g, { start: Date.UTC(2021, 11, 1), end: Date.UTC(2021, 11, 10) });
    const { container } = render(<GraphView graph={g} lang="en" selected={null} onSelect={() => {}} active={active} width={800} height={500} />);
    expect(container.querySelectorAll('.graph-edge').length).toBe(active.edges.size);
    expect(edgeEl(container, peskovConfirms.id)).toBeNull();
    expect(container.querySelector('.graph-node[data-id="actor:dmitry-peskov"]')!.getAttribute('opacity')).toBe('0.15');
  });

  it('labels in Arabic, shaped right to left', () => {
    const { container } = render(<GraphView graph={g} lang="ar" selected={null} onSelect={() => {}} width={800} height={500} />);
    const russia = [...container.querySelectorAll('.graph-label')].find((l) => l.textContent === 'روسيا')!;
    expect(russia.getAttribute('direction')).toBe('rtl');
  });
});

describe('linked views', () => {
  it('a graph node selects its statements on the timeline and in the text, and opens its profile', () => {
    const { container } = open({ node: 'actor:dmitry-peskov' });
    expect(opacityOf(container, `${doc}/s69-69`)).toBe('1');
    expect(opacityOf(container, `${doc}/s391-421`)).toBe('0.15');
    expect(ownRefs(container)).toContain('s69-69');
    expect(ownRefs(container)).not.toContain('s391-421');
    const panel = container.querySelector('.node-panel')!;
    expect(within(panel as HTMLElement).getByText('What it said')).toBeTruthy();
    expect(panel.textContent).toContain('Presidential Executive Office of Russia');
    expect(panel.textContent).toContain('spokesperson');
  });

  it('names the actor\'s roles in Arabic in the Arabic UI', () => {
    const { container } = open({ node: 'actor:dmitry-peskov', lang: 'ar' });
    const panel = container.querySelector('.node-panel')!;
    expect(panel.textContent).toContain('متحدث باسم');
    expect(panel.textContent).not.toMatch(/spokesperson|[a-z]+-[a-z]+/);
  });

  it('the actor panel writes each statement\'s day as the table does, in the zone shown; undated ones are not given a day', () => {
    // Zakharova spoke "yesterday" of a Moscow publication: 28 December in Moscow, though its start is the 27th in UTC.
    const { container } = open({ node: 'actor:maria-zakharova', view: 'table' });
    const panel = container.querySelector('.node-panel')!;
    const saidOf = (p: Element) => [...([...p.querySelectorAll('h4')].find((h) => h.textContent === 'What it said')!.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
    const said = saidOf(panel);
    const zakharova = xs[0]!.statements.find((st) => st.speaker.actorId === 'maria-zakharova')!;
    const row = [...container.querySelectorAll('table tbody tr')].find((tr) => tr.textContent?.includes(zakharova.cue.text))!;
    expect(said[0]).toContain('28 Dec 2021');
    expect(row.textContent).toContain('28 Dec 2021');
    // A statement no expression dates is said before publication, in the panel as in the table.
    const { container: c2 } = open({ node: 'actor:cnn', view: 'table' });
    const cnn = saidOf(c2.querySelector('.node-panel')!);
    const cnnStatement = xs[0]!.statements.find((st) => st.speaker.actorId === 'cnn')!;
    if (cnnStatement.saidAt.bound) expect(cnn[0]).toMatch(/said before publication/);
  });

  it('the actor panel counts what the other filters show', () => {
    const said = (c: HTMLElement) => [...([...c.querySelectorAll('.node-panel h4')].find((h) => h.textContent === 'What it said')?.nextElementSibling?.querySelectorAll('li') ?? [])].length;
    const russia = xs[0]!.statements.filter((st) => st.speaker.actorId === 'russia');
    expect(new Set(russia.map((st) => st.stance)).size).toBeGreaterThan(1);
    const { container, unmount } = open({ node: 'actor:russia' });
    expect(said(container)).toBe(russia.length);
    unmount();
    const { container: denials } = open({ node: 'actor:russia', stances: ['deny'] });
    expect(said(denials)).toBe(russia.filter((st) => st.stance === 'deny').length);
  });

  it('an edge selects exactly the statements behind it; the call node all three', () => {
    const { container, unmount } = open({ node: peskovConfirms.id });
    expect(ownRefs(container)).toEqual(['s69-69']);
    // Said on one day: that day, not a range from it to the next (the interval's end is exclusive).
    const said = [...container.querySelectorAll('.node-panel p.muted')].map((p) => p.textContent).find((p) => p?.startsWith('Said'));
    expect(said).toMatch(/^Said: 29 Dec 2021(, \d\d:\d\d–\d\d:\d\d)?$/);
    unmount();
    const call = open({ node: `event:${doc}/e30` });
    expect(ownRefs(call.container).sort()).toEqual(['s391-421', 's69-69', 's828-866']);
  });

  it('a timeline selection lights its edges in the graph, and selecting in the graph clears it', () => {
    const { container } = open({ selected: `${doc}/s69-69` });
    const edge = edgeEl(container, peskovConfirms.id)!;
    expect(edge.getAttribute('stroke-opacity')).toBe('0.85');
    const other = container.querySelector(`.graph-edge[data-id^="statement:actor:russia->"]`)!;
    expect(other.getAttribute('stroke-opacity')).toBe('0.15');
    // The focus element is re-created for each node it lands on: queried again after focusing.
    act(() => container.querySelector<HTMLButtonElement>('.graph-focus')!.focus());
    fireEvent.keyDown(container.querySelector('.graph-focus')!, { key: 'Enter' });
    expect(screen.getByText('Select a mark or a row to see where it comes from.')).toBeTruthy();
    expect(container.querySelector('.node-panel')).not.toBeNull();
  });

  it('the adjacency list is the accessible twin: its buttons select nodes and edges, and the URL follows', async () => {
    vi.useFakeTimers();
    const { container } = open({ graph: 'list' });
    const list = screen.getByRole('list', { name: /Actor graph:/ });
    fireEvent.click(within(list).getAllByRole('button', { name: 'Maria Zakharova' })[0]!);
    expect(ownRefs(container)).toEqual(['s1324-1333']);
    await act(async () => vi.advanceTimersByTime(URL_DELAY_MS + 10));
    expect(decodeView(window.location.search).state).toMatchObject({ node: 'actor:maria-zakharova', graph: 'list' });
  });

  it('a time window on the timeline says how many links are active', () => {
    open({ window: { start: Date.UTC(2021, 11, 28), end: Date.UTC(2021, 11, 30) } });
    expect(screen.getByText(/of \d+ links active in the time window/)).toBeTruthy();
  });
});
