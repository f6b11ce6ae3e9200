// The JSON API through real HTTP against the started app, each app with a database of its own: extraction,
// documents kept and listed, metadata changes that re-extract, corrections and undo, deletion (and the embed
// that then says so); bad input answered with a JSON error and the field; fifty concurrent uploads; the token
// and the rate limit; a server killed mid-batch leaves a consistent database.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from './server';

const DOC = 'sputnik-ar-2021-12-29-putin-biden-call';
const SEED = readFileSync(`data/corpus/${DOC}.txt`, 'utf8');
// Constructed articles (not real reports), each different so each gets its own id.
const article = (i: number) => `قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس إن موسكو لا تعتزم العودة إلى الستار الحديدي. (${i})`;

let app: Awaited<ReturnType<typeof startApp>>;
beforeAll(async () => {
  app = await startApp({ DATELINE_RATE_LIMIT: '0' });
}, 300_000);
afterAll(() => app?.stop());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : body instanceof Uint8Array ? Buffer.from(body) : JSON.stringify(body) });
const errorOf = async (r: Response) => ((await r.json()) as { error: { code: string; message: string; field?: string } }).error;

describe('health and extraction', () => {
  it('says it is up and how much it keeps', async () => {
    const r = await fetch(`${app.url}/api/health`);
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ status: 'ok', documents: 1, engine: { name: 'dateline' } });
  });

  it('extracts without storing', async () => {
    const r = await post('/api/extract', { text: SEED, published: '2021-12-29', timeZone: 'Europe/Moscow', publisher: 'sputnik-arabic' });
    expect(r.status).toBe(200);
    const x = (await r.json()) as { statements: { speaker: { actorId: string } }[] };
    expect(x.statements.some((s) => s.speaker.actorId === 'dmitry-peskov')).toBe(true);
    expect(((await (await fetch(`${app.url}/api/documents`)).json()) as { total: number }).total).toBe(1);
  });

  it('answers bad input with a JSON error naming what is wrong', async () => {
    let r = await post('/api/extract', '{"text": "x",');
    expect([r.status, (await errorOf(r)).code]).toEqual([400, 'bad_json']);
    r = await post('/api/extract', { text: 'x', pubished: '2021-12-29' });
    expect(r.status).toBe(400);
    expect((await errorOf(r)).message).toMatch(/pubished/);
    r = await post('/api/extract', { text: SEED, published: '2021-02-30' });
    expect([r.status, (await errorOf(r)).field]).toEqual([400, 'published']);
    r = await post('/api/extract', { text: SEED, published: '29/12/2021' });
    expect([r.status, (await errorOf(r)).field]).toEqual([400, 'published']);
    r = await post('/api/extract', new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x7d]));
    expect([r.status, (await errorOf(r)).code]).toEqual([400, 'bad_encoding']);
    r = await post('/api/extract', { text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    expect([r.status, (await errorOf(r)).code]).toEqual([413, 'too_large']);
    r = await post('/api/extract', { text: '' });
    expect([r.status, (await errorOf(r)).field]).toEqual([400, 'text']);
    const body = await (await post('/api/extract', '[')).text();
    expect(body).not.toMatch(/at .*\.js:\d+/); // no stack trace
  });
});

describe('documents', () => {
  it('are stored, listed, re-extracted on a date change, corrected, undone and deleted', async () => {
    let r = await post('/api/documents', { text: article(0), title: 'Zakharova (constructed)', lang: 'ar', publisher: 'test-wire', published: '2021-12-29', timeZone: 'Europe/Moscow' });
    expect(r.status).toBe(201);
    const made = (await r.json()) as { id: string; document: { title: string }; extraction: { statements: { id: string; saidAt: { value: string } }[] } };
    expect(r.headers.get('location')).toBe(`/api/documents/${made.id}`);
    expect(made.document.title).toBe('Zakharova (constructed)');
    const sid = made.extraction.statements[0]!.id;
    expect(made.extraction.statements[0]!.saidAt.value).toBe('2021-12-28');

    const list = (await (await fetch(`${app.url}/api/documents?offset=1&limit=5`)).json()) as { documents: { id: string; statements: number }[]; total: number };
    expect(list.total).toBe(2);
    expect(list.documents).toEqual([expect.objectContaining({ id: made.id, statements: made.extraction.statements.length, publisher: 'test-wire', lang: 'ar' })]);
    expect((await fetch(`${app.url}/api/documents?limit=9999`)).status).toBe(400);

    // A new publication date: "yesterday" moves with it.
    r = await fetch(`${app.url}/api/documents/${made.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ published: '2022-01-10' }) });
    expect(r.status).toBe(200);
    type Got = { extraction: { statements: { id: string; saidAt: { value: string } }[] }; edits: { id: number; undoneAt: string | null }[] };
    expect(((await r.json()) as Got).extraction.statements[0]!.saidAt.value).toBe('2022-01-09');

    // A correction of the date it was said, kept as an edit, then undone.
    r = await post(`/api/documents/${made.id}/edits`, { op: 'statement.saidAt', target: sid, value: { value: '2022-01-07', interval: { start: '2022-01-06T21:00:00Z', end: '2022-01-07T21:00:00Z' } }, author: 'Lina' });
    expect(r.status).toBe(201);
    const edit = (await r.json()) as { id: number; author: string };
    expect(edit.author).toBe('Lina');
    let got = (await (await fetch(`${app.url}/api/documents/${made.id}`)).json()) as Got;
    expect(got.extraction.statements[0]!.saidAt.value).toBe('2022-01-07');
    expect(got.edits).toHaveLength(1);
    r = await post(`/api/documents/${made.id}/edits`, { op: 'statement.stance', target: sid, value: 'whisper', author: 'Lina' });
    expect([r.status, (await errorOf(r)).field]).toEqual([400, 'value']);
    r = await post(`/api/documents/${made.id}/edits`, { op: 'statement.stance', target: 'nope', value: 'deny', author: 'Lina' });
    expect([r.status, (await errorOf(r)).field]).toEqual([404, 'target']);
    r = await post(`/api/documents/${made.id}/edits/${edit.id}/undo`, {});
    expect(r.status).toBe(200);
    got = (await (await fetch(`${app.url}/api/documents/${made.id}`)).json()) as Got;
    expect(got.extraction.statements[0]!.saidAt.value).toBe('2022-01-09');
    expect(got.edits[0]!.undoneAt).not.toBeNull();
    expect((await post(`/api/documents/${made.id}/edits/${edit.id}/undo`, {})).status).toBe(409);

    // Deleted: gone from the API, and an embed of it says so.
    expect((await fetch(`${app.url}/api/documents/${made.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await fetch(`${app.url}/api/documents/${made.id}`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/documents/${made.id}`, { method: 'DELETE' })).status).toBe(404);
    const html = await (await fetch(`${app.url}/embed/timeline?docs=${made.id}`)).text();
    expect(html).toContain('is not kept here');
  });

  it('fifty concurrent uploads store fifty documents', async () => {
    const before = ((await (await fetch(`${app.url}/api/documents`)).json()) as { total: number }).total;
    const rs = await Promise.all(Array.from({ length: 50 }, (_, i) => post('/api/documents', { text: article(100 + i), lang: 'ar', published: '2021-12-29' })));
    expect(rs.map((r) => r.status)).toEqual(Array(50).fill(201));
    const after = ((await (await fetch(`${app.url}/api/documents?limit=500`)).json()) as { total: number; documents: unknown[] });
    expect(after.total).toBe(before + 50);
    expect(after.documents).toHaveLength(before + 50);
    // And the explorer shows them with the bundled article.
    const page = await (await fetch(`${app.url}/?lang=ar`)).text();
    expect(page).toContain('(149)');
  });
});

describe('token and rate limit', () => {
  it('writes need the token when one is set; reads stay open; a burst past the limit gets 429 with Retry-After', async () => {
    const guarded = await startApp({ DATELINE_TOKEN: 'sekret', DATELINE_RATE_LIMIT: '8' });
    try {
      const p = (headers: Record<string, string>, i: number) =>
        fetch(`${guarded.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ text: article(900 + i), published: '2021-12-29' }) });
      const denied = await p({}, 0);
      expect(denied.status).toBe(401);
      expect(denied.headers.get('www-authenticate')).toBe('Bearer');
      expect((await p({ authorization: 'Bearer wrong' }, 0)).status).toBe(401);
      expect((await fetch(`${guarded.url}/api/documents`)).status).toBe(200);
      const auth = { authorization: 'Bearer sekret' };
      const statuses = [];
      for (let i = 1; i <= 4; i++) statuses.push((await p(auth, i)).status);
      expect(statuses.slice(0, 2)).toEqual([201, 201]); // a burst of 8/4
      const limited = await p(auth, 5);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      guarded.stop();
    }
  });
});

describe('a server killed mid-batch', () => {
  it('leaves the database consistent, every committed document whole', async () => {
    const victim = await startApp({ DATELINE_RATE_LIMIT: '0' });
    const sent = Array.from({ length: 40 }, (_, i) =>
      fetch(`${victim.url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: article(500 + i), published: '2021-12-29' }) }).then(
        (r) => r.status,
        () => 0,
      ),
    );
    await new Promise((r) => setTimeout(r, 150));
    victim.kill();
    const statuses = await Promise.all(sent);
    await new Promise((r) => setTimeout(r, 300));
    const db = new Database(victim.db, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db.prepare('SELECT id, extraction FROM documents').all() as { id: string; extraction: string }[];
      // Every answered 201 is there; every row is a whole extraction of its own text.
      expect(rows.length).toBeGreaterThanOrEqual(1 + statuses.filter((s) => s === 201).length);
      for (const r of rows) expect((JSON.parse(r.extraction) as { document: { id: string } }).document.id).toBe(r.id);
    } finally {
      db.close();
      victim.stop();
    }
  });
});

describe('views answered by the server', () => {
  it('answers a view’s URL parameters with its statements, facet counts and days; a view it cannot read is a 400', async () => {
    const all = (await (await fetch(`${app.url}/api/statements?docs=${DOC}&limit=500`)).json()) as { total: number; statements: { key: string; stance: string }[]; facets: { stances: { value: string; count: number }[] }; days: unknown[] };
    const seed = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { stance: string }[] } };
    expect(all.total).toBe(seed.extraction.statements.length);
    expect(all.days.length).toBeGreaterThan(0);
    const denials = (await (await fetch(`${app.url}/api/statements?docs=${DOC}&stance=deny`)).json()) as typeof all;
    expect(denials.total).toBe(seed.extraction.statements.filter((s) => s.stance === 'deny').length);
    expect(denials.statements.every((s) => s.stance === 'deny')).toBe(true);
    // The stance facet counts every stance while denials are ticked: what ticking each would show.
    expect(denials.facets.stances.reduce((n, f) => n + f.count, 0)).toBe(all.total);
    const search = (await (await fetch(`${app.url}/api/statements?docs=${DOC}&q=${encodeURIComponent('زاخاروفا')}`)).json()) as typeof all;
    expect(search.total).toBeGreaterThan(0);
    const bad = await fetch(`${app.url}/api/statements?from=yesterday&to=2022-01-01`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).field).toBe('view');
    expect((await fetch(`${app.url}/api/statements?limit=100000`)).status).toBe(400);
  });

  it('searches statements and documents, Arabic matched loosely, best first', async () => {
    const r = (await (await fetch(`${app.url}/api/search?q=${encodeURIComponent('اكد بيسكوف')}`)).json()) as { statements: { speaker: string }[]; documents: { id: string }[] };
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements[0]!.speaker).toBe('dmitry-peskov');
    expect(r.documents.map((d) => d.id)).toContain(DOC);
    expect((await fetch(`${app.url}/api/search`)).status).toBe(400);
    // Control characters are no server error: they match nothing.
    expect((await fetch(`${app.url}/api/search?q=%00%00%00`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/statements?q=%00%01abc`)).status).toBe(200);
    expect((await fetch(`${app.url}/api/search`, { method: 'POST' })).status).toBe(405);
  });
});
