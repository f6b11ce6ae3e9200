// npm run ingest: a folder of articles into a fresh database, with metadata beside them; one bad file is
// reported with its reason and the others are kept; an Extraction file is kept as it is.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import Database from 'better-sqlite3';
import { SqliteStore } from '@/lib/storage/sqlite';
import { PostgresStore } from '@/lib/storage/postgres';
import { usePostgres } from '../support/pg-database';

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
    expect(run(empty).stderr).toMatch(/no \.txt, \.html, \.json or \.jsonl files/);
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

const postgres = usePostgres();

describe('ingest into PostgreSQL (DATELINE_DATABASE_URL)', () => {
  it('keeps the articles there, and a second run skips what is kept', async () => {
    const url = await postgres.fresh();
    const folder = path.join(dir, 'pg');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'a.txt'), A);
    writeFileSync(path.join(folder, 'b.txt'), B);
    const pg = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATELINE_DATABASE_URL: url, DATELINE_DB: path.join(dir, 'not-this.sqlite') },
      });
    const r = pg(folder, '--published', '2021-12-30', '--quiet');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 kept, 0 failed; the corpus now holds 3 documents/); // with the bundled article
    expect(pg(folder, '--quiet').stdout).toMatch(/2 already kept, skipped/);
    const s = await PostgresStore.open(url);
    const titles = (await s.list(0, 10)).documents.map((d) => d.title);
    expect(titles).toHaveLength(3);
    expect(titles).toEqual(expect.arrayContaining(['a', 'b']));
    expect(await s.keptAs(A)).not.toBeNull();
    await s.close();
  }, 60_000);
});

describe('ingest at scale', () => {
  it('reads JSON Lines as a stream, one document a line, a bad line failing alone; a second run skips what is kept', () => {
    const folder = path.join(dir, 'lines');
    mkdirSync(folder, { recursive: true });
    const jdb = path.join(dir, 'lines.sqlite');
    const go = (...args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATELINE_DB: jdb } });
    // Constructed articles: the same sentence about different days, so each text is its own.
    const docs = Array.from({ length: 6 }, (_, i) => ({ text: `${A} (${i})`, title: `line ${i}`, lang: 'ar', published: `2021-12-${String(20 + i).padStart(2, '0')}`, timeZone: 'Europe/Moscow' }));
    const lines = [JSON.stringify(docs[0]), '', JSON.stringify(docs[1]), '{"text": 3}', JSON.stringify([docs[2]]), JSON.stringify(docs[3]), `{"text": "${'و'.repeat(1_100_000)}"}`, JSON.stringify(docs[4]), JSON.stringify(docs[5])];
    writeFileSync(path.join(folder, 'batch.jsonl'), lines.join('\n'));
    const first = go(folder, '--jobs', '2');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/5 kept, 3 failed; the corpus now holds 6 documents/); // with the bundled article
    expect(first.stdout).toMatch(/failed {2}.*batch\.jsonl line 4: /);
    expect(first.stdout).toMatch(/failed {2}.*batch\.jsonl line 5: one document a line, not a list/);
    expect(first.stdout).toMatch(/failed {2}.*batch\.jsonl line 7: over the 2 MB limit for one article/);
    expect(first.stderr).toMatch(/docs\/s/);
    expect(first.stdout).toMatch(/documents\/s, 2 jobs/);
    // Run again (as after a crash): what is kept is skipped, nothing is kept twice.
    const again = go(folder, '--jobs', '2', '--quiet');
    expect(again.stdout).toMatch(/0 kept, 3 failed; the corpus now holds 6 documents/);
    expect(again.stdout).toMatch(/^5 already kept, skipped/m);
    expect(again.stdout).not.toMatch(/^kept /m);
    const ids = new Set<string>();
    const s = new SqliteStore(jdb);
    return s.list(0, 100).then(async (l) => {
      for (const d of l.documents) ids.add(d.title);
      expect([...ids].filter((t) => t.startsWith('line ')).sort()).toEqual(['line 0', 'line 1', 'line 3', 'line 4', 'line 5']);
      await s.close();
    });
  }, 120_000);

  it('keeps a .json list larger than one article, each article within the limit', () => {
    const folder = path.join(dir, 'biglist');
    mkdirSync(folder, { recursive: true });
    const jdb = path.join(dir, 'biglist.sqlite');
    const pad = 'وقال المتحدث إن المحادثات ستستمر. '.repeat(8_000); // ~ 0.5 MB each
    const list = Array.from({ length: 5 }, (_, i) => ({ text: `${B} (${i})\n${pad}`, title: `big ${i}`, lang: 'ar', published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    writeFileSync(path.join(folder, 'list.json'), JSON.stringify(list));
    const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', folder, '--quiet'], { encoding: 'utf8', env: { ...process.env, DATELINE_DB: jdb } });
    expect(r.stdout).toMatch(/5 kept, 0 failed/);
    expect(r.status).toBe(0);
  }, 120_000);
});

describe('an ingest killed midway', () => {
  it('leaves a sound database, and running it again keeps the rest, each text once', async () => {
    const folder = path.join(dir, 'killed');
    mkdirSync(folder, { recursive: true });
    const kdb = path.join(dir, 'killed.sqlite');
    const docs = Array.from({ length: 200 }, (_, i) => JSON.stringify({ text: `${B} (${i})`, title: `k ${i}`, lang: 'ar', published: '2021-12-29', timeZone: 'Europe/Moscow' }));
    writeFileSync(path.join(folder, 'batch.ndjson'), docs.join('\n'));
    const env = { ...process.env, DATELINE_DB: kdb };
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', folder, '--jobs', '1', '--quiet'], { env, stdio: 'ignore', detached: true });
    const count = () => {
      try {
        const d = new Database(kdb, { readonly: true, fileMustExist: true });
        try {
          return (d.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
        } finally {
          d.close();
        }
      } catch {
        return 0;
      }
    };
    // Killed (SIGKILL: no clean-up), with the process tsx starts, once a few documents are in.
    for (let i = 0; i < 600 && count() < 5; i++) await new Promise((r) => setTimeout(r, 50));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const before = count();
    expect(before).toBeGreaterThanOrEqual(5);
    expect(before).toBeLessThan(201); // stopped midway
    const d = new Database(kdb, { readonly: true });
    expect(d.pragma('integrity_check', { simple: true })).toBe('ok');
    d.close();
    const again = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', folder, '--quiet'], { encoding: 'utf8', env });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/the corpus now holds 201 documents/); // the bundled article and two hundred, each once
    expect(again.stdout).toMatch(new RegExp(`^${before - 1} already kept, skipped`, 'm'));
  }, 120_000);
});
