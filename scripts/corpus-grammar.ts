// A varied corpus for benchmarks, generated from a small grammar (not clones of one article): speakers are the
// gazetteer's persons with their roles (over 200), outlets its media and made-up papers (50), happenings
// are calls, talks, visits and summits between its states and persons on days across two years (100 or more),
// each reported by several outlets in Arabic or English, in texts of different lengths — statements that
// confirm, deny, announce or report them, days written as weekdays, dates and relative days. Deterministic
// for a seed. Constructed text: no sentence comes from a real article.
import gazetteer from '../data/gazetteer/actors.json';
import { ROLE_NAMES } from '../lib/view/roles';

type Lang = 'ar' | 'en';
interface GActor {
  id: string;
  kind: string;
  names: { en: string[]; ar: string[] };
  roles?: { title: string; of?: string; from?: string; to?: string }[];
}
export interface GeneratedDoc {
  id: string;
  text: string;
  title: string;
  lang: Lang;
  publisher: string;
  published: string;
  timeZone: string;
}

/** mulberry32: a small, good-enough PRNG, so a seed gives the same corpus. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actors = ((gazetteer as unknown as { actors?: GActor[] }).actors ?? (gazetteer as unknown as GActor[]));
const byId = new Map(actors.map((a) => [a.id, a]));
const persons = actors.filter((a) => a.kind === 'person' && a.names.en.length && a.names.ar.length && a.roles?.length);
const states = actors.filter((a) => a.kind === 'state' && a.names.en.length && a.names.ar.length);
const MADE_UP_OUTLETS = ['The Evening Ledger', 'Gulf Morning Post', 'Levant Daily', 'Nile Courier', 'Maghreb Observer', 'Capital Wire', 'The Harbour Times', 'Desert Star', 'Northern Gazette', 'Crescent News', 'Atlas Herald', 'Bosphorus Review', 'The Diplomatic Record', 'Riverside Chronicle', 'Eastern Monitor', 'Cedar Tribune', 'Sahel Dispatch', 'Red Sea Journal', 'The Continental', 'Meridian Press'];
const outlets = [...actors.filter((a) => a.kind === 'media').map((a) => a.id), ...MADE_UP_OUTLETS];
const ZONES = ['Europe/Moscow', 'Asia/Dubai', 'Africa/Cairo', 'Asia/Riyadh', 'Europe/London', 'America/New_York', 'Asia/Beirut', 'Europe/Istanbul'];

const EVENTS = {
  call: { en: 'a phone call', ar: 'اتصالا هاتفيا' },
  talks: { en: 'talks', ar: 'محادثات' },
  meeting: { en: 'a meeting', ar: 'لقاء' },
  visit: { en: 'a visit', ar: 'زيارة' },
  summit: { en: 'a summit', ar: 'قمة' },
};
const WEEKDAYS = { en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'], ar: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] };
const MONTHS = { en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'], ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'] };
const FILLER = {
  en: ['Analysts expect the question to stay on the agenda for weeks.', 'The two sides have differed on the sequence of steps.', 'Officials gave no further details.', 'Markets reacted calmly to the news.', 'Earlier rounds ended without a joint statement.', 'Diplomats said the atmosphere had improved.'],
  ar: ['ويتوقع مراقبون أن تبقى المسألة على جدول الأعمال لأسابيع.', 'واختلف الجانبان حول ترتيب الخطوات.', 'ولم يقدم المسؤولون مزيدا من التفاصيل.', 'وجاءت ردود الفعل هادئة.', 'وانتهت جولات سابقة دون بيان مشترك.', 'وأشار دبلوماسيون إلى تحسن الأجواء.'],
};

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A person's name with the title they held on a day, as news writes it. */
function speakerWords(p: GActor, lang: Lang, day: string): string {
  const role = p.roles!.find((r) => (!r.from || r.from <= day) && (!r.to || day < r.to)) ?? p.roles![0]!;
  const title = ROLE_NAMES[role.title]?.[lang] ?? role.title.replace(/-/g, ' ');
  const of = role.of ? byId.get(role.of) : undefined;
  if (lang === 'en') {
    const t = title.replace(/^./, (c) => c.toUpperCase());
    return `${of && of.kind === 'state' ? `${of.names.en[0]}'s ` : ''}${t} ${p.names.en[0]}`;
  }
  return `${title}${of && of.kind === 'state' ? ` ${of.names.ar[0]}` : ''} ${p.names.ar[0]}`;
}

/** How a text written on `pub` names the day `t`: a weekday near it, else a date. */
function dayWords(t: number, pub: number, lang: Lang, pick: () => number): string {
  const d = Math.round((t - pub) / DAY);
  const date = new Date(t);
  if (d === 0) return lang === 'en' ? 'today' : 'اليوم';
  if (d === 1 && pick() < 0.5) return lang === 'en' ? 'tomorrow' : 'غدا';
  if (d === -1 && pick() < 0.5) return lang === 'en' ? 'yesterday' : 'أمس';
  if (Math.abs(d) < 6 && pick() < 0.6) return lang === 'en' ? `on ${WEEKDAYS.en[date.getUTCDay()]}` : `يوم ${WEEKDAYS.ar[date.getUTCDay()]}`;
  return lang === 'en' ? `on ${date.getUTCDate()} ${MONTHS.en[date.getUTCMonth()]}` : `في ${date.getUTCDate()} ${MONTHS.ar[date.getUTCMonth()]}`;
}

export interface Happening {
  kind: keyof typeof EVENTS;
  a: GActor;
  b: GActor;
  day: number;
}

/** `n` documents: about one happening for every eight documents (at least 100), days across two years. */
export function* generateCorpus(n: number, seed = 1): Generator<GeneratedDoc> {
  const pick = rng(seed);
  const any = <T>(xs: readonly T[]) => xs[Math.floor(pick() * xs.length)]!;
  const start = Date.UTC(2021, 0, 4);
  const happenings: Happening[] = Array.from({ length: Math.max(100, Math.ceil(n / 8)) }, () => {
    const a = any(states);
    let b = any(states);
    while (b.id === a.id) b = any(states);
    return { kind: any(Object.keys(EVENTS)) as keyof typeof EVENTS, a, b, day: start + Math.floor(pick() * 730) * DAY };
  });
  for (let i = 0; i < n; i++) {
    const h = happenings[Math.floor(pick() * happenings.length)]!;
    const lang: Lang = pick() < 0.6 ? 'ar' : 'en';
    const pub = h.day + Math.round((pick() * 8 - 4)) * DAY;
    const pubDay = iso(pub);
    const ev = EVENTS[h.kind][lang];
    const [A, B] = [h.a.names[lang][0]!, h.b.names[lang][0]!];
    const when = dayWords(h.day, pub, lang, pick);
    const said = dayWords(pub - (pick() < 0.5 ? DAY : 0), pub, lang, pick);
    const future = h.day >= pub;
    const sentences: string[] = [];
    const statements = 1 + Math.floor(pick() * 4);
    for (let s = 0; s < statements; s++) {
      const sp = speakerWords(any(persons), lang, pubDay);
      const form = Math.floor(pick() * 5);
      if (lang === 'en') {
        sentences.push(
          [
            `${sp} said ${said} that ${A} and ${B} ${future ? 'would hold' : 'held'} ${ev} ${when}.`,
            `${sp} confirmed ${said} that ${ev} between ${A} and ${B} ${future ? 'is scheduled' : 'took place'} ${when}.`,
            `${sp} denied ${said} that ${A} had agreed to ${ev} with ${B}.`,
            `"We ${future ? 'expect' : 'welcomed'} ${ev} with ${B} ${when}," ${sp} told reporters.`,
            `${A} announced ${said} ${ev} with ${B} ${when}, according to ${sp}.`,
          ][form]!,
        );
      } else {
        sentences.push(
          [
            `قال ${sp} ${said} إن ${A} و${B} ${future ? 'سيعقدان' : 'عقدا'} ${ev} ${when}.`,
            `أكد ${sp} ${said} أن ${ev} بين ${A} و${B} ${future ? 'سيجري' : 'جرى'} ${when}.`,
            `نفى ${sp} ${said} أن تكون ${A} قد وافقت على ${ev} مع ${B}.`,
            `وأعلن ${sp} ${said} أن ${A} ${future ? 'ستجري' : 'أجرت'} ${ev} مع ${B} ${when}.`,
            `وأضاف ${sp} أن ${ev} ${future ? 'سيتناول' : 'تناول'} العلاقات بين ${A} و${B}.`,
          ][form]!,
        );
      }
      // Texts of different lengths: a few filler sentences, sometimes many.
      const fill = pick() < 0.15 ? 20 + Math.floor(pick() * 60) : 2 + Math.floor(pick() * 6);
      for (let f = 0; f < fill; f++) sentences.push(any(FILLER[lang]));
    }
    const outlet = any(outlets);
    const title = lang === 'en' ? `${A} and ${B}: ${ev.replace(/^an? /, '')} ${when}` : `${A} و${B}: ${ev} ${when}`;
    yield { id: `gen-${seed}-${i}`, text: sentences.join(pick() < 0.5 ? ' ' : '\n'), title, lang, publisher: outlet, published: pubDay, timeZone: any(ZONES) };
  }
}
