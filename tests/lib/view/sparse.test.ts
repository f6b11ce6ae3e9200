// A long text sent sparse: every span a view reads without opening the text is at its own offset with its own
// characters, so rows, search, quotes and highlights read the same as from the whole text; the rest is left
// out.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract';
import { loadCorpus } from '@/lib/server/corpus';
import { sparseOf, withSparseText } from '@/lib/view/sparse';
import { statementRows } from '@/lib/view/rows';

const seed = loadCorpus()[0]!;
// A constructed long report (not a real article): statements between long stretches of background.
const background = 'وتتواصل المشاورات بين العواصم المعنية حول ترتيبات الأمن في القارة، وسط تباين في المواقف. '.repeat(60);
const long = extract({
  id: 'long',
  text: [
    'قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف يوم الاثنين إن المحادثات ستجري في جنيف.',
    'وأكدت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا أمس أن موسكو لن تعود إلى الستار الحديدي.',
    'ونفى وزير الخارجية الروسي سيرغي لافروف اليوم أن تكون روسيا تخطط لغزو أوكرانيا.',
    'وأعلن البيت الأبيض أن الرئيس الأمريكي جو بايدن سيجري اتصالا هاتفيا مع نظيره الروسي غدا.',
    'وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ الأربعاء إن الحلف مستعد للحوار.',
  ]
    .map((line) => `${background}\n${line}\n`)
    .join(''),
  lang: 'ar',
  published: '2022-01-08',
  timeZone: 'Europe/Moscow',
});

describe('sparse texts', () => {
  for (const x of [seed, long]) {
    it(`keep every span the views read, at its offset (${x.document.id})`, () => {
      const sparse = sparseOf(x);
      const y = withSparseText({ ...x, document: { ...x.document, text: '' } }, sparse);
      expect(y.document.text.length).toBe(x.document.text.length);
      const same = (s: { start: number; end: number } | null | undefined) => s && expect(y.document.text.slice(s.start, s.end)).toBe(x.document.text.slice(s.start, s.end));
      for (const s of x.statements) [s.speaker, s.cue, s.channel, ...s.mentions, ...s.content].forEach(same);
      x.timeExpressions.forEach(same);
      for (const e of x.events) e.mentions.forEach(same);
      // The table's rows and the search read the same.
      expect(statementRows([y]).map((r) => r.haystack)).toEqual(statementRows([x]).map((r) => r.haystack));
    });
  }

  it('leave out the long stretches no view reads without opening the text', () => {
    const sparse = sparseOf(long);
    const sent = sparse.pieces.reduce((n, [, chars]) => n + chars.length, 0);
    expect(long.statements.length).toBeGreaterThanOrEqual(5);
    expect(sent).toBeLessThan(long.document.text.length / 4);
    expect(withSparseText(long, sparse).document.text).not.toContain('ترتيبات الأمن في القارة');
  });
});
