// npm run ingest: a folder of articles into a fresh database, with metadata beside them; one bad file is
// reported with its reason and the others are kept; an Extraction file is kept as it is.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { SqliteStore } from '@/lib/server/store';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = path.join(dir, 'db.sqlite');
const run = (...args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATELINE_DB: db } });

// Constructed articles, not real reports.
const A = 'قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس إن موسكو لا تعتزم العودة إلى الستار الحديدي.';
const B = 'أكد المتحدث باسم الرئاسة الروسية دميتري بيسكوف اليوم أن الاتصال الهاتفي سيجري غدا.';

describe('ingest CLI', () => {
  it('keeps every good file, reports the bad one, and exits 1', async () => {
    const folder = path.join(dir, 'in');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    writeFileSync(path.join(folder, 'a.txt'), A);
    writeFileSync(path.join(folder, 'a.meta.json'), JSON.stringify({ title: 'A (constructed)', publisher: 'test-wire', published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    writeFileSync(path.join(folder, 'sub', 'b.txt'), B);
    writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    const x = extract({ id: 'made-elsewhere', text: B.replace('اليوم', 'أمس'), lang: 'ar', published: '2021-12-30', timeZone: 'UTC' });
    writeFileSync(path.join(folder, 'x.json'), JSON.stringify(x));
    const r = run(folder, '--published', '2021-12-30');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/failed {2}.*broken\.txt: not valid UTF-8 text/);
    expect(r.stdout).toMatch(/3 kept, 1 failed; the corpus now holds 4 documents/); // with the bundled article
    expect(r.stderr).toMatch(/\[#+\] 4\/4/);
    const s = new SqliteStore(db);
    const docs = (await s.list(0, 10)).documents;
    expect(docs.find((d) => d.title === 'A (constructed)')).toMatchObject({ publisher: 'test-wire', published: '2021-12-29' });
    expect(docs.find((d) => d.title === 'b')).toMatchObject({ published: '2021-12-30' }); // the flag fills what no sidecar gives
    expect((await s.get('made-elsewhere'))!.extraction.document.published.value).toBe('2021-12-30');
    await s.close();
  }, 60_000);

  it('refuses wrong arguments with exit 2, and reports a path that is not there', async () => {
    expect(run().status).toBe(2);
    expect(run(dir, '--published', '30/12/2021').stderr).toMatch(/--published is a real day as YYYY-MM-DD/);
    // A day that does not exist and an unknown zone are wrong arguments too (2), not failed files (1).
    expect(run(dir, '--published', '2021-13-01').status).toBe(2);
    const zone = run(dir, '--tz', 'Mars/Olympus');
    expect(zone.status).toBe(2);
    expect(zone.stderr).toMatch(/--tz is an IANA time zone/);
    const empty = path.join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(run(empty).stderr).toMatch(/no \.txt, \.html or \.json files/);
    // A path that is not there is a failed file, reported like the others.
    const missing = run(path.join(dir, 'nothing-here.txt'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/nothing-here\.txt: no such file/);
  }, 60_000);

  it('takes the article text out of an .html page (its scripts never run) and reads an English .txt as English', async () => {
    const folder = path.join(dir, 'web');
    mkdirSync(folder, { recursive: true });
    const filler = 'Relations between Russia and the West have been tense in recent weeks over the troop build-up. '.repeat(6);
    // A constructed page: navigation, scripts, handlers and the article.
    writeFileSync(
      path.join(folder, 'page.html'),
      `<!doctype html><html><head><title>Peskov on the call</title><link rel="canonical" href="https://example.org/news/2"><script>require('fs').writeFileSync('${path.join(dir, 'ran').replace(/\\/g, '/')}', 'x')</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Peskov on the call</h1><p>Kremlin spokesman Dmitry Peskov told reporters on Wednesday that the call would take place on Thursday.</p><p>${filler}</p><p>${filler}</p>
<img src="x.png" onerror="alert(1)"></article><footer>© Example</footer></body></html>`,
    );
    writeFileSync(path.join(folder, 'page.meta.json'), JSON.stringify({ published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    writeFileSync(path.join(folder, 'wire.txt'), 'The White House confirmed on Wednesday that the leaders will speak on Thursday.');
    const r = run(folder, '--published', '2021-12-29');
    expect(r.stdout).toMatch(/2 kept, 0 failed/);
    expect(r.status).toBe(0);
    const s = new SqliteStore(db);
    const docs = (await s.list(0, 50)).documents;
    const page = (await s.get(docs.find((d) => d.title === 'Peskov on the call')!.id))!;
    expect(page.document.url).toBe('https://example.org/news/2');
    expect(page.document.lang).toBe('en');
    expect(page.document.text.split('\n')).toContain('Kremlin spokesman Dmitry Peskov told reporters on Wednesday that the call would take place on Thursday.');
    expect(page.document.text).not.toMatch(/Home|©|<|writeFileSync|onerror/);
    expect(page.extraction.statements.map((st) => st.speaker.actorId)).toContain('dmitry-peskov');
    const wire = (await s.get(docs.find((d) => d.title === 'wire')!.id))!;
    expect(wire.extraction.statements[0]).toMatchObject({ speaker: { actorId: 'us-white-house' }, stance: 'confirm' });
    await s.close();
    expect(() => readFileSync(path.join(dir, 'ran'))).toThrow();
  }, 60_000);

  it('reads only regular files inside the folder: no link followed out of it, no pipe or device read, no loop', async () => {
    const folder = path.join(dir, 'hostile');
    const outside = path.join(dir, 'outside');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(outside, 'secret.txt'), 'A private note that must not become a public document.');
    writeFileSync(path.join(folder, 'good.txt'), 'أعلن المتحدث باسم وزارة الخارجية التركية اليوم أن الجولة المقبلة ستعقد في أنطاليا.');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'link.txt'));
    symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    symlinkSync(folder, path.join(folder, 'sub', 'loop')); // a loop back to the top
    execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
    const r = run(folder, '--published', '2021-12-29');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/kept {4}.*good\.txt/);
    expect(r.stdout).toMatch(/failed {2}.*link\.txt: a symbolic link \(not followed\)/);
    expect(r.stdout).toMatch(/failed {2}.*zero\.txt: a symbolic link \(not followed\)/);
    expect(r.stdout).toMatch(/failed {2}.*pipe\.txt: a named pipe: only regular files are read/);
    expect(r.stdout).toMatch(/1 kept, 3 failed/);
    // A device named on the command line is refused before a byte is read.
    const dev = run('/dev/zero');
    expect(dev.status).toBe(1);
    expect(dev.stdout).toMatch(/\/dev\/zero: a device: only regular files are read/);
    const s = new SqliteStore(db);
    for (const d of (await s.list(0, 500)).documents) expect((await s.get(d.id))!.document.text).not.toMatch(/private note/);
    await s.close();
  }, 60_000);

  it('holds metadata and JSON documents to the API\'s schema, with a message that names the field', () => {
    const folder = path.join(dir, 'meta');
    mkdirSync(folder, { recursive: true });
    const cases: [string, object, RegExp][] = [
      ['path-id', { id: '../../etc/passwd' }, /path-id\.meta\.json: id: letters, digits/],
      ['lang', { lang: 'xx' }, /lang\.meta\.json: lang: /],
      ['script-url', { url: 'javascript:alert(1)' }, /script-url\.meta\.json: url: /],
      ['types', { published: 20211229 }, /types\.meta\.json: published: /],
      ['control', { publisher: 'Wire\u0000' }, /control\.meta\.json: publisher: holds a control character \(U\+0000\)/],
      ['unknown', { titel: 'typo' }, /unknown\.meta\.json: .*titel/],
    ];
    for (const [name, meta] of cases) {
      writeFileSync(path.join(folder, `${name}.txt`), B);
      writeFileSync(path.join(folder, `${name}.meta.json`), JSON.stringify(meta));
    }
    writeFileSync(path.join(folder, 'list.json'), JSON.stringify([{ text: B, lang: 'ar', url: 'javascript:alert(1)' }]));
    const r = run(folder);
    expect(r.status).toBe(1);
    for (const [, , message] of cases) expect(r.stdout).toMatch(message);
    expect(r.stdout).toMatch(/list\.json: the file: url: /);
    expect(r.stdout).toMatch(/0 kept, 7 failed/);
    expect(r.stdout).not.toMatch(/SQLITE|constraint/i);
  }, 60_000);
});
