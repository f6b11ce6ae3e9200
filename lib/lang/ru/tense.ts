// Russian tense cues for bare weekdays and yearless dates. The future is "будет/будут + infinitive", a
// perfective verb in the present form (состоится, пройдут, обсудят, встретятся), or words of plan and
// expectation (планируется, намерены, предстоящий, ожидается); the past is the -л/-ла/-ло/-ли form
// (заявил, состоялся, прошли). A clause ends at a comma, a semicolon, a colon, a quotation mark, a dash or что.
import type { Sentence } from '../../text/tokens';
import { type Tense, type Tenses, clauseAround, tenseOf } from '../../time/tense';

const FUTURE = new RegExp(
  '(?<![\\p{L}])(?:буд(?:ет|ут|у|ем|ете)|станет|станут|' +
    // Perfective verbs in the present form: what news says will happen.
    '(?:состо|пройд|провед|обсуд|встрет|созвон|поговор|подпиш|прибуд|посет|отправ|верн|начн|завершит|продолж|возобнов|примет|прим|направ|сообщ|объяв|представ|рассмотр|согласу|ответ|выступ|проведёт|пройдёт|собер|соберёт|прояв|получ|переда|приед|приступ|откро|открое|изуч|подготов|опублику|займ|смож)\\p{L}*(?:ится|ятся|утся|ется|ёт|ет|ит|ут|ют|ят|ем|им)|' +
    // Ready to, about to: what is said of a day to come (готовы выехать хоть завтра, в субботу).
    'готов(?:ы|а|о)?\\s+\\p{L}+(?:ть|ться)|' +
    'планиру\\p{L}*|запланирован\\p{L}*|намерен\\p{L}*|собира\\p{L}*ся|предстоящ\\p{L}*|ожида\\p{L}*ся|должн\\p{L}*\\s+(?:состояться|пройти|начаться)|ближайш\\p{L}*)(?![\\p{L}])',
  'giu',
);
/** A past verb: заявил, сообщила, состоялся, прошли, провели; or a past participle (согласованной,
 *  подписанного, участвовавших, прошедшей), or a perfective gerund before what it is about (напомнив о…, заявив, что…). */
const PAST = /(?<![\p{L}])(?:\p{L}{2,}(?:ал|ял|ил|ел|ул|ыл|ла|ло|ли|лся|лась|лось|лись)|\p{L}{3,}(?:анн|янн|(?<!ств|м|в|ц|л)енн|ённ|вш)(?:ый|ой|ая|ое|ые|ого|ому|ом|ых|ым|ыми|ую|ий|ее|ие|его|ему|ем|их|им|ими|юю|ся)?|\p{L}{3,}(?:нув|ив|ав|ев)(?:шись)?(?=\s*,?\s*(?:что|о|об|на|в)\s))(?![\p{L}])/giu;
const BOUNDARY = /[,;:"«»—–]|(?<![\p{L}])что(?![\p{L}])/giu;
/** Where a clause with no tense of its own is widened to: past commas and quoted names (…во встрече в формате
 *  «БРИКС плюс» в четверг), up to что, a semicolon, a colon or a dash. */
const WIDE_BOUNDARY = /[;:—–]|(?<![\p{L}])что(?![\p{L}])/giu;
/** Any other verb in the present form (вылетит, покинет, пробудет, ведет): not the past, so a day it names is
 *  ahead — weaker than the cues above, and only where the clause has no past verb. Nouns that end the same way
 *  are left out. */
const NON_PAST = /(?<![\p{L}])\p{L}{2,}(?:ит|ет|ёт|ут|ют|ят)(?:ся)?(?![\p{L}])/giu;
const NOT_VERB = /^(?:совет|ответ|бюджет|комитет|кабинет|пакет|запрет|предмет|секрет|портрет|приоритет|авторитет|суверенитет|нейтралитет|иммунитет|паритет|менталитет|интернет|билет|силуэт|визит|кредит|лимит|саммит|транзит|дефицит|аппетит|депозит|бандит|институт|маршрут|статут|салют|абсолют|парашют|валют|уют|мевлют|минут|замет|полет|полёт|отчет|отчёт|учет|учёт|расчет|расчёт|счет|счёт|лет|нет|тет|будет|может|хотят|хочет|стоит|является|являются|идет|идёт|едут|пишет|говорит|говорится|считает|сообщается|отмечается|сообщает|передает|передаёт|заявляет|отмечает|подчеркивает|утверждает|полагает)$/iu;

export class RussianTenses implements Tenses {
  private readonly future: { start: number; end: number }[] = [];
  private readonly past: { start: number; end: number }[] = [];
  private readonly nonPast: { start: number; end: number }[] = [];

  constructor(private readonly text: string) {
    for (const m of text.matchAll(FUTURE)) this.future.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(PAST)) if (!NOT_PAST.test(m[0])) this.past.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(NON_PAST)) if (!NOT_VERB.test(m[0])) this.nonPast.push({ start: m.index, end: m.index + m[0].length });
  }

  tense(start: number, end: number): Tense {
    return tenseOf(this.future, this.past, start, end) ?? (tenseOf(this.nonPast, [], start, end) ? 'future' : null);
  }

  clause(sentence: Sentence | undefined, span: { start: number; end: number }): { start: number; end: number } {
    const c = clauseAround(this.text, BOUNDARY, sentence, span);
    return this.tense(c.start, c.end) ? c : clauseAround(this.text, WIDE_BOUNDARY, sentence, span);
  }
}

/** Words ending like a past verb that are not one: если, или, пока… and nouns (стола, села) are rare in clauses. */
const NOT_PAST = /^(?:если|или|либо|тела|дела|села|числа|стола|правила|сила|мало|канал|сигнал|материал|генерал|журнал|финал|капитал|арсенал|персонал|скандал|портал|зал|идеал|интервал|минимал|максимал|потенциал|ритуал|фестиваль|апрель|июль|прибыль)$/iu;
