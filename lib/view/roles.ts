// A role's name in the UI's language: the engine and the gazetteer write roles as slugs ("spokesperson",
// "foreign-minister"); the actor panel says them in words, in English or Arabic. A slug this table lacks is
// written as its words (a test checks every slug the gazetteer and the lexicons can produce is here).
import type { UiLang } from './i18n';

export const ROLE_NAMES: Record<string, { en: string; ar: string }> = {
  ambassador: { en: 'ambassador', ar: 'سفير' },
  'assistant-secretary-general': { en: 'assistant secretary-general', ar: 'أمين عام مساعد' },
  'assistant-secretary-of-state': { en: 'assistant secretary of state', ar: 'مساعد وزير الخارجية' },
  'chairman-sovereignty-council': { en: 'chairman of the Sovereignty Council', ar: 'رئيس مجلس السيادة' },
  chancellor: { en: 'chancellor', ar: 'مستشار' },
  'chief-negotiator': { en: 'chief negotiator', ar: 'كبير المفاوضين' },
  'cia-director': { en: 'CIA director', ar: 'مدير وكالة المخابرات المركزية' },
  'commission-president': { en: 'Commission president', ar: 'رئيس المفوضية' },
  'communications-director': { en: 'communications director', ar: 'مدير الاتصالات' },
  'council-president': { en: 'Council president', ar: 'رئيس المجلس' },
  counterpart: { en: 'counterpart', ar: 'نظير' },
  'crown-prince': { en: 'crown prince', ar: 'ولي العهد' },
  'defense-minister': { en: 'defence minister', ar: 'وزير الدفاع' },
  'deputy-defense-minister': { en: 'deputy defence minister', ar: 'نائب وزير الدفاع' },
  'deputy-foreign-minister': { en: 'deputy foreign minister', ar: 'نائب وزير الخارجية' },
  'deputy-head': { en: 'deputy head', ar: 'نائب الرئيس' },
  'deputy-secretary-general': { en: 'deputy secretary-general', ar: 'نائب الأمين العام' },
  'deputy-secretary-of-state': { en: 'deputy secretary of state', ar: 'نائب وزير الخارجية' },
  'director-general': { en: 'director-general', ar: 'المدير العام' },
  emir: { en: 'emir', ar: 'أمير' },
  envoy: { en: 'envoy', ar: 'مبعوث' },
  'foreign-minister': { en: 'foreign minister', ar: 'وزير الخارجية' },
  'high-representative': { en: 'high representative', ar: 'الممثل الأعلى' },
  'infrastructure-minister': { en: 'infrastructure minister', ar: 'وزير البنية التحتية' },
  king: { en: 'king', ar: 'ملك' },
  minister: { en: 'minister', ar: 'وزير' },
  'minister-of-state': { en: 'minister of state', ar: 'وزير دولة' },
  'national-security-adviser': { en: 'national security adviser', ar: 'مستشار الأمن القومي' },
  'permanent-representative': { en: 'permanent representative', ar: 'المندوب الدائم' },
  'political-bureau-chief': { en: 'head of the political bureau', ar: 'رئيس المكتب السياسي' },
  president: { en: 'president', ar: 'رئيس' },
  'presidential-aide': { en: 'presidential aide', ar: 'مساعد الرئيس' },
  'prime-minister': { en: 'prime minister', ar: 'رئيس الوزراء' },
  secretary: { en: 'secretary', ar: 'وزير' },
  'secretary-general': { en: 'secretary-general', ar: 'الأمين العام' },
  'special-coordinator': { en: 'special coordinator', ar: 'المنسق الخاص' },
  'special-envoy-for-iran': { en: 'special envoy for Iran', ar: 'المبعوث الخاص لإيران' },
  spokesperson: { en: 'spokesperson', ar: 'متحدث باسم' },
  'supreme-leader': { en: 'supreme leader', ar: 'المرشد الأعلى' },
  'under-secretary-general': { en: 'under-secretary-general', ar: 'وكيل الأمين العام' },
  'under-secretary-of-state': { en: 'under secretary of state', ar: 'وكيل وزارة الخارجية' },
  'unnamed source': { en: 'unnamed source', ar: 'مصدر لم يُسمَّ' },
};

/** The role in words, in the UI's language; an unknown slug as its words. */
export function roleName(title: string, lang: UiLang): string {
  return ROLE_NAMES[title]?.[lang] ?? title.replace(/-/g, ' ');
}
