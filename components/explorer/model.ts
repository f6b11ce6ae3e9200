'use client';
// Derived data for the explorer, memoised on the store fields it depends on: rows for the table and filters,
// the scene for the timeline, and the words for each mark.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { laneOrder, parseMarkKey, sceneFromRows } from '@/lib/layout/corpus-scene';
import type { Scene } from '@/lib/layout/scene';
import { describeClaim, describeStatement } from '@/lib/view/describe';
import { actorLookup, filterRows, rowKey, statementRows, type RowFilter, type StatementRow } from '@/lib/view/rows';
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
  return zone ?? c.extractions[0]?.document.timeZone ?? 'UTC';
}

/** The row behind a mark key: a statement's own row, or the statement whose claim (or event) the mark is. */
export function rowOfKey(c: Corpus, key: string | null): StatementRow | undefined {
  if (!key) return undefined;
  const direct = c.byKey.get(key);
  if (direct) return direct;
  const { docId, id, claimOf } = parseMarkKey(key);
  if (claimOf) return c.byKey.get(rowKey(docId, claimOf));
  return c.rows.find((r) => c.extractions[r.doc]?.document.id === docId && r.event?.id === id);
}

export function useScene(c: Corpus, shown: StatementRow[]): Scene {
  const lang = useExplorer((s) => s.lang);
  return useMemo(() => sceneFromRows(c.order, shown, c.extractions, c.lookup, lang), [c, shown, lang]);
}

export function useDescribe(c: Corpus, scene: Scene, zone: string) {
  const lang = useExplorer((s) => s.lang);
  return useMemo(
    () => (k: number) => {
      const key = scene.key[k]!;
      const r = rowOfKey(c, key);
      const x = r ? c.extractions[r.doc] : undefined;
      if (!r || !x) return scene.label[k] ?? key;
      return c.byKey.has(key) ? describeStatement(r, x, c.lookup, lang, zone) : describeClaim(r, x, c.lookup, lang, zone);
    },
    [c, scene, zone, lang],
  );
}
