// @vitest-environment jsdom
// "Add an article" with a server that queues (PostgreSQL and its workers): a batch of QUEUE_FROM documents or more
// is sent as one POST /api/ingest, its progress shown as a bar while the workers read, the documents kept then
// read into the explorer and a failed line reported against its file. A server without a queue (its health says
// queue: false) gets one request a document, as before; a small batch is never queued.
import { File as NodeFile } from 'node:buffer';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { AddDocument, QUEUE_FROM } from '@/components/explorer/AddDocument';
import { ExplorerProvider, useExplorer } from '@/components/explorer/store';
import { extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW } from '@/lib/url/view-state';

const seed = loadCorpus()[0]!;
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// Constructed one-line reports, one a file.
const texts = Array.from({ length: QUEUE_FROM + 2 }, (_, i) => `Kremlin spokesman Dmitry Peskov said on Monday that talks would resume (item ${i + 1}).`);
// jsdom's File cannot be read; Node's can, and is what a browser's File is to the code.
const File = NodeFile as unknown as typeof globalThis.File;
const files = () => texts.map((t, i) => new File([t], `report-${String(i + 1).padStart(2, '0')}.txt`, { type: 'text/plain' }));
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const kept = (i: number) => extract({ id: `queued-${i}`, text: texts[i - 1]!, lang: 'en', published: '2022-02-14', timeZone: 'UTC', title: `report ${i}` });

/** The ids the explorer holds, shown by a probe beside the form. */
function Held() {
  const ids = useExplorer((s) => s.serverDocs);
  return <output data-testid="held">{ids.join(',')}</output>;
}

function open() {
  const r = render(
    <ExplorerProvider init={{ view: DEFAULT_VIEW, extractions: [seed] }}>
      <AddDocument />
      <Held />
    </ExplorerProvider>,
  );
  const input = r.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  return { ...r, send: (fs: File[]) => act(async () => fireEvent.change(input, { target: { files: fs } })) };
}

describe('a batch sent to the server\'s queue', () => {
  it('shows the workers\' progress as a bar, then reads the kept documents in and reports the failed line', async () => {
    const total = texts.length;
    const polls = [
      { state: 'queued', total, done: 0, skipped: 0, failed: [], remaining: total },
      { state: 'running', total, done: 4, skipped: 0, failed: [{ line: 3, reason: 'text: the text is empty' }], remaining: total - 5 },
      {
        state: 'done',
        total,
        done: total - 1,
        skipped: 0,
        failed: [{ line: 3, reason: 'text: the text is empty' }],
        remaining: 0,
        kept: texts.map((_, i) => ({ line: i + 1, id: `queued-${i + 1}` })).filter((k) => k.line !== 3),
      },
    ];
    const sent: { url: string; method: string; type: string | null; body: string }[] = [];
    let poll = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        sent.push({ url, method: init.method ?? 'GET', type: new Headers(init.headers).get('content-type'), body: String(init.body ?? '') });
        if (url === '/api/health') return json({ status: 'ok', queue: true });
        if (url === '/api/ingest') return json({ id: 'b1', state: 'queued', total, queued: total, refused: [] }, 202);
        if (url === '/api/jobs/b1') return json(polls[Math.min(poll++, polls.length - 1)]);
        const m = /^\/api\/documents\/queued-(\d+)$/.exec(url);
        if (m) return json({ extraction: kept(Number(m[1])) });
        return json({ error: { code: 'not_found', message: 'no' } }, 404);
      }),
    );
    const { send } = open();
    fireEvent.click(screen.getByText('Add an article'));
    await send(files());
    // The bar while the workers read: its maximum the batch, its value what is finished (kept or failed).
    const bar = await screen.findByRole('progressbar', undefined, { timeout: 10_000 });
    expect(bar.getAttribute('max')).toBe(String(total));
    await waitFor(() => expect(bar.getAttribute('value')).toBe('5'), { timeout: 10_000 });
    expect(bar.getAttribute('aria-label')).toMatch(/4 of 12 kept, 1 failed/);
    // Done: the kept documents read into the explorer, the failed line reported against its file.
    await waitFor(() => expect(screen.getByTestId('held').textContent!.split(',')).toHaveLength(total - 1), { timeout: 10_000 });
    const items = [...document.querySelectorAll('.add-batch li')];
    expect(items[2]!.className).toBe('batch-failed');
    expect(items[2]!.textContent).toMatch(/report-03\.txt: failed — text: the text is empty/);
    expect(items.filter((li) => li.className === 'batch-kept')).toHaveLength(total - 1);
    // One request for the whole batch, a document a line, none to POST /api/documents.
    const ingest = sent.filter((s) => s.url === '/api/ingest');
    expect(ingest).toHaveLength(1);
    expect(ingest[0]!.type).toBe('application/x-ndjson');
    const lines = ingest[0]!.body.trim().split('\n').map((l) => JSON.parse(l) as { text: string });
    expect(lines.map((l) => l.text)).toEqual(texts);
    expect(sent.some((s) => s.url === '/api/documents')).toBe(false);
  }, 30_000);

  it('without a queue (health says so), or for a small batch, sends a document a request', async () => {
    const sent: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        sent.push(url);
        if (url === '/api/health') return json({ status: 'ok', queue: false });
        if (url === '/api/ingest') return json({ error: { code: 'needs_postgres', message: 'no queue' } }, 501);
        if (url === '/api/documents') {
          const d = JSON.parse(String(init.body)) as { text: string };
          return json({ extraction: kept(texts.indexOf(d.text) + 1) }, 201);
        }
        return json({}, 404);
      }),
    );
    const { send } = open();
    await send(files());
    await waitFor(() => expect(sent.filter((u) => u === '/api/documents')).toHaveLength(texts.length), { timeout: 10_000 });
    expect(sent).toContain('/api/health');
    expect(sent).not.toContain('/api/ingest');
    await waitFor(() => expect(document.querySelectorAll('.add-batch li.batch-kept')).toHaveLength(texts.length));
    expect(screen.queryByRole('progressbar')).toBeNull();
    cleanup();
    sent.length = 0;
    const small = open();
    await small.send(files().slice(0, QUEUE_FROM - 1));
    await waitFor(() => expect(sent.filter((u) => u === '/api/documents')).toHaveLength(QUEUE_FROM - 1), { timeout: 10_000 });
    expect(sent).not.toContain('/api/ingest');
  }, 30_000);
});
