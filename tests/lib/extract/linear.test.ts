// Extraction does work linear in its text on inputs built to make it quadratic: a request must not stall the
// server. Work is counted, not timed: characters scanned by regular expressions and string searches,
// characters sliced, elements visited by array methods — while extract() runs, at two sizes of each input.
// Doubling the input may at most about double the work.
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { disarmHandlers } from '@/lib/text/article';
import type { Lang } from '@/lib/model/schema';

type Fn = (...a: unknown[]) => unknown;
let counting = false;
let work = 0;

/** Wraps a prototype's method so that, while counting, each call adds the work `cost` says it did. */
function meter<T extends object>(proto: T, name: string, cost: (self: never, args: unknown[], result: unknown, before: number) => number) {
  const original = (proto as Record<string, Fn>)[name]!;
  (proto as Record<string, Fn>)[name] = function (this: never, ...args: unknown[]) {
    if (!counting) return original.apply(this, args);
    const before = (this as { lastIndex?: number }).lastIndex ?? 0;
    const result = original.apply(this, args);
    counting = false; // the cost's own work is not the extraction's
    work += cost(this, args, result, before);
    counting = true;
    return result;
  };
  return () => ((proto as Record<string, Fn>)[name] = original);
}

function installMeters(): () => void {
  const undo: (() => void)[] = [];
  // Every regex method (test, match, replace, split, matchAll…) goes through exec once exec is replaced.
  undo.push(
    meter(RegExp.prototype, 'exec', (re: RegExp, [s], m, from) => {
      const match = m as RegExpExecArray | null;
      if (re.sticky) return 1 + (match ? match[0].length : 0);
      return 1 + (match ? match.index + match[0].length : String(s).length) - (re.global ? from : 0);
    }),
  );
  for (const name of ['slice', 'substring', 'substr']) undo.push(meter(String.prototype, name, (_s, _a, r) => 1 + (r as string).length));
  undo.push(meter(String.prototype, 'indexOf', (s: string, [, from], r) => 1 + ((r as number) >= 0 ? (r as number) : s.length) - (Number(from) || 0)));
  undo.push(meter(String.prototype, 'lastIndexOf', (s: string, [, from], r) => 1 + (from === undefined ? s.length : Number(from)) - Math.max(0, r as number)));
  undo.push(meter(String.prototype, 'includes', (s: string, [, from]) => 1 + s.length - (Number(from) || 0)));
  for (const name of ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'map', 'forEach', 'reduce', 'indexOf', 'includes', 'flatMap', 'slice', 'concat', 'join'])
    undo.push(meter(Array.prototype, name, (a: unknown[]) => 1 + a.length));
  return () => undo.reverse().forEach((f) => f());
}

function workOf(text: string, lang: Lang, run: (text: string) => unknown = (t) => extract({ text: t, published: '2021-12-29', timeZone: 'Europe/Moscow', lang })): number {
  const uninstall = installMeters();
  work = 0;
  counting = true;
  try {
    run(text);
  } finally {
    counting = false;
    uninstall();
  }
  return work;
}

// Inputs built to stall a reader: one verb repeated, one date repeated, one giant sentence of nested reports,
// many short sentences, in both languages.
const INPUTS: [string, Lang, (n: number) => string][] = [
  ['English: a cue repeated', 'en', (n) => 'Peskov said ' + 'said '.repeat(n)],
  ['English: a date repeated', 'en', (n) => 'The talks were held ' + 'on December 17, 2021, '.repeat(n) + 'Peskov said.'],
  ['English: one sentence of nested reports', 'en', (n) => 'Peskov said that ' + 'Lavrov told reporters on Monday that '.repeat(n) + 'the call would take place.'],
  ['English: many sentences', 'en', (n) => 'Peskov told reporters on Wednesday that the call would take place on Thursday. He added that Lavrov agreed. '.repeat(n)],
  ['English: a colon line', 'en', (n) => 'Peskov: ' + 'the talks: yes, '.repeat(n)],
  ['Arabic: a cue repeated', 'ar', (n) => 'قال بيسكوف ' + 'قال '.repeat(n)],
  ['Arabic: a weekday phrase repeated', 'ar', (n) => 'وقال بيسكوف إن الاتصال سيجري ' + 'يوم الخميس المقبل '.repeat(n)],
  ['Arabic: a date repeated', 'ar', (n) => 'نشرت الخارجية ' + 'في 17 ديسمبر الجاري، '.repeat(n) + 'مسودتين.'],
  ['Arabic: one sentence of nested reports', 'ar', (n) => 'وأكد لافروف أن ' + 'بيسكوف قال إن زاخاروفا أعلنت أن '.repeat(n) + 'الاتصال تم.'],
  ['Arabic: many sentences', 'ar', (n) => 'أكد المتحدث باسم الكرملين ديمتري بيسكوف، اليوم الأربعاء، أن الاتصال سيجري غدا. وأضاف أن لافروف وافق.\n'.repeat(n)],
];

describe('extraction works in time linear in its text', () => {
  // The first call builds the gazetteer and the matchers: not part of any document's work.
  workOf('Peskov said on Monday that Lavrov agreed.', 'en');
  workOf('قال بيسكوف أمس إن لافروف وافق.', 'ar');

  it.each(INPUTS)('%s: twice the input, at most about twice the work', (_, lang, make) => {
    const small = workOf(make(400), lang);
    const large = workOf(make(800), lang);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.4);
  });

  it.each([
    ['unclosed <style> tags', (n: number) => '<p>x</p>' + '<style>'.repeat(n)],
    ['unclosed handler values', (n: number) => '<p>hello</p>' + '<a onclick="'.repeat(n)],
    ['tags never closed', (n: number) => '<div class="a" '.repeat(n)],
  ])('an uploaded page with %s: its handlers are disarmed in work linear in its size', (_, make) => {
    const small = workOf(make(4000), 'en', disarmHandlers);
    const large = workOf(make(8000), 'en', disarmHandlers);
    expect(large / small).toBeLessThan(2.4);
  });

  it('the meters see quadratic work where there is some (the test can fail)', () => {
    const uninstall = installMeters();
    const quadratic = (n: number) => {
      const text = 'x '.repeat(n);
      work = 0;
      counting = true;
      for (let i = 0; i < text.length; i += 2) /x\s*$/.test(text.slice(0, i + 1));
      counting = false;
      return work;
    };
    const ratio = quadratic(800) / quadratic(400);
    uninstall();
    expect(ratio).toBeGreaterThan(3.5);
  });
});
