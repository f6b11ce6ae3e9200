// The two embed routes share one server page: the view from the URL (as the explorer reads it), the bundled
// corpus, the embed's own options, and the oEmbed discovery link.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { EmbedChart } from '@/components/embed/EmbedChart';
import { ExplorerProvider } from '@/components/explorer/store';
import { embedOptions, embedSearch } from '@/lib/embed/protocol';
import { DensityChart } from '@/components/corpus/DensityChart';
import { FoldedGraphStill, densityCaption } from '@/components/embed/density-still';
import { corpusFor } from '@/lib/server/view-corpus';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { MESSAGES } from '@/lib/view/i18n';
import { requestOrigin } from '@/lib/server/origin';
import { decodeView, toSearchParams } from '@/lib/url/view-state';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function embedMetadata(chart: 'timeline' | 'graph', searchParams: SearchParams): Promise<Metadata> {
  const params = toSearchParams(await searchParams);
  const origin = requestOrigin(await headers());
  const self = `${origin}/embed/${chart}${params.size ? `?${params}` : ''}`;
  const title = embedOptions(params).title ?? `Dateline ${chart}`;
  return {
    title,
    robots: { index: false },
    alternates: { types: { 'application/json+oembed': `${origin}/api/oembed?format=json&url=${encodeURIComponent(self)}` } },
  };
}

export async function EmbedPage({ chart, searchParams }: { chart: 'timeline' | 'graph'; searchParams: SearchParams }) {
  const params = toSearchParams(await searchParams);
  const { state } = decodeView(params);
  const explorer = embedSearch(params);
  for (const k of ['theme', 'title', 'caption', 'source']) explorer.delete(k);
  const view = await corpusFor(state, undefined, chart === 'graph' ? ['chart', 'graph'] : ['chart']);
  if (view.kind === 'overview') {
    // Too large to draw mark by mark: the timeline as counts by lane and time, the graph folded to its busiest actors.
    const c = CORPUS_MESSAGES[state.lang];
    const href = `/${explorer.size ? `?${explorer}` : ''}`;
    return (
      <main className="embed-main" lang={state.lang} dir={state.lang === 'ar' ? 'rtl' : 'ltr'}>
        <div className="embed">
          {chart === 'timeline' ? (
            <>
              <p className="embed-caption">{densityCaption(view.overview, state.lang)}</p>
              <DensityChart o={view.overview} lang={state.lang} zone={state.zone ?? 'UTC'} mirrored={state.rtl} width={900} selected={null} />
            </>
          ) : (
            <FoldedGraphStill o={view.overview} lang={state.lang} title={embedOptions(params).title ?? 'Dateline graph'} fallback={c.embedNarrow(view.overview.documents)} widths={[960]} />
          )}
          <p className="embed-caption">
            <a href={href} target="_blank" rel="noopener">
              {MESSAGES[state.lang].embedOpen}
            </a>
          </p>
        </div>
      </main>
    );
  }
  return (
    <main className="embed-main">
      <ExplorerProvider init={{ view: state, extractions: view.extractions }}>
        <EmbedChart chart={chart} options={embedOptions(params)} explorerHref={`/${explorer.size ? `?${explorer}` : ''}`} />
      </ExplorerProvider>
    </main>
  );
}
