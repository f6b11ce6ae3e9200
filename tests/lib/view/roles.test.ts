// Every role the gazetteer or a lexicon can give an actor has a name in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROLE_NAMES, roleName } from '@/lib/view/roles';

const titlesIn = (file: string) => [...readFileSync(file, 'utf8').matchAll(/"title": ?"([a-z][a-z -]*)"/g)].map((m) => m[1]!);

describe('role names', () => {
  it('covers every role slug of the gazetteer and the lexicons, in English and Arabic', () => {
    const slugs = new Set([...titlesIn('data/gazetteer/actors.json'), ...titlesIn('lib/lang/ar/lexicon/titles.json'), ...titlesIn('lib/lang/en/lexicon/titles.json'), 'unnamed source']);
    expect(slugs.size).toBeGreaterThan(30);
    const missing = [...slugs].filter((s) => !ROLE_NAMES[s]);
    expect(missing).toEqual([]);
    for (const s of slugs) expect(roleName(s, 'ar')).toMatch(/[\u0600-\u06FF]/);
  });

  it('writes a slug it does not know as words', () => {
    expect(roleName('trade-envoy', 'en')).toBe('trade envoy');
  });
});
