// The embeds' frame (title, caption, sources, links) and the timeline embed as the server sends it: the same axis, lanes and marks as the explorer (Backdrop and
// SvgMarks, server-safe components), laid out at three widths and shown by the frame's own width (a media
// query: no script needed to fit a phone), the legend, and the statements as a list, which is the keyboard's
// and the screen reader's way in and what the island (public/embed-island.js) reads to show a selection.
import { Backdrop, GroupLabels } from '@/components/timeline/Backdrop';
import { Legend } from '@/components/timeline/Legend';
import { SvgMarksBody } from '@/components/timeline/SvgMarks';
import type { ReactNode } from 'react';
import type { EmbedOptions } from '@/lib/embed/protocol';
import { type TimeWindow, geometry } from '@/lib/layout/geometry';
import { F_UNDATED, type Scene } from '@/lib/layout/scene';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';
import type { Source } from '@/lib/view/rows';

/** Layout widths: each serves frames from its width up to the next one's (scaled by at most 4/3). */
export const LIGHT_WIDTHS = [360, 600, 960] as const;


/** The frame of every embed: title, the chart, caption, the attribution of every source, and links on (to the
 *  interactive chart when this one is still, and to the explorer). */
export function LightFrame(p: { lang: UiLang; options: EmbedOptions; sources: Source[]; explorerHref: string; liveHref?: string; children: ReactNode }) {
  const t = MESSAGES[p.lang];
  return (
    <div className={`embed embed-${p.options.theme}`} dir={p.lang === 'ar' ? 'rtl' : 'ltr'} lang={p.lang}>
      {p.options.title && (
        <h1 className="embed-title">
          <bdi>{p.options.title}</bdi>
        </h1>
      )}
      {p.children}
      {p.options.caption && (
        <p className="embed-caption">
          <bdi>{p.options.caption}</bdi>
        </p>
      )}
      {/* Every string a source or the embedding page gave is isolated: its direction, or an override it holds,
          stays inside it and never turns this line's own words and links around. */}
      <p className="embed-source">
        {p.options.source != null ? (
          <bdi>{p.options.source}</bdi>
        ) : (
          <>
            {p.sources.length > 0 && `${t.embedSources} `}
            {p.sources.map((d, i) => (
              <span key={d.id}>
                {i > 0 ? '; ' : ''}
                {d.url && /^https?:\/\//.test(d.url) ? (
                  <a href={d.url} target="_blank" rel="noopener noreferrer">
                    <bdi>{d.publisher}</bdi>
                  </a>
                ) : (
                  <bdi>{d.publisher}</bdi>
                )}
                {d.published ? ` (${d.published})` : ''}
              </span>
            ))}
          </>
        )}
        {p.liveHref && (
          <>
            {' · '}
            <a href={p.liveHref} className="lt-live">
              {t.embedZoom}
            </a>
          </>
        )}
        {' · '}
        <a href={p.explorerHref} target="_blank" rel="noopener">
          {t.embedOpen}
        </a>
      </p>
    </div>
  );
}

export function LightTimeline(p: {
  scene: Scene;
  window: TimeWindow;
  zone: string;
  lang: UiLang;
  timeRtl: boolean;
  collapsed: string[];
  describe: (k: number) => string;
  words: (k: number) => string;
  title: string;
  /** The view's selection (a mark key), shown selected when the embed opens. */
  selected?: string | null;
}) {
  const { scene, lang } = p;
  const t = MESSAGES[lang];
  const uiRtl = lang === 'ar';
  const marks = Array.from({ length: scene.n }, (_, k) => k).filter((k) => scene.key[k]);
  if (scene.n === 0) return <p className="empty">{t.nothingMatches}</p>;
  return (
    <>
      {LIGHT_WIDTHS.map((w) => {
        const g = geometry(scene, { width: w, collapsed: new Set(p.collapsed), uiRtl, timeRtl: p.timeRtl });
        return (
          <div key={w} className={`lt lt-${w}`} data-width={w} dir="ltr">
            <svg className="lt-svg" viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={p.title}>
              <Backdrop scene={scene} g={g} win={p.window} zone={p.zone} lang={lang} />
              <SvgMarksBody scene={scene} g={g} win={p.window} emphasis={null} selected={-1} id={`lt${w}`} />
              <GroupLabels scene={scene} g={g} lang={lang} />
            </svg>
          </div>
        );
      })}
      <Legend lang={lang} />
      <p className="lt-detail" id="lt-detail" aria-live="polite" hidden data-selected={p.selected && scene.key.includes(p.selected) ? p.selected : undefined} />
      <details className="lt-list">
        <summary>{t.embedList(marks.length)}</summary>
        <ol>
          {marks.map((k) => (
            <li key={k} data-undated={scene.flags[k]! & F_UNDATED ? '' : undefined}>
              <button type="button" className="lt-item" data-key={scene.key[k]}>
                {p.describe(k)}
              </button>
              {p.words(k) && (
                <q dir="auto" className="lt-words">
                  {p.words(k)}
                </q>
              )}
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
