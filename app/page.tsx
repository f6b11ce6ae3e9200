import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { explorerPage } from './_lib/explorer-page';
import { requestOrigin } from '@/lib/server/origin';
import { toSearchParams } from '@/lib/url/view-state';

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
  return explorerPage(await searchParams);
}
