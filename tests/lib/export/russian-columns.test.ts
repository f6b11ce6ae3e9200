// The exports carry Russian beside English and Arabic: the CSV's speaker and event in Russian and the moment of
// publication; the graph's nodes their Russian labels. A Russian original (constructed, tests/fixtures).
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportView } from '@/lib/export/view';
import { tassOriginal } from '../../fixtures/languages';

const tass = tassOriginal();
const run = (q: string) => {
  const r = exportView([tass], new URLSearchParams(q));
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
};

describe('exports in Russian', () => {
  it('CSV: the speaker and the event in Russian, and the moment of publication', () => {
    const rows = parseCsv(run('format=csv').body, { bom: true, columns: true }) as Record<string, string>[];
    const peskov = rows.find((r) => r.speaker === 'dmitry-peskov')!;
    expect(peskov.speaker_ru).toBe('Дмитрий Песков');
    expect(peskov.published).toBe('2021-12-29');
    expect(peskov.published_at).toBe('2021-12-29T10:40:00Z');
    expect(peskov.event_ru).toMatch(/разговор/i);
  });

  it('GEXF: the nodes carry their Russian labels', () => {
    const body = run('format=gexf').body;
    expect(body).toMatch(/<attribute id="[^"]+" title="label_ru"/);
    expect(body).toContain('Владимир Путин');
  });
});
