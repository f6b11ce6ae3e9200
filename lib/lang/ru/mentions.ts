// Russian actor mentions. Russian inflects names (Песков, Пескова, Пескову, Песковым; Захарова, Захаровой;
// Россия, России), so the gazetteer's Russian names, the metonyms (Кремль, Москва) and the role titles are
// matched word by word on stems (./stem: the Snowball stemmer), not as written. A title names the office's
// holder on the publication date (пресс-секретарь президента России → Peskov), or, with a name after it,
// that person (замглавы МИД России Сергей Рябков); a person the gazetteer does not know is made from the
// name a title introduces, and named again later by the surname in any case.
import type { Gazetteer } from '../../extract/gazetteer';
import type { ActorMention } from '../../extract/mentions';
import { lowerBound } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { CUE_RE_RU, CUES_RU, METONYMS_RU, NATIONALITY_ADJ_RU, PASSIVES_RU, TITLES_RU } from './lexicon';
import { sameStem, stemRu } from './stem';
import { latinRu } from './transliterate';

interface Word {
  start: number;
  end: number;
  stem: string;
  upper: boolean;
}
interface Entry {
  stems: string[];
  /** The words as the gazetteer or the lexicon writes them (the nominative), lower case. */
  words: string[];
  /** Whether each word of the name is capitalised as the gazetteer writes it (then it must be in the text too). */
  caps: boolean[];
  /** Words that match only as written (a foreign name that does not decline). */
  exact?: boolean[];
  id: string | null;
  metonym: boolean;
  role?: { title: string; of: string } | null;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/gu;
const isUpper = (w: string) => /^\p{Lu}/u.test(w);
const plain = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
/** Unnamed sources: источник в Кремле, дипломатический источник, собеседник в одной из делегаций, источник,
 *  знакомый с ходом переговоров. */
const SOURCE =
  /(?<![\p{L}])(?:(?:два|три|четыре|несколько|нескольких|двух|трех|трёх|друг(?:ой|ая|ие|ого|ому|им))\s+)?(?:(?:дипломатическ|высокопоставленн|информированн|осведомленн|осведомлённ|анонимн|неназванн|военн|правительственн|надежн|надёжн|собственн|(?:американск|российск|европейск|западн|израильск|турецк|иранск|украинск|китайск|арабск|египетск|катарск|саудовск|суданск|сирийск|французск|британск|германск|немецк|белорусск|ливанск|палестинск|иракск|пакистанск|индийск|японск|корейск|казахстанск|азербайджанск|армянск|грузинск)\p{L}*)\p{L}*\s+){0,2}(?:(?:близк|приближенн|приближённ)\p{L}*\s+к\s+\p{Lu}[\p{L}-]*\s+)?(?:источник|собеседник)(?:а|у|ом|е|и|ов|ам|ами)?(?:\s+(?:агентства|издания|газеты|телеканала|портала|"[^"\n]{1,30}"|\p{Script=Latin}[\p{Script=Latin}.&-]*(?:\s+\p{Script=Latin}[\p{Script=Latin}.&-]*){0,3}|РБК|ТАСС|РИА(?:\s+Новости)?|НТВ|ВГТРК|RT))?(?:\s+(?:в|во|из)\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}"-]+(?=\s*[,.;:"]|\s+(?:сообщил|рассказал|пояснил|заявил|отметил|уточнил|подтвердил|добавил|не\s+исключил|считает|считают|полагает|полагают|утверждает|утверждают|признал|предупредил|сообщили|рассказали|пояснили|заявили|отметили|уточнили|подтвердили|подчеркнули|предупреждают|предупредили|не\s+исключают|допускают|сообщают|рассказывают|заметил|указал|назвал|выразил|сказал|настаивает|напомнил|подчеркнул|признался)(?![\p{L}]))|,\s*(?:знаком\p{L}*\s+с|близк\p{L}*\s+к|осведомленн\p{L}*\s+о|осведомлённ\p{L}*\s+о)\s+[^,.;]{3,60}(?=[,.;]))?/giu;
/** People who know, unnamed: осведомленные лица, люди, знакомые с ситуацией, информированные собеседники. */
const INFORMED = /(?<![\p{L}])(?:(?:осведомленн|осведомлённ|информированн)\p{L}*\s+(?:лиц|люд|человек)\p{L}*|(?:знакомые|знакомых)\s+с\s+(?:ситуацией|ходом\s+переговоров|планами|подготовкой|вопросом|деталями)\s+(?:люди|людей|лица|лиц)|(?:люди|людей|лица|лиц|человек)\s*,\s*знаком\p{L}*\s+с\s+[^,.;]{3,40}(?=[,.;]))(?![\p{L}])/giu;
/** Witnesses and residents, and one of a group, unnamed: очевидцы, местные жители, один из участников переговоров. */
const WITNESS = /(?<![\p{L}])(?:(?:[Мм]естн\p{L}*\s+)?(?:[Жж]ител(?:и|ей|ям|ями)|[Оо]чевидц(?:ы|ев|ам|ами)|[Сс]видетел(?:и|ей|ям|ями))|[Уу]частник(?:и|ов|ам|ами)\s+(?:встречи|переговоров|совещания|саммита|заседания|консультаций)|[Сс]отрудник(?:и|а|у|ом)?\s+(?:одной\s+из\s+)?(?:делегаци\p{L}*|посольств\p{L}*|миссии|аппарата)|(?:[Оо]дин|[Оо]дна|[Оо]дного|[Оо]дной)\s+из\s+(?:участников|членов|представителей|собеседников|дипломатов|источников|чиновников|переговорщиков|сотрудников|них|экспертов|аналитиков)(?:\s+(?:[\p{Ll}-]+(?:ой|ей|ых|их|ого|его)\s+)?(?:переговоров|делегации|делегаций|встречи|сторон|администрации|правительства|министерства))?)(?![\p{L}])/gu;
/** An official of a delegation, a side or a body, unnamed: представитель иранской делегации. */
const OFFICIAL = /(?<![\p{L}])(?:(?:(?:[Оо]фициальн|[Вв]ысокопоставленн|[Нн]еназванн|[Аа]нонимн)\p{L}*\s+)?[Пп]редставител(?:ь|я|ю|ем|е)\s+(?:одной\s+из\s+)?(?:[\p{Ll}-]+(?:ой|ей|ого|его|их|ых)\s+)?(?:делегаци|сторон|ведомств|администраци|правительств|посольств)\p{L}*|(?:посол|посла|послу|послом|дипломат|дипломата)\s+одной\s+из\s+(?:[\p{Ll}-]+\s+){0,2}(?:стран|государств|делегаций))(?![\p{L}])/gu;
/** Officials as a group, with their country: турецкие чиновники, украинских властей, западных СМИ. */
/** An outlet in quotation marks after the words that cite it (по данным «Татар-информа», как пишет «Коммерсант»,
 *  со ссылкой на «Известия»): the quoted name (quotes are straight in the normalised text). */
const QUOTED_OUTLET = /(?<=(?:[Пп]о\s+данным|[Пп]о\s+информации|[Пп]о\s+сведениям|[Сс]о\s+ссылкой\s+на|[Сс]сылаясь\s+на|(?:сообщает|сообщают|передает|передаёт|пишет|пишут|сообщило|сообщила|передало|написало|выяснил[оа]?|узнал[оа]?|отмечает|утверждает|уточняет|указывает|подчеркивает|считает|стало\s+известно|рассказал[аои]?|сообщил[аои]?|заявил[аои]?|пояснил[аои]?)|(?:газет|издани|агентств|телеканал|радиостанци|портал|сайт|[Tt]elegram-канал|[Тт]елеграм-канал|канал)\p{L}*)\s+)"(\p{Lu}[^"\n]{1,40})"|(?<=(?:^|[.!?\n]\s*|[,:]\s+|\s(?:а|и|но|Ранее|ранее|Также|также)\s+))"(\p{Lu}[^"\n]{1,40})"(?=\s+(?:со\s+ссылкой\s+на|ссылаясь\s+на|(?:также\s+|ранее\s+)?(?:пишет|пишут|сообщает|сообщают|сообщил[аио]?|сообщал[аио]?|передает|передаёт|утверждает|информирует|выяснил[аио]?|опубликовал[аио]?)(?![\p{L}])))/gu;
/** After a document's noun, a body's name in the genitive that opens with a capital (… Национальной
 *  разведывательной организации Турции), up to the punctuation that ends it. */
const DOC_OWNER = /(?<=(?<![\p{L}])(?:заявлении|сообщении|коммюнике|пресс-релизе|релизе|докладе|заявления|сообщения|заявлению|сообщению|релиза|доклада|докладу|постановлении|постановления|решении|решения|определении|ноте|записке|письме|обращении|отчете|отчёте)\s+)(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){1,7}?(?:\s+\p{Lu}[\p{L}-]*){0,2}|(?:посольства|постпредства|представительства|генконсульства|консульства|министерства|правительства|администрации|канцелярии|парламента|суда|комиссии|палаты|комитета|службы|штаба|генштаба|управления|секретариата)(?:\s+\p{Ll}[\p{Ll}-]*){0,4}?(?:\s+\p{Lu}[\p{L}-]*){1,2}(?:\s+(?:в|при)\s+\p{Lu}[\p{L}-]*)?)(?=\s*[,.;:!?(]|\s*$|\s+(?:говорится|отмечается|подчеркивается|подчёркивается|указывается|сообщается|утверждается|содержится|выражается)(?![\p{L}]))/gu;
const LATIN_OUTLET = /(?<=(?<![\p{L}])(?:[Гг]азет|[Ии]здани|[Аа]гентств|[Тт]елеканал|[Жж]урнал|[Пп]ортал|[Рр]адиостанци|[Tt]elegram-канал|[Тт]елеграм-канал)\p{L}*\s+)\p{Script=Latin}[\p{Script=Latin}\p{N}.&'-]*(?:\s+(?=\p{Script=Latin})\p{Lu}[\p{Script=Latin}\p{N}.&'-]*){0,3}/gu;
/** A Latin name where an outlet speaks (по данным Bloomberg; как выяснила Financial Times; Semafor пишет; Kyodo со
 *  ссылкой на …): an outlet the gazetteer does not hold. */
const LATIN_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{Script=Latin}\p{N}.&']*(?:-[\p{Script=Latin}\p{N}]+)*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{Script=Latin}\p{N}.&']*(?:-[\p{Script=Latin}\p{N}]+)*){0,4}(?![\p{L}-])`;
const LATIN_SPEAKING = new RegExp(
  String.raw`(?<=(?:[Пп]о\s+данным|[Пп]о\s+информации|[Пп]о\s+сведениям|[Сс]огласно\s+данным|[Сс]о\s+ссылкой\s+на|(?<![\p{L}])(?:[Кк]ак\s+)?(?:уже\s+|ранее\s+)?(?:сообщает|сообщают|сообщал[аои]?|сообщил[аои]?|передает|передаёт|передавал[аои]?|пишет|писал[аои]?|выяснил[аои]?|узнал[аои]?|утверждает|информирует|стало\s+известно))(?:\s+[\p{Ll}-]+(?:ая|ий|ое|ые|ой))?\s+)(?:${LATIN_NAME}|[\p{L}\p{N}-]+\.(?:kg|ru|uz|kz|am|az|by|ua|md|ge|tj|com|net|org|info))(?![\p{L}])|(?<=(?:^|[.!?\n]\s*|[,:]\s+|\s(?:а|и|но|Ранее|ранее|Также|также)\s+))${LATIN_NAME}(?=\s+(?:со\s+ссылкой\s+на|ссылаясь\s+на|(?:также\s+|ранее\s+)?(?:пишет|сообщает|сообщил[аои]?|сообщал[аои]?|передает|передаёт|утверждает|информирует|выяснил[аои]?|опубликовал[аои]?|распространил[аои]?)(?![\p{L}])))`,
  'gu',
);
/** A body the gazetteer does not hold, where it speaks: в краевом министерстве сельского хозяйства, в Госдуме, в
 *  пресс-службе губернатора, в посольстве Венгрии. The preposition stays outside. */
/** The plural verbs of saying an institution speaks with (заявили, назвали, расценивают), a few words of object
 *  allowed between (В посольстве РФ доклад назвали…). */
/** The one-word plural verbs of saying as an alternation, longest first; `strong`: not the weak ones. */
const pluralCues = (strong: boolean) => [...CUES_RU].filter(([k, f]) => f.plural && !(strong && f.weak) && !k.includes(' ')).map(([k]) => k).sort((a, b) => b.length - a.length).join('|');
const PLURAL_CUES = pluralCues(false);
const BODY_AFTER_V = new RegExp(String.raw`(?<=(?<![\p{L}])(?:[Вв]|[Вв]о)\s+)(?:[\p{L}-]+(?:ом|ем|ой|ей)\s+){0,2}(?:министерстве|ведомстве|комитете|администрации|правительстве|посольстве|аппарате|канцелярии|окружении|офисе|парламенте|постпредстве|представительстве|генконсульстве|консульстве|совете|пресс-службе|штабе|секретариате|мэрии|департаменте|управлении|Госдуме|Совфеде|Раде|Кнессете|Сенате|Конгрессе|Генштабе|генштабе|кабмине|Кабмине|Минфине|Минэкономразвития|Мин(?!ске)\p{Ll}{2,}е|минфине|[Гг]енпрокуратуре|прокуратуре|оперштабе|оперативном\s+штабе|МВД|МЧС|ФСБ|СВР|ЦИК|[Цц]ентризбиркоме|[Цц]ентробанке|[Нн]ацбанке|[Сс]ледственном\s+комитете|полиции|правлении)(?:\s+(?:в\s+\p{Lu}[\p{L}-]*|(?!(?:что|о|об|в|на|по|с|и|а|но|заявили|сообщили|считают|пояснили|уточнили|рассказали|отметили|подчеркнули|добавили|напомнили|подтвердили|опровергли|ответили)(?![\p{L}]))(?:[\p{L}-]+|"[^"\n]{1,40}"))){0,4}?(?=\s*(?:[,.;:]|(?:\s+[\p{Ll}-]+){0,3}?\s+(?:не\s+)?(?:${PLURAL_CUES})(?![\p{L}])))`, 'gu');
/** A body in the nominative where it speaks: before a verb of saying (Посольство России в Сеуле написало), or
 *  after one, ending the clause (сообщает пресс-служба правительства Амурской области). */
const BODY_HEAD = String.raw`(?:(?:[Пп]осольство|Администрация|министерство(?=\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?\p{Lu})|[Пп]остпредство|[Гг]енконсульство|[Кк]онсульство|[Пп]редставительство|[Пп]ресс-служба|[Оо]тдел|[Уу]правление|[Дд]епартамент|[Аа]ппарат|[Кк]анцелярия|[Пп]ресс-центр|Министерство|Офис|Секретариат|Генштаб|Генеральный\s+штаб|Кабинет\s+министров|Правительство|Мин(?!ск|истр)[а-яё]{3,}(?<!ский|ская|ское|ские|ского|ской)|Рос(?!си[ияюей]|сийск)[а-яё]{4,}|(?:\p{Lu}\p{Ll}+(?:ая|ий|ый|ое)\s+)(?:\p{Ll}+(?:ая|ий|ый|ое)\s+)?(?:служба|комиссия|дворец|комитет|совет|агентство|министерство|управление|инспекция|палата|суд|банк|парламент|фонд|трибунал|конгресс|сенат|собрание|центр|консорциум|ассоциация|организация|союз|правительство|корпорация|компания|концерн))|(?:Служба|Агентство|Комитет|Комиссия|Корпус|Центризбирком|Центробанк|Нацбанк|Конституционный\s+суд|Верховный\s+суд)(?=\s+\p{Ll}|\s+\p{Lu}\p{Ll}+(?:ии|ы|а|и)(?![\p{L}]))(?!\s+\p{Ll}+(?:л|ла|ло|ли|ет|ют|ит|ят|ется|ются)(?![\p{L}])))`;
/** The words after which a speaker stands in the genitive: по словам, по мнению, со слов, по данным, по сообщению. */
const ACCORDING_TO = /(?<![\p{L}])(?:по\s+словам|по\s+мнению|со\s+слов|по\s+оценке|по\s+данным|по\s+информации|по\s+сообщению)(?![\p{L}])/giu;
/** Capitalised words that stand before a surname and are no first name: titles, ranks, adjectives, days. */
const NOT_FIRST_NAME = /^(?:Президент\p{L}*|Премьер\p{L}*|Лидер\p{L}*|Канцлер\p{L}*|Корол\p{L}*|Принц\p{L}*|Шейх\p{L}*|Эмир\p{L}*|Султан\p{L}*|Генерал\p{L}*|Маршал\p{L}*|Господин\p{L}*|Госпож\p{L}*|Мистер|Миссис|Патриарх\p{L}*|Папа|Кандидат\p{L}*|Сенатор\p{L}*|Депутат\p{L}*|Губернатор\p{L}*|Мэр\p{L}*|Вчера|Сегодня|Завтра|Тогда|Затем|Потом|Теперь|Сейчас|Здесь|Там|Так|Уже|Еще|Ещё|Лишь|Только|Даже|Именно|Поэтому|Однако|Впрочем|Кстати|Вероятно|Видимо|Наконец|Позже|Накануне)$|(?:ий|ый|ой|ая|ое|ые|ие|ого|ому|ым|ом|(?:ш|щ|ж|ч|н)ей)$/u;
/** What stands between a verb of saying and the title of its speaker: the outlet told, the place, the channel. */
const CUE_GAP = /^(?:\s+(?:"[^"\n]{1,40}"|журналистам|репортерам|репортёрам|из\s+\p{Lu}[\p{L}-]*|в\s+(?:эфире|беседе\s+с|интервью|разговоре\s+с|комментарии\s+для)\s+(?:"[^"\n]{1,40}"|\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)?|[\p{Ll}-]+\s+"[^"\n]{1,40}")|в\s+(?:своем|своём)\s+[\p{L}-]+(?:\s+в\s+[\p{L}-]+)?|на\s+(?:брифинге|пресс-конференции)))+/u;
/** The title of an expert before a name, in its sentence (ведущий научный сотрудник Института … ). */
const EXPERT_TITLE = /(?:эксперт|аналитик|политолог|экономист|сотрудни|профессор|директор|руководител|исследовател)\p{L}*[^.!?\n]*$/iu;
/** An honorific before a name (шейх Тамим, принц Фейсал): not the name. */
const HONORIFIC = /^(?:шейх|принц|эмир|султан)$/u;
/** The particles between the words of a name (Мухаммед бен Сальман, Урсула фон дер Ляйен, Лула да Силва). */
const NAME_PARTICLE = /^(?:бен|бин|ибн|фон|дер|ван|де|да|дос|ди)$/u;
/** A name's word with the Arabic article before it, lower case (аль-Башир, аш-Шараа, ас-Судани). */
const ARTICLE_NAME = /^(?:аль|ал|аш|ас|ад|ан|ат|ар|аз|эль|эд|эт|эш)-\p{Lu}\p{Ll}+$/u;
/** A person's name of two to five capitalised words, the particles of Arabic, German and Dutch names between them
 *  (бен, фон дер, аль-, аш-), after an honorific (шейх, принц), ending where lower case, a comma or a bracket starts. */
const LONG_NAME = /(?:(?:шейх|принц|эмир|султан)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:(?:бен|бин|ибн|фон|дер|ван|де|да|дос|ди)\s+)*(?:(?:аль|ал|аш|ас|ад|ан|ат|ар|аз|эль|эд|эт|эш)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,4})(?=\s*[,(]|\s+\p{Ll}|\s*$)/uy;
/** A name after a title whose head opens the clause, past the words of the title (lower case, abbreviations, and the
 *  names already found in it: Китая, Катара, ООН): [start, end, surname, how many mentions it replaces] in the text,
 *  or null. A name that overlaps one already found is that one's. */
function titledName(clause: string, from: number, out: readonly ActorMention[]): [number, number, string, number] | null {
  const lead = /^\s*(?:(?:и|а|но|Накануне|Позднее|Сегодня|Вчера|Тогда|Затем)\s+)?/u.exec(clause)![0].length;
  // (adjectives before the head: Постоянный представитель, Ведущий научный сотрудник)
  // (and a possessive: его официальный представитель Стефан Дюжаррик)
  const first = /^(?:(?:его|ее|её|их)\s+)?(?:[\p{L}-]+(?:ый|ий|ой|ая|яя)\s+){0,2}([\p{L}-]+)/u.exec(clause.slice(lead));
  if (!first || !(HEAD.test(plain(first[1]!)) || /^(?:президент|вице-президент|премьер|премьер-министр|канцлер|король|королева|эмир)\p{L}*$/u.test(plain(first[1]!)))) return null;
  const covered = (a: number, b: number) => {
    const x = out[lowerBound(out, from + b) - 1];
    return Boolean(x && x.start <= from + a && x.end >= from + b);
  };
  for (const w of clause.slice(lead + first[0].length).matchAll(/[\p{L}-]+/gu)) {
    const at = lead + first[0].length + w.index;
    const word = w[0];
    if (/^\p{Ll}/u.test(word) && !/^(?:шейх|принц|эмир|султан)$/u.test(word)) continue;
    // (a name in quotation marks the title holds: аналитик ИК «Вектор Инвест» Тимур Асланов)
    if ((clause.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1) continue;
    if (/^\p{Lu}{2,}$/u.test(word) || covered(at, at + word.length)) continue;
    LONG_NAME.lastIndex = at;
    const n = LONG_NAME.exec(clause);
    // (a body's name in the genitive the title holds: Института востоковедения РАН; Комитета Совета Федерации по
    // обороне)
    if ((!n || NOT_A_NAME.test(word) || /^\s+(?:по|при|и|в|на|для)\s/u.test(clause.slice(at + n[0].length))) && /(?:а|я|и|ы|ов|ев|ей|ого|ой)$/u.test(word)) continue;
    if (!n) return null;
    const words = n[1]!.split(/\s+/);
    if (words.some((x) => NOT_A_NAME.test(x)) || /(?:ое|ее|ые|ие|ая|ый|ой|цкий|ский)$/u.test(words[0]!)) return null;
    const start = from + at + n[0].length - n[1]!.length;
    const end = from + at + n[0].length;
    const k = lowerBound(out, start);
    if (out[k - 1] && out[k - 1]!.end > start) return null;
    // (a surname the gazetteer matched alone, obliquely, inside a name with its own first name: Владимир Ермаков is
    // not Ермак's genitive plural)
    let n2 = 0;
    for (; out[k + n2] && out[k + n2]!.start < end; n2++) {
      const x = out[k + n2]!;
      if (!(x.oblique && x.how === 'name' && x.start > start && x.end <= end)) return null;
    }
    return [start, end, words.at(-1)!, n2];
  }
  return null;
}
/** A group named by what its members are, with whose they are, that opens its sentence and speaks with a plural verb
 *  of saying: Власти Мали, Буркина-Фасо и Нигера объявили; Представители движения ХАМАС сообщили; Министры
 *  иностранных дел стран АСЕАН на встрече в Куала-Лумпуре призвали; Студенческие организации, координирующие
 *  протесты, отвергли. The head's English (authorities, leaders…) labels it, with the names it holds. */
const GROUP_HEADS: readonly [RegExp, string][] = [
  [/^власти$/u, 'authorities'],
  [/^(?:лидеры|руководители)$/u, 'leaders'],
  [/^главы\s+государств/u, 'heads of state'],
  [/^главы\s+правительств/u, 'heads of government'],
  [/^(?:главы\s+(?:МИД|внешнеполитических\s+ведомств)|министры\s+иностранных\s+дел)/u, 'foreign ministers'],
  [/^министры\s+обороны/u, 'defence ministers'],
  [/^министры\s+финансов/u, 'finance ministers'],
  [/^министры/u, 'ministers'],
  [/^представители$/u, 'representatives'],
  [/^(?:депутаты|парламентарии)$/u, 'members of parliament'],
  [/^сенаторы$/u, 'senators'],
  [/^конгрессмены$/u, 'members of Congress'],
  [/^члены$/u, 'members'],
  [/^делегации$/u, 'delegations'],
  [/^правительства$/u, 'governments'],
  [/^(?:страны|государства)$/u, 'countries'],
  [/^родственники$/u, 'relatives'],
  [/^организации$/u, 'organisations'],
  [/^партии$/u, 'parties'],
  [/^профсоюзы$/u, 'trade unions'],
  [/^(?:правозащитники|правозащитные\s+организации)$/u, 'human rights groups'],
  [/^активисты$/u, 'activists'],
];
const GROUP_NOUN = String.raw`(?:власти|лидеры|руководители|главы(?:\s+(?:государств|правительств|МИД|внешнеполитических\s+ведомств))?|министры(?:\s+(?:иностранных\s+дел|обороны|финансов|экономики|энергетики|юстиции))?|представители|депутаты|парламентарии|сенаторы|конгрессмены|члены|делегации|правительства|страны|государства|родственники|организации|партии|профсоюзы|правозащитники|активисты)`;
/** Whose they are: names, words in the genitive (движения, стран, погибших), a list of names (Мали, Буркина-Фасо и
 *  Нигера). */
const GROUP_OF = String.raw`(?:\s+(?:\p{Lu}[\p{L}\p{N}+-]*|"[^"\n]{1,40}"|[\p{Ll}-]+(?:ого|его|ой|ей|ых|их|ии|ия|ства|ения|ов|ев|ей|ан|ин|ран)(?![\p{L}]))|\s*,\s*(?=\p{Lu})\p{Lu}[\p{L}-]*|\s+и\s+(?=\p{Lu})\p{Lu}[\p{L}-]*)`;
/** What may stand between the group and its verb: an aside between commas, a word of time or manner, the document
 *  or meeting it spoke in (в совместном заявлении, на встрече в Куала-Лумпуре, по итогам переговоров). */
const GROUP_GAP = String.raw`(?:\s*,[^,.;:!?"\n]{1,100},)?(?:\s+(?:также|вновь|уже|ранее|еще|ещё|единогласно|совместно|вчера|сегодня|накануне|в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|в\s+(?:своем\s+|своём\s+|совместном\s+|открытом\s+|специальном\s+)?(?:заявлении|обращении|письме|коммюнике|послании)|(?:на|в\s+ходе|по\s+итогам|после)\s+(?:[\p{Ll}-]+\s+)?(?:встречи|встрече|саммите|саммита|заседании|заседания|переговоров|переговорах|совещании|совещания|конференции|консультаций|консультациях)(?:\s+в\s+\p{Lu}[\p{L}-]*)?))*`;
/** Plural verbs of saying that are not weak (not договорились, not считают). */
const STRONG_PLURAL_CUES = pluralCues(true);
/** Circles and an entourage that speak unnamed, in the locative after в, before a plural verb: в дипломатических
 *  кругах отмечают; в окружении Нетаньяху дали понять; в близких к Кремлю кругах полагают. */
const CIRCLES = new RegExp(String.raw`(?<=(?<![\p{L}])[Вв]о?\s+)(?:(?:[\p{Ll}-]+(?:их|ых)\s+|близких\s+к\s+\p{Lu}[\p{L}-]*\s+){1,2}кругах(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?|окружении\s+(?:[\p{Ll}-]+\s+){0,4}?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})(?=\s+(?:также\s+|уже\s+|ранее\s+|не\s+)?(?:${STRONG_PLURAL_CUES}|считают|полагают|признают|уверены|опасаются|допускают|не\s+исключают|дали\s+понять)(?![\p{L}]))`, 'gu');
/** The alternatives of a pattern with their first letters in either case (власти → [Вв]ласти), for a sentence's
 *  first word. */
const anyCaseFirst = (pattern: string) => pattern.replace(/(?<=\(\?:|\|)(\p{Ll})/gu, (c) => `[${c.toUpperCase()}${c}]`);
const GROUP_NAMED = new RegExp(
  String.raw`(?<=(?:^|[.!?\n]"?\s*)(?:(?:Между\s+тем|Позднее|Позже|Тем\s+временем|Ранее|Также|В\s+свою\s+очередь|Однако|При\s+этом|Кроме\s+того|Вместе\s+с\s+тем),?\s+)?)(?:(?:\p{Lu}\p{Ll}+(?:ие|ые)\s+)(?:\p{Ll}+(?:ие|ые)\s+)?${GROUP_NOUN}(?:${GROUP_OF}){0,8}|${anyCaseFirst(GROUP_NOUN)}(?:${GROUP_OF}){1,8})(?=${GROUP_GAP}\s+(?:${STRONG_PLURAL_CUES})(?![\p{L}]))`,
  'gu',
);
/** Every verb of saying in one word, as a body's (сообщило, постановил, указывает). */
/** The verbs a body ending its clause comes after (сообщает пресс-служба правительства Амурской области). */
const BODY_VERB_BEFORE = String.raw`(?:называет|называют|указывает|считает|призывает|утверждает|утверждают|пригрозил[оаи]?|подтвердил[оаи]?|написал[оаи]?|сообщил[оаи]?|сообщает|сообщают|заявил[оаи]?|заявляет|опубликовал[оаи]?|уточнил[оаи]?|отметил[оаи]?|подчеркнул[оаи]?|напомнил[оаи]?|пояснил[оаи]?|распространил[оаи]?|передает|информирует|призвал[оаи]?|выразил[оаи]?|опроверг(?:ло|ла|ли)?|назвал[оаи]?|указал[оаи]?|предупредил[оаи]?|потребовал[оаи]?|осудил[оаи]?|приветствовал[оаи]?|обвинил[оаи]?|заверил[оаи]?|объявил[оаи]?)`;
const BODY_VERB = `(?:${[...CUES_RU.keys()].filter((k) => !k.includes(' ')).sort((a, b) => b.length - a.length).join('|')})`;
const BODY_NOMINATIVE = new RegExp(
  String.raw`(?<![\p{L}-])(?<!(?<![\p{L}])[Вв]о?\s+)${BODY_HEAD}(?:\s+(?!${BODY_VERB}(?![\p{L}])|(?:в|во|на|с|со)\s+\p{Ll})(?:[\p{L}-]+|"[^"\n]{1,40}")){0,6}?(?=\s*,?\s+(?:также\s+|уже\s+|ранее\s+)?(?:в\s+(?:своем|своём|официальном)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+)?${BODY_VERB}(?![\p{L}]))|(?<=(?<![\p{L}])${BODY_VERB_BEFORE}\s+)${BODY_HEAD}(?:\s+[\p{L}-]+){1,6}(?=\s*[.,;!?]|\s*$)|(?<=(?:^|[.!?\n])\s*)(?!\p{Lu}\p{Ll}+\s+дворец)${BODY_HEAD}(?:\s+(?!(?:в|во|на|с|со)\s+\p{Ll})(?:[\p{L}-]+|"[^"\n]{1,40}")){0,6}?(?=\s+(?:[\p{Ll}-]+\s+){0,4}?\p{Ll}{2,}(?:ил|ал|ял|ел|ул|ыл|ял)(?:а|о|и)?(?![\p{L}]))`,
  'gu',
);
/** A document that speaks with no author named with it (В коммюнике по итогам встречи отмечается; как говорится в
 *  документе; Согласно меморандуму, подписанному в Стамбуле, …; Из текста резолюции следует; Документ
 *  предусматривает): the document itself, as an unnamed source. Where an author follows its noun, the author
 *  speaks instead (statements.ts). */
const DOC_NOUN = String.raw`(?:заявлени|сообщени|документ|коммюнике|декларац|резолюц|доклад|письм|обращени|меморандум|протокол|текст|стенограмм|релиз|пресс-релиз|указ|соглашени|договор|итогов\p{L}*\s+документ|нот(?:а|е|у|ы|ой)(?![\p{L}])|записк|постановлени|определени|приговор|отчет|отчёт|справк|бюллетен|законопроект|послани|вывод(?=(?:ах|ы|ов)(?![\p{L}]))|заключени)\p{L}*`;
const DOC_ADJ = String.raw`(?:(?:[\p{Ll}-]+(?:ом|ем|ой|ей|ого|его|ому|ему|ую|юю|ая|яя|ое|ее|ый|ий|ых|их)|\p{Lu}\p{Ll}*(?:ской|ская|ский|ского|ское|скую|ском|ских|ской))\s+){0,3}`;
/** What a document's noun may be of: (мирного) соглашения, резолюции. */
const DOC_OF = String.raw`(?:\s+(?:[\p{Ll}-]+(?:ого|ой|ых|его|ей)\s+)?(?:соглашения|резолюции|договора|декларации|меморандума|документа|заявления))?`;
const DOC_PASSIVE = `(?:${['говорится', 'сказано', ...PASSIVES_RU].join('|')})`;
const DOC_SPEAKING = new RegExp(
  [
    // В коммюнике по итогам встречи отмечается; В документе, принятом в среду, говорится (an aside with no name)
    String.raw`(?<=(?<![\p{L}])[Вв]о?\s+)${DOC_ADJ}${DOC_NOUN}${DOC_OF}(?:\s+по\s+итогам\s+[\p{Ll}-]+)?(?=(?:\s*,[^,\p{Lu}"]{1,80},|\s*,\s*(?:[\p{Ll}]+\s+)?котор\p{L}*[^,"]{1,80},)?(?:\s+(?:также|особо|отдельно|прямо|четко|чётко))?\s+${DOC_PASSIVE}(?![\p{L}]))`,
    // …, как говорится в документе. / …, говорится в итоговом заявлении.
    String.raw`(?<=(?<![\p{L}])${DOC_PASSIVE}\s+во?\s+)${DOC_ADJ}${DOC_NOUN}(?:\s+по\s+итогам\s+[\p{Ll}-]+(?:\s+во?\s+\p{Lu}[\p{L}-]*)?)?(?=\s*[.;!?]|\s*$|\s*,(?![^,.;]{0,80}\p{Lu})|\s*,\s*(?:опубликованн|размещенн|размещённ|распространенн|распространённ)\p{L}*\s+(?:[\p{Ll}-]+\s+){0,2}(?:на\s+(?:официальном\s+)?(?:сайте|портале|странице)|в\s+(?:Telegram|telegram|телеграм|соцсет)))`,
    // со ссылкой на итоговую декларацию
    String.raw`(?<=(?<![\p{L}])[Сс]о\s+ссылкой\s+на\s+)${DOC_ADJ}${DOC_NOUN}(?=\s*[.,;]|\s+(?:сообщил|сообщило|сообщила|сообщили|сообщает|сообщают|передает|передаёт|пишет|пишут)(?![\p{L}]))`,
    // Согласно меморандуму, …; Согласно опубликованному тексту соглашения, …
    String.raw`(?<=(?<![\p{L}])[Сс]огласно\s+)${DOC_ADJ}${DOC_NOUN}(?:\s+(?:соглашения|резолюции|договора|декларации|меморандума|документа|заявления))?(?=\s*,)`,
    // Из текста резолюции следует; Как следует из опубликованной стенограммы, …
    String.raw`(?<=(?<![\p{L}])[Ии]з\s+)${DOC_ADJ}${DOC_NOUN}${DOC_OF}(?=\s+следует(?![\p{L}]))`,
    String.raw`(?<=(?<![\p{L}])следует\s+из\s+)${DOC_ADJ}(?:${DOC_NOUN}${DOC_OF}|материал\p{L}*(?:\s+дела)?)(?=\s*[.,;!?]|\s*$)`,
    // Документ предусматривает…; Текст заявления гласит: …
    String.raw`(?<=(?:^|[.!?\n]\s*))(?:Документ|Текст\s+(?:заявления|документа|резолюции|соглашения|закона|законопроекта|договора|декларации|меморандума|постановления|указа|письма|обращения)|Резолюция|Декларация|Соглашение|Меморандум|Коммюнике)(?=(?:\s*,[^,"]{1,80},)?(?:\s+также)?\s+(?:гласит|предусматривает|призывает|требует|осуждает|констатирует|подчеркивает|подчёркивает|отмечает)(?![\p{L}]))`,
  ].join('|'),
  'gu',
);
/** An English label for a document by its noun (коммюнике → the communiqué). */
const DOC_EN: [RegExp, string][] = [
  [/коммюнике/u, 'communiqué'], [/деклара/u, 'declaration'], [/резолюц/u, 'resolution'], [/доклад/u, 'report'], [/письм/u, 'letter'],
  [/обращени/u, 'address'], [/меморандум/u, 'memorandum'], [/протокол/u, 'protocol'], [/стенограм/u, 'transcript'], [/релиз/u, 'press release'],
  [/указ/u, 'decree'], [/соглашени/u, 'agreement'], [/договор/u, 'treaty'], [/заявлени/u, 'statement'], [/сообщени/u, 'statement'], [/текст/u, 'text'],
];
const documentEn = (words: string) => `the ${(words.includes('совместн') ? 'joint ' : words.includes('итогов') ? 'final ' : '') + (DOC_EN.find(([re]) => re.test(words))?.[1] ?? 'document')}`;
/** After "по данным", "по информации", "согласно оценкам": a body or a person the gazetteer lacks, in the genitive
 *  (по данным Государственной пограничной службы Украины; по информации Службы безопасности Украины; по данным
 *  Кирилла Дмитриева), up to the comma. */
const AFTER_ACCORDING = /(?<=(?<![\p{L}])(?:[Пп]о\s+(?:данным|информации|сведениям|оценке|оценкам|словам|мнению|подсчетам|подсчётам)|[Сс]огласно\s+(?:данным|оценкам|информации|подсчетам|подсчётам))\s+)(?:\p{Lu}[\p{Ll}-]+|\p{Ll}+(?:ского|цкого|ской|цкой)(?=\s+(?:министерства|ведомства|правительства|посольства|минфина|минобороны|генштаба|парламента)(?![\p{L}])))(?:\s+(?:[\p{L}-]+|"[^"\n]{1,30}")){0,6}?(?=\s*,)/gu;
/** After "со ссылкой на": a body the gazetteer lacks, in the accusative (пресс-службу посольства России в Анкаре;
 *  правительство страны; Высший совет национальной безопасности), up to the punctuation or the verb. */
const SSYLKA_BODY = /(?<=(?<![\p{L}])[Сс]о\s+ссылкой\s+на\s+)(?:пресс-службу|посольство|министерство|ведомство|правительство|администрацию|офис|штаб|аппарат|канцелярию|\p{Lu}\p{Ll}+(?:\s+(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*)){1,5}?)(?:\s+(?:[\p{Ll}-]+|\p{Lu}[\p{L}-]*|в\s+\p{Lu}[\p{L}-]*)){0,5}?(?=\s*[.,;]|\s+(?:сообщил|сообщило|сообщила|сообщили|сообщает|сообщают|сообщал|передает|передаёт|пишет|пишут|утверждает)(?![\p{L}]))/gu;
const BODY_GENITIVE = /^(?:Министерства|Службы|Управления|Комитета|Совета|Агентства|Департамента|Штаба|Генштаба|Генерального|Государственной|Государственного|Федеральной|Федерального|Национальной|Национального|Главного|Центрального|Пограничной|Пресс-службы|Офиса|Аппарата|Администрации|Правительства|Минобороны|Минздрава|Минфина|Министерств|Сил|Вооруженных|Вооружённых|Армии|Полиции|Прокуратуры|Суда|Верховного|Парламента|Кабинета|Кабмина|Мэрии|Посольства|Миссии|Представительства|Комиссии|Фонда|Банка|Центра|Института|Организации|Ассоциации|Союза|Палаты)$/u;
/** An expert or an official the words describe but do not name (known to the outlet that asked: опрошенный «МК»). */
const EXPERT = /(?<![\p{L}])(?:опрошенн\p{L}*\s+(?:(?:"[^"]{1,30}"|\p{Lu}{2,}\p{L}*)\s+)?)?(?:\p{Ll}+(?:ый|ий|ой)\s+)?(?:(?:эксперт|аналитик|политолог|наблюдател|экономист|следовател)(?:ы|и)(?=\s*,|\s+\p{Lu}|\s+\p{Ll}+(?:ют|ят|ут|ались|ились)(?![\p{L}]))|политолог|эксперт|аналитик|востоковед|американист|международник|синолог|китаист|японист|кореевед|тюрколог|арабист|иранист|экономист|историк|социолог|конфликтолог|(?<=(?:федеральн|высокопоставленн|американск|российск|европейск|турецк|украинск|израильск|иранск)\p{Ll}*\s+)чиновник)(?:-\p{Ll}+)?(?:\s+(?:[\p{Ll}-]+(?:ого|его|ой|ей)\s+)?(?:банка|компании|фонда|центра|института|университета|МГИМО|ВШЭ|РСМД|РАН)|\s+\p{Script=Latin}[\p{Script=Latin}\p{N}&.'-]*(?:\s+\p{Script=Latin}[\p{Script=Latin}\p{N}&.'-]*){0,2}|\s+"[^"]{1,30}")?(?![\p{L}])/giu;
/** An unnamed official of a body, with his rank: высокопоставленный представитель Госдепартамента. */
const SENIOR = /(?<![\p{L}])(?:[Вв]ысокопоставленн|[Нн]еназванн|[Аа]нонимн)\p{L}*\s+(?:\p{Ll}+(?:ий|ый|ой)\s+)?(?:представител|чиновник|сотрудник|дипломат)\p{L}*(?:\s+(?:\p{Lu}[\p{L}-]*|[\p{Ll}-]+(?:ого|его|ой|ей|ых|их))){0,3}/gu;
/** After a name: what lets it be the subject of a reporting verb that follows — adverbs, a time, a channel, one
 *  aside between commas — then the verb. */
const CUE_WORD = new RegExp(`^(?:${CUE_RE_RU.source})$`, 'iu');
const cueWord = (w: string) => CUE_WORD.test(w);
const CUE_WORDS = CUE_RE_RU.source.replace(/^\(\?<!\[\\p\{L\}\\p\{N\}-\]\)/, '');
const NAME_THEN_CUE = new RegExp(
  `^(?:\\s*\\([^()\\n]{1,40}\\))?(?:\\s*,\\s*(?:[^,.;:!?"]|"[^"\\n]{1,40}"){1,120},)?(?:\\s+(?:также|уже|вновь|снова|ранее|еще|ещё|в\\s+(?:беседе|разговоре|телефонном\\s+разговоре|интервью|обращении|комментарии)(?:\\s+с)?(?:\\s+[^\\s,.;:!?]+){1,4}?|в\\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)|в\\s+свою\\s+очередь|официально|открыто|публично|в\\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|вчера|сегодня|накануне|журналистам|в\\s+эфире\\s+\\S+|в\\s+интервью\\s+\\S+|на\\s+брифинге|на\\s+пресс-конференции))*\\s+${CUE_WORDS}`,
  'iu',
);
/** Before a name: a reporting verb, past a channel or a time (заявил в понедельник Никол Пашинян). */
const CUE_THEN_NAME = new RegExp(`${CUE_RE_RU.source}(?:\\s+(?:журналистам|в\\s+эфире\\s+\\S+|на\\s+брифинге|вчера|сегодня|накануне|(?:на|в|во|после|по)\\s+[\\p{Ll}-]+|по\\s+(?:его|ее|её|их)\\s+итогам))*\\s+$`, 'iu');
/** The endings of surnames, Russian and of the neighbours (Пашинян, Алиев, Шевченко, Гогоберидзе, Кличко). */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ов|ев|ёв|ин|ын|ский|цкий|ской|ян|янц|дзе|швили|енко|ук|юк|чук|ич|ова|ева|ина|ская|цкая|ко|ли|оглу)$/u;
/** A side in a talk named by its nationality (болгарская сторона), in any case. */
const SIDE = /(?<![\p{L}-])(\p{L}\p{Ll}+(?:ская|ской|скую|цкая|цкой|цкую))\s+сторон(?:а|ы|е|у|ой)(?![\p{L}])/gu;
const GROUP = /(?<![\p{L}])(?:(?:[Дд]ва|[Дд]ве|[Тт]ри|[Чч]етыре|[Дд]вое|[Тт]рое|[Нн]есколько|нескольких|двух|трех|трёх|четырех|четырёх|ряд)\s+)?(?:\p{L}\p{Ll}+(?:ск|цк)\p{L}*|[Зз]ападн\p{L}*)\s+(?:официальн\p{L}*\s+лиц\p{L}*|чиновник\p{L}*|власт(?:и|ей|ям|ями|ях)|СМИ|дипломат(?:ы|ов|ам|ами|ах|а)|военн(?:ые|ых)|представител(?:и|ей|ям|ями|я))(?![\p{L}])/gu;
/** An aside between commas: an adverb of stance, a participle phrase (участвовавший в переговорах). */
const ASIDE_WORDS = /^\s*(?:в\s+свою\s+очередь|однако|впрочем|напротив|со\s+своей\s+стороны|в\s+частности|котор\p{L}+\s[^,]{1,100}|(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:вший|вшая|вшее|вшие|дший|дшая|дшие|тший|сший|зший|ющий|ющая|ющие|ящий|ящая|ящие)(?:\s[^,]{0,100})?)\s*$/u;
/** Capitalised words that are no name: weekdays, months, sentence openers. */
const NOT_A_NAME = /^(?:Президент(?:а|у|ом|е)?|Премьер(?:а|у|ом|е)?|Министр(?:а|у|ом|е)?|Председател(?:ь|я|ю|ем|е)|Институт\p{L}*|Отдел(?:а|е|у|ом)?|Администраци\p{L}*|Аппарат(?:а|е|у|ом)?|Секретариат\p{L}*|Университет\p{L}*|Академи\p{L}*|Фонд(?:а|е|у|ом)?|Центр(?:а|е|у|ом)?|Комитет(?:а|е|у|ом)?|Агентств\p{L}*|Департамент\p{L}*|Управлени\p{L}*|Обществ\p{L}*|Движени\p{L}*|Власти|Лидеры|Руководители|Представители|Министры|Депутаты|Сенаторы|Страны|Члены|Участники|Делегации|В|Во|На|По|С|Со|К|О|Об|И|А|Но|Он|Она|Они|Мы|Вы|Я|Что|Кто|Где|Когда|Почему|Зачем|Какой|Какие|Каким|Это|Как|Также|При|Для|Из|От|До|За|После|Перед|Ранее|Позднее|Понедельник\p{L}*|Вторник\p{L}*|Сред\p{L}*|Четверг\p{L}*|Пятниц\p{L}*|Суббот\p{L}*|Воскресень\p{L}*|Январ\p{L}*|Феврал\p{L}*|Март\p{L}*|Апрел\p{L}*|Ма[йяе]|Июн\p{L}*|Июл\p{L}*|Август\p{L}*|Сентябр\p{L}*|Октябр\p{L}*|Ноябр\p{L}*|Декабр\p{L}*)$/u;

/** General titles (lower case, as the lexicon holds them) → the office they name with the state after them. */
const GENERAL_OFFICE = new Map<string, string>([
  ['президент', 'president'], ['премьер-министр', 'prime-minister'], ['премьер', 'prime-minister'], ['глава правительства', 'prime-minister'],
  ['министр иностранных дел', 'foreign-minister'], ['глава мид', 'foreign-minister'], ['министр обороны', 'defense-minister'],
  ['канцлер', 'chancellor'], ['король', 'king'], ['генсек', 'secretary-general'], ['генеральный секретарь', 'secretary-general'],
]);
/** After a reporting verb, what may stand before the name of its subject: a circumstance (на публикацию, в среду),
 *  then a title whose head is in the nominative and whose other words are lower case or names in the genitive
 *  (отреагировал на публикацию председатель комитета Госдумы по международным делам Леонид Слуцкий). */
const CUE_THEN_WORDS = new RegExp(`${CUE_RE_RU.source}((?:\\s+[^\\s,.;:!?"—–]+){1,12})\\s+$`, 'iu');
function titleAfterCue(before: string): boolean {
  const m = CUE_THEN_WORDS.exec(before);
  if (!m) return false;
  const words = m[1]!.trim().split(/\s+/);
  const h = words.findIndex((w) => HEAD_NOMINATIVE.test(plain(w)));
  return h >= 0 && words.slice(h + 1).every((w) => !/^\p{Lu}/u.test(w) || /^\p{Lu}{2,}$/u.test(w) || /(?:ого|его|ой|ых|их|ы|и|а)$/u.test(w));
}
/** Heads of a title in the nominative: with a title in the genitive after them they name the person. */
const HEAD_NOMINATIVE = /^(?:пресс-секретарь|секретарь|представитель|советник|советница|помощник|помощница|заместитель|посол|постпред|спикер|руководитель|глава|председатель|министр|директор|замглавы|замминистра|генсек|член|координатор|спецпосланник|спецпредставитель|начальник|командующий|уполномоченный|уполномоченная|зам)$/u;
const HEAD = /^(?:исполняющ|сотрудни|аналитик|корреспондент|профессор|эксперт|политолог|пресс-секретар|секретар|представител|советни|помощни|заместител|посол|посла|послу|послом|постпред|спикер|руководител|глав|председател|министр|директор|замглавы|замминистра|генсек|член|координатор|спецпосланни|спецпредставител|начальни|командующ|уполномоченн|зам)\p{L}*$/u;

/** A head noun up to four lower-case words before word i (its genitive complements between), after `floor`. */
function headBefore(ws: Word[], i: number, text: string, floor: number): { at: number; nominative: boolean } | null {
  // A head in the genitive (главы офиса президента) may itself hang on one further back (советник главы…).
  let found: { at: number; nominative: boolean } | null = null;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const w = ws[j]!;
    if (w.start < floor || !/^[^\S\n]+$/.test(text.slice(w.end, ws[j + 1]!.start))) break;
    const word = plain(text.slice(w.start, w.end));
    if (HEAD.test(word)) {
      found = { at: j, nominative: HEAD_NOMINATIVE.test(word) };
      if (found.nominative) break;
    } else if (w.upper) break;
  }
  return found;
}

/** A patronymic (Викторович, Юрьевича, Владимировна): stands between a first name and a surname, and is read as
 *  part of the space between them, so that Сергей Викторович Лавров is the gazetteer's Сергей Лавров. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ьич|овн|евн|ичн|иничн)\p{Ll}{0,3}$/u;
/** The space between two words of one name: spaces, and a patronymic. */
const NAME_GAP = /^\s+(?:\p{Lu}\p{Ll}+(?:ович|евич|ьич|овн|евн|ичн|иничн)\p{Ll}{0,3}\s+)?$/u;

function wordsOf(text: string): Word[] {
  const all = [...text.matchAll(WORD)];
  const out: Word[] = [];
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    if (k > 0 && k + 1 < all.length && PATRONYMIC.test(m[0]) && isUpper(all[k - 1]![0]) && isUpper(all[k + 1]![0]) && /^\s+$/.test(text.slice(all[k - 1]!.index + all[k - 1]![0].length, m.index)) && /^\s+$/.test(text.slice(m.index + m[0].length, all[k + 1]!.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, stem: stemRu(m[0]), upper: isUpper(m[0]) });
  }
  return out;
}

function entryOf(name: string, id: string | null, metonym: boolean, role?: Entry['role']): Entry {
  const ws = [...name.matchAll(WORD)].map((m) => m[0]);
  // A foreign name that does not decline (Токио, Баку, Тбилиси) matches only as written: its short stem would take
  // other words (Токаев).
  // (but a Russian neuter noun or adjective declines: Министерство, Министерства; Управление)
  const exact = ws.map((w) => /^\p{Lu}/u.test(w) && /[оиуеэю]$/u.test(w) && !/(?:ство|ие|ое|ее|ые)$/u.test(w));
  return { stems: ws.map(stemRu), words: ws.map(plain), caps: ws.map(isUpper), ...(exact.some(Boolean) ? { exact } : {}), id, metonym, ...(role !== undefined ? { role } : {}) };
}

/** A name ending in a soft sign declines as its own kind (Игорь, Игоря): Хань is no form of Хания. */
/** A written word fits a name's word on the same stem: not a soft sign the name lacks, nor a surname's ending on a
 *  name in -а/-я (Петров is not the agency Петра). */
const softFits = (written: string, entryWord: string) =>
  (!/ь$/u.test(written) || entryWord.endsWith('ь')) && !(/[ая]$/u.test(entryWord) && /(?:ов|ев|ёв|ин|ын)$/u.test(written));

export class RussianMentionFinder {
  /** Names, metonyms and titles by the first three letters of their first stem. */
  private readonly byStart = new Map<string, Entry[]>();
  private readonly titles = new Map<string, Entry[]>();

  constructor(private readonly g: Gazetteer) {
    const add = (map: Map<string, Entry[]>, e: Entry) => {
      const k = e.stems[0]!.slice(0, 3);
      (map.get(k) ?? map.set(k, []).get(k)!).push(e);
    };
    for (const e of g.entries.values()) {
      for (const n of variantsRu(e.names.ru ?? [])) add(this.byStart, entryOf(n, e.id, false));
      // A name of three words is also written by its last two (Хосейн Амир Абдоллахиян → Амир Абдоллахиян).
      if (e.kind === 'person') for (const n of e.names.ru ?? []) if (/^\p{Lu}\S*\s+\p{Lu}\S*\s+\p{Lu}\S*$/u.test(n)) add(this.byStart, entryOf(n.split(/\s+/).slice(1).join(' '), e.id, false));
      // Outlets keep their Latin names in Russian text (CNN, Bloomberg, The Wall Street Journal).
      if (e.kind === 'media') for (const n of e.names.en ?? []) if (/^[A-Z]/.test(n) && n.length >= 3) add(this.byStart, entryOf(n, e.id, false));
      for (const n of e.metonyms?.ru ?? []) add(this.byStart, entryOf(n, e.id, true));
    }
    for (const [n, id] of METONYMS_RU) if (g.entries.has(id)) add(this.byStart, entryOf(n, id, true));
    // "саудовский МИД", "индийского МИДа": a state's ministry by the state's adjective, where the gazetteer holds it.
    for (const [adj, state] of NATIONALITY_ADJ_RU) {
      const mfa = [...g.entries.values()].find((e) => e.kind === 'institution' && e.id.endsWith('-mfa') && (e.affiliations ?? []).some((a) => a.actorId === state));
      if (mfa && !METONYMS_RU.some(([n]) => n.toLowerCase() === `${adj} мид`)) add(this.byStart, entryOf(`${adj} МИД`, mfa.id, true));
      // (written out: в российском Министерстве иностранных дел; the defence ministry: российское Минобороны)
      if (mfa) add(this.byStart, entryOf(`${adj} Министерство иностранных дел`, mfa.id, true));
      const mod = [...g.entries.values()].find((e) => e.kind === 'institution' && /-defen[cs]e-(?:ministry|department)$/.test(e.id) && (e.affiliations ?? []).some((a) => a.actorId === state));
      if (mod) for (const n of [`${adj} Министерство обороны`, `${adj} Минобороны`]) add(this.byStart, entryOf(n, mod.id, true));
    }
    for (const [t, role] of TITLES_RU) add(this.titles, entryOf(t, null, false, role));
    for (const list of [...this.byStart.values(), ...this.titles.values()]) list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Whether words i… are written as the entry writes them (the nominative), not in another case. */
  private nominative(e: Entry, ws: Word[], i: number, text: string): boolean {
    return e.words.every((w, k) => {
      const got = plain(text.slice(ws[i + k]!.start, ws[i + k]!.end));
      // An abbreviation a title governs may be declined as the press declines it (глава российского МИДа): the
      // title's case is its head's.
      return got === w || (k > 0 && w.length <= 4 && got.length === w.length + 1 + (got.endsWith('ом') ? 1 : 0) && /^(?:а|у|е|ом)$/u.test(got.slice(w.length)) && got.startsWith(w));
    });
  }

  /** The longest entry matching the words from i (all of its words, on stems, capitals where it has them). */
  private longest(map: Map<string, Entry[]>, ws: Word[], i: number, text: string): { entry: Entry; n: number } | null {
    const list = map.get(ws[i]!.stem.slice(0, 3));
    if (!list) return null;
    // The longest; of equally long ones, the one written as the text writes it (Джозеф Байден, not Джо Байден).
    let found: { entry: Entry; n: number } | null = null;
    for (const e of list) {
      if (found && e.stems.length < found.n) break;
      if (i + e.stems.length > ws.length) continue;
      let ok = true;
      for (let k = 0; k < e.stems.length && ok; k++) {
        const w = ws[i + k]!;
        // The words of one name stand side by side (spaces only between them).
        if (k > 0 && !NAME_GAP.test(text.slice(ws[i + k - 1]!.end, w.start))) ok = false;
        // A name's words match their cases on stems with room for the endings of names (Песков, Пескова); the
        // lower-case words of titles on equal stems (украинский президент is not "Украине Президент").
        else if (e.exact?.[k]) ok = plain(text.slice(w.start, w.end)) === e.words[k];
        else ok = (e.caps[k] ? sameStem(w.stem, e.stems[k]!) && softFits(text.slice(w.start, w.end), e.words[k]!) : w.stem === e.stems[k]) && (!e.caps[k] || w.upper);
      }
      if (!ok) continue;
      if (this.nominative(e, ws, i, text)) return { entry: e, n: e.stems.length };
      found ??= { entry: e, n: e.stems.length };
    }
    return found;
  }

  find(text: string, sentences: Sentence[], times: readonly { start: number; end: number }[] = []): ActorMention[] {
    const ws = wordsOf(text);
    const out: ActorMention[] = [];
    const inTime = (pos: number) => {
      const t = times[lowerBound(times, pos + 1) - 1];
      return t !== undefined && pos < t.end;
    };
    const surnames = new Map<string, string>();
    for (let i = 0; i < ws.length; ) {
      const title = this.longest(this.titles, ws, i, text);
      const name = this.longest(this.byStart, ws, i, text);
      if (title && (!name || title.n >= name.n)) {
        let after = i + title.n;
        // What the title is of, named after it (замминистра иностранных дел России, глава офиса президента
        // Украины), belongs to the title when a name follows.
        for (let hop = 0; hop < 3 && after < ws.length; hop++) {
          // Where the office is held: посол России в США, постпред при ООН.
          const w0 = plain(text.slice(ws[after]!.start, ws[after]!.end));
          if ((w0 === 'в' || w0 === 'во' || w0 === 'при') && after + 1 < ws.length) {
            const place = this.longest(this.byStart, ws, after + 1, text);
            const placeKind = place?.entry.id ? this.g.entries.get(place.entry.id)?.kind : undefined;
            if (place && placeKind && placeKind !== 'person' && after + 1 + place.n < ws.length && ws[after + 1 + place.n]!.upper) {
              after += 1 + place.n;
              continue;
            }
            // A city the gazetteer does not hold, then a name of two or three words (Посол США в Маниле Мэри Кей
            // Карлсон).
            if (!place && after + 3 < ws.length && ws[after + 1]!.upper && ws[after + 2]!.upper && ws[after + 3]!.upper && /^\s+$/.test(text.slice(ws[after + 1]!.end, ws[after + 2]!.start)) && /^\s+$/.test(text.slice(ws[after + 2]!.end, ws[after + 3]!.start)) && /(?:е|и)$/u.test(plain(text.slice(ws[after + 1]!.start, ws[after + 1]!.end)))) {
              after += 2;
              continue;
            }
            break;
          }
          const of = this.longest(this.byStart, ws, after, text);
          const kind = of?.entry.id ? this.g.entries.get(of.entry.id)?.kind : undefined;
          // (not past a comma: Президент ОАЭ, в свою очередь, …)
          if (!of || kind === 'person' || after + of.n >= ws.length || !(ws[after + of.n]!.upper || /^(?:в|во|при)$/u.test(plain(text.slice(ws[after + of.n]!.start, ws[after + of.n]!.end)))) || !/^\s+$/.test(text.slice(ws[after + of.n - 1]!.end, ws[after + of.n]!.start))) break;
          if (!/^\s+$/.test(text.slice(ws[after - 1]!.end, ws[after]!.start))) break;
          after += of.n;
        }
        // A company or a body in quotation marks the title is of (Председатель правления «Газпрома» Алексей Миллер),
        // when a name of two capitalised words follows.
        // (past a lower-case word or two: генерального директора госкорпорации «Росатом» Алексея Лихачева)
        let quotedTo = -1;
        let q = after;
        while (q < after + 2 && q + 1 < ws.length && !ws[q]!.upper && /^\s+$/.test(text.slice(ws[q - 1]!.end, ws[q]!.start)) && /^\s+"$/.test(text.slice(ws[q]!.end, ws[q + 1]!.start))) q++;
        if (q < ws.length && /^\s+"$/.test(text.slice(ws[q - 1]!.end, ws[q]!.start))) {
          for (let j = 1; j <= 3 && q + j + 1 < ws.length; j++) {
            const gap = text.slice(ws[q + j - 1]!.end, ws[q + j]!.start);
            if (/^"\s+$/.test(gap)) {
              if (ws[q + j]!.upper && ws[q + j + 1]!.upper && NAME_GAP.test(text.slice(ws[q + j]!.end, ws[q + j + 1]!.start))) quotedTo = after = q + j;
              break;
            }
            if (!/^[\s-]+$/.test(gap)) break;
          }
        }
        // Lower-case words of the title the lexicon does not list (министр обороны, глава офиса), when a name follows.
        for (let j = 1; j <= 3 && after + j < ws.length; j++) {
          const between = ws.slice(after, after + j);
          if (between.some((w) => w.upper || /^(?:в|во|на|с|со|о|об|к|у|из|от|для|по)$/u.test(plain(text.slice(w.start, w.end)))) || !/^[\s]+$/.test(text.slice(ws[after - 1]!.end, ws[after]!.start))) break;
          // (words of one title: spaces between them, no comma, and no verb of saying among them)
          if (!/^[\s]+$/.test(text.slice(ws[after + j - 1]!.end, ws[after + j]!.start)) || between.some((w) => cueWord(text.slice(w.start, w.end)))) break;
          const nextW = ws[after + j]!;
          if (nextW.upper && !NOT_A_NAME.test(text.slice(nextW.start, nextW.end)) && !this.longest(this.titles, ws, after, text)) {
            const known = this.longest(this.byStart, ws, after + j, text);
            const isPerson = known?.entry.id ? this.g.entries.get(known.entry.id)?.kind === 'person' : false;
            if (isPerson || (!known && after + j + 1 < ws.length && ws[after + j + 1]!.upper)) {
              after += j;
              break;
            }
            // A state or a body in the genitive that the lower-case words are of, then the name (Генеральный
            // секретарь кабинета министров Японии Хирокадзу Мацуно).
            const at = after + j + (known?.n ?? 0);
            if (known && !isPerson && at + 1 < ws.length && ws[at]!.upper && ws[at + 1]!.upper && /^\s+$/.test(text.slice(ws[at - 1]!.end, ws[at]!.start)) && !this.longest(this.byStart, ws, at, text)) {
              after = at;
              break;
            }
          }
        }
        // What an envoy is for (Спецпредставитель президента России по Сирии Александр Лаврентьев): "по" and up to
        // three words, when a name of two capitalised words follows.
        if (after < ws.length && plain(text.slice(ws[after]!.start, ws[after]!.end)) === 'по') {
          for (let j = 1; j <= 6 && after + j + 2 < ws.length; j++) {
            const a = ws[after + j + 1]!;
            const b = ws[after + j + 2]!;
            if (/[.,;:!?"\n]/.test(text.slice(ws[after]!.start, a.start))) break;
            if (a.upper && b.upper && NAME_GAP.test(text.slice(a.end, b.start)) && !this.longest(this.byStart, ws, after + j + 1, text)?.entry.id?.length) {
              after += j + 1;
              break;
            }
          }
        }
        const tEnd = ws[after - 1]!.end;
        // A head noun before a title in the genitive (пресс-секретарь главы государства, заместитель министра
        // обороны, советник главы офиса президента Украины): the head opens the mention and gives its case.
        const head = headBefore(ws, i, text, out.at(-1)?.end ?? 0);
        const t0 = head ? ws[head.at]!.start : ws[i]!.start;
        // A name after the title: a known person, or capitalised words the title introduces.
        const next = after < ws.length && /^"?[\s,]*$/.test(text.slice(tEnd, ws[after]!.start)) ? this.longest(this.byStart, ws, after, text) : null;
        const titleCase = head ? head.nominative : this.nominative(title.entry, ws, i, text);
        if (next && next.entry.id && this.g.entries.get(next.entry.id)?.kind === 'person') {
          out.push({ start: t0, end: ws[after + next.n - 1]!.end, actorId: next.entry.id, how: 'title+name', ...(titleCase && this.nominative(next.entry, ws, after, text) ? {} : { oblique: true }) });
          i = after + next.n;
          continue;
        }
        // Initials and a surname after the title, past the capitalised words of what the title is of (Председатель
        // Совета Федерации В. Матвиенко).
        {
          let j = after;
          const initial = (k: number) => ws[k] !== undefined && ws[k]!.end - ws[k]!.start === 1 && ws[k]!.upper && text[ws[k]!.end] === '.' && /[А-ЯЁ]/u.test(text[ws[k]!.start]!);
          while (j < ws.length && j - after < 4 && ws[j]!.upper && !initial(j)) j++;
          if (initial(j)) {
            let s = j;
            while (initial(s)) s++;
            if (s - j <= 2 && ws[s] && ws[s]!.upper && !NOT_A_NAME.test(text.slice(ws[s]!.start, ws[s]!.end))) {
              const name = { start: ws[j]!.start, end: ws[s]!.end };
              const known = this.longest(this.byStart, ws, s, text);
              const surname = ws[s]!.stem;
              const key = `ru:${surname}`;
              surnames.set(surname, key);
              const person = known?.entry.id && this.g.entries.get(known.entry.id)?.kind === 'person' ? known.entry.id : null;
              out.push(person ? { start: t0, end: name.end, actorId: person, how: 'title+name' } : { start: t0, end: name.end, actorId: null, how: 'new', fresh: { kind: 'person', name, key, en: latinRu(text.slice(name.start, name.end)) } });
              i = s + 1;
              continue;
            }
          }
        }
        // An organisation's abbreviation between the title and the name is the title's (глава РФПИ Кирилл Дмитриев).
        if (after + 2 < ws.length && /^\p{Lu}{2,}$/u.test(text.slice(ws[after]!.start, ws[after]!.end)) && !this.longest(this.byStart, ws, after, text) && ws[after + 1]!.upper && ws[after + 2]!.upper) after++;
        // A place in the genitive the title is of, before the name (министр иностранных дел Северной Македонии
        // Буяр Османи): with the title in the nominative, the name is too, and words in -ой, -ии, -ых are not it.
        while (titleCase && after + 2 < ws.length && ws[after]!.upper && ws[after + 1]!.upper && ws[after + 2]!.upper && /(?:ой|ии|ых|ого|ей|ы|а|я)$|^(?:Республики|Королевства|Федерации|Штатов|Эмиратов|Султаната|Государства)$/u.test(text.slice(ws[after]!.start, ws[after]!.end)) && !(after + 3 < ws.length && ws[after + 3]!.upper && /^\s+$/.test(text.slice(ws[after + 2]!.end, ws[after + 3]!.start)))) after++;
        // (past an honorific: премьер-министр Катара шейх Мухаммед бен Абдеррахман Аль Тани)
        if (after + 1 < ws.length && HONORIFIC.test(text.slice(ws[after]!.start, ws[after]!.end)) && ws[after + 1]!.upper) after++;
        let k = after;
        // A name's words: capitalised, or the particles Arabic, German and Dutch names carry (бен, фон дер, аш-Шараа),
        // up to three capitalised words, or five with a particle.
        const word = (q: number) => text.slice(ws[q]!.start, ws[q]!.end);
        const particle = (q: number) => q > after && q + 1 < ws.length && NAME_PARTICLE.test(word(q)) && (ws[q + 1]!.upper || NAME_PARTICLE.test(word(q + 1)));
        let caps = 0;
        let particles = 0;
        while (k < ws.length && caps < (particles ? 5 : 3) && (ws[k]!.upper || particle(k) || (k > after && ARTICLE_NAME.test(word(k)))) && !NOT_A_NAME.test(word(k)) && (k === quotedTo ? /^"\s+$/ : NAME_GAP).test(text.slice(ws[k - 1]!.end, ws[k]!.start)) && !this.longest(this.byStart, ws, k, text) && !inTime(ws[k]!.start)) {
          if (ws[k]!.upper) caps++;
          else particles++;
          k++;
        }
        // (a particle ends no name)
        while (k - 1 > after && !ws[k - 1]!.upper && NAME_PARTICLE.test(word(k - 1))) k--;
        // Not an adjective of a name that goes on (Глава Российского фонда прямых инвестиций …).
        const adjective = k - after === 1 && /(?:ого|его|ой|ых|их|ому|ему|(?:ш|щ|ж|ч|н)ей)$/u.test(text.slice(ws[after]!.start, ws[after]!.end));
        // (not analysts of a company: Аналитики Goldman Sachs are a group, the words after them a company's name)
        const group = /(?:ки|ты|ги|ли|ры)$/u.test(text.slice(t0, tEnd)) && /^\p{Script=Latin}/u.test(text.slice(ws[after]?.start ?? 0, ws[after]?.end ?? 0));
        if (!group && (k - after >= 2 || (k - after === 1 && title.entry.role === null && !adjective))) {
          const name = { start: ws[after]!.start, end: ws[k - 1]!.end };
          const key = `ru:${ws[k - 1]!.stem}`;
          surnames.set(ws[k - 1]!.stem, key);
          const written = text.slice(name.start, name.end);
          let of = bodyOfTitle(text.slice(t0, tEnd));
          // Else the state the title names (Президент Казахстана): whom "казахстанский лидер" fits later.
          for (let q = i; !of && q < after; q++) {
            const e = this.longest(this.byStart, ws, q, text);
            if (e?.entry.id && this.g.entries.get(e.entry.id)?.kind === 'state') of = e.entry.id;
          }
          out.push({ start: t0, end: name.end, actorId: null, how: 'new', fresh: { kind: 'person', name, key, en: latinRu(written), ...(of ? { of } : {}) }, ...(titleCase ? {} : { oblique: true }) });
          i = k;
          continue;
        }
        // A general office and the state or body it is of, no name after it (Министр иностранных дел Китая заявил;
        // Генсек НАТО): that office, resolved by the date to who held it.
        const office = title.entry.role === null && !head ? GENERAL_OFFICE.get(title.entry.words.join(' ')) : undefined;
        if (office && after < ws.length && /^\s+$/.test(text.slice(ws[after - 1]!.end, ws[after]!.start))) {
          const st = this.longest(this.byStart, ws, after, text);
          const kind = st?.entry.id ? this.g.entries.get(st.entry.id)?.kind : undefined;
          if (st && !st.entry.metonym && (kind === 'state' || (office === 'secretary-general' && (kind === 'alliance' || kind === 'institution')))) {
            out.push({ start: t0, end: ws[after + st.n - 1]!.end, actorId: null, how: 'title', role: { title: office, of: st.entry.id! }, ...(titleCase ? {} : { oblique: true }) });
            i = after + st.n;
            continue;
          }
        }
        // A title in the genitive after a head noun (Спецпредставитель президента России …) names the head's holder,
        // not the title's: no mention of the title's office.
        if (title.entry.role && !head) {
          out.push({ start: t0, end: tEnd, actorId: null, how: 'title', role: title.entry.role, ...(titleCase ? {} : { oblique: true }) });
          i = after;
          continue;
        }
      }
      if (name) {
        out.push({ start: ws[i]!.start, end: ws[i + name.n - 1]!.end, actorId: name.entry.id, how: name.entry.metonym ? 'metonym' : 'name', ...(this.nominative(name.entry, ws, i, text) ? {} : { oblique: true }) });
        i += name.n;
        continue;
      }
      i++;
    }
    // A first name and a surname the gazetteer lacks, opening the clause of a verb of saying (Сергей Вершинин
    // рассказал журналистам): a person.
    // Also after a long title of lower-case words the lexicon does not hold (Глава российской делегации на венских
    // переговорах по военной безопасности Константин Гаврилов в эфире телеканала "Россия-24" сказал).
    // A clause ends at punctuation, not at the period of an initial (Л. Слуцкий).
    /** A name titledName found: a new person, in place of the surname-only mentions inside it. */
    const addTitled = (titled: [number, number, string, number] | null, oblique: boolean): boolean => {
      if (!titled) return false;
      const [start, end, surnameWord, replaces] = titled;
      const key = `ru:${stemRu(surnameWord)}`;
      surnames.set(stemRu(surnameWord), key);
      out.splice(lowerBound(out, start), replaces, { start, end, actorId: null, how: 'new', fresh: { kind: 'person', name: { start, end }, key, en: latinRu(text.slice(start, end)) }, ...(oblique ? { oblique: true } : {}) });
      return true;
    };
    const stop = (k: number) => /[,.;:!?\n"—–]/.test(text[k]!) && !(text[k] === '.' && /\p{Lu}/u.test(text[k - 1] ?? '') && !/\p{L}/u.test(text[k - 2] ?? ''));
    for (const c of text.matchAll(CUE_RE_RU)) {
      let from = c.index;
      // A short quoted name (of a channel, a programme) does not end the clause.
      for (;;) {
        while (from > 0 && !stop(from - 1)) from--;
        const q = from > 0 && text[from - 1] === '"' ? /"[^"\n]{1,40}"$/.exec(text.slice(Math.max(0, from - 42), from)) : null;
        if (!q) break;
        from -= q[0].length;
      }
      // Past asides between the name and the verb (Дмитрий Лубинец, со своей стороны, вновь обвинил).
      for (let hop = 0; hop < 3 && from > 1 && text[from - 1] === ',' && /^[\s,]*(?:(?:вновь|снова|также|уже|еще\s+раз|ещё\s+раз|не\s+раз|неоднократно|не)\s*)*$/iu.test(text.slice(from, c.index)); hop++) {
        let k = from - 1;
        while (k > 0 && !stop(k - 1)) k--;
        if (text[k - 1] !== ',' || !ASIDE_WORDS.test(text.slice(k, from - 1))) break;
        from = k - 1;
        while (from > 0 && !stop(from - 1)) from--;
      }
      const clause = text.slice(from, c.index);
      // Initials and a surname (Л. Слуцкий, В.И. Матвиенко), as parliamentary papers write them.
      const ini = /^\s*(?:(?:и|а|но)\s+)?((?:[\p{L}-]+\s+){1,10}?)?((?:[А-ЯЁ]\.\s*){1,2})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,])/u.exec(clause);
      const chainOk = (words: string | undefined) => {
        if (!words) return true;
        const chain = words.trim().split(/\s+/);
        return HEAD.test(plain(chain[0]!)) && !chain.slice(1).some((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w) && !/(?:ого|его|ой|ых|их|ому|ему|ы|и|а)$/u.test(w));
      };
      if (ini && chainOk(ini[1])) {
        const nameStart = from + ini.index + ini[0].length - ini[2]!.length - ini[3]!.length;
        const nameEnd = from + ini.index + ini[0].length;
        const at = lowerBound(out, nameStart);
        if (!(out[at - 1] && out[at - 1]!.end > nameStart) && !(out[at] && out[at]!.start < nameEnd)) {
          const surname = stemRu(ini[3]!);
          const key = `ru:${surname}`;
          surnames.set(surname, key);
          out.splice(at, 0, { start: nameStart, end: nameEnd, actorId: null, how: 'new', fresh: { kind: 'person', name: { start: nameStart, end: nameEnd }, key, en: latinRu(text.slice(nameStart, nameEnd)) } });
        }
        continue;
      }
      // After a title's head, past the names in the genitive the title holds (Постпред Китая Фу Цун; премьер-министр
      // Катара шейх Мухаммед бен Абдеррахман Аль Тани; Глава переходного правительства Сирии Мухаммед аль-Башир): a
      // name of two to five words, with the particles Arabic, German and Dutch names carry.
      if (addTitled(titledName(clause, from, out), false)) continue;
      const m = /^\s*(?:(?:и|а|но|Накануне|Позднее|Сегодня|Вчера|Тогда|Затем)\s+)?((?:[\p{L}-]+\s+){1,14}?)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[\s,])/u.exec(clause);
      if (!m || NOT_A_NAME.test(m[2]!) || NOT_A_NAME.test(m[3]!) || HEAD.test(plain(m[2]!))) continue;
      if (m[1]) {
        // The words before the name: a title's head, then lower-case words only.
        const chain = m[1].trim().split(/\s+/);
        if (!HEAD.test(plain(chain[0]!)) || chain.slice(1).some((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w) && !/(?:ого|его|ой|ых|их|ому|ему)$/u.test(w))) continue;
      }
      const nameStart = from + m.index + m[0].length - m[0].slice(m[0].length - m[3]!.length - 1 - m[2]!.length).length;
      const nameEnd = from + m.index + m[0].length;
      if (text.slice(nameStart, nameEnd) !== `${m[2]} ${m[3]}`) continue;
      // Not a body's adjectives (Северокорейское Центральное телеграфное агентство).
      if (/(?:ое|ее|ые|ие)$/u.test(m[2]!) || /(?:ое|ее|ые|ие)$/u.test(m[3]!) || /(?:ская|цкая)$/u.test(m[2]!)) continue;
      const at = lowerBound(out, nameStart);
      if ((out[at - 1] && out[at - 1]!.end > nameStart) || (out[at] && out[at]!.start < nameEnd)) continue;
      const surname = stemRu(m[3]!);
      const key = `ru:${surname}`;
      surnames.set(surname, key);
      out.splice(at, 0, { start: nameStart, end: nameEnd, actorId: null, how: 'new', fresh: { kind: 'person', name: { start: nameStart, end: nameEnd }, key, en: latinRu(text.slice(nameStart, nameEnd)) } });
    }
    /** A title and a name in the clause from `from` to its punctuation (a name in quotes goes on). */
    const titledFrom = (from: number, oblique: boolean) => {
      let to = from;
      while (to < text.length && to - from < 200 && !(stop(to) && text[to] !== '"')) to++;
      addTitled(titledName(text.slice(from, to), from, out), oblique);
    };
    // After a verb of saying, a title and a name (заявил директор Департамента … МИД России Владимир Ермаков), past
    // the outlet, the place and the channel of the saying (пояснил «Известиям»; передает из Сочи; отметил в беседе с
    // RT; пояснила в эфире RFI).
    for (const c of text.matchAll(CUE_RE_RU)) titledFrom(c.index + c[0].length + (CUE_GAP.exec(text.slice(c.index + c[0].length, c.index + c[0].length + 120))?.[0].length ?? 0), false);
    // After "по словам" and its kin, a title and a name in the genitive (По словам главы Центрального банка Эльвиры
    // Набиуллиной,): the person, in an oblique case.
    for (const c of text.matchAll(ACCORDING_TO)) titledFrom(c.index + c[0].length, true);
    // Unnamed sources, where no name stands: a source (источник в Кремле — the place it is in is part of it), an
    // official of a delegation or a side (представитель иранской делегации), officials or authorities as a group
    // (со ссылкой на турецких чиновников; по данным украинских властей).
    let lastSource: string | null = null;
    const unnamed = (m: RegExpExecArray | RegExpMatchArray, en: string, nominative: RegExp) => {
      const start = m.index!;
      const end = start + m[0].length;
      const at = lowerBound(out, start);
      if (out[at - 1] && out[at - 1]!.end > start) return;
      // Names inside the description (Кремле, МИД России, Анкаре) are the description's.
      let n = 0;
      while (out[at + n] && out[at + n]!.start < end) {
        if (out[at + n]!.end > end || out[at + n]!.start === start) return;
        n++;
      }
      const words = plain(m[0]).replace(/\s+/g, ' ');
      const oblique = !nominative.test(words);
      // "собеседник «Ъ»" alone, after a source was described: that source again.
      const again = /^(?:собеседник\p{L}*(?:\s+(?:агентства|издания|газеты|телеканала|портала|"[^"]+"))?|источник(?:а|у|ом|е)?)$/u.test(words) && lastSource ? lastSource : null;
      const key = again ?? `ru-source:${words}`;
      if (!again) lastSource = key;
      out.splice(at, n, { start, end, actorId: null, how: 'description', fresh: { kind: 'person', name: { start, end }, key, en, unnamed: true }, ...(oblique ? { oblique: true } : {}) });
    };
    for (const m of text.matchAll(INFORMED)) unnamed(m, 'informed sources', /^(?:осведомленные|осведомлённые|информированные|знакомые|люди|лица)/u);
    for (const m of text.matchAll(SOURCE)) unnamed(m, plain(m[0]).includes('знаком') ? 'informed source' : 'unnamed source', /^(?:(?:два|три|четыре|несколько|другой|другие)\s+)?(?:(?:близкий|близкие|приближенный|приближённый)\s+к\s+\S+\s+)?(?:\p{L}+\s+)?(?:источник(?:и|а)?|собеседник(?:и|а)?)(?![\p{L}])/u);
    // (not a title a name follows: Специальный представитель правительства КНР по евразийским делам Ли Хуэй)
    const named = (m: RegExpExecArray | RegExpMatchArray) => {
      const end = m.index! + m[0].length;
      for (let k = lowerBound(out, end); out[k] && /^[^,.;:!?"()\n]{0,80}$/u.test(text.slice(end, out[k]!.start)); k++) {
        const x = out[k]!;
        if (x.fresh?.kind === 'person' ? !x.fresh.unnamed : x.actorId && this.g.entries.get(x.actorId)?.kind === 'person') return true;
      }
      return false;
    };
    for (const m of text.matchAll(CIRCLES)) {
      // (whose entourage: the person's English name where the gazetteer has it)
      const whose = /окружени/iu.test(m[0]) ? out.find((x) => x.start > m.index && x.end <= m.index + m[0].length && x.actorId) : undefined;
      const name = whose?.actorId ? this.g.entries.get(whose.actorId)?.names.en?.[0] : undefined;
      unnamed(m, /окружени/iu.test(m[0]) ? `the entourage of ${name ?? latinRu(m[0].replace(/^окружении\s+/iu, ''))}` : 'informed circles', /^$/u);
    }
    for (const m of text.matchAll(OFFICIAL)) if (!named(m)) unnamed(m, 'unnamed official', /^(?:(?:(?:официальный|высокопоставленный|неназванный|анонимный)\s+)?представитель|посол|дипломат)\s/u);
    for (const m of text.matchAll(WITNESS)) unnamed(m, /^участник/iu.test(m[0]) ? 'the participants' : /^сотрудник/iu.test(m[0]) ? 'a staff member' : /^од(?:ин|на|ного|ной)\s/iu.test(m[0]) ? 'one of them' : /жител/iu.test(m[0]) ? 'residents' : 'witnesses', /^(?:(?:местные\s+)?(?:жители|очевидцы|свидетели)|(?:один|одна)\s|участники\s|сотрудник\s)/iu);
    for (const m of text.matchAll(GROUP)) unnamed(m, 'officials', /^(?:\p{L}+(?:ие|ые)\s|(?:два|две|три|четыре|двое|трое|несколько)\s)/u);
    for (const m of text.matchAll(SENIOR)) unnamed(m, 'senior official', /^(?:\p{L}+(?:ый|ий|ой)\s+){1,2}\p{L}+(?:ь|к|ик|т)(?:\s|$)/u);
    // An expert or an official the text does not name, as the subject of a reporting verb (считает опрошенный «МК»
    // политолог-американист; Как рассказал «Ведомостям» федеральный чиновник).
    for (const m of text.matchAll(EXPERT)) {
      const end = m.index + m[0].length;
      if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
      // A bare "эксперт" after an expert the text named: a description of that one, not a new unnamed source.
      if (/^(?:эксперт|аналитик|политолог|экономист|востоковед|историк|социолог)$/iu.test(m[0]) && out.some((x) => x.end <= m.index && x.fresh?.kind === 'person' && !x.fresh.unnamed && m.index - x.end < 1500 && EXPERT_TITLE.test(text.slice(Math.max(0, x.fresh.name.start - 150), x.fresh.name.start)))) continue;
      if (!NAME_THEN_CUE.test(text.slice(end, end + 160)) && !CUE_THEN_NAME.test(text.slice(Math.max(0, m.index - 60), m.index).replace(/"[^"]{1,30}"\s*$/u, ''))) continue;
      unnamed(m, /чиновник/iu.test(m[0]) ? 'an official' : /(?:ты|ки|ги|ли|ви)(?:\s|$)/u.test(m[0]) ? 'experts' : 'an expert', /^(?:опрошенные\s+(?:\S+\s+)?)?(?:эксперты|аналитики|политологи|наблюдатели|экономисты|следователи)(?:\s+(?:\p{Script=Latin}|").*)?$|^(?:\p{L}+(?:ый|ий)\s+)*(?:"[^"]+"\s+)?(?:\p{L}+(?:ый|ий)\s+)?\p{L}+(?:г|т|к)(?:-\p{L}+)?(?:\s+(?:\p{L}+\s+)?(?:банка|компании|фонда|центра|института|университета|МГИМО|ВШЭ|РСМД|РАН))?$/u);
    }
    // A press service speaks for its body: пресс-служба Кремля, со ссылкой на пресс-службу губернатора.
    /** The mentions wholly inside [start, end), none starting at `start`, and none crossing its edges; null if one does. */
    const within = (start: number, end: number): { at: number; inner: ActorMention[] } | null => {
      const at = lowerBound(out, start);
      if (out[at - 1] && out[at - 1]!.end > start) return null;
      let n = 0;
      while (out[at + n] && out[at + n]!.start < end) n++;
      const inner = out.slice(at, at + n);
      return inner.some((x) => x.end > end || x.start === start) ? null : { at, inner };
    };
    const free = (start: number, end: number) => {
      const at = lowerBound(out, start);
      return (!out[at - 1] || out[at - 1]!.end <= start) && (!out[at] || out[at]!.start >= end) ? at : -1;
    };
    // The state a body's words name (посольство России в США), else the state of an office they name (пресс-служба
    // президента Узбекистана).
    const stateOf = (inner: ActorMention[]) =>
      inner.find((x) => x.actorId && this.g.entries.get(x.actorId)?.kind === 'state')?.actorId ?? inner.find((x) => x.role && !x.role.of.includes('-'))?.role?.of ?? undefined;
    // A body the gazetteer does not hold, named by the words [start, end) in place of the mentions inside them.
    const body = (at: number, inner: number, start: number, end: number, label: string, of: string | undefined, oblique: boolean) => {
      const words = plain(text.slice(start, end)).replace(/\s+/g, ' ');
      out.splice(at, inner, { start, end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start, end }, key: `ru-body:${words.split(' ').map(stemRu).join(' ')}`, label, en: latinRu(label), ...(of ? { of } : {}) }, ...(oblique ? { oblique: true } : {}) });
    };
    for (const m of text.matchAll(/(?<![\p{L}])пресс-служб(?:а|ы|е|у|ой)\s+/giu)) {
      const after = lowerBound(out, m.index + m[0].length);
      const body = out[after];
      if (body && body.start === m.index + m[0].length && body.actorId && this.g.entries.get(body.actorId)?.kind !== 'person') {
        const { oblique: _oblique, ...rest } = body;
        out.splice(after, 1, { ...rest, start: m.index, how: 'name', ...(/^пресс-служба\s/iu.test(m[0]) ? {} : { oblique: true }) });
      }
    }
    for (const m of text.matchAll(AFTER_ACCORDING)) {
      const start = m.index;
      const end = start + m[0].length;
      const span = within(start, end);
      // A name the gazetteer knows stands alone, or opens the phrase (по данным МИД России): that one speaks.
      if (!span || (span.inner[0] && span.inner[0].start === start) || span.inner.some((x) => !(x.actorId || x.role) || (x.actorId && this.g.entries.get(x.actorId)?.kind === 'person'))) continue;
      const first = m[0].split(/\s+/)[0]!;
      const ws2 = m[0].split(/\s+/);
      const { at, inner } = span;
      // (or a body's adjectives before its noun: Центральной избирательной комиссии Молдавии, японского министерства обороны)
      if (BODY_GENITIVE.test(first) || (/^\p{L}\p{Ll}+(?:ой|ого|ей|его)$/u.test(first) && /^(?:\p{Ll}+(?:ой|ого|ей|его)\s+)?(?:комиссии|службы|министерства|комитета|агентства|управления|совета|банка|суда|ведомства|палаты|организации|центра|правительства|посольства|минфина|минобороны|генштаба|парламента)(?![\p{L}])/u.test(ws2.slice(1).join(' ')))) {
        body(at, inner.length, start, end, bodyNominative(m[0].replace(/\s+/g, ' ')), stateOf(inner), true);
      } else if (ws2.length === 2 && !inner.length && ws2.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && /(?:а|я)$/u.test(ws2[0]!) && /(?:а|ой|ой|ого|я)$/u.test(ws2[1]!)) {
        // по данным Кирилла Дмитриева: a person, named in the genitive.
        const label = nominativeOf(m[0]);
        out.splice(at, 0, { start, end, actorId: null, how: 'new', fresh: { kind: 'person', name: { start, end }, key: `ru:${stemRu(ws2[1]!)}`, label, en: latinRu(label) }, oblique: true });
      }
    }
    for (const m of text.matchAll(SSYLKA_BODY)) {
      const start = m.index;
      const end = start + m[0].length;
      const span = within(start, end);
      if (!span || (span.inner[0] && span.inner[0].start === start) || span.inner.some((x) => !(x.actorId || x.role) || (x.actorId && this.g.entries.get(x.actorId)?.kind === 'person'))) continue;
      const { at, inner } = span;
      body(at, inner.length, start, end, m[0], stateOf(inner), true);
    }
    for (const m of text.matchAll(DOC_SPEAKING)) {
      const start = m.index;
      const end = start + m[0].length;
      // (a place or a party named inside is the document's words: по итогам переговоров в Пекине)
      const span = within(start, end);
      if (!span || span.inner.some((x) => !x.actorId || this.g.entries.get(x.actorId)?.kind !== 'state')) continue;
      // "…, размещенном на сайте МИД Азербайджана": an author named on its site speaks (statements.ts), not the
      // document.
      const site = /^\s*,\s*\p{L}+\s+(?:[\p{Ll}-]+\s+){0,2}(?:на\s+(?:официальном\s+)?(?:сайте|портале|странице)|в\s+\p{L}+)\s+(?:пресс-службы\s+)?/u.exec(text.slice(end, end + 120));
      if (site && out.some((x) => x.start === end + site[0].length && (x.actorId || x.fresh) && !x.fresh?.unnamed)) continue;
      if (site && /^(?:МИД|Мин\p{L}+|Кремл|Бел\p{L}+\s+дом|Госдеп|Правительств|Администраци|Офис|Канцеляри|Посольств|Пресс-служб)/u.test(text.slice(end + site[0].length, end + site[0].length + 20))) continue;
      const { at } = span;
      const words = plain(m[0]).replace(/\s+/g, ' ');
      out.splice(at, span.inner.length, { start, end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start, end }, key: `ru-doc:${words.split(' ').map(stemRu).join(' ')}:${start}`, en: documentEn(words), unnamed: true }, ...(/^\p{Lu}/u.test(m[0]) && !/^(?:В|Во|Из|Согласно)\s/u.test(text.slice(Math.max(0, start - 9), start)) ? {} : { oblique: true }) });
    }
    for (const m of text.matchAll(QUOTED_OUTLET)) {
      const start = m.index;
      const end = start + m[0].length;
      const at = free(start, end);
      if (at < 0) continue;
      const name = (m[1] ?? m[2])!;
      // After по данным, со ссылкой на the name is in the genitive or accusative («Татар-информа» → Татар-информ);
      // after a verb (как пишет «Коммерсант») it is the subject.
      const governed = /(?:данным|информации|сведениям|на|газеты|агентства|телеканала|издания|радиостанции|журнала|портала)\s+$/iu.test(text.slice(Math.max(0, start - 20), start));
      const label = governed ? name.replace(/(?<=[бвгджзклмнпрстфхцчшщ])[ау]$/u, '') : name;
      out.splice(at, 0, { start, end, actorId: null, how: 'description', fresh: { kind: 'media', name: { start: start + 1, end: end - 1 }, key: `ru-media:${stemRu(label.split(/\s+/)[0]!)}`, label, en: latinRu(label) }, ...(governed ? { oblique: true } : {}) });
    }
    // A body the gazetteer lacks, named after its document (говорится в заявлении Национальной разведывательной
    // организации Турции): the state named inside is the body's.
    for (const m of text.matchAll(DOC_OWNER)) {
      const start = m.index;
      const end = start + m[0].length;
      const span = within(start, end);
      if (!span || span.inner.some((x) => !x.actorId || this.g.entries.get(x.actorId)?.kind !== 'state')) continue;
      const of = span.inner[0]?.actorId ?? undefined;
      out.splice(span.at, span.inner.length, { start, end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start, end }, key: `ru-body:${plain(m[0]).split(/\s+/).map(stemRu).join(' ')}`, en: latinRu(m[0]), ...(of ? { of } : {}) }, oblique: true });
    }
    // An outlet in Latin letters after the noun that says what it is (газета Financial Times, агентство Bloomberg), or
    // where an outlet speaks (по данным Bloomberg).
    for (const m of [...text.matchAll(LATIN_OUTLET), ...text.matchAll(LATIN_SPEAKING)]) {
      const start = m.index;
      const end = start + m[0].length;
      const at = free(start, end);
      if (at < 0) continue;
      out.splice(at, 0, { start, end, actorId: null, how: 'description', fresh: { kind: 'media', name: { start, end }, key: `ru-media:${m[0].toLowerCase()}`, label: m[0], en: m[0] } });
    }
    // "МИД Республики Корея", "Минобороны Японии": a ministry named by its state, the state's own (its entry where
    // the gazetteer holds one), never Russia's by the bare noun.
    for (let k = 0; k + 1 < out.length; k++) {
      const body = out[k]!;
      const st = out[k + 1]!;
      const noun = text.slice(body.start, body.end);
      const kind = st.actorId ? this.g.entries.get(st.actorId)?.kind : undefined;
      if (body.how !== 'metonym' || !/^(?:МИД\p{L}{0,2}|Минобороны)$/u.test(noun) || kind !== 'state' || !st.oblique || !/^\s+$/.test(text.slice(body.end, st.start))) continue;
      const defense = /^Минобороны$/u.test(noun);
      const id = `${st.actorId}-${defense ? 'defense-ministry' : 'mfa'}`;
      if (st.actorId === 'russia') continue;
      const label = `${noun} ${text.slice(st.start, st.end)}`;
      const merged: ActorMention = this.g.entries.has(id)
        ? { start: body.start, end: st.end, actorId: id, how: 'name', ...(body.oblique ? { oblique: true } : {}) }
        : { start: body.start, end: st.end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start: body.start, end: st.end }, key: `ru-body:${defense ? 'defense' : 'mfa'}:${st.actorId}`, label, en: latinRu(label), of: st.actorId! }, ...(body.oblique ? { oblique: true } : {}) };
      out.splice(k, 2, merged);
    }
    // A body named in the nominative where it speaks (Посольство России в Сеуле написало…; сообщает пресс-служба
    // правительства Амурской области.): a body the gazetteer does not hold.
    for (const m of text.matchAll(BODY_NOMINATIVE)) {
      const start = m.index;
      const end = start + m[0].length;
      // (a state's adjective opening the body's name is the body's: Украинская ассоциация футбола)
      const opening = out[lowerBound(out, start)];
      const stateAdjective = opening && opening.start === start && opening.end < end && opening.actorId && this.g.entries.get(opening.actorId)?.kind === 'state' && /^\p{Lu}\p{Ll}+(?:ая|ий|ый|ое|ие|ые)$/u.test(text.slice(opening.start, opening.end));
      const inside = () => {
        const at = lowerBound(out, start);
        const inner = out.slice(at, lowerBound(out, end));
        return (!out[at - 1] || out[at - 1]!.end <= start) && inner.every((x) => x.end <= end) ? { at, inner } : null;
      };
      const span = within(start, end) ?? (stateAdjective ? inside() : null);
      if (!span || span.inner.some((x) => !(x.actorId || x.role))) continue;
      // A generic noun after the head (пресс-служба организации, отдел ведомства) names the body named before it.
      if (/^\p{Ll}/u.test(m[0]) && !/\s\p{Lu}/u.test(m[0])) continue;
      const { at, inner } = span;
      body(at, inner.length, start, end, m[0].replace(/\s+/g, ' '), stateOf(inner), false);
    }
    for (const m of text.matchAll(BODY_AFTER_V)) {
      const start = m.index;
      const end = start + m[0].length;
      // The states named inside are the body's (в посольстве России в США, в правительстве Израиля), and the head
      // of state an administration is named after (в администрации Трампа).
      const span = within(start, end);
      // (and a person or an office it serves: в администрации Трампа, в канцелярии генерального секретаря ООН)
      if (!span || span.inner.some((x) => !(x.actorId || x.role))) continue;
      const { at, inner } = span;
      const n = inner.length;
      // A generic noun alone (в министерстве, в пресс-службе) names the body named before it: not a new one.
      if (/^\p{Ll}[\p{L}-]*$/u.test(m[0])) continue;
      // The office of a body the gazetteer holds speaks as that body (в аппарате Совета Безопасности, в пресс-службе
      // Кремля).
      const own = n === 1 ? inner[0]! : undefined;
      if (own?.actorId && own.end === end && this.g.entries.get(own.actorId)?.kind === 'institution' && /^(?:аппарате|пресс-службе|канцелярии|секретариате|пресс-центре)\s+$/u.test(text.slice(start, own.start))) {
        out.splice(at, 1, { ...own, start, end, how: 'metonym', oblique: true });
        continue;
      }
      body(at, n, start, end, bodyNominative(m[0].replace(/\s+/g, ' ')), stateOf(inner), true);
    }
    // A group named by its members and whose they are, where it speaks (Власти Мали, Буркина-Фасо и Нигера объявили;
    // Представители движения ХАМАС сообщили): one actor of the document, the names inside its own.
    for (const m of text.matchAll(GROUP_NAMED)) {
      const start = m.index;
      const end = start + m[0].length;
      const span = within(start, end);
      if (!span) continue;
      const label = m[0].replace(/\s+/g, ' ');
      const head = GROUP_HEADS.find(([re]) => re.test(plain(label).replace(/^(?:\p{L}+(?:ие|ые)\s+){1,2}/u, '')))?.[1];
      const of = span.inner.map((x) => (x.actorId ? this.g.entries.get(x.actorId)?.names.en?.[0] : undefined)).filter((n): n is string => Boolean(n));
      const en = head && of.length === span.inner.length && of.length ? `${head} of ${of.length > 1 ? `${of.slice(0, -1).join(', ')} and ${of.at(-1)}` : of[0]}` : latinRu(label);
      out.splice(span.at, span.inner.length, { start, end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start, end }, key: `ru-group:${plain(label).split(' ').map(stemRu).join(' ')}`, label, en, ...(stateOf(span.inner) ? { of: stateOf(span.inner) } : {}) } });
    }
    // "болгарская сторона", "армянской стороны": a state the gazetteer does not hold, by the side it is in a talk.
    for (const m of text.matchAll(SIDE)) {
      const start = m.index;
      const end = start + m[0].length;
      const at = lowerBound(out, start);
      // The adjective taken for its country's name (Болгарская for Болгария): the side is that state.
      const inner = out[at];
      if (inner && inner.start === start && inner.end <= end && (!out[at + 1] || out[at + 1]!.start >= end) && inner.actorId && this.g.entries.get(inner.actorId)?.kind === 'state') {
        out.splice(at, 1, { start, end, actorId: inner.actorId, how: 'metonym', ...(/сторона$/u.test(m[0]) ? {} : { oblique: true }) });
        continue;
      }
      if (free(start, end) < 0) continue;
      const adjective = m[1]!.toLowerCase();
      // A state the lexicon has the adjective of (азербайджанская сторона → Azerbaijan).
      const state = NATIONALITY_ADJ_RU.find(([adj]) => adjective.startsWith(adj.slice(0, -2)))?.[1];
      if (state && this.g.entries.get(state)?.kind === 'state') {
        out.splice(at, 0, { start, end, actorId: state, how: 'metonym', ...(/сторона$/u.test(m[0]) ? {} : { oblique: true }) });
        continue;
      }
      const label = `${m[1]!.replace(/(?:ой|ую)$/u, 'ая')} сторона`;
      out.splice(at, 0, { start, end, actorId: null, how: 'description', fresh: { kind: 'state', name: { start, end }, key: `ru-side:${stemRu(adjective)}`, label, en: latinRu(label) }, ...(/сторона$/u.test(m[0]) ? {} : { oblique: true }) });
    }
    // A person no title introduces and the gazetteer lacks: two capitalised words (a patronymic may stand between)
    // as the subject of a reporting verb — before it, past adverbs, a time, a channel or an aside between commas
    // (Нарендра Моди, передавая молоток…, предложил; Татьяна Москалькова, как передает ТАСС, сообщила), or after
    // it (заявил Никол Пашинян).
    for (let i = 0; i + 1 < ws.length; i++) {
      const a = ws[i]!;
      const b = ws[i + 1]!;
      if (!a.upper || !b.upper || !NAME_GAP.test(text.slice(a.end, b.start))) continue;
      if (i > 0 && ws[i - 1]!.upper && /^\s+$/.test(text.slice(ws[i - 1]!.end, a.start))) continue;
      // A third word: names of three (Ким Хон Гюн, Чан Хо Джин), not of four or more.
      const joined = (k: number) => k < ws.length && ws[k]!.upper && /^\s+$/.test(text.slice(ws[k - 1]!.end, ws[k]!.start));
      if (joined(i + 2) && (joined(i + 3) || !/^\p{Script=Cyrillic}/u.test(text.slice(ws[i + 2]!.start, ws[i + 2]!.end)) || NOT_A_NAME.test(text.slice(ws[i + 2]!.start, ws[i + 2]!.end)) || /^\p{Lu}{2,}/u.test(text.slice(ws[i + 2]!.start, ws[i + 2]!.end)))) continue;
      const wa = text.slice(a.start, a.end);
      const wb = text.slice(b.start, b.end);
      if (!/^\p{Script=Cyrillic}/u.test(wa) || !/^\p{Script=Cyrillic}/u.test(wb) || NOT_A_NAME.test(wa) || NOT_A_NAME.test(wb) || /^\p{Lu}{2,}/u.test(wa) || /^\p{Lu}{2,}/u.test(wb)) continue;
      // Not a body's adjectives (Северокорейское Центральное телеграфное агентство).
      if (/(?:ое|ее|ые|ие)$/u.test(wa) || /(?:ое|ее|ые|ие)$/u.test(wb) || /(?:ская|цкая)$/u.test(wa)) continue;
      const last = joined(i + 2) ? ws[i + 2]! : b;
      const at = lowerBound(out, a.start);
      if ((out[at - 1] && out[at - 1]!.end > a.start) || (out[at] && out[at]!.start < last.end)) continue;
      if (this.longest(this.byStart, ws, i, text) || this.longest(this.byStart, ws, i + 1, text) || this.longest(this.titles, ws, i, text)) continue;
      const after = text.slice(last.end, last.end + 160);
      const before = text.slice(Math.max(0, a.start - 40), a.start);
      const subject = NAME_THEN_CUE.test(after);
      const inverted = CUE_THEN_NAME.test(before) || titleAfterCue(text.slice(Math.max(0, a.start - 160), a.start));
      if (!subject && !inverted) continue;
      const name = { start: a.start, end: last.end };
      const key = `ru:${last.stem}`;
      surnames.set(last.stem, key);
      out.splice(at, 0, { start: a.start, end: last.end, actorId: null, how: 'new', fresh: { kind: 'person', name, key, en: latinRu(text.slice(a.start, last.end)) } });
    }
    // A surname alone the gazetteer lacks, as the subject that opens a sentence before a reporting verb
    // (Пашинян заявил…): only in the shapes Russian writes surnames in.
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (!w.upper) continue;
      const word = text.slice(w.start, w.end);
      if (!SURNAME_SHAPE.test(word) || NOT_A_NAME.test(word)) continue;
      if (!/(?:^|[.!?\n]\s*|[.!?]"\s*)$/u.test(text.slice(Math.max(0, w.start - 3), w.start)) && w.start !== 0) continue;
      if (i + 1 < ws.length && ws[i + 1]!.upper && /^\s+$/.test(text.slice(w.end, ws[i + 1]!.start))) continue;
      const at = lowerBound(out, w.start);
      if ((out[at - 1] && out[at - 1]!.end > w.start) || (out[at] && out[at]!.start < w.end)) continue;
      if (this.longest(this.byStart, ws, i, text) || [...surnames.keys()].some((k) => sameStem(k, w.stem))) continue;
      if (!NAME_THEN_CUE.test(text.slice(w.end, w.end + 160))) continue;
      const key = `ru:${w.stem}`;
      surnames.set(w.stem, key);
      out.splice(at, 0, { start: w.start, end: w.end, actorId: null, how: 'new', fresh: { kind: 'person', name: { start: w.start, end: w.end }, key, en: latinRu(word) } });
    }
    // A person a title introduced, named again by the surname (Рябков … Рябкова).
    if (surnames.size) {
      const taken = (pos: number) => {
        const m = out[lowerBound(out, pos + 1) - 1];
        return m !== undefined && pos < m.end;
      };
      for (const w of ws) {
        if (!w.upper || taken(w.start)) continue;
        for (const [stem, key] of surnames) {
          if (sameStem(w.stem, stem)) {
            out.push({ start: w.start, end: w.end, actorId: null, how: 'alias', aliasOf: key });
            break;
          }
        }
      }
      out.sort((a, b) => a.start - b.start);
    }
    // A person the gazetteer knows, named in full, named again by the surname alone (Мартин Гриффитс … По оценке
    // Гриффитса): the same person, in the case the text writes.
    const known = new Map<string, { id: string; word: string }>();
    for (const m of out) {
      if (!m.actorId || this.g.entries.get(m.actorId)?.kind !== 'person') continue;
      const words = text.slice(m.start, m.end).split(/\s+/);
      const last = words.at(-1)!;
      if (words.length >= 2 && /^\p{Lu}\p{Ll}{3,}$/u.test(last)) known.set(stemRu(last), { id: m.actorId, word: plain(last) });
    }
    if (known.size) {
      let added = false;
      for (const w of ws) {
        if (!w.upper || NOT_A_NAME.test(text.slice(w.start, w.end))) continue;
        const at = lowerBound(out, w.start);
        if ((out[at - 1] && out[at - 1]!.end > w.start) || (out[at] && out[at]!.start < w.end)) continue;
        const word = text.slice(w.start, w.end);
        for (const [stem, k] of known) {
          if (sameStem(w.stem, stem) && softFits(word, k.word)) {
            out.splice(at, 0, { start: w.start, end: w.end, actorId: k.id, how: 'name', ...(plain(word) === k.word ? {} : { oblique: true }) });
            added = true;
            break;
          }
        }
      }
      if (added) out.sort((a, b) => a.start - b.start);
    }
    // A role's title, then in its clause the name of a person the gazetteer does not hold (Президент Сирии на
    // переходный период Ахмед аш-Шараа): the text names who holds it, so the title is that person's, not the
    // office-holder the date would give.
    for (let k = 0; k + 1 < out.length; k++) {
      const t = out[k]!;
      const p = out[k + 1]!;
      if (t.how !== 'title' || !t.role || p.how !== 'new' || p.fresh?.kind !== 'person' || p.fresh.unnamed || p.start !== p.fresh.name.start) continue;
      if (!/^\s+(?:[\p{Ll}-]+\s+){1,5}$/u.test(text.slice(t.end, p.start))) continue;
      out.splice(k, 2, { ...p, start: t.start, ...(t.oblique ? { oblique: true } : {}) });
    }
    // A first name or an honorific before a known person's surname, written as the gazetteer does not write it
    // (Эммануэль Макрон for Эмманюэль Макрон; Аятолла Хаменеи): one mention of that person.
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      // (a surname alone, and not after a preposition: в Вене Михаил Ульянов)
      if (m.how !== 'name' || !m.actorId || this.g.entries.get(m.actorId)?.kind !== 'person' || /\s/u.test(text.slice(m.start, m.end))) continue;
      const before = /(?<!(?:^|[^\p{L}])(?:в|во|на|из|с|со|к|о|об|по|от|до|у|при|для)\s+)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
      if (!before) continue;
      const start = m.start - before[0].length;
      const word = before[1]!;
      if ((start > 0 && /[\p{L}\p{N}-]/u.test(text[start - 1]!)) || (out[k - 1] && out[k - 1]!.end > start) || inTime(start)) continue;
      if (NOT_A_NAME.test(word) || HEAD.test(plain(word)) || NOT_FIRST_NAME.test(word)) continue;
      out[k] = { ...m, start };
    }
    void sentences;
    nominativeLabels(out, text);
    return out;
  }
}

/** Nouns of bodies in the prepositional (в министерстве) with their nominative and gender. */
const BODY_NOUNS: Record<string, [string, 'n' | 'm' | 'f']> = {
  министерстве: ['министерство', 'n'], ведомстве: ['ведомство', 'n'], правительстве: ['правительство', 'n'], посольстве: ['посольство', 'n'],
  управлении: ['управление', 'n'], комитете: ['комитет', 'm'], аппарате: ['аппарат', 'm'], офисе: ['офис', 'm'], парламенте: ['парламент', 'm'],
  совете: ['совет', 'm'], штабе: ['штаб', 'm'], секретариате: ['секретариат', 'm'], департаменте: ['департамент', 'm'], Сенате: ['Сенат', 'm'],
  Конгрессе: ['Конгресс', 'm'], Кнессете: ['Кнессет', 'm'], Совфеде: ['Совфед', 'm'], администрации: ['администрация', 'f'], мэрии: ['мэрия', 'f'],
  'пресс-службе': ['пресс-служба', 'f'], Госдуме: ['Госдума', 'f'], Раде: ['Рада', 'f'], Генштабе: ['Генштаб', 'm'], генштабе: ['генштаб', 'm'],
  кабмине: ['кабмин', 'm'], Кабмине: ['Кабмин', 'm'], Минфине: ['Минфин', 'm'], Минэкономразвития: ['Минэкономразвития', 'n'],
};

/** A body named in the prepositional after "в" (в краевом министерстве сельского хозяйства), in the nominative
 *  (краевое министерство сельского хозяйства): its head noun and the adjectives before it; the genitive after
 *  it stays. */
function bodyNominative(phrase: string): string {
  const words = phrase.split(' ');
  const h = words.findIndex((w) => BODY_NOUNS[w] !== undefined || /^(?:Мин\p{Ll}{2,}е|[Гг]енпрокуратуре|прокуратуре|оперштабе|[Цц]ентризбиркоме|[Цц]ентробанке|[Нн]ацбанке)$/u.test(w));
  if (h < 0) return phrase;
  // (Минсельхозе → Минсельхоз, Генпрокуратуре → Генпрокуратура)
  const head = words[h]!;
  const [noun, gender] = BODY_NOUNS[head] ?? (/уре$/u.test(head) ? [head.replace(/е$/u, 'а'), 'f'] : [head.replace(/е$/u, ''), 'm']);
  const adjective = (w: string) =>
    gender === 'n' ? w.replace(/ом$/u, 'ое').replace(/ем$/u, 'ее') : gender === 'm' ? w.replace(/(?<=[кгх])ом$/u, 'ий').replace(/ом$/u, 'ый').replace(/ем$/u, 'ий') : w.replace(/ой$/u, 'ая').replace(/ей$/u, 'яя');
  return [...words.slice(0, h).map(adjective), noun, ...words.slice(h + 1)].join(' ');
}

/** A body's names in the forms news writes them: Российской Федерации as России and РФ, МИД as Министерство
 *  иностранных дел and back, Минобороны as Министерство обороны and back. */
function variantsRu(names: readonly string[]): string[] {
  const out = new Set(names);
  const swaps: [RegExp, string][] = [
    [/Российской Федерации$/u, 'России'], [/Российской Федерации$/u, 'РФ'], [/^МИД /u, 'Министерство иностранных дел '],
    [/^Министерство иностранных дел /u, 'МИД '], [/^Минобороны /u, 'Министерство обороны '], [/^Министерство обороны /u, 'Минобороны '],
  ];
  for (let round = 0; round < 2; round++) for (const n of [...out]) for (const [re, to] of swaps) if (re.test(n)) out.add(n.replace(re, to));
  return [...out];
}

/** The body a title of a Russian official names, where the person speaks for it ("мы"): заместитель министра
 *  иностранных дел РФ → the Foreign Ministry; помощник президента России → the Kremlin. */
function bodyOfTitle(title: string): string | undefined {
  const t = title.toLowerCase();
  if (!/(?:росси|рф(?![\p{L}]))/u.test(t) && !/российск/u.test(t)) return undefined;
  if (/иностранных\s+дел|(?<![\p{L}])мид(?![\p{L}])/u.test(t)) return 'russia-mfa';
  if (/(?:помощник|советник|пресс-секретар)\p{L}*\s+(?:президента|главы\s+государства)/u.test(t)) return 'russia-presidential-office';
  return undefined;
}

/** A person the text introduces in an oblique case first (Интервью заместителя министра … Михаила Галузина) is
 *  named as the nominative writes it: from a later mention in the nominative, else by the endings of names. */
function nominativeLabels(out: ActorMention[], text: string) {
  const byKey = new Map<string, ActorMention[]>();
  for (const m of out) if (m.fresh?.kind === 'person' && !m.fresh.unnamed) byKey.set(m.fresh.key, [...(byKey.get(m.fresh.key) ?? []), m]);
  for (const ms of byKey.values()) {
    if (!ms[0]!.oblique) continue;
    const nom = ms.find((m) => !m.oblique);
    const written = nom ? text.slice(nom.fresh!.name.start, nom.fresh!.name.end).replace(/\s+/g, ' ') : nominativeOf(text.slice(ms[0]!.fresh!.name.start, ms[0]!.fresh!.name.end));
    const of = ms.find((m) => m.fresh!.of)?.fresh!.of;
    for (const m of ms) m.fresh = { ...m.fresh!, label: written, en: latinRu(written), ...(of ? { of } : {}) };
  }
}

/** A Russian name in an oblique case, in the nominative by its endings (Михаила Галузина → Михаил Галузин; Марии
 *  Захаровой → Мария Захарова; Владимира Зеленского → Владимир Зеленский). A guess where nothing else tells. */
export function nominativeOf(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => {
      if (w.length < 4 || /\./.test(w)) return w;
      const rules: [RegExp, string][] = [
        [/(ск|цк)(?:ого|ому|им|ом)$/u, '$1ий'],
        [/(ов|ев|ёв|ин|ын)(?:а|у|ым|е)$/u, '$1'],
        [/(ов|ев|ин|ын)ой$/u, '$1а'],
        [/ии$/u, 'ия'],
        [/ией$/u, 'ия'],
        [/ию$/u, 'ия'],
        [/е(?:я|ю|ем|е)$/u, 'ей'],
        [/([бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е)$/u, '$1'],
        [/([бвгджзклмнпрстфхцчшщ])(?:ы|е|ой|у)$/u, '$1а'],
      ];
      for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to);
      return w;
    })
    .join(' ');
}
