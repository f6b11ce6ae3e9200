'use client';
// A chart alone, for other people's pages: the timeline or the actor graph of the view the URL describes, its
// title, caption and source lines, and a link back to the explorer. Rendered on the server first (the SVG is
// readable without JavaScript), then interactive. It tells the page around it its height (see
// lib/embed/protocol.ts and public/embed.js).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildGraph } from '@/lib/graph/build';
import { type EmbedOptions, HEIGHT_MESSAGE, type HeightMessage } from '@/lib/embed/protocol';
import { MESSAGES } from '@/lib/view/i18n';
import { sourcesOf } from '@/lib/view/rows';
import { GraphView } from '@/components/graph/GraphView';
import { Legend } from '@/components/timeline/Legend';
import { Timeline } from '@/components/timeline/Timeline';
import { LightFrame } from './LightTimeline';
import { useCorpus, useDescribe, useScene, useShownRows, useZone } from '@/components/explorer/model';
import { useExplorer } from '@/components/explorer/store';

export function EmbedChart({ chart, options, explorerHref }: { chart: 'timeline' | 'graph'; options: EmbedOptions; explorerHref: string }) {
  const corpus = useCorpus();
  const shown = useShownRows(corpus);
  const scene = useScene(corpus, shown);
  const zone = useZone(corpus);
  const describe = useDescribe(corpus, scene, zone);
  const s = useExplorer(
    useShallow((st) => ({ lang: st.lang, window: st.window, setWindow: st.setWindow, selected: st.selected, select: st.select, rtl: st.rtl, collapsed: st.collapsed, toggle: st.toggle, node: st.node, selectNode: st.selectNode })),
  );
  const t = MESSAGES[s.lang];
  const uiRtl = s.lang === 'ar';
  const graph = useMemo(() => {
    const keys = new Set(shown.map((r) => r.key));
    return buildGraph(corpus.extractions, { keep: (k) => keys.has(k) });
  }, [corpus, shown]);

  // The graph needs a width in pixels: the frame's, measured (a first guess on the server).
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(640);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(Math.max(280, Math.floor(el.clientWidth))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // The page around tells its iframe's height from this message.
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const msg: HeightMessage = { type: HEIGHT_MESSAGE, height, href: window.location.href };
      window.parent.postMessage(msg, '*');
    };
    post();
    const ro = new ResizeObserver(post);
    ro.observe(document.documentElement);
    return () => ro.disconnect();
  }, []);

  // Attribution: every source shown, with its publisher, date and address.
  const sources = useMemo(() => sourcesOf(shown, corpus.extractions, corpus.lookup, s.lang), [corpus, shown, s.lang]);

  return (
    <div ref={box}>
      <LightFrame lang={s.lang} options={options} sources={sources} explorerHref={explorerHref}>
        {shown.length === 0 ? (
          <p className="empty">{corpus.rows.length ? t.nothingMatches : t.emptyCorpus}</p>
        ) : chart === 'timeline' ? (
          <>
            <Timeline
              scene={scene}
              window={s.window}
              onWindow={s.setWindow}
              onFitAll={() => s.setWindow(null)}
              selected={s.selected}
              onSelect={s.select}
              describe={describe}
              lang={s.lang}
              zone={zone}
              timeRtl={s.rtl}
              uiRtl={uiRtl}
              collapsed={s.collapsed}
              onToggleGroup={(key) => s.toggle('collapsed', key)}
            />
            <Legend lang={s.lang} />
          </>
        ) : (
          <GraphView graph={graph} lang={s.lang} selected={s.node} onSelect={s.selectNode} width={width} height={Math.round(Math.min(480, Math.max(280, width * 0.66)))} />
        )}
      </LightFrame>
    </div>
  );
}
