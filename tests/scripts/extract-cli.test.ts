// The CLI as a user runs it: JSON on stdout, one-line errors with exit 1 (input) or 2 (arguments).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extraction } from '@/lib/model/schema';

const SEED = 'data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt';
const run = (...args: string[]) => spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(path.join(tmpdir(), 'dateline-cli-'));

describe('npm run extract', () => {
  it('prints a valid Extraction of the seed', () => {
    const r = run(SEED, '--published', '2021-12-29', '--tz', 'Europe/Moscow', '--publisher', 'Sputnik Arabic');
    expect(r.status).toBe(0);
    const x = Extraction.parse(JSON.parse(r.stdout));
    expect(x.document.publisher).toBe('sputnik-arabic');
    expect(x.statements.length).toBeGreaterThanOrEqual(8);
  }, 30_000);

  it.each([
    [['missing.txt'], 1, /no such file: missing\.txt/],
    [[SEED, '--published', '2021-02-30'], 2, /impossible publication date "2021-02-30"/],
    [[SEED, '--published', 'yesterday'], 2, /--published must be YYYY-MM-DD/],
    [[SEED, '--lang', 'fr'], 2, /--lang must be ar, en, ru/],
    [[SEED, '--tz', 'Mars/Olympus'], 2, /unknown time zone "Mars\/Olympus"/],
    [[SEED, '--bogus'], 2, /Unknown option/],
    [[], 2, /expected exactly one FILE/],
  ])('rejects %j with exit %i and one clear line', (args, code, message) => {
    const r = run(...(args as string[]));
    expect(r.status).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  }, 30_000);

  it('refuses empty, invalid UTF-8 and binary files', () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ['empty.txt', '', /the text is empty/],
      ['latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]), /not valid UTF-8/],
      ['blob.bin', Buffer.from([0x41, 0x00, 0x01, 0x02, 0x42, 0x43]), /binary data/],
    ];
    for (const [name, body, message] of cases) {
      const f = path.join(dir, name);
      writeFileSync(f, body);
      const r = run(f);
      expect(r.status, name).toBe(1);
      expect(r.stderr).toMatch(message);
    }
  }, 60_000);

  it('infers the publication date when none is given and says so', () => {
    const out = execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/extract.ts', SEED, '--year', '2021', '--tz', 'Europe/Moscow'], { encoding: 'utf8' });
    const x = Extraction.parse(JSON.parse(out));
    expect(x.document.published).toMatchObject({ value: null, source: 'inferred' });
    expect(x.document.published.candidates.map((c) => c.value)).toEqual(['2021-12-22', '2021-12-29']);
  }, 30_000);
});
