// A timeline mark's row and words, outside React: the explorer's hooks and the server-rendered embed share them.
import { parseMarkKey } from '../layout/corpus-scene';
import type { Scene } from '../layout/scene';
import type { Extraction } from '../model/schema';
import type { ActorLookup } from '../layout/sides';
import { describeClaim, describeStatement } from './describe';
import type { UiLang } from './i18n';
import { rowKey, type StatementRow } from './rows';

export interface CorpusIndex {
  extractions: Extraction[];
  lookup: ActorLookup;
  rows: StatementRow[];
  byKey: Map<string, StatementRow>;
}

/** The row behind a mark key: a statement's own row, or the statement whose claim (or event) the mark is. */
export function rowOfKey(c: CorpusIndex, key: string | null): StatementRow | undefined {
  if (!key) return undefined;
  const direct = c.byKey.get(key);
  if (direct) return direct;
  const { docId, id, claimOf } = parseMarkKey(key);
  if (claimOf) return c.byKey.get(rowKey(docId, claimOf));
  return c.rows.find((r) => c.extractions[r.doc]?.document.id === docId && r.event?.id === id);
}

/** Words that say what mark k is: a statement, or the time a statement gives its event. */
export function describeMark(c: CorpusIndex, scene: Scene, zone: string, lang: UiLang): (k: number) => string {
  return (k) => {
    const key = scene.key[k]!;
    const r = rowOfKey(c, key);
    const x = r ? c.extractions[r.doc] : undefined;
    if (!r || !x) return scene.label[k] ?? key;
    return c.byKey.has(key) ? describeStatement(r, x, c.lookup, lang, zone) : describeClaim(r, x, c.lookup, lang, zone);
  };
}
