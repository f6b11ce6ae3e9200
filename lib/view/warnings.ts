// The engine's warnings in the UI language: each by its code (Extraction.warningCodes) from the catalogue, and
// as the engine wrote it in English (Extraction.warnings) in the English UI, for a code the catalogue does not
// know, and for an extraction made before there were codes.
import type { Extraction } from '../model/schema';
import { isWarningCode } from '../model/warnings';
import { MESSAGES, type UiLang } from './i18n';

/** One warning as shown: its words, and the language they are in (English when not translated). */
export interface WarningLine {
  text: string;
  lang: UiLang;
}

export function warningLines(x: Pick<Extraction, 'warnings' | 'warningCodes'>, lang: UiLang): WarningLine[] {
  const t = MESSAGES[lang];
  return x.warnings.map((english, i) => {
    const c = lang === 'en' ? undefined : x.warningCodes?.[i];
    if (!c || !isWarningCode(c.code)) return { text: english, lang: 'en' };
    const text = t.warning[c.code](c.params ?? {});
    // A parameter the code needs but the file lacks: the English sentence, rather than a gap in the words.
    return /undefined|NaN/.test(text) ? { text: english, lang: 'en' } : { text, lang };
  });
}
