// @vitest-environment jsdom
// The explorer's export menu and embed dialog: an export is the current view's file, made in the browser; the
// embed snippet carries the view and the options typed into the dialog; documents the server does not have
// cannot be embedded (and the button says why).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { loadCorpus } from '@/lib/server/corpus';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-state';
import { sparseOf } from '@/lib/view/sparse';

const xs = loadCorpus();
const doc = xs[0]!.document.id;
let blobs: Blob[] = [];

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  window.localStorage.clear();
  blobs = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:x';
  });
  URL.revokeObjectURL = vi.fn();
  HTMLAnchorElement.prototype.click = vi.fn();
});
afterEach(() => cleanup());

function open(view: Partial<ViewState> = {}, bundled = [doc]) {
  return render(
    <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, ...view }, extractions: xs }}>
      <Explorer bundled={bundled} />
    </ExplorerProvider>,
  );
}

describe('export menu', () => {
  it('downloads the filtered statements as CSV', async () => {
    open({ stances: ['deny'] });
    fireEvent.click(screen.getByRole('button', { name: 'Statements (CSV)' }));
    expect(blobs).toHaveLength(1);
    const text = await new Promise<string>((resolve) => {
      const r = new FileReader(); // jsdom's Blob has no text()
      r.onload = () => resolve(r.result as string);
      r.readAsText(blobs[0]!);
    });
    const rows = parseCsv(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(xs[0]!.statements.filter((s) => s.stance === 'deny').length);
    expect(rows.every((r) => r.stance === 'deny')).toBe(true);
  });
});

describe('export of a long text sent sparse', () => {
  it('asks the server, which holds the text whole, for the file', async () => {
    const x = xs[0]!;
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        calls.push(String(url));
        if (String(url).startsWith('/api/export')) return new Response('<TimeML/>', { headers: { 'content-type': 'application/xml', 'content-disposition': 'attachment; filename="dateline.tml"' } });
        return new Promise<Response>(() => {}); // the reader's own fetch of the text: left waiting
      }),
    );
    render(
      <ExplorerProvider init={{ view: { ...DEFAULT_VIEW, view: 'table' }, extractions: [{ ...x, document: { ...x.document, text: '' } }], sparse: { [doc]: sparseOf(x) }, serverDocs: [doc] }}>
        <Explorer bundled={[doc]} />
      </ExplorerProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'TimeML (XML)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(calls.find((c) => c.startsWith('/api/export?'))).toMatch(/format=timeml/);
    vi.unstubAllGlobals();
  });
});

describe('embed dialog', () => {
  it('builds the snippet from the view and the options', () => {
    open({ lang: 'en', stances: ['confirm'], view: 'table' });
    fireEvent.click(screen.getByRole('button', { name: 'Embed…' }));
    fireEvent.change(screen.getByLabelText('Chart'), { target: { value: 'graph' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'The "call" <b>' } });
    const code = (screen.getByLabelText('Code to paste into your page') as HTMLTextAreaElement).value;
    expect(code).toMatch(/^<iframe src="http:\/\/localhost(:\d+)?\/embed\/graph\?stance=confirm&amp;title=The\+%22call%22\+%3Cb%3E"/);
    expect(code).toContain('title="The &quot;call&quot; &lt;b>"');
    expect(code).not.toContain('view=table');
    expect(code).toContain('/embed.js"></script>');
    expect((screen.getByTitle('Preview') as HTMLIFrameElement).src).toContain('/embed/graph?stance=confirm');
  });

  it('is not offered for documents only this browser has', () => {
    open({}, []);
    const b = screen.getByRole('button', { name: 'Embed…' }) as HTMLButtonElement;
    expect(b.disabled).toBe(true);
    expect(b.title).toMatch(/stay in this browser/);
  });
});
