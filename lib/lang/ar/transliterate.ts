// A readable Latin label for an Arabic name the gazetteer does not know (not a scholarly
// romanisation): long vowels as vowels, no diacritics, so "دميتري بيسكوف" reads "Dmytry Byskwf"-like
// enough for a reader without Arabic to tell actors apart.
const MAP: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: 'a', و: 'w', ي: 'y', ى: 'a', ء: "'", ئ: "'", ؤ: "'", پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g',
};

// Remembered, bounded: the same names recur in every document of a story.
const memo = new Map<string, string>();
export function transliterate(arabic: string): string {
  let out = memo.get(arabic);
  if (out === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(arabic, (out = transliterateOnce(arabic)));
  }
  return out;
}

function transliterateOnce(arabic: string): string {
  return arabic
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      let out = '';
      for (let i = 0; i < word.length; i++) {
        const ch = word[i]!;
        const next = word[i + 1];
        // و and ي between consonants are long vowels, at the start of a word consonants.
        if (ch === 'و' && i > 0) out += next && MAP[next] && !'اوي'.includes(next) ? 'u' : 'w';
        else if (ch === 'ي' && i > 0) out += next && !'اوي'.includes(next) ? 'i' : 'y';
        else out += MAP[ch] ?? (/[\u064B-\u0652\u0640]/.test(ch) ? '' : ch);
      }
      return out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join(' ');
}
