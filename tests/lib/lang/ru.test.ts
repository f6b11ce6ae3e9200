// Russian, the third language: detected from its script, its time expressions valued against the publication as
// Arabic and English are (the same TIMEX3 values), its speakers found in every case of their names (Песков,
// Пескова, Песковым) and every way a Russian report attributes words: before and after the verb, «…», — сказал,
// по словам, как передает, an institution speaking through its place, он/она continuing the last speaker.
// Constructed sentences, written for the project (not from any article).
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/extract/index';
import { DocumentInput } from '@/lib/model/input';
import { detectLang } from '@/lib/text/lang';
import { nominativeOf } from '@/lib/lang/ru/mentions';

const at = (text: string, published = '2021-12-29') => extract({ text, published, timeZone: 'Europe/Moscow', lang: 'ru' });
const values = (text: string, published?: string) => at(text, published).timeExpressions.map((t) => [t.text, t.value, t.mod ?? '']);

describe('Russian is read as Russian', () => {
  it('is detected from the script, and a Cyrillic text is no longer read as English', () => {
    expect(detectLang('Песков заявил журналистам, что разговор состоится в четверг.')).toBe('ru');
    expect(detectLang('Песков заявил, что НАТО и США получили проект соглашения.')).toBe('ru');
    expect(detectLang('Peskov told reporters that the call would take place on Thursday.')).toBe('en');
    const x = extract({ text: 'Песков заявил журналистам, что разговор состоится в четверг.', published: '2021-12-29', timeZone: 'Europe/Moscow' });
    expect(x.document.lang).toBe('ru');
    expect(x.statements.length).toBe(1);
  });

  it('is a language the API, the form and the CLIs take', () => {
    expect(DocumentInput.safeParse({ text: 'Песков заявил журналистам.', lang: 'ru' }).success).toBe(true);
    expect(DocumentInput.safeParse({ text: 'Le Kremlin a déclaré.', lang: 'fr' }).success).toBe(false);
  });
});

describe('a language the engine does not read', () => {
  it('is kept with a clear warning, and nothing is read from it as another language', () => {
    for (const text of [
      'Le porte-parole du Kremlin a déclaré mercredi que les présidents russe et américain se parleraient jeudi soir par téléphone.',
      '克里姆林宫发言人佩斯科夫周三表示，俄美两国总统将于周四晚间通电话。',
      'Речник Кремля Дмитро Пєсков заявив у середу, що президенти Росії та США поговорять у четвер ввечері по телефону.',
    ]) {
      const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow' });
      expect(x.warnings.join(' ')).toMatch(/does not read|not one the engine reads|does not read as English/);
      expect(x.statements).toEqual([]);
      expect(x.timeExpressions).toEqual([]);
      expect(x.document.text).toBe(text);
    }
    // Chosen by the user, the language is read as chosen.
    const chosen = extract({ text: 'Peskov said on Wednesday the presidents would speak by phone on Thursday evening.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en' });
    expect(chosen.warnings.join(' ')).not.toMatch(/does not read/);
  });
});

describe('a Russian report with no publication date given', () => {
  it('takes it from an online outlet’s stamp, with the moment, or from a wire dateline with stated uncertainty', () => {
    const stamped = extract({ text: '19.07.2023, 13:40 мск\nЗахарова: Россия вернется в сделку\nОфициальный представитель МИД России Мария Захарова заявила сегодня, что Москва готова.', timeZone: 'Europe/Moscow', lang: 'ru' });
    expect(stamped.document.published).toMatchObject({ value: '2023-07-19', source: 'inferred', instant: '2023-07-19T10:40:00Z' });
    expect(stamped.timeExpressions.find((t) => t.text === 'сегодня')?.value).toBe('2023-07-19');
    // A wire's dateline has no year: the day is a candidate, the year stays unknown, and the reader is told.
    const wire = extract({ text: 'МОСКВА, 29 декабря. /ТАСС/. Представитель МИД заявил, что разговор состоится завтра.', timeZone: 'Europe/Moscow', lang: 'ru' });
    expect(wire.document.published.value).toBeNull();
    expect(wire.document.published.instant).toBeUndefined();
    expect(wire.warnings.join(' ')).toMatch(/publication date unknown/);
  });
});

describe('Russian time expressions', () => {
  it('value days, weekdays by tense, dates with and without a year, and parts of the day', () => {
    const v = values('Вчера Песков заявил, что разговор состоится поздно вечером в четверг. Во вторник Захарова сообщила, что документ был опубликован 17 декабря текущего года, а переговоры пройдут 10.01.2022. Сегодня утром МИД России заявил о встрече на следующей неделе.');
    expect(v).toContainEqual(['Вчера', '2021-12-28', '']);
    expect(v).toContainEqual(['поздно вечером в четверг', '2021-12-30TEV', 'END']);
    expect(v).toContainEqual(['вторник', '2021-12-28', '']);
    expect(v).toContainEqual(['17 декабря текущего года', '2021-12-17', '']);
    expect(v).toContainEqual(['10.01.2022', '2022-01-10', '']);
    expect(v).toContainEqual(['Сегодня утром', '2021-12-29TMO', '']);
    expect(v).toContainEqual(['на следующей неделе', '2022-W01', '']);
  });

  it('value clock times with their zone, the night before a day, lengths of time, months, years and the vague ones', () => {
    const v = values('Разговор начнется в 23:30 по московскому времени и продлится около 50 минут. В ночь на пятницу делегации работали почти восемь часов, а в течение двух часов обсуждали гарантии. В декабре стороны договорились продолжить контакты до конца текущего года. В ближайшее время ответа не будет, сейчас идет работа, недавно Москва передала документы.');
    expect(v).toContainEqual(['23:30 по московскому времени', '2021-12-29T23:30', '']);
    expect(v).toContainEqual(['около 50 минут', 'PT50M', 'APPROX']);
    expect(v.find((t) => /ночь на пятницу/.test(t[0]!))?.[1]).toMatch(/^2021-12-2[3-9]TNI$|^2021-12-30TNI$/);
    expect(v).toContainEqual(['почти восемь часов', 'PT8H', 'APPROX']);
    expect(v).toContainEqual(['двух часов', 'PT2H', '']);
    expect(v).toContainEqual(['декабре', '2021-12', '']);
    expect(v).toContainEqual(['конца текущего года', '2021', 'END']);
    // The preposition is not part of the expression (TimeML): "ближайшее время", not "В ближайшее время".
    expect(v).toContainEqual(['ближайшее время', 'FUTURE_REF', '']);
    expect(v).toContainEqual(['сейчас', 'PRESENT_REF', '']);
    expect(v).toContainEqual(['недавно', 'PAST_REF', '']);
  });

  it('mark approximate clock times and lengths, read halves, a month or season with its year, and a stamp’s abbreviated month', () => {
    const v = values('Встреча началась около 18:00 по московскому времени и продолжалась около трех с половиной часов, а перерыв длился около часа. С марта 2022 года и с весны 2022 года переговоров не было. Накануне вечером Песков заявил, что ответа нет. 19 фев 2025 года стороны встретились.', '2022-09-10');
    expect(v).toContainEqual(['около 18:00 по московскому времени', '2022-09-10T18:00', 'APPROX']);
    expect(v).toContainEqual(['около трех с половиной часов', 'PT3H30M', 'APPROX']);
    expect(v).toContainEqual(['около часа', 'PT1H', 'APPROX']);
    expect(v).toContainEqual(['марта 2022 года', '2022-03', '']);
    expect(v).toContainEqual(['весны 2022 года', '2022-SP', '']);
    expect(v).toContainEqual(['Накануне вечером', '2022-09-09TEV', '']);
    expect(v.find((t) => t[0]!.startsWith('19 фев'))?.[1]).toBe('2025-02-19');
    // A day and a clock time joined by "в" are two expressions; the clock time's value carries the day.
    const w = values('Разговор состоится в пятницу в 22:30 мск, а итоги подведут сегодня в 23:30 по московскому времени.', '2021-12-29');
    expect(w).toEqual([
      ['пятницу', '2021-12-31', ''],
      ['22:30 мск', '2021-12-31T22:30', ''],
      ['сегодня', '2021-12-29', ''],
      ['23:30 по московскому времени', '2021-12-29T23:30', ''],
    ]);
  });

  it('value recurrences, lengths back from now or left open, lengths as adjectives, seasons in the genitive and ranges', () => {
    const v = values('Брифинги проходят по средам или четвергам, еженедельное совещание отменено. За последние 30 лет и в последние месяцы, все эти годы и десятилетиями стороны спорили. После почти пятимесячного перерыва начался двухдневный визит, 24-часовое перемирие продлят до осени. Форум пройдет 30 июня – 1 июля, а с 00:00 мск 20 июля сделка прекращена.', '2023-05-17');
    expect(v).toContainEqual(['по средам', 'XXXX-WXX-3', '']);
    expect(v).toContainEqual(['четвергам', 'XXXX-WXX-4', '']);
    expect(v).toContainEqual(['еженедельное', 'P1W', '']);
    expect(v).toContainEqual(['последние 30 лет', 'P30Y', '']);
    expect(v).toContainEqual(['последние месяцы', 'PXM', '']);
    expect(v).toContainEqual(['все эти годы', 'PXY', '']);
    expect(v).toContainEqual(['десятилетиями', 'PXDE', '']);
    expect(v).toContainEqual(['почти пятимесячного', 'P5M', 'APPROX']);
    expect(v).toContainEqual(['двухдневный', 'P2D', '']);
    expect(v).toContainEqual(['24-часовое', 'PT24H', '']);
    expect(v).toContainEqual(['осени', '2023-FA', '']);
    expect(v).toContainEqual(['30 июня – 1 июля', 'P2D', '']);
    expect(v).toContainEqual(['00:00 мск 20 июля', '2023-07-20T00:00', '']);
    // "завтра, 18 мая" is one day; a date on the next line is not joined to a clock time before it.
    expect(values('Голосование состоится завтра, 18 мая.', '2023-05-17')).toEqual([['завтра, 18 мая', '2023-05-18', '']]);
    expect(values('24.06.2022 10:15\n23 июня в Тегеране прошли переговоры.', '2022-06-24').map((t) => t[0])).toEqual(['24.06.2022', '10:15', '23 июня']);
  });
  it('point a weekday ahead with any present-form verb, past with a participle, and read past a quoted name', () => {
    // Wednesday 29 November 2023.
    const d = '2023-11-29';
    expect(values('Делегация вылетит в Скопье в ночь на четверг.', d)).toContainEqual(['в ночь на четверг', '2023-11-29TNI', '']);
    expect(values('Госсекретарь покинет Скопье уже в четверг.', d)).toContainEqual(['четверг', '2023-11-30', '']);
    expect(values('Председатель КНР пробудет в Москве до среды.', '2023-03-20')).toContainEqual(['среды', '2023-03-22', '']);
    expect(values('Гутерриш примет участие во встрече в формате «БРИКС плюс» в четверг.', '2024-10-23')).toContainEqual(['четверг', '2024-10-24', '']);
    // A past participle is the past, though the sentence's verb is a present (говорится).
    expect(values('В декларации, согласованной в субботу, говорится о мире.', '2023-09-11')).toContainEqual(['субботу', '2023-09-09', '']);
    // A noun that ends like a present verb (визит, саммит) is no future.
    expect(values('Визит в четверг, саммит в пятницу.', '2023-11-29').map((t) => t[1])).not.toContain('2023-11-30');
  });

  it('value a part of "the same day" (the day the text speaks of), a year written "2021-го", incomplete lengths, and the past of a perfective gerund', () => {
    expect(values('Разговор прошел в среду. Об этом сообщили вечером того же дня.', '2025-02-13')).toContainEqual(['вечером того же дня', '2025-02-12TEV', '']);
    expect(values('Встреча прошла в июне 2021-го.', '2025-08-16')).toContainEqual(['июне 2021-го', '2021-06', '']);
    expect(values('Переговоры длились неполные два часа.', '2025-05-17')).toContainEqual(['неполные два часа', 'PT2H', 'APPROX']);
    expect(values('Путин выступил, напомнив о референдуме 6 октября.', '2024-11-28')).toContainEqual(['6 октября', '2024-10-06', '']);
  });

  it('value a range "с … по …" and last night', () => {
    expect(values('Саммит пройдет с 22 по 24 октября.', '2023-05-24')).toEqual([['22 по 24 октября', 'P3D', '']]);
    expect(values('Прошлой ночью Киев атаковал объекты.', '2023-05-24')).toEqual([['Прошлой ночью', '2023-05-23TNI', '']]);
  });

  it('take no age or sum for a time', () => {
    const v = values('Лавров, которому в возрасте 71 года, сообщил о кредите в 5 млн долларов.');
    expect(v.map((t) => t[0])).not.toContain('5');
    expect(v.some((t) => /71/.test(t[0]!))).toBe(false);
  });
});

describe('Russian attribution', () => {
  const text = [
    'Пресс-секретарь президента России Дмитрий Песков заявил в среду журналистам, что телефонный разговор Владимира Путина и Джо Байдена состоится поздно вечером в четверг.',
    '"Разговор будет продолжаться около часа", — сказал Песков.',
    'Он также отметил, что инициатором разговора выступила американская сторона.',
    'По словам официального представителя МИД России Марии Захаровой, Россия не вернется к "железному занавесу".',
    'В Кремле заявили, что проект соглашения о гарантиях безопасности был опубликован 17 декабря.',
    'Переговоры в Женеве пройдут 10 января, сообщил замглавы МИД России Сергей Рябков.',
    'Позднее Рябкова поддержал Лавров, который заявил, что Москва ждет ответа.',
  ].join(' ');
  const x = at(text);
  // One statement per speaker and reporting sentence, as the Extraction contract counts them (a speaker's
  // statements in consecutive sentences are one statement with a mention per sentence).
  const said = x.statements.flatMap((s) => s.mentions.map((m) => ({ speaker: s.speaker.actorId, sentence: text.slice(m.start, m.start + 24) })));
  const of = (start: string) => said.filter((s) => text.indexOf(start) >= 0 && s.sentence === text.slice(text.indexOf(start), text.indexOf(start) + 24)).map((s) => s.speaker);

  it('finds the speaker before the verb, after it, after a quotation and a dash, and behind по словам', () => {
    expect(of('Пресс-секретарь')).toEqual(['dmitry-peskov']);
    expect(of('"Разговор будет')).toEqual(['dmitry-peskov']);
    expect(of('По словам')).toEqual(['maria-zakharova']);
    expect(of('Переговоры в Женеве')).toEqual(['sergei-ryabkov']);
    expect(of('Позднее Рябкова')).toEqual(['sergey-lavrov']);
  });

  it('continues the last speaker after он, and lets an institution speak through its place', () => {
    expect(of('Он также отметил')).toEqual(['dmitry-peskov']);
    expect(of('В Кремле заявили')).toEqual(['russia-presidential-office']);
  });

  it('dates the saying and points every statement back to its exact words', () => {
    const peskov = x.statements.find((s) => s.speaker.actorId === 'dmitry-peskov')!;
    expect(peskov.saidAt.value).toBe('2021-12-29');
    expect(x.timeExpressions.find((t) => t.id === peskov.saidAt.timeExpressionId)?.text).toBe('среду');
    for (const s of x.statements) for (const m of s.mentions) expect(text.slice(m.start, m.end).length).toBeGreaterThan(0);
    // The event the first statement speaks of: the call, late on Thursday evening.
    const call = x.events.find((e) => e.type === 'phone-call');
    expect(call).toBeDefined();
  });

  it('reads "Об этом сообщил X" as X saying the sentence before, past title words the lexicon does not hold', () => {
    const text = 'Переговоры в Вене завершены. Об этом сообщил постпред России при международных организациях в Вене Михаил Ульянов.';
    const x = at(text);
    expect(x.statements.map((s) => s.speaker.actorId)).toEqual(['mikhail-ulyanov']);
    expect(text.slice(x.statements[0]!.content[0]!.start, x.statements[0]!.content[0]!.end)).toMatch(/^Переговоры в Вене завершены/);
    // The same name written as the gazetteer's longer form (Джозеф Байден, not Джо Байден) is the subject.
    expect(at('Джозеф Байден, в свою очередь, заявил, что Вашингтон готов к диалогу.').statements.map((s) => s.speaker.actorId)).toEqual(['joe-biden']);
  });

  // One sentence each: who speaks in it (every statement's speaker, by the sentence that reports it).
  const speakers = (text: string, published?: string) => {
    const x = at(text, published);
    return x.statements.flatMap((s) => s.mentions.map((m) => [text.slice(m.start, m.start + 16), s.speaker.actorId ?? x.actors.find((a) => a.id === s.speaker.actorId)?.names.ru[0]]));
  };
  const labels = (text: string) => {
    const x = at(text);
    return x.statements.map((s) => x.actors.find((a) => a.id === s.speaker.actorId)?.names.ru[0] ?? s.speaker.actorId);
  };
  // A passage published on 14 March 2024: its speakers' ids, and the words that name each.
  const ids = (t: string) => speakers(t, '2024-03-14').map((s) => s[1]);
  const who = (t: string) => at(t, '2024-03-14').statements.map((s) => t.slice(s.speaker.start, s.speaker.end));

  it('takes a title in the genitive after its head as the person (пресс-секретарь главы государства Дмитрий Песков)', () => {
    expect(speakers('Разговор начнется вечером, сообщил журналистам пресс-секретарь главы государства Дмитрий Песков.').map((s) => s[1])).toEqual(['dmitry-peskov']);
    expect(speakers('Заместитель министра обороны РФ Александр Фомин объявил, что войска отойдут от Киева.').map((s) => s[1])).toEqual(['alexander-fomin']);
    expect(speakers('Об этом заявил в эфире телемарафона советник главы офиса президента Украины Михаил Подоляк.\nПеремирия нет.').map((s) => s[1])).toEqual([]);
    expect(speakers('Перемирия нет, заявил в эфире телемарафона советник главы офиса президента Украины Михаил Подоляк.').map((s) => s[1])).toEqual(['mykhailo-podolyak']);
    // "после" is a preposition, not посол in the prepositional: a headline's last words are no head.
    expect(speakers('Захарова: Россия вернется в сделку после выполнения условий\nОфициальный представитель МИД России Мария Захарова на брифинге в среду заявила, что Москва готова вернуться.').map((s) => s[1])).toContain('maria-zakharova');
  });

  it('finds the subject past title words, an apposition, a relative clause and the channel before the verb', () => {
    expect(speakers('Министр инфраструктуры Украины Александр Кубраков пообещал, что Киев будет готов к отправке зерна.').map((s) => s[1])).toEqual(['oleksandr-kubrakov']);
    expect(speakers('Михаил Ульянов, постпред России при международных организациях в Вене, вчера в Twitter опроверг, что Москва тормозит переговоры.').map((s) => s[1])).toEqual(['mikhail-ulyanov']);
    expect(speakers('Член украинской делегации Давид Арахамия, который вел переговоры с Мединским, в свою очередь, сообщил, что встреча возможна.').map((s) => s[1])).toEqual(['david-arakhamia']);
    expect(speakers('Документ подписал Александр Кубраков, который заранее предупредил, что Киев не подпишет бумагу с Россией.').map((s) => s[1])).toEqual(['oleksandr-kubrakov']);
    expect(speakers('Координатор переговоров Энрике Мора, как передает агентство Рейтер, заявил, что текст окончательный.').map((s) => s[1])).toContain('enrique-mora');
    expect(speakers('INTERFAX.RU - МИД России опубликовал проекты договора с США о гарантиях безопасности.').map((s) => s[1])).toEqual(['russia-mfa']);
  });

  it('does not take the clause before a comma for the subject of a verb whose speaker follows it', () => {
    // "Иран ответит…, сообщил журналистам представитель иранской делегации": the official speaks, not Iran.
    const x = labels('Иран ответит на итоговый текст в течение нескольких дней, сообщил журналистам представитель иранской делегации.');
    expect(x).toHaveLength(1);
    expect(x[0]).not.toBe('iran');
    // A coordinated verb is the sentence's subject's, not that of the clause after "что".
    expect(speakers('Дипломат Сергей Рябков подчеркнул, что Россия не намерена нападать на Украину, и назвал опасными слухи об этом.').map((s) => s[1])).toEqual(['sergei-ryabkov']);
  });

  it('reads unnamed sources with the place they are in, and officials as a group', () => {
    const x = at('Как пояснил "Известиям" источник в МИД России, Москва рассчитывает получить ответ до конца января.');
    expect(x.statements).toHaveLength(1);
    const speaker = x.actors.find((a) => a.id === x.statements[0]!.speaker.actorId)!;
    expect(speaker.id).not.toBe('russia-mfa');
    expect(speaker.names.ru[0] ?? speaker.names.en[0]).toMatch(/источник в МИД России|source/);
    const y = at('Агентство Рейтер со ссылкой на турецких чиновников сообщило, что церемония пройдет в пятницу.');
    expect(y.statements.map((s) => s.speaker.actorId)).toContain('reuters');
    expect(y.statements.length).toBe(2);
  });

  it('continues a speaker named by a description, a generic noun of an institution, and the topic of the sentence', () => {
    const t = 'Замглавы МИД России Сергей Рябков заявил, что Москва ждет ответа. По словам дипломата, если НАТО откажется, Россия ответит.';
    expect(speakers(t).map((s) => s[1])).toEqual(['sergei-ryabkov', 'sergei-ryabkov']);
    // The nationality a description gives chooses among the last speakers.
    const u = 'Министр иностранных дел России Сергей Лавров заявил, что встреча была полезной. Госсекретарь США Энтони Блинкен сообщил, что ответ будет письменным. "Оценивать результат можно будет позже", — сказал российский министр.';
    expect(at(u).statements.flatMap((s) => s.mentions.map((m) => [u.slice(m.start, m.start + 10), s.speaker.actorId])).find(([w]) => w!.startsWith('"Оценивать'))?.[1]).toBe('sergey-lavrov');
    expect(speakers('Минобороны России выпустило заявление. Документы были переданы американской стороне в среду, сообщили в министерстве.').map((s) => s[1])).toEqual(['russia-defense-ministry']);
    expect(speakers('Пескову сегодня утром пришлось отвечать на вопросы о встрече в Анталье, и он призвал не ждать от нее прорыва.').map((s) => s[1])).toEqual(['dmitry-peskov']);
    expect(speakers('Вчера вышло интервью Путина, в котором он допустил приостановку участия России в сделке.').map((s) => s[1])).toEqual(['vladimir-putin']);
    // A capital in another case (В Киеве) speaks for its government.
    expect(speakers('В Киеве, однако, признали, что договоренности о прекращении огня нет.').map((s) => s[1])).toEqual(['ukraine']);
    expect(speakers('Он также не исключил новой встречи.', '2022-01-21')).toEqual([]);
  });

  it('reads the two sides as one subject, a document as its author, the imperfective and a participle aside', () => {
    const readout = 'Состоялся телефонный разговор Владимира Путина с Президентом Турции Реджепом Тайипом Эрдоганом. Владимир Путин подчеркнул, что Россия готова вернуться к сделке. Реджеп Тайип Эрдоган, в свою очередь, выразил надежду на скорое решение. Стороны договорились продолжить контакты.';
    expect(speakers(readout).filter(([w]) => w!.startsWith('Стороны')).map((s) => s[1]).sort()).toEqual(['recep-tayyip-erdogan', 'vladimir-putin']);
    expect(speakers('В заявлении Госдепартамента говорится, что переговоры продолжатся.').map((s) => s[1])).toEqual(['us-state-department']);
    expect(speakers('Москва не раз предупреждала, что ответит. Помощник президента России Юрий Ушаков, участвовавший в переговорах, уточнил, что встреча продлится час.').map((s) => s[1])).toEqual(['russia', 'yuri-ushakov']);
    // A description is held to the office it names: "российский министр" is the minister, not the spokesman.
    const t = 'Пресс-секретарь президента России Дмитрий Песков сообщил, что встреча пройдет в Сочи. На пресс-конференции выступил министр иностранных дел России Сергей Лавров. Российский министр пообещал, что Москва изучит предложения.';
    expect(speakers(t).find(([w]) => w!.startsWith('Российский'))?.[1]).toBe('sergey-lavrov');
    // "Что Вы ответили?" is a question, and "Что Вы" no name.
    expect(at('Что Вы ответили американским коллегам?').actors.filter((a) => a.id.startsWith('new-'))).toEqual([]);
  });

  it('reads names written with initials, after their titles and asides', () => {
    expect(speakers('В. Мединский по итогам встречи констатировал, что переговоры были конструктивными.').map((s) => s[1])).toEqual(['vladimir-medinsky']);
    expect(labels('Председатель Совета Федерации В. Матвиенко высказалась за то, чтобы не торопиться с оценками.')).toEqual(['В. Матвиенко']);
    expect(labels('Председатель комитета Госдумы по международным делам Л. Слуцкий, входивший в состав делегации, убежден, что встреча пройдет.')).toEqual(['Л. Слуцкий']);
    // "Постпред России при ООН Василий Небензя": past the names the title holds.
    expect(speakers('Постпред России при ООН Василий Небензя убежден, что продление невозможно.').map((s) => s[1])).toEqual(['vassily-nebenzia']);
  });

  it('takes "Об этом … на брифинге" as the sentence before, a country’s foreign-policy department as its ministry, and "в прошлом месяце" as a month', () => {
    const t = 'Переговоры Лаврова и Чавушоглу пройдут в Анталье 10 апреля. Об этом сообщила во вторник официальный представитель МИД России Мария Захарова на брифинге.';
    const x = at(t, '2022-04-05');
    expect(x.statements.map((s) => s.speaker.actorId)).toEqual(['maria-zakharova']);
    expect(t.slice(x.statements[0]!.content[0]!.start, x.statements[0]!.content[0]!.end)).toMatch(/^Переговоры Лаврова и Чавушоглу/);
    expect(speakers('В турецком внешнеполитическом ведомстве подтвердили, что встреча состоится.').map((s) => s[1])).toEqual(['turkey-mfa']);
    const y = at('В прошлом месяце Сергей Лавров заявил, что Москва готова к диалогу.', '2022-04-05');
    expect(y.statements.map((s) => s.speaker.actorId)).toEqual(['sergey-lavrov']);
    expect(y.timeExpressions.map((e) => [e.text, e.value])).toEqual([['прошлом месяце', '2022-03']]);
  });

  it('reads "следует из заявления X", "как стало известно ТАСС", a description after the verb, and a press service’s statement', () => {
    expect(speakers('Москва не против продления сделки на 60 дней, следует из заявления официального представителя МИД Марии Захаровой.').map((s) => s[1])).toEqual(['maria-zakharova']);
    expect(speakers('Как стало известно ТАСС, переговоры продолжатся в пятницу.').map((s) => s[1])).toEqual(['tass']);
    const t = 'Министр иностранных дел Великобритании Лиз Трасс заявила, что санкции будут жесткими. "Диалог возможен только при деэскалации", считает британский министр.';
    expect(speakers(t).map((s) => s[1])).toEqual(['liz-truss', 'liz-truss']);
    expect(speakers('Стороны обсудили Украину, говорится в сообщении пресс-службы Кремля.').map((s) => s[1])).toEqual(['russia-presidential-office']);
    // An outlet by its Latin name; "пресс-служба организации" is the organisation named before.
    expect(speakers('Переговоры будут долгими, сообщает CNN.').map((s) => s[1])).toEqual(['cnn']);
    expect(speakers('Сделка продлена. ООН приветствует это решение, сообщает пресс-служба организации.').map((s) => s[1])).toEqual(['un']);
  });

  it('knows the other verbs a newsroom writes for "said", nominal attributions, and presents of attitude only outside another saying', () => {
    for (const [sentence, id] of [
      ['Песков заметил, что разговор будет долгим.', 'dmitry-peskov'],
      ['Лавров объяснил, что Москва ждет ответа.', 'sergey-lavrov'],
      ['Захарова раскритиковала решение Вашингтона.', 'maria-zakharova'],
      ['Москва готова к диалогу, указывает Песков.', 'dmitry-peskov'],
      ['Как утверждал ранее Песков, диалог невозможен.', 'dmitry-peskov'],
      ['По оценке Пескова, ситуация остается напряженной.', 'dmitry-peskov'],
      ['Песков обратил внимание, что Москва не получила ответа.', 'dmitry-peskov'],
      ['Рябков предостерег Вашингтон от новых санкций.', 'sergei-ryabkov'],
    ] as const)
      expect(speakers(sentence).map((s) => s[1]), sentence).toEqual([id]);
    // "…сказал, что Анкара надеется…": the hope is part of what Lavrov said, not a statement of Ankara's.
    expect(speakers('Лавров сказал, что Анкара надеется на продление сделки.').map((s) => s[1])).toEqual(['sergey-lavrov']);
    expect(speakers('Анкара надеется на продление сделки.').map((s) => s[1])).toEqual(['turkey']);
  });

  it('reads a topic clause before the verb, patronymics, heads of government, and a name first written in an oblique case', () => {
    expect(labels('Встреча пройдет завтра. О том, чего ждут от нее в Москве, в интервью «Известиям» рассказал заместитель министра иностранных дел РФ Михаил Галузин.')).toEqual(['Михаил Галузин']);
    expect(speakers('Как отметил по его итогам Сергей Викторович Лавров, удалось сблизить позиции.').map((s) => s[1])).toEqual(['sergey-lavrov']);
    expect(labels('Премьер-министр Армении Никол Пашинян в понедельник заявил, что Ереван готов к миру.')).toEqual(['Никол Пашинян']);
    expect(labels('Министр иностранных дел Северной Македонии Буяр Османи подтвердил приглашение.')).toEqual(['Буяр Османи']);
    // Introduced in the genitive, named again in the nominative: one actor, named as the nominative writes it.
    const x = at('Интервью заместителя министра иностранных дел России Михаила Галузина\nРазговор был трудным, сказал заместитель министра иностранных дел России Михаил Галузин.');
    expect(x.actors.filter((a) => a.id.startsWith('new-')).map((a) => a.names.ru[0])).toEqual(['Михаил Галузин']);
    expect(nominativeOf('Михаила Галузина')).toBe('Михаил Галузин');
    expect(nominativeOf('Марии Захаровой')).toBe('Мария Захарова');
    expect(nominativeOf('Владимира Зеленского')).toBe('Владимир Зеленский');
  });

  it('gives a statement’s "we" to its author, a side by its nationality, and a plural verb no single person for its subject', () => {
    // A ministry's statement: the first line names its author.
    const doc = 'Заявление МИД России в связи с приостановлением Договора\nРешение стало вынужденным. Подчеркиваем, что принятое решение обратимо. Вместе с тем заявляем, что Россия будет соблюдать ограничения.';
    expect(speakers(doc).map((s) => s[1])).toEqual(['russia-mfa', 'russia-mfa']);
    // A deputy foreign minister's "мы" is his ministry.
    expect(speakers('Заместитель министра иностранных дел РФ Михаил Галузин дал интервью. Мы неоднократно подчеркивали, что готовы помочь.').map((s) => s[1])).toEqual(['russia-mfa']);
    expect(labels('Встреча прошла. Гвинейская сторона уведомила нас, что пролет запрещен.')).toEqual(['Гвинейская сторона']);
    // A side of a state the gazetteer holds is that state.
    expect(speakers('Встреча прошла. Болгарская сторона уведомила нас, что пролет запрещен.').map((s) => s[1])).toEqual(['bulgaria']);
    expect(speakers('Российская сторона вернула 248 военнослужащих, в обмен Украине переданы 230 человек, сообщили в среду в Минобороны России.').map((s) => s[1])).toEqual(['russia-defense-ministry']);
    expect(speakers('Минобороны России провело обмен. Все освобожденные доставлены в Москву, говорится в сообщении ведомства.').map((s) => s[1])).toEqual(['russia-defense-ministry']);
  });

  it('reads outlets in quotation marks, press services, bodies the gazetteer lacks, senior unnamed officials', () => {
    expect(labels('Гутерриш прилетит вечером. По данным «Татар-информа», самолет ожидается ночью.')).toEqual(['Татар-информ']);
    expect(labels('Переговоры сорвались, пишет «Фонтанка».')).toEqual(['Фонтанка']);
    expect(speakers('Переговоры сорвались, пишет «Коммерсантъ».').map((s) => s[1])).toEqual(['kommersant']);
    expect(speakers('Лавров провел переговоры, как передает ТАСС со ссылкой на пресс-службу Кремля.').map((s) => s[1])).toContain('russia-presidential-office');
    expect(labels('Урожай будет рекордным, как пояснили в краевом министерстве сельского хозяйства.')).toEqual(['краевое министерство сельского хозяйства']);
    expect(labels('В Госдуме считают, что сделка выгодна.')).toEqual(['Госдума']);
    expect(labels('Высокопоставленный представитель Госдепартамента, пожелавший остаться неназванным, уточнил, что встреча была короткой.')).toEqual(['Высокопоставленный представитель Госдепартамента']);
    // A generic noun alone is the body named before it, not a new one.
    expect(speakers('МИД России вызвал посла. Как уточнили в министерстве, ноту вручили утром.').map((s) => s[1])).toEqual(['russia-mfa']);
  });

  it('keeps the verbs after a line’s "Name:" in that speaker’s words, and takes no outlet for the subject of a plural verb', () => {
    expect(speakers('Обмен состоялся\nЗахарова: Блинкен сам попросил Лаврова о разговоре.').map((s) => s[1])).toEqual(['maria-zakharova']);
    expect(speakers('Переговоры прошли в Минске. Об этом ТАСС сообщили в МИД России.').map((s) => s[1])).toEqual(['russia-mfa']);
  });

  it('reads a person no title introduces as the subject of a reporting verb, an envoy’s "по …", a gerund aside and a Latin outlet', () => {
    expect(labels('Встреча прошла. Рахул Ганди, передавая молоток президенту Бразилии, предложил провести саммит.')).toEqual(['Рахул Ганди']);
    expect(labels('Обмен прошел. Татьяна Москалькова, как передает ТАСС, сообщила, что обмен состоялся.')).toContain('Татьяна Москалькова');
    expect(labels('Переговоры прошли. Ереван готов к миру, заявил Роберт Кочарян.')).toEqual(['Роберт Кочарян']);
    // A surname alone, in a surname's shape, opening a sentence before a reporting verb; not a country.
    expect(labels('Переговоры прошли. Кочарян заявил, что Ереван готов к миру.')).toEqual(['Кочарян']);
    expect(speakers('Переговоры прошли. Британия заявила, что поддержит Киев.').map((s) => s[1])).toEqual(['united-kingdom']);
    // Two capitalised words that are no speaker make no person.
    expect(at('Переговоры прошли. Москва Сити открылась вчера.').actors.filter((a) => a.id.startsWith('new-'))).toEqual([]);
    expect(labels('Переговоры прошли. Спецпредставитель президента России по Сирии Александр Лаврентьев признал, что прогресса нет.')).toEqual(['Александр Лаврентьев']);
    expect(labels('Переговоры прошли. Как пишет газета Financial Times, стороны близки к сделке.')).toEqual(['Financial Times']);
  });

  it('names an office by its country’s adjective, finds where it is held, and gives each of two joined subjects the statement', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2023-05-24').map((s) => s[1]);
    expect(ids('Глава российской дипломатии подчеркнул, что Москва открыта к переговорам.')).toEqual(['sergey-lavrov']);
    expect(ids('Турецкий лидер пообещал продолжить посредничество.')).toEqual(['recep-tayyip-erdogan']);
    expect(ids('Пресс-служба Кремля сообщила, что разговор продлился час.')).toEqual(['russia-presidential-office']);
    expect(labels('Переговоры прошли. Посол России в США Анатолий Антонов заявил, что Вашингтон затягивает процесс.')).toEqual(['Анатолий Антонов']);
    expect(ids('Лавров и Блинкен договорились продолжить контакты.')).toEqual(['sergey-lavrov', 'antony-blinken']);
    expect(ids('Стороны договорились продолжить контакты.')).toEqual([]);
  });

  it('reads a quotation on the line after "заявил:", a counterpart, ministries as news writes them, capitals and unnamed experts', () => {
    expect(speakers('Переговоры прошли.\nПесков заявил:\n«Россия не намерена отказываться от своих целей».').map((s) => s[1])).toEqual(['dmitry-peskov']);
    expect(speakers('Путин и Эрдоган провели переговоры в Сочи. Президент России заявил, что Москва готова. Его турецкий коллега выразил надежду на скорое решение.').map((s) => s[1])).toEqual(['vladimir-putin', 'recep-tayyip-erdogan']);
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2023-05-24').map((s) => s[1]);
    expect(ids('Министерство обороны России подтвердило возобновление участия в соглашении.')).toEqual(['russia-defense-ministry']);
    expect(ids('Зампред Совбеза России Дмитрий Медведев написал в соцсети X, что удары не достигли цели.')).toEqual(['dmitry-medvedev']);
    expect(ids('Мирный договор близок, как сообщили ранее в Ереване.')).toEqual(['armenia']);
    // An indeclinable capital matches only as written: Токаев is not Токио.
    expect(labels('Переговоры прошли. «Мы готовы», – заявил Касым-Жомарт Токаев на брифинге.')).toEqual(['Касым-Жомарт Токаев']);
    expect(labels('«Это тупик», – считает опрошенный «МК» политолог-американист.')).toHaveLength(1);
    expect(labels('Политолог Федор Лукьянов считает, что сделка возможна.')).toEqual(['Федор Лукьянов']);
    // An adjective opening the sentence is no aside: the speaker follows the verb.
    expect(ids('Российская сторона готова содействовать Казахстану, сказал Путин, напомнив о результатах референдума.')).toEqual(['vladimir-putin']);
  });

  it('reads a transcript’s turns (В.Путин: …; Д.Трамп (как переведено): …) and gives "Напомню" to the turn’s speaker', () => {
    const text = 'Стенограмма переговоров\nД.Трамп (как переведено): Спасибо, Президент Путин. Это большая честь.\nВ.Путин: Уважаемый господин Президент! Напомню, что встреч не было давно.\nД.Трамп (как переведено): Я согласен.';
    expect(speakers(text).map((s) => s[1])).toEqual(['donald-trump', 'vladimir-putin', 'vladimir-putin', 'donald-trump']);
  });

  it('reads a source who told an agency, the same source again, who an agency quotes, a bare description carrying the topic on, and two of three names', () => {
    const ids = (t: string) => speakers(t).map((s) => s[1]);
    const src = labels('Как сообщил ТАСС источник в дипломатических кругах, встреча готовится. Как пояснил собеседник агентства, сроки пока не определены.');
    expect(src).toHaveLength(2);
    expect(new Set(src).size).toBe(1);
    expect(ids('«Мы открыты», — цитирует Пескова ТАСС.')).toEqual(['dmitry-peskov']);
    expect(ids('Захарова провела брифинг в четверг. Дипломат призвала Вашингтон к сдержанности. Она также выразила надежду на диалог.')).toEqual(['maria-zakharova', 'maria-zakharova']);
    expect(ids('Переговоры прошли. Амир Абдоллахиян, в свою очередь, сообщил, что Тегеран готов.')).toEqual(['hossein-amir-abdollahian']);
  });

  it('reads documents as their authors: past an aside, after a relative, and a body the gazetteer lacks', () => {
    const ids = (t: string) => speakers(`Переговоры прошли. ${t}`).map((s) => s[1]);
    expect(ids('В сообщении МИД КНР, распространенном по итогам переговоров, говорится, что стороны договорились.')).toEqual(['china-mfa']);
    expect(ids('Захаровой задали вопрос о заявлении Минобороны России, в котором говорится, что суда будут досматриваться.')).toEqual(['russia-defense-ministry']);
    expect(labels('Переговоры прошли. Обмен завершен, говорится в заявлении Национальной разведывательной организации Турции (MIT).')).toEqual(['Национальной разведывательной организации Турции']);
  });

  it('lets a body speak through its place: an embassy, a government, a ministry by its country’s adjective; not Brussels alone', () => {
    expect(labels('Встреча прошла. В посольстве России в США заявили, что обвинения беспочвенны.')).toEqual(['посольство России в США']);
    expect(labels('Встреча прошла. В правительстве Израиля сообщили, что делегация вылетела.')).toEqual(['правительство Израиля']);
    expect(speakers('Встреча прошла. В российском МИД заявили, что ответ последует.').map((s) => s[1])).toEqual(['russia-mfa']);
    expect(speakers('Встреча прошла. В Брюсселе заявили о новом пакете санкций.')).toEqual([]);
  });

  it('reads outlets: a Latin name after its noun stops at the Cyrillic, "стало известно «Интерфаксу»", "как отмечает «Коммерсантъ»"', () => {
    expect(speakers('Переговоры прошли. Об этом сообщает агентство Bloomberg со ссылкой на источники.').map((s) => s[1])).toHaveLength(2);
    expect(labels('Переговоры прошли. Об этом сообщает агентство Bloomberg со ссылкой на источники.')[0]).toBe('Bloomberg');
    expect(labels('Переговоры прошли. Как отмечает «Коммерсантъ», решение пока не принято.')).toEqual(['Коммерсантъ']);
    expect(speakers('Переговоры прошли. Как стало известно «Интерфаксу», документ готов.')).toHaveLength(1);
  });

  it('reads a gerund of saying where no verb of saying came before it, adjectives before a title, and a body in the genitive before a name', () => {
    const ids = (t: string) => speakers(`Переговоры прошли. ${t}`).map((s) => s[1]);
    expect(ids('В своем выступлении Лавров также коснулся ситуации на Ближнем Востоке, заявив, что Москва поддерживает перемирие.')).toEqual(['sergey-lavrov']);
    // After a verb of saying, the gerund is part of that statement.
    expect(ids('Песков сказал, что встреча пройдет в пятницу, добавив, что повестка еще обсуждается.')).toEqual(['dmitry-peskov']);
    expect(labels('Переговоры прошли. Первый заместитель постпреда России при ООН Дмитрий Полянский написал в соцсети X, что заседание бессмысленно.')).toEqual(['Дмитрий Полянский']);
    expect(labels('Переговоры прошли. Спикер Госдумы Вячеслав Володин заявил, что парламент поддержит решение.')).toEqual(['Вячеслав Володин']);
  });

  it('reads "— так прокомментировал ситуацию X", an administration by its president, a general staff, a ministry by its country', () => {
    expect(speakers('Переговоры прошли. «Мы готовы к диалогу» — так прокомментировал ситуацию Песков.').map((s) => s[1])).toEqual(['dmitry-peskov']);
    expect(labels('Встреча прошла. В администрации Трампа сообщили, что встреча возможна.')).toEqual(['администрация Трампа']);
    expect(labels('Встреча прошла. В Генштабе ВСУ сообщили об атаке.')).toEqual(['Генштаб ВСУ']);
    expect(speakers('Встреча прошла. В американском Госдепе заявили, что ждут ответа.').map((s) => s[1])).toEqual(['us-state-department']);
  });

  it('reads two speakers in one sentence, joined by а, однако, тогда как', () => {
    const ids = (t: string) => speakers(`Переговоры прошли. ${t}`).map((s) => s[1]);
    expect(ids('Лавров заявил, что Москва готова к переговорам, а Блинкен отметил, что Вашингтон ждет конкретики.')).toEqual(['sergey-lavrov', 'antony-blinken']);
    expect(ids('Песков сообщил, что встреча состоится, однако Ушаков уточнил, что дата пока не определена.')).toEqual(['dmitry-peskov', 'yuri-ushakov']);
    expect(ids('По словам Лаврова, Москва готова, тогда как Блинкен считает, что время для переговоров не пришло.')).toEqual(['sergey-lavrov', 'antony-blinken']);
  });

  it('reads a document’s author in the forms a newsroom writes it', () => {
    const ids = (t: string) => speakers(`Переговоры прошли. ${t}`).map((s) => s[1]);
    expect(ids('Согласно заявлению Кремля, встреча пройдет в Женеве.')).toEqual(['russia-presidential-office']);
    expect(ids('Об этом сообщается на сайте МИД России.')).toEqual(['russia-mfa']);
    expect(ids('В документе, опубликованном на сайте Кремля, подчеркивается, что стороны договорились.')).toEqual(['russia-presidential-office']);
    expect(ids('Из заявления МИД России следует, что ответ будет.')).toEqual(['russia-mfa']);
    expect(ids('В совместном заявлении России и Китая подчеркивается, что стороны против санкций.')).toEqual(['russia', 'china']);
    expect(ids('Как указывается в документе Госдепартамента, санкции продлены.')).toEqual(['us-state-department']);
    expect(ids('В опубликованном Кремлем заявлении говорится, что Путин поздравил лидера.')).toEqual(['russia-presidential-office']);
    expect(ids('МИД России опубликовал заявление. В нем, в частности, говорится, что Москва готова к диалогу.')).toEqual(['russia-mfa', 'russia-mfa']);
  });

  it('reads unnamed sources and officials in the forms a newsroom writes them, alone and in groups', () => {
    const one = (t: string) => labels(`Переговоры прошли. ${t}`);
    expect(one('Источник, знакомый с ходом переговоров, сообщил РИА Новости, что встреча готовится.')).toHaveLength(1);
    expect(one('Источник, знакомый с ходом переговоров, сообщил РИА Новости, что встреча готовится.')[0]).not.toBe('ria-novosti');
    expect(one('Неназванный американский чиновник сообщил CNN, что санкции продлят.')[0]).toBe('Неназванный американский чиновник');
    expect(one('Собеседник агентства в МИД не исключил, что встреча пройдет в Минске.')).toHaveLength(1);
    expect(one('Представитель одной из делегаций, пожелавший остаться неназванным, рассказал, что атмосфера была напряженной.')).toEqual(['Представитель одной из делегаций']);
    expect(one('Как рассказали «Коммерсанту» два источника в дипломатических кругах, стороны близки к сделке.')).toEqual(['два источника в дипломатических кругах']);
    expect(one('Дипломатические источники в Брюсселе сообщили, что пакет санкций согласован.')).toEqual(['Дипломатические источники в Брюсселе']);
    expect(one('Западные дипломаты полагают, что переговоры затянутся.')).toHaveLength(1);
    expect(one('Источники Reuters утверждают, что встреча пройдет в Эр-Рияде.')).toHaveLength(1);
  });

  it('reads "по информации издания" as the outlet named before', () => {
    expect(speakers('Как пишет газета Financial Times, стороны близки к сделке. По информации издания, встреча пройдет в Женеве.').map((s) => s[1])).toHaveLength(2);
    expect(new Set(labels('Как пишет газета Financial Times, стороны близки к сделке. По информации издания, встреча пройдет в Женеве.'))).toEqual(new Set(['Financial Times']));
  });

  it('reads a statement made or a position voiced, and a subject after "на вопрос журналистов"', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`).map((s) => s[1]);
    expect(ids('Эти заявления Лавров сделал на совместной пресс-конференции с Фиданом.')).toEqual(['sergey-lavrov']);
    expect(ids('С таким заявлением выступил глава МИД России Сергей Лавров.')).toEqual(['sergey-lavrov']);
    expect(ids('Соответствующее заявление сделал Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('Такую позицию озвучил Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('В ответ на вопрос журналистов Песков сказал, что дата не определена.')).toEqual(['dmitry-peskov']);
    // "сделал" with no statement is no saying.
    expect(ids('Песков сделал паузу.')).toEqual([]);
  });

  it('reads a digest’s lines opened by an emoji, and does not take whom one spoke with for the speaker', () => {
    expect(speakers('Обмен состоялся\n🔹 Песков: обмен не стоит считать шагом к нормализации отношений.').map((s) => s[1])).toEqual(['dmitry-peskov']);
    const x = labels('Пол Уилан, которого обменять не удалось, признал в разговоре с CNN, что разочарован.');
    expect(x).toEqual(['Пол Уилан']);
  });

  it('keeps a quotation nested inside direct speech in what was said (« … „зерновая сделка“ … »)', () => {
    const text = '«Мы не допустим, чтобы „зерновая сделка“ превратилась в инструмент шантажа», — заявил Лавров журналистам.';
    const x = at(text);
    expect(x.statements).toHaveLength(1);
    const c = x.statements[0]!.content[0]!;
    expect(text.slice(c.start, c.end)).toBe('Мы не допустим, чтобы „зерновая сделка“ превратилась в инструмент шантажа');
  });

  it('reads a document whose authors follow the passive verb, each of two joined, and a group by its summit', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2024-03-14').map((s) => s[1]);
    expect(ids('Стороны продолжат диалог, говорится в совместном заявлении России и Китая.')).toEqual(['russia', 'china']);
    expect(ids('Стороны продолжат диалог, говорится в опубликованном в субботу итоговом документе саммита БРИКС.')).toEqual(['brics']);
    expect(ids('В итоговой декларации саммита ШОС говорится, что стороны продолжат диалог.')).toEqual(['sco']);
    // A summit that says nothing is no speaker.
    expect(ids('В Казани открылся саммит БРИКС.')).toEqual([]);
  });

  it('reads initials after the verb, a declined abbreviation in a title, and an outlet aside without "как"', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2024-03-14').map((s) => s[1]);
    expect(ids('«Мы готовы», — резюмировал в разговоре с журналистами В. Мединский.')).toEqual(['vladimir-medinsky']);
    expect(ids('«Мы готовы», — сказал В.В. Путин.')).toEqual(['vladimir-putin']);
    expect(ids('Глава МИДа России заявил, что переговоры продолжатся.')).toEqual(['sergey-lavrov']);
    expect(ids('МИД ОАЭ, сообщает WAM, выразил признательность обеим сторонам.')).toEqual(['wam', 'uae-mfa']);
  });

  it('carries он/она to the person who opens the sentence before, by the surname’s gender, and a second verb to its subject', () => {
    expect(ids('Песков провел брифинг. «Мы готовы», — сказал он журналистам.')).toEqual(['dmitry-peskov']);
    expect(ids('Захарова провела брифинг. «Мы готовы», — сказал он журналистам.')).toEqual([]);
    expect(ids('Рябков отказался от комментариев, но предупредил, что переговоры будут трудными.')).toEqual(['sergei-ryabkov']);
    // Not past a clause of its own: the second verb there is another subject's.
    expect(ids('Рябков сообщил, что Лавров прибыл в Женеву, и предупредил, что переговоры будут трудными.')).toEqual(['sergei-ryabkov']);
  });

  it('finds outlets the gazetteer lacks where they speak, and the unnamed they cite', () => {
    const who = (t: string) => {
      const x = at(t, '2024-03-14');
      return x.statements.map((s) => t.slice(s.speaker.start, s.speaker.end));
    };
    expect(who('По данным Bloomberg, Саудовская Аравия готова принять встречу.')).toEqual(['Bloomberg']);
    expect(who('Как выяснила Financial Times, Еврокомиссия рассматривает вариант кредита.')).toEqual(['Financial Times']);
    expect(who('Bloomberg со ссылкой на осведомленных лиц сообщил, что встреча пройдет в сентябре.')).toEqual(expect.arrayContaining(['Bloomberg', 'осведомленных лиц']));
    expect(who('«Ведомости» со ссылкой на суданский военный источник сообщают о переносе встречи.')).toEqual(expect.arrayContaining(['суданский военный источник']));
    // A Latin name that does not speak is no outlet.
    expect(who('Делегации встретились в отеле Four Seasons.')).toEqual([]);
  });

  it('reads a general office with its state and no name, a verb that opens its sentence with its subject at the end, and two titled subjects', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2024-03-14').map((s) => s[1]);
    expect(ids('Министр иностранных дел Китая дал понять, что Пекин не будет присоединяться к санкциям.')).toEqual(['wang-yi']);
    expect(ids('Генсек НАТО заявил, что встреча пройдет.')).toEqual(['jens-stoltenberg']);
    // An adviser of the president is not the president.
    expect(ids('Советник президента Турции заявил, что встреча пройдет.')).toEqual([]);
    expect(ids('Отметил важность сохранения канала связи между военными и министр обороны США Ллойд Остин.')).toEqual(['lloyd-austin']);
    expect(ids('Рассказал о встрече с Путиным и Песковым.')).toEqual([]);
    expect(ids('Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян заявили о готовности продолжить работу.')).toEqual(['ilham-aliyev', 'nikol-pashinyan']);
    expect(ids('Россия готова к диалогу, сказал через несколько часов после встречи Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('«Мы не видим оснований», — сказал в среду в Анкаре министр иностранных дел Турции Хакан Фидан.')).toEqual(['hakan-fidan']);
  });

  it('reads new persons of three words and past a channel, a ministry by its state, bodies in the nominative, and outlets after an adjective', () => {
    const who = (t: string) => {
      const x = at(`Переговоры прошли в Москве. ${t}`, '2024-03-14');
      const text = `Переговоры прошли в Москве. ${t}`;
      return x.statements.map((s) => text.slice(s.speaker.start, s.speaker.end));
    };
    expect(who('Ким Хон Гюн призвал Москву немедленно прекратить сотрудничество.')).toEqual(['Ким Хон Гюн']);
    expect(who('Хикмет Гаджиев в беседе с Trend отметил, что встреча важна.')).toEqual(['Хикмет Гаджиев']);
    // Хань is no form of Хант or Хания.
    expect(who('Хань Чжэн отметил, что приграничные регионы важны.')).toEqual(['Хань Чжэн']);
    expect(who('Владимир Кара-Мурза, проведший в заключении 27 месяцев, рассказал, что его не предупредили.')).toEqual(['Владимир Кара-Мурза']);
    // A ministry named by a state the gazetteer has no ministry for is that state's, not Russia's.
    const korea = at('МИД Республики Корея заявил, что встреча пройдет.', '2024-03-14');
    expect(korea.statements.map((s) => s.speaker.actorId)).not.toContain('russia-mfa');
    expect(korea.actors.find((a) => a.id === korea.statements[0]!.speaker.actorId)?.names.ru[0]).toBe('МИД Республики Корея');
    expect(who('Посольство России в Сеуле написало в своем Telegram-канале, что встреча пройдет.')).toEqual(['Посольство России в Сеуле']);
    expect(who('Как сообщает пресс-служба правительства Амурской области, мост открыт.')).toEqual(['пресс-служба правительства Амурской области']);
    expect(who('Как пишет гонконгская South China Morning Post, встреча пройдет.')).toEqual(['South China Morning Post']);
    expect(who('Как сообщал 24.kg, встреча пройдет.')).toEqual(['24.kg']);
    expect(who('Как сообщил Telegram-канал «Пул Первого», встреча пройдет.')).toEqual(['«Пул Первого»']);
  });

  it('lets bodies speak in the nominative and by place, a ministry by its state’s adjective, and groups with a number', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2024-03-14').map((s) => s[1]);
    expect(ids('Саудовский МИД приветствовал соглашение.')).toEqual(['saudi-mfa']);
    expect(ids('НАТО не планирует размещать войска, сообщили в штаб-квартире альянса в Брюсселе.')).toEqual(['nato']);
    expect(ids('Белый дом пока не комментирует сообщения о встрече.')).toEqual(['us-white-house']);
    // A belief inside words another verb attributes after them is part of those words.
    expect(ids('Москва считает недопустимыми удары, подчеркнули в российском МИД.')).toEqual(['russia-mfa']);
    const who = (t: string) => {
      const text = `Переговоры прошли в Москве. ${t}`;
      return at(text, '2024-03-14').statements.map((s) => text.slice(s.speaker.start, s.speaker.end));
    };
    expect(who('В канцелярии генерального секретаря ООН заявили, что Гутерриш не приедет.')).toEqual(['канцелярии генерального секретаря ООН']);
    expect(who('Пресс-служба президента Узбекистана сообщила, что лидеры обсудили водную проблематику.')).toEqual(['Пресс-служба президента Узбекистана']);
    // The outlet one tells is no speaker; the diplomats are.
    expect(who('Два европейских дипломата рассказали Reuters, что ЕС не будет участвовать в переговорах.')).toEqual(['Два европейских дипломата']);
    expect(who('Со ссылкой на двух американских чиновников CNN сообщил, что удар согласован.')).toEqual(['двух американских чиновников', 'CNN']);
  });

  it('takes no saying from verbs of saying in another sense', () => {
    const ids = (t: string) => speakers(`Переговоры прошли в Москве. ${t}`, '2024-03-14').map((s) => s[1]);
    expect(ids('Казахстан за последние годы заявил о себе как о надежном партнере.')).toEqual([]);
    expect(ids('Министр иностранных дел Турции Хакан Фидан отметил свой день рождения на рабочей встрече.')).toEqual([]);
    expect(ids('Военкомат Белгородской области призвал на службу около двух тысяч молодых людей.')).toEqual([]);
    expect(ids('Си Цзиньпин пожал руку Путину и пригласил его пройти в зал переговоров.')).toEqual([]);
    expect(ids('Лавров указал на необходимость диалога.')).toEqual(['sergey-lavrov']);
  });

  it('lets a document whose author is not named speak, or its author named with it a few sentences before', () => {
    const who = (t: string) => {
      const x = at(t, '2024-03-14');
      return x.statements.map((s) => [t.slice(s.speaker.start, s.speaker.end), s.speaker.actorId.startsWith('new-') ? x.actors.find((a) => a.id === s.speaker.actorId)?.names.en[0] : s.speaker.actorId]);
    };
    expect(who('В коммюнике по итогам встречи отмечается, что стороны создадут рабочую группу.')).toEqual([['коммюнике по итогам встречи', 'the communiqué']]);
    expect(who('Стороны обязуются воздерживаться от ударов, как говорится в документе.')).toEqual([['документе', 'the document']]);
    expect(who('Из текста резолюции следует, что миссия будет продлена.')).toEqual([['текста резолюции', 'the resolution']]);
    expect(who('Согласно меморандуму, подписанному в Стамбуле, ООН будет содействовать экспорту.')).toEqual([['меморандуму', 'the memorandum']]);
    expect(who('Документ предусматривает обмен пленными.')).toEqual([['Документ', 'the document']]);
    // Its author, where it is named: after the noun, after an aside, or with the same document before.
    expect(who('– Мы готовы, – говорится в заявлении, размещенном на сайте МИД Египта.').map((s) => s[1])).toEqual(['egypt-mfa']);
    expect(who('Итоговая декларация саммита ШОС опубликована. В декларации отмечается, что страны едины.').map((s) => s[1])).toEqual(['sco']);
    // A document that says nothing makes no speaker.
    expect(who('Документ подписали в Стамбуле.')).toEqual([]);
  });

  it('reads a quotation its verb interrupts, channels and circumstances opening the sentence, and bodies or persons after "по данным"', () => {
    const who = (t: string) => {
      const x = at(t, '2024-03-14');
      return x.statements.map((s) => t.slice(s.speaker.start, s.speaker.end));
    };
    const q = '«Мы открыты для переговоров, — заявил Аракчи, — но не под угрозой военных ударов».';
    const x = at(q, '2024-03-14');
    expect(x.statements.map((s) => s.speaker.actorId)).toEqual(['abbas-araghchi']);
    expect(x.statements[0]!.content.map((c) => q.slice(c.start, c.end))).toEqual(['Мы открыты для переговоров', 'но не под угрозой военных ударов']);
    expect(who('На еженедельном брифинге официальный представитель МИД КНР Линь Цзянь сообщил, что Пекин приветствует усилия.')).toEqual(['официальный представитель МИД КНР Линь Цзянь']);
    // The outlet an article was written for is no speaker.
    expect(who('В статье для газеты «Жэньминь жибао» Путин написал, что отношения достигли наивысшего уровня.')).toEqual(['Путин']);
    expect(who('«Хватит угроз», — написал в соцсети X премьер-министр Польши Дональд Туск.')).toEqual(['премьер-министр Польши Дональд Туск']);
    expect(who('По данным Государственной пограничной службы Украины, через пункт пропуска проходят пять тысяч человек.')).toEqual(['Государственной пограничной службы Украины']);
    expect(who('По данным Кирилла Дмитриева, американские компании проявили интерес.')).toEqual(['Кирилла Дмитриева']);
    expect(who('По данным МИД России, встреча пройдет.')).toEqual(['МИД России']);
  });

  it('reads what an outlet cites, outlets with their adjectives, witnesses, one of a group and sources close to a body', () => {
    const who = (t: string) => {
      const x = at(t, '2024-03-14');
      return x.statements.map((s) => t.slice(s.speaker.start, s.speaker.end));
    };
    expect(who('Об этом сообщает ТАСС со ссылкой на пресс-службу посольства России в Анкаре.')).toEqual(['ТАСС', 'пресс-службу посольства России в Анкаре']);
    expect(who('Иранские СМИ со ссылкой на Высший совет национальной безопасности сообщили, что делегация отправится в Маскат.')).toEqual(expect.arrayContaining(['Высший совет национальной безопасности']));
    expect(who('Об этом со ссылкой на итоговую декларацию сообщило агентство Синьхуа.')).toEqual(expect.arrayContaining(['итоговую декларацию']));
    expect(who('Японское агентство Kyodo со ссылкой на правительство страны сообщает, что Токио не будет участвовать во встрече.')).toEqual(['правительство страны', 'Kyodo']);
    expect(who('По словам очевидцев, взрывы прозвучали около трех часов ночи.')).toEqual(['очевидцев']);
    expect(who('Местные жители рассказывают, что в городе нет электричества.')).toEqual(['Местные жители']);
    expect(who('Как утверждает близкий к Кремлю источник, Путин лично утвердил состав делегации.')).toEqual(['близкий к Кремлю источник']);
    expect(who('Источники в Министерстве обороны Израиля предупреждают, что перемирие может быть сорвано.')).toEqual(['Источники в Министерстве обороны Израиля']);
    expect(who('В окружении президента Турции не исключают, что Эрдоган посетит Россию.')).toEqual(['окружении президента Турции']);
  });

  it('reads governors and other titles before a new name, a place between title and name, experts by their field, participants and staff', () => {
    const who = (t: string) => {
      const x = at(t, '2024-03-14');
      return x.statements.map((s) => t.slice(s.speaker.start, s.speaker.end));
    };
    expect(who('Губернатор Амурской области Василий Орлов в беседе с корреспондентом «Амурской правды» рассказал, что грузопоток вырастет.')).toEqual(['Василий Орлов']);
    const x = at('Президент Татарстана Рустам Минниханов в беседе с корреспондентом назвал саммит историческим.', '2024-03-14');
    expect(x.actors.find((a) => a.id === x.statements[0]?.speaker.actorId)?.names.ru[0]).toBe('Рустам Минниханов');
    expect(who('«На переговоры уйдут недели», – полагает опрошенный «Праймом» аналитик крупного банка.')).toEqual(['опрошенный «Праймом» аналитик крупного банка']);
    expect(who('«Это стратегия», – считает синолог, с которым побеседовал «Взгляд».')).toEqual(['синолог']);
    expect(who('Участники встречи выразили обеспокоенность ситуацией.')).toEqual(['Участники встречи']);
    expect(who('Как рассказал «Новой газете Европа» сотрудник одной из делегаций, встреча прошла.')).toEqual(['сотрудник одной из делегаций']);
    expect(who('В Киеве, как водится, также отреагировали на заявление.')).toEqual(['Киеве']);
  });

  it('reads a ministry in any case, a document’s author as its subject, continuations after "вместе с тем" and "как отметил", and gerunds of telling', () => {
    expect(ids('Как указано в релизе Министерства иностранных дел Турции, в переговорах примут участие три страны.')).toEqual(['turkey-mfa']);
    expect(ids('Текст заявления Госдепартамента гласит, что США не признают результаты.')).toEqual(['us-state-department']);
    expect(ids('Согласно итоговому заявлению министерской встречи ОБСЕ в Скопье, председательство перейдет к Мальте.')).toEqual(['osce']);
    // A place or a summit's quoted name in a document's description is not its author.
    expect(ids('В итоговом документе встречи Арабской контактной группы в Аммане содержится призыв к урегулированию.')).not.toContain('jordan');
    expect(ids('Генсек ООН Антониу Гутерриш приветствовал освобождение заложников. Вместе с тем он предупредил, что ситуация тяжелая.')).toEqual(['antonio-guterres', 'antonio-guterres']);
    expect(ids('Токаев провел телефонный разговор с Путиным, рассказав затем журналистам, что обсуждались поставки газа.')).toEqual(['kassym-jomart-tokayev']);
    expect(ids('Келлог прибыл в Минск. Позднее американский посланник написал в соцсети X, что беседа была хорошей.')).toEqual(['keith-kellogg']);
    expect(ids('Рябков сообщил, что переговоры отложены. Также, как отметил замминистра, Россия продолжит соблюдать ограничения.')).toEqual(['sergei-ryabkov', 'sergei-ryabkov']);
  });

  it('reads "лидеры X и Y" as the leader of each state the text named, and nobody it did not name', () => {
    expect(ids('Премьер-министр Армении Никол Пашинян прибыл в Прагу. Президент Азербайджана Ильхам Алиев тоже. В Праге лидеры Армении и Азербайджана подтвердили свою приверженность документу.')).toEqual(['nikol-pashinyan', 'ilham-aliyev']);
    expect(ids('В Праге лидеры Армении и Азербайджана подтвердили свою приверженность документу.')).toEqual([]);
  });

  it('reads long title chains: an envoy "по" five words, a bracket after the name, hyphenated initials, an ambassador of a state in another, and a known person by the surname', () => {
    expect(ids('В. Путин в ходе телефонного разговора с К.-Ж. Токаевым подчеркнул важность координации.')).toEqual(['vladimir-putin']);
    expect(ids('Координатор по стратегическим коммуникациям Совета национальной безопасности США Джон Кирби (John Kirby) заявил, что ответа нет.')).toEqual(['john-kirby']);
    expect(ids('Заместитель генерального секретаря ООН Мартин Гриффитс заявил, что инициатива работает. По оценке Гриффитса, ее прекращение ударит по беднейшим.')).toEqual(['martin-griffiths', 'martin-griffiths']);
    expect(who('Председатель комитета Госдумы по международным делам Леонид Слуцкий (ЛДПР) назвал решение демаршем.')).toEqual(['Леонид Слуцкий']);
    expect(who('Чрезвычайный и полномочный посол Республики Казахстан в Российской Федерации Даурен Абаев сообщил, что Астана ждет визита.')).toEqual(['Чрезвычайный и полномочный посол Республики Казахстан в Российской Федерации Даурен Абаев']);
    expect(who('Как рассказал «Известиям» первый заместитель постоянного представителя РФ при ООН Дмитрий Полянский, Москва запросит заседание.')).toEqual(['заместитель постоянного представителя РФ при ООН Дмитрий Полянский']);
  });

  it('lets bodies the gazetteer lacks speak in the nominative: ministries, services, commissions, one-word agencies', () => {
    expect(who('Федеральная таможенная служба сообщила, что поставки выросли.')).toEqual(['Федеральная таможенная служба']);
    expect(who('Министерство обороны КНР пригрозило ответными мерами.')).toEqual(['Министерство обороны КНР']);
    expect(who('Росавиация сообщила, что рейсы возобновлены.')).toEqual(['Росавиация']);
    expect(who('Генштаб ВСУ утверждает, что атака отбита.')).toEqual(['Генштаб ВСУ']);
    expect(who('Секретариат ОДКБ сообщил, что учения пройдут.')).toEqual(['Секретариат ОДКБ']);
    // A minister is a person, Russia a state, Minsk a city.
    expect(who('Министр подчеркнул, что условия прежние.')).toEqual([]);
    expect(who('Россия заявила, что поставки идут.')).toEqual(['Россия']);
    expect(who('Минский процесс обсуждали долго.')).toEqual([]);
  });

  it('knows the outlets Russian news cites most, and an outlet named in quotation marks before its verb', () => {
    expect(ids('Газета «Известия» сообщает, что визит готовится.')).toEqual(['izvestia']);
    expect(ids('РБК сообщает, что визит готовится.')).toEqual(['rbc']);
    expect(ids('Корреспондент РИА Новости передает, что визит готовится.')).toEqual(['ria-novosti']);
    // A quotation before the verb is still what was said; "известия" is news.
    expect(ids('«Визит готовится», — сообщает Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('Известия о визите пришли утром.')).toEqual([]);
  });

  it('ends a sentence after the network X, and reads secretaries, chargés d’affaires and regional heads before a new name', () => {
    expect(ids('«Это акт высокомерия», — написал Лавров в соцсети X. Официальный представитель МИД России Мария Захарова назвала шаг циничным.')).toEqual(['sergey-lavrov', 'maria-zakharova']);
    expect(who('Визит станет первой поездкой, напомнил на брифинге секретарь МИД Индии Винай Кватра.')).toEqual(['секретарь МИД Индии Винай Кватра']);
    expect(who('Временный поверенный в делах России при ЕС Кирилл Логвинов назвал решение незаконным.')).toEqual(['Временный поверенный в делах России при ЕС Кирилл Логвинов']);
    expect(who('Раис Татарстана Рустам Минниханов заявил, что саммит пройдет.')).toEqual(['Раис Татарстана Рустам Минниханов']);
  });

  it('reads another source of the outlet, one of them, and experts or observers as a group', () => {
    const two = at('Собеседник «Ъ» в дипломатических кругах заметил, что встреча возможна. Другой источник издания выразил сомнение, что стороны успеют.', '2024-03-14');
    expect(new Set(two.statements.map((s) => s.speaker.actorId)).size).toBe(2);
    expect(who('Европейские дипломаты выражают опасения. «Будапешт повышает ставки», — сказал один из них.')).toEqual(['один из них']);
    expect(who('Наблюдатели отмечают, что тон заявлений стал теплее.')).toEqual(['Наблюдатели']);
    // Experts that say nothing are no speakers.
    expect(who('Эксперты прибыли в Женеву утром.')).toEqual([]);
  });

  it('reads documents with an adverb before the passive, a place after "по итогам", a named declaration and an aside before the verb', () => {
    expect(who('Стороны нарастят расчеты в рублях, говорится в совместном заявлении по итогам переговоров в Пекине.')).toEqual(['совместном заявлении по итогам переговоров в Пекине']);
    expect(who('Глава МИД выступил в Совбезе. В документе также отмечается, что санкции незаконны.')).toEqual(['документе']);
    expect(who('Лидеры выразили обеспокоенность, следует из Казанской декларации, принятой по итогам саммита.')).toEqual(['Казанской декларации']);
    expect(who('Документ, внесенный десятью членами Совбеза, также призывает освободить заложников.')).toEqual(['Документ']);
  });

  it('reads a time after the speaker, a senator or a head of government as a description, praise and thanks; no estimate is a saying', () => {
    expect(ids('Дело будет прекращено, а сам он уедет в Белоруссию, заявил Песков поздно вечером в субботу.')).toEqual(['dmitry-peskov']);
    expect(ids('Владимир Путин высоко оценил посреднические усилия партнеров.')).toEqual(['vladimir-putin']);
    expect(ids('Лавров поблагодарил турецких коллег за организацию встречи.')).toEqual(['sergey-lavrov']);
    expect(ids('Переговоры продолжались 12 часов, сообщил Лавров. Министр добавил, что текст направят руководству.')).toEqual(['sergey-lavrov', 'sergey-lavrov']);
    expect(ids('Эксперты оценили ущерб в миллиард долларов.')).toEqual([]);
  });

  it('reads a body by its place with an object before the verb, a ministry by its adjective written out, Downing Street', () => {
    expect(who('В посольстве РФ в Вашингтоне доклад назвали пропагандистским.')).toEqual(['посольстве РФ в Вашингтоне']);
    expect(who('В правительстве Молдавии назвали поездку политическим шоу.')).toEqual(['правительстве Молдавии']);
    expect(ids('Обмен завершен, сообщили в российском Министерстве иностранных дел.')).toEqual(['russia-mfa']);
    expect(ids('Российское Минобороны сообщило о завершении учений.')).toEqual(['russia-defense-ministry']);
    expect(ids('На Даунинг-стрит заявили, что визит не планируется.')).toEqual(['uk-prime-minister-office']);
    expect(ids('В Тегеране расценивают эти шаги как провокацию.')).toEqual(['iran']);
    // A body where nothing is said is no speaker.
    expect(ids('В правительстве Молдавии решили провести выборы.')).toEqual([]);
  });

  it('gives a description the person whose title it fits, not merely the last speaker', () => {
    const [premier, spokeswoman, again] = ids('Премьер-министр Грузии Ираклий Кобахидзе заявил, что курс не изменится. Представитель Еврокомиссии Анитта Хиппер ответила, что это противоречит решениям. Глава правительства добавил, что вопрос вернется в повестку.');
    expect(again).toBe(premier);
    expect(spokeswoman).not.toBe(premier);
    expect(ids('Посол Казахстана в России Даурен Абаев сообщил, что Астана ждет визита. Посол уточнил, что будет подписано 20 документов.')).toHaveLength(2);
    // A minister is no ambassador.
    expect(ids('Министр иностранных дел Казахстана Мурат Нуртлеу сообщил, что Астана ждет визита. Посол уточнил, что будет подписано 20 документов.')).toHaveLength(1);
  });

  it('reads more documents: a note, a memo, a ruling with its court, an embassy after its statement, a body named again by its noun', () => {
    expect(who('В ноте говорится, что Баку требует провести расследование.')).toEqual(['ноте']);
    expect(who('В служебной записке утверждается, что сроки были сорваны.')).toEqual(['служебной записке']);
    expect(who('Как указано в постановлении Басманного суда Москвы, обвиняемый может скрыться.')).toEqual(['Басманного суда Москвы']);
    expect(who('Это решение — ошибка, говорится в заявлении посольства России в Праге.')).toEqual(['посольства России в Праге']);
    expect(who('Голосование пройдет 6 октября, говорится в документе, опубликованном на сайте Акорды.')).toEqual(['документе']);
    expect(who('В тексте документа, за который проголосовали 13 членов Совбеза, говорится о создании сил стабилизации.')).toEqual(['тексте документа']);
    const [court, again] = at('Конституционный суд Румынии аннулировал результаты первого тура. В суде пояснили, что решение окончательное.', '2024-03-14').statements.map((s) => s.speaker.actorId);
    expect(court).toMatch(/konstitutsionnyy-sud/);
    expect(again).toBeUndefined();
    const odkb = at('Секретариат ОДКБ сообщил, что Армения не внесла взнос. В организации подчеркнули, что вопрос будет рассмотрен.', '2024-03-14').statements;
    expect(odkb.map((s) => s.speaker.actorId)).toEqual([odkb[0]!.speaker.actorId, odkb[0]!.speaker.actorId]);
  });

  it('reads courts, banks, parliaments and services the gazetteer lacks, and a quotation resumed after a full stop', () => {
    expect(who('Корпус стражей исламской революции заявил о нанесении ударов.')).toEqual(['Корпус стражей исламской революции']);
    expect(who('Международный суд ООН в своем консультативном заключении указал, что Израиль обязан обеспечить доступ.')).toEqual(['Международный суд ООН']);
    expect(who('Пресс-служба «Газпрома» сообщила, что прокачка продолжается.')).toEqual(['Пресс-служба «Газпрома»']);
    expect(who('Служба государственной безопасности Грузии заявила о предотвращении диверсии.')).toEqual(['Служба государственной безопасности Грузии']);
    const fidan = at('«Турция готова принять следующий раунд, — сказал Хакан Фидан. — Стамбул уже доказал, что может быть площадкой».', '2024-03-14').statements;
    expect(fidan.map((s) => s.speaker.actorId)).toEqual(['hakan-fidan']);
  });

  it('reads a side by its adjective, an outlet named again by its kind, a head of state several sentences on, and asides after a pronoun', () => {
    expect(ids('Азербайджанская сторона признала, что вертолет был сбит по ошибке.')).toEqual(['azerbaijan']);
    expect(ids('По данным «Интерфакса», самолет вылетел в Стамбул. Агентство уточняет, что на борту 12 человек.')).toEqual(['interfax', 'interfax']);
    const said = 'Переговоры закончились. Об этом сообщает Reuters. Послы вернутся к работе, уточняет агентство.';
    const saidIn = at(said, '2024-03-14').statements.flatMap((s) => s.mentions.map((m) => [s.speaker.actorId, said.slice(m.start, m.end)]));
    expect(saidIn).toContainEqual(['reuters', 'Послы вернутся к работе, уточняет агентство.']);
    // An outlet's kind with no outlet before it names nobody.
    expect(ids('Агентство уточняет, что на борту 12 человек.')).toEqual([]);
    expect(ids('Путин прибыл в Сочи. Стороны обсудили поставки. Переговоры длились три часа. Обед был поздним. «Это важный шаг», — подчеркнул глава российского государства.')).toEqual(['vladimir-putin']);
    expect(ids('Путин заявил, что Москва открыта. Он, правда, тут же обвинил украинскую сторону в срыве.')).toEqual(['vladimir-putin', 'vladimir-putin']);
    expect(ids('Ким Чен Ын, поднимая бокал на обеде, заявил, что поддержит Россию.')).toEqual(['kim-jong-un']);
    expect(ids('Как сообщило Центральное телеграфное агентство Кореи (ЦТАК), лидер КНДР вернулся в Пхеньян.')).toEqual(['kcna']);
    expect(ids('Корпус стражей исламской революции заявил о нанесении ударов.')).toEqual(['iran-irgc']);
  });

  it('reads no headline whose subject acts before its colon as "Speaker: what"', () => {
    expect(ids('Ким Чен Ын прибыл в Приморье: на аэродроме лидера встретил Шойгу\nВстреча прошла в аэропорту.')).toEqual([]);
    expect(ids('Захарова: Блинкен сам попросил о разговоре\nВстреча прошла в аэропорту.')).toEqual(['maria-zakharova']);
  });

  it('reads descriptions by any state adjective or a body, "Так X прокомментировал", an aside between verb and speaker, and verbs that report only after a quotation', () => {
    expect(ids('Президент Бразилии Луис Инасиу Лула да Силва заявил, что страны не стремятся заменить доллар. Бразильский лидер добавил, что речь идет о торговле.')).toEqual(['luiz-inacio-lula-da-silva', 'luiz-inacio-lula-da-silva']);
    expect(ids('Пресс-секретарь президента России Дмитрий Песков заявил, что предложений нет. Представитель Кремля уточнил, что контакты продолжаются.')).toEqual(['dmitry-peskov', 'dmitry-peskov']);
    const so = '«Украина получит все необходимое для защиты неба». Так министр обороны Германии Борис Писториус прокомментировал решение.';
    const pistorius = at(so, '2024-03-14').statements;
    expect(pistorius.map((s) => s.speaker.actorId)).toEqual(['boris-pistorius']);
    expect(so.slice(pistorius[0]!.content[0]!.start, pistorius[0]!.content[0]!.end)).toContain('Украина получит');
    expect(ids('«Никакой речи о базах быть не может», — подчеркнул, выступая в Жогорку Кенеше, президент Киргизии Садыр Жапаров.')).toEqual(['sadyr-japarov']);
    expect(ids('Глава МИД Ирана Аббас Аракчи прибыл в Тегеран. «Это наше законное право», — продолжил министр.')).toEqual(['abbas-araghchi']);
    expect(ids('Россия продолжила удары по инфраструктуре.')).toEqual([]);
    expect(ids('Индия нанесла удары по девяти объектам, сообщило министерство обороны Индии.')).toHaveLength(1);
    expect(who('Источник, близкий к администрации президента Ирана, заявил телеканалу Al Mayadeen, что Тегеран не получал предложений.')).toEqual(['Источник, близкий к администрации президента Ирана']);
    // The outlet of an interview is no speaker; the pronoun after it is.
    expect(ids('В интервью телеканалу CBS госсекретарь США Марко Рубио заявил, что санкции останутся.')).toEqual(['marco-rubio']);
    expect(ids('Марко Рубио прибыл в Эр-Рияд. В интервью телеканалу Al Arabiya он добавил, что санкции останутся.')).toEqual(['marco-rubio']);
  });

  it('reads more bodies by their place and by an adjective, apologies, and a reflexive imperfective', () => {
    expect(who('Как сообщили в пресс-службе «Росатома», энергоблок введут в 2027 году.')).toEqual(['пресс-службе «Росатома»']);
    expect(who('Как уточнили в Генпрокуратуре Киргизии, фигурантам предъявлены обвинения.')).toEqual(['Генпрокуратуре Киргизии']);
    expect(who('В Минсельхозе России назвали решение ударом по фермерам.')).toEqual(['Минсельхозе России']);
    expect(who('Турецкое управление по чрезвычайным ситуациям AFAD сообщило о жертвах.')).toEqual(['Турецкое управление по чрезвычайным ситуациям AFAD']);
    expect(who('Каспийский трубопроводный консорциум сообщил о приостановке отгрузок.')).toEqual(['Каспийский трубопроводный консорциум']);
    expect(ids('В Минске заявили, что переговоры возможны.')).toEqual(['belarus']);
    expect(ids('Президент России Владимир Путин принес извинения за инцидент.')).toEqual(['vladimir-putin']);
    expect(ids('Канцлер Германии Олаф Шольц ранее высказывался против поставок.')).toEqual(['olaf-scholz']);
  });

  it('reads an agreement inside words another says after them, or in a quoted headline, as no statement of its own', () => {
    expect(ids('Москва и Вашингтон договорились о возвращении послов, заявил Путин.')).toEqual(['vladimir-putin']);
    expect(ids('Первый зарубежный: Путин и Си договорились о «новой эпохе»\nВизит продлится два дня.')).toEqual([]);
  });

  it('reads a senior official of an administration, a body speaking in its channel, and a genitive title with a company in quotes', () => {
    expect(who('Высокопоставленный представитель администрации США на условиях анонимности заявил, что уступок не требуется.')).toEqual(['Высокопоставленный представитель администрации']);
    expect(who('Посольство России в США в своем Telegram-канале сообщило, что дипломаты посетили заключенного.')).toEqual(['Посольство России в США']);
    expect(ids('Со слов генерального директора госкорпорации «Росатом» Алексея Лихачева, персонал останется.')).toEqual([expect.stringMatching(/likhachev/)]);
  });

  it('reads the text of a law and the materials of a case as documents', () => {
    expect(who('Парламент Грузии принял закон. Текст закона гласит, что организации обязаны регистрироваться.')).toEqual(['Текст закона']);
    expect(who('Обвиняемый скрылся от следствия, следует из материалов дела.')).toEqual(['материалов дела']);
  });

  it('reads a denial whose object stands before its verb, and a body by its adjectives after "по данным"', () => {
    expect(ids('Минобороны Азербайджана обвинило армянскую сторону в обстреле, однако в Ереване эту информацию отвергли.')).toContain('armenia');
    const kyiv = 'В Киеве причастность к диверсии отрицают.';
    const denial = at(kyiv, '2024-03-14').statements;
    expect(denial.map((s) => [s.speaker.actorId, kyiv.slice(s.content[0]!.start, s.content[0]!.end)])).toEqual([['ukraine', 'причастность к диверсии']]);
    // Not a place or a negation before the verb.
    expect(ids('В российском МИД визит пока не подтвердили.')).toEqual([]);
    expect(who('По данным Центральной избирательной комиссии Молдавии, правящая партия набирает 50,1% голосов.')).toEqual(['Центральной избирательной комиссии Молдавии']);
    expect(who('По данным японского министерства обороны, ракета упала за пределами зоны.')).toEqual(['японского министерства обороны']);
  });

  it('reads economists polled by an outlet and investigators as groups', () => {
    expect(who('Опрошенные РБК экономисты считают, что снижение ставки не поможет.')).toEqual(['Опрошенные РБК экономисты']);
    expect(who('Финская полиция задержала танкер. Следователи полагают, что судно протащило якорь.')).toEqual(['Следователи']);
    // A surname is not the agency whose name shares its stem (Петров, Петра).
    expect(at('Эксперт Иван Петров считает, что ставка снизится.', '2024-03-14').statements.map((s) => s.speaker.actorId)).toEqual(['new-ivan-petrov']);
  });

  it('reads a group named by its members and whose they are, with a plural verb, and "они" after it', () => {
    expect(who('Власти Мали, Буркина-Фасо и Нигера объявили о выходе из Международного уголовного суда.')).toEqual(['Власти Мали, Буркина-Фасо и Нигера']);
    expect(who('Лидеры Франции, Германии и Великобритании в совместном заявлении призвали Иран вернуться к переговорам. Они также предупредили о санкциях.')).toEqual(['Лидеры Франции, Германии и Великобритании', 'Они']);
    expect(who('Министры иностранных дел стран АСЕАН на встрече в Куала-Лумпуре призвали продлить перемирие.')).toEqual(['Министры иностранных дел стран АСЕАН']);
    expect(who('Президент выступил с обращением. Студенческие организации, координирующие протесты, отвергли обвинения.')).toEqual(['Студенческие организации']);
    // Not an agreement, not a decision: no verb of saying.
    expect(who('Лидеры стран БРИКС на саммите в Йоханнесбурге договорились пригласить шесть государств.')).toEqual([]);
    expect(who('Страны ОПЕК+ в воскресенье приняли решение увеличить добычу.')).toEqual([]);
  });

  it('reads long foreign names after a title, past the names the title holds and the particles the name carries', () => {
    expect(who('Постоянный представитель Китая при ООН Фу Цун призвал Совет Безопасности к сдержанности.')).toEqual(['представитель Китая при ООН Фу Цун']);
    expect(ids('Катар готов остаться посредником, заявил премьер-министр и министр иностранных дел Катара шейх Мухаммед бен Абдеррахман Аль Тани.')).toEqual(['new-mukhammed-ben-abderrakhman-al-tani']);
    expect(ids('Президент Сирии Ахмед аш-Шараа заявил, что выборы пройдут позже.')).toEqual(['new-akhmed-ash-sharaa']);
    // The title's office-holder by the date gives way to the name the text writes after it.
    expect(ids('Президент Сирии на переходный период Ахмед аш-Шараа заявил, что баз не будет.')).toEqual(['new-akhmed-ash-sharaa']);
    expect(ids('Ведущий научный сотрудник Института востоковедения РАН Ирина Соколова пояснила, что курс не изменится.')).toEqual(['new-irina-sokolova']);
    // A title a name follows is that person's, not an unnamed official.
    expect(ids('Специальный представитель правительства КНР по евразийским делам Ли Хуэй рассказал о консультациях.')).toEqual(['new-li-khuey']);
  });

  it('reads a quotation, a dash and who said it, and descriptions by office (Вице-премьер, Спикер, Градоначальник)', () => {
    expect(ids('«Решение о продлении сделки пока не принято» — Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('«Программа будет выполнена в срок» — министр обороны Андрей Белоусов.')).toEqual(['andrei-belousov']);
    // Not twice where a verb follows the dash, and not a name that goes on.
    expect(ids('«Это провокация» — так назвал заявление Песков.')).toEqual(['dmitry-peskov']);
    expect(ids('«Решение не принято» — Песков о переговорах в Стамбуле.')).toEqual([]);
    expect(ids('Председатель Госдумы Вячеслав Володин заявил, что закон примут весной. Он также отметил, что регионы внесут поправки. Спикер подчеркнул, что текст будет готов к маю.')).toEqual(Array(3).fill(expect.stringMatching(/volodin/)));
    expect(ids('Мэр Москвы Сергей Собянин сообщил, что атака отражена. Градоначальник уточнил, что работают экстренные службы.')).toEqual(Array(2).fill(expect.stringMatching(/sobyanin/)));
    // A description naming a body is none of another state's officials.
    expect(ids('Глава МИД Ирана Аббас Аракчи сообщил, что Тегеран получил письмо от президента США. Представитель Белого дома подтвердил отправку послания.')).toEqual(['abbas-araghchi']);
  });

  it('reads a document on a body\'s site or channel, the body between (В опубликованном на сайте Кремля сообщении отмечается)', () => {
    expect(ids('В опубликованном на сайте Кремля сообщении отмечается, что переговоры продлились три часа.')).toEqual(['russia-presidential-office']);
    expect(ids('В опубликованном на сайте Белого дома заявлении уточняется, что пошлины не затронут лекарства.')).toEqual(['us-white-house']);
    // A site named for a place, not a body, gives no author.
    expect(ids('В опубликованном на сайте сообщении уточняется, что пошлины отменены.')).toEqual([]);
  });

  it('reads a title and a name after "по словам" and after the verb, past the body the title holds', () => {
    expect(ids('По словам главы Центрального банка Эльвиры Набиуллиной, инфляция замедляется.')).toEqual(['new-elvira-nabiullina']);
    expect(ids('По мнению заместителя директора Института Европы РАН Владислава Белова, кризис затянется.')).toEqual(['new-vladislav-belov']);
    expect(ids('По сообщению агентства Синьхуа, переговоры продлятся два дня.')).toEqual(['xinhua']);
    expect(ids('Как следует из сообщения Банка России, ключевая ставка снижена.')).toEqual(['russia-central-bank']);
    // A surname the gazetteer holds inside another name is not that person (Ермаков is not Ермак).
    expect(ids('«Мы не останемся безоружными», — заявил директор Департамента по вопросам нераспространения МИД России Владимир Ермаков.')).toEqual(['new-vladimir-ermakov']);
    expect(ids('Директор Центра европейских исследований ВШЭ Василий Кашин, напротив, считает, что союз окреп.')).toEqual(['new-vasiliy-kashin']);
  });

  it('reads a speaker after the verb past the outlet, place and channel, and a title holding a quoted name', () => {
    expect(ids('«Рынок ждет сигналов», – считает аналитик ИК «Вектор Инвест» Тимур Асланов.')).toEqual(['new-timur-aslanov']);
    expect(ids('Россия открыта к диалогу, как пояснил «Известиям» ведущий научный сотрудник Института глобальных стратегий Олег Веретенников.')).toEqual(['new-oleg-veretennikov']);
    expect(ids('Переговоры идут трудно, как передает из Сочи корреспондент «Коммерсантъ FM» Игорь Баранов.')).toEqual(['new-igor-baranov']);
    expect(ids('Турция сохранит курс, как отметил в беседе с RT руководитель Центра изучения современной Турции Андрей Самарин.')).toEqual(['new-andrey-samarin']);
    expect(ids('Профессор Высшей школы мировой политики Вероника Лаптева считает, что диалог важен.')).toEqual(['new-veronika-lapteva']);
  });

  it('reads a known surname with a first name the gazetteer spells otherwise, and asides of circumstance', () => {
    expect(ids('Эммануэль Макрон во вторник утром на борту самолета, летевшего из Москвы в Киев, заявил журналистам, что получил гарантии.')).toEqual(['emmanuel-macron']);
    expect(ids('Аятолла Хаменеи назвал войну тяжелым делом.')).toEqual(['ali-khamenei']);
    expect(ids('Накануне вечером Трамп, выступая в Белом доме, неожиданно заявил, что оговорился.')).toEqual(['donald-trump']);
    expect(ids('Президент ОАЭ, в свою очередь, назвал Россию дружественной страной.')).toEqual(['mohamed-bin-zayed']);
    // A participle of the object, after a clause with its own verb, is no aside: the speaker follows the verb.
    const reuters = ids('США рассматривают санкции против турецких банков, обслуживающих российские компании, сообщает Reuters со ссылкой на источники.');
    expect(reuters).toContain('reuters');
    expect(reuters).not.toContain('united-states');
  });

  it('reads outlets by their adjectives and correspondents, the Élysée in any case, and a bare "эксперт" as the expert named before', () => {
    expect(ids('Визит прошел успешно, как сообщило государственное агентство WAM.')).toEqual(['wam']);
    expect(ids('Стороны подписали меморандум, передает иранское агентство Тасним.')).toEqual(['tasnim']);
    expect(ids('Встреча продлилась три часа, передает корреспондент «Интерфакса» из Президентского дворца.')).toEqual(['interfax']);
    expect(ids('В Елисейском дворце уточнили, что разговор продлился два часа.')).toEqual(['france-presidency']);
    expect(ids('Россия открыта к диалогу, как пояснил «Известиям» ведущий научный сотрудник Института глобальных стратегий Олег Веретенников. «Трамп пытается договориться», – добавил эксперт.')).toEqual(['new-oleg-veretennikov', 'new-oleg-veretennikov']);
    expect(ids('Леонид Слуцкий, выступая в эфире программы «Время покажет», заявил, что встреча важна.')).toEqual(['new-leonid-slutskiy']);
    expect(who('Собеседник The Insider в Офисе президента Украины сказал, что Киев готов к паузе.')).toEqual(['Собеседник The Insider в Офисе президента Украины']);
  });

  it('reads the addressee after a speaker, «господин» before a name, passive participles as asides, and a region\'s administration', () => {
    expect(ids('«Это важно», – сказал Гутерриш Путину на двусторонней встрече.')).toEqual(['antonio-guterres']);
    expect(ids('«Спасибо», – произнес господин Моди перед камерами.')).toEqual(['narendra-modi']);
    expect(ids('Владимир Зеленский в обращении, опубликованном поздно вечером, назвал переговоры позитивными.')).toEqual(['volodymyr-zelensky']);
    expect(who('Администрация Белгородской области сообщила о повреждении линии электропередачи.')).toEqual(['Администрация Белгородской области']);
    // An adjective in -енной is no participle: the column is no aside and no speaker (Колонна is not Colonna here).
    expect(ids('Колонна военной техники прошла по центральным улицам города, передает корреспондент РИА Новости.')).toEqual(['ria-novosti']);
  });

  it('reads circles and an entourage, analysts of a company, Telegram channels by their Latin names, and bodies by a state adjective', () => {
    expect(who('В дипломатических кругах отмечают, что визит может быть перенесен.')).toEqual(['дипломатических кругах']);
    expect(ids('В окружении Нетаньяху дали понять, что премьер не пойдет на уступки.')).toEqual(['new-the-entourage-of-benjamin-netanyahu']);
    expect(who('Аналитики Goldman Sachs считают, что цены снизятся.')).toEqual(['Аналитики Goldman Sachs']);
    expect(ids('Telegram-канал Baza сообщает, что пожар локализован.')).toEqual(['new-baza']);
    expect(who('Украинская ассоциация футбола выступила с резкой критикой решения.')).toEqual(['Украинская ассоциация футбола']);
    expect(ids('Генсек ООН Антониу Гутерриш проведет переговоры, сообщил его официальный представитель Стефан Дюжаррик.')).toEqual(['stephane-dujarric']);
    expect(who('Верховный суд Великобритании постановил, что депортация незаконна.')).toEqual(['Верховный суд Великобритании']);
  });

  it('reads a joint document of "the two countries" as both states, and documents that confirm or record', () => {
    expect(ids('Путин провел переговоры с наследным принцем Саудовской Аравии. Россия и Саудовская Аравия продолжат координацию, говорится в совместном заявлении двух стран.').sort()).toEqual(['russia', 'saudi-arabia']);
    expect(ids('В совместном заявлении, принятом по итогам саммита, подтверждается приверженность сторон.')).toEqual(['new-the-joint-statement']);
    expect(ids('В общих согласованных выводах, в частности, зафиксирована договоренность о перемирии.')).toHaveLength(1);
  });

  it('gives "он" to the person who opened the sentence before when that sentence reports no saying', () => {
    expect(ids('Байден заявил, что встреча прошла конструктивно. Путин первым вышел к журналистам. Он сообщил, что послы вернутся.')).toEqual(['joe-biden', 'vladimir-putin']);
    // A sentence that reports a saying keeps its speaker for the pronoun.
    expect(ids('Байден заявил, что встреча прошла конструктивно. Путин подтвердил это. Он добавил, что послы вернутся.')).toEqual(['joe-biden', 'vladimir-putin', 'vladimir-putin']);
    expect(ids('Ушаков уточнил, что главной темой станет ОПЕК+. Вечером Путин прибыл в саудовскую столицу. «Никто не может помешать нашей дружбе», — сказал он.')).toEqual(['yuri-ushakov', 'vladimir-putin']);
  });

  it('gives nothing for a sentence with no speaker, and no speaker for a name inside a quotation', () => {
    const y = at('Погода в Москве в среду была холодной. "Путин заявил, что готов", — это цитата без источника.');
    expect(y.statements).toEqual([]);
  });
});
