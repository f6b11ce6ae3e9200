import type { Metadata } from 'next';
import { explorerPage, oembedMetadata } from './_lib/explorer-page';

// The corpus is read from the store on the server at request time; the view comes from the URL.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return oembedMetadata('/', await searchParams);
}

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  return explorerPage(await searchParams);
}
