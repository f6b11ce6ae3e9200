// One event, every source's claim on a shared time axis: a row per claim with its interval drawn at its true
// width (open sides run to the edge with an arrow), the consensus as a band across all rows, claims outside it
// hatched and marked as conflicting (not by colour alone), undated claims said as such. No hooks: the explorer,
// the still embed and the SVG export render the same markup. Each bar links to the words it was read from.
import type { Claim, EventGroup } from '@/lib/compare';
import { timeTicks } from '@/lib/layout/ticks';
import { groupDomain } from '@/lib/view/compare';
import { claimWhenIn } from '@/lib/view/compare-words';
import { eventName } from '@/lib/view/event-names';
import { formatInterval } from '@/lib/view/format';
import { LOCALE, MESSAGES, type UiLang } from '@/lib/view/i18n';

export interface CompareChartProps {
  group: EventGroup;
  lang: UiLang;
  /** The zone of the axis. */
  zone: string;
  width: number;
  /** A row's source in words ("Sputnik Arabic › Sputnik › Dmitry Peskov"). */
  sourceOf: (c: Claim) => string;
  /** Where a claim's words are shown highlighted; none for a still image. */
  hrefOf?: (c: Claim) => string;
  /** Right to left: labels on the right, time still flowing left to right (as the explorer's axis does unless mirrored). */
  rtl?: boolean;
  title?: string;
}

export const COMPARE_INK = { claim: '#1f5f8b', conflict: '#b3261e', consensus: '#2e7d32', axis: '#5f6368', text: '#202124' } as const;
const ROW = 30;
const AXIS = 34;
const LABEL_W = 0.36;

/** The chart's height for a group: the axis and a row per claim. */
export const compareChartHeight = (g: EventGroup) => AXIS + Math.max(g.claims.length, 1) * ROW + 10;

export function CompareChart({ group: g, lang, zone, width, sourceOf, hrefOf, rtl = false, title }: CompareChartProps) {
  const t = MESSAGES[lang];
  const locale = LOCALE[lang];
  const domain = groupDomain(g);
  const rows = [...g.claims].sort((a, b) => Number(!a.interval) - Number(!b.interval) || (a.interval?.start ?? '').localeCompare(b.interval?.start ?? ''));
  const inConsensus = new Set(g.consensus?.claims ?? []);
  const labelW = Math.round(width * LABEL_W);
  const plot0 = rtl ? 8 : labelW + 8;
  const plot1 = rtl ? width - labelW - 8 : width - 12;
  const height = compareChartHeight(g);
  const x = (ms: number) => (domain ? plot0 + ((ms - domain.start) / (domain.end - domain.start)) * (plot1 - plot0) : plot0);
  const ticks = domain ? timeTicks(domain.start, domain.end, zone, lang, Math.max(2, Math.floor((plot1 - plot0) / 90))) : [];
  const labelX = rtl ? width - 6 : 6;
  // About 6.5 px a character at 12 px: a label never runs under the bars.
  const maxChars = Math.max(8, Math.floor((labelW - 10) / 6.5));
  const anchor = rtl ? 'start' : 'start';
  const cons = g.consensus?.interval;
  const consX0 = cons && domain ? x(cons.start ? Date.parse(cons.start) : domain.start) : 0;
  const consX1 = cons && domain ? x(cons.end ? Date.parse(cons.end) : domain.end) : 0;
  const desc = cons ? `${t.cmpConsensusLabel}: ${formatInterval(cons, zone, locale)}` : '';
  return (
    <svg className="cmp-chart" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title ?? eventName(g, lang)} direction={rtl ? 'rtl' : 'ltr'} fontFamily="inherit" fontSize={12}>
      <title>{title ?? eventName(g, lang)}</title>
      {desc && <desc>{desc}</desc>}
      <defs>
        <pattern id={`cmp-hatch-${g.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill="#fff" />
          <line x1={0} y1={0} x2={0} y2={6} stroke={COMPARE_INK.conflict} strokeWidth={3} />
        </pattern>
      </defs>
      {/* Axis: ticks in the chosen zone. */}
      <g className="cmp-axis">
        <line x1={plot0} x2={plot1} y1={AXIS - 6} y2={AXIS - 6} stroke={COMPARE_INK.axis} />
        {ticks.map((t) => (
          <g key={t.t}>
            <line x1={x(t.t)} x2={x(t.t)} y1={AXIS - 10} y2={height - 8} stroke={COMPARE_INK.axis} strokeOpacity={t.major ? 0.35 : 0.15} />
            <text x={x(t.t)} y={AXIS - 14} textAnchor="middle" fill={COMPARE_INK.axis} fontWeight={t.major ? 600 : 400}>
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {cons && domain && (
        <rect className="cmp-consensus" x={consX0} y={AXIS - 6} width={Math.max(2, consX1 - consX0)} height={height - AXIS} fill={COMPARE_INK.consensus} fillOpacity={0.14} stroke={COMPARE_INK.consensus} strokeDasharray="4 3" />
      )}
      {rows.map((c, i) => {
        const y = AXIS + i * ROW + ROW / 2;
        // Outside the consensus is what is hatched and marked: a claim inside it may still conflict with one outside.
        const conflict = g.consensus !== null && c.interval !== null && !inConsensus.has(c);
        const ink = conflict ? COMPARE_INK.conflict : COMPARE_INK.claim;
        const when = claimWhenIn(c, lang);
        let bar = null;
        if (c.interval && domain) {
          const openStart = !c.interval.start;
          const openEnd = !c.interval.end;
          const x0 = openStart ? plot0 : x(Date.parse(c.interval.start!));
          const x1 = openEnd ? plot1 : x(Date.parse(c.interval.end!));
          const w = Math.max(3, x1 - x0);
          bar = (
            <g>
              <rect x={x0} y={y - 7} width={w} height={14} rx={2} fill={conflict ? `url(#cmp-hatch-${g.id.replace(/[^a-zA-Z0-9_-]/g, '_')})` : ink} fillOpacity={conflict ? 1 : 0.85} stroke={ink} />
              {openStart && <path d={`M${x0 + 8},${y - 6} L${x0},${y} L${x0 + 8},${y + 6}`} fill="none" stroke={ink} strokeWidth={1.5} />}
              {openEnd && <path d={`M${x1 - 8},${y - 6} L${x1},${y} L${x1 - 8},${y + 6}`} fill="none" stroke={ink} strokeWidth={1.5} />}
            </g>
          );
        } else {
          bar = (
            <text x={rtl ? plot1 : plot0} y={y + 4} fill={COMPARE_INK.axis} fontStyle="italic" textAnchor={rtl ? 'end' : 'start'}>
              {when}
            </text>
          );
        }
        const label = `${sourceOf(c)}${conflict ? ' ≠' : ''}`;
        const body = (
          <g className={`cmp-row${conflict ? ' conflict' : ''}`} data-claim={`${c.docId}/${c.statementId}`}>
            <title>{`${sourceOf(c)}: ${when}${c.reinterpreted ? ` ${t.cmpDayInSpeakerZone}` : ''}`}</title>
            <rect x={0} y={y - ROW / 2} width={width} height={ROW} fill="transparent" />
            <text x={labelX} y={y + 4} textAnchor={anchor} fill={COMPARE_INK.text}>
              {label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label}
            </text>
            {bar}
          </g>
        );
        return hrefOf ? (
          <a key={`${c.docId}/${c.statementId}/${i}`} href={hrefOf(c)}>
            {body}
          </a>
        ) : (
          <g key={`${c.docId}/${c.statementId}/${i}`}>{body}</g>
        );
      })}
    </svg>
  );
}
