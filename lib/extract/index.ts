// The pipeline, stage by stage: check the input → read the text (normalise, sentences, words) → what the
// language finds in it (times, tenses, actor mentions) → the publication date (metadata or inferred) → who the
// mentions are → times resolved → attribution → statements and events → the actors used → the Extraction.
// Pure: no clock, no I/O. Offsets in the result are JavaScript string indices into document.text.
import type {
  Actor,
  Document,
  Event,
  Extraction,
  Lang,
  Published,
  SaidAt,
  Statement,
  TimeExpression,
} from '../model/schema';
import { ENGINE } from '../model/schema';
import { type EngineWarning, warning, warningText } from '../model/warnings';
import { language } from '../lang/index';
import type { Language } from '../lang/types';
import type { NormalizedText } from '../text/normalize';
import { normalizeArabic, normalizeKey, toOriginalSpan } from '../text/normalize';
import { detectLang, unreadLanguageWarning } from '../text/lang';
import { oneSpace, wordSpans, type WordSpan } from '../text/phrases';
import { forEachWithin, lowerBound } from '../text/spans';
import type { Sentence } from '../text/tokens';
import { sentenceAt } from '../text/tokens';
import type { LocalDate } from '../time/calendar';
import { formatDate, isValidTimeZone, parseDate, parsePublication } from '../time/calendar';
import { publicationInterval, resolveTimes } from '../time/index';
import type { TaggedSpan } from '../time/parse';
import { inferPublication } from '../time/publication';
import type { Tenses } from '../time/tense';
import type { MergedStatement } from './assemble';
import { eventModality, mergeStatements, narrowest } from './assemble';
import type { Gazetteer } from './gazetteer';
import { defaultGazetteer, englishLabel, heldOn, holdersOn, tenures, toActor } from './gazetteer';
import type { ActorMention } from './mentions';
import { joinAppositions } from './mentions';
import { type ActorLookup, homeZone } from '../compare/zones';
import { readIn } from '../time/in-zone';
import { CUE_WINDOW } from './drafts';

export interface ExtractInput {
  text: string;
  title?: string;
  lang?: Lang;
  publisher?: string;
  url?: string;
  timeZone?: string;
  /** YYYY-MM-DD from metadata, or a moment of it (YYYY-MM-DDTHH:MM, with Z or an offset; without, the document's
   *  wall clock), or null/undefined to infer it from the text. */
  published?: string | null;
  /** A year hint for inference (--year). */
  year?: number;
  id?: string;
}

/** Input that cannot be processed: the message is for the user, as is. */
export class ExtractInputError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export const MAX_TEXT_CHARS = 10_000_000;

/** FNV-1a: a stable document id from its text when none is given. */
export function textId(text: string): string {
  // Four 32-bit lanes over the text, mixed together at the end: 80 bits kept, so two texts of a corpus of a
  // million share an id with a chance of about 4 in 10^13 (a 32-bit id had 1% at 10,000 documents). The store
  // still compares the text itself before it calls two documents the same.
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  let c = 0x85ebca6b;
  let d = 0xc2b2ae35;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = Math.imul(a ^ k, 0x01000193);
    b = Math.imul(b ^ k, 0x5bd1e995);
    c = Math.imul(c ^ k, 0x27d4eb2d);
    d = Math.imul(d ^ k, 0x165667b1);
  }
  const fmix = (h: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  a = fmix(a ^ Math.imul(b, 0x9e3779b1) ^ text.length);
  b = fmix(b ^ Math.imul(c, 0x85ebca77) ^ a);
  c = fmix(c ^ Math.imul(d, 0xc2b2ae3d) ^ b);
  d = fmix(d ^ Math.imul(a, 0x27d4eb2f) ^ c);
  const hex = (h: number) => h.toString(16).padStart(8, '0');
  return `doc-${(hex(a) + hex(b) + hex(c) + hex(d)).slice(0, 20)}`;
}

/** The text as every stage reads it, with the way back to the original's characters. */
interface Reading {
  nt: NormalizedText;
  lang: Language;
  sentences: Sentence[];
  words: WordSpan[];
  times: TaggedSpan[];
  tenses: Tenses;
  mentions: ActorMention[];
  /** What the engine could not decide, as codes (Extraction.warningCodes; their English is Extraction.warnings). */
  warnings: EngineWarning[];
  orig(s: { start: number; end: number }): { start: number; end: number };
  quote(s: { start: number; end: number }): string;
}

export function extract(input: ExtractInput, g: Gazetteer = defaultGazetteer()): Extraction {
  const early: EngineWarning[] = [];
  const { timeZone, anchor: given, instant } = checkInput(input, g, early);
  // A text in a language the engine does not read is kept with a warning, and nothing is read from it.
  const unread = input.lang ? null : unreadLanguageWarning(input.text);
  const r = read(input.text, language(input.lang ?? detectLang(input.text) ?? 'en'), g, unread === null);
  r.warnings.push(...early, ...(unread ? [unread] : []));
  const published: Published = { ...publication(r, given, input.year, g), ...(instant ? { instant } : {}) };
  const anchor = published.value ? parseDate(published.value) : null;
  const actors = identify(r, published, g);
  const known = r.mentions.filter((m): m is ActorMention & { actorId: string } => m.actorId !== null);

  const timeExpressions = resolveTimes(
    r.nt,
    r.times,
    r.sentences,
    { anchor, zone: timeZone },
    r.warnings,
    r.tenses,
  );
  // An online outlet's stamp gives the moment too ("19.07.2023, 13:40 мск"): a clock time right after the dateline
  // it was inferred from, on that day, is the publication's instant.
  if (!published.instant && published.source === 'inferred' && published.value) {
    const line = r.lang.dateline(r.nt.text, r.times);
    const k = line ? r.times.indexOf(line) : -1;
    const next = k >= 0 ? r.times[k + 1] : undefined;
    const te = next ? timeExpressions[k + 1] : undefined;
    if (next && te && /^[\s,]{0,3}$/.test(r.nt.text.slice(line!.end, next.start)) && te.value.startsWith(`${published.value}T`) && te.interval?.start) published.instant = te.interval.start;
  }
  const drafts = r.lang.statements({
    text: r.nt.text,
    sentences: r.sentences,
    words: r.words,
    times: r.times,
    tenses: r.tenses,
    mentions: known,
    g,
    ...(input.publisher ? { publisher: publisherId(input.publisher, g) } : {}),
  });
  speakerZones(
    r,
    drafts,
    timeExpressions,
    timeZone,
    (id) => actors.get(id) ?? (g.entries.has(id) ? toActor(g.entries.get(id)!) : undefined),
  );
  const saidDay = (d: { saidAtTimex: number | null }) =>
    d.saidAtTimex === null ? null : (timeExpressions[d.saidAtTimex]?.value.slice(0, 10) ?? null);
  // The days the words of a draft give (its time expressions inside them): what tells two happenings apart.
  // (by index into r.times: the resolved expressions are read by the tagged span's index, with no map from span
  // to expression)
  const contentDays = (d: { content: readonly { start: number; end: number }[] }) => {
    const days: string[] = [];
    for (const c of d.content)
      forEachWithin(r.times, c.start, c.end, (i) => {
        const te = timeExpressions[i];
        if (te && /^\d{4}-\d{2}-\d{2}/.test(te.value) && te.type !== 'DURATION') days.push(te.value.slice(0, 10));
      });
    return days;
  };
  const merged = mergeStatements(
    r.nt.text,
    r.words,
    drafts,
    known,
    g,
    r.tenses,
    r.lang.events,
    saidDay,
    contentDays,
  );
  const { statements, events } = assemble(
    r,
    merged,
    timeExpressions,
    published,
    publicationInterval(anchor, timeZone),
    g,
  );
  // Nothing reported was said after the report was published: with its moment known, a saying dated to the day
  // of publication ("в среду", "today") ends at that moment.
  if (published.instant) {
    const at = published.instant;
    for (const s of statements) {
      const i = s.saidAt.interval;
      if (i && (i.end === null || i.end > at) && (i.start === null || i.start < at)) s.saidAt = { ...s.saidAt, interval: { ...i, end: at } };
    }
  }
  const publisher = input.publisher ? publisherId(input.publisher, g) : undefined;
  collectActors(actors, known, statements, events, publisher, r, g);

  const text = input.text;
  const document: Document = {
    id: input.id ?? textId(text),
    title: input.title ?? autoTitle(text),
    text,
    lang: r.lang.code,
    publisher: publisher ?? 'unknown',
    ...(input.url ? { url: input.url } : {}),
    timeZone,
    published,
  };
  return {
    engine: { ...ENGINE },
    document,
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    timeExpressions,
    statements,
    events,
    warnings: r.warnings.map(warningText),
    warningCodes: r.warnings,
  };
}

/** The zone and the publication date given, or the reason the input cannot be read. */
/** A publisher given by name or id, as the gazetteer knows it ("Sputnik Arabic" → sputnik-arabic), or as given. */
const byName = new WeakMap<Gazetteer, Map<string, string>>();
export function publisherId(publisher: string, g: Gazetteer): string {
  if (g.entries.has(publisher)) return publisher;
  let names = byName.get(g);
  if (!names) {
    names = new Map();
    for (const e of g.entries.values())
      for (const n of [...(e.names.en ?? []), ...(e.names.ar ?? [])])
        if (!names.has(normalizeKey(n))) names.set(normalizeKey(n), e.id);
    byName.set(g, names);
  }
  return names.get(normalizeKey(publisher)) ?? publisher;
}

function checkInput(
  input: ExtractInput,
  g: Gazetteer,
  warnings: EngineWarning[],
): { timeZone: string; anchor: LocalDate | null; instant?: string } {
  if (!input.text.trim()) throw new ExtractInputError('the text is empty', 'text');
  if (input.text.length > MAX_TEXT_CHARS)
    throw new ExtractInputError(`the text is longer than ${MAX_TEXT_CHARS} characters`, 'text');
  // The zone is the one the report speaks from: given, or the publisher's home when the gazetteer knows it.
  let timeZone = input.timeZone;
  if (!timeZone) {
    const id = input.publisher ? publisherId(input.publisher, g) : undefined;
    timeZone =
      (id && homeZone(id, (a) => (g.entries.has(a) ? toActor(g.entries.get(a)!) : undefined))) || undefined;
    if (!timeZone) {
      timeZone = 'UTC';
      warnings.push(warning('zone-unknown'));
    }
  }
  if (!isValidTimeZone(timeZone)) throw new ExtractInputError(`unknown time zone "${timeZone}"`, 'timeZone');
  if (!input.published) return { timeZone, anchor: null };
  const given = parsePublication(input.published, timeZone);
  if (!given)
    throw new ExtractInputError(
      `impossible publication date "${input.published}" (expected a real YYYY-MM-DD, or YYYY-MM-DDTHH:MM with Z or an offset)`,
      'published',
    );
  return { timeZone, anchor: given.date, ...(given.instant ? { instant: given.instant } : {}) };
}

/** Normalise, split, and let the language find its times, tenses and actor mentions. */
function read(text: string, lang: Language, g: Gazetteer, reads = true): Reading {
  const nt = normalizeArabic(text);
  const sentences = lang.sentences(nt.text);
  const words = wordSpans(nt.text);
  const times = reads ? lang.times(nt.text, sentences, words) : [];
  let mentions = reads ? lang.mentions(nt.text, sentences, words, g, times) : [];
  // A place named in a time expression ("20:30 Moscow time", "بتوقيت موسكو") is a zone, not an actor.
  // (spansWithin(times, m.start - 40, m.end + 40).some(t holds m), without the array.)
  const inTime = (m: ActorMention) => {
    const lo = m.start - 40;
    const hi = m.end + 40;
    for (let i = lowerBound(times, lo); i < times.length && times[i]!.start < hi; i++) {
      const t = times[i]!;
      if (t.end <= hi && t.start <= m.start && m.end <= t.end) return true;
    }
    return false;
  };
  if (times.length) mentions = mentions.filter((m) => !inTime(m));
  mentions = joinAppositions(nt.text, mentions, (m) =>
    m.actorId ? g.entries.get(m.actorId)?.kind === 'person' : m.fresh?.kind === 'person',
  );
  const orig = (s: { start: number; end: number }) => toOriginalSpan(nt, s.start, s.end);
  const quote = (s: { start: number; end: number }) => {
    const o = orig(s);
    return text.slice(o.start, o.end);
  };
  return {
    nt,
    lang,
    sentences,
    words,
    times,
    tenses: lang.tenses(nt.text, words),
    mentions,
    warnings: [],
    orig,
    quote,
  };
}

/** The publication date from metadata (checked against a wire dateline), or inferred from the text's own constraints. */
function publication(
  r: Reading,
  anchor: LocalDate | null,
  year: number | undefined,
  g: Gazetteer,
): Published {
  if (anchor) {
    // A wire dateline that names another day is said: one of the two is wrong.
    const line = r.lang.dateline(r.nt.text, r.times);
    const d = line?.parse.kind === 'day' ? line.parse.date : undefined;
    if (
      line &&
      d &&
      (d.day !== anchor.d || d.month !== anchor.m || (d.year !== undefined && d.year !== anchor.y))
    ) {
      r.warnings.push(warning('dateline-differs', { dateline: r.quote(line), published: formatDate(anchor) }));
    }
    return { value: formatDate(anchor), source: 'metadata', candidates: [] };
  }
  const dateline = r.lang.dateline(r.nt.text, r.times);
  const dates = r.times.map((t) => {
    const s = sentenceAt(r.sentences, t.start);
    return {
      text: r.quote(t),
      parse: t.parse,
      tense: r.tenses.tense(s?.start ?? t.start, s?.end ?? t.end),
      ...(t === dateline ? { dateline: true } : {}),
    };
  });
  const seen = new Set<string>();
  const tenureEvidence = r.mentions
    .filter((m) => m.how === 'title+name' && m.role && m.actorId)
    .filter(
      (m) =>
        !seen.has(`${m.actorId}|${m.role!.title}|${m.role!.of}`) &&
        seen.add(`${m.actorId}|${m.role!.title}|${m.role!.of}`),
    )
    .map((m) => ({
      text: r.quote(m),
      claim: `${englishLabel(g, m.actorId!)} was ${m.role!.title} of ${englishLabel(g, m.role!.of)}`,
      ranges: tenures(g, m.actorId!, m.role!.title, m.role!.of),
    }))
    .filter((t) => t.ranges.length > 0);
  const inferred = inferPublication(dates, tenureEvidence, year);
  const only = inferred.candidates.length === 1 ? inferred.candidates[0]!.value : null;
  if (!only) {
    const n = inferred.candidates.length;
    r.warnings.push(
      n > 1
        ? warning('publication-candidates', {
            count: n,
            dates: inferred.candidates
              .slice(0, 5)
              .map((c) => c.value)
              .join(', '),
            more: Math.max(0, n - 5),
          })
        : warning('publication-unknown', inferred.partial ? { partial: inferred.partial } : undefined),
    );
  }
  return { value: only, source: 'inferred', candidates: inferred.candidates };
}

/** A title for a text that came without one: its first line, cut at a word boundary with "…" when longer than
 *  `max` characters (never inside a word). */
export function autoTitle(text: string, max = 120): string {
  const line = text.trimStart().split('\n', 1)[0]!.trim();
  if (line.length <= max) return line;
  const head = line.slice(0, max);
  const space = head.search(/\s\S*$/);
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s،,;:.\-–—]+$/u, '')}…`;
}

/** Who each mention is: a role title names the last person the text gave that title, else whoever held it on
 *  the publication date (on every candidate date, if inferred); a person a title introduces, a body, a group or
 *  an unnamed source the gazetteer lacks becomes an actor of the document, and a surname names it again. */
function identify(r: Reading, published: Published, g: Gazetteer): Map<string, Actor> {
  const dates = published.value ? [published.value] : published.candidates.map((c) => c.value);
  const actors = new Map<string, Actor>();
  const byKey = new Map<string, string>();
  const make = (m: ActorMention): string => {
    const f = m.fresh!;
    const known = byKey.get(f.key);
    if (known) return known;
    const written = f.label ?? r.quote(f.name);
    const latin = f.en ?? r.lang.latin(written);
    let id = `new-${
      latin
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60) || textId(written).slice(4)
    }`;
    while (actors.has(id) || g.entries.has(id)) id += '-2';
    byKey.set(f.key, id);
    const of = m.role?.of || f.of;
    const ofKind = of ? g.entries.get(of)?.kind : undefined;
    actors.set(id, {
      id,
      kind: f.kind,
      names: { en: [latin], ar: r.lang.code === 'ar' ? [written] : [], ru: r.lang.code === 'ru' ? [written] : [] },
      roles: m.role?.title
        ? [{ title: m.role.title, ...(m.role.of ? { of: m.role.of } : {}) }]
        : f.unnamed
          ? [{ title: 'unnamed source', ...(of ? { of } : {}) }]
          : [],
      affiliations:
        of && f.kind !== 'state'
          ? [
              {
                type: f.kind === 'person' ? (ofKind === 'state' ? 'basedIn' : 'speaksFor') : 'partOf',
                actorId: of,
              },
            ]
          : [],
      inGazetteer: false,
    });
    return id;
  };
  // Persons with a title so far, latest last: "الوزير التركي", "the minister" name the last that fits.
  const titled: { id: string; title: string; of?: string }[] = [];
  const fits = (t: { title: string; of?: string }, role: { title: string; of: string }) =>
    (t.title === role.title || (role.title === 'minister' && t.title.endsWith('minister'))) &&
    (!role.of || !t.of || t.of === role.of);
  // The words that introduced each person (مساعد الرئيس الروسي يوري أوشاكوف): the same title alone later is that person.
  // By their first word: the words that start with "X … " begin with X and a space (a long document introduces
  // thousands; each lookup reads only those with the same first word, latest last).
  const introduced = new Map<string, { words: string; id: string }[]>();
  const firstWord = (w: string) => {
    const space = w.indexOf(' ');
    return space < 0 ? w : w.slice(0, space);
  };
  const introduce = (words: string, id: string) => {
    if (!words.includes(' ')) return; // no "X … " begins a single word
    const key = firstWord(words);
    const list = introduced.get(key);
    if (list) list.push({ words, id });
    else introduced.set(key, [{ words, id }]);
  };
  // (oneSpace: the replace runs only for a mention written with other whitespace than single spaces, rare)
  const words = (m: ActorMention) => oneSpace(r.nt.text.slice(m.start, m.end));
  const introducedBy = (m: ActorMention): string | undefined => {
    if (m.fresh?.unnamed) return undefined;
    const w = words(m) + ' ';
    return introduced.get(firstWord(w))?.findLast((p) => p.words.startsWith(w))?.id;
  };
  const person = (id: string) => (actors.get(id)?.kind ?? g.entries.get(id)?.kind) === 'person';
  for (const [index, m] of r.mentions.entries()) {
    identifyOne(index, m);
    if (m.actorId && m.how !== 'alias' && person(m.actorId) && (m.how === 'title+name' || m.how === 'new'))
      introduce(words(m), m.actorId);
  }
  function identifyOne(index: number, m: ActorMention) {
    if (m.anaphor) {
      m.actorId = antecedent(r.mentions, index, (id) => {
        const a = actors.get(id) ?? (g.entries.has(id) ? toActor(g.entries.get(id)!) : undefined);
        return a !== undefined && r.lang.refersTo(m.anaphor!, a);
      });
      if (!m.actorId && m.fresh) m.actorId = make(m);
      return;
    }
    if (m.actorId) {
      const e = g.entries.get(m.actorId);
      if (m.role) titled.push({ id: m.actorId, title: m.role.title, of: m.role.of });
      else if (e?.kind === 'person')
        for (const role of e.roles ?? [])
          if (dates.some((d) => heldOn(role, d)))
            titled.push({ id: e.id, title: role.title, ...(role.of ? { of: role.of } : {}) });
      return;
    }
    if (m.how === 'alias') return;
    if (m.how === 'new' || m.how === 'description') {
      m.actorId = (m.how === 'description' ? introducedBy(m) : undefined) ?? make(m);
      if (m.how === 'new' && m.role) titled.push({ id: m.actorId, title: m.role.title, of: m.role.of });
      return;
    }
    const role = m.role;
    if (role) {
      // The latest that fits (as [...titled].reverse().find, without the copy: a long document has thousands).
      let earlier: (typeof titled)[number] | undefined;
      for (let k = titled.length - 1; k >= 0 && !earlier; k--) if (fits(titled[k]!, role)) earlier = titled[k];
      if (earlier) {
        m.actorId = earlier.id;
        return;
      }
      const holders = role.of ? dates.map((d) => holdersOn(g, role.title, role.of, d)) : [];
      const first = holders[0];
      if (first?.length === 1 && holders.every((h) => h.length === 1 && h[0] === first[0])) {
        m.actorId = first[0]!;
        titled.push({ id: m.actorId, title: role.title, of: role.of });
        return;
      }
    }
    if (m.fresh) m.actorId = introducedBy(m) ?? make(m);
    else if (role)
      r.warnings.push(warning(dates.length ? 'office-unknown' : 'office-unknown-undated', { words: r.quote(m), at: r.orig(m).start }));
  }
  for (const m of r.mentions) if (m.how === 'alias' && m.aliasOf) m.actorId = byKey.get(m.aliasOf) ?? null;
  return actors;
}

/**
 * A day or a part of a day in a speaker's own words, naming no zone, is the speaker's: the White House's
 * «غدا الخميس» in a Moscow report is a Washington Thursday. Its interval is read in the speaker's home zone (the
 * capital's of the state it speaks for, is part of or is based in), and the expression says which zone. When
 * the words of several statements hold it (one inside another's), the innermost speaker's. Said times stand
 * outside the words and stay the document's.
 */
function speakerZones(
  r: Reading,
  drafts: readonly {
    speaker: { actorId: string | null };
    content: readonly { start: number; end: number }[];
  }[],
  times: TimeExpression[],
  docZone: string,
  lookup: ActorLookup,
) {
  const zones = new Map<string, string | null>();
  const zoneOf = (id: string) => {
    if (!zones.has(id)) zones.set(id, homeZone(id, lookup));
    return zones.get(id)!;
  };
  // The content spans of each speaker, by where they start; a statement's words lie within its sentence (read
  // in a window of CUE_WINDOW around its verb), so only the spans starting shortly before a time can hold it.
  const spans: { start: number; end: number; zone: string | null }[] = [];
  for (const d of drafts) {
    const id = d.speaker.actorId;
    if (id) for (const c of d.content) spans.push({ start: c.start, end: c.end, zone: zoneOf(id) });
  }
  spans.sort((a, b) => a.start - b.start);
  if (!spans.some((s) => s.zone && s.zone !== docZone)) return;
  r.times.forEach((t, i) => {
    const te = times[i];
    if (!te || (te.granularity !== 'day' && te.granularity !== 'part-of-day')) return;
    let inner: (typeof spans)[number] | undefined;
    for (
      let k = lowerBound(spans, t.start - 3 * CUE_WINDOW);
      k < spans.length && spans[k]!.start <= t.start;
      k++
    ) {
      const s = spans[k]!;
      if (t.end <= s.end && (!inner || s.end - s.start < inner.end - inner.start)) inner = s;
    }
    if (!inner?.zone || inner.zone === docZone) return;
    const around = r.nt.text.slice(t.start, Math.min(r.nt.text.length, t.end + 24));
    const again = readIn(te.value, te.mod, te.interval, docZone, inner.zone, around);
    if (again) times[i] = { ...te, interval: again, zone: inner.zone };
  });
}

/** The actor a phrase names again (اللجنة، "the minister"): the last one before it that the phrase can mean. */
function antecedent(mentions: ActorMention[], index: number, fits: (id: string) => boolean): string | null {
  for (let k = index - 1; k >= 0; k--) {
    const id = mentions[k]!.actorId;
    if (id && fits(id)) return id;
  }
  return null;
}

/** An object with a span's start and end added after its keys (what { ...o, ...span } gave, without spreads). */
function withSpan<T extends object>(o: T, span: { start: number; end: number }): T & { start: number; end: number } {
  const out = o as T & { start: number; end: number };
  out.start = span.start;
  out.end = span.end;
  return out;
}

/** A statement's channel as the contract has it: the actor if known, the words, then where they are. */
function channelOf(r: Reading, channel: { start: number; end: number; actorId?: string }): NonNullable<Statement['channel']> {
  const { start, end } = r.orig(channel);
  const text = r.quote(channel);
  return channel.actorId ? { actorId: channel.actorId, text, start, end } : { text, start, end };
}

/** Statements and events of the contract from the merged drafts: offsets in the original, saidAt, time claims. */
function assemble(
  r: Reading,
  merged: { statements: MergedStatement[]; events: ReturnType<typeof mergeStatements>['events'] },
  timeExpressions: TimeExpression[],
  published: Published,
  pubInterval: ReturnType<typeof publicationInterval>,
  g: Gazetteer,
): { statements: Statement[]; events: Event[] } {
  const { orig, quote } = r;
  const bySpan = (i: number | null) => (i === null ? undefined : timeExpressions[i]);
  // The resolved expressions inside a statement's words that give an interval, in order.
  const timesIn = (drafts: readonly MergedStatement['primary'][]) => {
    const out: TimeExpression[] = [];
    for (const d of drafts)
      for (const c of d.content)
        forEachWithin(r.times, c.start, c.end, (i) => {
          if (timeExpressions[i]!.interval) out.push(timeExpressions[i]!);
        });
    return out;
  };

  const statementIds = new Map<object, string>();
  const statements: Statement[] = merged.statements.map((s) => {
    const p = s.primary;
    const id = `s${orig(p.mention).start}-${orig(p.cue).start}`;
    statementIds.set(s, id);
    const said = narrowest(
      s.drafts.map((d) => bySpan(d.saidAtTimex)).filter((t): t is TimeExpression => Boolean(t?.interval)),
    );
    const saidAt: SaidAt = said
      ? { value: said.value, interval: said.interval, timeExpressionId: said.id }
      : {
          value: published.value ?? 'XXXX-XX-XX',
          interval: pubInterval ? { start: null, end: pubInterval.end } : null,
          bound: 'before-publication',
        };
    const channelDraft = s.drafts.find((d) => d.channel)?.channel ?? null;
    const content: { start: number; end: number }[] = [];
    for (const d of s.drafts) for (const c of d.content) content.push(orig(c));
    return {
      id,
      speaker: withSpan({ actorId: s.speakerId }, orig(p.speaker)),
      cue: withSpan({ text: quote(p.cue) }, orig(p.cue)),
      stance: s.stance,
      channel: channelDraft ? channelOf(r, channelDraft) : null,
      saidAt,
      mentions: s.drafts.map((d) => {
        const t = bySpan(d.saidAtTimex);
        const o: { start: number; end: number; timeExpressionId?: string } = orig(d.mention);
        if (t) o.timeExpressionId = t.id;
        return o;
      }),
      content,
      direct: s.drafts.some((d) => d.direct),
      confidence: Math.max(...s.drafts.map((d) => d.confidence)),
      eventId: '',
    };
  });

  const statementById = new Map(statements.map((s) => [s.id, s]));
  // Ids from where the event's words are; two happenings named by the same words (Peskov's comment on what a
  // report said) get a letter after the first.
  const taken = new Set<string>();
  const events: Event[] = merged.events.map((e) => {
    const first = e.statements[0]!;
    const anchorSpan = e.trigger ?? first.primary.content[0]!;
    let id = `e${orig(anchorSpan).start}`;
    for (let n = 1; taken.has(id); n++) id = `e${orig(anchorSpan).start}${String.fromCharCode(96 + Math.min(n, 26))}${n > 26 ? n : ''}`;
    taken.add(id);
    const timeClaims: Event['timeClaims'] = [];
    const mentions: { start: number; end: number }[] = [];
    for (const s of e.statements) {
      const sid = statementIds.get(s)!;
      const st = statementById.get(sid)!;
      st.eventId = id;
      for (const d of s.drafts) mentions.push(orig(d.content.at(-1)!));
      if (s.stance === 'publish' && st.saidAt.timeExpressionId) {
        timeClaims.push({
          statementId: sid,
          value: st.saidAt.value,
          interval: st.saidAt.interval,
          timeExpressionId: st.saidAt.timeExpressionId,
        });
        continue;
      }
      const t = narrowest(timesIn(s.drafts));
      if (t) timeClaims.push({ statementId: sid, value: t.value, interval: t.interval, timeExpressionId: t.id });
    }
    const label = e.trigger
      ? e.type.label
      : { en: `${e.type.label.en}: ${englishLabel(g, first.speakerId)}`, ar: e.type.label.ar };
    return {
      id,
      type: e.type.type,
      ...(e.type.cameo ? { cameo: e.type.cameo } : {}),
      label,
      participants: [...e.participants].sort(),
      modality: eventModality(e),
      timeClaims,
      mentions,
    };
  });
  return { statements, events };
}

/** Every actor mentioned, speaking, carrying a statement or taking part in an event, with whom they speak for,
 *  what they are part of and where they are based, up to the state: the views group lanes by side and draw
 *  affiliation edges, and an Extraction read from a file has no gazetteer beside it. */
function collectActors(
  actors: Map<string, Actor>,
  known: (ActorMention & { actorId: string })[],
  statements: Statement[],
  events: Event[],
  publisher: string | undefined,
  r: Reading,
  g: Gazetteer,
) {
  // Actors the document made (a body, a group, an unnamed source) stay only where they speak or take part.
  const acting = new Set<string>();
  for (const s of statements) {
    acting.add(s.speaker.actorId);
    if (s.channel?.actorId) acting.add(s.channel.actorId);
  }
  for (const e of events) for (const p of e.participants) acting.add(p);
  const used = new Set<string>();
  for (const m of known) used.add(m.actorId);
  for (const id of acting) used.add(id);
  if (publisher && g.entries.has(publisher)) used.add(publisher);
  for (const [id, a] of actors) if (!a.inGazetteer && !acting.has(id)) actors.delete(id);
  for (const id of used) {
    const e = g.entries.get(id);
    if (e && !actors.has(id)) actors.set(id, toActor(e));
  }
  const queue = [...actors.values()];
  for (let a = queue.pop(); a; a = queue.pop()) {
    for (const f of a.affiliations) {
      const e = f.type !== 'memberOf' && !actors.has(f.actorId) ? g.entries.get(f.actorId) : undefined;
      if (e) {
        const added = toActor(e);
        actors.set(added.id, added);
        queue.push(added);
      }
    }
  }
  for (const m of known) {
    const a = actors.get(m.actorId);
    if (a) (a.mentions ??= []).push(r.orig(m));
  }
}
