// The pipeline: text → normalised text → time expressions, actor mentions → statements → events.
// Pure: no clock, no I/O. Offsets in the result are JavaScript string indices into document.text.
import type { Actor, Document, Event, Extraction, Lang, Published, SaidAt, Statement, TimeExpression } from '../model/schema';
import { ENGINE } from '../model/schema';
import { normalizeArabic, toOriginalSpan } from '../text/normalize';
import { detectLang } from '../text/lang';
import { wordSpans } from '../text/phrases';
import { spansWithin } from '../text/spans';
import { sentenceAt, sentencesEn, sentences as splitSentences } from '../text/tokens';
import type { LocalDate } from '../time/calendar';
import { formatDate, isValidTimeZone, parseDate } from '../time/calendar';
import { publicationInterval, resolveTimes } from '../time/index';
import { tagArabic } from '../time/tag-ar';
import { tagEnglish } from '../time/tag-en';
import { EnglishTenses } from '../time/tense-en';
import { inferPublication } from '../time/publication';
import type { Tenses } from '../time/tense';
import { TenseIndex } from '../time/tense';
import { ARABIC_EVENTS, eventModality, mergeStatements, narrowest } from './assemble';
import type { Gazetteer } from './gazetteer';
import { defaultGazetteer, englishLabel, holdersOn, tenures, toActor } from './gazetteer';
import type { ActorMention } from './mentions';
import { MentionFinder } from './mentions';
import { findStatements } from './statements';
import { ENGLISH_EVENTS } from './lexicon-en';
import { EnglishMentionFinder } from './mentions-en';
import { findStatementsEn } from './statements-en';
import { transliterate } from './transliterate';

export interface ExtractInput {
  text: string;
  title?: string;
  lang?: Lang;
  publisher?: string;
  url?: string;
  timeZone?: string;
  /** YYYY-MM-DD from metadata, or null/undefined to infer it from the text. */
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
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `doc-${h.toString(16).padStart(8, '0')}`;
}

/** A wire dateline before a date, at the start of a line: "MOSCOW, " or "WASHINGTON/MOSCOW, ". */
const DATELINE_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\s/.'-]{1,40},\s*$/u;

const finders = new WeakMap<Gazetteer, MentionFinder>();
const englishFinders = new WeakMap<Gazetteer, EnglishMentionFinder>();

export function extract(input: ExtractInput, g: Gazetteer = defaultGazetteer()): Extraction {
  const text = input.text;
  if (!text.trim()) throw new ExtractInputError('the text is empty', 'text');
  if (text.length > MAX_TEXT_CHARS) throw new ExtractInputError(`the text is longer than ${MAX_TEXT_CHARS} characters`, 'text');
  const timeZone = input.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone)) throw new ExtractInputError(`unknown time zone "${timeZone}"`, 'timeZone');
  let anchor: LocalDate | null = null;
  if (input.published) {
    anchor = parseDate(input.published);
    if (!anchor) throw new ExtractInputError(`impossible publication date "${input.published}" (expected a real YYYY-MM-DD)`, 'published');
  }
  const lang: Lang = input.lang ?? detectLang(text) ?? 'en';
  const warnings: string[] = [];
  const en = lang === 'en';

  const nt = normalizeArabic(text);
  const sents = en ? sentencesEn(nt.text) : splitSentences(nt.text);
  const words = wordSpans(nt.text);
  const tagged = en ? tagEnglish(nt.text, sents) : tagArabic(nt.text, words);
  const tenses: Tenses = en ? new EnglishTenses(nt.text) : new TenseIndex(nt.text, words);
  let mentions: ActorMention[];
  if (en) {
    let finder = englishFinders.get(g);
    if (!finder) englishFinders.set(g, (finder = new EnglishMentionFinder(g)));
    mentions = finder.find(nt.text, sents, words);
  } else {
    let finder = finders.get(g);
    if (!finder) finders.set(g, (finder = new MentionFinder(g)));
    mentions = finder.find(nt.text, sents, words);
  }
  // A place named in a time expression ("20:30 Moscow time", "بتوقيت موسكو") is a zone, not an actor.
  if (tagged.length) mentions = mentions.filter((m) => !spansWithin(tagged, m.start - 40, m.end + 40).some((t) => t.start <= m.start && m.end <= t.end));
  const orig = (s: { start: number; end: number }) => toOriginalSpan(nt, s.start, s.end);
  const quote = (s: { start: number; end: number }) => {
    const o = orig(s);
    return text.slice(o.start, o.end);
  };

  // Publication: metadata, or inference from the text's own constraints.
  let published: Published;
  if (anchor) {
    published = { value: formatDate(anchor), source: 'metadata', candidates: [] };
    // A wire dateline that names another day is said: one of the two is wrong.
    const line = en ? tagged.find((t) => t.start < 400 && t.parse.kind === 'day' && t.parse.date && DATELINE_BEFORE.test(nt.text.slice(Math.max(0, t.start - 60), t.start))) : undefined;
    const d = line?.parse.kind === 'day' ? line.parse.date : undefined;
    if (line && d && (d.day !== anchor.d || d.month !== anchor.m || (d.year !== undefined && d.year !== anchor.y))) {
      warnings.push(`the dateline says "${quote(line)}" but the publication date given is ${formatDate(anchor)}`);
    }
  }
  else {
    const dates = tagged.map((t) => {
      const s = sentenceAt(sents, t.start);
      const dateline = en && t.start < 400 && DATELINE_BEFORE.test(nt.text.slice(Math.max(0, t.start - 60), t.start));
      return { text: quote(t), parse: t.parse, tense: tenses.tense(s?.start ?? t.start, s?.end ?? t.end), ...(dateline ? { dateline } : {}) };
    });
    const seen = new Set<string>();
    const tenureEvidence = mentions
      .filter((m) => m.how === 'title+name' && m.role && m.actorId)
      .filter((m) => !seen.has(`${m.actorId}|${m.role!.title}|${m.role!.of}`) && seen.add(`${m.actorId}|${m.role!.title}|${m.role!.of}`))
      .map((m) => ({
        text: quote(m),
        claim: `${englishLabel(g, m.actorId!)} was ${m.role!.title} of ${englishLabel(g, m.role!.of)}`,
        ranges: tenures(g, m.actorId!, m.role!.title, m.role!.of),
      }))
      .filter((t) => t.ranges.length > 0);
    const inferred = inferPublication(dates, tenureEvidence, input.year);
    const only = inferred.candidates.length === 1 ? inferred.candidates[0]!.value : null;
    published = { value: only, source: 'inferred', candidates: inferred.candidates };
    if (only) anchor = parseDate(only);
    else {
      const n = inferred.candidates.length;
      warnings.push(
        n > 1
          ? `publication date unknown: ${n} candidate dates (${inferred.candidates.slice(0, 5).map((c) => c.value).join(', ')}${n > 5 ? `, and ${n - 5} more` : ''}); relative dates are left unresolved`
          : `publication date unknown${inferred.partial ? ` (${inferred.partial})` : ''}: relative dates are left unresolved`,
      );
    }
  }

  // Role titles: who held the office on the publication date (on every candidate date, if inferred).
  const dates = anchor ? [formatDate(anchor)] : published.candidates.map((c) => c.value);
  const actors = new Map<string, Actor>();
  for (const m of mentions) {
    if (m.actorId || !m.role) continue;
    if (m.how === 'new' && m.newName) {
      const written = text.slice(orig(m.newName).start, orig(m.newName).end);
      const latin = en ? written : transliterate(written);
      const id = `new-${latin.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || textId(written)}`;
      m.actorId = id;
      if (!actors.has(id)) {
        actors.set(id, {
          id,
          kind: 'person',
          names: { en: [latin], ar: en ? [] : [written], ru: [] },
          roles: [{ title: m.role.title, of: m.role.of }],
          affiliations: g.entries.get(m.role.of)?.kind === 'state' ? [] : [{ type: 'speaksFor', actorId: m.role.of }],
          inGazetteer: false,
        });
      }
      continue;
    }
    const role = m.role;
    const holders = dates.map((d) => holdersOn(g, role.title, role.of, d));
    const first = holders[0];
    if (first?.length === 1 && holders.every((h) => h.length === 1 && h[0] === first[0])) m.actorId = first[0]!;
    else warnings.push(`"${quote(m)}" at ${orig(m).start}: cannot tell who held this office${dates.length ? '' : ' without a publication date'}`);
  }
  const known = mentions.filter((m): m is ActorMention & { actorId: string } => m.actorId !== null);

  const timeExpressions = resolveTimes(nt, tagged, sents, { anchor, zone: timeZone }, warnings, tenses);
  const drafts = (en ? findStatementsEn : findStatements)(nt.text, sents, known, tagged, g, words);
  const { statements: merged, events: eventDrafts } = mergeStatements(nt.text, words, drafts, known, g, tenses, en ? ENGLISH_EVENTS : ARABIC_EVENTS);

  const pubInterval = publicationInterval(anchor, timeZone);
  const bySpan = (i: number | null) => (i === null ? undefined : timeExpressions[i]);
  const timexOf = new Map(tagged.map((t, i) => [t, timeExpressions[i]!]));
  const timesIn = (spans: { start: number; end: number }[]) => spans.flatMap((c) => spansWithin(tagged, c.start, c.end).map((t) => timexOf.get(t)!));

  const statementIds = new Map<object, string>();
  const statements: Statement[] = merged.map((s) => {
    const p = s.primary;
    const id = `s${orig(p.mention).start}-${orig(p.cue).start}`;
    statementIds.set(s, id);
    const said = narrowest(s.drafts.map((d) => bySpan(d.saidAtTimex)).filter((t): t is TimeExpression => Boolean(t?.interval)));
    const saidAt: SaidAt = said
      ? { value: said.value, interval: said.interval, timeExpressionId: said.id }
      : { value: published.value ?? 'XXXX-XX-XX', interval: pubInterval ? { start: null, end: pubInterval.end } : null, bound: 'before-publication' };
    const channelDraft = s.drafts.map((d) => d.channel).find(Boolean) ?? null;
    return {
      id,
      speaker: { actorId: s.speakerId, ...orig(p.speaker) },
      cue: { text: quote(p.cue), ...orig(p.cue) },
      stance: s.stance,
      channel: channelDraft ? { ...(channelDraft.actorId ? { actorId: channelDraft.actorId } : {}), text: quote(channelDraft), ...orig(channelDraft) } : null,
      saidAt,
      mentions: s.drafts.map((d) => {
        const t = bySpan(d.saidAtTimex);
        return { ...orig(d.mention), ...(t ? { timeExpressionId: t.id } : {}) };
      }),
      content: s.drafts.flatMap((d) => d.content.map(orig)),
      direct: s.drafts.some((d) => d.direct),
      confidence: Math.max(...s.drafts.map((d) => d.confidence)),
      eventId: '',
    };
  });

  const statementById = new Map(statements.map((s) => [s.id, s]));
  const events: Event[] = eventDrafts.map((e) => {
    const first = e.statements[0]!;
    const anchorSpan = e.trigger ?? first.primary.content[0]!;
    const id = `e${orig(anchorSpan).start}`;
    const timeClaims = e.statements.flatMap((s) => {
      const sid = statementIds.get(s)!;
      const st = statementById.get(sid)!;
      st.eventId = id;
      if (s.stance === 'publish' && st.saidAt.timeExpressionId) {
        return [{ statementId: sid, value: st.saidAt.value, interval: st.saidAt.interval, timeExpressionId: st.saidAt.timeExpressionId }];
      }
      const t = narrowest(timesIn(s.drafts.flatMap((d) => d.content)).filter((x) => x.interval));
      return t ? [{ statementId: sid, value: t.value, interval: t.interval, timeExpressionId: t.id }] : [];
    });
    const label = e.trigger ? e.type.label : { en: `${e.type.label.en}: ${englishLabel(g, first.speakerId)}`, ar: e.type.label.ar };
    return {
      id,
      type: e.type.type,
      ...(e.type.cameo ? { cameo: e.type.cameo } : {}),
      label,
      participants: [...e.participants].sort(),
      modality: eventModality(e),
      timeClaims,
      mentions: e.statements.flatMap((s) => s.drafts.map((d) => orig(d.content.at(-1)!))),
    };
  });

  // Actors: every one mentioned, speaking, carrying a statement or taking part in an event, and their affiliations.
  const used = new Set<string>([
    ...known.map((m) => m.actorId),
    ...statements.flatMap((s) => [s.speaker.actorId, ...(s.channel?.actorId ? [s.channel.actorId] : [])]),
    ...events.flatMap((e) => e.participants),
  ]);
  if (input.publisher && g.entries.has(input.publisher)) used.add(input.publisher);
  for (const id of used) {
    const e = g.entries.get(id);
    if (e && !actors.has(id)) actors.set(id, toActor(e));
  }
  // Whom they speak for, what they are part of, where they are based, up to the state: the views group lanes
  // by side and draw affiliation edges, and an Extraction read from a file has no gazetteer beside it.
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
    if (a) (a.mentions ??= []).push(orig(m));
  }

  const document: Document = {
    id: input.id ?? textId(text),
    title: input.title ?? text.slice(0, text.indexOf('\n') > 0 ? text.indexOf('\n') : Math.min(text.length, 120)).trim(),
    text,
    lang,
    publisher: input.publisher ?? 'unknown',
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
    warnings,
  };
}
