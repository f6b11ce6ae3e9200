import { EmbedPage, type SearchParams, embedMetadata } from '../../page-shared';

export const dynamic = 'force-dynamic';
export const generateMetadata = ({ searchParams }: { searchParams: SearchParams }) => embedMetadata('timeline', searchParams);

export default function EmbedTimelinePage({ searchParams }: { searchParams: SearchParams }) {
  return <EmbedPage chart="timeline" searchParams={searchParams} />;
}
