// The graph's legend: a shape per node kind, a line per link kind. Server-safe (the embed renders it too).
import { NODE_STYLE } from '@/lib/layout/graph-scene';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';

export function GraphLegend({ lang }: { lang: UiLang }) {
  const t = MESSAGES[lang];
  return (
    <ul className="graph-legend" aria-label={t.legend}>
      {(Object.keys(NODE_STYLE) as (keyof typeof NODE_STYLE)[]).map((k) => (
        <li key={k} data-shape={NODE_STYLE[k].shape}>
          <span
            className={`legend-shape shape-${NODE_STYLE[k].shape}`}
            style={{ color: NODE_STYLE[k].color }}
            aria-hidden="true"
          />
          {t.nodeKind[k]}
        </li>
      ))}
      {(['affiliation', 'channel', 'reporting', 'participation'] as const).map((k) => (
        <li key={k}>
          <span className={`legend-line line-${k}`} aria-hidden="true" />
          {t.edgeKind[k]}
        </li>
      ))}
    </ul>
  );
}
