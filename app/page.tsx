import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Explorer } from '@/components/explorer/Explorer';
import { ExplorerProvider } from '@/components/explorer/store';
import { getStore } from '@/lib/server/store';
import { requestOrigin } from '@/lib/server/origin';
import { decodeView, toSearchParams } from '@/lib/url/view-state';
import { MESSAGES } from '@/lib/view/i18n';

// The corpus is read from data/ on the server at request time; the view comes from the URL.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The oEmbed discovery link: a CMS given this page's URL finds the embed of its view. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = toSearchParams(await searchParams);
  const origin = requestOrigin(await headers());
  const self = `${origin}/${params.size ? `?${params}` : ''}`;
  return { alternates: { types: { 'application/json+oembed': `${origin}/api/oembed?format=json&url=${encodeURIComponent(self)}` } } };
}

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  const { state, problems } = decodeView(toSearchParams(await searchParams));
  const extractions = getStore().extractions();
  const notices = problems.length ? [{ kind: 'error' as const, text: MESSAGES[state.lang].urlProblems, detail: problems.join('; ') }] : [];
  return (
    <main>
      <ExplorerProvider init={{ view: state, extractions, notices }}>
        <Explorer bundled={extractions.map((x) => x.document.id)} />
      </ExplorerProvider>
    </main>
  );
}
