// Numbers and plural forms from Intl, with each UI language's own rules (CLDR): English one/other, Russian
// one/few/many (1 заявление, 2 заявления, 5 заявлений, 21 заявление), Arabic zero/one/two/few/many/other.
import { isolate } from '../text/bidi';
import { LOCALE, type UiLang } from './ui-lang';

/** First-strong isolate: quoted source words keep their own direction inside a sentence of the other script; a
 *  user's string in a line of UI text: isolated (lib/text/bidi), its own overrides dropped. */
export const iso = isolate;
/** A number in the Arabic UI's own digits (٣، ١٢), as every Arabic count is written. */
export const arNum = (n: number) => n.toLocaleString('ar-EG');
/** An ISO date that never breaks across lines (word joiners around its hyphens: U+2011 is missing from many
 *  Arabic fonts), isolated from the sentence around it. */
export const isoDate = (d: string) => iso(d.replace(/-/g, '\u2060-\u2060'));

const numbers = new Map<UiLang, Intl.NumberFormat>();
const rules = new Map<UiLang, Intl.PluralRules>();

/** A count as the UI language writes it: 1,234 (en), ١٬٢٣٤ (ar), 1 234 (ru). */
export function num(lang: UiLang, n: number): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}

/** The forms of a counted phrase, '#' standing for the number. `other` is the fallback for a category a
 *  language has but the phrase does not spell out. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form of `forms` that `n` takes in `lang` (Intl.PluralRules), with '#' written as num(lang, n). */
export function plural(lang: UiLang, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE[lang])));
  return (forms[r.select(n)] ?? forms.other).replace(/#/g, () => num(lang, n));
}
