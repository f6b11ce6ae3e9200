// The corpus overview's chart: a lane per side (statements, at when they were said) and per event type (claims,
// at the time they give it). Above the mark budget each lane is a row of time bins shaded by their count (a
// click zooms into the bin); within it, each statement is a mark (a click selects it). The chart takes keys
// when focused: + and − zoom, ← and → pan, 0 fits; buttons do the same. Time flows left to right, or right to
// left when the view is mirrored; lane names stand on the UI language's starting side. No 'use client', no hooks
// and no stylesheet needed: the explorer draws it in the browser, images and still embeds render it on the
// server, so its colours and sizes are its own attributes.
import { scaleSymlog, scaleTime } from 'd3';
import type { KeyboardEvent } from 'react';
import { timeTicks } from '@/lib/layout/ticks';
import type { Overview } from '@/lib/query/overview';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { typeName } from '@/lib/view/event-names';
import { LOCALE, MESSAGES, pick, type UiLang } from '@/lib/view/i18n';

const LANE_H = 18;
const HEAD_H = 20;
const AXIS_H = 26;
/** Room for lane names: 180 px, less on a narrow screen (a third of the width). */
const labelWidth = (width: number) => Math.min(180, Math.max(90, Math.round(width / 3)));
/** Lanes drawn per group at most. */
export const MAX_LANES = 18;
const STANCE_INK: Record<string, string> = { confirm: '#1b7f3b', deny: '#b3261e' };

export type Window = { start: number; end: number };

/** A window `factor` times as wide around its centre (or around `at`). */
export function zoomWindow(w: Window, factor: number, at = (w.start + w.end) / 2): Window {
  const span = Math.max(60_000, (w.end - w.start) * factor);
  const f = (at - w.start) / (w.end - w.start);
  const start = Math.round(at - span * f);
  return { start, end: Math.round(start + span) };
}

export const panWindow = (w: Window, by: number): Window => {
  const d = Math.round((w.end - w.start) * by);
  return { start: w.start + d, end: w.end + d };
};

export function DensityChart({ o, lang, zone, mirrored, width, selected, onWindow, onFit, onSelect }: {
  o: Overview;
  zone: string;
  lang: UiLang;
  mirrored: boolean;
  width: number;
  selected: string | null;
  onWindow?: (w: Window) => void;
  onFit?: () => void;
  onSelect?: (key: string) => void;
}) {
  const t = CORPUS_MESSAGES[lang];
  const m = MESSAGES[lang];
  const rtlUi = lang === 'ar';
  const w = o.window;
  const labelW = labelWidth(width);
  const plotW = Math.max(120, width - labelW - 16);
  const x0 = rtlUi ? 8 : labelW;
  // No hooks: the chart is also rendered to static markup for images and light embeds.
  const x = w ? scaleTime().domain([w.start, w.end]).range(mirrored ? [x0 + plotW, x0] : [x0, x0 + plotW]) : null;
  // The busiest lanes (a filter by side or type shows any other); the rest are counted below the chart.
  const sides = o.lanes.map((l, i) => ({ l, i })).filter((v) => v.l.kind === 'side').slice(0, MAX_LANES);
  const types = o.lanes.map((l, i) => ({ l, i })).filter((v) => v.l.kind === 'type').slice(0, MAX_LANES);
  const hidden = o.lanes.length - sides.length - types.length;
  const ySide = (k: number) => HEAD_H + k * LANE_H;
  const yType = (k: number) => HEAD_H * 2 + sides.length * LANE_H + k * LANE_H;
  const height = HEAD_H * 2 + (sides.length + types.length) * LANE_H + AXIS_H;
  const max = Math.max(1, ...o.bins.counts.flat());
  // One scale for every lane, so shades compare across lanes; logarithmic-like, so a lane of tens shows beside
  // one of thousands.
  const shade = scaleSymlog().domain([0, max]).range([0.12, 1]);
  const laneY = new Map<string, number>();
  sides.forEach((v, k) => laneY.set(`side:${v.l.id}`, ySide(k)));
  types.forEach((v, k) => laneY.set(`type:${v.l.id}`, yType(k)));
  // A lane's name: an event type by its type (Russian names are the UI's), a side by its label.
  const laneName = (l: Overview['lanes'][number]) => (l.kind === 'type' ? typeName(l.id, l.label, lang) : pick(l.label, lang));
  const day = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: w && w.end - w.start < 3 * 86_400_000 ? '2-digit' : undefined, minute: w && w.end - w.start < 3 * 86_400_000 ? '2-digit' : undefined, timeZone: zone });
  // Ticks in the zone shown, labelled in the UI language (the timeline's own tick maker).
  const ticks = w ? timeTicks(w.start, w.end, zone, lang, Math.max(2, Math.floor(plotW / 110))) : [];
  const labelX = rtlUi ? width - 6 : 6;
  const anchor = 'start';

  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!w || !onWindow || !onFit) return;
    const step = mirrored ? -0.25 : 0.25;
    if (e.key === '+' || e.key === '=') onWindow(zoomWindow(w, 0.5));
    else if (e.key === '-' || e.key === '_') onWindow(zoomWindow(w, 2));
    else if (e.key === 'ArrowLeft') onWindow(panWindow(w, -step));
    else if (e.key === 'ArrowRight') onWindow(panWindow(w, step));
    else if (e.key === '0') onFit();
    else return;
    e.preventDefault();
  };

  return (
    <figure className="corpus-chart">
      <figcaption className="muted">{o.marks ? t.exact : t.density}</figcaption>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`${t.chartLabel}. ${t.keys}`}
        tabIndex={onWindow ? 0 : undefined}
        onKeyDown={onWindow ? onKey : undefined}
        xmlns="http://www.w3.org/2000/svg"
        data-mode={o.marks ? 'marks' : 'density'}
        style={{ direction: 'ltr' }}
      >
        <text x={labelX} y={HEAD_H - 6} className="corpus-head" fontSize={12} fontWeight={600} fill="#57606a" textAnchor={anchor} direction={rtlUi ? 'rtl' : 'ltr'}>
          {t.lanesSaid}
        </text>
        <text x={labelX} y={HEAD_H * 2 + sides.length * LANE_H - 6} className="corpus-head" fontSize={12} fontWeight={600} fill="#57606a" textAnchor={anchor} direction={rtlUi ? 'rtl' : 'ltr'}>
          {t.lanesClaimed}
        </text>
        {[...sides.map((v, k) => ({ ...v, y: ySide(k) })), ...types.map((v, k) => ({ ...v, y: yType(k) }))].map(({ l, i, y }) => (
          <g key={`${l.kind}:${l.id}`} data-lane={`${l.kind}:${l.id}`}>
            <rect x={x0} y={y} width={plotW} height={LANE_H - 2} className="corpus-lane" fill="#f3f5f8" />
            <text x={labelX} y={y + LANE_H - 5} className="tl-label" fontSize={11} fill="#24292f" textAnchor={anchor} direction={rtlUi ? 'rtl' : 'ltr'}>
              {short(laneName(l), Math.floor(labelW / 7))} ({l.count.toLocaleString(LOCALE[lang])})
            </text>
            {!o.marks && w && x &&
              o.bins.counts[i]!.map((n, b) => {
                if (!n) return null;
                const a = w.start + b * o.bins.width;
                const z = Math.min(w.end, a + o.bins.width);
                const left = Math.min(x(a), x(z));
                return (
                  <rect
                    key={b}
                    x={left}
                    y={y}
                    width={Math.max(1, Math.abs(x(z) - x(a)) - 0.5)}
                    height={LANE_H - 2}
                    fill="#2f5f98"
                    fillOpacity={shade(n)}
                    data-count={n}
                    className="density-bin"
                    onClick={onWindow && (() => onWindow(zoomWindow({ start: a, end: z }, 3)))}
                  >
                    <title>{t.binTitle(laneName(l), n, day.format(a), day.format(z))}</title>
                  </rect>
                );
              })}
          </g>
        ))}
        {o.marks && x &&
          o.marks.flatMap((mk) => {
            const out = [];
            const ys = laneY.get(`side:${mk.side}`);
            const stance = m.stanceName[mk.stance as keyof typeof m.stanceName] ?? mk.stance;
            const speaker = o.names[mk.speaker] ? pick(o.names[mk.speaker]!, lang) : mk.speaker;
            if (mk.said && ys !== undefined) {
              const cx = x((mk.said[0] + mk.said[1]) / 2);
              out.push(
                <circle
                  key={`s:${mk.key}`}
                  cx={cx}
                  cy={ys + (LANE_H - 2) / 2}
                  r={selected === mk.key ? 6 : 4}
                  fill={STANCE_INK[mk.stance] ?? '#2f5f98'}
                  stroke={selected === mk.key ? '#111' : '#fff'}
                  strokeWidth={selected === mk.key ? 2 : 1}
                  className="corpus-mark"
                  data-key={mk.key}
                  onClick={onSelect && (() => onSelect(mk.key))}
                >
                  <title>{t.markTitle(speaker, stance, mk.words)}</title>
                </circle>,
              );
            }
            const yt = mk.eventType ? laneY.get(`type:${mk.eventType}`) : undefined;
            if (mk.claim && yt !== undefined) {
              const cx = x((mk.claim[0] + mk.claim[1]) / 2);
              const cy = yt + (LANE_H - 2) / 2;
              out.push(
                <rect key={`c:${mk.key}`} x={cx - 3.5} y={cy - 3.5} width={7} height={7} transform={`rotate(45 ${cx} ${cy})`} fill="#6d4c9f" fillOpacity={0.75} className="corpus-claim" onClick={onSelect && (() => onSelect(mk.key))}>
                  <title>{t.markTitle(speaker, stance, mk.words)}</title>
                </rect>,
              );
            }
            return out;
          })}
        <g transform={`translate(0 ${height - AXIS_H + 4})`} className="tl-axis">
          {ticks.map((d) => (
            <g key={d.t} transform={`translate(${x!(d.t)} 0)`}>
              <line y1={0} y2={5} stroke="currentColor" />
              <text y={17} textAnchor="middle" fontSize={11}>
                {d.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
      {hidden > 0 && <p className="muted">{t.hiddenLanes(hidden)}</p>}
    </figure>
  );
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
