'use client';
// Adding articles to the server's corpus. One: its text (pasted, or a .txt or .html file, whose article body
// Readability takes out), title, publisher, address, language (read from the script unless chosen),
// publication date and time zone; without a date, "Read it" shows the dates the engine infers from the text,
// with their evidence, to pick one or keep the date unknown. Many: several files (or a .json list) are sent
// one request each, with each file's state shown and a summary; one that fails never loses the others. A batch
// of QUEUE_FROM documents or more goes to the server's queue when it has one (POST /api/ingest: PostgreSQL and
// its workers), its progress shown as a bar until the workers are done. Errors
// come back from the API with the field that is wrong, and that field says so.
import { useId, useState } from 'react';
import type { Extraction, PublicationCandidate } from '@/lib/model/schema';
import { detectLang } from '@/lib/text/lang';
import { MESSAGES, dirOf } from '@/lib/view/i18n';
import { warningLines } from '@/lib/view/warnings';
import { ApiError as HttpApiError, errorText } from '@/lib/view/api-errors';
import { useExplorer } from './store';
import { type BatchFile, type UploadDoc, batchOf, documentsFromFile, metaOf } from './upload';

const ZONES = ['Europe/Moscow', 'UTC', 'America/New_York', 'Europe/London', 'Asia/Riyadh', 'Africa/Cairo', 'Asia/Dubai', 'Europe/Paris'];

/** An error of the form: the API's (code, English message, field), or one of the form's own, already in words. */
type ApiError = { code: string; message: string; field?: string; status?: number };
/** The form's own checks: their message is already in the UI language. */
const LOCAL = new Set(['date', 'zone', 'file']);
const NO_WARNINGS = { warnings: [] };
/** Past this many inferred dates the text says too little: the first ones are shown, and the date asked for. */
const MAX_SHOWN = 8;
type FileState = { name: string; state: 'waiting' | 'sending' | 'kept' | 'failed'; detail: string };
/** A batch of at least this many documents goes to the server's queue when it has one (PostgreSQL and workers). */
export const QUEUE_FROM = 10;
const QUEUE_POLL_MS = 1000;
/** A document as sent: the file's, over the form's metadata. */
type Sent = Omit<UploadDoc, 'lang'> & { lang?: string };
type QueuedProgress = { state: 'queued' | 'running' | 'done'; total: number; done: number; failed: { line: number; reason: string }[]; remaining: number; kept?: { line: number; id: string }[] };

// A folder chooser: every file inside it (Chromium, Firefox and Safari all take this attribute).
const FOLDER = { webkitdirectory: '' } as React.InputHTMLAttributes<HTMLInputElement>;

export function AddDocument() {
  const lang = useExplorer((s) => s.lang);
  const addServerDocument = useExplorer((s) => s.addServerDocument);
  const notify = useExplorer((s) => s.notify);
  const t = MESSAGES[lang];
  const id = useId();
  const [form, setForm] = useState({ text: '', title: '', publisher: '', url: '', lang: '', published: '', publishedTime: '', timeZone: '' });
  // The publication as the API takes it: the day, and the time of day on the document's clock when given.
  const publishedAt = form.published ? (form.publishedTime ? `${form.published}T${form.publishedTime}` : form.published) : '';
  const [warnings, setWarnings] = useState<Pick<Extraction, 'warnings' | 'warningCodes'>>(NO_WARNINGS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [candidates, setCandidates] = useState<PublicationCandidate[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [batch, setBatch] = useState<FileState[] | null>(null);
  const [queued, setQueued] = useState<QueuedProgress | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [k]: e.target.value }));
    if (error?.field === k) setError(null);
  };
  const detected = detectLang(form.text) ?? '';

  const body = () => ({
    text: form.text,
    ...(form.title.trim() ? { title: form.title.trim() } : {}),
    ...(form.publisher.trim() ? { publisher: form.publisher.trim() } : {}),
    ...(form.url.trim() ? { url: form.url.trim() } : {}),
    ...(form.lang ? { lang: form.lang } : {}),
    published: publishedAt || null,
    // No zone chosen: the server takes the publisher's where it knows it, and says when it does not.
    ...(form.timeZone ? { timeZone: form.timeZone } : {}),
  });
  /** A date no news report can have been published on: after tomorrow, or before 1800. */
  const implausible = (d: string) => {
    if (!d) return false;
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    return d > tomorrow || d < '1800-01-01';
  };
  const call = async (path: string): Promise<Extraction | { extraction: Extraction } | null> => {
    if (implausible(form.published)) {
      setError({ code: 'date', message: t.addDateImplausible(form.published), field: 'published' });
      return null;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body()) });
      const j = (await r.json().catch(() => null)) as { error?: ApiError } | null;
      if (!r.ok) {
        setError(j?.error ?? { code: 'http', message: `HTTP ${r.status}`, status: r.status });
        return null;
      }
      return j as Extraction | { extraction: Extraction };
    } catch (e) {
      setError({ code: 'network', message: (e as Error).message });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const preview = async () => {
    const x = (await call('/api/extract')) as Extraction | null;
    if (!x) return;
    setCandidates(x.document.published.candidates);
    setWarnings(x);
    setDone(`${t.addPreview(x.statements.length, x.document.published.value)} ${t.addZoneUsed(x.document.timeZone)}.`);
  };
  const keep = async () => {
    // No zone chosen: the publisher's is taken when the server knows it; otherwise the zone is asked for, not
    // guessed (a day read in the wrong zone is a day early or late).
    if (!form.timeZone) {
      const x = (await call('/api/extract')) as Extraction | null;
      if (!x) return;
      if (x.warningCodes ? x.warningCodes.some((w) => w.code === 'zone-unknown') : x.warnings.some((w) => /no time zone was given/.test(w))) {
        setError({ code: 'zone', message: t.addNeedZone, field: 'timeZone' });
        return;
      }
    }
    const r = (await call('/api/documents')) as { extraction: Extraction } | null;
    if (!r) return;
    addServerDocument(r.extraction);
    notify({ kind: 'info', text: t.addDone(r.extraction.document.title || r.extraction.document.id, r.extraction.statements.length), ...(r.extraction.warnings.length ? { detail: warningLines(r.extraction, lang).map((w) => w.text).join('\n') } : {}) });
    setForm((f) => ({ ...f, text: '', title: '', url: '', published: '', publishedTime: '' }));
    setCandidates(null);
    setWarnings(NO_WARNINGS);
    setDone(null);
  };
  // One .txt or .html file fills the form; several files (or a .json) are sent as a batch.
  const onFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    setError(null);
    const f = files[0]!;
    if (files.length === 1 && /\.(txt|html?)$/i.test(f.name)) {
      try {
        const [d] = await documentsFromFile(f);
        setForm((x) => ({ ...x, text: d!.text, title: x.title || d!.title || '', url: x.url || d!.url || '' }));
      } catch (e) {
        setError({ code: 'file', message: `${f.name}: ${(e as Error).message}`, field: 'text' });
      }
      return;
    }
    await sendBatch(batchOf(files));
  };
  const sendBatch = async (files: BatchFile[]) => {
    if (!files.length) return setError({ code: 'file', message: t.addFolderEmpty, field: 'text' });
    const states: FileState[] = files.map((f) => ({ name: f.name, state: 'waiting', detail: '' }));
    const show = () => setBatch(states.map((x) => ({ ...x })));
    show();
    setQueued(null);
    setBusy(true);
    // The form's metadata fill what a file does not say.
    const shared = { ...(form.publisher.trim() ? { publisher: form.publisher.trim() } : {}), ...(form.lang ? { lang: form.lang } : {}), ...(publishedAt ? { published: publishedAt } : {}), ...(form.timeZone ? { timeZone: form.timeZone } : {}) };
    // Every file read first: a file that cannot be read fails alone, before anything is sent.
    const read: (Sent[] | null)[] = [];
    for (const [i, { file: f, meta }] of files.entries()) {
      try {
        const sidecar = meta ? await metaOf(meta) : {};
        read.push((await documentsFromFile(f)).map((d) => ({ ...shared, ...d, ...sidecar })));
      } catch (e) {
        read.push(null);
        states[i] = { ...states[i]!, state: 'failed', detail: (e as Error).message };
      }
    }
    show();
    const count = read.reduce((n, docs) => n + (docs?.length ?? 0), 0);
    if (count >= QUEUE_FROM && (await sendQueued(read, states, show))) return setBusy(false);
    for (const [i, docs] of read.entries()) {
      if (!docs) continue;
      states[i]!.state = 'sending';
      show();
      try {
        let kept = 0;
        for (const d of docs) {
          const r = await fetch('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(d) });
          const j = (await r.json().catch(() => null)) as { error?: ApiError; extraction?: Extraction } | null;
          if (!r.ok || !j?.extraction) throw new HttpApiError(j?.error?.message ?? `HTTP ${r.status}`, r.status, j?.error?.code, j?.error?.field);
          addServerDocument(j.extraction);
          kept += j.extraction.statements.length;
        }
        states[i] = { ...states[i]!, state: 'kept', detail: t.batchKept(docs.length, kept) };
      } catch (e) {
        states[i] = { ...states[i]!, state: 'failed', detail: errorText(lang, e) };
      }
      show();
    }
    setBusy(false);
  };
  /**
   * A large batch handed to the server's queue (POST /api/ingest, with PostgreSQL and its workers) in one request,
   * its progress polled and shown as a bar; the documents kept are then read into the explorer. False when the
   * server has no queue (its health says queue: false, as with SQLite): the batch is then sent a document at a time.
   */
  const sendQueued = async (read: (Sent[] | null)[], states: FileState[], show: () => void): Promise<boolean> => {
    // Line n of the batch is owner[n - 1]'s document.
    const owner: number[] = [];
    const lines: string[] = [];
    for (const [i, docs] of read.entries())
      for (const d of docs ?? []) {
        owner.push(i);
        lines.push(JSON.stringify(d));
      }
    // Only a server that says it queues is sent the batch (asking a SQLite server would be a 501 in the console).
    try {
      const h = (await (await fetch('/api/health', { cache: 'no-store' })).json()) as { queue?: boolean };
      if (h.queue !== true) return false;
    } catch {
      return false;
    }
    let r: Response;
    try {
      r = await fetch('/api/ingest', { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `${lines.join('\n')}\n` });
    } catch {
      return false;
    }
    if (r.status === 501 || r.status === 404 || r.status === 405) return false;
    const answer = (await r.json().catch(() => null)) as { id?: string; error?: ApiError } | null;
    const sent = [...new Set(owner)];
    if (r.status !== 202 || !answer?.id) {
      for (const i of sent) states[i] = { ...states[i]!, state: 'failed', detail: errorText(lang, answer?.error ?? { code: 'http', message: `HTTP ${r.status}`, status: r.status }) };
      show();
      return true;
    }
    for (const i of sent) states[i]!.state = 'sending';
    show();
    let p: QueuedProgress = { state: 'queued', total: lines.length, done: 0, failed: [], remaining: lines.length };
    setQueued(p);
    while (p.state !== 'done') {
      await new Promise((resolve) => setTimeout(resolve, QUEUE_POLL_MS));
      try {
        const g = await fetch(`/api/jobs/${encodeURIComponent(answer.id)}`, { cache: 'no-store' });
        if (g.status === 404) break;
        if (g.ok) p = (await g.json()) as QueuedProgress;
      } catch {
        // The server did not answer this time: asked again.
      }
      setQueued(p);
    }
    const failed = new Map<number, string[]>();
    for (const f of p.failed) {
      const i = owner[f.line - 1];
      if (i !== undefined) failed.set(i, [...(failed.get(i) ?? []), f.reason]);
    }
    // The documents kept, read into the explorer (as a document added one at a time is).
    const statements = new Map<number, number>();
    for (const k of p.kept ?? []) {
      const i = owner[k.line - 1];
      try {
        const g = await fetch(`/api/documents/${encodeURIComponent(k.id)}`);
        const j = (await g.json().catch(() => null)) as { extraction?: Extraction } | null;
        if (!j?.extraction) continue;
        addServerDocument(j.extraction);
        if (i !== undefined) statements.set(i, (statements.get(i) ?? 0) + j.extraction.statements.length);
      } catch {
        // Kept on the server all the same: the next visit shows it.
      }
    }
    for (const i of sent) {
      const why = failed.get(i);
      states[i] = why ? { ...states[i]!, state: 'failed', detail: why.join('; ') } : { ...states[i]!, state: 'kept', detail: t.batchKept(read[i]!.length, statements.get(i) ?? 0) };
    }
    show();
    return true;
  };
  const invalid = (k: string) => (error?.field === k ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {});

  return (
    <details className="add-doc">
      <summary>{t.addTitle}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void keep();
        }}
      >
        <label htmlFor={`${id}-text`}>{t.addText}</label>
        <textarea id={`${id}-text`} value={form.text} onChange={set('text')} rows={6} dir="auto" required {...invalid('text')} />
        <label className="add-file">
          {t.addFile}{' '}
          <input type="file" multiple accept=".txt,.html,.htm,.json,text/plain,text/html,application/json" onChange={(e) => void onFiles(e.target.files)} disabled={busy} />
        </label>
        <label className="add-file">
          {t.addFolder}{' '}
          <input type="file" multiple {...FOLDER} onChange={(e) => void sendBatch(batchOf([...(e.target.files ?? [])]))} disabled={busy} />
        </label>
        <div className="add-grid">
          <label htmlFor={`${id}-title`}>{t.addDocTitle}</label>
          <input id={`${id}-title`} value={form.title} onChange={set('title')} dir="auto" {...invalid('title')} />
          <label htmlFor={`${id}-publisher`}>{t.addPublisher}</label>
          <input id={`${id}-publisher`} value={form.publisher} onChange={set('publisher')} dir="auto" {...invalid('publisher')} />
          <label htmlFor={`${id}-url`}>{t.addUrl}</label>
          <input id={`${id}-url`} type="url" value={form.url} onChange={set('url')} dir="ltr" {...invalid('url')} />
          <label htmlFor={`${id}-lang`}>{t.addLang}</label>
          <select id={`${id}-lang`} value={form.lang} onChange={set('lang')} {...invalid('lang')}>
            <option value="">{t.addLangAuto((detected && t.langName[detected]) || '—')}</option>
            <option value="ar">{t.langName.ar}</option>
            <option value="en">{t.langName.en}</option>
            <option value="ru">{t.langName.ru}</option>
          </select>
          <label htmlFor={`${id}-published`}>{t.addPublished}</label>
          <input id={`${id}-published`} type="date" value={form.published} onChange={set('published')} min="1800-01-01" {...invalid('published')} />
          <label htmlFor={`${id}-published-time`}>{t.addPublishedTime}</label>
          <input id={`${id}-published-time`} type="time" value={form.publishedTime} onChange={set('publishedTime')} disabled={!form.published} aria-describedby={`${id}-published-time-hint`} />
          <p className="muted add-hint" id={`${id}-published-time-hint`}>
            {t.addPublishedTimeHint}
          </p>
          <label htmlFor={`${id}-zone`}>{t.addZone}</label>
          <select id={`${id}-zone`} value={form.timeZone} onChange={set('timeZone')} {...invalid('timeZone')}>
            <option value="">{t.addZoneFromPublisher}</option>
            {ZONES.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        {candidates && !form.published && (
          <fieldset className="add-candidates">
            <legend>{candidates.length ? t.addCandidates : t.addNoCandidates}</legend>
            {candidates.length > MAX_SHOWN && <p className="muted">{t.addTooManyCandidates(candidates.length, MAX_SHOWN)}</p>}
            {candidates.slice(0, MAX_SHOWN).map((c) => (
              <label key={c.value}>
                <input type="radio" name={`${id}-cand`} onChange={() => setForm((f) => ({ ...f, published: c.value }))} /> {c.value}{' '}
                <span className="muted">({c.evidence.join('; ')})</span>
              </label>
            ))}
            <label>
              <input type="radio" name={`${id}-cand`} defaultChecked onChange={() => setForm((f) => ({ ...f, published: '' }))} /> {t.addKeepUnknown}
            </label>
          </fieldset>
        )}
        {queued && (
          <div className="add-queue" aria-live="polite">
            <progress max={queued.total} value={queued.total - queued.remaining} aria-label={t.queueProgress(queued.done, queued.failed.length, queued.total)} />
            <p>{queued.state === 'queued' ? t.queueWaiting(queued.total) : t.queueProgress(queued.done, queued.failed.length, queued.total)}</p>
          </div>
        )}
        {batch && (
          <div className="add-batch" aria-live="polite">
            <ol>
              {batch.map((b, i) => (
                <li key={i} className={`batch-${b.state}`}>
                  <bdi>{b.name}</bdi>: {t.batchState[b.state]}
                  {b.detail ? ` — ${b.detail}` : ''}
                </li>
              ))}
            </ol>
            {!busy && <p role="status">{t.batchSummary(batch.filter((b) => b.state === 'kept').length, batch.filter((b) => b.state === 'failed').length)}</p>}
          </div>
        )}
        {error && (
          <p className="add-error" id={`${id}-error`} role="alert">
            {LOCAL.has(error.code) ? error.message : errorText(lang, error)}
          </p>
        )}
        {done && !error && <p className="muted" role="status">{done}</p>}
        {warnings.warnings.length > 0 && !error && (
          <div className="doc-warnings" role="note">
            <p>{t.addWarnings}</p>
            <ul>
              {warningLines(warnings, lang).map((w, i) => (
                <li key={i}>
                  <bdi lang={w.lang} dir={w.lang === lang ? dirOf(lang) : 'auto'}>
                    {w.text}
                  </bdi>
                </li>
              ))}
            </ul>
          </div>
        )}
        {/* Why the buttons wait: said, not only greyed out. */}
        {!form.text.trim() && (
          <p className="muted" id={`${id}-need`}>
            {t.addNeedText}
          </p>
        )}
        <div className="add-actions">
          <button type="button" onClick={() => void preview()} disabled={busy || !form.text.trim()} aria-describedby={!form.text.trim() ? `${id}-need` : undefined}>
            {t.addRead}
          </button>
          <button type="submit" disabled={busy || !form.text.trim()} aria-describedby={!form.text.trim() ? `${id}-need` : undefined}>
            {busy ? t.addBusy : t.addKeep}
          </button>
        </div>
      </form>
    </details>
  );
}
