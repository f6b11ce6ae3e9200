// The marks layer as SVG, for ordinary sizes: the same boxes, glyphs and labels the canvas draws, as elements
// a crawler, a print stylesheet and an SVG export can read.
import { path as d3path } from 'd3';
import { MODALITY_CODES, STANCE_CODES } from '@/lib/layout/corpus-scene';
import { GLYPH_R, LINK_ALL_BELOW, placeLabels } from '@/lib/layout/draw';
import { project } from '@/lib/layout/project';
import { type Geometry, MIN_BAND, type TimeWindow, markBox } from '@/lib/layout/geometry';
import { F_OWN_LINK, F_UNDATED, MARK_EVENT, type Scene } from '@/lib/layout/scene';
import { useId } from 'react';
import { EVENT_INK, LINK_INK, MODALITY_STYLE, STANCE_STYLE, type Shape, glyph, modalityFill, strokedShape } from '@/lib/layout/style';

const glyphPath = (shape: Shape, x: number, y: number) => {
  const p = d3path();
  glyph(p, shape, x, y, GLYPH_R);
  return p.toString();
};

type MarksProps = { scene: Scene; g: Geometry; win: TimeWindow; emphasis: Uint8Array | null; selected: number };

export function SvgMarks(p: MarksProps) {
  return <SvgMarksBody {...p} id={useId().replace(/:/g, '')} />;
}

/** The marks without hooks: `id` prefixes the clip paths (unique per page). The server-rendered embed uses it. */
export function SvgMarksBody({ scene: s, g, win, emphasis, selected, id }: MarksProps & { id: string }) {
  const p = project(s, g, win);
  const order = Array.from(p.idx.subarray(0, p.count));
  const labels = placeLabels(s, g, p);
  const datedShown = order.length - (s.n - s.dated);
  const links = datedShown < LINK_ALL_BELOW ? order : selected >= 0 ? [selected] : [];
  const clipX = Math.min(g.gutterX0, g.plotX0) - 2;
  const dated = order.filter((k) => !(s.flags[k]! & F_UNDATED));
  const undated = order.filter((k) => s.flags[k]! & F_UNDATED);
  const mark = (k: number) => <Mark key={k} s={s} g={g} win={win} k={k} opacity={emphasis && !emphasis[k] ? 0.15 : 1} />;
  return (
    <svg className="tl-marks" width={g.width} height={g.height} aria-hidden="true">
      <defs>
        <clipPath id={`${id}-all`}>
          <rect x={clipX} y={g.axisH} width={Math.max(g.gutterX1, g.plotX1) - clipX + 2} height={g.height - g.axisH} />
        </clipPath>
        <clipPath id={`${id}-plot`}>
          <rect x={g.plotX0 - 6} y={g.axisH} width={g.plotX1 - g.plotX0 + 12} height={g.height - g.axisH} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${id}-all)`}>
        {links.map((k) => {
          const t = s.link[k]!;
          if (t < 0) return null;
          const a = markBox(s, g, win, k);
          const b = markBox(s, g, win, t);
          const my = (a.y + b.y) / 2;
          return (
            <path
              key={`l${k}`}
              className="tl-link"
              d={`M${a.x},${a.y}C${a.x},${my} ${b.x},${my} ${b.x},${b.y}`}
              fill="none"
              stroke={LINK_INK}
              strokeWidth={1.25}
              strokeDasharray={s.flags[k]! & F_OWN_LINK ? undefined : '4 3'}
            />
          );
        })}
      </g>
      <g clipPath={`url(#${id}-plot)`}>
        {dated.map(mark)}
        {labels.map((l) => (
          <text key={`t${l.k}`} className="tl-label" x={l.x} y={l.y} dy="0.35em" textAnchor={l.align === 'left' ? 'start' : 'end'} opacity={emphasis && !emphasis[l.k] ? 0.3 : 1}>
            {s.label[l.k]}
          </text>
        ))}
      </g>
      <g>{undated.map(mark)}</g>
    </svg>
  );
}

function Mark({ s, g, win, k, opacity }: { s: Scene; g: Geometry; win: TimeWindow; k: number; opacity: number }) {
  const box = markBox(s, g, win, k);
  const h = g.rowH;
  if (s.kind[k] === MARK_EVENT) {
    const modality = MODALITY_CODES[s.style[k]!]!;
    const m = MODALITY_STYLE[modality];
    const band = !box.undated && box.x1 - box.x0 >= MIN_BAND;
    const half = Math.max(GLYPH_R, (box.x1 - box.x0) / 2);
    return (
      <g className="tl-mark tl-event" data-key={s.key[k]} opacity={opacity}>
        {box.open && <rect x={box.x0} y={box.y - 0.75} width={box.x1 - box.x0} height={1.5} fill={EVENT_INK} />}
        {band && !box.open ? (
          <rect x={box.x0} y={box.y - h * 0.32} width={box.x1 - box.x0} height={h * 0.64} fill={modalityFill(modality, true)} stroke={EVENT_INK} strokeWidth={1.5} strokeDasharray={m.dash ? '5 3' : undefined} />
        ) : (
          <path d={glyphPath('diamond', box.x, box.y)} fill={modalityFill(modality, false)} stroke={EVENT_INK} strokeWidth={1.5} />
        )}
        {m.strike && <line x1={box.x - half} y1={box.y + GLYPH_R} x2={box.x + half} y2={box.y - GLYPH_R} stroke={EVENT_INK} strokeWidth={1.5} />}
      </g>
    );
  }
  const stance = STANCE_STYLE[STANCE_CODES[s.style[k]!]!];
  return (
    <g className="tl-mark tl-statement" data-key={s.key[k]} opacity={opacity}>
      {box.open && <rect x={box.x0} y={box.y - 0.75} width={box.x1 - box.x0} height={1.5} fill={stance.color} opacity={0.9} />}
      {!box.open && !box.undated && box.x1 - box.x0 >= MIN_BAND && <rect x={box.x0} y={box.y - h * 0.2} width={box.x1 - box.x0} height={h * 0.4} fill={stance.color} opacity={0.28} />}
      {strokedShape(stance.shape) ? (
        <path d={glyphPath(stance.shape, box.x, box.y)} fill="none" stroke={stance.color} strokeWidth={2.25} />
      ) : (
        <path d={glyphPath(stance.shape, box.x, box.y)} fill={stance.color} />
      )}
    </g>
  );
}
