'use client';
// Derived data for the explorer, memoised on the store fields it depends on: rows for the table and filters,
// the scene for the timeline, and the words for each mark.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { laneOrder, sceneFromRows } from '@/lib/layout/corpus-scene';
import type { Scene } from '@/lib/layout/scene';
import { describeMark, rowOfKey } from '@/lib/view/marks';
import { actorLookup, filterRows, statementRows, type RowFilter, type StatementRow } from '@/lib/view/rows';

export { rowOfKey };
import { useExplorer } from './store';

export function useCorpus() {
  const extractions = useExplorer((s) => s.extractions);
  return useMemo(() => {
    const lookup = actorLookup(extractions);
    const rows = statementRows(extractions, lookup);
    return { extractions, lookup, rows, order: laneOrder(rows, lookup), byKey: new Map(rows.map((r) => [r.key, r])) };
  }, [extractions]);
}

export type Corpus = ReturnType<typeof useCorpus>;

/** The filter part of the view, one object that changes only when a filter does. */
export function useRowFilter(): RowFilter {
  return useExplorer(useShallow((s) => ({ docs: s.docs, actors: s.actors, sides: s.sides, stances: s.stances, eventTypes: s.eventTypes, channels: s.channels, q: s.q })));
}

export function useShownRows(c: Corpus): StatementRow[] {
  const f = useRowFilter();
  return useMemo(() => filterRows(c.rows, c.extractions, f), [c, f]);
}

/** The zone times are shown in: the chosen one, else the first shown document's, else UTC. */
export function useZone(c: Corpus): string {
  const zone = useExplorer((s) => s.zone);
  const docs = useExplorer((s) => s.docs);
  // The first document the view shows, not the first kept (a Documents filter hides the others).
  const first = docs.length ? c.extractions.find((x) => docs.includes(x.document.id)) : c.extractions[0];
  return zone ?? first?.document.timeZone ?? 'UTC';
}

export function useScene(c: Corpus, shown: StatementRow[]): Scene {
  const lang = useExplorer((s) => s.lang);
  return useMemo(() => sceneFromRows(c.order, shown, c.extractions, c.lookup, lang), [c, shown, lang]);
}

export function useDescribe(c: Corpus, scene: Scene, zone: string) {
  const lang = useExplorer((s) => s.lang);
  return useMemo(() => describeMark(c, scene, zone, lang), [c, scene, zone, lang]);
}
