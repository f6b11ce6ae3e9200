// @vitest-environment jsdom
// Actors a document introduced (ids new-…), in the corpus overview: in the Russian UI as a Russian document wrote
// them (Cyrillic), in the English UI by their Latin transliteration; and in a database indexed before the index
// kept Russian names, once it is opened again.
import { render } from '@testing-library/react';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import './setup-dom';
import { CorpusExplorer } from '@/components/corpus/CorpusExplorer';
import { extract } from '@/lib/extract';
import { SqliteStore } from '@/lib/storage/sqlite';
import { queryOfView } from '@/lib/query/query';
import { DEFAULT_VIEW } from '@/lib/url/view-state';
import { serveOverview } from './corpus-routes';

// A Russian report whose speakers no gazetteer holds: each introduced by a title, each a new- actor.
const x = extract({ id: 'ru-new', title: 'Переговоры продолжатся', lang: 'ru', published: '2024-03-12', timeZone: 'Europe/Moscow', text: 'МОСКВА, 12 марта. Официальный представитель министерства Аркадий Сидоренко заявил во вторник, что переговоры продолжатся. Посол Кирилл Мухаметзянов сообщил, что встреча состоится в пятницу.' });

let store: SqliteStore;
let dir: string;
beforeAll(() => {
  store = new SqliteStore(':memory:', { seed: [x] });
  dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-names-'));
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

serveOverview(() => store);

const texts = () => [...document.querySelectorAll('.corpus text, .corpus bdi, .corpus li, .corpus td')].map((t) => t.textContent ?? '').join('\n');

describe('an actor a Russian document introduced, in the corpus overview', () => {
  it('is the engine’s new- actor, with the name as written kept beside its transliteration', () => {
    const a = x.actors.find((a) => a.id.startsWith('new-arkadiy'))!;
    expect(a.names).toMatchObject({ en: ['Arkadiy Sidorenko'], ru: ['Аркадий Сидоренко'] });
  });

  it('reads in Cyrillic in the Russian UI', async () => {
    const v = { ...DEFAULT_VIEW, lang: 'ru' as const };
    render(<CorpusExplorer initial={await store.overview(queryOfView(v))} view={v} wholeMax={150} />);
    expect(texts()).toContain('Аркадий Сидоренко');
    expect(texts()).toContain('Кирилл Мухаметзянов');
    expect(texts()).not.toMatch(/Arkadiy|Mukhametzyanov/);
  });

  it('reads in Latin letters in the English UI', async () => {
    const v = { ...DEFAULT_VIEW, lang: 'en' as const };
    render(<CorpusExplorer initial={await store.overview(queryOfView(v))} view={v} wholeMax={150} />);
    expect(texts()).toContain('Arkadiy Sidorenko');
    expect(texts()).not.toContain('Сидоренко');
  });

  it('is named in Russian in a database indexed before the index kept Russian names, once opened again', async () => {
    const file = path.join(dir, 'old.sqlite');
    const s = new SqliteStore(file, { seed: [x] });
    s.db.exec('DROP TABLE actor_name; CREATE TABLE actor_name (id TEXT PRIMARY KEY, en TEXT NOT NULL, ar TEXT NOT NULL, kind TEXT NOT NULL, side TEXT NOT NULL);');
    s.db.pragma('user_version = 7');
    await s.close();
    const again = new SqliteStore(file);
    expect((await again.overview({})).names['new-arkadiy-sidorenko']).toEqual({ en: 'Arkadiy Sidorenko', ar: 'Arkadiy Sidorenko', ru: 'Аркадий Сидоренко' });
    await again.close();
  });
});
