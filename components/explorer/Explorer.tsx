'use client';
// The explorer: toolbar, filters, the timeline (or its table twin), the detail panel and the source texts,
// all reading one store whose view part is the URL.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Extraction } from '@/lib/model/schema';
import { useShallow } from 'zustand/react/shallow';
import { parseMarkKey } from '@/lib/layout/corpus-scene';
import { keyIndex, type Scene } from '@/lib/layout/scene';
import { MESSAGES, iso, isoDate } from '@/lib/view/i18n';
import { buildGraph } from '@/lib/graph/build';
import { activeIn, edgesOfStatement, statementsOf } from '@/lib/graph/query';
import { GraphPanel } from '@/components/graph/GraphPanel';
import { Reader } from '@/components/reader/Reader';
import { Legend } from '@/components/timeline/Legend';
import { Timeline, clampWindow, fitWindow, type TimelineHandle } from '@/components/timeline/Timeline';
import { DetailPanel } from './DetailPanel';
import { CompareView } from '../compare/CompareView';
import { DocumentEdits } from './DocumentEdits';
import { OriginalLink } from './OriginalLink';
import { useFullText } from './full-text';
import { TextStatus } from './TextStatus';
import { AddDocument } from './AddDocument';
import { FileLoader } from './FileLoader';
import { Filters } from './Filters';
import { type Corpus, rowOfKey, useCorpus, useDescribe, useScene, useShownRows, useZone } from './model';
import { StatementTable } from './StatementTable';
import { useExplorer } from './store';
import { Toolbar } from './Toolbar';
import { Warnings } from './Warnings';
import { Notices } from './Notices';
import { Persist } from './Persist';
import { UrlSync } from './UrlSync';

/** Marks of a graph selection's statements, with the claims they give their events. */
function emphasisForStatements(scene: Scene, keys: readonly string[]): Uint8Array {
  const keep = new Uint8Array(scene.n);
  const index = keyIndex(scene);
  for (const key of keys) {
    const k = index.get(key);
    if (k === undefined) continue;
    keep[k] = 1;
    const t = scene.link[k]!;
    if (t >= 0) keep[t] = 1;
  }
  return keep;
}

/** The time span of the dated marks, for playback. */
function extentOf(scene: Scene): { start: number; end: number } | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < scene.dated; k++) {
    const a = Number.isFinite(scene.start[k]!) ? scene.start[k]! : scene.end[k]!;
    lo = Math.min(lo, a);
    hi = Math.max(hi, scene.end[k]!);
  }
  return Number.isFinite(lo) && hi > lo ? { start: lo, end: hi } : null;
}

/** Marks that belong with the selection (its event's claims and statements in the same document). */
function emphasisFor(scene: Scene, selected: string | null): Uint8Array | null {
  if (!selected) return null;
  const k = keyIndex(scene).get(selected) ?? -1;
  if (k < 0) return null;
  const target = scene.link[k]!;
  const eventKey = target >= 0 ? parseMarkKey(scene.key[target]!) : null;
  const keep = new Uint8Array(scene.n);
  for (let i = 0; i < scene.n; i++) {
    const t = scene.link[i]!;
    const mine = parseMarkKey(scene.key[i]!);
    const sameEvent =
      eventKey &&
      mine.docId === eventKey.docId &&
      (mine.id === eventKey.id || (t >= 0 && parseMarkKey(scene.key[t]!).id === eventKey.id));
    if (i === k || i === target || sameEvent) keep[i] = 1;
  }
  return keep;
}

export function Explorer({ bundled = [] }: { bundled?: string[] }) {
  const corpus = useCorpus();
  // What the server keeps: what it sent, and what was added to it since.
  const added = useExplorer((st) => st.serverDocs);
  const onServer = useMemo(() => [...new Set([...bundled, ...added])], [bundled, added]);
  const shown = useShownRows(corpus);
  const scene = useScene(corpus, shown);
  const zone = useZone(corpus);
  const describe = useDescribe(corpus, scene, zone);
  const s = useExplorer(
    useShallow((st) => ({
      lang: st.lang,
      selected: st.selected,
      window: st.window,
      rtl: st.rtl,
      collapsed: st.collapsed,
      view: st.view,
      node: st.node,
      setWindow: st.setWindow,
      select: st.select,
      toggle: st.toggle,
    })),
  );
  const t = MESSAGES[s.lang];
  const handle = useRef<TimelineHandle>(null);
  // The actor graph of what the filters show; a selection in it selects the statements behind it.
  const shownKeys = useMemo(() => new Set(shown.map((r) => r.key)), [shown]);
  const graph = useMemo(() => buildGraph(corpus.extractions, { keep: (k) => shownKeys.has(k) }), [corpus, shownKeys]);
  const nodeStatements = useMemo(() => statementsOf(graph, s.node), [graph, s.node]);
  const active = useMemo(() => (s.window ? activeIn(graph, s.window) : null), [graph, s.window]);
  const lit = useMemo(() => (s.selected ? edgesOfStatement(graph, s.selected) : null), [graph, s.selected]);
  const extent = useMemo(() => extentOf(scene), [scene]);
  const emphasis = useMemo(
    () => (s.node ? emphasisForStatements(scene, nodeStatements) : emphasisFor(scene, s.selected)),
    [scene, s.selected, s.node, nodeStatements],
  );
  const uiRtl = s.lang === 'ar';
  // The documents the timeline shows: those the documents filter keeps (all when it keeps all).
  const docFilter = useExplorer((st) => st.docs);
  const onTimeline = useMemo(
    () =>
      docFilter.length
        ? corpus.extractions.filter((x) => docFilter.includes(x.document.id))
        : corpus.extractions,
    [corpus, docFilter],
  );
  const notify = useExplorer((st) => st.notify);

  // The document element follows the UI language (screen readers pick the voice from it).
  useEffect(() => {
    document.documentElement.lang = s.lang;
    document.documentElement.dir = uiRtl ? 'rtl' : 'ltr';
  }, [s.lang, uiRtl]);
  // Said once React has taken over the server's HTML: until then a click on a mark does nothing (the tests,
  // and anything else that drives the page, wait for it).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);

  // A selection from the URL that names nothing loaded is said and cleared, not kept silently. Checked after
  // the first paint, once files kept in the browser have been restored.
  const checked = useRef(false);
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    if (s.selected && !rowOfKey(corpus, s.selected) && keyIndex(scene).get(s.selected) === undefined) {
      notify({ kind: 'info', text: t.selectionMissing });
      s.select(null);
    }
  });

  const fitSelection = () => {
    const k = s.selected ? (keyIndex(scene).get(s.selected) ?? -1) : -1;
    if (k < 0) return;
    const ks = [k, scene.link[k]!].filter((i) => i >= 0 && i < scene.dated);
    if (!ks.length) return;
    const lo = Math.min(
      ...ks.map((i) => (Number.isFinite(scene.start[i]!) ? scene.start[i]! : scene.end[i]! - 86_400_000)),
    );
    const hi = Math.max(...ks.map((i) => scene.end[i]!));
    const pad = Math.max((hi - lo) * 0.25, 3_600_000);
    s.setWindow(clampWindow({ start: lo - pad, end: hi + pad }));
  };

  return (
    <div className="explorer" dir={uiRtl ? 'rtl' : 'ltr'} lang={s.lang}>
      <UrlSync />
      <Persist bundled={bundled} />
      <header className="masthead">
        <h1>Dateline</h1>
        <p>{t.tagline}</p>
        <FileLoader />
        <AddDocument />
      </header>
      <Notices />
      <Toolbar
        corpus={corpus}
        bundled={onServer}
        onFitAll={() => s.setWindow(fitWindow(scene))}
        onFitSelection={fitSelection}
        onZoom={(f) => handle.current?.zoomBy(f)}
      />
      {/* Without a selection the detail panel is a narrow hint: the timeline takes the width. */}
      <div className={`explorer-grid${rowOfKey(corpus, s.selected) ? '' : ' no-detail'}`}>
        <Filters corpus={corpus} />
        <section
          className="explorer-main"
          aria-label={s.view === 'chart' ? t.chartLabel : s.view === 'compare' ? t.compare : t.table}
        >
          <p className="corpus-line">
            {t.corpusLine(
              onTimeline.length,
              onTimeline
                .map(
                  (x) =>
                    `${iso(x.document.title)} (${iso(corpus.lookup(x.document.publisher)?.names[s.lang][0] ?? x.document.publisher)}${t.comma} ${x.document.published.value ? isoDate(x.document.published.value) : '?'})`,
                )
                .join(' · '),
            )}
          </p>
          {s.view === 'chart' && (
            <p className="muted" aria-live="polite">
              {t.shown(shown.length, corpus.rows.length)}
            </p>
          )}
          {s.view === 'compare' ? (
            <CompareView corpus={corpus} onServer={onServer} />
          ) : corpus.rows.length === 0 ? (
            <p className="empty">{t.emptyCorpus}</p>
          ) : shown.length === 0 ? (
            <p className="empty">{t.nothingMatches}</p>
          ) : s.view === 'chart' ? (
            <>
              <Timeline
                scene={scene}
                window={s.window}
                onWindow={s.setWindow}
                onFitAll={() => s.setWindow(fitWindow(scene))}
                selected={s.selected}
                onSelect={s.select}
                describe={describe}
                lang={s.lang}
                zone={zone}
                timeRtl={s.rtl}
                uiRtl={uiRtl}
                collapsed={s.collapsed}
                onToggleGroup={(key) => s.toggle('collapsed', key)}
                emphasis={emphasis}
                overview
                handleRef={handle}
              />
              <Legend lang={s.lang} />
            </>
          ) : (
            <StatementTable corpus={corpus} rows={shown} zone={zone} />
          )}
        </section>
        <DetailPanel corpus={corpus} zone={zone} onServer={onServer} />
      </div>
      {corpus.rows.length > 0 && (
        <GraphPanel
          graph={graph}
          extractions={corpus.extractions}
          shown={shownKeys}
          active={active}
          lit={lit}
          extent={extent}
          zone={zone}
        />
      )}
      <Sources corpus={corpus} statements={nodeStatements} onServer={onServer} />
    </div>
  );
}


function Sources({
  corpus: c,
  statements,
  onServer,
}: {
  corpus: Corpus;
  statements: readonly string[];
  onServer: readonly string[];
}) {
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.selected);
  const docs = useExplorer((s) => s.docs);
  const row = rowOfKey(c, selected);
  const t = MESSAGES[lang];
  // The documents the view shows (the Documents filter reaches here too), each read only when opened: the one
  // holding the selection opens itself, and a single document is open.
  const shown = docs.length ? c.extractions.filter((x) => docs.includes(x.document.id)) : c.extractions;
  const focusDoc = statements.length
    ? statements[0]!.slice(0, statements[0]!.lastIndexOf('/'))
    : row
      ? c.extractions[row.doc]?.document.id
      : undefined;
  return (
    <section className="sources" aria-label={t.reader}>
      <h2>{t.reader}</h2>
      {shown.map((x) => (
        <DocumentSource
          key={x.document.id}
          corpus={c}
          x={x}
          open={shown.length === 1 || x.document.id === focusDoc}
          onServer={onServer.includes(x.document.id)}
          selected={
            statements.length
              ? statements
                  .filter((k) => k.startsWith(`${x.document.id}/`))
                  .map((k) => k.slice(x.document.id.length + 1))
              : row && c.extractions[row.doc] === x
                ? row.statement.id
                : undefined
          }
        />
      ))}
    </section>
  );
}

function DocumentSource({
  corpus: c,
  x,
  open: wanted,
  onServer,
  selected,
}: {
  corpus: Corpus;
  x: Extraction;
  open: boolean;
  onServer: boolean;
  selected: string | string[] | undefined;
}) {
  const lang = useExplorer((s) => s.lang);
  const t = MESSAGES[lang];
  const [open, setOpen] = useState(wanted);
  // A long text came sparse: fetched whole once the document is open.
  const text = useFullText(x.document.id, open);
  // A selection in this document opens it; the reader does not close what the user opened.
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <details
      className="document"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      aria-label={x.document.title}
    >
      <summary>
        <span
          className="document-title"
          lang={x.document.lang}
          dir={x.document.lang === 'ar' ? 'rtl' : 'ltr'}
        >
          {x.document.title}
        </span>
        {x.warnings.length > 0 && <span className="warn-badge"> ⚠ {t.warningsCount(x.warnings.length)}</span>}
      </summary>
      <p className="meta">
        <bdi>{c.lookup(x.document.publisher)?.names[lang][0] ?? x.document.publisher}</bdi> · {t.published}{' '}
        {x.document.published.value ? (
          <time dateTime={x.document.published.value}>{x.document.published.value}</time>
        ) : (
          '?'
        )}
        {x.document.published.source === 'inferred' && <span className="badge"> ({t.inferred})</span>} ·{' '}
        {x.document.timeZone}
        <OriginalLink url={x.document.url} lang={lang} />
      </p>
      {open && (
        <>
          <Warnings x={x} />
          {onServer && <DocumentEdits docId={x.document.id} />}
          {text.state === 'ready' ? (
            <Reader
              extraction={x}
              selected={selected}
              label={t.reader}
              more={{ earlier: t.readerEarlier, later: t.readerLater }}
            />
          ) : (
            <TextStatus text={text} lang={lang} />
          )}
        </>
      )}
    </details>
  );
}
