import type { Metadata } from 'next';
import { explorerPage } from '../_lib/explorer-page';
import { MESSAGES } from '@/lib/view/i18n';

// Compare sources: the explorer opened on its compare tab (the same page, filters and URL).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: `${MESSAGES.en.compare} — Dateline` };

export default async function Compare({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return explorerPage(await searchParams, 'compare');
}
