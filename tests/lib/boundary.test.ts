// lib/ stays framework-free and clock-free (STYLE.md): pure functions that views and scripts share.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const files = (readdirSync('lib', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `lib/${f}`);

describe('lib/ boundary', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it('imports no react, next or zustand', () => {
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"](react|next|zustand)(\/|['"])/);
  });
  it('never reads the clock outside lib/server', () => {
    for (const f of files.filter((f) => !f.startsWith('lib/server/'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/Date\.now\(\)|new Date\(\)|performance\.now\(\)/);
    }
  });
  it('does no file or network I/O outside lib/server', () => {
    for (const f of files.filter((f) => !f.startsWith('lib/server/'))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]node:(fs|net|http|https|child_process)['"]|fetch\(/);
    }
  });
});
