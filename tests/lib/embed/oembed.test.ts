// oEmbed answers for the compare view: /compare, the explorer on its compare tab and /embed/compare all embed as
// /embed/compare with the same view (the tab parameter left out), and other paths stay not ours.
import { describe, expect, it } from 'vitest';
import { oembedFor } from '@/lib/embed/oembed';

const ORIGIN = 'http://dateline.test';
const ask = (url: string) => oembedFor(new URLSearchParams({ format: 'json', url }), ORIGIN);

describe('oEmbed of the compare view', () => {
  it('answers /compare, /?view=compare and /embed/compare with the compare embed of the same view', () => {
    for (const path of ['/compare?group=d%2Fe30&lang=ar', '/?view=compare&group=d%2Fe30&lang=ar', '/embed/compare?group=d%2Fe30&lang=ar']) {
      const r = ask(`${ORIGIN}${path}`);
      expect(r.ok, path).toBe(true);
      if (!r.ok) continue;
      expect(r.body.html).toContain(`src="${ORIGIN}/embed/compare?group=d%2Fe30&amp;lang=ar"`);
      expect(r.body.title).toBe('Dateline: compared sources');
      expect([r.body.width, r.body.height]).toEqual([800, 640]);
    }
  });

  it('keeps the explorer’s other tabs as the timeline, and refuses what is not ours', () => {
    const r = ask(`${ORIGIN}/?view=table`);
    expect(r.ok && r.body.html).toContain(`${ORIGIN}/embed/timeline"`);
    expect(ask(`${ORIGIN}/comparex`)).toMatchObject({ ok: false, status: 404 });
  });
});
