'use client';
// A kept document's details: title, publisher, address, language, publication date and zone. What changed is
// sent as PATCH /api/documents/:id; the server reads the document again (the date anchors every relative time,
// the language picks the reader), re-anchors its corrections, and its answer replaces the document shown. An
// error from the server is said beside the field it names.
import { useEffect, useId, useState } from 'react';
import type { Document, Extraction } from '@/lib/model/schema';
import { MESSAGES } from '@/lib/view/i18n';
import { errorText } from '@/lib/view/api-errors';
import { useExplorer } from './store';

/** The zones 'Add an article' offers; the document's own is added when it is another. */
const ZONES = [
  'Europe/Moscow',
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Riyadh',
  'Africa/Cairo',
  'Asia/Dubai',
  'Europe/Paris',
];

type ApiError = { code: string; message: string; field?: string; status?: number };
type Form = {
  title: string;
  publisher: string;
  url: string;
  lang: string;
  published: string;
  timeZone: string;
};
const FIELDS = ['title', 'publisher', 'url', 'lang', 'published', 'timeZone'] as const;

/** The form as the document stands: an inferred date is not one the user gave, so it starts empty. */
const formOf = (d: Document): Form => ({
  title: d.title,
  publisher: d.publisher,
  url: d.url ?? '',
  lang: d.lang,
  published: d.published.source === 'metadata' ? (d.published.value ?? '') : '',
  timeZone: d.timeZone,
});

export function DocumentMeta({ docId }: { docId: string }) {
  const lang = useExplorer((s) => s.lang);
  const doc = useExplorer((s) => s.extractions.find((x) => x.document.id === docId)?.document);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const t = MESSAGES[lang];
  const id = useId();
  const [form, setForm] = useState<Form | null>(doc ? formOf(doc) : null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // The form is there only while open: a page of documents is not a page of forms (nor of their labels).
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (doc) setForm(formOf(doc));
  }, [doc]);
  if (!doc || !form) return null;
  const initial = formOf(doc);

  const set = (k: keyof Form) => (e: { target: { value: string } }) => {
    setForm((f) => f && { ...f, [k]: e.target.value });
    setStatus(null);
    if (error?.field === k) setError(null);
  };
  const save = async () => {
    const patch: Record<string, string | null> = {};
    for (const k of FIELDS)
      if (form[k].trim() !== initial[k]) patch[k] = k === 'published' ? form[k] || null : form[k].trim();
    if (!Object.keys(patch).length) return setStatus(t.metaNothing);
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      const r = await fetch(`/api/documents/${encodeURIComponent(docId)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(patch),
      });
      const j = (await r.json().catch(() => null)) as { error?: ApiError; extraction?: Extraction } | null;
      if (!r.ok || !j?.extraction) return setError(j?.error ?? { code: 'http', message: `HTTP ${r.status}`, status: r.status });
      replaceExtraction(j.extraction);
      setStatus(t.metaSaved);
    } catch (e) {
      setError({ code: 'network', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  // The server's error beside the field it names; one it names no field of goes under the form.
  const fieldError = (k: keyof Form) =>
    error?.field === k ? (
      <p className="add-error" id={`${id}-${k}-error`} role="alert">
        {errorText(lang, error)}
      </p>
    ) : null;
  const invalid = (k: keyof Form) =>
    error?.field === k ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${k}-error` } : {};
  const zones = ZONES.includes(form.timeZone) ? ZONES : [form.timeZone, ...ZONES];

  return (
    <details className="doc-meta" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.metaTitle}</summary>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <fieldset disabled={busy} className="plain">
            <div className="add-grid">
              <label htmlFor={`${id}-title`}>{t.addDocTitle}</label>
              <div>
                <input
                  id={`${id}-title`}
                  value={form.title}
                  onChange={set('title')}
                  dir="auto"
                  maxLength={500}
                  {...invalid('title')}
                />
                {fieldError('title')}
              </div>
              <label htmlFor={`${id}-publisher`}>{t.addPublisher}</label>
              <div>
                <input
                  id={`${id}-publisher`}
                  value={form.publisher}
                  onChange={set('publisher')}
                  dir="auto"
                  maxLength={200}
                  {...invalid('publisher')}
                />
                {fieldError('publisher')}
              </div>
              <label htmlFor={`${id}-url`}>{t.addUrl}</label>
              <div>
                <input
                  id={`${id}-url`}
                  type="url"
                  value={form.url}
                  onChange={set('url')}
                  dir="ltr"
                  {...invalid('url')}
                />
                {fieldError('url')}
              </div>
              <label htmlFor={`${id}-lang`}>{t.addLang}</label>
              <div>
                <select id={`${id}-lang`} value={form.lang} onChange={set('lang')} {...invalid('lang')}>
                  <option value="ar">{t.langName.ar}</option>
                  <option value="en">{t.langName.en}</option>
                </select>
                {fieldError('lang')}
              </div>
              <label htmlFor={`${id}-published`}>{t.addPublished}</label>
              <div>
                <input
                  id={`${id}-published`}
                  type="date"
                  value={form.published}
                  onChange={set('published')}
                  aria-describedby={
                    error?.field === 'published' ? `${id}-published-error` : `${id}-published-hint`
                  }
                  {...(error?.field === 'published' ? { 'aria-invalid': true as const } : {})}
                />{' '}
                <span className="muted" id={`${id}-published-hint`}>
                  {t.metaDateUnknown}
                </span>
                {fieldError('published')}
              </div>
              <label htmlFor={`${id}-zone`}>{t.addZone}</label>
              <div>
                <select
                  id={`${id}-zone`}
                  value={form.timeZone}
                  onChange={set('timeZone')}
                  {...invalid('timeZone')}
                >
                  {zones.map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </select>
                {fieldError('timeZone')}
              </div>
            </div>
            {error && !FIELDS.includes(error.field as (typeof FIELDS)[number]) && (
              <p className="add-error" role="alert">
                {errorText(lang, error)}
              </p>
            )}
            {status && (
              <p className="muted" role="status">
                {status}
              </p>
            )}
            <div className="add-actions">
              <button type="submit">{busy ? t.addBusy : t.metaSave}</button>
            </div>
          </fieldset>
        </form>
      )}
    </details>
  );
}
