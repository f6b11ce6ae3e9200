// The two embed routes share one server page: the view from the URL (as the explorer reads it), the bundled
// corpus, the embed's own options, and the oEmbed discovery link.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { EmbedChart } from '@/components/embed/EmbedChart';
import { ExplorerProvider } from '@/components/explorer/store';
import { embedOptions, embedSearch } from '@/lib/embed/protocol';
import { getStore } from '@/lib/server/store';
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
  return (
    <main className="embed-main">
      <ExplorerProvider init={{ view: state, extractions: await getStore().extractions() }}>
        <EmbedChart chart={chart} options={embedOptions(params)} explorerHref={`/${explorer.size ? `?${explorer}` : ''}`} />
      </ExplorerProvider>
    </main>
  );
}
