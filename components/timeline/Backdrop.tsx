// What sits behind the marks: the time axis (ticks in the chosen zone and language), lane labels indented
// under whom they speak for, group headers, grid lines and the gutter for undated marks.
import { memo } from 'react';
import type { Geometry, TimeWindow } from '@/lib/layout/geometry';
import { xAt } from '@/lib/layout/geometry';
import type { Scene } from '@/lib/layout/scene';
import { timeTicks } from '@/lib/layout/ticks';
import { MESSAGES, pick, type UiLang } from '@/lib/view/i18n';

/**
 * Behind the marks: the time axis (redrawn as the window moves) under the lanes (drawn again only when the
 * lanes change). Apart, a zoom frame repaints a few tick lines, not every lane label.
 */
export function Backdrop({ scene, g, win, zone, lang }: { scene: Scene; g: Geometry; win: TimeWindow; zone: string; lang: UiLang }) {
  return (
    <>
      <TimeAxis g={g} win={win} zone={zone} lang={lang} />
      <Lanes scene={scene} g={g} lang={lang} />
    </>
  );
}

function TimeAxis({ g, win, zone, lang }: { g: Geometry; win: TimeWindow; zone: string; lang: UiLang }) {
  const ticks = timeTicks(win.start, win.end, zone, lang, Math.max(2, Math.floor((g.plotX1 - g.plotX0) / 110)));
  return (
    <svg className="tl-back tl-axis" width={g.width} height={g.height} aria-hidden="true">
      {ticks.map((tick) => {
        const x = xAt(g, win, tick.t);
        return (
          <g key={tick.t} className={tick.major ? 'tl-tick major' : 'tl-tick'}>
            <line x1={x} x2={x} y1={g.axisH - 6} y2={g.height} />
            <text x={x} y={g.axisH - 9} textAnchor="middle" direction={lang === 'ar' ? 'rtl' : 'ltr'}>
              {tick.label}
            </text>
          </g>
        );
      })}
      <text x={g.timeRtl ? g.plotX0 : g.plotX1} y={10} textAnchor={g.timeRtl ? 'start' : 'end'} className="tl-zone">
        {zone}
      </text>
    </svg>
  );
}

const Lanes = memo(function Lanes({ scene: s, g, lang }: { scene: Scene; g: Geometry; lang: UiLang }) {
  const t = MESSAGES[lang];
  const labelStart = g.uiRtl ? g.labelX1 - 8 : g.labelX0 + 8;
  const anchor = g.uiRtl ? 'end' : 'start';
  const indent = (depth: number) => (g.uiRtl ? -1 : 1) * Math.min(depth, 3) * 12;
  return (
    <svg className="tl-back" width={g.width} height={g.height} aria-hidden="true">
      <rect x={g.gutterX0} y={g.axisH} width={g.gutterX1 - g.gutterX0} height={g.height - g.axisH} className="tl-gutter" />
      <text x={(g.gutterX0 + g.gutterX1) / 2} y={g.axisH - 10} textAnchor="middle" className="tl-gutter-label">
        {t.undated}
      </text>
      {s.groups.map((grp, gi) => (
        <g key={grp.key}>
          <rect x={0} y={g.groupTop[gi]!} width={g.width} height={g.groupH} className="tl-group" />
          {grp.lanes.map((l) => {
            const lane = s.lanes[l]!;
            const top = g.laneTop[l]!;
            if (g.laneCollapsed[l]) return null;
            return (
              <g key={lane.key} className="tl-lane">
                <line x1={0} x2={g.width} y1={top + g.laneRows[l]! * g.rowH} y2={top + g.laneRows[l]! * g.rowH} />
                <text x={labelStart + indent(lane.depth)} y={top + g.rowH / 2} dy="0.35em" textAnchor={anchor} lang={lang}>
                  {pick(lane.label, lang)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
});

/**
 * The side groups' names as SVG text, for drawings without the interactive toggles (the still embed, the
 * image export): where the explorer puts its fold buttons, on the label side.
 */
export function GroupLabels({ scene, g, lang }: { scene: Scene; g: Geometry; lang: UiLang }) {
  if (!g.groupTop.length) return null;
  const rtl = lang === 'ar';
  return (
    <svg className="tl-back" width={g.width} height={g.height} aria-hidden="true">
      {scene.groups.map((grp, gi) => (
        <text key={grp.key} className="lt-group-label" x={g.uiRtl ? g.width - 8 : 8} y={g.groupTop[gi]! + g.groupH / 2} dy="0.35em" textAnchor={g.uiRtl === rtl ? 'start' : 'end'} direction={rtl ? 'rtl' : 'ltr'} lang={lang}>
          {pick(grp.label, lang)}
        </text>
      ))}
    </svg>
  );
}
