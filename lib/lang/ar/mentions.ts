// Arabic actor mentions, in normalised text: gazetteer names and metonyms, and the noun phrases news uses for
// speakers — a chain of titles with what they are of and the name they introduce («نائب رئيس الوزراء وزير
// الخارجية الأردني أيمن الصفدي»، «كبير المفاوضين الإيرانيين، نائب وزير الخارجية علي باقري كني»), a body
// («وزارة الخارجية الإيرانية»), a state's side («الجانب الأمريكي»), a group («الدول الغربية») or an unnamed
// source («مصدر دبلوماسي أوروبي طلب عدم ذكر اسمه»). A person a title introduces is named again by surname.
import nounsLexicon from './lexicon/nouns.json';
import titlesLexicon from './lexicon/titles.json';
import type { ActorKind } from '../../model/schema';
import { normalizeKey } from '../../text/normalize';
import type { PhraseHit, WordSpan } from '../../text/phrases';
import { PhraseMatcher, WordMemo, findWordSequences, oneSpace, phrasePattern, procliticPrefixes, wordNumbers, wordSpans } from '../../text/phrases';
import { SpansByStart, coveredBy, lastStartingAtOrBefore, lowerBound, mergeByStart } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { Gazetteer } from '../../extract/gazetteer';
import type { ActorMention, FreshActor, RoleRef } from '../../extract/mentions';
import { CUE_FORMS } from './lexicon';
import { transliterate } from './transliterate';

interface TitleForm {
  form: string;
  title: string;
  of: 'institution' | 'state' | 'counterpart' | 'any';
}

const TITLE_FORMS: TitleForm[] = titlesLexicon.titles
  .flatMap((t) => t.forms.map((f) => ({ form: normalizeKey(f), title: t.title, of: t.of as TitleForm['of'] })))
  .sort((a, b) => b.form.length - a.form.length);

const set = (words: string[]) => new Set(words.map(normalizeKey));
const TITLE_WORDS = set(nounsLexicon.titleWords);
/** Title words that only qualify a title (العام، الخاص، الرسمي…): they go on a chain but never begin one. */
const TITLE_MODIFIERS = set([
  'العام', 'العامة', 'الخاص', 'الخاصة', 'الأعلى', 'السامي', 'السامية', 'الدائم', 'الدائمة', 'المقيم', 'الأول', 'الأولى', 'السابق', 'السابقة',
  'المنتهية', 'ولايته', 'الرسمي', 'الرسمية', 'باسم', 'الصحفي', 'الصحفية', 'الصحافي', 'الصحافية', 'المكلف', 'المكلفة', 'العهد', 'المساعد', 'المساعدة',
]);
const HONORIFICS = set(nounsLexicon.honorifics);
const NOT_THE_OFFICE = set(nounsLexicon.notTheOffice);
const INSTITUTION_HEADS = set(nounsLexicon.institutionHeads);
const UNNAMED_HEADS = set(nounsLexicon.unnamedHeads);
const UNNAMED_MODIFIERS = set(nounsLexicon.unnamedModifiers.filter((w) => !w.includes(' ')));
const UNNAMED_PHRASES = nounsLexicon.unnamedModifiers.filter((w) => w.includes(' ')).map(normalizeKey).sort((a, b) => b.length - a.length);
const GROUP_HEADS = set(nounsLexicon.groupHeads);
const GROUP_MODIFIERS = set(nounsLexicon.groupModifiers.filter((w) => !w.includes(' ')));
const SIDE_HEADS = set(nounsLexicon.sideHeads);
const STATEMENT_NOUNS = set(nounsLexicon.statementNouns);
/** Nouns that complete a title or a body's name without the article (وزير خارجية، حكومة تصريف الأعمال). */
const COMPLEMENT_NOUNS = set([
  'خارجية', 'دفاع', 'داخلية', 'شؤون', 'تصريف', 'الأعمال', 'الوزراء', 'الأمن', 'القومي', 'الدولة', 'مجلس', 'الدولي', 'الدولية', 'العامة', 'الشؤون',
  'المغتربين', 'الخارجية', 'الدفاع', 'الحكومة', 'حكومة', 'جامعة', 'الدول', 'العربية', 'الأمم', 'المتحدة', 'المنظمات', 'الاتحاد', 'الأوروبي', 'السياسة',
  'المشتركة', 'العليا', 'التعاون', 'الخليجي', 'الإعلام', 'الاتصال', 'الإعلامي', 'المكتب', 'الوفد', 'المفاوض', 'الطاقة', 'الذرية', 'القضايا',
]);
/** Words that never start or continue a person's name. */
const FUNCTION_WORDS = set([
  'في', 'فى', 'من', 'إلى', 'على', 'عن', 'أن', 'إن', 'أنه', 'أنها', 'إنه', 'إنها', 'بأن', 'قد', 'لقد', 'كما', 'الذي', 'التي', 'الذين', 'مع', 'بين', 'و', 'ثم', 'أو',
  'ما', 'لا', 'لم', 'لن', 'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'كان', 'كانت', 'بعد', 'قبل', 'خلال', 'منذ', 'حول', 'ضد', 'لدى', 'عند', 'حين', 'عندما',
  'إذ', 'إذا', 'أمس', 'اليوم', 'غدا', 'عقب', 'إثر', 'أمام', 'عبر', 'حيث', 'لكن', 'بل', 'أي', 'كل', 'بعض', 'غير', 'سوى', 'نحو', 'حتى', 'أيضا', 'فقط',
  'وقد', 'وكان', 'وكانت', 'فيما', 'بينما', 'أما', 'أيضاً', 'نفسه', 'نفسها', 'ذاته', 'لها', 'له', 'لهم', 'به', 'بها', 'فيه', 'فيها', 'منه', 'منها', 'عليه',
  'عليها', 'إليه', 'إليها', 'عنه', 'عنها', 'بدوره', 'بدورها', 'جانبه', 'جانبها', 'جهته', 'جهتها', 'رد', 'ردا', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا', 'قائلا',
  'قائلة', 'فإن', 'وإن', 'وأن', 'لأن', 'كأن', 'فإنه', 'فإنها', 'وأنه', 'وأنها', 'ولكن', 'لكنه', 'لكنها', 'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'يوم', 'مساء', 'صباح', 'ليلة', 'وقت', 'الساعة',
]);
/** Nouns that stand right after a speaker's title as the verb's object, never as a name (أكد الوزير استعداد بلاده). */
const OBJECT_NOUNS = set([
  'استعداد', 'دعم', 'رفض', 'ضرورة', 'أهمية', 'موقف', 'التزام', 'حرص', 'تمسك', 'ترحيب', 'قلق', 'أمل', 'ثقة', 'إدانة', 'تضامن', 'عزم', 'إصرار', 'رغبة',
  'استمرار', 'مواصلة', 'تأييد', 'معارضة', 'اهتمام', 'تقدير', 'شكر', 'ارتياح', 'أسف', 'انزعاج', 'خيبة', 'امتعاض', 'دعوة', 'مطالبة', 'إمكانية', 'احتمال',
  'بلاده', 'بلادها', 'حكومته', 'حكومتها', 'الحاجة', 'الموقف', 'التزامه', 'التزامها', 'استعدادها', 'استعداده', 'تطلع', 'تطلعه', 'وجود', 'عدم', 'صحة',
]);
/** What a qualifier makes of a title, for naming a person again: نائب وزير الخارجية → "deputy foreign-minister". */
const QUALIFIER: Record<string, string> = { نائب: 'deputy', مساعد: 'assistant', مستشار: 'adviser', وكيل: 'undersecretary', السابق: 'former', المساعد: 'assistant' };
const SURNAME_CLITICS = procliticPrefixes('وف', 'بلك');
/** Particles inside names: عبد الله، أبو الغيط، بن سلمان، آل ثاني. */
const NAME_PARTICLES = set(['عبد', 'أبو', 'أبي', 'بو', 'بن', 'ابن', 'بنت', 'آل', 'ال', 'دي', 'فون', 'فان', 'دا']);
/** Where a name or a speaker's phrase ends: the verb's complement, a channel, the time, an aside. */
const PHRASE_END = /^[\s]*(?:[.:؛!؟"(\-–—]|$)/u;

/** A mention with its role, if any, then the rest, in the order the result's objects have always had their keys
 *  (built by assignment: a conditional spread is slow on this path, run for every phrase). */
function withRole(m: ActorMention, role: RoleRef | undefined, feminine: boolean, fresh?: FreshActor): ActorMention {
  if (role) m.role = role;
  m.feminine = feminine;
  if (fresh) m.fresh = fresh;
  return m;
}

const isAl = (w: string) => w.startsWith('ال') && w.length > 3;

type WordClass = 'title' | 'honorific' | 'institution' | 'unnamed' | 'group' | 'side' | 'statement' | 'complement' | 'function' | 'cue' | 'al' | 'plain';

export class MentionFinder {
  private readonly nameMatcher: PhraseMatcher;
  private readonly titleMatcher: PhraseMatcher;
  private readonly formByKey = new Map<string, TitleForm>();
  private readonly peoples = new Map<string, string>();

  constructor(private readonly g: Gazetteer) {
    const clitics = procliticPrefixes('وف', 'بلك');
    // ل + البيت الأبيض is written للبيت الأبيض: with ل taken off, the name without its alef.
    const keys = [...g.arabicNames.keys()];
    const glued = keys.filter((k) => k.startsWith('ال') && k.length > 4).map((k) => k.slice(1));
    // الأمريكيون، الإيرانيين: a people for its state (وأبدى الأمريكيون استعداداً).
    for (const [d, id] of g.demonyms) {
      if (!d.startsWith('ال') || !d.endsWith('ي')) continue;
      for (const plural of [d + 'ون', d + 'ين']) if (!g.arabicNames.has(plural)) this.peoples.set(plural, id);
    }
    this.nameMatcher = new PhraseMatcher([...keys, ...glued, ...this.peoples.keys()].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })), clitics);
    for (const t of TITLE_FORMS) this.formByKey.set(t.form, t);
    // Forms ending in ل (الأمين العام ل) attach to the next word.
    this.titleMatcher = new PhraseMatcher(TITLE_FORMS.map((t) => ({ phrase: t.form, pattern: phrasePattern(t.form, t.form.endsWith(' ل')) })), clitics);
  }

  find(text: string, sentences: Sentence[], words: WordSpan[] = wordSpans(text), times: readonly { start: number; end: number }[] = []): ActorMention[] {
    const names = this.names(text, words);
    const phrases = this.phrases(text, sentences, words, names, times);
    // Phrases (with the names inside them) cover those names.
    const covered = (n: ActorMention) => {
      const t = phrases[lowerBound(phrases, n.start + 1) - 1];
      return t !== undefined && n.end <= t.end;
    };
    // (each list is in text order already: merged, not sorted)
    const found = mergeByStart(phrases, names.filter((n) => !covered(n)));
    return this.withSurnames(text, words, found, times);
  }

  private names(text: string, words: WordSpan[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const { start, end } of this.nameMatcher.find(text, words)) {
      const key = oneSpace(text.slice(start, end));
      const people = this.peoples.get(key);
      const hit = people ? { id: people, metonym: true } : (this.g.arabicNames.get(key) ?? this.g.arabicNames.get('ا' + key)!);
      out.push({ start, end, actorId: hit.id, how: hit.metonym ? 'metonym' : 'name' });
    }
    return out;
  }

  private kind(id: string | null | undefined): ActorKind | undefined {
    return id ? this.g.entries.get(id)?.kind : undefined;
  }

  private readonly classes = new Map<string, { cls: WordClass; bare: string; clitic: string }>();
  /** classify() of a document's word by its number (see wordNumbers): the same value, without the map lookup. */
  private readonly classByNumber = new WordMemo((w) => this.classifyOnce(w));

  /** A word's class, with a conjunction و/ف or a preposition ل/ب/لل glued to it looked through (memoised: the
   *  same words recur in every document). */
  private classify(w: string): { cls: WordClass; bare: string; clitic: string } {
    let c = this.classes.get(w);
    if (!c) {
      if (this.classes.size > 100_000) this.classes.clear();
      this.classes.set(w, (c = this.classifyOnce(w)));
    }
    return c;
  }

  private classifyOnce(w: string): { cls: WordClass; bare: string; clitic: string } {
    for (const clitic of ['', 'و', 'ف', 'ل', 'ب', 'لل', 'وب', 'ول', 'ولل']) {
      if (clitic && (!w.startsWith(clitic) || w.length - clitic.length < 3)) continue;
      const bare = clitic === 'لل' || clitic === 'ولل' ? 'ال' + w.slice(clitic.length) : w.slice(clitic.length);
      const cls = this.classOf(bare);
      if (cls !== 'plain' && cls !== 'al') return { cls, bare, clitic };
      // للمحادثات، بالمنطقة: a preposition with the article is a word with the article (a complement).
      if (cls === 'al' && (!clitic || clitic.endsWith('ل') || clitic.endsWith('ب'))) return { cls, bare, clitic };
    }
    return { cls: isAl(w) ? 'al' : 'plain', bare: w, clitic: '' };
  }

  private classOf(w: string): WordClass {
    if (FUNCTION_WORDS.has(w)) return 'function';
    if (CUE_FORMS.has(w)) return 'cue';
    if (HONORIFICS.has(w)) return 'honorific';
    if (TITLE_WORDS.has(w)) return 'title';
    if (SIDE_HEADS.has(w)) return 'side';
    if (STATEMENT_NOUNS.has(w)) return 'statement';
    if (INSTITUTION_HEADS.has(w)) return 'institution';
    if (UNNAMED_HEADS.has(w)) return 'unnamed';
    if (GROUP_HEADS.has(w)) return 'group';
    if (COMPLEMENT_NOUNS.has(w) || this.g.demonyms.has(w)) return 'complement';
    return isAl(w) ? 'al' : 'plain';
  }

  /** The noun phrases that can name a speaker, left to right, none inside another. */
  private phrases(text: string, sentences: Sentence[], words: WordSpan[], names: ActorMention[], times: readonly { start: number; end: number }[]): ActorMention[] {
    const out: ActorMention[] = [];
    // The names and the title forms by where they start: each list is in text order and disjoint, and is looked
    // up near the word being read.
    const nameAt = new SpansByStart(names);
    const titleAt = new SpansByStart(this.titleMatcher.find(text, words));
    const inTime = (pos: number) => {
      const t = times[lowerBound(times, pos + 1) - 1];
      return t !== undefined && pos < t.end;
    };
    let done = 0;
    // A word inside a gazetteer name of a body (the الدفاع of وزارة الدفاع الروسية) starts no phrase of its own.
    const bodies = names.filter((n) => this.kind(n.actorId) !== 'person');
    // The words are read in order: where each stands among the times and the bodies is found by pointers moving
    // forward with them (inTime itself stays for the positions a phrase looks at ahead).
    const inBody = coveredBy(bodies, true);
    const timeBefore = lastStartingAtOrBefore(times);
    const wordInTime = (pos: number) => {
      const k = timeBefore(pos);
      return k >= 0 && pos < times[k]!.end;
    };
    const ids = wordNumbers(words);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.start < done || wordInTime(w.start) || (inBody(w.start) && !nameAt.has(w.start) && !nameAt.has(w.start + 1))) continue;
      // A gazetteer name that is a body or a state ends no phrase here; a person may be the head of an apposition.
      const { cls, clitic, bare: wordBare } = this.classByNumber.at(words, ids, i);
      // الأخير، الأخيرة: the last person named before.
      if (wordBare === 'الاخير' || wordBare === 'الاخيره') {
        out.push({ start: w.start + (clitic === 'و' || clitic === 'ف' ? 1 : 0), end: w.end, actorId: null, how: 'description', anaphor: '@last' });
        continue;
      }
      const startsPhrase = (cls === 'title' && !TITLE_MODIFIERS.has(wordBare)) || cls === 'honorific' || cls === 'institution' || cls === 'unnamed' || cls === 'group' || cls === 'side' || cls === 'statement';
      if (!startsPhrase) continue;
      const start = w.start + (clitic === 'و' || clitic === 'ف' ? 1 : 0);
      const m = this.phraseAt(text, sentences, words, ids, i, start, cls, nameAt, titleAt, inTime, out);
      if (m) {
        out.push(m);
        done = m.end;
      }
    }
    return out;
  }

  /** Parse the phrase that begins at word i: a chain of titles and complements, then a name, or a description. */
  private phraseAt(
    text: string,
    sentences: Sentence[],
    words: WordSpan[],
    ids: Int32Array,
    i: number,
    start: number,
    head: WordClass,
    nameAt: SpansByStart<ActorMention>,
    titleAt: SpansByStart<PhraseHit>,
    inTime: (pos: number) => boolean,
    previous: ActorMention[],
  ): ActorMention | null {
    const sentence = sentenceAt(sentences, start);
    const limit = sentence?.end ?? text.length;
    // A body the gazetteer knows by this very phrase (وزارة الخارجية الروسية) is its name, not a description.
    const known = nameAt.get(start) ?? nameAt.get(words[i]!.start);
    if (known && (head === 'institution' || head === 'statement' || head === 'group') && this.kind(known.actorId) !== 'person') return null;
    let end = words[i]!.end;
    let of: string | undefined;
    let person: ActorMention | undefined;
    let name: { start: number; end: number } | undefined;
    let firstWord = words[i]!.text;
    let role: RoleRef | undefined;
    let notTheOffice = false;
    const prefix = this.classify(firstWord);
    if (prefix.cls === 'title' && NOT_THE_OFFICE.has(prefix.bare)) notTheOffice = true;
    // The role: the longest title form at the start of the chain (وزير الخارجية، المتحدث باسم).
    const t = titleAt.get(start) ?? titleAt.get(words[i]!.start);
    const titleForm = t ? this.formByKey.get(oneSpace(text.slice(t.start, t.end))) : undefined;
    let j = i + 1;
    let words_ = 1;
    let afterComma = false;
    let namedBody: ActorMention | undefined;
    for (; j < words.length && words[j]!.start < limit; j++) {
      const w = words[j]!;
      const gap = text.slice(words[j - 1]!.end, w.start);
      // Most words stand one space apart: such a gap holds none of the marks tested below, and no pattern is run.
      const oneSpaceGap = gap === ' ';
      const quoteGap = !oneSpaceGap && /^\s*"$/.test(gap);
      // صحيفة "هآرتس": quotation marks around the name a generic noun introduces.
      const quotedName = head === 'institution' && words_ === 1 && quoteGap && (nameAt.has(w.start) || nameAt.has(w.start + 1));
      // لحزب "خادم الشعب": a body's name in quotation marks after its head noun belongs to the chain.
      const prevWord = this.classByNumber.at(words, ids, j - 1);
      if (quoteGap && !quotedName && prevWord.cls === 'institution' && !isAl(prevWord.bare)) {
        const close = text.indexOf('"', w.start);
        if (close > 0 && close < limit && close - w.start < 40) {
          end = close + 1;
          j = lowerBound(words, close) - 1;
          words_++;
          continue;
        }
      }
      if (!oneSpaceGap && /[.:؛!؟"\n\-–—]/.test(gap) && !quotedName) break;
      if (!oneSpaceGap && gap.includes('(')) {
        // A gloss in parentheses (الكرملين)، (بترا) belongs to the phrase; then it goes on after ")".
        const close = text.indexOf(')', w.start);
        if (close < 0 || close > limit || close - w.start > 40) break;
        const k = lowerBound(words, close);
        end = close + 1;
        j = k - 1;
        continue;
      }
      if (inTime(w.start)) break;
      const named = nameAt.get(w.start) ?? nameAt.get(w.start + 1);
      const { cls, bare, clitic } = this.classByNumber.at(words, ids, j);
      if (!oneSpaceGap && /[،,]/.test(gap)) {
        // After a title with no name yet, a comma opens the name or another title (apposition); else it ends.
        if (name || person || head === 'institution' || head === 'group' || head === 'statement') break;
        if (!(cls === 'title' || cls === 'honorific' || (named && this.kind(named.actorId) === 'person') || cls === 'plain')) break;
        afterComma = true;
      }
      if (named) {
        const k = this.kind(named.actorId);
        if (k === 'person') {
          if (head === 'unnamed' || head === 'group' || head === 'statement') break;
          person = named;
          end = named.end;
          j = lowerBound(words, named.end);
          break;
        }
        // A body or a state completes the title: المتحدث باسم الكرملين، رئيس روسيا.
        if (clitic === 'و' && head !== 'group') break; // "X وY": another actor
        if (!of || k === 'state' || k === 'alliance' || k === 'institution') of = named.actorId ?? of;
        if (words_ === 1 && head === 'institution') [namedBody, of] = [named, named.actorId ?? of];
        end = named.end + (text[named.end] === '"' ? 1 : 0);
        j = lowerBound(words, named.end) - 1;
        words_++;
        continue;
      }
      if (cls === 'function' || cls === 'cue') {
        // باسم، لدى، في + a place or a body belong to a title: مندوب روسيا لدى المنظمات الدولية في فيينا.
        if ((bare === 'لدي' || bare === 'في' || bare === 'فى') && (head !== 'unnamed' || nameAt.has(words[j + 1]?.start ?? -1) || this.classify(words[j + 1]?.text ?? '').cls === 'institution') && head !== 'statement' && j + 1 < words.length && !/[،,]/.test(text.slice(w.end, words[j + 1]!.start)) && !inTime(words[j + 1]!.start)) {
          const next = this.classify(words[j + 1]!.text);
          if (next.cls === 'al' || next.cls === 'complement' || next.cls === 'institution' || nameAt.has(words[j + 1]!.start)) {
            end = words[j + 1]!.end;
            j++;
            continue;
          }
          if (next.cls === 'plain' && bare !== 'لدي' && this.namedPlace(text, words, j + 1)) {
            end = words[j + 1]!.end;
            j++;
            continue;
          }
        }
        break;
      }
      if (head === 'unnamed') {
        const phrase = UNNAMED_PHRASES.find((p) => text.startsWith(p, w.start) && PHRASE_END.test(text.slice(w.start + p.length)) || text.startsWith(p + ' ', w.start) || text.startsWith(p + '،', w.start));
        if (phrase) {
          end = w.start + phrase.length;
          j = lowerBound(words, end);
          break;
        }
        if (UNNAMED_MODIFIERS.has(bare) || cls === 'complement' || (cls === 'al' && words_ === 1 && bare === 'المستوى')) {
          end = w.end;
          words_++;
          if (this.g.demonyms.has(bare)) of ??= this.g.demonyms.get(bare);
          continue;
        }
        if (/^باسم(?:ه|ها|هم)?$/.test(bare) && clitic === '') {
          end = w.end;
          continue;
        }
        // مراسلنا في موسكو، مصدر في الخارجية: where the source is.
        const next = words[j + 1];
        if ((bare === 'في' || bare === 'فى') && next && (nameAt.has(next.start) || this.classify(next.text).cls === 'institution')) {
          const place = nameAt.get(next.start);
          end = place ? place.end : next.end;
          j = lowerBound(words, end) - 1;
          continue;
        }
        break;
      }
      if (head === 'group') {
        if (GROUP_MODIFIERS.has(bare) || cls === 'complement' || (cls === 'al' && words_ <= 2)) {
          end = w.end;
          words_++;
          if (this.g.demonyms.has(bare)) of ??= this.g.demonyms.get(bare);
          continue;
        }
        break;
      }
      if (head === 'side') {
        const state = this.g.demonyms.get(bare);
        if (state && words_ === 1) return { start, end: w.end, actorId: state, how: 'metonym' };
        break;
      }
      if (head === 'statement') {
        if (cls === 'complement' || (cls === 'al' && words_ <= 2)) {
          if (this.g.demonyms.has(bare)) of ??= this.g.demonyms.get(bare);
          end = w.end;
          words_++;
          continue;
        }
        break;
      }
      // Titles, institutions and their complements. A word with the article completes a head in construct (وزير
      // الخارجية، رئيس الكتلة) or agrees with the word before (الكتلة البرلمانية); after a title that has its own
      // article (الوزير الغرب) or after a nationality (الروسية الدول) it belongs to the rest of the sentence.
      const prev = this.classByNumber.at(words, ids, j - 1);
      const afterDemonym = this.g.demonyms.has(prev.bare) || this.g.demonyms.has(words[j - 1]!.text);
      const construct = !isAl(prev.bare) && (prev.cls === 'title' || prev.cls === 'institution' || prev.cls === 'honorific' || prev.cls === 'unnamed' || prev.cls === 'group');
      if ((cls === 'al' || cls === 'group' || cls === 'unnamed' || cls === 'statement') && clitic === '' && !construct && (afterDemonym || prev.cls === 'title' || prev.cls === 'honorific') && !COMPLEMENT_NOUNS.has(bare)) {
        // ألكسي فلاديموف، ألكسندر فومين: a foreign first name that looks like a word with the article, then a surname.
        const next = words[j + 1];
        if (cls === 'al' && (afterDemonym || prev.cls === 'honorific') && next && text.slice(w.end, next.start).trim() === '' && this.classify(next.text).cls === 'plain') {
          const run = this.nameRun(text, words, j, limit, nameAt, inTime, afterComma);
          if (run) {
            name = run;
            end = run.end;
            j = lowerBound(words, run.end);
          }
        }
        break;
      }
      if (cls === 'title' || cls === 'honorific' || cls === 'institution' || cls === 'complement' || cls === 'side' || cls === 'group' || cls === 'unnamed' || cls === 'statement' || cls === 'al') {
        // "X وY": a second body, title or source begins another actor.
        if (clitic === 'و' && (cls === 'title' || cls === 'honorific' || cls === 'institution' || cls === 'unnamed' || cls === 'group') && !afterComma && words_ > 1) break;
        if (this.g.demonyms.has(bare)) of ??= this.g.demonyms.get(bare);
        end = w.end;
        words_++;
        continue;
      }
      if (cls === 'plain' && clitic === '' && !OBJECT_NOUNS.has(w.text)) {
        // An institution's name in construct goes on without the article: حكومة تصريف الأعمال، وزارة خارجية.
        const prevBare = this.classByNumber.at(words, ids, j - 1).bare;
        if (INSTITUTION_HEADS.has(prevBare) && !isAl(prevBare) && words_ < 6) {
          end = w.end;
          words_++;
          continue;
        }
        if (head === 'institution' && !afterComma) break;
        const run = this.nameRun(text, words, j, limit, nameAt, inTime, afterComma);
        if (run) {
          name = run;
          end = run.end;
          j = lowerBound(words, run.end);
        }
        break;
      }
      break;
    }
    firstWord = this.classify(firstWord).bare;
    const phrase = { start, end };
    const feminine = this.feminine(text.slice(start, end));

    if (end === words[i]!.end && (head === 'institution' || head === 'statement')) {
      // A head alone (الوزارة، البيان، اللجنة) names again the last body named with it, if there is one.
      if (!isAl(firstWord)) return null;
      return { start, end, actorId: null, how: 'description', feminine, anaphor: firstWord.slice(2) };
    }
    if (head === 'unnamed') {
      if (end === words[i]!.end && !/^(?:مصدر|مصادر|مسؤول|مسؤوله|مسؤولون|مسؤولين|دبلوماسي|دبلوماسيون|خبراء|مراقبون|مراسلنا|مراسلتنا|مراسلونا)$/.test(firstWord)) return null;
      return { start, end, actorId: null, how: 'description', feminine, fresh: this.fresh('person', phrase, text, of, true) };
    }
    if (head === 'group') {
      if (end === words[i]!.end) return null;
      const media = /وسائل/.test(firstWord);
      return { start, end, actorId: null, how: 'description', feminine: true, fresh: this.fresh(media ? 'media' : 'alliance', phrase, text, of, false) };
    }
    if (head === 'statement') {
      // البيان الأمريكي is the statement of whoever of that state spoke: attribution decides.
      if (of) return null;
      return { start, end, actorId: null, how: 'description', fresh: this.fresh('institution', phrase, text, of, false) };
    }
    if (head === 'institution') {
      if (person || name) return null; // a body's name then a person's: the person is found on their own
      // وكالة رويترز، صحيفة "هآرتس"، منظمة الأمم المتحدة: the generic noun before a name the gazetteer knows.
      if (of && namedBody && namedBody.end >= end - 1) return { start, end, actorId: of, how: 'name' };
      return { start, end, actorId: null, how: 'description', feminine, fresh: this.fresh('institution', phrase, text, of, false) };
    }

    // A title chain: its role is the title form it begins with, of what the chain names.
    // A title after نائب، مساعد، مستشار is another office: no holder, but «مساعد الرئيس الروسي» names again the
    // person the text introduced with it.
    const qualifier = notTheOffice ? QUALIFIER[prefix.bare.replace(/ه$/, '')] ?? prefix.bare : undefined;
    const chainTitle = notTheOffice ? this.titleAfter(text, words, i, titleAt) : titleForm;
    if (qualifier && chainTitle && of) role = { title: `${qualifier} ${chainTitle.title}`, of };
    if (titleForm && !notTheOffice && titleForm.of === 'state' && !titleForm.form.startsWith('ال') && !this.stateFollows(text, words, i, t, nameAt)) {
      // رئيس الكتلة، رئيس البلدية: a head of something other than a state is not its president.
    } else if (titleForm && !notTheOffice) {
      let title = titleForm.title;
      let roleOf = of;
      if (titleForm.of === 'counterpart') {
        const last = previous.at(-1);
        const same = last && sentence && last.start >= sentence.start ? last : undefined;
        title = same?.role?.title ?? '';
        if (!title) roleOf = undefined;
      }
      if (title && roleOf) role = { title, of: roleOf };
      else if (title && titleForm.of !== 'counterpart') role = { title, of: '' }; // وزير الخارجية: of the last one named
    }
    if (person) return withRole({ start, end: person.end, actorId: person.actorId, how: 'title+name' }, role, feminine);
    if (name) {
      const written = text.slice(name.start, name.end);
      const fresh: FreshActor = { kind: 'person', name, key: normalizeKey(written) };
      if (of) fresh.of = of;
      return withRole({ start, end, actorId: null, how: 'new' }, role, feminine, fresh);
    }
    // A title with no name: whoever held the office, or an earlier person with that title, else the title itself.
    if (head === 'honorific') return null;
    if (!role && !titleForm) {
      if (words_ === 1) return null; // وزير، رئيس alone
    }
    return withRole({ start, end, actorId: null, how: 'title' }, role, feminine, this.fresh('person', phrase, text, of, false));
  }

  /** The title a qualifier introduces: نائب [وزير الخارجية]، مساعد [الرئيس]. */
  private titleAfter(text: string, words: WordSpan[], i: number, titleAt: SpansByStart<PhraseHit>): TitleForm | undefined {
    const next = words[i + 1];
    if (!next) return undefined;
    const t = titleAt.get(next.start);
    return t ? this.formByKey.get(oneSpace(text.slice(t.start, t.end))) : undefined;
  }

  /** Whether a state (a nationality or a state's name) follows a title of a state right away (الرئيس الروسي). */
  private stateFollows(text: string, words: WordSpan[], i: number, t: { start: number; end: number } | undefined, nameAt: SpansByStart<ActorMention>): boolean {
    const after = t?.end ?? words[i]!.end;
    const w = words[lowerBound(words, after)];
    if (!w || /^\s*[،,.:"(]/.test(text.slice(after))) return true;
    const named = nameAt.get(w.start) ?? nameAt.get(w.start + 1);
    if (named) return this.kind(named.actorId) === 'state' || this.kind(named.actorId) === 'person';
    const c = this.classify(w.text);
    if (this.g.demonyms.has(c.bare) || this.g.demonyms.has(w.text)) return true;
    // رئيس الكتلة، رئيس بلدية تشيرنيهيف: a head of something that is no state.
    return !(c.cls === 'al' || c.cls === 'institution' || c.cls === 'complement' || c.cls === 'group' || (c.cls === 'plain' && !/^[وف]/.test(w.text) && i + 1 < words.length && !nameAt.has(w.start)));
  }

  /** A place after في (في فيينا): a word the gazetteer or the zone list does not hold, followed by a name. */
  private namedPlace(text: string, words: WordSpan[], k: number): boolean {
    const after = words[k + 1];
    if (!after || /[،,.:]/.test(text.slice(words[k]!.end, after.start))) return false;
    const c = this.classify(after.text).cls;
    // …في غزة ارتفاع…، أن وزارة الصحة في غزة كانت قد أعلنت / أعلنت: the phrase's verb follows the place.
    return c === 'plain' || c === 'cue' || /^[وف]?(?:كان|كانت|قد)$/.test(after.text);
  }

  /** A person's name: one to six words that are no title, function word or verb, ending where the phrase does. */
  private nameRun(text: string, words: WordSpan[], j: number, limit: number, nameAt: SpansByStart<ActorMention>, inTime: (pos: number) => boolean, afterComma: boolean): { start: number; end: number } | null {
    // بانتهاج، لمواصلة: a preposition glued to a noun begins no name.
    if (/^[بلك]/.test(words[j]!.text) && words[j]!.text.length > 4 && !afterComma) return null;
    let k = j;
    let end = words[j]!.end;
    for (k = j + 1; k < words.length && k - j < 6 && words[k]!.start < limit; k++) {
      const w = words[k]!;
      if (text.slice(words[k - 1]!.end, w.start).trim() !== '') break;
      if (inTime(w.start) || nameAt.has(w.start)) break;
      const { cls } = this.classify(w.text);
      const particle = NAME_PARTICLES.has(words[k - 1]!.text) || NAME_PARTICLES.has(w.text);
      if (cls === 'plain' && !OBJECT_NOUNS.has(w.text)) {
        if (/^[لب]/.test(w.text) && this.classify(w.text.slice(1)).cls !== 'plain') break;
        end = w.end;
        continue;
      }
      // محمد بن عبدالعزيز بن صالح الخليفي: after بن, a family name in ال and ـي ends the chain of fathers.
      const nisba = /ي$/.test(w.text) && words.slice(j, k).some((x) => x.text === 'بن');
      if (cls === 'al' && (particle || k - j <= 2 || nisba) && !COMPLEMENT_NOUNS.has(w.text) && !this.g.demonyms.has(w.text)) {
        end = w.end;
        continue;
      }
      break;
    }
    const n = text.slice(words[j]!.start, end).split(/\s+/).length;
    const rest = text.slice(end, Math.min(limit, end + 30));
    // Where a name stops, news writes a comma, the verb's complement, a channel or the time, or the verb (SVO).
    const next = /^\s*(\S+)/.exec(rest)?.[1];
    const nextClass = next ? this.classify(next).cls : undefined;
    const bounded =
      afterComma || PHRASE_END.test(rest) || /^\s*[،,]/.test(rest) ||
      /^\s*(?:[وف]?(?:ل|لل|ب)\S+|في\s|فى\s|عن\s|خلال\s|عقب\s|عبر\s|علي\s|الي\s|مع\s|امام\s|اثناء\s|اثر\s|وسط\s|لدي\s|حول\s|بعد\s|قبل\s|ضمن\s|[أاإ]ن(?![\p{L}])|بان\s|[أا]نه|[أا]نها|قد\s)/u.test(rest) ||
      nextClass === 'title' || nextClass === 'cue' || inTime(end + 1) || inTime(end + 2) || (k < words.length && nameAt.has(words[k]!.start) && /^\s+$/.test(text.slice(end, words[k]!.start)));
    if (!bounded) return null;
    if (n === 1 && OBJECT_NOUNS.has(words[j]!.text)) return null;
    return { start: words[j]!.start, end };
  }

  private feminine(phrase: string): boolean {
    // The words before the first space (as phrase.split(/\s+/)[0], without the array).
    const space = phrase.search(/\s/);
    const first = space < 0 ? phrase : phrase.slice(0, space);
    // A feminine title ends in ه or ة (taa marbuta), الخليفة aside.
    const last = first.charCodeAt(first.length - 1);
    return (last === 0x647 || last === 0x629) && !/^(?:الخليفه|خليفه)$/.test(first);
  }

  private fresh(kind: ActorKind, span: { start: number; end: number }, text: string, of: string | undefined, unnamed: boolean): FreshActor {
    let written = text.slice(span.start, span.end);
    // A preposition glued to the first word is no part of the name: لوزارة → وزارة، للخارجية → الخارجية.
    const c = this.classify(written.split(/\s+/)[0]!);
    if (c.clitic === 'لل' || c.clitic === 'ولل') written = 'ال' + written.slice(c.clitic.length);
    else if (c.clitic && /[لب]$/.test(c.clitic)) written = written.slice(c.clitic.length);
    const state = of ? this.g.entries.get(of)?.names.en?.[0] : undefined;
    // Keys assigned in the order the result has always had them.
    const f: FreshActor = { kind, name: span, key: normalizeKey(written) };
    if (written !== text.slice(span.start, span.end)) f.label = written;
    if (of) f.of = of;
    if (unnamed) f.unnamed = unnamed;
    if (state) f.en = `${transliterate(written)} (${state})`;
    return f;
  }

  /** Surnames of the persons titles introduced, wherever they stand alone (before their introduction too). */
  private withSurnames(text: string, words: WordSpan[], found: ActorMention[], times: readonly { start: number; end: number }[]): ActorMention[] {
    const keys = new Map<string, string>();
    for (const m of found) {
      if (m.how !== 'new' || !m.fresh) continue;
      const parts = text.slice(m.fresh.name.start, m.fresh.name.end).split(/\s+/);
      if (parts.length < 2) continue;
      const last = parts.at(-1)!;
      const surname = parts.length >= 3 && NAME_PARTICLES.has(parts.at(-2)!) ? parts.slice(-2).join(' ') : last;
      for (const alias of [surname, parts.join(' ')]) if (alias.length >= 3 && !FUNCTION_WORDS.has(alias) && !keys.has(alias)) keys.set(alias, m.fresh.key);
    }
    if (!keys.size) return found;
    const aliases: ActorMention[] = [];
    const inside = coveredBy(found);
    const inTime = (pos: number) => {
      const t = times[lowerBound(times, pos + 1) - 1];
      return t !== undefined && pos < t.end;
    };
    for (const h of findWordSequences(text, words, keys.keys(), SURNAME_CLITICS)) {
      if (inside(h.start) || inTime(h.start)) continue;
      const key = keys.get(oneSpace(text.slice(h.start, h.end)))!;
      aliases.push({ start: h.start, end: h.end, actorId: null, how: 'alias', aliasOf: key });
    }
    // (the hits come in text order, as the mentions found before them: merged, not sorted)
    return mergeByStart(found, aliases);
  }
}
