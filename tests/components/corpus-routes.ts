// The corpus overview's read routes (/api/overview, /api/statements), answered by a store as the server answers
// them: what a component test stubs fetch with.
import type { OverviewPart } from '@/lib/query/overview';
import { queryOfView } from '@/lib/query/query';
import type { DocumentStore } from '@/lib/storage/contract';
import { decodeView } from '@/lib/url/view-state';

export function overviewRoutes(store: () => DocumentStore) {
  return async (input: RequestInfo | URL): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const { state } = decodeView(url.searchParams);
    if (url.pathname === '/api/overview') {
      const parts = (url.searchParams.get('parts') ?? 'chart,graph,happenings').split(',') as OverviewPart[];
      return Response.json(await store().overview({ ...queryOfView(state), parts }));
    }
    if (url.pathname === '/api/statements') return Response.json(await store().statements({ ...queryOfView(state), limit: Number(url.searchParams.get('limit')), offset: Number(url.searchParams.get('offset')), sort: 'said' }));
    return new Response('not found', { status: 404 });
  };
}
