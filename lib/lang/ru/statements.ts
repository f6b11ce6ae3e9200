// Russian attribution: who said what, when and through which channel. Russian news puts the speaker before
// the verb (Песков заявил, что…), after it (заявил Песков; сообщила официальный представитель МИД России
// Мария Захарова), after a quotation and a dash («…», — сказал Песков), behind "по словам" (по словам Пескова,
// …) or "со ссылкой на", in a phrase of its own (как передает ТАСС), or lets an institution speak through a
// place (В Кремле заявили; в МИД России сообщили). Он/она/они and a verb with no subject (Также отметил, что…)
// continue the last speaker. Works on the normalised text (its «» are straight quotes).
import type { Stance } from '../../model/schema';
import type { ActorMention } from '../../extract/mentions';
import { type SpanN, type StatementDraft, around, colonDrafts, nearestTime, oncePerSentence, sentenceIndex } from '../../extract/drafts';
import { lowerBound } from '../../text/spans';
import { type Sentence, sentenceAt, sentencesPast } from '../../text/tokens';
import type { ReadText } from '../types';
import { CHANNEL_RE_RU, CUE_RE_RU, CUES_RU, NATIONALITY_ADJ_RU, PASSIVES_RU, type RuCue, cueRu } from './lexicon';

/** A sentence ends at . ! ? or a line break — not after an initial or two (В. Путин, В.В. Путин; the network X is
 *  no initial) or "г." of a year. */
const ABBREVIATION_RU = /(?:^|[\s("-])(?:(?:\p{Lu}\.[\s-]?)?(?<!(?:сети|соцсетях|платформе|платформы)\s)\p{Lu}|г|гг|т\.\s?е|т\.\s?к|им|ул|см|др|пр|тыс|млн|млрд)\.$/u;
const sentencesPlain = sentencesPast(ABBREVIATION_RU, 12);
/** Sentences, not split inside a quotation on one line: a programme's name («Москва. Кремль. Путин») or several
 *  sentences of one quotation stay in the sentence that attributes them. */
export function sentencesRu(text: string): Sentence[] {
  const out: Sentence[] = [];
  let open = false;
  for (const s of sentencesPlain(text)) {
    const prev = out.at(-1);
    if (prev && open && !text.slice(prev.end, s.start).includes('\n')) prev.end = s.end;
    else out.push({ ...s });
    const last = out.at(-1)!;
    let n = 0;
    for (let i = last.start; i < last.end; i++) if (text.charCodeAt(i) === 34) n++;
    open = n % 2 === 1;
  }
  return out;
}

/** A pronoun subject (он, она, они, with the adverbs that follow it): the last speaker that fits. */
const PRONOUN = /(?:^|[\s,])(он|она|они|мы|я)(?:[\s,]+(?:правда|тут\s+же|впрочем|однако|также|тоже|уже|еще|ещё|вновь|снова|же|в\s+свою\s+очередь|при\s+этом|кроме\s+того|не\s+раз|неоднократно|официально|открыто|публично|прямо|лично|однозначно|категорически|твердо|твёрдо|четко|чётко|недвусмысленно|откровенно|сразу|не))*[\s,]*$/iu;
const PRONOUN_AFTER = /^\s*(он|она|они)(?![\p{L}])/iu;
/** A description that names the last speaker again: "Дипломат подчеркнул", "— сказал российский министр". */
const DESCRIPTION = /(?<![\p{L}])(?:(?:его|ее|её|их)\s+)?(?:(?:\p{L}\p{Ll}+(?:ск|цк)(?:ий|ая|ого|ой|ому|им)|сам\p{L}*)\s+)?(?:коллега|визави|дипломат|министр|политик|собеседник|глава\s+МИД|глава\s+государства|глава\s+\p{Ll}+(?:ого|его)\s+(?:государства|правительства|дипломатии|МИД|ведомства)|(?:представитель|пресс-секретарь|глава)\s+(?:Кремля|Белого\s+дома|Пентагона|Госдепа|Госдепартамента|Елисейского\s+дворца|Даунинг-стрит|МИД|Минобороны|Еврокомиссии)|пресс-секретарь|представитель|постпред|генсек|замминистра|замглавы\s+МИД|лидер|президент|вице-премьер|премьер|спикер|градоначальник|эксперт|аналитик|политолог|канцлер|посланник|спецпосланник|посол|переговорщик|глава\s+делегации|политик|сенатор|депутат|губернатор|мэр|глава\s+правительства|глава\s+региона|глава\s+ведомства|глава\s+госкорпорации)(?![\p{L}])/iu;
/** The two sides of a talk as one subject, with a plural verb: Президенты выразили, Стороны договорились, Лидеры
 *  подтвердили (a verb of saying, or of agreeing). */
const BOTH_SUBJECT = /(?:президенты|лидеры|стороны|главы\s+государств|собеседники|министры)(?:\s+(?:также|вновь|еще\s+раз|ещё\s+раз|особо))*\s*$/iu;
const BOTH_SIDES = new RegExp(
  `(?<![\\p{L}])(?:президенты|лидеры|стороны|главы\\s+государств|собеседники|министры)(?:\\s+(?:также|вновь|еще\\s+раз|ещё\\s+раз|особо))*\\s+(договорились|условились|${[...CUES_RU.keys()].filter((k) => /(?:ли|ли\s.+)$/u.test(k) && !k.includes(' ')).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`,
  'giu',
);

/** "лидеры Армении и Азербайджана подтвердили": the leaders of two named states, then a plural verb of saying. */
const LEADERS_OF = /(?<![\p{L}])(?:лидеры|руководители|главы\s+государств)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+и\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+(?:также|вновь|еще\s+раз|ещё\s+раз))?\s+([\p{Ll}]+ли)(?![\p{L}])/gu;
/** The first person of a briefing or an interview: напомню, подчеркну, хотела бы подчеркнуть, хочу отметить. */
const FIRST_PERSON =
  /(?<![\p{L}])(?:напомню|подчеркну|отмечу|замечу|повторю|уточню|хотел(?:а)?\s+бы\s+(?:еще\s+раз\s+|ещё\s+раз\s+|особо\s+|также\s+|сразу\s+)?(?:подчеркнуть|отметить|напомнить|сказать|заявить|уточнить|обратить\s+внимание)|хочу\s+(?:еще\s+раз\s+|ещё\s+раз\s+|особо\s+|также\s+|сразу\s+)?(?:подчеркнуть|отметить|напомнить|сказать|заявить|уточнить|обратить\s+внимание))(?![\p{L}])/giu;
/** The first person plural of a statement or a transcript opening its sentence: Подчеркиваем, что…; Вместе с тем
 *  заявляем…; Призываем американскую сторону… — the body that speaks (the statement's author). */
const WE_PRESENT =
  /(?<![\p{L}])(?:подчеркиваем|подчёркиваем|заявляем|призываем|отмечаем|напоминаем|констатируем|настаиваем|требуем|выражаем|приветствуем|осуждаем|считаем|рассчитываем|предупреждаем|информируем|исходим\s+из\s+того|убеждены|уверены|подтверждаем|поддерживаем|сожалеем|отвергаем|надеемся)(?![\p{L}])/giu;
/** A transcript's turn: the speaker's initials and surname, a gloss, a colon (В.Путин: …; Д.Трамп (как переведено): …). */
const TURN_LABEL = /^\s*(?:\p{Lu}\.\s?){1,2}\p{Lu}[\p{Ll}-]+(?:\s*\([^)\n]{1,40}\))?:\s/u;
/** The passive and impersonal forms a document says things with (говорится, отмечается). */
const PASSIVE_SAY = new RegExp(`^(?:${['говорится', 'сказано', ...PASSIVES_RU].join('|')})$`, 'iu');
/** A document's noun in the prepositional, where its author may follow (в заявлении Госдепартамента). */
const DOC_LOC = 'заявлении|сообщении|документе|коммюнике|пресс-релизе|релизе|докладе|письме|обращении|ноте|постановлении|решении|определении|записке|отчете|отчёте|справке|выводах|заключении';
/** A body named again by a generic noun after a document (в заявлении ведомства, в постановлении комиссии). */
const GENERIC_BODY = 'ведомства|министерства|пресс-службы|организации|комиссии|компании|регулятора|суда|правительства|посольства|службы|банка|альянса|блока|корпорации|парламента';
const GENERIC_BODY_ONLY = new RegExp(`^(?:${GENERIC_BODY})$`, 'iu');
/** The kinds of body a generic noun names again: an organisation, an alliance or a bloc may be an alliance. */
const bodyKinds = (noun: string): string[] => (/организаци|альянс|блок|секретариат/iu.test(noun) ? ['institution', 'alliance'] : ['institution']);
const DOC_OF_BODY = new RegExp(String.raw`(?:^|[\s,])в\s+(?:[\p{Ll}-]+\s+)?(?:${DOC_LOC})\s+([^,.;:"]{2,80}?)(?:\s*,[^,]{1,80},)?\s*$`, 'iu');
/** A document on a site or in a channel, the owner between (group 1): В опубликованном на сайте Кремля сообщении; В
 *  сообщении на сайте правительства; В публикации в Telegram-канале посольства России в США. */
const DOC_ON_SITE = new RegExp(String.raw`(?:^|[\s,])в\s+(?:[\p{Ll}-]+\s+){0,3}?(?:на\s+(?:официальном\s+)?(?:сайте|портале|странице)|в\s+(?:своем\s+|своём\s+|официальном\s+)?(?:telegram|телеграм)-канале)\s+([^,.;:"]{2,80}?)(?:\s+(?:${DOC_LOC}))?\s*$`, 'iu');
const DOC_NOUN_AT = new RegExp(String.raw`(?:${DOC_LOC})\s+`, 'iu');
const DOC_OF_GENERIC_AFTER = new RegExp(String.raw`^\s*в\s+(?:[\p{Ll}-]+\s+)?(?:${DOC_LOC})\s+(${GENERIC_BODY})(?![\p{L}])`, 'iu');
/** A document's noun in the prepositional, with what stands before it (в совместном заявлении, в опубликованном
 *  Кремлем заявлении, В документе, опубликованном на сайте Кремля,). */
const DOC_PHRASE = /(?:^|[\s,])в\s+(?:[\p{L}-]+\s+){0,3}?(?:заявлении|сообщении|документе|коммюнике|пресс-релизе|докладе|письме|обращении|ноте|декларации|резолюции|меморандуме|протоколе|тексте|стенограмме|релизе|указе|соглашении|договоре|записке|постановлении|решении|определении|отчете|отчёте|справке|приговоре|выводах|заключении)(?![\p{L}])/iu;
/** After a passive form, the document and what describes it, up to its author in the genitive: " в совместном
 *  заявлении", " в опубликованном в субботу итоговом документе", " на официальном сайте пресс-службы". */
const DOC_AFTER = /^\s*(?:(?:в|во)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:заявлении|сообщении|документе|коммюнике|пресс-релизе|релизе|докладе|письме|обращении|ноте|декларации|резолюции|меморандуме|протоколе|тексте|материале|публикации|ответе|комментарии|выступлении|послании|постановлении|решении|определении|записке|отчете|отчёте|справке|приговоре)(?:\s*,\s*[\p{Ll}-]+(?:ом|ем|ой|ым|им)(?:\s+[\p{Ll}-]+){0,3}?\s+на\s+(?:официальном\s+)?сайте)?(?:\s+(?:пресс-службы|пресс-центра|канцелярии|аппарата|сайта))?(?:\s+(?:[\p{Ll}-]+\s+)?(?:саммита|встречи|совещания|форума|конференции|заседания|участников|лидеров|глав\s+государств|министров(?:\s+иностранных\s+дел)?|стран))?|на\s+(?:официальном\s+)?(?:сайте|портале|странице|telegram-канале|телеграм-канале)(?:\s+(?:пресс-службы|пресс-центра))?)\s*$/iu;
/** A statement made or a position voiced, either order (сделал заявление; Эти заявления Лавров сделал; выступил с
 *  заявлением; озвучил позицию). */
const MADE_STATEMENT = /(?<![\p{L}])(?:сделал[аио]?\s+(?:[\p{Ll}-]+\s+)?заявлени\p{L}*|выступил[аио]?\s+с\s+(?:[\p{Ll}-]+\s+)?(?:заявлени|критик|призыв|осуждени|опровержени)\p{L}*|заявлени\p{L}*\s+(?:\p{L}+\s+){0,2}?сделал[аио]?|с\s+(?:таким|этим|подобным)\s+заявлени\p{L}*\s+выступил[аио]?|(?:позици\p{L}*|мнени\p{L}*|оценк\p{L}*)\s+(?:\p{L}+\s+){0,2}?озвучил[аио]?|озвучил[аио]?\s+(?:[\p{Ll}-]+\s+)?(?:позици|мнени|оценк)\p{L}*)(?![\p{L}])/giu;
/** Verbs that say only after a quotation and its dash («…», — продолжил министр; — пошутил Лавров). */
const QUOTE_ONLY = /"\s*,?\s*[—–-]\s*(продолжил[аи]?|произн[её]с(?:ла|ли)?|пошутил[аи]?|заключил[аи]?|признался|призналась|воскликнул[аи]?|съязвил[аи]?)(?![\p{L}])/giu;
/** A perfective gerund of saying after a comma: "…, заявив, что…". */
/** Whether words hold a verb of saying (CUE_RE_RU, not global). */
const CUE_ONCE = new RegExp(CUE_RE_RU.source, 'iu');
/** A quotation, then a dash (the dash is group 1) before the one who said it: «…» — Песков. */
const QUOTE_DASH_NAME = /"[^"\n]{3,400}"\s*([—–])(?=\s*(?:[\p{Ll}-]+\s+){0,8}\p{Lu})/gu;
const GERUND_CUE = /,\s*(заявив|добавив|отметив|подчеркнув|напомнив|указав|уточнив|пояснив|сообщив|призвав|выразив|предупредив|признав|пообещав|назвав|рассказав|сказав|объяснив|подтвердив|опровергнув|констатировав)(?![\p{L}])/giu;
/** The kinds of document whose first line names their author: Заявление МИД России…, Комментарий официального
 *  представителя МИД России… */
const DOCUMENT_HEAD = /^\s*(?:заявление|сообщение|комментарий|коммюнике|совместное\s+заявление|ответ|брифинг|выступление)(?![\p{L}])/iu;
/** The same description in the genitive, after "по словам": "по словам дипломата", "по словам российского министра". */
const DESCRIPTION_GEN = /^\s*(?:\p{Ll}+(?:ск|цк)\p{L}*\s+)?(?:дипломата|министра|политика|собеседника|главы\s+МИД|главы\s+государства|пресс-секретаря|представителя|постпреда|генсека|замминистра|замглавы\s+МИД|посла|лидера|президента|премьера|коллеги)(?![\p{L}])/iu;
/** A title that stands as an apposition between commas (Михаил Ульянов, постпред России в Вене, заявил). */
const APPOSITION = /^\s*(?:[\p{Ll}-]+\s+){0,2}(?:постпред|посол|министр|глава|пресс-секретар|представител|советник|помощник|замглавы|замминистра|член|координатор|спецпосланник|генсек|председател|руководител|директор|заместител)\p{L}*(?:\s+[^,]{0,100})?$/u;
/** A relative clause that stands aside (Арахамия, который вел переговоры с Мединским, сообщил). */
const RELATIVE_ASIDE = /^\s*котор(?:ый|ая|ое|ые|ого|ой|ым|ому|ую|ых)\s[^,]{1,100}$/u;
/** "в министерстве", "в ведомстве": the institution named last speaks (сообщили в министерстве). */
/** The generic nouns of a body where it speaks (в министерстве, в суде, в организации). */
const PLACE_NOUNS = 'министерстве|ведомстве|пресс-службе|суде|комиссии|организации|компании|банке|посольстве|диппредставительстве|агентстве|службе|парламенте|регуляторе|корпорации|альянсе|секретариате';
const BODY_NOUN = new RegExp(String.raw`^\s*(?:(?:в|во)\s+(?:${PLACE_NOUNS}|штаб-квартире\s+(?:альянса|организации|блока))(?=\s*[.,;:]|\s+в\s+\p{Lu}[\p{L}-]*\s*[.,;:]|\s*$)|пресс-служба\s+(?:организации|ведомства|министерства))(?![\p{L}])`, 'iu');
const BODY_NOUN_BEFORE = new RegExp(String.raw`(?:^|[\s,])((?:в|во)\s+(?:${PLACE_NOUNS}))\s*$`, 'iu');
/** Initials before a surname: "В. ", "М.В. ", "М. В. ". */
const INITIALS = /(?<![\p{L}])(?:\p{Lu}\.\s*){1,2}$/u;
/** What opens a clause before its subject: conjunctions, adverbs, time words (the times themselves are taken out). */
const OPENER =
  /^[\s,\p{Extended_Pictographic}\uFE0F•▪◾·*]*(?:(?:и|а|но|однако|также|так|тут\s+же|сразу\s+же|тем\s+временем|между\s+тем|накануне|позднее|позже|ранее|затем|потом|при\s+этом|кроме\s+того|вместе\s+с\s+тем|в\s+то\s+же\s+время|помимо\s+этого|впрочем|теперь|уже|тогда|об\s+этом|господин|госпожа|не|(?:о|об|обо)\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,3}|вновь|снова|еще\s+раз|ещё\s+раз|неоднократно|не\s+раз|напротив|официально|неожиданно|внезапно|вдруг|резко|жестко|жёстко|осторожно|уверенно|решительно|фактически|по\s+сути|открыто|публично|прямо|лично|однозначно|категорически|твердо|твёрдо|четко|чётко|недвусмысленно|откровенно|сразу|сам|сама|сами|первый|первая|бывший|бывшая|чрезвычайный\s+и\s+полномочный|действующий|действующая|временно\s+исполняющий|старший|новый|новая|что|чтобы|хотя|если|поскольку|когда|пока|так\s+как|потому\s+что|тогда\s+как|в\s+то\s+время\s+как|а\s+вот|(?:в\s+ответ\s+)?на\s+вопрос(?:\s+[\p{Ll}-]+){0,4}|(?:эти|это|такое|такую|такие|соответствующее|подобное)\s+(?:[\p{Ll}-]+\s+)?(?:заявлени|позици|слов|мнени|оценк)\p{L}*|(?:в\s+|на\s+|с\s+|со\s+)?котор\p{L}+|где|(?:по\s+итогам|после|в\s+ходе|во\s+время|перед|по\s+завершении)(?:\s+[\p{Ll}-]+){1,3}|(?:в\s+контексте|в\s+связи\s+с|на\s+фоне|в\s+рамках|говоря\s+о|касаясь)(?:\s+[\p{L}-]+){1,4}|(?:[\p{L}-]+(?:ое|ая|ий|ый|ой)\s+){0,2}(?:агентство|газета|издание|телеканал|радиостанция|журнал|портал|telegram-канал|телеграм-канал)|(?:собственный\s+)?корреспондент|(?:со\s+ссылкой|ссылаясь)\s+на(?:\s+[\p{L}"-]+){1,6}?|(?:в|во)\s+(?:статье|колонке|видеообращении|обращении|интервью|беседе|разговоре|эфире|послании|выступлении|комментарии)(?:\s+(?:для|к|с|со|перед|на)\s+[\p{Ll}-]+(?:\s+"[^"]{1,40}")?)?(?:\s+(?:телеканалу|агентству|газете|изданию|журналу|радиостанции|порталу)(?:\s+(?:"[^"]{1,40}"|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))?)?|на\s+полях\s+[\p{Ll}-]+(?:\s+в\s+\p{Lu}[\p{L}-]*)?|(?:на\s+(?:[\p{Ll}-]+\s+)?)?(?:брифинге|пресс-конференции|пресс-подходе|встрече|заседании|саммите|форуме)(?:\s+в\s+\p{Lu}[\p{L}-]*)?)(?:[\s,]+|$))*$/iu;
/** A segment between commas that stands aside from the clause (the subject is before it). */
const ASIDE = /^\s*(?:в\s+свою\s+очередь|правда|как\s+водится|как\s+обычно|как\s+и\s+ожидалось|по\s+традиции|однако|впрочем|напротив|со\s+своей\s+стороны|в\s+частности|(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+(?:вший|вшая|вшее|вшие|вшего|вшей|вших|вшим|дший|дшая|дшие|тший|сший|зший|вшийся|вшаяся|ющий|ющая|ющие|ющего|ющей|ющих|ящий|ящая|ящие|ящего|ящей|ящих|щийся)(?:\s[^,]{0,100})?|[\p{Ll}-]{5,}(?:анн|енн|ённ)(?:ом|ой|ого|ых|ым)\s[^,]{1,100}|[\p{Ll}-]{4,}(?:ят|ыт)(?:ом|ой|ого|ых|ым)\s[^,]{1,100}|по\s+(?:его|ее|её|их)\s+словам|(?:как\s+)?(?:передает|передаёт|сообщает|пишет|сообщили|сообщило|сообщила|сообщил|отмечает|уточняет|говорится|отмечается|сообщается|указывается|подчеркивается|подчёркивается|уточняется)\s+[^,]{1,60}|находящ\p{L}*[^,]{0,80}|выступая[^,]{0,80}|отвечая[^,]{0,80}|комментируя[^,]{0,80}|говоря[^,]{0,80}|между\s+тем|тем\s+временем|при\s+этом|кроме\s+того|в\s+частности)\s*$/iu;
/** What may stand between a verb and the speaker after it: channels, times, адverbs, the kind of outlet. */
const VS_GAP =
  /^(?:\s+|,\s*(?=как\s)|,\s*(?:выступая|отвечая|комментируя|говоря|находясь)\s[^,]{1,80},|на\s+условиях\s+анонимности|информагентство|(?:журналистам|репортерам|репортёрам|прессе|также|ранее|вчера|сегодня|накануне|об\s+этом|по\s+итогам(?:\s+[\p{Ll}-]+){1,2}|по\s+(?:его|ее|её|их)\s+итогам|(?:после|перед|во\s+время|в\s+ходе)(?:\s+[\p{Ll}-]+){1,2}|(?:в|во)\s+\p{Lu}[\p{Ll}-]+(?=\s)|\p{Ll}+(?:ская|ский|ское|ские|цкая|цкий)(?=\s*$)|на\s+(?:эту\s+|эти\s+|это\s+)?(?:публикаци\p{L}*|сообщени\p{L}*|заявлени\p{L}*|вопрос|слова|обвинения|критику|запрос)|на\s+вопрос(?:\s+(?:журналистов|журналиста|корреспондента|\p{Lu}[\p{L}-]*|"[^"]{1,40}"))?|в\s+(?:интервью|эфире|беседе|разговоре)(?:\s+(?:с\s+)?(?:журналистами|репортерами|репортёрами|журналу|журналом|газете|газетой|телеканалу|телеканала|радиостанции|агентству|изданию|программы|передачи|телемарафона|украинского\s+телемарафона))?(?:\s+"[^"]{1,40}"|\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?|на\s+(?:брифинге|пресс-конференции|пресс-подходе|заседании)(?:\s+в\s+[^,.]{1,40}?(?="|\s))?(?:\s+"[^"]{1,40}")?|в\s+(?:своем\s+|своём\s+)?(?:соцсети|социальной\s+сети|аккаунте|микроблоге|блоге)(?:\s+(?:X|Х|Truth\s+Social|Facebook|Instagram|VK|ВКонтакте|Telegram|Twitter))?|в\s+(?:своем\s+|своём\s+)?(?:twitter|твиттере|telegram|телеграм|telegram-канале|телеграм-канале|соцсетях|видеообращении|обращении|заявлении|сообщении|документе|коммюнике|комментарии)|господин|госпожа|(?:его|ее|её|их)(?=\s*$|\s+[\p{Ll}-]+)|первый|первая|бывший|бывшая|\p{Ll}+(?:ая|ий|ый|ое|ые|ие)(?=\s+(?:агентство|информагентство|издание|газета|телеканал|портал|радиостанция|журнал|telegram-канал|телеграм-канал)(?![\p{L}]))|агентство|агентства|телеканал|газета|издание|журнал|портал|сайт|радиостанция|telegram-канал|телеграм-канал|канал|корреспондент|корреспондента|пресс-служба|пресс-службы|на\s+(?:[\p{Ll}-]+\s+){0,2}(?:заседании|встрече|совещании|форуме|саммите|брифинге|пресс-конференции)(?:\s+[\p{L}-]+){0,5}?(?=\s|$)|"[^"]{1,40}"|"|на\s+(?:официальном\s+)?сайте(?:\s+пресс-службы)?|ТАСС|РИА(?:\s+Новости)?|РБК|Интерфаксу|БЕЛТА|НТВ|RT|CNN|BBC|AFP|Reuters|WAM|ИРНА|IRNA)(?![\p{L}]))*$/iu;
/** Title words before a person's name the lexicon does not hold (пресс-секретарь главы государства Дмитрий Песков). */
const TITLE_WORDS = /^(?:\s*[\p{L}-]+){0,4}?\s*(?:сотрудни|исполняющ|профессор|аналитик|корреспондент|эксперт|политолог|секретар|представител|министр|глав|замминистр|замглав|постпред|посол|советник|помощник|генсек|председател|директор|руководител|спикер|депутат|сенатор|президент|премьер|канцлер|координатор|переговорщик|дипломат|член|заместител|начальник|командующ|уполномоченн|губернатор|мэр|принц|шейх|эмир|король|посланник|лидер|основател|сопредседател|атташе|консул|омбудсмен|раис|башкан|поверенн)\p{L}*(?:\s+(?:[\p{L}-]+|"[^"\n]{1,40}")){0,14}\s*,?\s*$/iu;
/** A participle in an oblique case opening a segment (летевшего из Москвы, обслуживающих компании). */
const OBLIQUE_PARTICIPLE = /^\s*[\p{Ll}-]+(?:вшего|вшей|вших|вшим|ющего|ющей|ющих|ящего|ящей|ящих|(?:анн|енн|ённ|ят|ыт)(?:ом|ой|ого|ых|ым))(?![\p{L}])/u;
/** A joint document of "the two countries" after its verb (говорится в совместном заявлении двух стран) or before it
 *  (В совместном заявлении двух стран говорится); group 1 is "двух стран". */
const JOINT_OF_TWO = /^\s*(?:в|во)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:заявлении|коммюнике|декларации|документе|сообщении)\s+((?:двух|обеих|обоих)\s+(?:стран|государств|сторон|лидеров))(?![\p{L}])/iu;
const JOINT_OF_TWO_BEFORE = /(?:^|[\s,])(?:в|во)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:заявлении|коммюнике|декларации|документе|сообщении)\s+((?:двух|обеих|обоих)\s+(?:стран|государств|сторон|лидеров))\s*(?:,[^,]{1,80},\s*)?$/iu;
/** Adjectives that open a title (Постоянный, Специальный, Ведущий научный) before the title's head. */
const TITLE_ADJECTIVES = /^\s*(?:(?:и|а|но)\s+)?(?:\p{L}[\p{Ll}-]*(?:ый|ий|ой|ая|яя)\s+){1,3}$/u;
const MEDIA_KINDS = new Set(['media']);

interface Cx {
  r: ReadText;
  drafts: StatementDraft[];
  /** The document's author, once looked for (null: none). */
  author?: ActorMention | null;
}

/** A finite verb (прибыл, расширится, встретил): a headline with one before its colon is a sentence, not "Speaker: what". */
const FINITE_VERB = /(?:^|\s)\p{Ll}{2,}(?:ил|ал|ял|ел|ул|ыл|ила|ала|яла|ела|или|али|яли|ели|ило|ало|ится|ется|ются|ятся|ит|ет|ют|ят)(?=[\s,:]|$)/u;

export function findStatementsRu(r: ReadText): StatementDraft[] {
  const cx: Cx = { r, drafts: [] };
  const { text, sentences } = r;
  const cues: { start: number; end: number; form: RuCue; kind: 'verb' | 'po-slovam' | 'ssylka' | 'possessive' | 'first-person' | 'we' | 'gerund' | 'from-document' | 'both' | 'leaders' | 'quote-name'; from?: number }[] = [];
  for (const m of text.matchAll(CUE_RE_RU)) cues.push({ start: m.index, end: m.index + m[0].length, form: cueRu(m[0])!, kind: 'verb' });
  for (const m of text.matchAll(/(?<![\p{L}])(?:по\s+словам|по\s+мнению|по\s+данным|по\s+информации|по\s+сообщени(?:ю|ям)|по\s+оценк(?:е|ам)|по\s+сведениям|по\s+версии|по\s+утверждению|со\s+слов|как\s+считает|согласно)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'according to', stance: 'report', plural: false, feminine: false }, kind: 'po-slovam' });
  for (const m of text.matchAll(/(?<![\p{L}])по\s+(его|ее|её|их)\s+(?:словам|мнению|данным|оценке|оценкам|сведениям|информации|убеждению)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'according to', stance: 'report', plural: m[1] === 'их', feminine: /е/.test(m[1]!) }, kind: 'possessive' });
  for (const m of text.matchAll(BOTH_SIDES)) {
    const verb = m.index + m[0].length - m[1]!.length;
    cues.push({ start: verb, end: verb + m[1]!.length, form: { lemma: m[1]!.toLowerCase().startsWith('договор') ? 'agree' : 'say', stance: m[1]!.toLowerCase().startsWith('договор') ? 'announce' : 'state', plural: true, feminine: false }, kind: 'both' });
  }
  // "лидеры Армении и Азербайджана подтвердили": each state's leader, the person the text named who serves it.
  for (const m of text.matchAll(LEADERS_OF)) {
    const verb = m.index + m[0].length - m[2]!.length;
    const form = cueRu(m[2]!);
    if (!form) continue;
    cues.push({ start: verb, end: verb + m[2]!.length, form: { ...form, plural: true }, kind: 'leaders', from: m.index + m[0].indexOf(m[1]!, m[0].search(/\s/)) });
  }
  // "Из заявления МИД России следует, что…": the author after the document's noun (the cue is "следует").
  for (const m of text.matchAll(/(?<![\p{L}])из\s+(?:[\p{Ll}-]+\s+){0,2}?(?:заявления|сообщения|слов|документа|ответа|письма|коммюнике|текста|стенограммы|резолюции|декларации|доклада|протокола|меморандума)(?:\s+([^,.;:"]{2,80}?))?\s+(следует)(?![\p{L}])/giu)) {
    const at = m.index + m[0].length - m[2]!.length;
    cues.push({ start: at, end: at + m[2]!.length, form: { lemma: 'follow from', stance: 'report', plural: false, feminine: false }, kind: 'from-document', from: m.index });
  }
  // "следует из Казанской декларации": the document named after it (a mention of its own) speaks.
  for (const m of text.matchAll(/(?<![\p{L}])следует\s+из(?=\s+(?:[\p{L}-]+\s+){0,2}?(?:декларации|резолюции|текста|доклада|коммюнике|стенограммы|протокола|меморандума|соглашения|заявления|сообщения|материалов|документов|документа|постановления|решения|письма)(?![\p{L}]))/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'follow from', stance: 'report', plural: false, feminine: false }, kind: 'ssylka' });
  for (const m of text.matchAll(/(?<![\p{L}])(?:следует\s+из\s+(?:заявления|сообщения|слов|документа|ответа|письма)|стало\s+известно)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: /^след/iu.test(m[0]) ? 'follow from' : 'become known', stance: 'report', plural: false, feminine: false }, kind: 'ssylka' });
  // "сделал заявление", "заявление сделал", "выступил с заявлением", "озвучил позицию": a statement made.
  for (const m of text.matchAll(MADE_STATEMENT)) {
    const verb = /сделал[аио]?|выступил[аио]?|озвучил[аио]?/iu.exec(m[0])!;
    const start = m.index + verb.index;
    // (выступил с резкой критикой, с призывом: the whole phrase says it)
    const whole = /^выступил[аио]?\s+с\s+(?:[\p{Ll}-]+\s+)?(?:критик|призыв|осуждени|опровержени)/iu.test(m[0]);
    if (!cues.some((c) => c.start === start)) cues.push({ start, end: whole ? m.index + m[0].length : start + verb[0].length, form: { lemma: 'make a statement', stance: 'state', plural: /и$/iu.test(verb[0]), feminine: /а$/iu.test(verb[0]) }, kind: 'verb' });
  }
  // «…», — продолжил министр: verbs that report only after a quotation and its dash.
  for (const m of text.matchAll(QUOTE_ONLY)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!cues.some((c) => c.start === start)) cues.push({ start, end: start + m[1]!.length, form: { lemma: 'continue', stance: 'state', plural: /и$/iu.test(m[1]!), feminine: /а$/iu.test(m[1]!) }, kind: 'verb' });
  }
  // «Решение пока не принято» — Песков.: a quotation, a dash and who said it, the sentence's end (a digest's way).
  for (const m of text.matchAll(QUOTE_DASH_NAME)) {
    const dash = m.index + m[0].length - m[1]!.length;
    cues.push({ start: dash, end: dash + 1, form: { lemma: 'say', stance: 'state', plural: false, feminine: false }, kind: 'quote-name', from: m.index });
  }
  for (const m of text.matchAll(GERUND_CUE)) cues.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, form: { lemma: m[1]!.toLowerCase(), stance: /^(?:призвав)$/iu.test(m[1]!) ? 'request' : 'state', plural: false, feminine: false }, kind: 'gerund' });
  for (const m of text.matchAll(WE_PRESENT)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'say', stance: /^(?:призыва|требу)/iu.test(m[0]) ? 'request' : /^осужда/iu.test(m[0]) ? 'accuse' : 'state', plural: true, feminine: false }, kind: 'we' });
  for (const m of text.matchAll(FIRST_PERSON)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'say', stance: 'state', plural: false, feminine: false }, kind: 'first-person' });
  for (const m of text.matchAll(/(?<![\p{L}])(?:со\s+ссылкой\s+на|ссылаясь\s+на)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'cite', stance: 'report', plural: false, feminine: false }, kind: 'ssylka' });
  cues.sort((a, b) => a.start - b.start);
  // A line of its own "Speaker: what" (a headline, a subhead) speaks through its colon.
  let linesUpTo = 0;
  const linesBefore = (pos: number) => {
    for (; linesUpTo < sentences.length && sentences[linesUpTo]!.start <= pos; linesUpTo++) {
      const s = sentences[linesUpTo]!;
      // (not a line whose subject acts before its colon: "БРИКС расширится до 11 стран: кого пригласили")
      if (s.start === 0 || text[s.start - 1] === '\n') cx.drafts.push(...colonDrafts(text, s, r.mentions, (w) => cueRu(w) !== undefined).filter((d) => !FINITE_VERB.test(text.slice(d.speaker.end, d.cue.start))).map((d) => ({ ...d, headline: true })));
    }
  };
  for (const cue of cues) {
    linesBefore(cue.start);
    const whole = sentenceAt(sentences, cue.start);
    if (!whole) continue;
    const sentence = around(whole, cue);
    if (insideQuote(text, sentence.start, cue.start)) {
      // «Мы открыты для переговоров, — заявил Аракчи, — но не под угрозой ударов»: the verb interrupts the quotation.
      if (cue.kind === 'verb') interrupted(cx, sentence, cue, cue.form);
      continue;
    }
    // "Захарова: Блинкен сам попросил Лаврова о разговоре": the words after a digest's or a headline's "Name:" are
    // that speaker's, verbs and all.
    if (cue.kind === 'verb' && colonSpeakerBefore(cx, sentence, cue.start)) continue;
    if (cue.kind === 'verb' && cue.form.weak && cues.some((o) => o !== cue && o.start >= sentence.start && o.end < cue.start && /(?:^|[\s,])(?:что|будто|:)\s/u.test(text.slice(o.end, cue.start)))) continue;
    // "Москва считает удары недопустимыми, подчеркнули в МИД": a verb of belief inside words another verb attributes
    // after them is part of those words.
    // (and any weak verb: "Москва и Вашингтон договорились о …, заявил Путин")
    if (cue.kind === 'verb' && (/^(?:believe|be sure|be convinced)$/.test(cue.form.lemma) || cue.form.weak) && cues.some((o) => o !== cue && o.kind === 'verb' && o.start > cue.end && o.start < sentence.end && /,\s*(?:[—–-]\s*)?(?:также\s+)?$/u.test(text.slice(sentence.start, o.start)) && !/(?:^|[\s,])(?:что|чтобы|:)\s/u.test(text.slice(cue.end, o.start)))) continue;
    // A headline's "Путин и Трамп договорились…" (a line of its own, no full stop) reports an agreement, not words.
    if (cue.kind === 'verb' && cue.form.weak && (whole.start === 0 || text[whole.start - 1] === '\n') && (text[whole.end] ?? '\n') === '\n' && !/[.!?]"?$/.test(text.slice(whole.start, whole.end))) continue;
    if (cue.kind === 'verb') verbDraft(cx, sentence, cue, cue.form);
    else if (cue.kind === 'possessive') {
      const speaker = lastSpeaker(cx, sentence, cue.form.plural ? 'они' : cue.form.feminine ? 'она' : 'он', cue.start);
      if (speaker) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, cue.form.stance, { ...speaker, start: cue.start, end: cue.end, how: 'alias' }, contentWithout(text, sentence, cue.start, cue.end), false, 0.75);
    } else if (cue.kind === 'both') {
      // "Президенты выразили…", "Стороны договорились…" in a readout: each of the two leaders it reports on.
      if (!OPENER.test(text.slice(sentence.start, cue.start).replace(/^\s*по\s+итогам\s+[\p{Ll}-]+\s*/iu, '').replace(BOTH_SUBJECT, ''))) continue;
      // Not inside a report of it ("…президенты условились…, говорится в сообщении пресс-службы Кремля").
      if (cues.some((o) => o !== cue && o.kind === 'verb' && o.start > cue.end && o.start < sentence.end)) continue;
      for (const speaker of theTwo(cx, sentence)) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, cue.form.stance, { ...speaker, start: cue.start, end: cue.end, how: 'alias' }, [contentAfter(text, sentence, cue.end)], false, 0.7);
    } else if (cue.kind === 'leaders') {
      // The states named between the noun and the verb, each by the person the text named who serves it.
      const states = cx.r.mentions.filter((x) => x.start >= cue.from! && x.end <= cue.start && x.actorId && cx.r.g.entries.get(x.actorId)?.kind === 'state');
      if (states.length !== 2) continue;
      const k = sentenceIndex(cx.r.sentences, sentence.start);
      const earliest = cx.r.sentences[Math.max(0, k - 12)]!.start;
      for (const st of states) {
        let leader: ActorMention | undefined;
        for (let i = lowerBound(cx.r.mentions, sentence.start) - 1; i >= 0 && cx.r.mentions[i]!.start >= earliest && !leader; i--) {
          const x = cx.r.mentions[i]!;
          if (x.actorId && (cx.r.g.entries.get(x.actorId)?.kind ?? x.fresh?.kind) === 'person' && !x.fresh?.unnamed && serves(cx, x, st.actorId!) && (cx.r.g.entries.get(x.actorId)?.roles ?? []).some((r) => r.of === st.actorId && /^(?:president|prime-minister|king|emir|supreme-leader|chancellor)$/.test(r.title))) leader = x;
        }
        if (leader) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, cue.form.stance, { ...leader, start: st.start, end: st.end, how: 'alias' }, [contentAfter(text, sentence, cue.end)], false, 0.7);
      }
    } else if (cue.kind === 'quote-name') {
      // The one named after the dash, with only a title's lower-case words before it and nothing after it.
      const m = cx.r.mentions[lowerBound(cx.r.mentions, cue.end)];
      if (!m || !m.actorId || m.oblique || m.end > sentence.end || !/^\s*(?:[\p{Ll}-]+\s+){0,8}$/u.test(text.slice(cue.end, m.start)) || CUE_ONCE.test(text.slice(cue.end, m.start))) continue;
      if (!/^\s*[.!?]?\s*$/u.test(text.slice(m.end, sentence.end))) continue;
      const open = text.indexOf('"', cue.from!);
      const close = text.lastIndexOf('"', cue.start);
      push(cx, sentence, { start: cue.start, end: cue.end, lemma: 'say' }, 'state', m, [{ start: open + 1, end: close }], true, 0.8);
    } else if (cue.kind === 'from-document') {
      const owner = cx.r.mentions.find((x) => x.start >= cue.from! && x.end <= cue.start && x.actorId);
      if (owner) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, 'report', owner, [contentAfter(text, sentence, cue.end)], false, 0.8);
    } else if (cue.kind === 'gerund') {
      // "Лавров коснулся ситуации…, заявив, что…": what a gerund says is its sentence's subject's, where no verb of
      // saying came before it in the sentence (then the words are that verb's statement).
      if (cues.some((o) => o !== cue && o.kind !== 'gerund' && o.start >= sentence.start && o.start < cue.start)) continue;
      const subject = cx.r.mentions.find((m) => m.start >= sentence.start && m.end <= cue.start && m.actorId && !m.oblique && !/(?:^|[\s,])(?:в|во|на|с|со|к|по|о|об|для|от|из|у|при|за)\s*$/iu.test(text.slice(Math.max(sentence.start, m.start - 6), m.start)));
      if (subject) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, cue.form.stance, { ...subject, start: cue.start, end: cue.end, how: 'alias' }, [contentAfter(text, sentence, cue.end)], false, 0.7);
    } else if (cue.kind === 'we') {
      if (!OPENER.test(text.slice(sentence.start, cue.start).replace(/^\s*(?:вместе\s+с\s+тем|в\s+этой\s+связи|со\s+своей\s+стороны|в\s+свою\s+очередь)[\s,]*/iu, ''))) continue;
      const n = narrator(cx, sentence);
      const speaker = author(cx) ?? (n ? ourBody(cx, n) : null);
      if (speaker) push(cx, sentence, { start: cue.start, end: cue.end, lemma: cue.form.lemma }, cue.form.stance, { ...speaker, start: cue.start, end: cue.end, how: 'alias' }, [contentAfter(text, sentence, cue.end)], false, 0.7);
    } else if (cue.kind === 'first-person') {
      // "Напомню, что…", "Хотела бы подчеркнуть: …" opening a sentence of a briefing: the one who speaks in it.
      if (!OPENER.test(text.slice(sentence.start, cue.start))) continue;
      const speaker = narrator(cx, sentence);
      if (speaker) push(cx, sentence, { start: cue.start, end: cue.end, lemma: 'say' }, 'state', { ...speaker, start: cue.start, end: cue.end, how: 'alias' }, [contentAfter(text, sentence, cue.end)], false, 0.7);
    } else afterCue(cx, sentence, cue, cue.form, cue.kind);
  }
  linesBefore(text.length);
  return oncePerSentence(cx.drafts).sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
}

/** Whether the line of `pos` opens with "Speaker:" (a known actor before a colon) before `pos`. */
function colonSpeakerBefore(cx: Cx, sentence: Sentence, pos: number): boolean {
  const { text, mentions } = cx.r;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (lineStart < sentence.start - 200) return false;
  const head = /^[^:"\n]{2,60}?:\s/u.exec(text.slice(lineStart, pos));
  if (!head) return false;
  const colon = lineStart + head[0].trimEnd().length - 1;
  return mentions.some((m) => m.start >= lineStart && m.end <= colon && m.actorId !== null && /^[\s\p{Extended_Pictographic}\uFE0F•▪◾·*-]*$/u.test(text.slice(lineStart, m.start)) && /^\s*$/.test(text.slice(m.end, colon)));
}

function insideQuote(text: string, from: number, pos: number): boolean {
  let n = 0;
  for (let i = from; i < pos; i++) if (text.charCodeAt(i) === 34) n++;
  return n % 2 === 1;
}

/** The mention starting at `pos` after a gap the pattern allows. */
function mentionAfter(cx: Cx, pos: number, gap: RegExp, limit: number): ActorMention | undefined {
  const m = cx.r.mentions[lowerBound(cx.r.mentions, pos)];
  return m && m.start < limit && m.actorId && gap.test(cx.r.text.slice(pos, m.start)) ? m : undefined;
}

/** The text between two positions with its time expressions taken out (a time may stand anywhere in a clause). */
function withoutTimes(cx: Cx, from: number, to: number): string {
  let out = '';
  let at = from;
  for (let i = lowerBound(cx.r.times, from); i < cx.r.times.length && cx.r.times[i]!.start < to; i++) {
    const t = cx.r.times[i]!;
    if (t.end > to) break;
    // The preposition that introduces the time goes with it (в среду, на прошлой неделе, около 18:00).
    out += cx.r.text.slice(at, t.start).replace(/(?<![\p{L}])(?:в|во|на|с|со|к|до|по|около|после|перед)\s*$/iu, '') + ' ';
    at = t.end;
  }
  return out + cx.r.text.slice(at, to);
}

/** The speaker after a verb: "заявил Песков", "сообщил журналистам в среду пресс-секретарь президента Дмитрий
 *  Песков", "сообщили в МИД России" (a plural verb and в: the institution). Not an object ("призвал Вашингтон
 *  отказаться", "обвинила Киев в…"): the name must end the clause. */
function speakerAfter(cx: Cx, sentence: Sentence, cue: SpanN, form: RuCue): ActorMention | undefined {
  const { mentions } = cx.r;
  // The first mention after the verb, or a person's name further on that title words lead to.
  const first = lowerBound(mentions, cue.end);
  for (let i = first; i < mentions.length && i < first + 4; i++) {
    const found = speakerAt(cx, sentence, cue, form, mentions[i]!, i > first);
    if (found) return found;
  }
  return undefined;
}

function speakerAt(cx: Cx, sentence: Sentence, cue: SpanN, form: RuCue, m: ActorMention, later: boolean): ActorMention | undefined {
  const { text } = cx.r;
  if (!m.actorId || m.start >= sentence.end || m.start - cue.end > 160 || /[.;]/.test(text.slice(cue.end, m.start).replace(INITIALS, ''))) return undefined;
  if (later && (m.fresh?.kind ?? cx.r.g.entries.get(m.actorId)?.kind) !== 'person') return undefined;
  const passive = PASSIVE_SAY.test(text.slice(cue.start, cue.end));
  // "…, как говорится в документе": the document itself, its author not named.
  if (passive && m.fresh?.key.startsWith('ru-doc:') && /^\s*(?:в|во)\s*$/iu.test(text.slice(cue.end, m.start))) return m;
  let gap = withoutTimes(cx, cue.end, m.start).replace(INITIALS, ' ');
  const prep = /(?:^|\s)(?:в|во)\s*$/iu.test(gap);
  if (prep) {
    if (!form.plural) return undefined;
    gap = gap.replace(/(?:в|во)\s*$/iu, ' ');
  }
  const person = (m.fresh?.kind ?? cx.r.g.entries.get(m.actorId)?.kind) === 'person';
  // "в разговоре с CNN", "в беседе с журналистом": who was spoken with, not who spoke.
  if (/(?:^|\s)(?:с|со)\s*$/iu.test(gap)) return undefined;
  // "говорится в совместном заявлении России и Китая", "сообщается на сайте Кремля": the document's author, named
  // in the genitive after the document's noun and what describes it.
  if (passive && DOC_AFTER.test(text.slice(cue.end, m.start))) return m;

  // Words before the name: the channel and time (VS_GAP), then maybe title words the lexicon does not hold.
  let ok = VS_GAP.test(gap);
  // "«…» — так прокомментировал ситуацию Песков": after "так", what was commented on stands between.
  if (!ok && /(?:^|[\s—–-])так\s*$/iu.test(text.slice(Math.max(sentence.start, cue.start - 12), cue.start)) && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(gap)) ok = true;
  for (let k = gap.length; !ok && k > 0 && person; k--) if (/\s/.test(gap[k - 1]!) && VS_GAP.test(gap.slice(0, k)) && TITLE_WORDS.test(gap.slice(k))) ok = true;
  // "Рассказал о ходе подготовки и посол России Александр Дарчиев.": a verb that opens its sentence, its subject at
  // the end after "и" (too) or "также", the words between its object.
  const too = !ok && !m.oblique && /^\s*$/.test(text.slice(sentence.start, cue.start)) && !/[,"—–:;]/.test(gap) && /^\s*[.!?]?\s*$/.test(text.slice(m.end, sentence.end)) ? /(?:^|\s)(?:и|также)\s+((?:[\p{L}-]+\s+){0,8})$/u.exec(gap) : null;
  if (too) ok = !too[1]!.trim() || TITLE_WORDS.test(too[1]!);
  if (!ok) return undefined;
  // (a time after the name is no object: заявил Песков поздно вечером в субботу)
  const after = withoutTimes(cx, m.end, Math.min(sentence.end, m.end + 40));
  // (or whom it was said to: — сказал Гутерриш Путину на встрече)
  const ends = /^\s*(?:$|[,.;:!?"»)(—–-]|(?:в|во|на|по|после|перед|из|со|с)\s|(?:сегодня|вчера|журналистам|также|ранее)(?![\p{L}])|\p{Lu}\p{Ll}+(?:у|ю)(?=\s+(?:в|во|на|по|после|перед|из|со|с)\s|\s*[,.;:!?]))/u.test(after);
  if (!ends && form.lemma !== 'quote') return undefined;
  // A name in an oblique case is no subject ("передали Пескову").
  // "цитирует Пескова ТАСС": the one quoted is in the accusative.
  // (but an outlet whose correspondent reports: передает корреспондент «Интерфакса»)
  if (m.oblique && !prep && form.lemma !== 'quote' && !(/корреспондент\p{L}*\s*"?\s*$/iu.test(text.slice(cue.end, m.start)) && (m.fresh?.kind ?? cx.r.g.entries.get(m.actorId)?.kind) === 'media')) return undefined;
  return m;
}

/** The subject before a verb: the mention that opens the verb's clause (after conjunctions, adverbs, times),
 *  in the nominative — past a relative (Лавров, который заявил) or an aside between commas (Блинкен, в свою
 *  очередь, на пресс-конференции подчеркнул). With в before it and a plural verb, the institution speaks
 *  through its place (В Кремле заявили). */
function subjectBefore(cx: Cx, sentence: Sentence, cue: SpanN, form: RuCue): ActorMention | 'pronoun' | 'description' | undefined {
  const { text, mentions } = cx.r;
  const kindOf = (m: ActorMention) => m.fresh?.kind ?? (m.actorId ? cx.r.g.entries.get(m.actorId)?.kind : undefined);
  // A segment break: a comma, colon, dash, bracket, or a hyphen with spaces around it (INTERFAX.RU - МИД России…).
  // (not at a bracket: Джон Кирби (John Kirby) заявил; Слуцкий (ЛДПР) назвал)
  const breaks = (k: number) => (/[,;:—–]/.test(text[k]!) || (text[k] === '-' && text[k - 1] === ' ' && text[k + 1] === ' ')) && !insideQuote(text, sentence.start, k);
  // A plural verb (сообщили) has no single person or "side" for its subject, unless another is joined to it
  // (Песков и Ушаков заявили): "Российская сторона вернула…, сообщили в Минобороны" has its speaker after the verb.
  const agrees = (m: ActorMention) =>
    !form.plural || m.fresh?.unnamed || (kindOf(m) !== 'person' && kindOf(m) !== 'media' && !/сторона$/iu.test(text.slice(m.start, m.end))) || /^\s*(?:и|,)\s*(?:[\p{Ll}-]+\s+){0,4}\p{Lu}/u.test(text.slice(m.end, m.end + 60));
  let end = cue.start;
  // After an empty segment (", заявил"), only an aside may stand before it: "Иран ответит…, сообщил X" has its
  // speaker after the verb, not in the clause before the comma.
  let needAside = false;
  for (let hop = 0; hop < 5; hop++) {
    // The segment: from the last comma, colon, dash or quotation mark before `end`.
    let from = end;
    while (from > sentence.start && !breaks(from - 1)) from--;
    // (not a comma inside a name: Власти Мали, Буркина-Фасо и Нигера)
    const across = mentions[lowerBound(mentions, from) - 1];
    if (across && across.end > from && across.start >= sentence.start) from = across.start;
    // A quotation before the verb in the same clause is what was said: the subject is not before it.
    // (not a name in quotation marks: Газета «Известия» сообщает)
    const quoted = /"([^"]*)"\s*$/.exec(text.slice(from, end));
    const named = quoted && mentions.some((m) => m.start >= from + quoted.index && m.end <= from + quoted.index + quoted[0].length && m.actorId);
    if (quoted && !named && /"/.test(text.slice(from, end).trimStart()[0] ?? '')) return undefined;
    const seg = withoutTimes(cx, from, end);
    // (a participle in an oblique case describes a noun before it: an aside only after a clause with no verb of its
    // own — "Макрон на борту самолета, летевшего из Москвы, заявил", not "США рассматривают санкции против банков,
    // обслуживающих …, сообщает Reuters")
    let prev = from - 1;
    while (prev > sentence.start && !breaks(prev - 1)) prev--;
    const aside = asideLike(seg) && !(OBLIQUE_PARTICIPLE.test(seg) && FINITE_VERB.test(text.slice(prev, Math.max(prev, from - 1))));
    if (needAside && !aside) return undefined;
    needAside = false;
    if (PRONOUN.test(seg) && OPENER.test(seg.replace(PRONOUN, ''))) return 'pronoun';
    // The mention that opens the segment, or a person's name that title words lead to (Министр инфраструктуры
    // Украины Александр Кубраков), past the names in the genitive the title holds.
    for (let i = lowerBound(mentions, from); i < mentions.length && mentions[i]!.end <= end; i++) {
      const m = mentions[i]!;
      if (!m.actorId) continue;
      // A name's initials before it are the name's (В. Мединский, М.В. Захарова).
      const opener = withoutTimes(cx, from, m.start).replace(INITIALS, ' ').replace(/((?:газета|агентство|издание|телеканал|журнал|портал|радиостанция)\s*)"$/iu, '$1 ');
      // "Текст заявления Госдепартамента гласит", "Заявление МИД гласит": the document's author, in the genitive.
      if (/^[\s,]*(?:текст\s+)?(?:заявлени|сообщени|документ|коммюнике|доклад|письм|обращени)\p{L}*\s*$/iu.test(opener) && /^(?:гласит|говорит|утверждает|подчеркивает|подчёркивает|указывает|отмечает|призывает|предупреждает)$/iu.test(text.slice(cue.start, cue.end)) && from === sentence.start) return m;
      // The outlet of an interview, a broadcast, an article (в интервью РИА Новости; в эфире "России-1") is the channel.
      if (/(?:интервью|эфире|беседе\s+с|разговоре\s+с|статье\s+для|программе|газеты|телеканала|агентства|издания|телеканалу|агентству|газете|изданию|журналу|радиостанции|порталу)\s*"?$/iu.test(opener)) continue;
      // (на for a place that stands for a body: На Даунинг-стрит заявили)
      const prep = /(?:^|[\s,])(?:в|во)\s*$/iu.test(opener) || (m.how === 'metonym' && kindOf(m) === 'institution' && /(?:^|[\s,])на\s*$/iu.test(opener));
      if (OPENER.test(prep ? opener.replace(/(?:в|во|на)\s*$/iu, '') : opener) && (!prep || form.plural) && (!m.oblique || prep)) return prep || agrees(m) ? m : undefined;
      // After the channel (в эфире телеканала "Россия-24" глава РФПИ Кирилл Дмитриев не исключил).
      if (!m.oblique && !prep && opener.trim() && VS_GAP.test(opener.trim()) && kindOf(m) === 'person') return m;
      // (adjectives before a title: Постоянный представитель Китая при ООН Фу Цун)
      if (!m.oblique && kindOf(m) === 'person' && TITLE_ADJECTIVES.test(opener) && TITLE_WORDS.test(text.slice(m.start, m.end))) return m;
      if (!m.oblique && kindOf(m) === 'person') {
        for (let k = opener.length; k >= 0; k--) if ((k === 0 || /\s/.test(opener[k - 1]!)) && OPENER.test(opener.slice(0, k)) && TITLE_WORDS.test(opener.slice(k))) return m;
      }
      // Past the names a title holds (России, ООН, ОБСЕ in "Постпред России при ООН Василий Небензя").
      if (!m.oblique && kindOf(m) === 'person') break;
    }
    const desc = DESCRIPTION.exec(seg);
    if (desc && OPENER.test(seg.slice(0, desc.index)) && !/\p{Lu}/u.test(seg.slice(desc.index + desc[0].length))) return 'description';
    // Лавров, который заявил; Кубраков, который заранее предупредил: the name before the relative.
    if (/^[\s,]*котор(?:ый|ая|ое|ые)(?:\s+(?!(?:мы|он|она|они|я)(?![\p{L}]))[\p{Ll}-]+){0,3}\s*$/iu.test(seg) && from > sentence.start) {
      let k = lowerBound(mentions, from) - 1;
      while (k >= 0 && mentions[k]!.end > from) k--;
      const a = k >= 0 ? mentions[k] : undefined;
      if (a && a.actorId && a.start >= sentence.start && /^\s*,?\s*$/.test(text.slice(a.end, from))) return a;
      return undefined;
    }
    if (from <= sentence.start || text[from - 1] !== ',') return undefined;
    // An unnamed source that holds its own aside (Источник, знакомый с ходом переговоров, сообщил): it ends here.
    if (!seg.trim()) {
      const held = mentions[lowerBound(mentions, from) - 1];
      if (held && held.actorId && held.fresh?.unnamed && /^[\s,]*$/.test(text.slice(held.end, from)) && held.start >= sentence.start && OPENER.test(withoutTimes(cx, sentence.start, held.start))) return held;
    }
    // Past an aside to the segment before it.
    if (!seg.trim()) needAside = true;
    // Not past a conjunction: "…, что Россия не намерена…, и назвал" — the verb's subject is the sentence's.
    else if (!aside && (!OPENER.test(seg) || /(?:^|\s)(?:и|а|но)(?:\s|$)/iu.test(seg))) return undefined;
    end = from - 1;
  }
  return undefined;
}

/** A segment that stands aside from its clause: an aside proper, a relative clause, a title in apposition, the
 *  channel and time of the saying (вчера в Twitter), or a circumstance (на брифинге в Москве). */
/** A gerund's clause (передавая молоток президенту Бразилии; заявив о готовности), lower case: an adjective that
 *  opens a sentence (Российская сторона готова…) ends the same way and is no aside. */
const GERUND_ASIDE = /^\s*[а-яё]{3,}(?:вая|чая|жая|шая|щая|дая|тая|мая|лая|ируя|уя|юя|ясь|аясь|ив|ав|ыв|ев|нув|вшись)(?:\s[^,]{0,100})?$/u;
function asideLike(seg: string): boolean {
  return (
    ASIDE.test(seg) ||
    GERUND_ASIDE.test(seg) ||
    RELATIVE_ASIDE.test(seg) ||
    APPOSITION.test(seg) ||
    (seg.trim() !== '' && VS_GAP.test(seg.replace(/^\s+/, ''))) ||
    /^\s*(?:на|в|во|после|перед|по\s+итогам|в\s+ходе|открывая|закрывая|отвечая|выступая)\s[^,]{0,80}$/iu.test(seg)
  );
}

/** The speaker a pronoun, a description or a subjectless verb continues: the last speaker that fits, a few
 *  sentences back (a person for он/она and a description). */
/** The country a description's adjective gives (российский министр): a speaker it names must serve it. */
const NATIONALITY: [RegExp, string][] = [
  [/российск/iu, 'russia'], [/американск/iu, 'united-states'], [/украинск/iu, 'ukraine'], [/турецк/iu, 'turkey'], [/британск/iu, 'united-kingdom'],
  [/французск/iu, 'france'], [/немецк|германск/iu, 'germany'], [/китайск/iu, 'china'], [/иранск/iu, 'iran'], [/белорусск/iu, 'belarus'],
  // (the body a description names: представитель Белого дома serves the United States)
  [/Кремл/u, 'russia'], [/Белого\s+дома|Пентагон|Госдеп/u, 'united-states'], [/Елисейск/u, 'france'], [/Даунинг/u, 'united-kingdom'],
];
/** Every country adjective of the lexicon by its stem (казахстанского лидера → Kazakhstan), compiled once. */
const NATIONALITY_STEMS: [RegExp, string][] = NATIONALITY_ADJ_RU.map(([adj, state]) => [new RegExp(`(?<![\\p{L}])${adj.slice(0, -2)}`, 'iu'), state]);
const nationalityOf = (words: string) => NATIONALITY.find(([re]) => re.test(words))?.[1] ?? NATIONALITY_STEMS.find(([re]) => re.test(words))?.[1];

/** The prefix of a state's bodies' ids where it is not the state's id (us-white-house, uk-foreign-office). */
const STATE_PREFIX: Record<string, string> = { 'united-states': 'us', 'united-kingdom': 'uk' };
/** Whether an id is the state's or one of its bodies' (russia-mfa, us-white-house). */
const ofState = (id: string, country: string) => id === country || id.startsWith(`${country}-`) || id.startsWith(`${STATE_PREFIX[country] ?? country}-`);

function serves(cx: Cx, m: ActorMention, country: string): boolean {
  const e = m.actorId ? cx.r.g.entries.get(m.actorId) : undefined;
  if (!e) return !m.fresh?.unnamed && (!m.fresh?.of || ofState(m.fresh.of, country));
  const of = [...(e.roles ?? []).map((r) => r.of), ...(e.affiliations ?? []).map((a) => a.actorId)].filter((o): o is string => typeof o === 'string');
  return of.length === 0 || of.some((o) => ofState(o, country));
}

/** The offices a description's head names: "российский министр" is a minister, not the Kremlin's spokesman. */
const HEAD_ROLES: [RegExp, RegExp][] = [
  [/министр/iu, /minister/],
  [/президент|лидер|глава\s+(?:\p{Ll}+\s+)?государства/iu, /president|king|emir|crown-prince|supreme-leader|prime-minister|chancellor/],
  [/(?<!вице-)премьер/iu, /prime-minister/],
  [/канцлер/iu, /chancellor/],
  [/пресс-секретар/iu, /spokesperson|communications-director/],
  [/генсек/iu, /secretary-general/],
  [/глава\s+(?:\p{Ll}+\s+)?(?:МИД|дипломатии)/iu, /foreign-minister/],
  [/постпред/iu, /permanent-representative/],
  [/представител/iu, /spokesperson|representative|communications-director/],
];

/** The title words a description's head fits, for a person the text introduced by a title (Посол Казахстана Даурен
 *  Абаев is the "посол" and the "дипломат", not the "глава правительства"). */
const HEAD_TITLES: [RegExp, RegExp][] = [
  [/эксперт|аналитик|политолог/iu, /эксперт|аналитик|политолог|экономист|сотрудни|профессор|директор|руководител|исследовател/iu],
  [/вице-премьер/iu, /вице-премьер|заместител\p{L}*\s+(?:председател\p{L}*\s+правительства|премьер)/iu],
  [/спикер/iu, /спикер|председател\p{L}*\s+(?:Госдум|Думы|парламент|Совета\s+Федерации|Верховн|Рады|Кнессет|Меджлис|палаты|Национальн)/iu],
  [/градоначальник|мэр/iu, /мэр|градоначальник|глав\p{L}*\s+(?:города|администрации\s+города)/iu],
  [/глава\s+правительства|(?<!вице-)премьер/iu, /премьер|глава\s+правительства|председател\p{L}*\s+правительства|канцлер/iu],
  [/посол/iu, /посол|посл[аоу](?![\p{L}])|полномочн/iu],
  [/сенатор/iu, /сенатор|Совет\p{L}*\s+Федерации|Совфед|Сенат/iu],
  [/депутат/iu, /депутат|Госдум|парламент|Рад[ыа](?![\p{L}])|Кнессет|Меджлис|Бундестаг/iu],
  [/губернатор|глава\s+региона/iu, /губернатор|глав\p{L}*\s+(?:региона|области|края|республики)|мэр/iu],
  [/глава\s+госкорпорации/iu, /госкорпораци|директор|председател\p{L}*\s+правления/iu],
  [/генсек/iu, /генсек|генеральн\p{L}*\s+секретар/iu],
  [/президент|глава\s+государства/iu, /президент|глав\p{L}*\s+государства|лидер|корол|эмир|раис|башкан/iu],
  [/пресс-секретар/iu, /пресс-секретар|представител|спикер/iu],
  [/постпред/iu, /постпред|постоянн\p{L}*\s+представител/iu],
  [/министр/iu, /министр|глав\p{L}*\s+(?:МИД|министерства|ведомства|Мин\p{L}+)/iu],
  [/дипломат/iu, /посол|посл[аоу](?![\p{L}])|МИД|иностранных\s+дел|постпред|постоянн\p{L}*\s+представител|дипломат|посланник|спецпредставител|консул|атташе|поверенн|внешнеполитическ|переговорщик|делегаци|госсекретар/iu],
];

function holds(cx: Cx, m: ActorMention, words: string): boolean {
  const roles = m.actorId ? (cx.r.g.entries.get(m.actorId)?.roles ?? []) : [];
  if (roles.length === 0 && m.actorId) {
    // A person the text introduced with a title: the description must fit the title's words.
    const fits = HEAD_TITLES.find(([head]) => head.test(words))?.[1];
    const intro = fits ? cx.r.mentions.find((x) => x.actorId === m.actorId && x.fresh?.kind === 'person' && x.fresh.name.start > x.start) : undefined;
    if (intro && fits) return fits.test(cx.r.text.slice(intro.start, intro.fresh!.name.start));
  }
  const wanted = HEAD_ROLES.find(([head]) => head.test(words))?.[1];
  return !wanted || roles.length === 0 || roles.some((r) => wanted.test(r.title));
}

/** `words`: the description that names the speaker (российский министр), whose office and country it must fit. */
function lastSpeaker(cx: Cx, sentence: Sentence, pronoun: string | null, at = sentence.start, words?: string): ActorMention | null {
  const country = words ? nationalityOf(words) : undefined;
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
  const kind = (m: ActorMention) => (m.actorId ? (cx.r.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind ?? 'person') : 'person');
  // A person who opens the sentence, in any case, is its topic, and он/его there is that person (Пескову пришлось
  // отвечать на вопросы, и он призвал…) — unless a statement of this sentence already has a speaker.
  if (pronoun === 'он' || pronoun === 'она' || pronoun === 'его' || pronoun === 'ее' || pronoun === 'её') {
    const first = cx.r.mentions[lowerBound(cx.r.mentions, sentence.start)];
    const said = cx.drafts.some((d) => d.mention.start === sentence.start && !d.headline);
    const opening = withoutTimes(cx, sentence.start, first?.start ?? sentence.start).replace(/"/g, '');
    // (an adjective of nationality may stand before the title: Иранский замминистра Али Асгар Хаджи)
    if (!said && first && first.actorId && first.end <= at && kind(first) === 'person' && (OPENER.test(opening) || /^\s*\p{L}+(?:ск|цк)(?:ий|ая)\s*$/u.test(opening))) return first;
  }
  // он/она after a sentence that a person opens and that reports no saying (Путин первым вышел к журналистам. Он
  // сообщил…): that person, the topic, before any earlier speaker.
  if ((pronoun === 'он' || pronoun === 'она') && k > 0) {
    const prev = cx.r.sentences[k - 1]!;
    const first = cx.r.mentions[lowerBound(cx.r.mentions, prev.start)];
    const said = cx.drafts.some((d) => d.mention.start >= prev.start && d.mention.start < sentence.start);
    if (!said && first && first.actorId && first.end <= prev.end && kind(first) === 'person' && !first.fresh?.unnamed && !first.oblique && genderFits(cx.r.text.slice(first.start, first.end), pronoun) && OPENER.test(withoutTimes(cx, prev.start, first.start).replace(/"/g, ''))) return first;
  }
  for (let i = cx.drafts.length - 1; i >= 0; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start < earliest) break;
    if (d.mention.start > sentence.start || d.headline) continue;
    if ((pronoun === 'он' || pronoun === 'она' || pronoun === 'description') && kind(d.speaker) !== 'person') continue;
    if (country && !serves(cx, d.speaker, country)) continue;
    // A description (дипломат, российский министр) names a person, not an unnamed source or a group.
    if (pronoun === 'description' && d.speaker.fresh?.unnamed && !(words && /собеседник|источник/iu.test(words))) continue;
    if (words && !holds(cx, d.speaker, words)) continue;
    return d.speaker;
  }
  // A bare description (Дипломат призвала…) with no speaker before it: the person who opens the sentence before
  // (Захарова провела брифинг.), as the topic carried on.
  if (pronoun === 'description' && !country && words && !HEAD_ROLES.some(([h]) => h.test(words)) && k > 0) {
    const prev = cx.r.sentences[k - 1]!;
    const first = cx.r.mentions[lowerBound(cx.r.mentions, prev.start)];
    if (first && first.actorId && first.end <= prev.end && kind(first) === 'person' && !first.fresh?.unnamed && !first.oblique && holds(cx, first, words) && OPENER.test(withoutTimes(cx, prev.start, first.start).replace(/"/g, ''))) return first;
  }
  // A description no earlier speaker fits: a person named in the sentences before it who fits (российский министр →
  // Lavrov, named but not yet quoted).
  if (pronoun === 'description' && (country || words)) {
    // (further back for an office of a state: глава российского государства is one person in any report)
    const far = country && words && HEAD_ROLES.some(([h]) => h.test(words)) ? cx.r.sentences[Math.max(0, k - 10)]!.start : earliest;
    for (let i = lowerBound(cx.r.mentions, sentence.start) - 1; i >= 0 && cx.r.mentions[i]!.start >= far; i--) {
      const m = cx.r.mentions[i]!;
      if (!m.actorId || kind(m) !== 'person' || m.fresh?.unnamed) continue;
      if ((!country || serves(cx, m, country)) && (!words || holds(cx, m, words)) && (country || (words && HEAD_ROLES.some(([h]) => h.test(words))))) return m;
    }
  }
  // он/она with no speaker before it: the person who opens the sentence before, as the topic carried on (Песков
  // провел брифинг. «…», — сказал он), if the surname's ending does not say the other gender.
  if ((pronoun === 'он' || pronoun === 'она') && k > 0) {
    const prev = cx.r.sentences[k - 1]!;
    const first = cx.r.mentions[lowerBound(cx.r.mentions, prev.start)];
    if (first && first.actorId && first.end <= prev.end && kind(first) === 'person' && !first.fresh?.unnamed && !first.oblique && genderFits(cx.r.text.slice(first.start, first.end), pronoun) && OPENER.test(withoutTimes(cx, prev.start, first.start).replace(/"/g, ''))) return first;
  }
  return null;
}

/** Whether a name in the nominative may be referred to by он or она: a Russian surname's ending tells (Захарова,
 *  Песков); a name it does not tell (Шойгу, Рубио) fits either. */
function genderFits(name: string, pronoun: 'он' | 'она'): boolean {
  const last = name.trim().split(/\s+/).at(-1)!.toLowerCase();
  const feminine = /(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$/u.test(last);
  const masculine = /(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ый)$/u.test(last);
  return pronoun === 'он' ? !feminine : !masculine;
}

/** Who speaks in the first person: the person the document opens with (a transcript's title: "Брифинг
 *  официального представителя МИД России М.В.Захаровой"), else the last person who spoke. */
function narrator(cx: Cx, sentence: Sentence): ActorMention | null {
  // In a transcript, the speaker of the turn: the label that opens the paragraph (В.Путин: …).
  const { text, mentions } = cx.r;
  for (let p = text.lastIndexOf('\n', sentence.start - 1) + 1, hops = 0; hops < 6; hops++) {
    const label = TURN_LABEL.exec(text.slice(p, p + 60));
    if (label) {
      const m = mentions.find((x) => x.start >= p && x.end <= p + label[0].length && x.actorId);
      if (m) return m;
    }
    if (p === 0) break;
    p = text.lastIndexOf('\n', p - 2) + 1;
  }
  const top = cx.r.sentences[Math.min(2, cx.r.sentences.length - 1)]!.end;
  for (const m of cx.r.mentions) {
    if (m.start >= Math.min(top, sentence.start)) break;
    if (m.actorId && (cx.r.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) === 'person') return m;
  }
  return lastSpeaker(cx, sentence, 'description');
}

/** The two people a readout reports on: the last two persons who spoke, a few sentences back, else the first two
 *  persons the text names. None unless exactly two are found. */
function theTwo(cx: Cx, sentence: Sentence): ActorMention[] {
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
  const isPerson = (m: ActorMention) => Boolean(m.actorId) && (cx.r.g.entries.get(m.actorId!)?.kind ?? m.fresh?.kind) === 'person' && !m.fresh?.unnamed;
  const found = new Map<string, ActorMention>();
  for (let i = cx.drafts.length - 1; i >= 0 && found.size < 3; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start < earliest) break;
    if (d.mention.start >= sentence.start || d.headline || !isPerson(d.speaker)) continue;
    if (!found.has(d.speaker.actorId!)) found.set(d.speaker.actorId!, d.speaker);
  }
  if (found.size === 2) return [...found.values()];
  found.clear();
  for (const m of cx.r.mentions) {
    if (m.start >= sentence.start || found.size > 2) break;
    if (isPerson(m) && !found.has(m.actorId!)) found.set(m.actorId!, m);
  }
  return found.size === 2 ? [...found.values()] : [];
}

/** The two states the text named last before `pos`, a few sentences back, most recent first. */
function lastStates(cx: Cx, sentence: Sentence, pos: number): ActorMention[] {
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 8)]!.start;
  const found = new Map<string, ActorMention>();
  for (let i = lowerBound(cx.r.mentions, pos) - 1; i >= 0 && cx.r.mentions[i]!.start >= earliest && found.size < 2; i--) {
    const m = cx.r.mentions[i]!;
    if (m.actorId && cx.r.g.entries.get(m.actorId)?.kind === 'state' && !found.has(m.actorId)) found.set(m.actorId, m);
  }
  return [...found.values()];
}

/** "Мы": the body a person speaks for (Захарова → the ministry; a deputy foreign minister the text introduces → the
 *  ministry his title names), or the person when none is known. */
function ourBody(cx: Cx, m: ActorMention): ActorMention {
  const of = (m.actorId ? cx.r.g.entries.get(m.actorId)?.affiliations?.find((a) => a.type === 'speaksFor')?.actorId : undefined) ?? m.fresh?.of;
  return of && cx.r.g.entries.get(of)?.kind === 'institution' ? { ...m, actorId: of, fresh: undefined } : m;
}

/** Who a statement, a comment or a readout is by, where the document says or is published by a body: its "we".
 *  The first line (Заявление МИД России…; Комментарий официального представителя МИД России…), else a publisher
 *  that is a ministry or another state body (not a news outlet). */
function author(cx: Cx): ActorMention | null {
  if (cx.author !== undefined) return cx.author;
  const { text, sentences, mentions, g } = cx.r;
  const first = sentences[0];
  cx.author = null;
  if (first && DOCUMENT_HEAD.test(text.slice(first.start, first.end))) {
    const m = mentions.find((x) => x.start >= first.start && x.end <= first.end && x.actorId);
    if (m) {
      const kind = g.entries.get(m.actorId!)?.kind ?? m.fresh?.kind;
      if (kind === 'institution' || kind === 'state') cx.author = m;
      else if (kind === 'person' && ourBody(cx, m) !== m) cx.author = ourBody(cx, m);
    }
  }
  if (!cx.author && cx.r.publisher) {
    const kind = g.entries.get(cx.r.publisher)?.kind;
    if (kind === 'institution' || kind === 'state') cx.author = { start: 0, end: 0, actorId: cx.r.publisher, how: 'name' };
  }
  return cx.author;
}

/** The institution a generic noun names again (в министерстве, в ведомстве): the last one mentioned, a few
 *  sentences back. */
function lastBody(cx: Cx, sentence: Sentence, before = sentence.start, kinds: readonly string[] = ['institution']): ActorMention | null {
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
  for (let i = lowerBound(cx.r.mentions, before) - 1; i >= 0 && cx.r.mentions[i]!.start >= earliest; i--) {
    const m = cx.r.mentions[i]!;
    if (m.actorId && kinds.includes(cx.r.g.entries.get(m.actorId)?.kind ?? (m.fresh && !m.fresh.unnamed ? m.fresh.kind : ''))) return m;
  }
  return null;
}

/** A document named without its author (В документе говорится; Отдельно в декларации отмечается) is the one
 *  named with its author a few sentences before (итоговая декларация саммита БРИКС), or a summit's final text the
 *  group named last adopted; else the document itself speaks. */
const DOC_STEMS: [RegExp, RegExp][] = [
  [/деклараци/u, /деклараци\p{L}*/u], [/коммюнике/u, /коммюнике/u], [/резолюци/u, /резолюци\p{L}*/u], [/заявлени/u, /заявлени\p{L}*/u],
  [/сообщени/u, /сообщени\p{L}*/u], [/доклад/u, /доклад\p{L}*/u], [/меморандум/u, /меморандум\p{L}*/u], [/соглашени/u, /соглашени\p{L}*/u],
  [/документ|текст/u, /(?:документ|деклараци|заявлени|коммюнике|резолюци|соглашени|меморандум)\p{L}*/u],
];
function documentAuthor(cx: Cx, sentence: Sentence, doc: ActorMention): ActorMention {
  const { text, mentions, g } = cx.r;
  const words = text.slice(doc.start, doc.end).toLowerCase();
  const noun = DOC_STEMS.find(([w]) => w.test(words))?.[1];
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
  const kindOf = (m: ActorMention) => (m.actorId ? (g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) : undefined);
  const isDoc = (m: ActorMention) => Boolean(m.fresh?.key.startsWith('ru-doc:'));
  if (noun) {
    const re = new RegExp(`${noun.source}(?:\\s+(?:саммита|встречи|совещания|лидеров|министров|глав\\s+государств|стран))?\\s+$`, 'u');
    for (let i = lowerBound(mentions, doc.start) - 1; i >= 0 && mentions[i]!.start >= earliest; i--) {
      const m = mentions[i]!;
      if (!m.actorId || isDoc(m) || m.fresh?.unnamed) continue;
      if (re.test(text.slice(Math.max(earliest, m.start - 60), m.start).toLowerCase())) return { ...m, start: doc.start, end: doc.end, how: 'alias' };
    }
  }
  if (/итогов|деклараци|коммюнике/u.test(words)) {
    for (let i = lowerBound(mentions, doc.start) - 1; i >= 0 && mentions[i]!.start >= earliest; i--) {
      const m = mentions[i]!;
      if (m.actorId && !isDoc(m) && kindOf(m) === 'alliance') return { ...m, start: doc.start, end: doc.end, how: 'alias' };
    }
  }
  return doc;
}

function push(cx: Cx, sentence: Sentence, cue: SpanN & { lemma: string }, stance: Stance, speaker: ActorMention, content: SpanN[], direct: boolean, confidence: number) {
  const { text, times, g } = cx.r;
  if (speaker.fresh?.key.startsWith('ru-doc:')) speaker = documentAuthor(cx, sentence, speaker);
  const media = speaker.actorId ? MEDIA_KINDS.has(g.entries.get(speaker.actorId)?.kind ?? '') : false;
  const channel = channelOf(cx, sentence, cue);
  // A statement points to its words: "Об этом сообщил X (на брифинге)." says the sentence before; otherwise none
  // found, none kept.
  content = content.filter((c) => c.end > c.start);
  if (/^\s*(?:об\s+этом|так|(?:эти|это|такое|такую|такие|соответствующее|подобное|с\s+таким|с\s+этим|с\s+подобным)\s+(?:[\p{Ll}-]+\s+)?(?:заявлени|позици|слов|мнени|оценк)\p{L}*)(?![\p{L}])/iu.test(text.slice(sentence.start, cue.start)) && !/(?:^|[\s,])(?:что|:)\s/iu.test(text.slice(cue.end, sentence.end))) {
    const k = sentenceIndex(cx.r.sentences, sentence.start);
    if (k > 0) content = [cx.r.sentences[k - 1]!];
  }
  // "о предстоящем разговоре объявили в Белом доме": what was said of, before the verb.
  if (!content.length) {
    const about = /(?:^|[\s,])((?:о|об|обо)\s+[^,.;:"]{2,120}?)\s*$/iu.exec(text.slice(sentence.start, Math.min(cue.start, speaker.start >= sentence.start ? speaker.start : cue.start)));
    if (about && !/^об\s+этом$/iu.test(about[1]!.trim())) {
      const start = sentence.start + about.index + about[0].length - about[0].trimStart().length;
      content = [{ start, end: start + about[1]!.length }];
    }
  }
  // "В Киеве причастность к диверсии отрицают": what stands between the speaker and a verb that ends its clause.
  if (!content.length && speaker.start >= sentence.start && speaker.end < cue.start && /^[\s,.;!?"]*$/.test(text.slice(cue.end, sentence.end))) {
    const gap = /\p{L}[^]*\p{L}/u.exec(text.slice(speaker.end, cue.start));
    if (gap && !/[,:;—]/.test(gap[0]) && /^(?:deny|reject|confirm|call|assess|welcome|criticise|condemn|accuse)$/.test(cue.lemma) && !/^(?:в|во|на|по|с|со|у|к|о|об|за|перед|после|при)\s/iu.test(gap[0]) && !/(?:^|\s)не$/iu.test(gap[0])) content = [{ start: speaker.end + gap.index, end: speaker.end + gap.index + gap[0].length }];
  }
  if (!content.length) return;
  cx.drafts.push({
    speaker,
    cue,
    stance: stance === 'state' && media ? 'report' : stance,
    channel,
    content,
    direct,
    mention: { start: sentence.start, end: sentence.end },
    saidAtTimex: nearestTime(times, sentence, content, speaker, cue, text),
    headline: false,
    confidence,
  });
}

/** Through what it was said: журналистам, в интервью РИА Новости, в эфире телеканала «Россия-1», на брифинге. */
function channelOf(cx: Cx, sentence: Sentence, cue: SpanN): (SpanN & { actorId?: string }) | null {
  const { text, mentions } = cx.r;
  const from = Math.max(sentence.start, cue.start - 60);
  const to = Math.min(sentence.end, cue.end + 80);
  const m = CHANNEL_RE_RU.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m.index;
  const end = start + m[0].length;
  const i = lowerBound(mentions, end);
  const media = (m.groups?.interview || m.groups?.air) && mentions[i] && mentions[i]!.start - end < 40 && /^[\s\p{Ll}"-]*$/u.test(text.slice(end, mentions[i]!.start)) ? mentions[i] : undefined;
  return media?.actorId ? { start, end: media.end, actorId: media.actorId } : { start, end };
}

/** What was said after the cue: a that-clause (, что …), a colon, a quotation, or the rest of the sentence. */
function contentAfter(text: string, sentence: Sentence, from: number): SpanN {
  let start = from;
  const rest = text.slice(from, sentence.end);
  const that = /^[^"]*?(?:,\s*)?(?:что|чтобы|будто|:)\s*/u.exec(rest);
  if (that && that[0].length < 160) start = from + that[0].length;
  let end = sentence.end;
  while (end > start && /[\s.!?"]/.test(text[end - 1]!)) end--;
  while (start < end && /[\s,:"—–-]/.test(text[start]!)) start++;
  return { start, end };
}

/** Verbs of saying in a sense that is no saying: заявил о себе (made a name), оценил ущерб в (estimated), отметил
 *  юбилей (celebrated), призвал в
 *  армию (drafted), указал на карте (pointed), пригласил пройти (showed in). */
const NOT_SAYING = /^(?:заявил[аио]?\s+о\s+себе|оценил[аио]?\s+(?:[\p{L}-]+\s+){0,3}?в\s+(?:\d|сумму|миллион|миллиард|тысяч)|отметил[аио]?\s+(?:[\p{L}-]+\s+){0,2}?(?:день\s+рождения|юбилей|годовщину|праздник|новый\s+год|\d+-лети\p{L}*)|призвал[аио]?\s+(?:[\p{L}-]+\s+){0,3}?(?:на\s+(?:военную\s+)?службу|в\s+армию|под\s+ружье|под\s+знамена)|указал[аио]?\s+(?:[\p{L}-]+\s+){0,2}?(?:на\s+карте|рукой|пальцем|на\s+дверь)|пригласил[аио]?\s+(?:[\p{L}-]+\s+){0,2}?(?:пройти|сесть|занять\s+место|к\s+столу))(?![\p{L}])/iu;

function verbDraft(cx: Cx, sentence: Sentence, cue: SpanN & { form: RuCue }, form: RuCue) {
  const { text } = cx.r;
  if (NOT_SAYING.test(text.slice(cue.start, Math.min(sentence.end, cue.start + 80)))) return;
  const c = { start: cue.start, end: cue.end, lemma: form.lemma };
  const before = text.slice(sentence.start, cue.start);
  const asAlias = (m: ActorMention, at: SpanN): ActorMention => ({ ...m, start: at.start, end: at.end, how: 'alias' });
  // «…», — сказал Песков / «…» — заявил он / — подчеркнул дипломат: the quotation is what was said.
  const dashQuote = /"([^"]+)"\s*,?\s*[—–-]\s*(?:так\s+|такими\s+словами\s+)?$/iu.exec(before);
  if (dashQuote) {
    const q1 = sentence.start + dashQuote.index + 1 + dashQuote[1]!.length;
    let q0 = sentence.start + dashQuote.index + 1;
    // The normalised text has straight quotes only, so a quotation nested inside (« … „зерновая сделка“ … ») closes
    // nothing: a quotation that opens the sentence, with its quotes paired, runs from its first quote to its last.
    const open = /^\s*(?:[—–-]\s*)?"/u.exec(before);
    if (open && dashQuote.index >= open[0].length && (before.match(/"/g) ?? []).length % 2 === 0) q0 = sentence.start + open[0].length;
    const content = { start: q0, end: q1 };
    const vs = speakerAfter(cx, sentence, cue, form);
    if (vs) return push(cx, sentence, c, form.stance, vs, [content], true, 0.9);
    const rest = text.slice(cue.end, sentence.end);
    const p = PRONOUN_AFTER.exec(rest);
    const d = !p ? DESCRIPTION.exec(rest) : null;
    if ((p || (d && /^\s*$/.test(rest.slice(0, d.index)))) && !(p && d)) {
      const speaker = lastSpeaker(cx, sentence, p ? p[1]!.toLowerCase() : 'description', cue.start, d?.[0]);
      const at = p ? { start: cue.end + p.index + p[0].length - p[1]!.length, end: cue.end + p.index + p[0].length } : { start: cue.end + d!.index, end: cue.end + d!.index + d![0].length };
      if (speaker) push(cx, sentence, c, form.stance, asAlias(speaker, at), [content], true, 0.75);
    }
    return;
  }
  // A passive form (говорится, сказано, отмечается) has no subject before it: its author is named with the document.
  const passive = PASSIVE_SAY.test(text.slice(cue.start, cue.end));
  // "В нем, в частности, говорится": the document of the sentence before, its author the speaker before.
  if (passive && /^\s*(?:в\s+(?:нем|нём|ней)|там)(?![\p{L}])[\s,]*(?:в\s+частности[\s,]*|также\s+)*$/iu.test(before)) {
    const prevDraft = [...cx.drafts].reverse().find((d) => d.mention.start < sentence.start && !d.headline);
    const body = prevDraft?.speaker ?? lastBody(cx, sentence, sentence.start, ['institution', 'state']);
    if (body) return push(cx, sentence, c, 'report', asAlias(body, { start: sentence.start + before.search(/\S/), end: sentence.start + before.search(/\S/) + 5 }), [contentAfter(text, sentence, cue.end)], false, 0.7);
  }
  // В документе, опубликованном на сайте Кремля, подчеркивается; В опубликованном Кремлем заявлении говорится; В
  // совместном заявлении России и Китая подчеркивается: the author named with the document (each of two joined).
  const docBefore = passive ? DOC_PHRASE.exec(before) : null;
  if (docBefore) {
    const from = sentence.start + docBefore.index;
    // Not a place (в Аммане) nor a name inside quotation marks (саммита «Россия — Африка»).
    const ms = cx.r.mentions.filter((m) => m.start >= from && m.end <= cue.start && m.actorId && (m.fresh?.key.startsWith('ru-doc:') || (!/(?:^|\s)(?:в|во|на)\s+$/iu.test(text.slice(Math.max(from, m.start - 4), m.start)) && !insideQuote(text, from, m.start))));
    const first = ms[0];
    if (first) {
      const second = ms[1];
      const both = second && /^\s+и\s+$/u.test(text.slice(first.end, second.start)) && second.actorId !== first.actorId;
      push(cx, sentence, c, 'report', first, [contentAfter(text, sentence, cue.end)], false, 0.8);
      if (both) push(cx, sentence, c, 'report', second, [contentAfter(text, sentence, cue.end)], false, 0.8);
      return;
    }
  }
  // A document's owner, named in [from, to) (not a place: в итоговом документе встречи в Аммане), or the body its
  // generic noun names again (в сообщении ведомства).
  const ownerIn = (from: number, to: number, words: string): ActorMention | null => {
    const named = cx.r.mentions.find((m) => m.start >= from && m.end <= to && m.actorId && !/(?:^|\s)(?:в|во|на)\s+$/iu.test(text.slice(Math.max(from, m.start - 4), m.start)));
    if (named) return named;
    const body = GENERIC_BODY_ONLY.test(words.trim()) ? lastBody(cx, sentence, sentence.start, bodyKinds(words)) : null;
    return body && asAlias(body, { start: from, end: from + words.trim().length });
  };
  // В заявлении Госдепартамента говорится; В сообщении ведомства отмечается: the body whose text it is.
  const doc = passive
    ? DOC_OF_BODY.exec(before)
    : null;
  if (doc) {
    // Where the author's words begin: after the document's noun (an aside between commas may follow them).
    const noun = DOC_NOUN_AT.exec(doc[0])!;
    const from = sentence.start + doc.index + noun.index + noun[0].length;
    const owner = ownerIn(from, cue.start, doc[1]!);
    if (owner) return push(cx, sentence, c, 'report', owner, [contentAfter(text, sentence, cue.end)], false, 0.8);
  }
  // В опубликованном на сайте Кремля сообщении отмечается; В сообщении на сайте правительства уточняется; В
  // публикации в Telegram-канале посольства России в США говорится: the author is whose site or channel it is on.
  const onSite = passive && !doc ? DOC_ON_SITE.exec(before) : null;
  if (onSite) {
    const from = sentence.start + onSite.index + onSite[0].lastIndexOf(onSite[1]!);
    const owner = ownerIn(from, from + onSite[1]!.length, onSite[1]!);
    if (owner) return push(cx, sentence, c, 'report', owner, [contentAfter(text, sentence, cue.end)], false, 0.8);
  }
  // "о заявлении Минобороны России, в котором говорится…": the document's author, named after its noun.
  const relDoc = passive
    ? /(?:заявлени|сообщени|документ|коммюнике|доклад|письм|обращени|нот)\p{L}*\s+([^,.;:"]{2,80}?)\s*,\s*в\s+котор\p{L}+\s*$/iu.exec(before)
    : null;
  if (relDoc) {
    const from = sentence.start + relDoc.index + relDoc[0].indexOf(relDoc[1]!);
    const owner = cx.r.mentions.find((m) => m.start >= from && m.end <= from + relDoc[1]!.length && m.actorId && (cx.r.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) !== 'person');
    if (owner) return push(cx, sentence, c, 'report', asAlias(owner, { start: owner.start, end: owner.end }), [contentAfter(text, sentence, cue.end)], false, 0.75);
  }
  // "…, говорится в сообщении ведомства": the institution named last wrote it.
  const docAfter = doc === null && passive
    ? DOC_OF_GENERIC_AFTER.exec(text.slice(cue.end, sentence.end))
    : null;
  if (docAfter) {
    const at = { start: cue.end + docAfter[0].length - docAfter[1]!.length, end: cue.end + docAfter[0].length };
    const body = lastBody(cx, sentence, cue.start, bodyKinds(docAfter[1]!));
    if (body) return push(cx, sentence, c, 'report', asAlias(body, at), dashLess(text, sentence, before, at.end), false, 0.75);
  }
  // "О том, чего ждут в Москве, рассказал X": the clause before is what was said, and the speaker follows the verb.
  const topic = /^\s*(?:о|об|обо)\s+том\s*,/iu.test(before) && /,\s*(?:[\p{Ll}-]+\s+){0,4}$|,\s*(?:в\s+интервью|на\s+брифинге)[^,]{0,60}$/u.test(before);
  const sv = passive || topic ? undefined : subjectBefore(cx, sentence, cue, form);
  // "Песков заявил:" and the quotation on the next line: what he said is that line.
  if (sv && typeof sv !== 'string' && /^\s*:\s*$/.test(text.slice(cue.end, sentence.end))) {
    const k = sentenceIndex(cx.r.sentences, sentence.start);
    const next = cx.r.sentences[k + 1];
    if (next && /^\s*"/.test(text.slice(next.start, next.end))) return push(cx, sentence, c, form.stance, sv, [next], true, 0.85);
  }
  if (sv && typeof sv !== 'string') {
    // Лавров и Блинкен договорились…: with a plural verb, each of the two joined by "и" says it.
    if (form.plural) {
      const k = lowerBound(cx.r.mentions, sv.end);
      const other = cx.r.mentions[k];
      if (other && other.actorId && other.actorId !== sv.actorId && other.end <= cue.start && /^\s+и\s+$/u.test(text.slice(sv.end, other.start)) && !other.oblique) {
        push(cx, sentence, c, form.stance, sv, [contentAfter(text, sentence, cue.end)], false, 0.85);
        return push(cx, sentence, c, form.stance, other, [contentAfter(text, sentence, cue.end)], false, 0.85);
      }
    }
    return push(cx, sentence, c, form.stance, sv, [contentAfter(text, sentence, cue.end)], false, 0.9);
  }
  if (sv === 'pronoun' || sv === 'description') {
    const p = PRONOUN.exec(before);
    // интервью Путина, в котором он допустил: the person the relative's noun belongs to.
    const owner = sv === 'pronoun' ? /,\s*(?:в|во|на)\s+котор\p{L}+\s+(?:он|она)\s*$/iu.exec(before) : null;
    if (owner) {
      const k = lowerBound(cx.r.mentions, sentence.start + owner.index) - 1;
      const m = cx.r.mentions[k];
      const kind = m?.actorId ? (cx.r.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) : undefined;
      if (m && kind === 'person' && m.start >= sentence.start && /^\s*$/.test(text.slice(m.end, sentence.start + owner.index))) {
        const at = { start: sentence.start + owner.index + owner[0].trimEnd().length - 2, end: sentence.start + owner.index + owner[0].trimEnd().length };
        const pron = /(?:он|она)$/iu.exec(owner[0].trimEnd())!;
        at.start = sentence.start + owner.index + pron.index;
        return push(cx, sentence, c, form.stance, asAlias(m, at), [contentAfter(text, sentence, cue.end)], false, 0.75);
      }
    }
    const desc = sv === 'description' ? DESCRIPTION.exec(before) : null;
    const we = p?.[1]?.toLowerCase() === 'мы';
    const first = we || p?.[1]?.toLowerCase() === 'я';
    const found = first ? narrator(cx, sentence) : lastSpeaker(cx, sentence, sv === 'pronoun' ? (p?.[1]?.toLowerCase() ?? null) : 'description', cue.start, desc?.[0]);
    const speaker = we ? (author(cx) ?? (found ? ourBody(cx, found) : null)) : found;
    if (!speaker) return;
    const at = p ? { start: sentence.start + p.index + p[0].indexOf(p[1]!), end: sentence.start + p.index + p[0].indexOf(p[1]!) + p[1]!.length } : c;
    return push(cx, sentence, c, form.stance, asAlias(speaker, at), [contentAfter(text, sentence, cue.end)], false, 0.75);
  }
  // сообщили в министерстве; В ведомстве заявили: the institution named last.
  const bodyAfter = form.plural || /пресс-служба/iu.test(text.slice(cue.end, cue.end + 30)) ? BODY_NOUN.exec(text.slice(cue.end, sentence.end)) : null;
  const bodyBefore = form.plural && !bodyAfter ? BODY_NOUN_BEFORE.exec(before) : null;
  if (bodyAfter || bodyBefore) {
    const at = bodyAfter ? { start: cue.end + bodyAfter[0].length - bodyAfter[0].trimStart().length, end: cue.end + bodyAfter[0].length } : { start: sentence.start + bodyBefore!.index + bodyBefore![0].length - bodyBefore![1]!.length, end: sentence.start + bodyBefore!.index + bodyBefore![0].length };
    // "пресс-служба организации": an organisation (the UN, NATO) too; "в министерстве": a ministry.
    const org = bodyKinds(bodyAfter?.[0] ?? bodyBefore![1]!).length > 1;
    // Or the organisation its head, named in the sentence, speaks for (Генсек ООН Антониу Гутерриш …, сообщает
    // пресс-служба организации).
    const head = org ? cx.r.mentions.find((m) => m.start >= sentence.start && m.end <= cue.start && m.actorId && ourBody(cx, m).actorId !== m.actorId) : undefined;
    const body = lastBody(cx, sentence, at.start, org ? ['institution', 'alliance'] : ['institution']) ?? (head ? ourBody(cx, head) : null);
    if (body) return push(cx, sentence, c, form.stance, asAlias(body, at), bodyAfter ? dashLess(text, sentence, before, at.end) : [contentAfter(text, sentence, cue.end)], false, 0.75);
  }
  // "говорится в совместном заявлении двух стран": each of the two states the text named last.
  const two = passive ? JOINT_OF_TWO.exec(text.slice(cue.end, sentence.end)) ?? JOINT_OF_TWO_BEFORE.exec(before) : null;
  if (two) {
    const at = two.input === before ? { start: sentence.start + two.index + two[0].length - two[1]!.length, end: sentence.start + two.index + two[0].length } : { start: cue.end + two.index + two[0].length - two[1]!.length, end: cue.end + two.index + two[0].length };
    const states = lastStates(cx, sentence, at.start);
    if (states.length === 2) {
      for (const st of states) push(cx, sentence, c, 'report', asAlias(st, at), dashLess(text, sentence, before, at.end), false, 0.75);
      return;
    }
  }
  const vs = speakerAfter(cx, sentence, cue, form);
  if (vs) {
    // "как передает ТАСС": the agency reports the rest of the sentence.
    const asClause = /(?:^|[\s,])как\s*$/iu.exec(before);
    const content = topic
      ? [{ start: sentence.start + before.search(/\S/), end: sentence.start + before.lastIndexOf(',') }]
      : asClause ? contentWithout(text, sentence, sentence.start + asClause.index, vs.end) : dashLess(text, sentence, before, vs.end, cue.end);
    // "говорится в совместном заявлении России и Китая": each of the two authors joined by "и".
    const k = lowerBound(cx.r.mentions, vs.end);
    const other = passive ? cx.r.mentions[k] : undefined;
    if (other?.actorId && other.actorId !== vs.actorId && /^\s+и\s+$/u.test(text.slice(vs.end, other.start)) && other.end <= sentence.end) {
      push(cx, sentence, c, form.stance, vs, content, false, 0.85);
      return push(cx, sentence, c, form.stance, other, content, false, 0.85);
    }
    return push(cx, sentence, c, form.stance, vs, content, false, 0.9);
  }
  // «…», считает британский министр: a description after the verb names the last speaker it fits.
  const descAfter = /,\s*$|(?:^|[\s,])как\s*$/iu.test(before) ? DESCRIPTION.exec(text.slice(cue.end, sentence.end)) : null;
  if (descAfter && /^\s*(?:(?:на|в)\s+[^,.]{0,60}?\s)?$/u.test(text.slice(cue.end, cue.end + descAfter.index))) {
    const speaker = lastSpeaker(cx, sentence, 'description', cue.start, descAfter[0]);
    const at = { start: cue.end + descAfter.index, end: cue.end + descAfter.index + descAfter[0].length };
    if (speaker) return push(cx, sentence, c, form.stance, asAlias(speaker, at), contentWithout(text, sentence, sentence.start + before.length, sentence.end), /"/.test(before), 0.75);
  }
  // "Рябков отказался от комментариев, но предупредил, что…": a second verb of the subject that opens the sentence.
  const coordinated = /,\s*(?:но|а|однако|и)\s+(?:также\s+|при\s+этом\s+|все\s+же\s+|всё\s+же\s+|вместе\s+с\s+тем\s+)?$/iu.exec(before);
  if (coordinated && !form.plural) {
    const first = cx.r.mentions[lowerBound(cx.r.mentions, sentence.start)];
    const kind = first?.actorId ? (cx.r.g.entries.get(first.actorId)?.kind ?? first.fresh?.kind) : undefined;
    const between = first ? text.slice(first.end, sentence.start + coordinated.index) : '';
    const others = first ? cx.r.mentions.filter((m) => m.start > first.start && m.end <= sentence.start + coordinated.index && !m.oblique) : [];
    if (
      first?.actorId && !first.oblique && !first.fresh?.unnamed && (kind === 'person' || kind === 'institution' || kind === 'state') &&
      OPENER.test(withoutTimes(cx, sentence.start, first.start).replace(/"/g, '')) &&
      /^\s+(?:не\s+)?[\p{Ll}-]+(?:л|ла|ся|лась)(?![\p{L}])/u.test(between) && !/(?:^|[\s,])(?:что|чтобы|котор\p{L}+|если|когда|где)(?![\p{L}])|[":;—–]/iu.test(between) && !others.length
    )
      return push(cx, sentence, c, form.stance, first, [contentAfter(text, sentence, cue.end)], false, 0.7);
  }
  // "Агентство уточняет, что…", "…, уточняет издание", "Как пишет газета, …": the outlet named last.
  const mediaBefore = MEDIA_BEFORE.exec(before);
  const mediaAfter = !mediaBefore && /,\s*$|(?:^|[\s,])как\s*$/iu.test(before) ? MEDIA_AFTER.exec(text.slice(cue.end, sentence.end)) : null;
  if (mediaBefore || mediaAfter) {
    const outlet = lastBody(cx, sentence, sentence.start, ['media']);
    const at = mediaBefore
      ? { start: sentence.start + mediaBefore.index + mediaBefore[0].indexOf(mediaBefore[1]!), end: sentence.start + mediaBefore.index + mediaBefore[0].indexOf(mediaBefore[1]!) + mediaBefore[1]!.length }
      : { start: cue.end + mediaAfter!.index + mediaAfter![0].length - mediaAfter![1]!.length, end: cue.end + mediaAfter!.index + mediaAfter![0].length };
    const content = mediaBefore ? [contentAfter(text, sentence, cue.end)] : /(?:^|[\s,])как\s*$/iu.test(before) ? contentWithout(text, sentence, sentence.start, at.end) : dashLess(text, sentence, before, at.end, cue.end);
    if (outlet) return push(cx, sentence, c, form.stance, asAlias(outlet, at), content, /"/.test(before), 0.7);
  }
  // добавил он; Также отметил, что…: the last speaker.
  const p = PRONOUN_AFTER.exec(text.slice(cue.end, sentence.end));
  const subjectless = /^\s*(?:(?:также|кроме\s+того|при\s+этом|вместе\s+с\s+тем|в\s+то\s+же\s+время|помимо\s+этого)\s*,?\s*)*$/iu.test(before);
  if (p || subjectless) {
    const speaker = lastSpeaker(cx, sentence, p ? p[1]!.toLowerCase() : null, cue.start);
    if (!speaker) return;
    const at = p ? { start: cue.end + p.index + p[0].length - p[1]!.length, end: cue.end + p.index + p[0].length } : c;
    push(cx, sentence, c, form.stance, asAlias(speaker, at), [contentAfter(text, sentence, p ? at.end : cue.end)], false, p ? 0.75 : 0.7);
  }
}

/** An outlet named again by its kind, before its verb (Агентство уточняет) or after it (…, уточняет издание). */
const MEDIA_KIND = String.raw`(?:агентство|информагентство|издание|газета|телеканал|портал|радиостанция|журнал|телеграм-канал|telegram-канал)`;
const MEDIA_BEFORE = new RegExp(String.raw`^\s*(?:(?:как|также|при\s+этом|кроме\s+того|позднее|позже)\s+)*(?:[\p{Ll}-]+(?:ое|ая|ий|ый)\s+)?(${MEDIA_KIND})(?:\s+(?:также|уже|ранее|позднее|позже))?\s*$`, 'iu');
const MEDIA_AFTER = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+(?:ое|ая|ий|ый)\s+)?(${MEDIA_KIND})(?=\s*[.,;!?]|\s*$)`, 'iu');


/** A quotation the verb and its speaker interrupt between dashes («…, — заявил Аракчи, — …»): the speaker after the
 *  verb, the words both parts of the quotation. */
function interrupted(cx: Cx, sentence: Sentence, cue: SpanN & { form: RuCue }, form: RuCue) {
  const { text } = cx.r;
  const before = /"([^"]*?),?\s*[—–-]\s*$/u.exec(text.slice(sentence.start, cue.start));
  if (!before) return;
  const speaker = speakerAfter(cx, sentence, cue, form);
  if (!speaker) return;
  // (the quotation resumes after a comma or a full stop: «…, — сказал Фидан. — …»)
  const resume = /^([^"\n]{0,60}?)[,.]\s*[—–-]\s*([^"]*)"/u.exec(text.slice(speaker.end, sentence.end));
  if (!resume || /[.!?]/.test(resume[1]!)) return;
  const first = { start: sentence.start + before.index + 1, end: sentence.start + before.index + 1 + before[1]!.length };
  const secondStart = speaker.end + resume[0].length - 1 - resume[2]!.length;
  const second = { start: secondStart, end: secondStart + resume[2]!.replace(/[\s.,!?]+$/u, '').length };
  push(cx, sentence, { start: cue.start, end: cue.end, lemma: form.lemma }, form.stance, speaker, [first, second].filter((c) => c.end > c.start), true, 0.85);
}

/** The sentence's words without the attribution clause [from, to) (как передает ТАСС). */
function contentWithout(text: string, sentence: Sentence, from: number, to: number): SpanN[] {
  const trim = (s: SpanN): SpanN => {
    let { start, end } = s;
    while (start < end && /[\s,.:"—–-]/.test(text[start]!)) start++;
    while (end > start && /[\s,.:"—–-]/.test(text[end - 1]!)) end--;
    return { start, end };
  };
  return [trim({ start: sentence.start, end: from }), trim({ start: to, end: sentence.end })].filter((s) => s.end > s.start);
}

/** What a verb-first statement says: before the verb (… , заявил Песков) or after the speaker. */
function dashLess(text: string, sentence: Sentence, before: string, speakerEnd: number, cueEnd?: number): SpanN[] {
  if (/[,—–]\s*$/.test(before) && before.trim().length > 12) return contentWithout(text, sentence, sentence.start + before.length, sentence.end);
  const after = contentAfter(text, sentence, speakerEnd);
  // A verb that opens its sentence and its subject that ends it (Рассказал о встрече и Песков): what is between.
  if (after.end <= after.start && cueEnd !== undefined && !before.trim()) {
    let start = cueEnd;
    let end = speakerEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    const m = /\s+(?:и|также)\s+(?:[\p{L}-]+\s+){0,8}[\p{L}-]+$/u.exec(text.slice(start, end));
    end = m ? start + m.index : end;
    if (end > start) return [{ start, end }];
  }
  return [after];
}

/** The person a title in the genitive leads to, right after `from` (… официального представителя МИД Марии Захаровой). */
function personAfterTitle(cx: Cx, from: number, limit: number): ActorMention | undefined {
  const { mentions, text, g } = cx.r;
  for (let i = lowerBound(mentions, from); i < mentions.length && mentions[i]!.start < limit && mentions[i]!.start - from < 120; i++) {
    const m = mentions[i]!;
    if (!m.actorId || (g.entries.get(m.actorId)?.kind ?? m.fresh?.kind) !== 'person') continue;
    const gap = text.slice(from, m.start);
    return /^\s*$/.test(gap) || TITLE_WORDS.test(gap.replace(INITIALS, ' ')) ? m : undefined;
  }
  return undefined;
}

/** по словам X, … / со ссылкой на X: the speaker follows the cue, what was said is the rest of the sentence. */
function afterCue(cx: Cx, sentence: Sentence, cue: SpanN & { form: RuCue }, form: RuCue, kind: 'po-slovam' | 'ssylka') {
  const { text } = cx.r;
  const m =
    mentionAfter(cx, cue.end, /^\s*(?:(?:[\p{Ll}-]+(?:ому|ему|ой|ей|ым|им)\s+)?(?:господин|госпож|агентств|издани|газет|телеканал|генсек|заявлени|сообщени|документ|коммюнике|доклад|информаци|данны|материал|публикаци|представител|оценк|декларац|резолюц)\p{L}*\s+(?:[\p{Ll}-]+(?:ой|ей|ого|его)\s+)?(?:(?:встречи|саммита|совещания|заседания|конференции)\s+)?)?(?:(?:двух|трех|трёх|четырех|четырёх|нескольких|ряда|одного\s+из|одному\s+из|своих|свои|собственные|собственных)\s+)?"?$/iu, sentence.end) ??
    // следует из заявления официального представителя МИД Марии Захаровой: past the title's words.
    // (and по словам главы Центрального банка Эльвиры Набиуллиной)
    (/^(?:следует|стало|по\s+(?:словам|мнению))/iu.test(text.slice(cue.start, cue.end)) ? personAfterTitle(cx, cue.end, sentence.end) : undefined);
  const c = { start: cue.start, end: cue.end, lemma: form.lemma };
  // "по информации издания", "по данным агентства": the outlet named before.
  if (!m && /^\s*(?:издания|агентства|газеты|телеканала|портала)(?![\p{L}])/iu.test(text.slice(cue.end, cue.end + 20))) {
    const k = sentenceIndex(cx.r.sentences, sentence.start);
    const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
    const outlet = [...cx.r.mentions].reverse().find((x) => x.start >= earliest && x.end <= cue.start && x.actorId && (cx.r.g.entries.get(x.actorId)?.kind ?? x.fresh?.kind) === 'media');
    const w = /^\s*(\p{L}+)/u.exec(text.slice(cue.end))!;
    if (outlet) return push(cx, sentence, { start: cue.start, end: cue.end, lemma: form.lemma }, form.stance, { ...outlet, start: cue.end + w.index + w[0].length - w[1]!.length, end: cue.end + w[0].length, how: 'alias' }, contentWithout(text, sentence, cue.start, cue.end + w[0].length), false, 0.75);
  }
  if (!m) {
    // по словам дипломата: the last speaker the description fits.
    const d = kind === 'po-slovam' ? DESCRIPTION_GEN.exec(text.slice(cue.end, sentence.end)) : null;
    const speaker = d ? lastSpeaker(cx, sentence, 'description', cue.start, d[0]) : null;
    if (d && speaker) {
      const at = { start: cue.end + d.index + d[0].length - d[0].trimStart().length, end: cue.end + d.index + d[0].length };
      push(cx, sentence, c, form.stance, { ...speaker, start: at.start, end: at.end, how: 'alias' }, contentWithout(text, sentence, cue.start, at.end), false, 0.75);
    }
    return;
  }
  const content = kind === 'po-slovam' ? contentWithout(text, sentence, cue.start, m.end) : contentWithout(text, sentence, cue.start, m.end);
  push(cx, sentence, c, form.stance, m, content, false, kind === 'po-slovam' ? 0.85 : 0.75);
}

