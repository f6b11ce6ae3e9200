// The UI catalogues: every language gives every message (the type says so for the top level; this checks the
// nested tables typed as records too), in the same shape, and the Russian one reads in Russian.
import { describe, expect, it } from 'vitest';
import { CORPUS_MESSAGES } from '@/lib/view/corpus-i18n';
import { LOCALE, MESSAGES, UI_LANGS } from '@/lib/view/i18n';

type Shape = { [key: string]: Shape | 'function' | 'string' };
function shapeOf(v: unknown): Shape | 'function' | 'string' {
  if (typeof v === 'function') return 'function';
  if (typeof v === 'string') return 'string';
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOf(x)]).sort(([a], [b]) => String(a).localeCompare(String(b)))) as Shape;
  throw new Error(`a message of type ${typeof v}`);
}
/** Every string a catalogue holds outright (not those its functions make). */
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);

describe('UI catalogues', () => {
  it('offer English, Arabic and Russian, each with its locale', () => {
    expect([...UI_LANGS].sort()).toEqual(['ar', 'en', 'ru']);
    expect(LOCALE.ru).toBe('ru-RU');
  });

  for (const [name, table] of [['explorer', MESSAGES], ['corpus overview', CORPUS_MESSAGES]] as const) {
    it(`${name}: every language has the same keys, nested tables included, and the same kinds of message`, () => {
      const en = shapeOf(table.en);
      for (const lang of UI_LANGS) expect(shapeOf(table[lang]), lang).toEqual(en);
    });

    it(`${name}: no empty message, and Russian quotes with guillemets`, () => {
      for (const lang of UI_LANGS) for (const s of strings(table[lang])) expect(s.trim(), lang).not.toBe('');
      for (const s of strings(table.ru)) expect(s).not.toMatch(/[“”]/);
    });
  }

  it('Russian messages are in Russian, counted with one/few/many', () => {
    const t = MESSAGES.ru;
    expect(t.chart).toBe('Хронология');
    expect([1, 2, 5, 21].map(t.warningsCount)).toEqual(['1 предупреждение', '2 предупреждения', '5 предупреждений', '21 предупреждение']);
    expect(t.selectedStatements(3)).toBe('3 заявления выбраны на хронологии');
    expect(t.degree(11)).toBe('11 связей');
    expect(CORPUS_MESSAGES.ru.openWhole(21)).toBe('Открыть 21 документ в полном обозревателе');
  });

  it('Arabic and English counts no longer hand-made: two links, three links, eleven links', () => {
    expect([1, 2, 3, 11].map(MESSAGES.ar.degree)).toEqual(['رابط واحد', 'رابطان', '٣ روابط', '١١ رابطًا']);
    expect([1, 2].map(MESSAGES.en.degree)).toEqual(['1 link', '2 links']);
  });
});
