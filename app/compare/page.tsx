import type { Metadata } from 'next';
import { explorerPage, oembedMetadata } from '../_lib/explorer-page';
import { MESSAGES } from '@/lib/view/i18n';

// Compare sources: the explorer opened on its compare tab (the same page, filters and URL).
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: `${MESSAGES.en.compare} — Dateline`, ...(await oembedMetadata('/compare', await searchParams)) };
}

export default async function Compare({ searchParams }: { searchParams: SearchParams }) {
  return explorerPage(await searchParams, 'compare');
}
