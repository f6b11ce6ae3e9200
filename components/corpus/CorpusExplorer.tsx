'use client';
// The explorer of a corpus too large to send whole (lib/query/overview answers it): the server answers the
// URL's view and the page draws it — facets with counts, a search, the chart (counts by lane and time, or each
// statement once few enough), the day strip, the table paged on the server, the folded actor graph and the
// happenings most sources report. A selection fetches its document; a view of few documents opens them in
// the full explorer. The view lives in the URL, as the full explorer's does.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { GraphView } from '@/components/graph/GraphView';
import type { Extraction } from '@/lib/model/schema';
import { othersNode, type Overview, typeLabel } from '@/lib/query/overview';
import type { StatementAnswer, StatementHit } from '@/lib/query/query';
import { DEFAULT_VIEW, type ViewState, encodeView } from '@/lib/url/view-state';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { formatInterval } from '@/lib/view/format';
import { typeName } from '@/lib/view/event-names';
import { LOCALE, MESSAGES, dirOf, pick, type UiLang } from '@/lib/view/i18n';
import { AddDocument } from '@/components/explorer/AddDocument';
import { LanguageSwitch } from '@/components/explorer/LanguageSwitch';
import { fetchExtraction, ok } from '@/components/explorer/api';
import { errorText } from '@/lib/view/api-errors';
import { Notices } from '@/components/explorer/Notices';
import { ExplorerProvider, useExplorer } from '@/components/explorer/store';
import { DayStrip } from './DayStrip';
import { DensityChart, type Window, panWindow, zoomWindow } from './DensityChart';

type Field = 'docs' | 'actors' | 'sides' | 'stances' | 'eventTypes' | 'channels';
const FIELDS: Field[] = ['stances', 'sides', 'actors', 'eventTypes', 'channels', 'docs'];
const PAGE = 50;
/** Facet values listed before "and N more". */
const FACET_SHOWN = 12;

/** The part of the view the server answers (the selection and the language do not change the answer). */
const queryOf = (v: ViewState) => encodeView({ ...DEFAULT_VIEW, docs: v.docs, actors: v.actors, sides: v.sides, stances: v.stances, eventTypes: v.eventTypes, channels: v.channels, q: v.q, window: v.window }).toString();

function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [w, setW] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(([e]) => setW(Math.max(280, Math.floor(e!.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, w] as const;
}

export function CorpusExplorer({ initial, view: initialView, wholeMax }: { initial: Overview; view: ViewState; wholeMax: number }) {
  const [view, setView] = useState<ViewState>(initialView);
  const [o, setO] = useState<Overview>(initial);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const lang = view.lang;
  const t = CORPUS_MESSAGES[lang];
  const m = MESSAGES[lang];
  const q = queryOf(view);
  const first = useRef(q);
  const searchId = useId();
  const [chartRef, width] = useWidth<HTMLDivElement>(900);
  const [graphRef, graphWidth] = useWidth<HTMLDivElement>(560);
  const [search, setSearch] = useState(view.q);

  const patch = useCallback((p: Partial<ViewState>) => setView((v) => ({ ...v, ...p })), []);

  // The URL follows the view; the document follows the UI language.
  useEffect(() => {
    const s = encodeView(view).toString();
    window.history.replaceState(null, '', `${window.location.pathname}${s ? `?${s}` : ''}`);
  }, [view]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  // The search box asks once typing pauses.
  useEffect(() => {
    if (search === view.q) return;
    const h = setTimeout(() => patch({ q: search }), 250);
    return () => clearTimeout(h);
  }, [search, view.q, patch]);

  // The server's answer for the view (the first came with the page): the chart first, then the graph and the
  // happenings, asked apart so the chart does not wait for them.
  const [related, setRelated] = useState<Pick<Overview, 'graph' | 'happenings' | 'names'>>(initial);
  useEffect(() => {
    if (q === first.current && attempt === 0) return;
    first.current = '\u0000';
    const ctl = new AbortController();
    const ask = (parts: string) => fetch(`/api/overview?${q}${q ? '&' : ''}parts=${parts}`, { signal: ctl.signal }).then(ok).then(async (r) => (await r.json()) as Overview);
    setLoading(true);
    setError(null);
    const failed = (e: unknown) => {
      if (!ctl.signal.aborted) setError(e);
    };
    ask('chart')
      .then(setO, failed)
      .finally(() => {
        if (!ctl.signal.aborted) setLoading(false);
      });
    ask('graph,happenings').then(setRelated, failed);
    return () => ctl.abort();
  }, [q, attempt]);

  const setWindow = (w: Window | null) => patch({ window: w });
  const toggle = (field: Field, value: string) =>
    setView((v) => {
      const list = v[field] as string[];
      return { ...v, [field]: list.includes(value) ? list.filter((x) => x !== value) : [...list, value] };
    });
  const clear = () => {
    setSearch('');
    patch({ docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '', window: null });
  };
  const label = (field: Field, v: string): string => {
    if (field === 'stances') return m.stanceName[v as keyof typeof m.stanceName] ?? v;
    if (field === 'eventTypes') return typeName(v, typeLabel(v), lang);
    if (field === 'docs') return o.titles[v]?.title ?? v;
    if (field === 'channels' && v === 'none') return t.noChannel;
    const name = o.names[v];
    return name ? pick(name, lang) : v;
  };
  const whole = o.docIds && o.docIds.length > 0 && o.docIds.length <= wholeMax ? o.docIds : null;
  const fullHref = (docs: string[], extra: Partial<ViewState> = {}) => `/?${encodeView({ ...view, docs, window: view.window, selected: null, ...extra })}`;

  return (
    <div className="explorer corpus" dir={dirOf(lang)}>
      <header className="masthead">
        <h1>{t.title}</h1>
        <p className="muted">{t.intro(o.corpus.documents, o.corpus.statements, o.markBudget)}</p>
        <LanguageSwitch lang={lang} label={m.language} onChange={(l) => patch({ lang: l })} />
        {/* Adding an article works as in the full explorer; the overview is asked again once it is kept. */}
        <ExplorerProvider key={lang} init={{ view: { ...DEFAULT_VIEW, lang }, extractions: [] }}>
          <AddDocument />
          <WhenAdded onAdded={() => setAttempt((a) => a + 1)} />
          <Notices />
        </ExplorerProvider>
      </header>
      <p className="corpus-line" aria-live="polite">
        {t.inView(o.total, o.documents)}
        {loading && <span className="muted"> · {t.loading}</span>}
      </p>
      {error !== null && (
        <div className="notice notice-error" role="alert">
          {t.failed} <span className="muted">{errorText(lang, error)}</span>{' '}
          <button type="button" className="link-button" onClick={() => setAttempt((a) => a + 1)}>
            {t.retry}
          </button>
        </div>
      )}
      <div className="explorer-grid no-detail corpus-grid">
        <section className="filters" aria-label={m.filters}>
          <label htmlFor={searchId} className="filter-search-label">
            {t.search}
          </label>
          <input id={searchId} type="search" className="filter-search" value={search} onChange={(e) => setSearch(e.target.value)} dir="auto" aria-describedby={`${searchId}-hint`} />
          <p id={`${searchId}-hint`} className="hint">
            {t.searchHint}
          </p>
          {FIELDS.map((field) => {
            const ticked = view[field] as string[];
            const values = [...o.facets[field]];
            for (const v of ticked) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
            const shown = values.filter((v, i) => i < FACET_SHOWN || ticked.includes(v.value));
            return (
              <details key={field} className="facet" open={ticked.length > 0 || field === 'stances'}>
                <summary>
                  {t.facets[field]}
                  {ticked.length > 0 && <span className="facet-count"> ({ticked.length})</span>}
                </summary>
                <ul>
                  {shown.map((v) => (
                    <li key={v.value}>
                      <label>
                        <input type="checkbox" checked={ticked.includes(v.value)} onChange={() => toggle(field, v.value)} data-facet={field} value={v.value} /> <bdi>{label(field, v.value)}</bdi>{' '}
                        <span className="muted">{m.count(v.count)}</span>
                      </label>
                    </li>
                  ))}
                  {values.length > shown.length && <li className="muted">{t.more(values.length - shown.length)}</li>}
                  {field === 'docs' && values.length === 0 && o.total > 0 && <li className="muted">{t.docsUnlisted}</li>}
                </ul>
              </details>
            );
          })}
          <button type="button" onClick={clear} className="link-button">
            {t.clear}
          </button>
        </section>
        <section className="explorer-main" aria-label={t.chartLabel}>
          <div className="toolbar" role="toolbar" aria-label={t.chartLabel}>
            <button type="button" onClick={() => o.window && setWindow(zoomWindow(o.window, 0.5))} disabled={!o.window}>
              {t.zoomIn}
            </button>
            <button type="button" onClick={() => o.window && setWindow(zoomWindow(o.window, 2))} disabled={!o.window}>
              {t.zoomOut}
            </button>
            <button type="button" onClick={() => o.window && setWindow(panWindow(o.window, view.rtl !== (lang === 'ar') ? 0.25 : -0.25))} disabled={!o.window}>
              {lang === 'ar' ? `${t.earlier} →` : `← ${t.earlier}`}
            </button>
            <button type="button" onClick={() => o.window && setWindow(panWindow(o.window, view.rtl !== (lang === 'ar') ? -0.25 : 0.25))} disabled={!o.window}>
              {lang === 'ar' ? `← ${t.later}` : `${t.later} →`}
            </button>
            <button type="button" onClick={() => setWindow(null)} disabled={!view.window}>
              {t.fit}
            </button>
            {whole && (
              <a className="button" href={fullHref(whole)}>
                {t.openWhole(whole.length)}
              </a>
            )}
          </div>
          <div ref={chartRef} className="corpus-chart-wrap">
            {o.total === 0 ? (
              <p className="empty">{t.none}</p>
            ) : (
              <>
                <DensityChart o={o} lang={lang} zone={view.zone ?? 'UTC'} mirrored={view.rtl} width={width} selected={view.selected} onWindow={setWindow} onFit={() => setWindow(null)} onSelect={(key) => patch({ selected: key })} />
                <DayStrip o={o} width={width} mirrored={view.rtl} label={t.overview} onWindow={setWindow} />
              </>
            )}
          </div>
          {view.selected && <Selected key={view.selected} statementKey={view.selected} lang={lang} zone={view.zone} onClose={() => patch({ selected: null })} href={(doc) => fullHref([doc], { selected: view.selected })} />}
          <StatementPage query={q} attempt={attempt} total={o.total} lang={lang} names={o.names} zone={view.zone} selected={view.selected} onSelect={(key) => patch({ selected: key })} />
          <section className="corpus-graph" aria-label={t.graph} ref={graphRef}>
            <h2>{t.graph}</h2>
            <p className="muted">{t.graphFolded(related.graph.folded)}</p>
            {related.graph.nodes.length > 0 && (
              <GraphView
                graph={related.graph}
                lang={lang}
                selected={view.actors.length === 1 ? `actor:${view.actors[0]}` : null}
                onSelect={(id) => {
                  if (id?.startsWith('actor:')) patch({ actors: [id.slice(6)] });
                  else if (id?.startsWith(othersNode(''))) patch({ sides: [id.slice(othersNode('').length)] });
                  else if (!id) patch({ actors: [] });
                }}
                width={graphWidth}
                height={360}
              />
            )}
          </section>
          <Happenings o={{ ...related, names: { ...o.names, ...related.names } }} lang={lang} view={view} wholeMax={wholeMax} />
        </section>
      </div>
    </div>
  );
}

/** Calls `onAdded` whenever the add form has kept another document on the server. */
function WhenAdded({ onAdded }: { onAdded: () => void }) {
  const kept = useExplorer((s) => s.serverDocs.length);
  const call = useRef(onAdded);
  call.current = onAdded;
  useEffect(() => {
    if (kept) call.current();
  }, [kept]);
  return null;
}

function Happenings({ o, lang, view, wholeMax }: { o: Pick<Overview, 'happenings' | 'names'>; lang: UiLang; view: ViewState; wholeMax: number }) {
  const t = CORPUS_MESSAGES[lang];
  if (!o.happenings.length) return null;
  const day = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (
    <section className="corpus-happenings" aria-label={t.happenings}>
      <h2>{t.happenings}</h2>
      <ol>
        {o.happenings.map((h) => {
          const start = h.day * 86_400_000;
          const href = `/compare?${encodeView({ ...DEFAULT_VIEW, lang, zone: view.zone, docs: h.docs.slice(0, wholeMax), eventTypes: [h.eventType], view: 'compare' })}`;
          return (
            <li key={`${h.eventType}/${h.day}`} data-happening={`${h.eventType}/${h.day}`}>
              <bdi>{t.happening(typeName(h.eventType, h.label, lang), day.format(start), h.sources, h.claims)}</bdi>
              {h.actors.length > 0 && <span className="muted"> · {h.actors.map((a) => (o.names[a] ? pick(o.names[a]!, lang) : a)).join(MESSAGES[lang].listSep)}</span>}{' '}
              <a href={href}>{t.compareThese}</a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A page of the view's statements, sorted and paged by the server. */
function StatementPage({ query, attempt, total, lang, names, zone, selected, onSelect }: { query: string; attempt: number; total: number; lang: UiLang; names: Overview['names']; zone: string | null; selected: string | null; onSelect: (key: string) => void }) {
  const t = CORPUS_MESSAGES[lang];
  const m = MESSAGES[lang];
  const [offset, setOffset] = useState(0);
  const [asc, setAsc] = useState(true);
  const [page, setPage] = useState<StatementHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => setOffset(0), [query]);
  useEffect(() => {
    const ctl = new AbortController();
    setError(null);
    fetch(`/api/statements?${query}${query ? '&' : ''}limit=${PAGE}&offset=${offset}&sort=${asc ? 'said' : '-said'}&counts=0`, { signal: ctl.signal })
      .then(async (r) => {
        await ok(r);
        setPage(((await r.json()) as StatementAnswer).statements);
      })
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setError(e);
      });
    return () => ctl.abort();
  }, [query, offset, asc, attempt]);
  // In the zone chosen, else each statement's document's own (a Moscow day reads as a day).
  const when = (i: { start: number | null; end: number | null } | null, own: string) => (i && i.start !== null && i.end !== null ? formatInterval({ start: new Date(i.start).toISOString(), end: new Date(i.end).toISOString() }, zone ?? own, LOCALE[lang]) : '—');
  return (
    <section className="statements corpus-table" aria-label={t.table}>
      <h2>{t.table}</h2>
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {errorText(lang, error)}
        </p>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col" aria-sort={asc ? 'ascending' : 'descending'}>
                <button type="button" className="link-button" onClick={() => setAsc((a) => !a)} title={t.sortSaid(asc)}>
                  {t.colSaid} {asc ? '↑' : '↓'}
                </button>
              </th>
              <th scope="col">{t.colSpeaker}</th>
              <th scope="col">{t.colStance}</th>
              <th scope="col">{t.colEvent}</th>
              <th scope="col">{t.colWords}</th>
            </tr>
          </thead>
          <tbody>
            {(page ?? []).map((h) => (
              <tr key={h.key} aria-selected={selected === h.key} className={selected === h.key ? 'tl-selected' : undefined}>
                <td>
                  <button type="button" className="link-button" onClick={() => onSelect(h.key)} data-key={h.key}>
                    {when(h.said, h.zone)}
                  </button>
                </td>
                <td>
                  <bdi>{names[h.speaker] ? pick(names[h.speaker]!, lang) : h.speaker}</bdi>
                </td>
                <td>{m.stanceName[h.stance as keyof typeof m.stanceName] ?? h.stance}</td>
                <td>{h.eventType ? `${typeName(h.eventType, typeLabel(h.eventType), lang)} · ${when(h.claim, h.zone)}` : '—'}</td>
                <td dir="auto">{h.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" onClick={() => setOffset((n) => Math.max(0, n - PAGE))} disabled={offset === 0}>
          {t.prev}
        </button>{' '}
        <span aria-live="polite">{total ? t.rows(offset + 1, Math.min(total, offset + PAGE), total) : t.none}</span>{' '}
        <button type="button" onClick={() => setOffset((n) => n + PAGE)} disabled={offset + PAGE >= total}>
          {t.next}
        </button>
      </p>
    </section>
  );
}

/** The selected statement, from its document fetched whole: who, when, and the source's exact words. */
function Selected({ statementKey, lang, zone, onClose, href }: { statementKey: string; lang: UiLang; zone: string | null; onClose: () => void; href: (doc: string) => string }) {
  const t = CORPUS_MESSAGES[lang];
  const m = MESSAGES[lang];
  const cut = statementKey.lastIndexOf('/');
  const docId = statementKey.slice(0, cut);
  const id = statementKey.slice(cut + 1);
  const [x, setX] = useState<Extraction | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    fetchExtraction(docId)
      .then((got) => live && setX(got))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [docId]);
  const st = x?.statements.find((s) => s.id === id);
  const body = useMemo(() => {
    if (!x || !st) return null;
    const spans = [st.speaker, st.cue, ...st.mentions];
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return { start, end: Math.min(end, start + 1200), text: x.document.text };
  }, [x, st]);
  const speaker = x && st ? (x.actors.find((a) => a.id === st.speaker.actorId)?.names[lang][0] ?? st.speaker.actorId) : '';
  const z = zone ?? x?.document.timeZone ?? 'UTC';
  return (
    <aside className="detail corpus-detail" aria-label={t.detail} aria-live="polite">
      <h2>{t.detail}</h2>
      <button type="button" className="link-button" onClick={onClose}>
        {t.close}
      </button>
      {error !== null && (
        <p className="notice notice-error" role="alert">
          {errorText(lang, error)}
        </p>
      )}
      {!x && error === null && <p className="muted">{t.detailLoading}</p>}
      {x && !st && <p className="notice notice-error">{t.notFound}</p>}
      {x && st && body && (
        <>
          <p>
            <bdi>{speaker}</bdi> — {m.stanceName[st.stance as keyof typeof m.stanceName] ?? st.stance} · {formatInterval(st.saidAt.interval, z, LOCALE[lang])}
          </p>
          <blockquote dir={x.document.lang === 'ar' ? 'rtl' : 'ltr'} lang={x.document.lang} data-start={body.start} data-end={body.end}>
            {body.text.slice(body.start, body.end)}
          </blockquote>
          <p className="muted">
            <bdi>{x.document.title}</bdi> · <bdi>{x.document.publisher}</bdi> · {x.document.published.value ?? '?'}
          </p>
          <a href={href(docId)}>{t.openDoc}</a>
        </>
      )}
    </aside>
  );
}
