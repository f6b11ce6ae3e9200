// Filters over the seed's statements, the words that describe marks, and reading user files.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/server/corpus';
import { describeStatement, resolution } from '@/lib/view/describe';
import { formatInterval } from '@/lib/view/format';
import { parseExtractionFile, MAX_FILE_BYTES } from '@/lib/view/load';
import { actorLookup, filterRows, statementRows, type RowFilter } from '@/lib/view/rows';

const xs = loadCorpus();
const x = xs[0]!;
const lookup = actorLookup(xs);
const rows = statementRows(xs, lookup);
const NONE: RowFilter = { docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '' };
const speakers = (f: Partial<RowFilter>) => filterRows(rows, xs, { ...NONE, ...f }).map((r) => r.statement.speaker.actorId).sort();

describe('filters', () => {
  it('no filter keeps every statement', () => expect(speakers({})).toHaveLength(x.statements.length));
  it('an actor matches as speaker, channel or participant: Putin brings every statement about the call', () => {
    expect(speakers({ actors: ['vladimir-putin'] })).toEqual(['cnn', 'dmitry-peskov', 'us-white-house']);
    expect(speakers({ actors: ['belros'] })).toEqual(['maria-zakharova']);
  });
  it('sides, stances, event types and channels', () => {
    expect(speakers({ sides: ['united-states'] })).toEqual(['us-white-house', 'us-white-house']);
    expect(speakers({ stances: ['deny'] })).toEqual(['maria-zakharova', 'russia']);
    expect(speakers({ eventTypes: ['draft-agreement'] })).toEqual(['russia-mfa']);
    expect(speakers({ channels: ['sputnik'] })).toEqual(['dmitry-peskov']);
    expect(speakers({ channels: ['none'] })).not.toContain('dmitry-peskov');
  });
  it('search is Arabic-normalised: أكد, اكد and إكد find the same statements; English names work too', () => {
    const withHamza = speakers({ q: 'أكد' });
    expect(withHamza.length).toBeGreaterThan(0);
    expect(speakers({ q: 'اكد' })).toEqual(withHamza);
    expect(speakers({ q: 'إكد' })).toEqual(withHamza);
    expect(speakers({ q: 'zakharova' })).toEqual(['maria-zakharova']);
    expect(speakers({ q: 'بيلروس زاخاروفا' })).toEqual(['maria-zakharova']);
    expect(speakers({ q: 'no such words' })).toEqual([]);
  });
  it('facets combine with AND', () => expect(speakers({ stances: ['confirm'], sides: ['russia'] })).toEqual(['dmitry-peskov']));
});

describe('describing marks', () => {
  const row = (id: string) => rows.find((r) => r.statement.id === id)!;
  const te = (id: string | undefined) => x.timeExpressions.find((t) => t.id === id);
  it('says how each time was resolved, in the source’s words', () => {
    expect(resolution(te(row('s69-69').claim?.timeExpressionId), x, 'en')).toBe('“\u2068في وقت متأخر من مساء الغد\u2069” relative to publication \u20682021\u2060-\u206012\u2060-\u206029\u2069');
    expect(resolution(te('t1969-1985'), x, 'en')).toBe('“\u206817 ديسمبر الجاري\u2069”, its year from publication \u20682021\u2060-\u206012\u2060-\u206029\u2069');
    expect(resolution(undefined, x, 'en')).toBe('not dated in the text: said before publication (\u20682021\u2060-\u206012\u2060-\u206029\u2069)');
    expect(resolution(te('t1326-1331'), x, 'ar')).toBe('«\u2068الأمس\u2069» نسبةً إلى تاريخ النشر \u20682021\u2060-\u206012\u2060-\u206029\u2069');
  });
  it('a whole day reads as the day in either language (Arabic-Indic digits included)', () => {
    const said = row('s1324-1333').statement.saidAt.interval;
    expect(formatInterval(said, 'Europe/Moscow', 'en-GB')).toBe('28 Dec 2021');
    expect(formatInterval(said, 'Europe/Moscow', 'ar-EG')).toBe('٢٨ ديسمبر ٢٠٢١');
    expect(formatInterval(said, 'UTC', 'ar-EG')).toMatch(/٢١:٠٠/);
  });

  it('announces a statement with speaker, stance, event, times, in the chosen zone', () => {
    expect(describeStatement(row('s69-69'), x, lookup, 'en', 'Europe/Moscow')).toBe(
      'Dmitry Peskov confirms Phone call → 30 Dec 2021, 21:00–24:00. Said: 29 Dec 2021, 18:00–24:00',
    );
    expect(describeStatement(row('s69-69'), x, lookup, 'en', 'UTC')).toContain('30 Dec 2021, 18:00–21:00');
    expect(describeStatement(row('s69-69'), x, lookup, 'ar', 'Europe/Moscow')).toMatch(/^دميتري بيسكوف — تأكيد: اتصال هاتفي/);
  });
});

describe('reading an Extraction file', () => {
  it('accepts the JSON the CLI writes, alone or in a list', () => {
    const one = parseExtractionFile(JSON.stringify(x));
    expect(one.ok && one.extractions[0]!.document.id).toBe(x.document.id);
    const two = parseExtractionFile(`\uFEFF${JSON.stringify([x, x])}`);
    expect(two.ok && two.extractions).toHaveLength(2);
  });
  it('says why a file is not one', () => {
    const err = (text: string, bytes?: number) => {
      const r = parseExtractionFile(text, bytes);
      return r.ok ? '' : r.error;
    };
    expect(err('{"document": ')).toMatch(/^not valid JSON/);
    expect(err('{"a": 1}')).toMatch(/engine|document/);
    expect(err('[]')).toBe('the file holds an empty list');
    expect(err('x', MAX_FILE_BYTES + 1)).toMatch(/limit is 20 MB/);
    expect(err('{"a": "\uFFFD"}')).toMatch(/UTF-8/);
    const broken = structuredClone(x);
    broken.statements[0]!.cue.end = x.document.text.length + 5;
    expect(err(JSON.stringify(broken))).toMatch(/statements\.0\.cue: span .* outside text/);
  });
});
