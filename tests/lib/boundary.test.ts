// lib/ stays framework-free and clock-free (STYLE.md): pure functions that views and scripts share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (readdirSync('lib', { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => `lib/${f}`);
/** The server side, where the clock and I/O belong: the server's own modules and the storage (SQLite, PostgreSQL). */
const serverSide = (f: string) => f.startsWith('lib/server/') || f.startsWith('lib/storage/');

describe('lib/ boundary', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(10));
  it('imports no react, next or zustand', () => {
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"](react|next|zustand)(\/|['"])/);
  });
  it('never reads the clock outside lib/server and lib/storage', () => {
    for (const f of files.filter((f) => !serverSide(f))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/Date\.now\(\)|new Date\(\)|performance\.now\(\)/);
    }
  });
  it('does no file or network I/O outside lib/server and lib/storage', () => {
    for (const f of files.filter((f) => !serverSide(f))) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/from ['"]node:(fs|net|http|https|child_process)['"]|fetch\(/);
    }
  });
  it('has no circle of imports: each module can be read, and changed, from its own dependencies up', () => {
    const resolve = (from: string, spec: string) => {
      const p = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(from), spec) : null;
      return p ? [`${p}.ts`, `${p}/index.ts`].find((c) => existsSync(c)) : undefined;
    };
    const graph = new Map(files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/^(?:import|export)[^'"]*from ['"]([^'"]+)['"]/gm)].map((m) => resolve(f, m[1]!)).filter((x): x is string => !!x)]));
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const circles: string[] = [];
    const visit = (u: string) => {
      state.set(u, 1);
      stack.push(u);
      for (const v of graph.get(u) ?? []) {
        if (state.get(v) === 1) circles.push([...stack.slice(stack.indexOf(v)), v].join(' → '));
        else if (!state.get(v)) visit(v);
      }
      stack.pop();
      state.set(u, 2);
    };
    for (const f of files) if (!state.get(f)) visit(f);
    expect(circles).toEqual([]);
  });
});
