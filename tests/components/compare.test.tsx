// @vitest-environment jsdom
// The compare view in the explorer: the seed's call with its consensus, each source's claim and facts, the
// words of a cell shown highlighted, a conflicting report (constructed for the test) flagged in words, a
// reviewer's regrouping sent as an edit, and Arabic.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { URL_DELAY_MS } from '@/components/explorer/UrlSync';
import { extract } from '@/lib/extract';
import type { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { applyEdits, type Edit } from '@/lib/corrections/edits';
import { DEFAULT_VIEW, decodeView, type ViewState } from '@/lib/url/view-state';

const seed = loadCorpus()[0]!;
const SEED = seed.document.id;
// A constructed report (not a real article) that puts the same call on another day.
const other = extract({
  id: 'constructed-wire',
  text: 'Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Putin and Biden would hold a phone call on January 2.',
  title: 'A later call (constructed)',
  published: '2021-12-29',
  timeZone: 'Europe/Moscow',
  lang: 'en',
  publisher: 'reuters',
});

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function open(view: Partial<ViewState> = {}, extractions: Extraction[] = [seed], serverDocs: string[] = [SEED]) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, view: 'compare', ...view }, extractions, serverDocs }}>
      <Explorer bundled={serverDocs} />
    </ExplorerProvider>,
  );
}
const detail = () => document.querySelector('.cmp-detail') as HTMLElement;
/** Text without the bidi isolates that keep each name's own direction. */
const plain = (s: string | null) => (s ?? '').replace(/[\u2066-\u2069]/g, '');

describe('compare view: the seed', () => {
  it('opens on the call, the event most sources report, with its consensus said in words', () => {
    open();
    expect(screen.getByRole('button', { name: /Phone call/, pressed: true })).toBeTruthy();
    expect(screen.getByText('6 events, 1 reported by more than one source')).toBeTruthy();
    const verdict = detail().querySelector('.cmp-verdict')!.textContent!;
    expect(verdict).toBe('Consensus of 2 claims: \u206830 Dec 2021, 21:00–24:00\u2069, Moscow time. The claimed times are consistent.');
  });

  it('draws each claim as an interval on the shared axis, the consensus as a band across them', () => {
    open();
    const svg = detail().querySelector('svg.cmp-chart')!;
    expect(svg.querySelectorAll('.cmp-row')).toHaveLength(2);
    expect(svg.querySelector('.cmp-row.conflict')).toBeNull();
    const band = svg.querySelector('rect.cmp-consensus')!;
    const bars = [...svg.querySelectorAll('.cmp-row')].map((r) => r.querySelectorAll('rect')[1]!);
    // Peskov's late evening lies inside the White House's Washington day, and is the consensus.
    const [wh, peskov] = bars.map((b) => ({ x: Number(b.getAttribute('x')), w: Number(b.getAttribute('width')) }));
    expect(Number(band.getAttribute('x'))).toBeCloseTo(peskov!.x, 5);
    expect(Number(band.getAttribute('width'))).toBeCloseTo(peskov!.w, 5);
    expect(wh!.x).toBeLessThan(peskov!.x);
    expect(wh!.x + wh!.w).toBeGreaterThan(peskov!.x + peskov!.w);
  });

  it('names no first report when the texts cannot tell the sources apart in time', () => {
    open();
    const first = detail().querySelector('.cmp-first')!.textContent!;
    expect(first).not.toMatch(/— first/);
    // The White House's "today, Wednesday" and Peskov's "this evening" share that Wednesday: the order is unknown.
    expect(first).toMatch(/the same day, as far as the texts say: which came first is not known/);
  });

  it('lists each claim with how it was read and the words it was read from', () => {
    open();
    const rows = within(detail().querySelector('table.cmp-claims') as HTMLElement).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => plain(c.textContent)))).toEqual([
      ['Sputnik Arabic › Sputnik › Dmitry Peskov', 'late evening of 30 Dec (Moscow)', 'في وقت متأخر من مساء الغد'],
      ['Sputnik Arabic › White House', '30 Dec (Washington) — a day read in the speaker’s zone', 'غدا الخميس'],
    ]);
    // Beside each claim, its source's stance and quoted words.
    const quotes = rows.map((r) => plain(r.querySelectorAll('td')[2]!.textContent));
    expect(quotes[0]).toMatch(/^confirms /);
    expect(quotes[1]).toMatch(/^confirms /);
    expect(rows[1]!.querySelector('td:last-child q')?.textContent).toContain('غدا الخميس');
  });

  it('says who initiated it as only CNN does, and shows those words highlighted in the source when followed', async () => {
    vi.useFakeTimers();
    open();
    const matrix = detail().querySelector('table.cmp-matrix') as HTMLElement;
    const initiator = within(matrix).getByRole('row', { name: /Who initiated/ });
    expect(initiator.getAttribute('data-status')).toBe('single');
    expect([...initiator.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['silent', 'silent', 'Vladimir Putin', 'only one source states it']);
    const link = within(initiator).getByRole('link', { name: 'Vladimir Putin' });
    expect(link.getAttribute('href')).toMatch(/[?&]view=compare&.*words=/);
    fireEvent.click(link);
    const mark = detail().querySelector('.cmp-source mark.cmp-words')!;
    const [start, end] = [Number(mark.getAttribute('data-start')), Number(mark.getAttribute('data-end'))];
    expect(mark.textContent).toBe(seed.document.text.slice(start, end));
    expect(mark.textContent).toMatch(/بناء على طلب من الرئيس الروسي/);
    await act(async () => vi.advanceTimersByTime(URL_DELAY_MS + 10));
    expect(decodeView(window.location.search).state.words).toEqual({ doc: SEED, start, end });
  });
});

describe('compare view: a conflicting report', () => {
  it('flags the conflict, says it in words and marks the claim outside the consensus', () => {
    open({}, [seed, other], [SEED]);
    expect(screen.getByRole('button', { name: /Phone call.*3 dated claims.*conflict/, pressed: true })).toBeTruthy();
    expect(detail().querySelector('.cmp-conflict-count')!.textContent).toMatch(/^\d+ conflicting pairs? of claims\.$/);
    const conflicts = [...detail().querySelectorAll('.cmp-conflicts li')].map((l) => l.textContent);
    expect(conflicts.some((c) => /2 Jan/.test(c!) && /apart$/.test(c!))).toBe(true);
    expect(detail().querySelectorAll('svg .cmp-row.conflict').length).toBeGreaterThan(0);
    const outside = [...detail().querySelectorAll('table.cmp-claims tr.conflict')].map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => plain(c.textContent)).join(''));
    expect(outside).toEqual([expect.stringMatching(/^Reuters › reporters › Dmitry Peskov2 Jan \(Moscow\) — outside the consensusJanuary 2$/)]);
  });

  it('sends a reviewer’s "not the same happening" as an event.align edit and shows the document read back', async () => {
    const edits: Edit[] = [];
    const calls: { url: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        const body = init?.body ? JSON.parse(String(init.body)) : undefined;
        calls.push({ url: String(url), body });
        if (init?.method === 'POST') {
          const e: Edit = { id: edits.length + 1, ...body, at: '2026-01-01T00:00:00Z', undoneAt: null, anchor: {} };
          edits.push(e);
          return Response.json(e, { status: 201 });
        }
        return Response.json({ id: SEED, extraction: applyEdits(seed, edits).extraction, edits, unanchored: [] });
      }),
    );
    open({}, [seed, other], [SEED, other.document.id]);
    fireEvent.click(screen.getByText('Not the same happening? Regroup'));
    fireEvent.change(within(detail()).getByLabelText('Your name'), { target: { value: 'Lina' } });
    fireEvent.click(within(detail()).getByRole('button', { name: 'Not the same happening' }));
    await waitFor(() => expect(screen.getByRole('button', { name: /Phone call.*2 dated claims/, pressed: true })).toBeTruthy());
    expect(calls.find((c) => c.body)!.body).toEqual({
      op: 'event.align',
      target: 'e30',
      value: { docId: other.document.id, eventId: other.events.find((e) => e.type === 'phone-call')!.id, same: false },
      author: 'Lina',
    });
    // The other report's call is now an event of its own.
    expect(screen.getAllByRole('button', { name: /Phone call/ })).toHaveLength(2);
  });
});

describe('compare view: taking the first report out of a group', () => {
  // A third constructed report of the same call, so the group has a first member and two others.
  const third = extract({
    id: 'constructed-wire-2',
    text: 'White House press secretary Jen Psaki said on Wednesday that Biden and Putin would speak by phone on Thursday.',
    title: 'The call on Thursday (constructed)',
    published: '2021-12-29',
    timeZone: 'America/New_York',
    lang: 'en',
    publisher: 'ap',
  });
  it('sends a "not the same happening" against each other member, and reads the document back once', async () => {
    const posts: { url: string; body: { target: string; value: { docId: string; same: boolean } } }[] = [];
    const gets: string[] = [];
    const edits: Edit[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (init?.method === 'POST') {
          const body = JSON.parse(String(init.body));
          posts.push({ url: String(url), body });
          const e: Edit = { id: edits.length + 1, ...body, at: '2026-01-01T00:00:00Z', undoneAt: null, anchor: {} };
          edits.push(e);
          return Response.json(e, { status: 201 });
        }
        gets.push(String(url));
        const x = [seed, other, third].find((d) => String(url).endsWith(encodeURIComponent(d.document.id)))!;
        return Response.json({ id: x.document.id, extraction: applyEdits(x, edits).extraction, edits, unanchored: [] });
      }),
    );
    open({}, [seed, other, third], [SEED, other.document.id, third.document.id]);
    expect(screen.getByRole('button', { name: /Phone call \d+ sources? ·/, pressed: true })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /Phone call \d+ sources? ·/ })).toHaveLength(1);
    fireEvent.click(screen.getByText('Not the same happening? Regroup'));
    fireEvent.change(within(detail()).getByLabelText('Your name'), { target: { value: 'Lina' } });
    const members = within(detail().querySelector('.cmp-members') as HTMLElement).getAllByRole('listitem');
    expect(members).toHaveLength(3);
    // The first member has its own button now (it had none).
    fireEvent.click(within(members[0]!).getByRole('button', { name: 'Not the same happening' }));
    await waitFor(() => expect(gets).toHaveLength(1));
    // Each member names its document by title: the first one's document keeps the decisions, one per other member.
    const docOf = (li: HTMLElement) => [seed, other, third].find((x) => li.textContent!.includes(x.document.title!))!.document.id;
    const [first, ...rest] = members.map(docOf);
    const head = posts[0]!.body.target;
    expect(posts.map((p) => [p.url, p.body.target, p.body.value.docId, p.body.value.same])).toEqual(rest.map((d) => [`/api/documents/${first}/edits`, head, d, false]));
    expect(gets).toEqual([`/api/documents/${first}`]);
    // The first report stands alone; the two others still make one group between them.
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Phone call \d+ sources? ·/ })).toHaveLength(2));
    expect(screen.getByRole('button', { name: /Phone call 1 source · 1 dated claim/ })).toBeTruthy();
  });
});

describe('compare view in Arabic', () => {
  it('says the consensus in Arabic, right to left', () => {
    open({ lang: 'ar' });
    const cmp = document.querySelector('.cmp')!;
    expect(cmp.getAttribute('dir')).toBe('rtl');
    expect(detail().querySelector('.cmp-verdict')!.textContent).toMatch(/^ما تتفق عليه ٢ من الروايات: .+ بتوقيت موسكو\. الأوقات المذكورة متسقة\.$/);
    expect(within(detail().querySelector('table.cmp-matrix') as HTMLElement).getByRole('row', { name: /من بادر/ }).textContent).toMatch(/يذكرها مصدر واحد فقط/);
  });
});

describe('compare view: reports a day apart, each source’s words side by side', () => {
  // Constructed reports (not real articles) of the same talks, said on consecutive days.
  const sunday = extract({ id: 'talks-sun', title: 'Talks tomorrow (constructed)', text: 'Kremlin spokesman Dmitry Peskov said on Sunday that Russia and the United States would hold talks in Geneva on Monday.', published: '2022-01-09', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' });
  const monday = extract({ id: 'talks-mon', title: 'Talks today (constructed)', text: 'Russian Deputy Foreign Minister Sergei Ryabkov said on Monday that Russia and the United States began talks in Geneva on Monday.', published: '2022-01-10', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'ap' });
  const openTalks = () => {
    open({}, [sunday, monday], [sunday.document.id, monday.document.id]);
    fireEvent.click(screen.getByRole('button', { name: /Negotiations/ }));
  };

  it('names the first report and calls the next day’s “1 day later”, never “at the same time”', () => {
    openTalks();
    const items = [...detail().querySelectorAll('.cmp-first li')].map((li) => plain(li.textContent));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Reuters › Dmitry Peskov — .*9 Jan.* — first$/);
    expect(items[1]).toMatch(/^Associated Press › Sergei Ryabkov — .*10 Jan.* — 1 day later$/);
    expect(items.join(' ')).not.toMatch(/same time/);
  });

  it('sets each source’s stance and quoted words side by side, each quote linked to its place in the text', () => {
    openTalks();
    const table = detail().querySelector('table.cmp-said') as HTMLElement;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => plain(r.querySelector('th')!.textContent))).toEqual(['Reuters › Dmitry Peskov', 'Associated Press › Sergei Ryabkov']);
    const quotes = rows.map((r) => r.querySelector('q')!.textContent!);
    expect(quotes[0]).toContain('would hold talks in Geneva on Monday');
    expect(quotes[1]).toContain('began talks in Geneva on Monday');
    fireEvent.click(within(rows[1]!).getByRole('link'));
    const mark = detail().querySelector('.cmp-source mark.cmp-words')!;
    expect(monday.document.text.slice(Number(mark.getAttribute('data-start')), Number(mark.getAttribute('data-end')))).toBe(mark.textContent);
  });
});
