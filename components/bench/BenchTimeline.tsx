'use client';
// The explorer's Timeline fed with the harness's synthetic events: same scene building, geometry, canvas
// layer, axis, labels and d3-zoom input path as the app; only the data source differs.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { MODALITY_CODES, STANCE_CODES } from '@/lib/layout/corpus-scene';
import { MARK_EVENT, MARK_STATEMENT, buildScene, type Lane, type MarkInput, type Scene } from '@/lib/layout/scene';
import type { TimeWindow } from '@/lib/layout/geometry';
import { Timeline, type TimelineHandle } from '@/components/timeline/Timeline';

interface BenchEvent {
  id: number;
  group: number;
  start: number;
  end: number | null;
  label: string;
}
interface BenchMeta {
  groups: { id: number; label: string }[];
  start: number;
  end: number;
}
interface BenchApi {
  name: string;
  version: string;
  libraryScripts: string[];
  target: string;
  wheelModifiers: { ctrlKey: boolean };
  ready: Promise<unknown>;
  load(events: BenchEvent[], meta: BenchMeta): Promise<void>;
  zoom(step: number): void;
  pan(dx: number): void;
  view(): TimeWindow;
}

export function sceneFromBench(events: BenchEvent[], meta: BenchMeta): Scene {
  const lanes: Lane[] = meta.groups.map((g) => ({ key: `g${g.id}`, label: { en: g.label, ar: g.label }, side: 'bench', depth: 0, rows: 1 }));
  const t0 = performance.now();
  const marks: MarkInput[] = events.map((e) =>
    e.end === null
      ? { key: String(e.id), lane: e.group, kind: MARK_STATEMENT, start: e.start, end: e.start, style: e.id % STANCE_CODES.length, label: e.label }
      : { key: String(e.id), lane: e.group, kind: MARK_EVENT, start: e.start, end: e.end, style: MODALITY_CODES.indexOf('occurred'), label: e.label },
  );
  performance.measure('dateline:marks', { start: t0, end: performance.now() });
  // Two stack rows per lane at 13 px: 20 lanes fit the protocol's plot of about 1200 × 600 px.
  return buildScene(lanes, [{ key: 'bench', label: { en: 'Groups', ar: 'المجموعات' }, lanes: lanes.map((_, i) => i) }], marks, 2);
}

export function BenchTimeline() {
  const [data, setData] = useState<{ scene: Scene; win: TimeWindow; rowH?: number } | null>(null);
  const handle = useRef<TimelineHandle>(null);
  useEffect(() => {
    const api: BenchApi = {
      name: 'dateline',
      version: '0.1.0',
      libraryScripts: ['/_next/static/'],
      target: '.tl-surface',
      // A plain wheel is left to the page; zooming takes Ctrl (as a trackpad pinch sends it).
      wheelModifiers: { ctrlKey: true },
      // The protocol's `ready` is for fonts: the lane labels are half Arabic, so the self-hosted Arabic face is
      // loaded before the data arrives rather than swapped in after the first frame.
      ready: Promise.all([document.fonts.load('12px "Noto Naskh Arabic"', 'فريق'), document.fonts.load('11px "Noto Naskh Arabic"', 'فريق')]).then(() => document.fonts.ready),
      async load(events, meta) {
        const t0 = performance.now();
        const scene = sceneFromBench(events, meta);
        performance.measure('dateline:scene', { start: t0, end: performance.now() });
        // ?rowH=N sets the row height (experiments on how canvas size weighs on raster time).
        const rowH = Number(new URLSearchParams(window.location.search).get('rowH')) || 13;
        flushSync(() => setData({ scene, win: { start: meta.start, end: meta.end }, rowH }));
      },
      zoom: (step) => handle.current?.zoomBy(1.25 ** step),
      pan: (dx) => handle.current?.panBy(dx),
      view: () => handle.current?.view() ?? { start: 0, end: 0 },
    };
    (window as unknown as { __bench: BenchApi }).__bench = api;
  }, []);
  return (
    <div style={{ width: 1200 }} id="app">
      {data ? (
        <Timeline
          scene={data.scene}
          window={data.win}
          onWindow={(win) => setData((d) => (d ? { ...d, win } : d))}
          selected={null}
          onSelect={() => {}}
          describe={(k) => data.scene.label[k] ?? ''}
          lang="en"
          zone="UTC"
          width={1200}
          rowH={data.rowH}
          renderer="canvas"
          handleRef={handle}
        />
      ) : (
        <p>waiting for data</p>
      )}
    </div>
  );
}
