// The corpus overview's read routes (/api/overview, /api/statements), answered by a store as the server answers
// them: what a component test stubs fetch with, before each test, and puts back after it.
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
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

/** Before each test of the file: a fresh page whose fetch the store answers; after it, the page and fetch as they were. */
export function serveOverview(store: () => DocumentStore) {
  const serve = overviewRoutes(store);
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    vi.stubGlobal('fetch', vi.fn(serve));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
