// Embeds in other people's pages, against the started app: the framing headers of each kind of route, oEmbed,
// the chart in the server's HTML (readable without JavaScript, hostile text kept as text), and an embed in an
// iframe on a page of another origin, whose height follows the chart as the frame narrows to a phone's width
// and whose chart answers a click. Exports by URL come back as files.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startApp } from './server';

const DOC = 'sputnik-ar-2021-12-29-putin-biden-call';
let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let host: http.Server;
let hostUrl = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  // The page that embeds: another origin (another port), as a newspaper's page would be.
  host = http.createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><meta charset="utf-8"><title>host</title><body style="margin:0">
<div id="col" style="width:900px"><iframe id="f" src="${src.replace(/"/g, '&quot;')}" style="border:0;width:100%" data-dateline-embed></iframe></div>
<script src="${app.url}/embed.js"></script></body>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  host?.close();
  app?.stop();
});

describe('framing and policy headers', () => {
  it('embeds may be framed anywhere; the explorer and the API only by this origin', async () => {
    const embed = await fetch(`${app.url}/embed/timeline`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(embed.headers.get('x-frame-options')).toBeNull();
    // Server-rendered: its own stylesheet and script, nothing inline, so no nonce is needed.
    expect(embed.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
    const live = await fetch(`${app.url}/embed/timeline/live`);
    expect(live.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    expect(live.headers.get('content-security-policy')).toMatch(/'nonce-/);
    const page = await fetch(`${app.url}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'self'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Every script Next writes into the page carries this request's nonce.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
    const api = await fetch(`${app.url}/api/export?format=csv`);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('oEmbed', () => {
  const oembed = (q: string) => fetch(`${app.url}/api/oembed?${q}`);

  it('answers a rich embed for explorer and embed URLs, sized within maxwidth', async () => {
    const r = await oembed(`format=json&maxwidth=500&url=${encodeURIComponent(`${app.url}/?lang=ar&stance=deny&view=table`)}`);
    expect(r.status).toBe(200);
    const j = (await r.json()) as Record<string, unknown>;
    expect(j).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Dateline', width: 500 });
    expect(j.html).toMatch(new RegExp(`<iframe src="${app.url}/embed/timeline\\?lang=ar&amp;stance=deny"`));
    expect(j.html).toContain(`${app.url}/embed.js`);
    const g = (await (await oembed(`url=${encodeURIComponent(`${app.url}/embed/graph?title=${encodeURIComponent('<b>x</b>')}`)}`)).json()) as Record<string, string>;
    expect(g.html).toContain('/embed/graph?title=%3Cb%3Ex%3C%2Fb%3E');
    expect(g.html).toContain('title="&lt;b&gt;x&lt;/b&gt;"');
  });

  it('404 for other URLs, 501 for XML, 400 for a bad size', async () => {
    expect((await oembed(`url=${encodeURIComponent('https://example.com/')}`)).status).toBe(404);
    expect((await oembed(`url=${encodeURIComponent(`${app.url}/api/export`)}`)).status).toBe(404);
    expect((await oembed(`url=not a url`)).status).toBe(404);
    const xml = await oembed(`format=xml&url=${encodeURIComponent(`${app.url}/`)}`);
    expect(xml.status).toBe(501);
    expect(((await xml.json()) as { error: { code: string } }).error.code).toBe('format_not_implemented');
    expect((await oembed(`maxwidth=-3&url=${encodeURIComponent(`${app.url}/`)}`)).status).toBe(400);
  });

  it('is discoverable from the embed pages and the explorer, and the link answers', async () => {
    for (const path of ['/embed/timeline?lang=en', '/embed/graph', '/?stance=deny']) {
      const html = await (await fetch(`${app.url}${path}`)).text();
      const m = /<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/.exec(html);
      expect(m, path).not.toBeNull();
      const href = m![1]!.replace(/&amp;/g, '&');
      expect(href.startsWith(`${app.url}/api/oembed?format=json&url=`)).toBe(true);
      const r = await fetch(href);
      expect(r.status, path).toBe(200);
      expect(((await r.json()) as { type: string }).type).toBe('rich');
    }
  });
});

describe('the embed page', () => {
  it('is a chart in the HTML itself, with its lines as text, and no inline script', async () => {
    const title = '<script>alert(1)</script> Putin–Biden';
    const html = await (await fetch(`${app.url}/embed/timeline?title=${encodeURIComponent(title)}&source=${encodeURIComponent('Sputnik & co')}`)).text();
    expect(html).toMatch(/<svg class="tl-marks"/);
    expect(html).toContain(`data-key="${DOC}/s69-69"`);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Putin–Biden');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Sputnik &amp; co');
    // One script, from this origin, small; the chart needs none of it to be read.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toEqual(['<script src="/embed-island.js" defer>']);
  });

  it('in an iframe on another origin: the height follows the chart, down to a 320 px column, and a click selects', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const src = `${app.url}/embed/timeline?title=${encodeURIComponent('The call')}`;
    await page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('#f');
    await frame.locator('.lt-svg:visible').waitFor();
    const inner = () => page.frames().find((f) => f.url().startsWith(`${app.url}/embed/`))!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const outer = () => page.locator('#f').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await outer()) - (await inner()))).toBeLessThanOrEqual(1);
    expect(await outer()).toBeGreaterThan(200); // more than the 150 px an iframe starts with
    const wide = await outer();

    await page.locator('#col').evaluate((c: HTMLElement) => (c.style.width = '320px'));
    await expect.poll(async () => Math.abs((await outer()) - (await inner()))).toBeLessThanOrEqual(1);
    expect(await outer()).not.toBe(wide);
    // Nothing wider than the frame: no sideways scrolling inside a phone's column.
    const overflow = await page.frames().find((f) => f.url().startsWith(`${app.url}/embed/`))!.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // The 320 px layout is the one shown now; a click on Zakharova's denial selects it and says her words.
    expect(await frame.locator('.lt-svg:visible').evaluate((svg) => svg.closest('.lt')!.getAttribute('data-width'))).toBe('360');
    const mark = frame.locator(`.lt-svg:visible .tl-statement[data-key="${DOC}/s1324-1333"]`);
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => frame.locator('.lt-svg:visible .tl-mark.is-selected').getAttribute('data-key')).toBe(`${DOC}/s1324-1333`);
    expect(await frame.locator('#lt-detail').textContent()).toContain('زاخاروفا');
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.locator('.lt-svg:visible .tl-mark.is-selected').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the graph embed', () => {
  it('is laid out and drawn by the server, and a node click lights its links and names them', async () => {
    const res = await fetch(`${app.url}/embed/graph?lang=ar`);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors \*/);
    const html = await res.text();
    expect(html).toContain('data-id="actor:dmitry-peskov"');
    expect(html).toContain('دميتري بيسكوف'); // the Arabic label, as text
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.url}/embed/graph`, { waitUntil: 'networkidle' });
    await page.locator('.lt-svg:visible .graph-node[data-id="actor:dmitry-peskov"]').click();
    // Peskov speaks for the presidency, through Sputnik, and confirms the call: three links.
    await expect.poll(() => page.locator('.lt-svg:visible .graph-edge.is-lit').count()).toBe(3);
    const detail = await page.locator('#lt-detail').textContent();
    expect(detail).toMatch(/Dmitry Peskov speaks through Sputnik/);
    expect(await page.locator('.lt-svg:visible .graph-node[data-id="actor:dmitry-peskov"].is-selected').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the view\'s selection', () => {
  it('is selected when the embed opens: a statement on the timeline, a node in the graph', async () => {
    const seed = (await (await fetch(`${app.url}/api/documents/${DOC}`)).json()) as { extraction: { statements: { id: string; speaker: { actorId: string } }[] } };
    const st = seed.extraction.statements.find((s) => s.speaker.actorId === 'maria-zakharova')!;
    const key = `${DOC}/${st.id}`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.url}/embed/timeline?sel=${encodeURIComponent(key)}`, { waitUntil: 'networkidle' });
    expect(await page.locator(`.lt-svg:visible .tl-mark.is-selected[data-key="${key}"]`).count()).toBe(1);
    expect(await page.locator('#lt-detail').isVisible()).toBe(true);
    expect(await page.locator('#lt-detail').textContent()).toMatch(/Maria Zakharova/);
    await page.goto(`${app.url}/embed/graph?node=${encodeURIComponent('actor:dmitry-peskov')}`, { waitUntil: 'networkidle' });
    expect(await page.locator('.lt-svg:visible .graph-node[data-id="actor:dmitry-peskov"].is-selected').count()).toBe(1);
    // A selection the view does not show is left alone.
    await page.goto(`${app.url}/embed/graph?node=${encodeURIComponent('actor:nobody')}`, { waitUntil: 'networkidle' });
    expect(await page.locator('.lt-svg .is-selected').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('image exports from the explorer', () => {
  it('downloads the timeline as a PNG at twice the SVG size, drawn from the SVG with its Arabic font', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${app.url}/?lang=ar`, { waitUntil: 'networkidle' });
    await page.locator('.share-menu summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /صورة الخط الزمني \(PNG/ }).click()]);
    expect(download.suggestedFilename()).toBe('dateline-timeline.png');
    const buf = await new Promise<Buffer>((resolve, reject) => {
      download.createReadStream().then((s) => {
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('end', () => resolve(Buffer.concat(chunks)));
        s.on('error', reject);
      }, reject);
    });
    expect([...buf.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20; the SVG is 960 wide.
    expect(buf.readUInt32BE(16)).toBe(1920);
    const svg = await (await fetch(`${app.url}/api/export?format=svg&chart=timeline&lang=ar`)).text();
    const h = Number(/height="(\d+)"/.exec(svg)![1]);
    expect(buf.readUInt32BE(20)).toBe(2 * h);
    await page.close();
  });
});

describe('TimelineJS', () => {
  it('loads the export as is: a slide per dated statement and claimed time, after the title', async () => {
    const data = await (await fetch(`${app.url}/api/export?format=timelinejs&lang=ar`)).text();
    const dist = 'node_modules/@knight-lab/timelinejs/dist';
    const files: Record<string, [string, string | Buffer]> = {
      '/timeline.js': ['text/javascript', readFileSync(`${dist}/js/timeline.js`)],
      '/timeline.css': ['text/css', readFileSync(`${dist}/css/timeline.css`)],
      '/data.json': ['application/json', data],
      '/': ['text/html', `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/timeline.css"><div id="tl" style="width:900px;height:600px"></div>
<script src="/timeline.js"></script><script>fetch('/data.json').then((r) => r.json()).then((d) => { const t = new TL.Timeline('tl', d); t.on('loaded', () => (window.loaded = true)); });</script>`],
    };
    const srv = http.createServer((req, res) => {
      const f = files[req.url ?? '/'] ?? ['text/plain', ''];
      res.setHeader('content-type', f[0]);
      res.end(f[1]);
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(srv.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as unknown as { loaded?: boolean }).loaded === true, null, { timeout: 20_000 });
    const events = (JSON.parse(data) as { events: unknown[] }).events.length;
    expect(await page.locator('.tl-slide').count()).toBe(events + 1);
    expect(await page.locator('.tl-headline').first().textContent()).toContain('بوتين');
    expect(errors).toEqual([]);
    await page.close();
    srv.close();
  });
});

describe('exports by URL', () => {
  it('answers files with their type and name, and JSON errors', async () => {
    const csv = await fetch(`${app.url}/api/export?format=csv&lang=ar`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    // One document in the corpus: the file is named after it.
    expect(csv.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${DOC}\\.csv"`));
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const tml = await fetch(`${app.url}/api/export?format=timeml&docs=${DOC}`);
    expect(tml.headers.get('content-disposition')).toContain(`filename="${DOC}.tml"`);
    const svg = await fetch(`${app.url}/api/export?format=svg&chart=graph`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(svg.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; frame-ancestors 'self'");
    expect((await fetch(`${app.url}/api/export?format=svg&chart=pie`)).status).toBe(400);
    const bad = await fetch(`${app.url}/api/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: { code: 'unknown_format', message: expect.stringContaining('docx'), field: 'format' } });
  });
});
