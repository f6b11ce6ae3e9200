// The explorer's words: one catalogue per UI language (lib/view/messages), each of the shape of the English
// one, so a missing translation is a type error; numbers and plurals through Intl (lib/view/plural).
import type { UiLang } from './ui-lang';
import { ar } from './messages/ar';
import { en, type Messages } from './messages/en';
import { ru } from './messages/ru';

export { LANG_SELF_NAME, LANG_SHORT, LOCALE, UI_LANGS, dirOf, isUiLang, pick, type UiLang } from './ui-lang';
export { arNum, iso, isoDate, num, plural, type PluralForms } from './plural';
export type { Messages };

export const MESSAGES: Record<UiLang, Messages> = { en, ar, ru };
