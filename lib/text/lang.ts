// The language of a text from its script: Arabic letters against Latin ones, so an English report that
// quotes an Arabic word stays English and an Arabic one naming "CNN" stays Arabic.
import type { Lang } from '../model/schema';

export function detectLang(text: string): Lang | null {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfeff)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  if (arabic === 0 && latin === 0) return null;
  return arabic >= latin ? 'ar' : 'en';
}
