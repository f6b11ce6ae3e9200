// A role's name in the UI's language: the engine and the gazetteer write roles as slugs ("spokesperson",
// "foreign-minister"); the actor panel says them in words, in English, Arabic or Russian. A slug this table lacks is
// written as its words (a test checks every slug the gazetteer and the lexicons can produce is here).
import type { UiLang } from './i18n';

export const ROLE_NAMES: Record<string, { en: string; ar: string; ru: string }> = {
  ambassador: { en: 'ambassador', ar: 'سفير' , ru: 'посол' },
  'assistant-secretary-general': { en: 'assistant secretary-general', ar: 'أمين عام مساعد' , ru: 'помощник генерального секретаря' },
  'assistant-secretary-of-state': { en: 'assistant secretary of state', ar: 'مساعد وزير الخارجية' , ru: 'помощник госсекретаря' },
  'chairman-sovereignty-council': { en: 'chairman of the Sovereignty Council', ar: 'رئيس مجلس السيادة' , ru: 'председатель Суверенного совета' },
  chancellor: { en: 'chancellor', ar: 'مستشار' , ru: 'канцлер' },
  'chief-negotiator': { en: 'chief negotiator', ar: 'كبير المفاوضين' , ru: 'главный переговорщик' },
  'cia-director': { en: 'CIA director', ar: 'مدير وكالة المخابرات المركزية' , ru: 'директор ЦРУ' },
  'commission-president': { en: 'Commission president', ar: 'رئيس المفوضية' , ru: 'председатель Еврокомиссии' },
  'communications-director': { en: 'communications director', ar: 'مدير الاتصالات' , ru: 'директор по коммуникациям' },
  'council-president': { en: 'Council president', ar: 'رئيس المجلس' , ru: 'председатель Совета' },
  counterpart: { en: 'counterpart', ar: 'نظير' , ru: 'коллега' },
  'crown-prince': { en: 'crown prince', ar: 'ولي العهد' , ru: 'наследный принц' },
  'defense-minister': { en: 'defence minister', ar: 'وزير الدفاع' , ru: 'министр обороны' },
  'deputy-defense-minister': { en: 'deputy defence minister', ar: 'نائب وزير الدفاع' , ru: 'замминистра обороны' },
  'deputy-foreign-minister': { en: 'deputy foreign minister', ar: 'نائب وزير الخارجية' , ru: 'замминистра иностранных дел' },
  'deputy-head': { en: 'deputy head', ar: 'نائب الرئيس' , ru: 'заместитель руководителя' },
  'deputy-secretary-general': { en: 'deputy secretary-general', ar: 'نائب الأمين العام' , ru: 'заместитель генерального секретаря' },
  'deputy-secretary-of-state': { en: 'deputy secretary of state', ar: 'نائب وزير الخارجية' , ru: 'заместитель госсекретаря' },
  'director-general': { en: 'director-general', ar: 'المدير العام' , ru: 'генеральный директор' },
  emir: { en: 'emir', ar: 'أمير' , ru: 'эмир' },
  envoy: { en: 'envoy', ar: 'مبعوث' , ru: 'посланник' },
  'foreign-minister': { en: 'foreign minister', ar: 'وزير الخارجية' , ru: 'министр иностранных дел' },
  'high-representative': { en: 'high representative', ar: 'الممثل الأعلى' , ru: 'верховный представитель' },
  'infrastructure-minister': { en: 'infrastructure minister', ar: 'وزير البنية التحتية' , ru: 'министр инфраструктуры' },
  king: { en: 'king', ar: 'ملك' , ru: 'король' },
  minister: { en: 'minister', ar: 'وزير' , ru: 'министр' },
  'minister-of-state': { en: 'minister of state', ar: 'وزير دولة' , ru: 'государственный министр' },
  'national-security-adviser': { en: 'national security adviser', ar: 'مستشار الأمن القومي' , ru: 'советник по национальной безопасности' },
  'permanent-representative': { en: 'permanent representative', ar: 'المندوب الدائم' , ru: 'постоянный представитель' },
  'political-bureau-chief': { en: 'head of the political bureau', ar: 'رئيس المكتب السياسي' , ru: 'глава политбюро' },
  president: { en: 'president', ar: 'رئيس' , ru: 'президент' },
  'presidential-aide': { en: 'presidential aide', ar: 'مساعد الرئيس' , ru: 'помощник президента' },
  'prime-minister': { en: 'prime minister', ar: 'رئيس الوزراء' , ru: 'премьер-министр' },
  secretary: { en: 'secretary', ar: 'وزير' , ru: 'министр' },
  'secretary-general': { en: 'secretary-general', ar: 'الأمين العام' , ru: 'генеральный секретарь' },
  'special-coordinator': { en: 'special coordinator', ar: 'المنسق الخاص' , ru: 'специальный координатор' },
  'special-envoy-for-iran': { en: 'special envoy for Iran', ar: 'المبعوث الخاص لإيران' , ru: 'спецпосланник по Ирану' },
  'special-envoy-for-ukraine': { en: 'special envoy for Ukraine', ar: 'المبعوث الخاص لأوكرانيا', ru: 'спецпосланник по Украине' },
  spokesperson: { en: 'spokesperson', ar: 'متحدث باسم' , ru: 'официальный представитель' },
  'supreme-leader': { en: 'supreme leader', ar: 'المرشد الأعلى' , ru: 'верховный лидер' },
  'under-secretary-general': { en: 'under-secretary-general', ar: 'وكيل الأمين العام' , ru: 'заместитель генерального секретаря' },
  'under-secretary-of-state': { en: 'under secretary of state', ar: 'وكيل وزارة الخارجية' , ru: 'заместитель госсекретаря' },
  'unnamed source': { en: 'unnamed source', ar: 'مصدر لم يُسمَّ' , ru: 'неназванный источник' },
};

/** The role in words, in the UI's language; an unknown slug as its words. */
export function roleName(title: string, lang: UiLang): string {
  return ROLE_NAMES[title]?.[lang] ?? title.replace(/-/g, ' ');
}
