import { EmbedPage, type SearchParams, embedMetadata } from '../../page-shared';

export const dynamic = 'force-dynamic';
export const generateMetadata = ({ searchParams }: { searchParams: SearchParams }) => embedMetadata('graph', searchParams);

export default function EmbedTimelinePage({ searchParams }: { searchParams: SearchParams }) {
  return <EmbedPage chart="graph" searchParams={searchParams} />;
}
