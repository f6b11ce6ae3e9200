// The Russian lexicons: reporting verbs in the forms news writes them (past in every gender and number — заявил,
// заявила, заявили —, the present of the verbs agencies use: сообщает, передает, считает), with their stance;
// role titles that name an office (пресс-секретарь президента → the Kremlin's spokesperson) or introduce a
// person the gazetteer does not know (глава делегации Владимир Мединский); metonyms (Кремль, Москва, Вашингтон);
// channels (журналистам, в интервью, в эфире телеканала, на брифинге); and event triggers by stem.
import type { Stance } from '../../model/schema';
import { type EventType, eventType } from '../../extract/events';

export interface RuCue {
  lemma: string;
  stance: Stance;
  /** A plural (заявили): with в/во before the name, the institution speaks (В Кремле заявили). */
  plural: boolean;
  feminine: boolean;
  /** A present or a verb of attitude (надеется, согласился): inside what another says (…сказал, что Анкара
   *  надеется…) it is part of that saying, not a statement of its own. */
  weak?: boolean;
}

/** Past stems (before -л, -ла, -ли, -ло) and the stance of the verb. */
const PAST: [string, string, Stance][] = [
  ['заяви', 'say', 'state'], ['сказа', 'say', 'state'], ['отмети', 'note', 'state'], ['подчеркну', 'stress', 'state'],
  ['поясни', 'explain', 'state'], ['добави', 'add', 'state'], ['уточни', 'specify', 'state'], ['рассказа', 'tell', 'state'],
  ['сообщи', 'inform', 'state'], ['указа', 'point out', 'state'], ['напомни', 'recall', 'state'], ['завери', 'assure', 'state'],
  ['вырази', 'express', 'state'], ['высказа', 'voice', 'state'], ['констатирова', 'state', 'state'], ['предупреди', 'warn', 'state'],
  ['призна', 'admit', 'state'], ['подтверди', 'confirm', 'confirm'], ['отрица', 'deny', 'deny'], ['объяви', 'announce', 'announce'],
  ['анонсирова', 'announce', 'announce'], ['обвини', 'accuse', 'accuse'], ['призва', 'urge', 'request'], ['потребова', 'demand', 'request'],
  ['попроси', 'ask', 'request'], ['предложи', 'propose', 'request'], ['опубликова', 'publish', 'publish'], ['написа', 'write', 'state'],
  ['исключи', 'rule out', 'state'], ['допусти', 'allow', 'state'], ['прокомментирова', 'comment', 'state'], ['ответи', 'reply', 'state'],
  ['говори', 'say', 'state'], ['отверга', 'reject', 'deny'], ['выступи', 'speak', 'state'], ['дал понять', 'make clear', 'state'],
  ['пригрози', 'threaten', 'state'], ['изложи', 'set out', 'state'], ['пообеща', 'promise', 'state'], ['назва', 'call', 'state'],
  ['проинформирова', 'inform', 'state'], ['выдвину', 'put forward', 'state'], ['подели', 'share', 'state'], ['разъясни', 'explain', 'state'],
  ['посетова', 'complain', 'state'], ['возрази', 'object', 'deny'], ['приветствова', 'welcome', 'state'],
  // The imperfective past: what was said more than once or over time (Мы неоднократно заявляли; Москва не раз
  // предупреждала).
  ['заявля', 'say', 'state'], ['сообща', 'inform', 'state'], ['отмеча', 'note', 'state'], ['подчеркива', 'stress', 'state'],
  ['указыва', 'point out', 'state'], ['напомина', 'recall', 'state'], ['предупрежда', 'warn', 'state'], ['призыва', 'urge', 'request'],
  ['обвиня', 'accuse', 'accuse'], ['опроверга', 'deny', 'deny'], ['признава', 'admit', 'state'], ['объявля', 'announce', 'announce'],
  ['поясня', 'explain', 'state'], ['уточня', 'specify', 'state'], ['высказыва', 'voice', 'state'], ['выража', 'express', 'state'],
  ['обеща', 'promise', 'state'], ['настаива', 'insist', 'state'], ['пригласи', 'invite', 'request'], ['резюмирова', 'sum up', 'state'], ['пожалова', 'complain', 'state'],
  ['утвержда', 'claim', 'state'], ['рассказыва', 'tell', 'state'], ['объясня', 'explain', 'state'], ['добавля', 'add', 'state'], ['заверя', 'assure', 'state'],
  // More of what a newsroom writes for "said": remarked, explained, characterised, criticised, condemned, summed up.
  ['замети', 'remark', 'state'], ['объясни', 'explain', 'state'], ['охарактеризова', 'characterise', 'state'], ['уведоми', 'notify', 'state'],
  ['раскритикова', 'criticise', 'accuse'], ['осуди', 'condemn', 'accuse'], ['упрекну', 'reproach', 'accuse'], ['подытожи', 'sum up', 'state'],
  ['парирова', 'retort', 'state'], ['акцентирова', 'emphasise', 'state'], ['повтори', 'repeat', 'state'], ['упомяну', 'mention', 'state'],
  ['посоветова', 'advise', 'request'], ['порекомендова', 'recommend', 'request'], ['рекомендова', 'recommend', 'request'], ['постанови', 'rule', 'announce'], ['спрогнозирова', 'forecast', 'state'], ['проанонсирова', 'announce', 'announce'],
  ['обратил внимание', 'draw attention', 'state'], ['распространи', 'circulate', 'publish'], ['выясни', 'find out', 'report'], ['отреагирова', 'react', 'state'], ['отреза', 'snap', 'state'], ['оцени', 'assess', 'state'], ['поблагодари', 'thank', 'state'], ['расцени', 'assess', 'state'],
];
/** Verbs whose past is irregular: опроверг, опровергла, опровергли; отверг… */
const IRREGULAR: [string[], string, Stance][] = [
  [['опроверг', 'опровергла', 'опровергли', 'опровергло'], 'deny', 'deny'],
  [['отверг', 'отвергла', 'отвергли', 'отвергло'], 'reject', 'deny'],
  [['предостерег', 'предостерегла', 'предостерегли', 'предостерегло'], 'warn', 'state'],
  [['предрек', 'предрекла', 'предрекли', 'предрекло'], 'predict', 'state'],
  [['счел', 'сочла', 'сочли', 'счёл'], 'consider', 'state'],
  [['принес извинения', 'принесла извинения', 'принесли извинения', 'принёс извинения'], 'apologise', 'state'],
];
/** The impersonal passives a document says things with (в заявлении говорится, отмечается, подтверждается). */
export const PASSIVES_RU = ['отмечается', 'подтверждается', 'зафиксирована', 'зафиксировано', 'зафиксирован', 'зафиксированы', 'уточняется', 'поясняется', 'заявляется', 'говорилось', 'сообщалось', 'отмечалось', 'указывалось', 'подчеркивалось', 'подчёркивалось', 'подчеркивается', 'подчёркивается', 'указывается', 'сообщается', 'утверждается', 'указано', 'отмечено', 'подчеркнуто', 'подчёркнуто', 'констатируется', 'содержится', 'выражается', 'выражена', 'выражено', 'названы', 'названа', 'названо', 'оговаривается', 'осуждается'];
/** Present forms: what agencies and ministries "say" now (сообщает ТАСС; считает Захарова; говорится в заявлении). */
const PRESENT: [string[], string, Stance, boolean][] = [
  [['заявляет', 'заявляют'], 'say', 'state', false], [['сообщает', 'сообщают'], 'inform', 'state', false], [['передает', 'передаёт', 'передают'], 'report', 'report', false],
  [['отмечает', 'отмечают'], 'note', 'state', false], [['подчеркивает', 'подчёркивает', 'подчеркивают', 'подчёркивают'], 'stress', 'state', false],
  [['считает', 'считают'], 'believe', 'state', false], [['полагает', 'полагают'], 'believe', 'state', false], [['пишет', 'пишут'], 'write', 'report', false],
  [['утверждает', 'утверждают'], 'claim', 'state', false], [['говорит', 'говорят'], 'say', 'state', false], [['говорится', 'сказано'], 'say', 'report', false], [PASSIVES_RU, 'say', 'report', false], [['предусматривает', 'предусматривают'], 'provide', 'report', false], [['исключают', 'не исключают'], 'rule out', 'state', false], [['допускают'], 'allow', 'state', false],
  [['цитирует', 'цитируют'], 'quote', 'report', false], [['информирует', 'информируют'], 'inform', 'state', false], [['комментирует', 'комментируют'], 'comment', 'state', false], [['гласит'], 'say', 'report', false],
  [['уверен', 'уверена', 'уверены'], 'be sure', 'state', false], [['убежден', 'убеждена', 'убеждены', 'убеждён'], 'be convinced', 'state', false],
];
/** Presents of other verbs that report, and of attitude: weak (see RuCue.weak). */
const PRESENT_WEAK: [string[], string, Stance][] = [
  [['указывает', 'указывают'], 'point out', 'state'], [['напоминает', 'напоминают'], 'recall', 'state'], [['предупреждает', 'предупреждают'], 'warn', 'state'],
  [['призывает', 'призывают'], 'urge', 'request'], [['обвиняет', 'обвиняют'], 'accuse', 'accuse'], [['опровергает', 'опровергают'], 'deny', 'deny'],
  [['отрицает', 'отрицают'], 'deny', 'deny'], [['признает', 'признаёт', 'признают'], 'admit', 'state'], [['объявляет', 'объявляют'], 'announce', 'announce'],
  [['поясняет', 'поясняют'], 'explain', 'state'], [['уточняет', 'уточняют'], 'specify', 'state'], [['добавляет', 'добавляют'], 'add', 'state'],
  [['рассказывает', 'рассказывают'], 'tell', 'state'], [['объясняет', 'объясняют'], 'explain', 'state'], [['заверяет', 'заверяют', 'уверяет', 'уверяют'], 'assure', 'state'],
  [['настаивает', 'настаивают'], 'insist', 'state'], [['констатирует', 'констатируют'], 'state', 'state'], [['требует', 'требуют'], 'demand', 'request'],
  [['критикует', 'критикуют', 'осуждает', 'осуждают'], 'criticise', 'accuse'], [['расценивает', 'расценивают'], 'assess', 'state'],
  [['называет', 'называют'], 'call', 'state'], [['отвергает', 'отвергают'], 'reject', 'deny'], [['опасается', 'опасаются'], 'fear', 'state'], [['прогнозирует', 'прогнозируют'], 'forecast', 'state'], [['надеется', 'надеются'], 'hope', 'state'],
];

export const CUES_RU = new Map<string, RuCue>();
for (const [stem, lemma, stance] of PAST) {
  if (stem.includes(' ')) {
    const [verb, rest] = [stem.split(' ')[0]!, stem.split(' ').slice(1).join(' ')];
    for (const e of ['', 'а', 'и']) CUES_RU.set(`${verb}${e} ${rest}`, { lemma, stance, plural: e === 'и', feminine: e === 'а' });
    continue;
  }
  for (const e of ['л', 'ла', 'ли', 'ло']) CUES_RU.set(stem + e, { lemma, stance, plural: e === 'ли', feminine: e === 'ла' });
  // The reflexive of a few (высказался, выразилась) reports too.
  for (const e of ['лся', 'лась', 'лись']) if (stem === 'высказа' || stem === 'высказыва' || stem === 'выступи' || stem === 'призна' || stem === 'пожалова' || stem === 'посетова') CUES_RU.set(stem + e, { lemma, stance, plural: e === 'лись', feminine: e === 'лась' });
}
// Reflexive verbs that report: усомнился (doubted), согласился (agreed), возмутился (was indignant).
for (const [stem, lemma, stance] of [['усомни', 'doubt', 'state'], ['согласи', 'agree', 'state'], ['возмути', 'protest', 'accuse'], ['договори', 'agree', 'announce']] as [string, string, Stance][])
  for (const e of ['лся', 'лась', 'лись']) CUES_RU.set(stem + e, { lemma, stance, plural: e === 'лись', feminine: e === 'лась', weak: true });
for (const [forms, lemma, stance] of IRREGULAR) forms.forEach((f, i) => CUES_RU.set(f, { lemma, stance, plural: i === 2, feminine: i === 1 }));
for (const [forms, lemma, stance] of PRESENT) for (const f of forms) CUES_RU.set(f, { lemma, stance, plural: /(?:ют|ят|ут|ы)$/.test(f), feminine: /а$/.test(f) });
for (const [forms, lemma, stance] of PRESENT_WEAK) for (const f of forms) CUES_RU.set(f, { lemma, stance, plural: /(?:ют|ят|ут|ы)$/.test(f), feminine: false, weak: true });
/** The reporting verbs as one alternation (whole words, any case). */
export const CUE_RE_RU = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${[...CUES_RU.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
export const cueRu = (form: string) => CUES_RU.get(form.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')) ?? CUES_RU.get(form.toLowerCase().replace(/\s+/g, ' '));

/** Titles (lower case, as the words begin) → the office they name: `of` the state or institution that holds it
 *  (resolved by date to who held it), or null when the title only introduces a person named after it. */
export const TITLES_RU: [string, { title: string; of: string } | null][] = [
  ['пресс-секретарь президента россии', { title: 'spokesperson', of: 'russia-presidential-office' }],
  ['пресс-секретарь президента рф', { title: 'spokesperson', of: 'russia-presidential-office' }],
  ['пресс-секретарь российского президента', { title: 'spokesperson', of: 'russia-presidential-office' }],
  ['пресс-секретарь кремля', { title: 'spokesperson', of: 'russia-presidential-office' }],
  ['пресс-секретарь президента', { title: 'spokesperson', of: 'russia-presidential-office' }],
  ['официальный представитель мид россии', { title: 'spokesperson', of: 'russia-mfa' }],
  ['официальный представитель мид рф', { title: 'spokesperson', of: 'russia-mfa' }],
  ['официальный представитель российского мид', { title: 'spokesperson', of: 'russia-mfa' }],
  ['официальный представитель мид', { title: 'spokesperson', of: 'russia-mfa' }],
  ['официальный представитель министерства иностранных дел россии', { title: 'spokesperson', of: 'russia-mfa' }],
  ['представитель мид россии', { title: 'spokesperson', of: 'russia-mfa' }],
  ['министр иностранных дел россии', { title: 'foreign-minister', of: 'russia' }],
  ['министр иностранных дел рф', { title: 'foreign-minister', of: 'russia' }],
  ['глава мид россии', { title: 'foreign-minister', of: 'russia' }],
  ['глава мид рф', { title: 'foreign-minister', of: 'russia' }],
  ['глава российского мид', { title: 'foreign-minister', of: 'russia' }],
  ['российский министр иностранных дел', { title: 'foreign-minister', of: 'russia' }],
  ['президент россии', { title: 'president', of: 'russia' }],
  ['президент рф', { title: 'president', of: 'russia' }],
  ['российский президент', { title: 'president', of: 'russia' }],
  ['российский лидер', { title: 'president', of: 'russia' }],
  ['президент сша', { title: 'president', of: 'united-states' }],
  ['американский президент', { title: 'president', of: 'united-states' }],
  ['американский лидер', { title: 'president', of: 'united-states' }],
  ['президент украины', { title: 'president', of: 'ukraine' }],
  ['украинский президент', { title: 'president', of: 'ukraine' }],
  ['президент турции', { title: 'president', of: 'turkey' }],
  ['турецкий президент', { title: 'president', of: 'turkey' }],
  ['госсекретарь сша', { title: 'foreign-minister', of: 'united-states' }],
  ['председатель кнр', { title: 'president', of: 'china' }],
  ['председатель китая', { title: 'president', of: 'china' }],
  ['глава российского мид', { title: 'foreign-minister', of: 'russia' }],
  ['глава российского внешнеполитического ведомства', { title: 'foreign-minister', of: 'russia' }],
  ['государственный секретарь сша', { title: 'foreign-minister', of: 'united-states' }],
  ['госсекретарь', { title: 'foreign-minister', of: 'united-states' }],
  ['американский госсекретарь', { title: 'foreign-minister', of: 'united-states' }],
  ['министр иностранных дел украины', { title: 'foreign-minister', of: 'ukraine' }],
  ['глава мид украины', { title: 'foreign-minister', of: 'ukraine' }],
  ['министр иностранных дел турции', { title: 'foreign-minister', of: 'turkey' }],
  ['глава мид турции', { title: 'foreign-minister', of: 'turkey' }],
  ['генеральный секретарь нато', { title: 'secretary-general', of: 'nato' }],
  ['генсек нато', { title: 'secretary-general', of: 'nato' }],
  ['министр обороны россии', { title: 'defense-minister', of: 'russia' }],
  ['глава минобороны россии', { title: 'defense-minister', of: 'russia' }],
  // Titles several hold at once: they say who only with the name after them.
  ['заместитель министра иностранных дел россии', null], ['заместитель министра иностранных дел рф', null], ['замминистра иностранных дел', null],
  ['заместитель главы мид россии', null], ['замглавы мид россии', null], ['замглавы мид рф', null], ['замглавы мид', null], ['заместитель главы мид', null],
  ['помощник президента россии', null], ['помощник президента рф', null], ['помощник президента', null], ['помощник российского президента', null],
  ['постпред россии', null], ['постоянный представитель россии', null], ['постпред рф', null], ['постоянный представитель рф', null],
  ['глава российской делегации', null], ['глава делегации', null], ['руководитель российской делегации', null], ['руководитель делегации', null],
  ['глава украинской делегации', null], ['советник', null], ['посол россии', null], ['посол рф', null], ['посол сша', null], ['посол', null],
  ['замгоссекретаря сша', null], ['заместитель госсекретаря сша', null], ['первый заместитель госсекретаря сша', null], ['заместитель госсекретаря', null],
  ['генсек', null], ['генеральный секретарь', null], ['министр обороны', null], ['министр иностранных дел', null], ['глава мид', null],
  ['пресс-секретарь', null], ['официальный представитель', null], ['верховный представитель', null], ['замминистра', null], ['замглавы', null],
  ['спецпредставитель', null], ['специальный представитель', null], ['министр', null], ['депутат госдумы', null], ['депутат', null],
  ['сенатор', null], ['председатель', null], ['глава', null], ['представитель', null], ['спикер', null], ['вице-премьер', null],
  // Heads of state and government and other offices that introduce a name (Премьер-министр Армении Никол Пашинян).
  ['премьер-министр', null], ['премьер', null], ['президент', null], ['вице-президент', null], ['канцлер', null], ['король', null],
  ['секретарь', null], ['раис', null], ['башкан', null], ['временный поверенный в делах', null], ['поверенный в делах', null], ['председатель правления', null],
  ['эмир', null], ['наследный принц', null], ['султан', null], ['шейх', null], ['мэр', null], ['губернатор', null],
  ['уполномоченный по правам человека', null], ['омбудсмен', null], ['лидер', null], ['командующий', null], ['начальник', null],
  ['руководитель', null], ['координатор', null], ['спецпосланник', null], ['посланник', null], ['директор', null], ['генеральный директор', null],
  ['политолог', null], ['эксперт', null], ['аналитик', null], ['профессор', null], ['востоковед', null],
  ['зампред', null], ['заместитель председателя', null], ['зампредседателя', null], ['вице-спикер', null], ['первый замглавы', null],
  ['первый заместитель', null], ['замгенсека', null], ['заместитель генсека', null], ['генпрокурор', null], ['мэр', null],
  ['глава правительства', null], ['глава администрации', null], ['пресс-секретарь генсека', null], ['официальный представитель генсека', null],
  ['генконсул', null], ['генеральный консул', null], ['консул', null], ['чрезвычайный и полномочный посол', null], ['председатель правления', null],
];

/** A country's adjective (masculine nominative) → the state, for titles that name an office by it. */
export const NATIONALITY_ADJ_RU: [string, string][] = [
  ['российский', 'russia'], ['американский', 'united-states'], ['украинский', 'ukraine'], ['турецкий', 'turkey'], ['британский', 'united-kingdom'],
  ['французский', 'france'], ['германский', 'germany'], ['немецкий', 'germany'], ['китайский', 'china'], ['иранский', 'iran'], ['белорусский', 'belarus'],
  ['израильский', 'israel'], ['катарский', 'qatar'], ['египетский', 'egypt'], ['саудовский', 'saudi-arabia'], ['индийский', 'india'], ['венгерский', 'hungary'],
  ['армянский', 'armenia'], ['азербайджанский', 'azerbaijan'], ['казахстанский', 'kazakhstan'], ['сирийский', 'syria'], ['итальянский', 'italy'],
  ['японский', 'japan'], ['польский', 'poland'], ['финский', 'finland'], ['эмиратский', 'uae'], ['иорданский', 'jordan'], ['пакистанский', 'pakistan'],
];
// "турецкий лидер", "глава российской дипломатии", "американский госсекретарь": an office by its country's adjective.
for (const [adj, state] of NATIONALITY_ADJ_RU) {
  const stem = adj.slice(0, -2);
  TITLES_RU.push(
    [`${adj} лидер`, { title: 'president', of: state }],
    [`${adj} президент`, { title: 'president', of: state }],
    [`${adj} премьер`, { title: 'prime-minister', of: state }],
    [`${adj} премьер-министр`, { title: 'prime-minister', of: state }],
    [`${adj} министр иностранных дел`, { title: 'foreign-minister', of: state }],
    [`глава ${stem}ой дипломатии`, { title: 'foreign-minister', of: state }],
    [`шеф ${stem}ой дипломатии`, { title: 'foreign-minister', of: state }],
    [`глава ${stem}ого мид`, { title: 'foreign-minister', of: state }],
    [`${adj} министр обороны`, { title: 'defense-minister', of: state }],
  );
}
TITLES_RU.push(
  ['глава пентагона', { title: 'defense-minister', of: 'united-states' }], ['глава госдепа', { title: 'foreign-minister', of: 'united-states' }],
  ['глава госдепартамента', { title: 'foreign-minister', of: 'united-states' }], ['глава белого дома', { title: 'president', of: 'united-states' }],
  ['хозяин белого дома', { title: 'president', of: 'united-states' }], ['глава кремля', { title: 'president', of: 'russia' }],
);

/** Names the gazetteer does not give in Russian: the Kremlin, capitals for their governments. */
export const METONYMS_RU: [string, string][] = [
  ['Кремль', 'russia-presidential-office'], ['Москва', 'russia'], ['Вашингтон', 'united-states'], ['Киев', 'ukraine'],
  ['Белый дом', 'us-white-house'], ['Госдеп', 'us-state-department'], ['Госдепартамент', 'us-state-department'], ['Анкара', 'turkey'],
  ['Пекин', 'china'], ['Тегеран', 'iran'], ['Лондон', 'united-kingdom'], ['Париж', 'france'], ['Берлин', 'germany'], ['Минобороны', 'russia-defense-ministry'],
  ['МИД', 'russia-mfa'], ['Альянс', 'nato'], ['российский МИД', 'russia-mfa'], ['украинский МИД', 'ukraine-mfa'], ['турецкий МИД', 'turkey-mfa'],
  ['китайский МИД', 'china-mfa'], ['иранский МИД', 'iran-mfa'], ['британский МИД', 'uk-foreign-office'], ['французский МИД', 'france-mfa'],
  ['германский МИД', 'germany-mfa'], ['немецкий МИД', 'germany-mfa'], ['белорусский МИД', 'belarus-mfa'], ['российское Минобороны', 'russia-defense-ministry'],
  ['российское военное ведомство', 'russia-defense-ministry'], ['российский Совбез', 'russia-security-council'],
  ['американский Госдеп', 'us-state-department'], ['американский Госдепартамент', 'us-state-department'], ['американское военное ведомство', 'us-defense-department'],
  // Capitals for their governments (not those a format or a document is named after: Астана, Хельсинки, Будапешт).
  ['Ереван', 'armenia'], ['Баку', 'azerbaijan'], ['Минск', 'belarus'], ['Кишинев', 'moldova'], ['Кишинёв', 'moldova'], ['Тбилиси', 'georgia'],
  ['Ташкент', 'uzbekistan'], ['Бишкек', 'kyrgyzstan'], ['Душанбе', 'tajikistan'], ['Ашхабад', 'turkmenistan'], ['Варшава', 'poland'],
  ['Токио', 'japan'], ['Сеул', 'south-korea'], ['Пхеньян', 'north-korea'], ['Нью-Дели', 'india'], ['Эр-Рияд', 'saudi-arabia'],
  ['Доха', 'qatar'], ['Абу-Даби', 'uae'], ['Каир', 'egypt'], ['Дамаск', 'syria'], ['Амман', 'jordan'], ['Исламабад', 'pakistan'],
  ['Вильнюс', 'lithuania'], ['Рига', 'latvia'], ['Таллин', 'estonia'], ['Белград', 'serbia'], ['Афины', 'greece'], ['Каракас', 'venezuela'],
  ['Ханой', 'vietnam'], ['Джакарта', 'indonesia'], ['Бразилиа', 'brazil'], ['Претория', 'south-africa'], ['Рим', 'italy'], ['Иерусалим', 'israel'],
  // "the side" of a state in a talk: американская сторона, российской стороны.
  ['американская сторона', 'united-states'], ['российская сторона', 'russia'], ['украинская сторона', 'ukraine'], ['турецкая сторона', 'turkey'],
  ['иранская сторона', 'iran'], ['китайская сторона', 'china'], ['катарская сторона', 'qatar'], ['израильская сторона', 'israel'],
  // A country's "foreign-policy department": its foreign ministry (в турецком внешнеполитическом ведомстве).
  ['российское внешнеполитическое ведомство', 'russia-mfa'], ['турецкое внешнеполитическое ведомство', 'turkey-mfa'], ['украинское внешнеполитическое ведомство', 'ukraine-mfa'],
  ['китайское внешнеполитическое ведомство', 'china-mfa'], ['американское внешнеполитическое ведомство', 'us-state-department'], ['иранское внешнеполитическое ведомство', 'iran-mfa'],
  ['французское внешнеполитическое ведомство', 'france-mfa'], ['германское внешнеполитическое ведомство', 'germany-mfa'], ['немецкое внешнеполитическое ведомство', 'germany-mfa'],
];

/** Channels: "журналистам" (to reporters), "в интервью X", "в эфире телеканала X", "на брифинге". */
export const CHANNEL_RE_RU =
  /(?<![\p{L}])(?:(?<press>журналистам|репортерам|репортёрам|прессе)|(?<interview>в\s+интервью)|(?<air>в\s+эфире(?:\s+(?:телеканала|радиостанции|программы|передачи))?)|(?<briefing>на\s+(?:брифинге|пресс-конференции|пресс-подходе))|(?<social>в\s+(?:своем|своём\s+)?(?:telegram|телеграм)(?:-канале)?))(?![\p{L}])/iu;

/** Event triggers by stem: the first in a statement's words gives its type. */
export const EVENTS_RU: [RegExp, EventType][] = ([
  [/(?<![\p{L}])(?:телефонн\p{L}*\s+(?:разговор|переговор|контакт|бесед)\p{L}*|созвон\p{L}*|разговор\p{L}*\s+по\s+телефону|видеосвяз\p{L}*|видеоконференц\p{L}*)/iu, 'phone-call'],
  [/(?<![\p{L}])проект\p{L}*\s+(?:\p{L}+\s+){0,2}(?:соглашени|договор)\p{L}*/iu, 'draft-agreement'],
  [/(?<![\p{L}])(?:подписани\p{L}*|подпис(?:ал|али|ать|ано|аны))/iu, 'agreement-signing'],
  [/(?<![\p{L}])саммит\p{L}*/iu, 'meeting'],
  [/(?<![\p{L}])вторжени\p{L}*/iu, 'invasion'],
  [/(?<![\p{L}])(?:наращивани\p{L}*|стягивани\p{L}*)/iu, 'military-buildup'],
  [/(?<![\p{L}])переговор\p{L}*/iu, 'negotiation'],
  [/(?<![\p{L}])консультаци\p{L}*/iu, 'consultation'],
  [/(?<![\p{L}])визит\p{L}*/iu, 'visit'],
  [/(?<![\p{L}])(?:встреч\p{L}*|встрет\p{L}*)/iu, 'meeting'],
  [/(?<![\p{L}])разговор\p{L}*/iu, 'phone-call'],
] as [RegExp, string][]).map(([re, type]) => [re, eventType(type, 'lib/lang/ru/lexicon.ts')]);

export const STOP_RU = new Set(
  'и в во не что он она оно они на я с со как а то все так его но да ты к у же вы за бы по только ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно всю между также заявил заявила сообщил отметил'.split(' '),
);
