// The PostgreSQL store keeps actors' Russian names in its index as the SQLite one does: an actor a Russian document
// introduced reads, in the corpus overview, as the document wrote it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { PostgresStore } from '@/lib/storage/postgres';
import { type Throwaway, startThrowaway } from '../../support/postgres';

const x = extract({ id: 'ru-new', title: 'Переговоры продолжатся', lang: 'ru', published: '2024-03-12', timeZone: 'Europe/Moscow', text: 'МОСКВА, 12 марта. Официальный представитель министерства Аркадий Сидоренко заявил во вторник, что переговоры продолжатся.' });
let server: Throwaway;
beforeAll(async () => {
  server = await startThrowaway();
}, 60_000);
afterAll(() => server?.stop());

describe('actors’ Russian names with PostgreSQL', () => {
  it('are indexed, and named in the overview', async () => {
    const s = await PostgresStore.open(server.url, { seed: [x] });
    try {
      expect((await s.overview({})).names['new-arkadiy-sidorenko']).toEqual({ en: 'Arkadiy Sidorenko', ar: 'Arkadiy Sidorenko', ru: 'Аркадий Сидоренко' });
    } finally {
      await s.close();
    }
  });
});
