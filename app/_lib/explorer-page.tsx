import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Explorer } from '@/components/explorer/Explorer';
import { requestOrigin } from '@/lib/server/origin';
import { ExplorerProvider } from '@/components/explorer/store';
import { getStore } from '@/lib/storage';
import { wholeMax } from '@/lib/server/view-corpus';
import { CorpusExplorer } from '@/components/corpus/CorpusExplorer';
import { queryOfView } from '@/lib/query/query';
import { type ViewState, decodeView, encodeView, toSearchParams } from '@/lib/url/view-state';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { MESSAGES } from '@/lib/view/i18n';
import { SPARSE_MIN, type SparseText, sparseOf } from '@/lib/view/sparse';

/** The explorer with the view its URL gives; `view` opens another tab when the URL names none (/compare). */
export async function explorerPage(params: Record<string, string | string[] | undefined>, view?: ViewState['view']) {
  const { state, problems } = decodeView(toSearchParams(params));
  if (view && params.view === undefined) state.view = view;
  const store = getStore();
  const kept = await store.count();
  const max = wholeMax();
  // A corpus too large to send whole is answered view by view (lib/query/overview); a view naming few enough
  // documents opens them whole.
  const subset = kept > max && state.docs.length > 0 && state.docs.length <= max;
  if (kept > max && !subset) {
    const initial = await store.overview({ ...queryOfView(state), bins: 80 });
    return (
      <main>
        <CorpusExplorer initial={initial} view={state} wholeMax={max} />
      </main>
    );
  }
  const extractions = subset ? await store.extractionsOf(state.docs) : await store.extractions();
  // A long text goes sparse: the spans every view reads, the rest fetched when the document is opened.
  const sparse: Record<string, SparseText> = {};
  const sent = extractions.map((x) => {
    if (x.document.text.length <= SPARSE_MIN) return x;
    sparse[x.document.id] = sparseOf(x);
    return { ...x, document: { ...x.document, text: '' } };
  });
  const t = MESSAGES[state.lang];
  const notices = problems.length ? [{ kind: 'error' as const, text: t.urlProblems, detail: problems.join('; ') }] : [];
  return (
    <main>
      {subset && (
        <p className="notice notice-info corpus-subset">
          {CORPUS_MESSAGES[state.lang].subset(extractions.length, kept)}{' '}
          <a href={`/?${encodeView({ ...state, docs: [], selected: null, view: state.view === 'compare' ? 'chart' : state.view })}`}>{CORPUS_MESSAGES[state.lang].backToOverview}</a>
        </p>
      )}
      <ExplorerProvider init={{ view: state, extractions: sent, sparse, notices }}>
        <Explorer bundled={extractions.map((x) => x.document.id)} />
      </ExplorerProvider>
    </main>
  );
}

/** The oEmbed discovery link: a CMS given this page's URL finds the embed of its view. */
export async function oembedMetadata(path: string, params: Record<string, string | string[] | undefined>): Promise<Metadata> {
  const search = toSearchParams(params);
  const origin = requestOrigin(await headers());
  const self = `${origin}${path}${search.size ? `?${search}` : ''}`;
  return { alternates: { types: { 'application/json+oembed': `${origin}/api/oembed?format=json&url=${encodeURIComponent(self)}` } } };
}
