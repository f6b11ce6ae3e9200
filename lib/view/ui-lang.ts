// The languages the UI reads in, declared once. (The engine's document languages are lib/lang's business.)
export const UI_LANGS = ['en', 'ar', 'ru'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export const isUiLang = (v: string | null | undefined): v is UiLang => (UI_LANGS as readonly (string | null | undefined)[]).includes(v);

/** Locale for Intl: Arabic-Indic digits and Arabic month names in Arabic; day-month order in English; Russian
 *  month names in their genitive after a day ("30 декабря"). */
export const LOCALE: Record<UiLang, string> = { en: 'en-GB', ar: 'ar-EG', ru: 'ru-RU' };

/** Each language's name in its own language, as the language switch offers it. */
export const LANG_SELF_NAME: Record<UiLang, string> = { en: 'English', ar: 'العربية', ru: 'Русский' };
/** What the switch shows of each, so that three languages fit the toolbar's one row (the name is its label). */
export const LANG_SHORT: Record<UiLang, string> = { en: 'EN', ar: 'عربي', ru: 'РУС' };

/** Arabic is the one right-to-left UI language. */
export const dirOf = (lang: UiLang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/** A label kept in English and Arabic, and in Russian where it is known. */
export interface UiLabel {
  en: string;
  ar: string;
  ru?: string;
}

/** A label in the UI language: its own, else English. */
export const pick = (label: UiLabel, lang: UiLang): string => label[lang] ?? label.en;
