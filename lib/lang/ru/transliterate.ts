// A Latin label for a Russian name the gazetteer does not know, in the BGN/PCGN manner newsrooms use
// (Рябков → Ryabkov, Ульянов → Ulyanov, Мединский → Medinskiy): a table of letters, nothing more.
const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya',
};

export function latinRu(written: string): string {
  let out = '';
  for (const ch of written) {
    const lower = ch.toLowerCase();
    const t = MAP[lower];
    if (t === undefined) out += ch;
    else out += ch !== lower && t ? t[0]!.toUpperCase() + t.slice(1) : t;
  }
  return out;
}
