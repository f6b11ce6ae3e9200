// A reviewer names an actor in Russian: the Russian name becomes the actor's first, the others are kept, and a
// rename with no name in any of the three languages is refused with the field named.
import { describe, expect, it } from 'vitest';
import { type Anchor, type Edit, EditInput, anchorFor, applyEdits, checkValue } from '@/lib/corrections/edits';
import { loadCorpus } from '@/lib/server/corpus';

const x = loadCorpus()[0]!;
const edit = (value: unknown): Edit => ({ id: 1, author: 'A', at: '2026-01-01T00:00:00Z', undoneAt: null, op: 'actor.rename', target: 'dmitry-peskov', value, anchor: anchorFor(x, 'actor.rename', 'dmitry-peskov', value) as Anchor });

describe('renaming an actor in Russian', () => {
  it('puts the Russian name first and keeps the others', () => {
    const before = x.actors.find((a) => a.id === 'dmitry-peskov')!;
    const a = applyEdits(x, [edit({ ru: 'Д. С. Песков' })]).extraction.actors.find((y) => y.id === 'dmitry-peskov')!;
    expect(a.names.ru[0]).toBe('Д. С. Песков');
    expect(a.names.ru.slice(1)).toEqual(before.names.ru.filter((n) => n !== 'Д. С. Песков'));
    expect(a.names.en).toEqual(before.names.en);
  });

  it('refuses a rename with no name', () => {
    expect(EditInput.safeParse({ op: 'actor.rename', target: 'dmitry-peskov', value: { ru: 'Песков' }, author: 'A' }).success).toBe(true);
    const r = checkValue('actor.rename', {});
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/en, ar or ru/);
  });
});
