// An English label for an Arabic group the gazetteer does not know, when its words are common enough to gloss:
// "الحلفاء الأوروبيين" is "European allies", "المسؤولين الأمريكيين" "US officials", "دبلوماسيون غربيون"
// "Western diplomats". Only a head noun followed by adjectives, every word known, is glossed; anything else
// (a person's name above all) is left to transliteration.

/** Letters folded as the mention finder folds them: hamza seats, taa marbuta, alif maqsura; no diacritics. */
const fold = (w: string) =>
  w
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي');

/** Without the article and a leading conjunction or preposition glued to it: والحلفاء → حلفاء. */
const bare = (w: string) => fold(w).replace(/^(?:و|ف)?(?:ال|لل|بال)(?=\S{2})/, '');

const NOUNS: Record<string, string> = Object.fromEntries(
  (
    [
      ['allies', 'حلفاء'],
      ['partners', 'شركاء'],
      ['officials', 'مسؤولين مسؤولون مسئولين مسئولون'],
      ['official', 'مسؤول مسئول'],
      ['diplomats', 'دبلوماسيين دبلوماسيون ديبلوماسيين ديبلوماسيون'],
      ['diplomat', 'دبلوماسي ديبلوماسي'],
      ['sources', 'مصادر'],
      ['source', 'مصدر'],
      ['ministers', 'وزراء'],
      ['leaders', 'قاده زعماء'],
      ['ambassadors', 'سفراء'],
      ['negotiators', 'مفاوضين مفاوضون'],
      ['mediators', 'وسطاء'],
      ['experts', 'خبراء'],
      ['analysts', 'محللين محللون'],
      ['observers', 'مراقبين مراقبون'],
      ['delegation', 'وفد'],
      ['delegations', 'وفود'],
      ['countries', 'دول بلدان'],
      ['capitals', 'عواصم'],
      ['forces', 'قوات'],
      ['authorities', 'سلطات'],
      ['government', 'حكومه'],
      ['governments', 'حكومات'],
      ['parties', 'اطراف'],
    ] as const
  ).flatMap(([en, ar]) => ar.split(' ').map((w) => [w, en])),
);

const ADJECTIVES: Record<string, string> = Object.fromEntries(
  (
    [
      ['European', 'اوروبيين اوروبيون اوروبي اوروبيه اوروبيتين'],
      ['Western', 'غربيين غربيون غربي غربيه'],
      ['US', 'امريكيين امريكيون امريكي امريكيه اميركيين اميركيون اميركي اميركيه'],
      ['Russian', 'روس روسي روسيه'],
      ['Ukrainian', 'اوكرانيين اوكرانيون اوكراني اوكرانيه'],
      ['Arab', 'عرب عربي عربيه'],
      ['Gulf', 'خليجيين خليجيون خليجي خليجيه'],
      ['Iranian', 'ايرانيين ايرانيون ايراني ايرانيه'],
      ['Turkish', 'اتراك تركي تركيه'],
      ['Chinese', 'صينيين صينيون صيني صينيه'],
      ['French', 'فرنسيين فرنسيون فرنسي فرنسيه'],
      ['British', 'بريطانيين بريطانيون بريطاني بريطانيه'],
      ['German', 'المان الماني المانيه'],
      ['Israeli', 'اسرائيليين اسرائيليون اسرائيلي اسرائيليه'],
      ['Palestinian', 'فلسطينيين فلسطينيون فلسطيني فلسطينيه'],
      ['Qatari', 'قطريين قطريون قطري قطريه'],
      ['Egyptian', 'مصريين مصريون مصري مصريه'],
      ['Saudi', 'سعوديين سعوديون سعودي سعوديه'],
      ['Emirati', 'اماراتيين اماراتيون اماراتي اماراتيه'],
      ['international', 'دوليين دوليون دولي دوليه'],
      ['regional', 'اقليميين اقليميون اقليمي اقليميه'],
      ['senior', 'كبار'],
      ['informed', 'مطلعه مطلعين مطلعون مطلع'],
      ['diplomatic', 'دبلوماسيه ديبلوماسيه'],
      ['official', 'رسميه رسمي رسميين'],
      ['security', 'امنيه امني'],
      ['military', 'عسكريه عسكري عسكريين'],
      ['government', 'حكوميه حكومي'],
    ] as const
  ).flatMap(([en, ar]) => ar.split(' ').map((w) => [w, en])),
);

/** "European allies" for "الحلفاء الأوروبيين"; undefined unless the words are a known noun and known adjectives. */
export function glossGroup(written: string): string | undefined {
  const words = written.trim().split(/\s+/).map(bare);
  // كبار comes before its noun: كبار المسؤولين.
  const senior = words[0] === 'كبار' && words.length > 1;
  const [head, ...adjs] = senior ? words.slice(1) : words;
  const noun = head ? NOUNS[head] : undefined;
  if (!noun || adjs.length > 3) return undefined;
  const english = adjs.map((a) => ADJECTIVES[a]);
  if (english.some((a) => !a)) return undefined;
  // Arabic puts the adjectives after the noun, the nearest first; English before it, the nearest last.
  return [...(senior ? ['senior'] : []), ...english.reverse(), noun].join(' ').replace(/^./, (c) => c.toUpperCase());
}
