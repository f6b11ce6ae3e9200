// What a view needs from the corpus, bounded: the extractions of its documents when they are few enough to read
// whole (the corpus itself when small; the documents the URL names; the documents the view's filters, search
// and window select), else the server's overview of it (counts by lane and time, lib/query/overview). The
// explorer page, the embeds, the chart images and the exports all ask here, so none of them reads a large
// corpus whole.
import type { Extraction } from '../model/schema';
import type { Overview, OverviewPart } from '../query/overview';
import { queryOfView } from '../query/query';
import type { ViewState } from '../url/view-state';
import { getStore } from '../storage/index';

/** Above this many kept documents a view is answered from the index: DATELINE_WHOLE_MAX, default 150. */
export const wholeMax = () => Math.max(1, Number(process.env.DATELINE_WHOLE_MAX) || 150);
/** The most documents a data export reads: DATELINE_EXPORT_MAX, default 2,000. */
export const exportMax = () => Math.max(1, Number(process.env.DATELINE_EXPORT_MAX) || 2000);

export type ViewCorpus = { kind: 'whole'; extractions: Extraction[]; kept: number } | { kind: 'overview'; overview: Overview; kept: number };

/** A view's corpus: whole when few enough documents, else its overview (`parts`: the chart, and the folded graph
 *  for a graph's still). */
export async function corpusFor(state: ViewState, limit = wholeMax(), parts: readonly OverviewPart[] = ['chart']): Promise<ViewCorpus> {
  const store = getStore();
  const kept = await store.count();
  if (kept <= limit) return { kind: 'whole', extractions: await store.extractions(), kept };
  // Documents named in the URL: those (an unknown one is left out, and the caller says so).
  if (state.docs.length && state.docs.length <= limit) return { kind: 'whole', extractions: await store.extractionsOf(state.docs), kept };
  const overview = await store.overview({ ...queryOfView(state), docList: limit, markBudget: 0, parts });
  if (overview.docIds) return { kind: 'whole', extractions: await store.extractionsOf(overview.docIds), kept };
  return { kind: 'overview', overview, kept };
}
