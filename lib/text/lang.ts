// The language of a text from its script: Arabic letters, Cyrillic letters and Latin ones counted, the most
// frequent wins — so an English report that quotes an Arabic word stays English, an Arabic one naming "CNN"
// stays Arabic, and a Russian one naming "NATO" stays Russian. A text in none of these scripts has no language.
import type { Lang } from '../model/schema';
import { type EngineWarning, warning, warningText } from '../model/warnings';

export function detectLang(text: string): Lang | null {
  let arabic = 0;
  let latin = 0;
  let cyrillic = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic === 0 && latin === 0 && cyrillic === 0) return null;
  if (cyrillic > arabic && cyrillic > latin) return 'ru';
  return arabic >= latin ? 'ar' : 'en';
}

/** English function words: a Latin-script text with hardly any is not English (French, Turkish, German…). */
const ENGLISH_WORDS = new Set('the of and to in is that for on with as was by at it from said has have be are were will would an this his her their not but or after its which who told'.split(' '));

/**
 * Why a text is in none of the languages the engine reads, when it is not (null when it is, or may be):
 * a script other than Arabic, Cyrillic and Latin; a Cyrillic text in Ukrainian (і, ї, є, ґ); a Latin-script
 * text with almost no English words. Such a text is kept, with this warning, and nothing is read from it —
 * never read as another language.
 */
export function unreadLanguage(text: string): string | null {
  const w = unreadLanguageWarning(text);
  return w ? warningText(w) : null;
}

/** unreadLanguage's warning as a code (lib/model/warnings). */
export function unreadLanguageWarning(text: string): EngineWarning | null {
  const sample = text.slice(0, 20_000);
  // One pass over the letters, by script (the Arabic, Cyrillic and Latin ranges as detectLang counts them).
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  let ukrainian = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404 || c === 0x490) ukrainian++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c > 0x7f && /\p{L}/u.test(ch)) other++;
  }
  if (arabic + cyrillic + latin + other === 0) return null;
  if (other > Math.max(arabic, cyrillic, latin)) return warning('unread-script');
  if (cyrillic > Math.max(arabic, latin) && ukrainian >= 3) return warning('unread-ukrainian');
  if (latin > Math.max(arabic, cyrillic)) {
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
    if (words.length >= 12 && english / words.length < 0.04) return warning('unread-not-english');
  }
  return null;
}
