'use client';
// View controls: language, time zone, axis direction, zoom and fit, chart or table, export and embed.
import { useId, useSyncExternalStore } from 'react';
import { MESSAGES } from '@/lib/view/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import type { Corpus } from './model';
import { ShareMenu } from './ShareMenu';
import { useExplorer } from './store';

const viewerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const subscribeNever = () => () => {};

export function Toolbar({
  corpus: c,
  bundled = [],
  onFitAll,
  onFitSelection,
  onZoom,
}: {
  corpus: Corpus;
  bundled?: readonly string[];
  onFitAll: () => void;
  onFitSelection: () => void;
  onZoom: (factor: number) => void;
}) {
  const s = useExplorer((st) => st);
  const t = MESSAGES[s.lang];
  const zoneId = useId();
  // The viewer's zone is only known in the browser; the server renders without it.
  const mine = useSyncExternalStore(subscribeNever, viewerZone, () => null);
  const docZone = c.extractions[0]?.document.timeZone ?? 'UTC';
  const zones: [string, string][] = [
    ['', `${t.zoneDocument} (${docZone})`],
    ['UTC', 'UTC'],
    ['Europe/Moscow', `${t.zoneMoscow} (Europe/Moscow)`],
    ['America/New_York', `${t.zoneWashington} (America/New_York)`],
  ];
  if (mine) {
    const known = zones.findIndex(([z]) => z === mine);
    if (known >= 0) zones[known] = [mine, `${zones[known]![1]} · ${t.zoneViewer}`];
    else zones.push([mine, `${t.zoneViewer} (${mine})`]);
  }
  if (s.zone && !zones.some(([z]) => z === s.zone)) zones.push([s.zone, s.zone]);
  return (
    <div className="toolbar" role="toolbar" aria-label={t.filters}>
      <LanguageSwitch lang={s.lang} label={t.language} onChange={(lang) => s.set({ lang })} />
      <label htmlFor={zoneId}>{t.zone}</label>
      <select id={zoneId} value={s.zone ?? ''} onChange={(e) => s.set({ zone: e.target.value || null })}>
        {zones.map(([z, label]) => (
          <option key={z || 'doc'} value={z}>
            {label}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={s.rtl} onChange={(e) => s.set({ rtl: e.target.checked })} /> {t.axisRtl}
      </label>
      <div className="segmented" role="group">
        <button type="button" onClick={() => onZoom(1.25)} aria-label={t.zoomIn} disabled={s.view !== 'chart'}>
          +
        </button>
        <button type="button" onClick={() => onZoom(0.8)} aria-label={t.zoomOut} disabled={s.view !== 'chart'}>
          −
        </button>
        <button type="button" onClick={onFitAll} disabled={s.view !== 'chart'}>
          {t.fitAll}
        </button>
        <button type="button" onClick={onFitSelection} disabled={s.view !== 'chart' || !s.selected}>
          {t.fitSelection}
        </button>
      </div>
      <div className="segmented" role="group">
        <button type="button" aria-pressed={s.view === 'chart'} onClick={() => s.set({ view: 'chart' })}>
          {t.chart}
        </button>
        <button type="button" aria-pressed={s.view === 'table'} onClick={() => s.set({ view: 'table' })}>
          {t.table}
        </button>
        <button type="button" aria-pressed={s.view === 'compare'} onClick={() => s.set({ view: 'compare' })}>
          {t.compare}
        </button>
      </div>
      <ShareMenu corpus={c} bundled={bundled} />
    </div>
  );
}
