'use client';
// Export and embed the current view. Data exports are made here, in the browser, by the same functions as
// /api/export, so documents loaded from files export too; images come from the server's SVG (PNG drawn here). Embeds show the server's corpus, so the embed dialog
// is offered when every document shown is one the server has.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat, exportView } from '@/lib/export/view';
import { embedSearch } from '@/lib/embed/protocol';
import { encodeView } from '@/lib/url/view-state';
import { errorText } from '@/lib/view/api-errors';
import { MESSAGES } from '@/lib/view/i18n';
import type { Corpus } from './model';
import { fetchExtraction, ok } from './api';
import { useExplorer, viewOf } from './store';

function download(name: string, type: string, body: string | Blob) {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type }) : body);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ShareMenu({ corpus, bundled }: { corpus: Corpus; bundled: readonly string[] }) {
  const state = useExplorer((s) => s);
  const notify = useExplorer((s) => s.notify);
  const t = MESSAGES[state.lang];
  const params = useMemo(() => encodeView(viewOf(state)), [state]);
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const shownDocs = state.docs.length ? state.docs : corpus.extractions.map((x) => x.document.id);
  const embeddable = shownDocs.length > 0 && shownDocs.every((d) => bundled.includes(d));
  const oneDoc = shownDocs.length === 1;

  const partial = useExplorer((s) => s.partial);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const run = async (format: ExportFormat) => {
    const p = new URLSearchParams(params);
    p.set('format', format);
    // A long text came sparse to this page: the server, which holds it whole, makes the file (or, when the view
    // also shows documents only this tab holds, the whole texts are fetched first and the file made here).
    const sparse = shownDocs.filter((d) => partial.includes(d));
    if (sparse.length && !shownDocs.every((d) => bundled.includes(d))) {
      try {
        const whole = await Promise.all(sparse.map(fetchExtraction));
        whole.forEach(replaceExtraction);
        const xs = corpus.extractions.map((x) => whole.find((w) => w.document.id === x.document.id) ?? x);
        const r = exportView(xs, p);
        if (!r.ok) return notify({ kind: 'error', text: t.exportFailed, detail: r.message });
        return download(r.filename, r.contentType, r.body);
      } catch (err) {
        return notify({ kind: 'error', text: t.exportFailed, detail: errorText(state.lang, err) });
      }
    }
    if (sparse.length) {
      try {
        const res = await ok(await fetch(`/api/export?${p}`));
        const name = /filename="?([^";]+)"?/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `dateline.${format}`;
        return download(name, res.headers.get('content-type') ?? 'application/octet-stream', await res.blob());
      } catch (err) {
        return notify({ kind: 'error', text: t.exportFailed, detail: errorText(state.lang, err) });
      }
    }
    const r = exportView(corpus.extractions, p);
    if (!r.ok) notify({ kind: 'error', text: t.exportFailed, detail: r.message });
    else download(r.filename, r.contentType, r.body);
  };

  // Images: the server draws the chart as SVG (with the Arabic font inside, and the Cyrillic one when it holds
  // Russian); PNG is that SVG drawn at 2×, here.
  const image = async (chart: 'timeline' | 'graph' | 'compare', kind: 'svg' | 'png') => {
    const p = new URLSearchParams(params);
    p.set('format', 'svg');
    p.set('chart', chart);
    try {
      const res = await ok(await fetch(`/api/export?${p}`));
      const svg = await res.text();
      if (kind === 'svg') return download(`dateline-${chart}.svg`, 'image/svg+xml', svg);
      const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      try {
        // The image's own fonts (embedded in it) load only once it is decoded, and until then its text is not
        // drawn: the first decoding loads them, a second image of the same SVG is drawn with them.
        const first = new Image();
        first.src = url;
        await first.decode();
        await new Promise((r) => setTimeout(r, 60));
        const img = new Image();
        img.src = url;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth * 2;
        c.height = img.naturalHeight * 2;
        const ctx = c.getContext('2d');
        if (!ctx) throw new Error('no canvas');
        ctx.scale(2, 2);
        ctx.drawImage(img, 0, 0);
        const png = await new Promise<Blob | null>((resolve) => c.toBlob(resolve, 'image/png'));
        if (!png) throw new Error('the image could not be encoded');
        download(`dateline-${chart}.png`, 'image/png', png);
      } finally {
        URL.revokeObjectURL(url);
      }
    } catch (err) {
      notify({ kind: 'error', text: t.exportFailed, detail: errorText(state.lang, err) });
    }
  };

  return (
    <>
      {/* A choice closes the menu (the download, or its error, is what follows). */}
      <details
        className="share-menu"
        ref={menu}
        onClick={(e) => {
          if ((e.target as Element).closest('li button')) menu.current?.removeAttribute('open');
        }}
      >
        <summary>{t.exportMenu}</summary>
        <ul>
          {EXPORT_FORMATS.map((f) => (
            <li key={f}>
              <button type="button" onClick={() => void run(f)} disabled={f === 'timeml' && !oneDoc} title={f === 'timeml' && !oneDoc ? t.timemlOneDoc : undefined}>
                {t.exportFormat[f]}
              </button>
            </li>
          ))}
          {(['timeline', 'graph', 'compare'] as const).flatMap((chart) =>
            (['svg', 'png'] as const).map((kind) => (
              <li key={`${chart}-${kind}`}>
                <button type="button" onClick={() => void image(chart, kind)} disabled={!embeddable} title={embeddable ? undefined : t.embedOnlyServer}>
                  {t.exportImage(chart, kind)}
                </button>
              </li>
            )),
          )}
        </ul>
      </details>
      <button type="button" onClick={() => setOpen(true)} disabled={!embeddable} title={embeddable ? undefined : t.embedOnlyServer}>
        {t.embedButton}
      </button>
      {open && <EmbedDialog params={params} onClose={() => setOpen(false)} />}
    </>
  );
}

/** The iframe snippet for the current view, its options, and a live preview of it. */
function EmbedDialog({ params, onClose }: { params: URLSearchParams; onClose: () => void }) {
  const lang = useExplorer((s) => s.lang);
  const t = MESSAGES[lang];
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { chart: useId(), theme: useId(), title: useId(), caption: useId(), code: useId() };
  const view = useExplorer((s) => s.view);
  const [chart, setChart] = useState<'timeline' | 'graph' | 'compare'>(view === 'compare' ? 'compare' : 'timeline');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [title, setTitle] = useState('');
  const [caption, setCaption] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const q = embedSearch(params);
  if (theme === 'dark') q.set('theme', 'dark');
  if (title.trim()) q.set('title', title.trim());
  if (caption.trim()) q.set('caption', caption.trim());
  const src = `${origin}/embed/${chart}${q.size ? `?${q}` : ''}`;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const snippet = `<iframe src="${esc(src)}" title="${esc(title.trim() || (chart === 'timeline' ? t.embedTimeline : chart === 'graph' ? t.embedGraph : t.compare))}" width="100%" height="560" loading="lazy" style="border:0;width:100%" data-dateline-embed></iframe><script async src="${esc(origin)}/embed.js"></script>`;
  return (
    <dialog ref={ref} className="embed-dialog" aria-labelledby={`${ids.code}-h`} onClose={onClose} onCancel={onClose}>
      <h2 id={`${ids.code}-h`}>{t.embedTitle}</h2>
      <div className="embed-form">
        <label htmlFor={ids.chart}>{t.embedChart}</label>
        <select id={ids.chart} value={chart} onChange={(e) => setChart(e.target.value as 'timeline' | 'graph' | 'compare')}>
          <option value="timeline">{t.embedTimeline}</option>
          <option value="graph">{t.embedGraph}</option>
          <option value="compare">{t.compare}</option>
        </select>
        <label htmlFor={ids.theme}>{t.embedTheme}</label>
        <select id={ids.theme} value={theme} onChange={(e) => setTheme(e.target.value as 'light' | 'dark')}>
          <option value="light">{t.embedLight}</option>
          <option value="dark">{t.embedDark}</option>
        </select>
        <label htmlFor={ids.title}>{t.embedTitleLine}</label>
        <input id={ids.title} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={ids.caption}>{t.embedCaption}</label>
        <input id={ids.caption} value={caption} maxLength={300} onChange={(e) => setCaption(e.target.value)} />
      </div>
      <label htmlFor={ids.code}>{t.embedCode}</label>
      <textarea id={ids.code} readOnly value={snippet} rows={4} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-actions">
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(snippet).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t.embedCopied : t.embedCopy}
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          {t.close}
        </button>
      </div>
      <p className="muted">{t.embedPreview}</p>
      <iframe className="embed-preview" src={src} title={t.embedPreview} />
    </dialog>
  );
}
