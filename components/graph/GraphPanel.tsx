'use client';
// The explorer's actor graph: the drawing (or its adjacency list, the accessible twin), a panel for the
// selected node or edge, playback through time, and exports. It reads and writes the explorer's one store:
// filters shape the graph, the time window decides which links are active, and a selection here selects the
// statements behind it on the timeline and in the text.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { toGEXF, toGraphJSON, toGraphML } from '@/lib/export/graph';
import type { Graph, GraphEdge, GraphNode } from '@/lib/graph/build';
import { actorProfile, adjacency, playStops, type Active } from '@/lib/graph/query';
import type { Extraction } from '@/lib/model/schema';
import { LOCALE, MESSAGES, isoDate, pick, type UiLang } from '@/lib/view/i18n';
import { formatDay, formatInterval, formatSaid } from '@/lib/view/format';
import { roleName } from '@/lib/view/roles';
import { useExplorer } from '@/components/explorer/store';
import { GraphLegend } from './GraphLegend';
import { GraphView, type GraphHandle } from './GraphView';

/** How long playback dwells on each stop. */
export const PLAY_STEP_MS = 900;

const labelOf = (n: GraphNode | undefined, lang: UiLang, fallback = '') =>
  n ? pick(n.label, lang) : fallback;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function GraphPanel({
  graph,
  extractions,
  shown,
  active,
  lit,
  extent,
  zone,
}: {
  graph: Graph;
  extractions: Extraction[];
  /** The statements the view's filters show: the actor panel counts these. */
  shown?: ReadonlySet<string>;
  active: Active | null;
  lit: { edges: Set<string>; nodes: Set<string> } | null;
  extent: { start: number; end: number } | null;
  /** The zone the explorer shows days in: the panel's days are the table's. */
  zone: string;
}) {
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.graph);
  const node = useExplorer((s) => s.node);
  const set = useExplorer((s) => s.set);
  const selectNode = useExplorer((s) => s.selectNode);
  const window_ = useExplorer((s) => s.window);
  const setWindow = useExplorer((s) => s.setWindow);
  const t = MESSAGES[lang];
  const handle = useRef<GraphHandle>(null);
  const wrap = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(720);
  // Measured before the first paint, so the graph never starts wider than its column (on a phone a wider
  // page would be zoomed out to fit).
  useLayoutEffect(() => {
    const el = wrap.current;
    if (el && el.clientWidth > 0) setWidth(Math.max(280, Math.floor(el.clientWidth)));
  }, [mode]);
  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(Math.max(280, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, [mode]);

  // Playback steps through the times links were made (playStops: never an empty window), the timeline
  // following; the time shown is said beside the graph. At the end the view returns to the window it had
  // before; a pause keeps the step, and Stop returns at once. On a wide screen the graph is docked in a corner
  // while it plays, so the timeline and the graph are on screen together.
  const stops = useMemo(() => (extent ? playStops(graph, extent) : []), [graph, extent]);
  const [playing, setPlaying] = useState(false);
  const [at, setAt] = useState<{ i: number; w: { start: number; end: number } } | null>(null);
  const step = useRef(0);
  const before = useRef<{ saved: boolean; window: typeof window_ }>({ saved: false, window: null });
  const latestWindow = useRef(window_);
  latestWindow.current = window_;
  const [docked, setDocked] = useState(false);
  const stop = useCallback(() => {
    setPlaying(false);
    setAt(null);
    step.current = 0;
    if (before.current.saved) setWindow(before.current.window);
    before.current = { saved: false, window: null };
  }, [setWindow]);
  useEffect(() => {
    if (!playing || !stops.length) return;
    if (!before.current.saved) before.current = { saved: true, window: latestWindow.current };
    const tick = () => {
      if (step.current >= stops.length) return stop();
      const i = step.current++;
      setWindow(stops[i]!);
      setAt({ i, w: stops[i]! });
    };
    tick();
    const id = setInterval(tick, PLAY_STEP_MS);
    return () => clearInterval(id);
  }, [playing, stops, setWindow, stop]);
  // Docked only where there is room beside the timeline; on a phone the graph comes into view instead.
  useEffect(() => {
    if (!playing) return setDocked(false);
    const wide = typeof window.matchMedia === 'function' && window.matchMedia('(min-width: 901px) and (min-height: 600px)').matches;
    setDocked(wide);
    if (wide) document.querySelector('.timeline')?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    else wrap.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [playing]);

  // Links said in time (statements between actors), not affiliations, which hold at every time.
  const timedLinks = useMemo(() => graph.edges.filter((e) => e.kind !== 'affiliation' && e.kind !== 'participation'), [graph]);
  // On a phone the panel sits under the graph: a tap that opens it brings it into view.
  const body = useRef<HTMLDivElement>(null);
  const pick = useCallback(
    (id: string | null) => {
      selectNode(id);
      if (!id || typeof window.matchMedia !== 'function' || !window.matchMedia('(max-width: 900px)').matches) return;
      requestAnimationFrame(() => body.current?.querySelector('.node-panel')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' }));
    },
    [selectNode],
  );
  const activeCount = active ? timedLinks.filter((e) => active.edges.has(e.id)).length : timedLinks.length;
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const positions = () => handle.current?.positions();

  if (mode === 'off') {
    return (
      <section className="graph-panel" aria-label={t.graph}>
        <header className="graph-bar">
          <h2>{t.graph}</h2>
          <ModeSwitch />
        </header>
      </section>
    );
  }
  return (
    <section className={`graph-panel${docked ? ' docked' : ''}`} aria-label={t.graph}>
      <header className="graph-bar">
        <h2>{t.graph}</h2>
        <ModeSwitch />
        <button type="button" onClick={() => setPlaying((p) => !p)} disabled={!stops.length} aria-pressed={playing}>
          {playing ? t.pause : t.play}
        </button>

        {mode === 'graph' && (
          <button type="button" onClick={() => handle.current?.unpinAll()}>
            {t.resetPins}
          </button>
        )}
        <span className="graph-export">
          {t.exportAs}:{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => download('dateline-graph.gexf', 'application/gexf+xml', toGEXF(graph))}
          >
            GEXF
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => download('dateline-graph.graphml', 'application/graphml+xml', toGraphML(graph))}
          >
            GraphML
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              download('dateline-graph.json', 'application/json', toGraphJSON(graph, positions()))
            }
          >
            JSON
          </button>
        </span>
      </header>
      <p className="muted" aria-live="polite">
        {active ? t.graphWindow(activeCount, timedLinks.length) : null}
      </p>
      <div className="graph-body" ref={body}>
        <div ref={wrap} className="graph-main">
          {at && (
            <p className="play-at">
              <time dateTime={new Date(at.w.start).toISOString()}>{formatInterval({ start: new Date(at.w.start).toISOString(), end: new Date(at.w.end).toISOString() }, zone, LOCALE[lang])}</time>{' '}
              <span className="muted">{t.playStep(at.i + 1, stops.length)}</span>{' '}
              {docked && (
                <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
                  {playing ? t.pause : t.play}
                </button>
              )}{' '}
              <button type="button" onClick={stop}>
                {t.stopPlay}
              </button>
            </p>
          )}
          {graph.nodes.length === 0 ? (
            <p className="empty">{t.graphEmpty}</p>
          ) : mode === 'list' ? (
            <AdjacencyList graph={graph} active={active} lang={lang} selected={node} onSelect={pick} />
          ) : (
            <>
              <GraphView
                graph={graph}
                lang={lang}
                selected={node}
                onSelect={pick}
                lit={lit}
                active={active}
                width={width}
                height={docked ? 300 : 440}
                handleRef={handle}
              />
              <p className="muted graph-help">{t.graphHelp}</p>
              <GraphLegend lang={lang} />
            </>
          )}
        </div>
        <NodePanel
          graph={graph}
          extractions={extractions}
          shown={shown}
          id={node}
          byId={byId}
          lang={lang}
          zone={zone}
          onSelect={selectNode}
          onClose={() => set({ node: null })}
        />
      </div>
    </section>
  );
}

function ModeSwitch() {
  const lang = useExplorer((s) => s.lang);
  const mode = useExplorer((s) => s.graph);
  const set = useExplorer((s) => s.set);
  const t = MESSAGES[lang];
  return (
    <span role="group" aria-label={t.graph} className="segmented">
      {(['graph', 'list', 'off'] as const).map((m) => (
        <button key={m} type="button" aria-pressed={mode === m} onClick={() => set({ graph: m })}>
          {m === 'graph' ? t.graphView : m === 'list' ? t.graphList : t.graphOff}
        </button>
      ))}
    </span>
  );
}

function relationWord(e: GraphEdge, lang: UiLang) {
  const t = MESSAGES[lang];
  return e.kind === 'statement'
    ? (t.stanceName[e.label as keyof typeof t.stanceName] ?? e.label)
    : (t.relation[e.label] ?? e.label);
}

/** The accessible twin: every node with its links, as nested lists of buttons. */
export function AdjacencyList({
  graph,
  active,
  lang,
  selected,
  onSelect,
}: {
  graph: Graph;
  active: Active | null;
  lang: UiLang;
  selected: string | null;
  onSelect: (id: string | null) => void;
}) {
  const t = MESSAGES[lang];
  const adj = useMemo(() => adjacency(graph), [graph]);
  const nodes = graph.nodes.filter((n) => !active || active.nodes.has(n.id));
  return (
    <ul className="adjacency" aria-label={t.graphLabel}>
      {nodes.map((n) => (
        <li key={n.id}>
          <button
            type="button"
            className="link-button"
            aria-pressed={selected === n.id}
            onClick={() => onSelect(selected === n.id ? null : n.id)}
          >
            <bdi>{labelOf(n, lang)}</bdi>
          </button>{' '}
          <span className="muted">({t.nodeKind[n.kind]})</span>
          <ul>
            {(adj.get(n.id) ?? [])
              .filter((a) => !active || active.edges.has(a.edge.id))
              .map((a) => (
                <li key={`${a.edge.id}-${a.dir}`}>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={selected === a.edge.id}
                    onClick={() => onSelect(selected === a.edge.id ? null : a.edge.id)}
                  >
                    {a.dir === 'out' ? (
                      <>
                        {relationWord(a.edge, lang)} <bdi>{labelOf(a.node, lang)}</bdi>
                      </>
                    ) : (
                      <>
                        ← <bdi>{labelOf(a.node, lang)}</bdi> {relationWord(a.edge, lang)}
                      </>
                    )}
                    {a.edge.count > 1 ? ` ×${a.edge.count}` : ''}
                  </button>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** What is known of the selected node or edge: an actor's profile, an event's or document's links. */
function NodePanel({
  graph,
  extractions,
  shown,
  id,
  byId,
  lang,
  zone,
  onSelect,
  onClose,
}: {
  graph: Graph;
  extractions: Extraction[];
  /** The statements the view's filters show (keys "doc/statement"); undefined: all. */
  shown?: ReadonlySet<string>;
  id: string | null;
  byId: Map<string, GraphNode>;
  lang: UiLang;
  zone: string;
  onSelect: (id: string | null) => void;
  onClose: () => void;
}) {
  const t = MESSAGES[lang];
  // With nothing selected the panel keeps its place (on a wide screen), so that opening it does not narrow the
  // graph under the pointer: a double-click's first click would otherwise move the node the second one aims at.
  const empty = (
    <div className="node-panel empty">
      <p className="muted">{t.nodePanelHint}</p>
    </div>
  );
  if (!id) return empty;
  const edge = graph.edges.find((e) => e.id === id);
  const node = byId.get(id);
  if (!edge && !node) return empty;
  const close = (
    <button type="button" className="link-button" onClick={onClose}>
      {t.close}
    </button>
  );
  if (edge) {
    return (
      <aside className="node-panel" aria-label={t.graph} aria-live="polite">
        <header>
          <h3>
            {t.edgeLine(
              labelOf(byId.get(edge.source), lang, edge.source),
              relationWord(edge, lang),
              labelOf(byId.get(edge.target), lang, edge.target),
              edge.count,
            )}
          </h3>
          {close}
        </header>
        <p>{t.selectedStatements(edge.statements.length)}</p>
        {edge.from !== undefined && (
          <p className="muted">
            {/* The end is exclusive: a statement said on one day is that day, not "that day – the next". */}
            {t.saidAt}: {edge.to !== undefined && edge.to > edge.from ? formatInterval({ start: new Date(edge.from).toISOString(), end: new Date(edge.to).toISOString() }, zone, LOCALE[lang]) : formatDay(edge.from, zone, lang)}
          </p>
        )}
      </aside>
    );
  }
  const n = node!;
  const heading = (
    <header>
      <h3>
        <bdi>{labelOf(n, lang)}</bdi> <span className="muted">({t.nodeKind[n.kind]})</span>
      </h3>
      {close}
    </header>
  );
  if (n.kind === 'event' || n.kind === 'document') {
    const adj = adjacency(graph).get(n.id) ?? [];
    return (
      <aside className="node-panel" aria-label={t.graph} aria-live="polite">
        {heading}
        {n.title && <p dir="auto">{n.title}</p>}
        <h4>{t.neighbours}</h4>
        <ul>
          {adj.map((a) => (
            <li key={`${a.edge.id}-${a.dir}`}>
              <button type="button" className="link-button" onClick={() => onSelect(a.node.id)}>
                <bdi>{labelOf(a.node, lang)}</bdi>
              </button>{' '}
              {relationWord(a.edge, lang)}
            </li>
          ))}
        </ul>
      </aside>
    );
  }
  const p = actorProfile(graph, extractions, n.id, shown ? (k) => shown.has(k) : undefined);
  const names = p.actor?.names;
  const list = (label: string, nodes: GraphNode[]) =>
    nodes.length > 0 && (
      <>
        <h4>{label}</h4>
        <ul>
          {nodes.map((m) => (
            <li key={m.id}>
              <button type="button" className="link-button" onClick={() => onSelect(m.id)}>
                <bdi>{labelOf(m, lang)}</bdi>
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <aside className="node-panel" aria-label={t.graph} aria-live="polite">
      {heading}
      {names && (
        <>
          <h4>{t.names}</h4>
          <ul className="names">
            {(['en', 'ar', 'ru'] as const).map((l) =>
              names[l]?.length ? (
                <li key={l} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
                  {names[l].join(' · ')}
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
      {p.actor && p.actor.roles.length > 0 && (
        <>
          <h4>{t.roles}</h4>
          <ul>
            {p.actor.roles.map((r, i) => (
              <li key={i}>
                {roleName(r.title, lang)}
                {r.of && (
                  <>
                    {' '}
                    — <bdi>{labelOf(byId.get(`actor:${r.of}`), lang, r.of)}</bdi>
                  </>
                )}
                {r.from ? ` (${t.since(r.from)}` : ''}
                {r.to ? `${r.from ? ', ' : ' ('}${t.until(r.to)})` : r.from ? ')' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t.saidWhat}</h4>
      {p.said.length === 0 ? (
        <p className="muted">{t.nothingSaid}</p>
      ) : (
        <ul>
          {p.said.map((s) => (
            <li key={s.key}>
              {formatSaid(s.when.saidAt, s.when.published, zone, lang)} —{' '}
              {t.stanceName[s.stance]}{' '}
              {s.event && (
                <button type="button" className="link-button" onClick={() => onSelect(s.event)}>
                  <bdi>{labelOf(byId.get(s.event), lang)}</bdi>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {list(t.speaksForLabel, p.speaksFor)}
      {list(t.spokenForBy, p.spokenForBy)}
      {list(t.partOfLabel, p.partOf)}
      {p.reportedIn.length > 0 && (
        <>
          <h4>{t.reportedBy}</h4>
          <ul>
            {p.reportedIn.map((d) => (
              <li key={d.documentId}>
                <bdi>{labelOf(byId.get(`actor:${d.publisher}`), lang, d.publisher)}</bdi>
                {t.comma} {d.published ? isoDate(d.published) : '?'}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t.measures}</h4>
      <p>
        {t.degree(p.degree)}
        {/* The language's own separator and digits: "·" beside an Arabic-Indic digit reads as a zero. */}
        {Object.entries(p.byStance).map(([k, v]) => `${lang === 'ar' ? '، ' : ' · '}${t.stanceName[k as keyof typeof t.stanceName]} ${t.count(v)}`)}
      </p>
    </aside>
  );
}
