// @vitest-environment jsdom
// Correcting a kept document from the explorer, with the API answered in the test: the speaker renamed and
// merged as an actor, a statement split before a word, and the document's details changed; each sent as the
// API takes it, the answer replacing the document shown, the controls waiting while it is sent, the author
// asked for, and the server's error said (beside the field it names). In Arabic, right to left.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './setup-dom';
import { AddStatement } from '@/components/explorer/AddStatement';
import { Corrections, splitPoints } from '@/components/explorer/Corrections';
import { DocumentEdits } from '@/components/explorer/DocumentEdits';
import { ExplorerProvider, useExplorer } from '@/components/explorer/store';
import type { Extraction } from '@/lib/model/schema';
import { loadCorpus } from '@/lib/server/corpus';
import { applyEdits, type Edit, type EditOp } from '@/lib/corrections/edits';
import { DEFAULT_VIEW } from '@/lib/url/view-state';
import { actorLabel } from '@/lib/view/format';

const x = loadCorpus()[0]!;
const DOC = x.document.id;
const BASE = `/api/documents/${DOC}`;
const PESKOV = x.statements.find((s) => s.id === 's69-69')!;

type Call = { url: string; method: string; body: unknown };
type Answer = { status: number; body: unknown };
/** fetch answered by `handler`; every call recorded. */
function api(handler: (c: Call) => Answer | Promise<Answer>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const c = {
        url: String(url),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      };
      calls.push(c);
      const a = await handler(c);
      return new Response(JSON.stringify(a.body), {
        status: a.status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}
/** A server that keeps edits in memory and answers the document with them applied. */
function server() {
  const edits: Edit[] = [];
  const calls = api((c) => {
    if (c.method === 'POST' && c.url === `${BASE}/edits`) {
      const b = c.body as { op: EditOp; target: string; value: unknown; author: string };
      const e: Edit = { id: edits.length + 1, ...b, at: '2026-01-01T00:00:00Z', undoneAt: null, anchor: {} };
      edits.push(e);
      return { status: 201, body: e };
    }
    if (c.url === `${BASE}/edits`) return { status: 200, body: { edits, unanchored: [] } };
    return {
      status: 200,
      body: { id: DOC, extraction: applyEdits(x, edits).extraction, edits, unanchored: [] },
    };
  });
  return { calls, posts: () => calls.filter((c) => c.method === 'POST').map((c) => c.body) };
}

/** What the explorer's store now holds for the document. */
function Probe() {
  const d = useExplorer((s) => s.extractions[0]!);
  return (
    <div data-testid="probe" hidden>
      {JSON.stringify({
        title: d.document.title,
        statements: d.statements.length,
        peskov: d.actors.find((a) => a.id === 'dmitry-peskov')?.names.en[0] ?? null,
        speaker: d.statements[0]!.speaker.actorId,
      })}
    </div>
  );
}
const probe = () =>
  JSON.parse(screen.getByTestId('probe').textContent!) as {
    title: string;
    statements: number;
    peskov: string | null;
    speaker: string;
  };

function CorrectionsOf({ id }: { id: string }) {
  const lang = useExplorer((s) => s.lang);
  const d = useExplorer((s) => s.extractions[0]!);
  const st = d.statements.find((s) => s.id === id)!;
  return (
    <Corrections
      docId={DOC}
      statement={st}
      zone={d.document.timeZone}
      actors={d.actors.map((a) => ({ id: a.id, label: actorLabel(a, lang, a.id) }))}
    />
  );
}
function open(ui: React.ReactNode, lang: 'en' | 'ar' = 'en', extraction: Extraction = x) {
  return render(
    <ExplorerProvider
      init={{ view: { ...DEFAULT_VIEW, lang }, extractions: [extraction], serverDocs: [DOC] }}
    >
      {ui}
      <Probe />
    </ExplorerProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('the speaker as an actor', () => {
  it('is renamed: the edit goes with the author and the document comes back renamed', async () => {
    const s = server();
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    const en = screen.getByLabelText('Name in English') as HTMLInputElement;
    expect(en.value).toBe('Dmitry Peskov');
    expect((screen.getByLabelText('Name in Arabic') as HTMLInputElement).dir).toBe('rtl');
    fireEvent.change(en, { target: { value: 'Dmitri Peskov' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(probe().peskov).toBe('Dmitri Peskov'));
    expect(s.posts()).toEqual([
      { op: 'actor.rename', target: 'dmitry-peskov', value: { en: 'Dmitri Peskov' }, author: 'Lina' },
    ]);
    // Its history lists it, with an undo.
    expect(await screen.findByText(/renamed → Dmitri Peskov, by Lina/)).toBeTruthy();
  });

  it('asks for the author and for a new name before sending anything', async () => {
    const s = server();
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Give your name: every correction is kept with its author.',
    );
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Give a new name, in English, Arabic or Russian.'),
    );
    expect(s.posts()).toEqual([]);
  });

  it('is merged into the actor chosen, after a confirmation; the statement then speaks as that one', async () => {
    const s = server();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    const merge = screen.getByRole('button', { name: 'Merge into it' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true); // nothing chosen yet
    const into = screen.getByLabelText('The same actor as') as HTMLSelectElement;
    expect([...into.options].some((o) => o.value === 'dmitry-peskov')).toBe(false); // not itself
    fireEvent.change(into, { target: { value: 'russia-presidential-office' } });
    fireEvent.click(merge);
    await waitFor(() => expect(probe().speaker).toBe('russia-presidential-office'));
    expect(window.confirm).toHaveBeenCalledOnce();
    expect(s.posts()).toEqual([
      {
        op: 'actor.merge',
        target: 'russia-presidential-office',
        value: { from: 'dmitry-peskov' },
        author: 'Lina',
      },
    ]);
  });

  it("waits while saving and says the server's error", async () => {
    let release!: () => void;
    const calls = api(async (c) => {
      if (c.method === 'POST') {
        await new Promise<void>((r) => (release = r));
        return {
          status: 400,
          body: { error: { code: 'bad_value', message: 'actor.rename: en: too long', field: 'value' } },
        };
      }
      return { status: 200, body: { edits: [], unanchored: [] } };
    });
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    fireEvent.change(screen.getByLabelText('Name in Arabic'), { target: { value: 'بيسكوف' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(true),
    );
    expect((screen.getByLabelText('Name in English') as HTMLInputElement).disabled).toBe(true);
    await act(async () => release());
    expect((await screen.findByRole('alert')).textContent).toBe('actor.rename: en: too long');
    expect((screen.getByRole('button', { name: 'Rename' }) as HTMLButtonElement).disabled).toBe(false);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { op: 'actor.rename', target: 'dmitry-peskov', value: { ar: 'بيسكوف' }, author: 'Lina' },
    ]);
  });

  it('speaks Arabic, right to left', () => {
    server();
    open(<CorrectionsOf id={PESKOV.id} />, 'ar');
    expect(screen.getByLabelText('الاسم بالعربية')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'أعد التسمية' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /المتحدث فاعلًا/ })).toBeTruthy();
    expect(screen.getByLabelText('اقسمه تصريحين، يبدأ الثاني عند')).toBeTruthy();
  });
});

describe('splitting a statement', () => {
  it('offers each word but the first as where the second statement starts', () => {
    const points = splitPoints(x.document.text, PESKOV.content);
    expect(points[0]).toEqual({ at: 36, word: 'هاتفي' });
    expect(points.some((p) => p.at === 138)).toBe(true); // a new span starts a word
    expect(points.some((p) => p.at === 30)).toBe(false); // not before the first
    for (const p of points) expect(x.document.text.slice(p.at).startsWith(p.word)).toBe(true);
  });

  it('splits before the word chosen; the document comes back with two statements', async () => {
    const s = server();
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    const at = x.document.text.indexOf('بين الرئيس', 138);
    const button = screen.getByRole('button', { name: 'Split' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    const select = screen.getByLabelText('Split it in two, the second starting at') as HTMLSelectElement;
    expect([...select.options].find((o) => o.value === String(at))!.textContent).toBe(
      `\u2068بين\u2069 (character ${at})`,
    );
    fireEvent.change(select, { target: { value: String(at) } });
    fireEvent.click(button);
    await waitFor(() => expect(probe().statements).toBe(x.statements.length + 1));
    expect(s.posts()).toEqual([{ op: 'statement.split', target: PESKOV.id, value: { at }, author: 'Lina' }]);
  });
});

/** Opens a <details> by its summary (jsdom neither toggles it on a click nor fires 'toggle' at once). */
function unfold(summary: string) {
  const d = screen.getByText(summary).closest('details')!;
  d.open = true;
  fireEvent(d, new Event('toggle'));
}

describe("a document's details", () => {
  const patched = (patch: Record<string, unknown>): Extraction => ({
    ...x,
    document: { ...x.document, ...(patch.title ? { title: String(patch.title) } : {}) },
  });

  it('sends what changed as a PATCH and shows the document as the server read it again', async () => {
    const calls = api((c) =>
      c.method === 'PATCH'
        ? { status: 200, body: { id: DOC, extraction: patched(c.body as Record<string, unknown>) } }
        : { status: 200, body: {} },
    );
    open(<DocumentEdits docId={DOC} />);
    expect(screen.queryByLabelText('Article title')).toBeNull(); // no form until opened
    unfold('Details of this document');
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    expect((await screen.findByRole('status')).textContent).toBe('Nothing has changed.');
    expect(calls).toEqual([]);
    fireEvent.change(screen.getByLabelText('Article title'), {
      target: { value: 'The call, as Sputnik told it' },
    });
    fireEvent.change(screen.getByLabelText('Published on'), { target: { value: '2021-12-30' } });
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    await waitFor(() => expect(probe().title).toBe('The call, as Sputnik told it'));
    expect(calls).toEqual([
      {
        url: BASE,
        method: 'PATCH',
        body: { title: 'The call, as Sputnik told it', lang: 'en', published: '2021-12-30' },
      },
    ]);
    expect(screen.getByRole('status').textContent).toBe(
      'Saved: the document was read again, its corrections re-anchored.',
    );
  });

  it("says the server's error beside the field it names, and an emptied date is sent as unknown", async () => {
    const calls = api((c) =>
      (c.body as { url?: string }).url
        ? {
            status: 400,
            body: { error: { code: 'bad_field', message: 'url: an http or https address', field: 'url' } },
          }
        : { status: 200, body: { id: DOC, extraction: x } },
    );
    open(<DocumentEdits docId={DOC} />);
    unfold('Details of this document');
    const url = screen.getByLabelText('Address (URL)') as HTMLInputElement;
    fireEvent.change(url, { target: { value: 'ftp://example.org/a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    await waitFor(() => expect(url.getAttribute('aria-invalid')).toBe('true'));
    const said = document.getElementById(url.getAttribute('aria-describedby')!)!;
    expect(said.textContent).toBe('url: an http or https address');
    expect(said.parentElement).toBe(url.parentElement); // beside the field
    fireEvent.change(url, { target: { value: x.document.url ?? '' } });
    expect(url.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(screen.getByLabelText('Published on'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the details' }));
    await waitFor(() => expect(calls.at(-1)!.body).toEqual({ published: null }));
  });

  it('speaks Arabic', () => {
    api(() => ({ status: 200, body: {} }));
    open(<DocumentEdits docId={DOC} />, 'ar');
    unfold('بيانات هذه الوثيقة');
    expect(screen.getByText('بيانات هذه الوثيقة')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'احفظ البيانات' })).toBeTruthy();
    expect(screen.getByLabelText('عنوان المقال')).toBeTruthy();
  });
});

describe('the event a statement speaks of, and folding one statement into another', () => {
  it('sends the event chosen and the day it happened (the whole day in the document’s zone)', async () => {
    const s = server();
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    const day = screen.getByLabelText('That happened on, by its words (Europe/Moscow)') as HTMLInputElement;
    expect(day.value).toBe('2021-12-30'); // the claim it makes now
    const other = x.events.find((e) => e.id !== PESKOV.eventId)!;
    fireEvent.change(screen.getByLabelText('It speaks of'), { target: { value: other.id } });
    fireEvent.change(day, { target: { value: '2021-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(s.posts()).toHaveLength(2));
    expect(s.posts()).toEqual([
      { op: 'statement.event', target: PESKOV.id, value: other.id, author: 'Lina' },
      {
        op: 'statement.eventTime',
        target: PESKOV.id,
        value: { value: '2021-12-31', interval: { start: '2021-12-30T21:00:00Z', end: '2021-12-31T21:00:00Z' } },
        author: 'Lina',
      },
    ]);
  });

  it('merges another statement into this one: one fewer statement in the reading', async () => {
    const s = server();
    open(<CorrectionsOf id={PESKOV.id} />);
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    const merge = screen.getByRole('button', { name: 'Merge it into this one' }) as HTMLButtonElement;
    expect(merge.disabled).toBe(true);
    const from = screen.getByLabelText('The same statement as') as HTMLSelectElement;
    expect([...from.options].some((o) => o.value === PESKOV.id)).toBe(false); // not itself
    const cnn = x.statements.find((st) => st.speaker.actorId === 'cnn')!;
    fireEvent.change(from, { target: { value: cnn.id } });
    fireEvent.click(merge);
    await waitFor(() => expect(probe().statements).toBe(x.statements.length - 1));
    expect(s.posts()).toEqual([{ op: 'statement.merge', target: PESKOV.id, value: { from: [cnn.id] }, author: 'Lina' }]);
  });
});

describe('adding a statement the machine missed', () => {
  it('finds the copied words in the text, sends their exact offsets, and selects the new statement', async () => {
    const s = server();
    let selected: string | null = null;
    function Selected() {
      selected = useExplorer((st) => st.selected);
      return null;
    }
    open(
      <>
        <AddStatement docId={DOC} />
        <Selected />
      </>,
    );
    unfold('Add a statement the machine missed');
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Lina' } });
    fireEvent.change(screen.getByLabelText('Who said it'), { target: { value: 'cnn' } });
    fireEvent.change(screen.getByLabelText('The word that reports it, as in the text'), { target: { value: 'موضحة' } });
    // Pasted with a line break where the text has a space.
    fireEvent.change(screen.getByLabelText('What was said, as in the text'), { target: { value: 'جاء بناء على طلب\nمن الرئيس الروسي' } });
    fireEvent.change(screen.getByLabelText('Stance'), { target: { value: 'report' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the statement' }));
    await waitFor(() => expect(probe().statements).toBe(x.statements.length + 1));
    const text = x.document.text;
    const cue = text.indexOf('موضحة');
    const content = text.indexOf('جاء بناء على طلب من الرئيس الروسي');
    expect(s.posts()).toEqual([
      {
        op: 'statement.add',
        target: DOC,
        value: { speaker: 'cnn', cue: { start: cue, end: cue + 'موضحة'.length }, content: [{ start: content, end: content + 'جاء بناء على طلب من الرئيس الروسي'.length }], stance: 'report' },
        author: 'Lina',
      },
    ]);
    expect(selected).toBe(`${DOC}/added~${cue}-${cue + 'موضحة'.length}`);
    expect(screen.getByRole('status').textContent).toBe('Added, and selected on the timeline.');
  });

  it('says which words are not in the text, and sends nothing', async () => {
    const s = server();
    open(<AddStatement docId={DOC} />, 'ar');
    unfold('أضف تصريحًا فات الآلة');
    fireEvent.change(screen.getByLabelText('اسمك'), { target: { value: 'لينا' } });
    fireEvent.change(screen.getByLabelText('من قاله'), { target: { value: 'cnn' } });
    fireEvent.change(screen.getByLabelText('الكلمة التي تنقله، كما في النص'), { target: { value: 'موضحة' } });
    fireEvent.change(screen.getByLabelText('ما قيل، كما في النص'), { target: { value: 'كلمات ليست هنا' } });
    fireEvent.click(screen.getByRole('button', { name: 'أضف التصريح' }));
    expect((await screen.findByRole('alert')).textContent).toBe('«كلمات ليست هنا» ليست في النص: انسخ الكلمات من المقال.');
    expect(screen.getByLabelText('ما قيل، كما في النص').getAttribute('aria-invalid')).toBe('true');
    expect(s.posts()).toEqual([]);
  });
});
