// Searching Russian: a name in any of its cases finds the others (Пескова finds Песков, Пескову, Песковым), in
// the browser's filter, in SQLite's trigram index and its search, the same statements. A constructed report.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { SqliteStore } from '@/lib/storage/sqlite';
import { searchTerms } from '@/lib/text/search-terms';
import { filterRows, statementRows } from '@/lib/view/rows';

const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-search-ru-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const doc = { id: 'ru-search-1', text: 'Разговор состоится в четверг, сообщил журналистам пресс-секретарь президента Дмитрий Песков. Пескову задали вопрос о встрече в Женеве.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ru' as const, publisher: 'tass' };

describe('Russian search', () => {
  it('reduces Russian words to their stems and leaves the others as written', () => {
    expect(searchTerms('Пескова Женеве')).toEqual(['песков', 'женев']);
    expect(searchTerms('Peskov بيسكوف США')).toEqual(['peskov', 'بيسكوف', 'сша']);
  });

  it('finds a statement by its speaker’s name in another case, in the browser’s filter and in the index', async () => {
    const x = extract(doc);
    const rows = statementRows([x]);
    expect(filterRows(rows, [x], { docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: 'Пескова' }).length).toBe(x.statements.length);
    const s = new SqliteStore(path.join(dir, 'db.sqlite'));
    await s.add(doc);
    expect((await s.statements({ q: 'Пескова', limit: 50 })).total).toBe(x.statements.length);
    expect((await s.search('Песковым')).statements.length).toBeGreaterThan(0);
    expect((await s.search('Лавровым')).statements.length).toBe(0);
    await s.close();
  });
});
