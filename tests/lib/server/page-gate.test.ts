// The pages' gate: which requests it guards, and that a database that does not answer closes it (the cluster
// browser test restarts a real PostgreSQL under two servers and sees the 503 page, then the explorer again).
import { describe, expect, it } from 'vitest';
import { UNAVAILABLE_PAGE, isPageRequest, pageGate } from '@/lib/server/page-gate';

describe('the gate before the explorer’s pages', () => {
  it('guards page views only: not the API, Next’s files, benchmarks, static files or writes', () => {
    expect(isPageRequest('GET', '/')).toBe(true);
    expect(isPageRequest('GET', '/compare?happening=x')).toBe(true);
    expect(isPageRequest('HEAD', '/embed/timeline?docs=a')).toBe(true);
    expect(isPageRequest('GET', '/api/health')).toBe(false);
    expect(isPageRequest('GET', '/_next/static/chunks/a.js')).toBe(false);
    expect(isPageRequest('GET', '/bench/timeline')).toBe(false);
    expect(isPageRequest('GET', '/icon.svg')).toBe(false);
    expect(isPageRequest('POST', '/')).toBe(false);
  });

  it('is open without PostgreSQL, and closed while the database does not answer', async () => {
    expect(pageGate(undefined)).toBeNull();
    const gate = pageGate('postgres://dateline@127.0.0.1:1/none', { timeoutMs: 500 })!;
    try {
      expect(await gate.up()).toBe(false);
    } finally {
      await gate.close();
    }
    // The page it shows: no script, says it retries, in the UI's three languages.
    expect(UNAVAILABLE_PAGE).not.toMatch(/<script/i);
    expect(UNAVAILABLE_PAGE).toMatch(/http-equiv="refresh"/);
    expect(UNAVAILABLE_PAGE).toMatch(/lang="ar" dir="rtl"/);
    expect(UNAVAILABLE_PAGE).toMatch(/lang="ru"/);
  });
});
