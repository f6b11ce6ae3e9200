// Facts a statement states about its event, read from its own content words in Arabic, English and Russian: who asked
// for it, where, how long it lasted, who took part. Each fact keeps the exact span it was read from, so a
// cell of the compare view links to those words. Deliberately small patterns: a fact not found is "silent".
import type { Actor, Event, Extraction, Statement } from '../model/schema';
import { normalizeArabic, normalizeKey, toOriginalSpan, type NormalizedText } from '../text/normalize';
import { spansWithin } from '../text/spans';
import { NUMBER_WORDS } from '../lang/ar/vocab';

export type FactKind = 'time' | 'initiator' | 'location' | 'duration' | 'participants';
/** The kinds a compared happening's table shows; 'time' is read from the claims (the engine's time values), the
 *  others from the statements' words. */
export const FACT_KINDS: readonly FactKind[] = ['time', 'participants', 'initiator', 'location', 'duration'];

export interface Fact {
  kind: FactKind;
  /** Comparable value: a TIMEX3 value, an actor id, a place id, an ISO 8601 duration, participant ids joined by '+'. */
  value: string;
  /** The value in English words (the view translates ids itself). */
  label: string;
  statementId: string;
  docId: string;
  /** Offsets into document.text; text === document.text.slice(span.start, span.end). */
  span: { start: number; end: number };
  text: string;
}

/** Places where diplomacy happens, in the three languages (Arabic as normalised text; Russian in the prepositional,
 *  as "в Женеве" writes it, and the nominative). */
export const VENUES: readonly { id: string; en: string[]; ar: string[]; ru: string[] }[] = [
  { id: 'geneva', en: ['Geneva'], ar: ['جنيف'] , ru: ['Женеве', 'Женева'] },
  { id: 'vienna', en: ['Vienna'], ar: ['فيينا'] , ru: ['Вене', 'Вена'] },
  { id: 'istanbul', en: ['Istanbul'], ar: ['اسطنبول', 'إسطنبول'] , ru: ['Стамбуле', 'Стамбул'] },
  { id: 'ankara', en: ['Ankara'], ar: ['انقره', 'أنقرة'] , ru: ['Анкаре', 'Анкара'] },
  { id: 'antalya', en: ['Antalya'], ar: ['انطاليا', 'أنطاليا'] , ru: ['Анталье', 'Анталия', 'Анталья'] },
  { id: 'minsk', en: ['Minsk'], ar: ['مينسك'] , ru: ['Минске', 'Минск'] },
  { id: 'helsinki', en: ['Helsinki'], ar: ['هلسنكي'] , ru: ['Хельсинки'] },
  { id: 'moscow', en: ['Moscow'], ar: ['موسكو'] , ru: ['Москве', 'Москва'] },
  { id: 'sochi', en: ['Sochi'], ar: ['سوتشي'] , ru: ['Сочи'] },
  { id: 'washington', en: ['Washington'], ar: ['واشنطن'] , ru: ['Вашингтоне', 'Вашингтон'] },
  { id: 'new-york', en: ['New York'], ar: ['نيويورك'] , ru: ['Нью-Йорке', 'Нью-Йорк'] },
  { id: 'paris', en: ['Paris'], ar: ['باريس'] , ru: ['Париже', 'Париж'] },
  { id: 'berlin', en: ['Berlin'], ar: ['برلين'] , ru: ['Берлине', 'Берлин'] },
  { id: 'munich', en: ['Munich'], ar: ['ميونخ'] , ru: ['Мюнхене', 'Мюнхен'] },
  { id: 'london', en: ['London'], ar: ['لندن'] , ru: ['Лондоне', 'Лондон'] },
  { id: 'brussels', en: ['Brussels'], ar: ['بروكسل'] , ru: ['Брюсселе', 'Брюссель'] },
  { id: 'beijing', en: ['Beijing'], ar: ['بكين'] , ru: ['Пекине', 'Пекин'] },
  { id: 'kyiv', en: ['Kyiv', 'Kiev'], ar: ['كييف'] , ru: ['Киеве', 'Киев'] },
  { id: 'doha', en: ['Doha'], ar: ['الدوحة'] , ru: ['Дохе', 'Доха'] },
  { id: 'riyadh', en: ['Riyadh'], ar: ['الرياض'] , ru: ['Эр-Рияде', 'Эр-Рияд'] },
  { id: 'jeddah', en: ['Jeddah'], ar: ['جدة'] , ru: ['Джидде', 'Джидда'] },
  { id: 'abu-dhabi', en: ['Abu Dhabi'], ar: ['أبوظبي', 'أبو ظبي'] , ru: ['Абу-Даби'] },
  { id: 'anchorage', en: ['Anchorage', 'Alaska'], ar: ['أنكوريج', 'ألاسكا'] , ru: ['Анкоридже', 'Аляске'] },
  { id: 'camp-david', en: ['Camp David'], ar: ['كامب ديفيد'] , ru: ['Кэмп-Дэвиде'] },
  { id: 'davos', en: ['Davos'], ar: ['دافوس'] , ru: ['Давосе', 'Давос'] },
];

// Patterns run on the normalised text (أ→ا, ة→ه, ى→ي, no harakat), which has one character per original one or
// fewer, so every match maps back to the exact original characters.
/** "بناء على طلب من X", "بطلب من X", "at the request of X": the initiator follows. */
const INITIATOR_BEFORE =
  /(?:بناء\s+علي\s+طلب|بطلب|بمبادره|بدعوه)(?:\s+من)?\s+|\b(?:at|on)\s+the\s+(?:request|initiative|invitation)\s+of\s+|\b(?:requested|initiated|proposed)\s+by\s+|(?<![\p{L}])(?:по\s+(?:инициативе|просьбе|приглашению)|инициатором(?:\s+(?:беседы|разговора|встречи|контакта|переговоров))?\s+(?:выступил[аои]?|стал[аои]?|был[аои]?))\s+/giu;
/** "at X's request". */
const INITIATOR_POSSESSIVE = /\bat\s+(.{2,60}?)['’]s\s+(?:request|initiative|invitation)\b/gu;
/** "X asked for", "X requested": the initiator precedes. */
const INITIATOR_AFTER = /\s*(?:\b(?:had\s+|has\s+)?(?:asked\s+for|requested|initiated|proposed)\b|(?<![\p{L}])(?:попросил[аи]?|инициировал[аи]?|запросил[аи]?)(?![\p{L}]))/gu;
const MAY_INITIATE = /طلب|مبادره|دعوه|request|initiat|invitation|asked|propos|инициатив|инициир|просьб|попрос|запрос|приглашени/i;
const MAY_LAST = /minute|hour|دقيق|دقائق|ساع|минут|час/i;
/** Nothing but this may separate an actor's name from "asked for" / from "بطلب من". */
const GAP = 3;

const EN_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
};
// Tens are not in the time vocabulary (durations of calls are): both case endings.
const AR_NUMBERS: Record<string, number> = {
  ...NUMBER_WORDS, واحده: 1, ساعه: 1, عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30, اربعين: 40, اربعون: 40,
  خمسين: 50, خمسون: 50, ستين: 60, ستون: 60, تسعين: 90, تسعون: 90,
};
const APPROX_EN = '(?:about|around|nearly|almost|some|roughly|approximately|more\\s+than|over|under|less\\s+than)';
const APPROX_AR = '(?:نحو|حوالي|قرابه|زهاء|ما\\s+يقرب\\s+من|اكثر\\s+من|اقل\\s+من)';
const NUM_EN = `(?:\\d+(?:\\.\\d+)?|${Object.keys(EN_NUMBERS).join('|')})`;
const NUM_AR = `(?:\\d+|${Object.keys(AR_NUMBERS).sort((a, b) => b.length - a.length).join('|')})`;
const DURATION_EN = new RegExp(
  `\\b(?:lasted|lasting|last|went\\s+on\\s+for|took|for)\\s+(?<approx>${APPROX_EN}\\s+)?(?:(?<half>half\\s+an\\s+hour)|(?<n>${NUM_EN})\\s+(?<unit>minutes?|hours?)(?<andHalf>\\s+and\\s+a\\s+half)?)\\b` +
    `|\\b(?<n2>\\d+)-(?<unit2>minute|hour)\\b`,
  'giu',
);
// استمر الاتصال نحو 50 دقيقة / دام ساعتين / لمدة ساعة ونصف / نصف ساعة
const DURATION_AR = new RegExp(
  `(?:استمر|استمرت|دام|دامت|استغرق|استغرقت|لمده)(?:\\s+[^\\s.،؛:]+){0,3}?\\s+(?<approx>${APPROX_AR}\\s+)?` +
    `(?:(?<half>نصف\\s+ساعه)|(?<dual>ساعتين|ساعتان|دقيقتين|دقيقتان)|(?:(?<n>${NUM_AR})\\s+)?(?<unit>دقيقه|دقائق|ساعه|ساعات)(?<andHalf>\\s*و\\s*نصف)?)(?![\\p{L}])`,
  'gu',
);

// Russian: "разговор продолжался около 50 минут", "переговоры длились почти восемь часов", "в течение двух часов",
// "беседа заняла полтора часа".
const RU_NUMBERS: Record<string, number> = {
  один: 1, одного: 1, одну: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, трёх: 3, четыре: 4, четырех: 4, четырёх: 4, пять: 5, пяти: 5,
  шесть: 6, шести: 6, семь: 7, семи: 7, восемь: 8, восьми: 8, девять: 9, девяти: 9, десять: 10, десяти: 10, пятнадцать: 15, пятнадцати: 15,
  двадцать: 20, двадцати: 20, тридцать: 30, тридцати: 30, сорок: 40, сорока: 40, пятьдесят: 50, пятидесяти: 50, шестьдесят: 60, девяносто: 90,
};
const APPROX_RU = '(?:около|почти|более|менее|свыше|примерно|порядка|больше|меньше)';
const DURATION_RU = new RegExp(
  `(?<![\\p{L}])(?:продолжал(?:ся|ась|ось|ись)|длил(?:ся|ась|ось|ись)|занял[аои]?|в\\s+течение)(?:\\s+[^\\s.,;:]+){0,2}?\\s+(?<approx>${APPROX_RU}\\s+)?` +
    `(?:(?<half>получаса|полчаса)|(?<oneAndHalf>полтора\\s+часа|полутора\\s+часов)|(?:(?<n>\\d+|${Object.keys(RU_NUMBERS).sort((a, b) => b.length - a.length).join('|')})\\s+)?(?<unit>минут[уы]?|час(?:а|ов)?)(?<andHalf>\\s+с\\s+половиной)?)(?![\\p{L}])`,
  'giu',
);

interface ActorMention {
  start: number;
  end: number;
  actorId: string;
}

/** A combined pattern over place names; the name matched says which place. */
interface Places {
  latin: RegExp | null;
  arabic: RegExp | null;
  cyrillic: RegExp | null;
  byName: Map<string, { id: string; label: string }>;
}

function placeMatcher(places: readonly { id: string; label: string; en: readonly string[]; ar: readonly string[]; ru?: readonly string[] }[]): Places {
  const byName = new Map<string, { id: string; label: string }>();
  for (const p of places) {
    for (const n of [...p.en, ...(p.ru ?? [])]) if (n.length >= 3 && !byName.has(n)) byName.set(n, { id: p.id, label: p.label });
    for (const n of p.ar.map(normalizeKey)) if (n.length >= 3 && !byName.has(n)) byName.set(n, { id: p.id, label: p.label });
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const latin = names.filter((n) => /^[A-Za-z]/.test(n));
  const cyrillic = names.filter((n) => /^\p{Script=Cyrillic}/u.test(n));
  const arabic = names.filter((n) => !/^[A-Za-z]/.test(n) && !/^\p{Script=Cyrillic}/u.test(n));
  return {
    latin: latin.length ? new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(?<name>${latin.map(escape).join('|')})\\b`, 'gu') : null,
    // "في جنيف", "بجنيف": the preposition may be written apart or joined.
    arabic: arabic.length ? new RegExp(`(?:^|(?<=[\\s"(]))و?(?:في\\s+|ب)(?<name>${arabic.map(escape).join('|')})(?![\\p{L}])`, 'gu') : null,
    // "в Женеве", "во Франции", "на Аляске".
    cyrillic: cyrillic.length ? new RegExp(`(?<![\\p{L}])(?:в|во|на)\\s+(?<name>${cyrillic.map(escape).join('|')})(?![\\p{L}])`, 'gu') : null,
    byName,
  };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const VENUE_PLACES = placeMatcher(VENUES.map((v) => ({ ...v, label: v.en[0]! })));
const statePlaces = new Map<string, Places>();
const STATE_PLACES_MAX = 64;

const PEOPLE = new Set<Actor['kind']>(['person', 'state', 'institution', 'alliance']);

/** What the fact patterns need of a document, computed once per Extraction. */
interface DocContext {
  nt: NormalizedText;
  /** Where the document names a person, state, institution or alliance, sorted by start. */
  mentions: ActorMention[];
  names: Map<string, string>;
  states: Places;
}
const contexts = new WeakMap<Extraction, DocContext>();
function contextOf(x: Extraction): DocContext {
  let c = contexts.get(x);
  if (c) return c;
  const mentions = x.actors.filter((a) => PEOPLE.has(a.kind)).flatMap((a) => (a.mentions ?? []).map((m) => ({ start: m.start, end: m.end, actorId: a.id })));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const states = x.actors.filter((a) => a.kind === 'state');
  const key = states.map((a) => a.id).sort().join(',');
  let places = statePlaces.get(key);
  if (places) {
    // The most recently used sets stay (a corpus's documents name thousands of different sets of states; each
    // pattern is tens of kilobytes, so the kept ones are few).
    statePlaces.delete(key);
    statePlaces.set(key, places);
  } else {
    places = placeMatcher(states.map((a) => ({ id: a.id, label: a.names.en[0] ?? a.id, en: a.names.en, ar: a.names.ar })));
    // (States by their Russian names are not matched: Russian writes them in the prepositional, России, Турции.)
    if (statePlaces.size >= STATE_PLACES_MAX) statePlaces.delete(statePlaces.keys().next().value!);
    statePlaces.set(key, places);
  }
  c = { nt: normalizeArabic(x.document.text), mentions, names: new Map(x.actors.map((a) => [a.id, a.names.en[0] ?? a.id])), states: places };
  contexts.set(x, c);
  return c;
}

/** An actor named by its gazetteer names at the start of `words` (when the engine kept no mention there). */
function actorNamedAt(x: Extraction, words: string): { actorId: string; length: number } | null {
  const key = words.replace(/^the\s+/i, '');
  const skipped = words.length - key.length;
  let best: { actorId: string; length: number } | null = null;
  for (const a of x.actors) {
    if (!PEOPLE.has(a.kind)) continue;
    for (const n of [...a.names.en, ...a.names.ar]) {
      const k = normalizeKey(n);
      // A whole name: "America" is not named by "American".
      const after = key.charAt(k.length);
      if (k.length >= 2 && key.toLowerCase().startsWith(k) && !/[\p{L}\p{N}]/u.test(after) && (!best || skipped + k.length > best.length)) best = { actorId: a.id, length: skipped + k.length };
    }
  }
  return best;
}


function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
function durationLabel(minutes: number, approx: boolean): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h ? `${h} hour${h === 1 ? '' : 's'}` : '', m ? `${m} minute${m === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `${approx ? 'about ' : ''}${parts.join(' ')}`;
}

/** Facts of one statement, read from its content spans; participants are the event's, named in those words. */
export function factsOf(x: Extraction, s: Statement, event?: Event): Fact[] {
  const text = x.document.text;
  const { nt, mentions, names, states } = contextOf(x);
  const docId = x.document.id;
  const out: Fact[] = [];
  const nameOf = (id: string) => names.get(id) ?? id;
  // Normalised offset of an original one: toOriginal is increasing, so search it.
  const toNorm = (orig: number) => {
    let lo = 0;
    let hi = nt.toOriginal.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nt.toOriginal[mid]! < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const seen = new Set<FactKind>();
  // One fact of a kind per statement: the first its words state.
  const fact = (kind: FactKind, value: string, label: string, span: { start: number; end: number }) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    out.push({ kind, value, label, statementId: s.id, docId, span: { start: span.start, end: span.end }, text: text.slice(span.start, span.end) });
  };

  for (const c of s.content) {
    const ns = toNorm(c.start);
    const words = nt.text.slice(ns, toNorm(c.end));
    const orig = (a: number, b: number) => toOriginalSpan(nt, ns + a, ns + b);
    const named = spansWithin(mentions, c.start, c.end);

    // Cheap tests first: most statements state none of these facts.
    const mayInitiate = MAY_INITIATE.test(words);
    const mayLast = MAY_LAST.test(words);

    // Initiator: the actor the request phrase names, by the engine's mention or else by a gazetteer name.
    for (const m of mayInitiate ? words.matchAll(INITIATOR_BEFORE) : []) {
      const at = orig(m.index, m.index + m[0].length);
      const who = named.find((a) => a.start >= at.end && a.start - at.end <= GAP);
      if (who) fact('initiator', who.actorId, nameOf(who.actorId), { start: at.start, end: who.end });
      else {
        const byName = actorNamedAt(x, words.slice(m.index + m[0].length));
        if (byName) fact('initiator', byName.actorId, nameOf(byName.actorId), orig(m.index, m.index + m[0].length + byName.length));
      }
    }
    for (const m of mayInitiate ? words.matchAll(INITIATOR_POSSESSIVE) : []) {
      const whoAt = m.index + m[0].indexOf(m[1]!);
      const span = orig(whoAt, whoAt + m[1]!.length);
      const id = named.find((a) => a.start >= span.start && a.end <= span.end)?.actorId ?? actorNamedAt(x, m[1]!)?.actorId;
      if (id) fact('initiator', id, nameOf(id), orig(m.index, m.index + m[0].length));
    }
    for (const m of mayInitiate ? words.matchAll(INITIATOR_AFTER) : []) {
      const at = orig(m.index, m.index + m[0].length);
      const who = named.findLast((a) => a.end <= at.start && at.start - a.end <= GAP);
      if (who) fact('initiator', who.actorId, nameOf(who.actorId), { start: who.start, end: at.end });
    }

    // Location: a known venue after في / ب / in / at; a state only when the event can have a place (a call
    // "in Ukraine" is about Ukraine, not held there).
    let located: { at: number; end: number; id: string; label: string } | null = null;
    for (const places of event?.type === 'phone-call' ? [VENUE_PLACES] : [VENUE_PLACES, states]) {
      for (const re of [places.latin, places.arabic, places.cyrillic]) {
        if (!re) continue;
        for (const m of words.matchAll(re)) {
          const place = places.byName.get(m.groups!.name!.replace(/\s+/g, ' '));
          if (place && (!located || m.index < located.at)) located = { at: m.index, end: m.index + m[0].length, ...place };
        }
      }
    }
    if (located) fact('location', located.id, located.label, orig(located.at, located.end));

    // Duration.
    for (const re of mayLast ? [DURATION_EN, DURATION_AR, DURATION_RU] : []) {
      for (const m of words.matchAll(re)) {
        const g = m.groups ?? {};
        let minutes: number | null = null;
        if (g.half) minutes = 30;
        else if (g.oneAndHalf) minutes = 90;
        else if (g.dual) minutes = g.dual.startsWith('ساع') ? 120 : 2;
        else if (g.n2 && g.unit2) minutes = +g.n2 * (g.unit2.toLowerCase().startsWith('hour') ? 60 : 1);
        else if (g.unit) {
          const raw = g.n?.toLowerCase();
          const n = raw === undefined ? 1 : /^\d/.test(raw) ? +raw : (EN_NUMBERS[raw] ?? AR_NUMBERS[raw] ?? RU_NUMBERS[raw] ?? null);
          if (n === null) continue;
          const hours = /^(?:hour|ساع|час)/i.test(g.unit);
          minutes = n * (hours ? 60 : 1) + (g.andHalf && hours ? 30 : 0);
        }
        if (minutes !== null && minutes > 0) fact('duration', isoDuration(minutes), durationLabel(minutes, !!g.approx), orig(m.index, m.index + m[0].length));
      }
    }
  }

  // Participants: the event's own participants these words name, as one set, from the content span naming most.
  if (event?.participants.length) {
    const wanted = new Set(event.participants);
    let best: ActorMention[] = [];
    for (const c of s.content) {
      const here = spansWithin(mentions, c.start, c.end).filter((m) => wanted.has(m.actorId));
      if (new Set(here.map((m) => m.actorId)).size > new Set(best.map((m) => m.actorId)).size) best = here;
    }
    if (best.length) {
      const ids = [...new Set(best.map((m) => m.actorId))].sort();
      const start = Math.min(...best.map((m) => m.start));
      const end = Math.max(...best.map((m) => m.end));
      fact('participants', ids.join('+'), ids.map(nameOf).join(' & '), { start, end });
    }
  }
  return out;
}

/** Facts of every statement of a document, keyed by statement id. */
export function documentFacts(x: Extraction): Map<string, Fact[]> {
  const events = new Map(x.events.map((e) => [e.id, e]));
  return new Map(x.statements.map((s) => [s.id, factsOf(x, s, events.get(s.eventId))]));
}
