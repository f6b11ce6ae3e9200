// English actor mentions: gazetteer names and metonyms as written, and role titles with what they are of —
// before them ("Kremlin spokesman", "Russian President", "Russia's foreign minister") or after them
// ("spokesman for the Kremlin", "President of Russia") — with the name they introduce ("Kremlin spokesman
// Dmitry Peskov") or stand beside ("Dmitry Peskov, the Kremlin spokesman,"). Same output as the Arabic finder.
import type { WordSpan } from '../../text/phrases';
import { PhraseMatcher, findWordSequences, phrasePattern, wordSpans } from '../../text/phrases';
import { coveredBy, lowerBound, nextAfter } from '../../text/spans';
import type { Sentence } from '../../text/tokens';
import type { Gazetteer } from '../../extract/gazetteer';
import { TITLE_MATCHER_EN, titleFormEn } from './lexicon';
import type { ActorMention, RoleRef } from '../../extract/mentions';

/** Words that end a run of capitalised words taken for an unknown person's name. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Said', 'Says', 'Told',
]);
const NOT_THE_OFFICE = /(?<![\p{L}])(?:deputy|vice|former|ex|assistant|then|first\s+deputy)[\s-]*$/iu;
const STATE_KINDS = new Set(['state']);
const INSTITUTION_KINDS = new Set(['institution', 'alliance']);

export class EnglishMentionFinder {
  private readonly nameMatcher: PhraseMatcher;

  constructor(private readonly g: Gazetteer) {
    this.nameMatcher = new PhraseMatcher([...g.englishNames.keys()].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) })), ['']);
  }

  find(text: string, sentences: Sentence[], words: WordSpan[] = wordSpans(text), times: readonly { start: number; end: number }[] = []): ActorMention[] {
    const names: ActorMention[] = this.nameMatcher.find(text, words).map(({ start, end }) => {
      const hit = this.g.englishNames.get(text.slice(start, end).replace(/\s+/g, ' '))!;
      return { start, end, actorId: hit.id, how: hit.metonym ? 'metonym' : 'name' };
    });
    const titles = this.titles(text, names, words);
    const covered = (list: ActorMention[]) => (n: { start: number; end: number }) => {
      const t = list[lowerBound(list, n.start + 1) - 1];
      return t !== undefined && n.start < t.end;
    };
    const insideTitle = (n: ActorMention) => {
      const t = titles[lowerBound(titles, n.start + 1) - 1];
      return t !== undefined && n.end <= t.end;
    };
    const found = [...titles, ...names.filter((n) => !insideTitle(n))].sort((a, b) => a.start - b.start);
    // An unnamed source or a body named by its owner ("a senior EU official", "Netanyahu's office") is one speaker,
    // not the names inside it; a definite phrase yields to a name it overlaps.
    const described = describedActors(text, sentences, this.g).filter((d) => d.fresh || d.actorId || !found.some((f) => f.start < d.end && d.start < f.end));
    // An unnamed source yields to a title it overlaps ("Kremlin spokesman Dmitry Peskov"); a body named by its owner
    // does not ("Prime Minister Benjamin Netanyahu's office").
    const titled = (d: ActorMention) => !!d.fresh?.unnamed && found.some((f) => (f.how === 'title' || f.how === 'title+name' || f.how === 'new') && f.start < d.end && d.start < f.end);
    const strong = described.filter((d) => (d.fresh || d.actorId) && !titled(d));
    const kept = described.filter((d) => !d.fresh || !titled(d));
    const all = [...found.filter((f) => !strong.some((d) => d.start <= f.start && f.end <= d.end && f.start !== d.start)), ...kept].sort((a, b) => a.start - b.start);
    const people = unknownNames(text, sentences, all, times).filter((n) => !covered(all)(n));
    return withSurnames(text, words, [...all, ...people].sort((a, b) => a.start - b.start), times);
  }

  private kindOf(id: string | null) {
    return id ? this.g.entries.get(id)?.kind : undefined;
  }

  private titles(text: string, names: ActorMention[], words: WordSpan[]): ActorMention[] {
    const out: ActorMention[] = [];
    for (const hit of TITLE_MATCHER_EN.find(text, words)) {
      const form = titleFormEn(text.slice(hit.start, hit.end))!;
      const before = text.slice(Math.max(0, hit.start - 30), hit.start);
      if (NOT_THE_OFFICE.test(before)) continue;
      const fits = (id: string | null) => (form.of === 'state' ? STATE_KINDS : INSTITUTION_KINDS).has(this.kindOf(id) ?? '');
      let start = hit.start;
      let end = hit.end;
      let of: string | undefined;
      // What it is of, before it: a demonym (Russian, U.S.) or a name (Kremlin, Russia's, NATO).
      const demonym = /([\p{L}.]+)\s+$/u.exec(before);
      const demonymId = demonym && form.of === 'state' ? this.g.englishDemonyms.get(demonym[1]!) : undefined;
      let i = lowerBound(names, hit.start) - 1;
      const left = i >= 0 && /^(?:['’]s)?\s+$/.test(text.slice(names[i]!.end, hit.start)) ? names[i] : undefined;
      if (left && fits(left.actorId)) {
        of = left.actorId!;
        start = left.start;
      } else if (demonymId) {
        of = demonymId;
        start = hit.start - demonym![0].length;
      } else {
        // …or after it: "President of Russia", "spokesman for the Kremlin".
        const prep = /^\s+(?:of|for)\s+/i.exec(text.slice(hit.end, hit.end + 12));
        const right = prep ? nextAfter(names, hit.end + prep[0].length, text, /^(?:the\s+)?$/i) : undefined;
        if (right && fits(right.actorId)) {
          of = right.actorId!;
          end = right.end;
        } else if (form.impliedOf) of = form.impliedOf;
      }
      // A name the gazetteer knows right after the title: "Kremlin spokesman Dmitry Peskov".
      i = lowerBound(names, end);
      const person = names[i] && /^\s*,?\s*$/.test(text.slice(end, names[i]!.start)) && this.kindOf(names[i]!.actorId) === 'person' ? names[i] : undefined;
      // "President Vladimir Putin", "spokesman Gamal Roshdy": the name says who; the title says of what only with
      // a state or a body, and without one it still names the office (for "the spokesman" later).
      const nextName = names[lowerBound(names, end)];
      const followedByName = (nextName && /^\s*,?\s*$/.test(text.slice(end, nextName.start))) || /^\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(text.slice(end, end + 40));
      if (!of && !followedByName) continue;
      const role: RoleRef = { title: form.title, of: of ?? '' };
      const last = out.at(-1);
      if (last && start < last.end) continue;
      if (person) {
        out.push({ start, end: person.end, actorId: person.actorId, how: 'title+name', role });
        continue;
      }
      // A person the gazetteer does not know: two or three capitalised words after the title.
      const unknown = /^\s+((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 80));
      if (unknown && unknown[1]!.split(/\s+/).every((w) => !NOT_NAME.has(w))) {
        const nStart = end + unknown[0].indexOf(unknown[1]!);
        const nEnd = nStart + unknown[1]!.length;
        out.push({ start, end: nEnd, actorId: null, how: 'new', role, fresh: { kind: 'person', name: { start: nStart, end: nEnd }, key: unknown[1]!.replace(/\s+/g, ' ') } });
        continue;
      }
      // Apposition after a name: "Dmitry Peskov, the Kremlin spokesman," is Peskov.
      const j = lowerBound(names, start) - 1;
      const named = j >= 0 && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(names[j]!.end, start)) && this.kindOf(names[j]!.actorId) === 'person' ? names[j] : undefined;
      if (named) {
        out.push({ start: named.start, end, actorId: named.actorId, how: 'title+name', role });
        continue;
      }
      out.push({ start, end, actorId: null, how: 'title', role });
    }
    return out;
  }
}

/** A word in either case at the start: "senior" matches "Senior" too, and nothing else is case-blind. */
const either = (w: string) => `(?:[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/[.]/g, '\\.')}|${w.toUpperCase().replace(/[.]/g, '\\.')})`;
const words = (list: string[]) => list.sort((a, b) => b.length - a.length).map((w) => w.split(' ').map(either).join('[ \\t]+')).join('|');
const UNNAMED_MODIFIERS = words([
  'senior', 'top', 'high-ranking', 'high-level', 'junior', 'former', 'leading', 'well-placed', 'informed', 'diplomatic', 'government', 'administration',
  'military', 'security', 'intelligence', 'defense', 'defence', 'foreign', 'western', 'european', 'arab', 'gulf', 'regional', 'police', 'health',
  'foreign ministry', 'state department', 'white house', 'pentagon', 'kremlin', 'palace', 'palestinian', 'israeli', 'egyptian', 'iranian', 'russian',
  'ukrainian', 'turkish', 'american', 'qatari', 'saudi', 'jordanian', 'syrian', 'lebanese', 'iraqi', 'emirati', 'sudanese', 'chinese', 'british',
  'french', 'german', 'hamas', 'hezbollah', 'nato', 'eu', 'u.s.', 'us', 'un', 'u.n.', 'other', 'two', 'three', 'several', 'some', 'many', 'state',
  'official', 'independent', 'local', 'national',
]);
const UNNAMED_HEADS = words([
  'official', 'officials', 'diplomat', 'diplomats', 'source', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides', 'negotiator',
  'negotiators', 'analyst', 'analysts', 'envoy', 'media', 'intelligence', 'observers', 'insiders', 'authorities', 'officers', 'mediators',
  'television', 'TV', 'radio', 'news agency', 'state media', 'military', 'army', 'armed forces', 'tallies', 'police',
]);
/** Words that open a phrase describing a speaker the text does not name: "a senior EU official", "Western
 *  officials", "one European diplomat in Geneva", "an Israeli police spokesman", "Israeli media", "Moscow's negotiators". */
const UNNAMED = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?<det>(?:[Aa]|[Aa]n|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother|[Mm]any)[ \\t]+)?(?<mods>(?:(?:${UNNAMED_MODIFIERS}|\\p{Lu}[\\p{L}.-]+['’]s|\\p{Lu}\\p{Ll}+)[ \\t]+){0,4})(?<head>${UNNAMED_HEADS})(?![\\p{L}\\p{N}])(?:[ \\t]+(?:in|at|from|with|close[ \\t]+to|familiar[ \\t]+with)[ \\t]+(?:the[ \\t]+)?(?:\\p{Lu}[\\p{L}.-]+(?:[ \\t]+\\p{Lu}[\\p{L}.-]+){0,2}|talks|matter|negotiations|discussions))?`,
  'gu',
);
const DEFINITE_NOUNS = [
  'minister', 'ministers', 'official', 'officials', 'secretary-general', 'secretary general', 'secretary', 'president', 'spokesman', 'spokeswoman',
  'spokesperson', 'diplomat', 'envoy', 'under secretary', 'ministry', 'alliance', 'bloc', 'agency', 'organization', 'organisation', 'army',
  'government', 'delegation', 'foreign secretary', 'foreign minister', 'prime minister', 'chancellor', 'emir', 'king', 'negotiator', 'mediators',
  'administration', 'organizers', 'group', 'movement', 'council', 'embassy', 'mission', 'office', 'kingdom', 'emirate',
].sort((a, b) => b.length - a.length);
/** A definite phrase that names an actor again: "the minister", "the official", "the alliance", "his ministry". */
const DEFINITE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:the|his|her|its|their)[ \\t]+(?:(?<demonym>Turkish|Russian|Ukrainian|American|U\\.S\\.|US|Iranian|Egyptian|Qatari|Saudi|Jordanian|Syrian|Israeli|Palestinian|Chinese|British|French|German|Iraqi|Lebanese|Emirati|Sudanese|Polish)[ \\t]+|(?:two|three|four|European|Arab|senior|top|chief|foreign|defen[cs]e|deputy|health)[ \\t]+)*(?<noun>${DEFINITE_NOUNS.map((n) => n.replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\p{N}-])`,
  'giu',
);
/** "Netanyahu's office", "Gaza's health ministry", "its army": a body named by whose it is. */
const POSSESSED = /(?<![\p{L}\p{N}'’-])(?<owner>\p{Lu}[\p{L}-]+)['’]s[ \t]+(?<noun>(?:health[ \t]+|foreign[ \t]+|defen[cs]e[ \t]+|interior[ \t]+|state[ \t]+news[ \t]+|state[ \t]+|official[ \t]+)?(?:office|ministry|army|government|negotiators|delegation|mission|embassy|military|cabinet|news[ \t]+agency|agency|media|television|TV|broadcaster))(?![\p{L}\p{N}])/gu;

const NAME_PARTICLE = /^(?:al-\p{L}+|al|el|bin|ibn|bint|abu|abdul|de|da|van|von|der|le|la|di|ul)$/iu;
/** Capitalised words that are not a person's name where a speaker may stand. */
const NOT_A_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their',
  'Our', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Asked', 'After', 'Before', 'While', 'When', 'As', 'If', 'Speaking', 'According', 'In',
  'For', 'With', 'From', 'By', 'To', 'Of', 'President', 'Prime', 'Minister', 'Foreign', 'Secretary', 'Spokesman', 'Spokeswoman', 'Mr', 'Mrs', 'Ms',
  'Dr', 'Sir', 'Lord', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'General', 'Gen.', 'Sheikh', 'Prince', 'King', 'Queen', 'Emir', 'Ambassador', 'Envoy', 'Senator',
  'Sen.', 'Rep.', 'Gov.', 'Update', 'Updated', 'Live', 'Breaking', 'Reuters', 'AP', 'AFP', 'GMT', 'UTC', 'BST', 'CET', 'EST', 'Western', 'European',
  'Russian', 'Ukrainian', 'American', 'Israeli', 'Palestinian', 'Iranian', 'Turkish', 'Arab', 'Gulf', 'Saudi', 'Qatari', 'Egyptian', 'Jordanian',
  'Syrian', 'Lebanese', 'Iraqi', 'Emirati', 'Sudanese', 'Chinese', 'British', 'French', 'German', 'There', 'Here', 'Now', 'Today', 'Yesterday',
  'Tomorrow', 'Meanwhile', 'However', 'Still', 'Also', 'Officials', 'Diplomats', 'Sources', 'Analysts', 'Talks', 'Negotiations', 'Ceasefire', 'Truce',
]);

/** Speakers the text describes rather than names: unnamed sources and groups, and definite phrases that name one
 *  again (resolved to an earlier actor by the pipeline). */
function describedActors(text: string, sentences: Sentence[], g: Gazetteer): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.matchAll(UNNAMED)) {
    const phrase = m[0].replace(/\s+$/, '');
    const start = m.index;
    const end = start + phrase.length;
    const head = m.groups!.head!.toLowerCase();
    // "officials" alone is too general: it needs a modifier, a determiner or a place ("officials in Tehran").
    if (!m.groups!.det && !m.groups!.mods && !/\s(?:in|at|from)\s/.test(phrase)) continue;
    const words = phrase.split(/\s+/);
    const demonym = words.find((w) => g.englishDemonyms.has(w));
    const of = demonym ? g.englishDemonyms.get(demonym) : undefined;
    const kind = /media|television|tv|radio|agency/.test(head) ? 'media' : /intelligence|authorities|military|army|armed forces|police|tallies/.test(head) ? 'institution' : 'person';
    const key = phrase.toLowerCase().replace(/^(?:a|an|one)\s+/, '');
    out.push({ start, end, actorId: null, how: 'description', fresh: { kind, name: { start, end }, key, en: phrase.replace(/^(?:a|an|one)\s+/i, ''), unnamed: true, ...(of ? { of } : {}) } });
  }
  for (const m of text.matchAll(DEFINITE)) {
    const start = m.index;
    const end = start + m[0].length;
    const noun = m.groups!.noun!.toLowerCase().replace(/\s+/g, ' ').replace('secretary general', 'secretary-general');
    // "the Syrian minister": only a minister of Syria.
    const state = m.groups!.demonym ? g.englishDemonyms.get(m.groups!.demonym) ?? g.englishDemonyms.get(m.groups!.demonym.replace(/^US$/, 'U.S.')) : undefined;
    // A group (the ministers, the mediators) is itself a speaker when it names no earlier one.
    const group = /(?:ministers|officials|mediators|organizers|delegation|group|movement)$/.test(noun);
    const fresh = group ? { fresh: { kind: 'person' as const, name: { start, end }, key: m[0].toLowerCase().replace(/\s+/g, ' '), en: m[0] } } : {};
    out.push({ start, end, actorId: null, how: 'description', anaphor: `en:${noun}${state ? `@${state}` : ''}`, ...fresh });
  }
  for (const m of text.matchAll(POSSESSED)) {
    const start = m.index;
    const end = start + m[0].length;
    const owner = g.englishNames.get(m.groups!.owner!);
    // "Russia's defence ministry" is the Russian Defence Ministry the gazetteer knows, where it does.
    const noun = m.groups!.noun!.toLowerCase().replace(/defen[cs]e/, 'defen[cs]e').replace(/\s+/g, '\\s+');
    const known = owner && [...g.entries.values()].find((e) => e.kind === 'institution' && (e.affiliations ?? []).some((a) => a.actorId === owner.id && a.type === 'partOf') && (e.names.en ?? []).some((n) => new RegExp(`\\b${noun}\\b`, 'i').test(n)));
    if (known) {
      out.push({ start, end, actorId: known.id, how: 'name' });
      continue;
    }
    out.push({ start, end, actorId: null, how: 'description', fresh: { kind: 'institution', name: { start, end }, key: m[0].toLowerCase(), en: m[0], ...(owner ? { of: owner.id } : {}) } });
  }
  // "the Saudis", "the Russians": a people for its state.
  for (const m of text.matchAll(/(?<![\p{L}])[Tt]he\s+(?<people>\p{Lu}\p{Ll}+s)(?![\p{L}])/gu)) {
    const id = g.englishDemonyms.get(m.groups!.people!.slice(0, -1)) ?? g.englishDemonyms.get(m.groups!.people!.replace(/ns$/, 'n'));
    if (id) out.push({ start: m.index, end: m.index + m[0].length, actorId: id, how: 'metonym' });
  }
  void sentences;
  // The longest phrase where they overlap.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((d, i) => !out.slice(0, i).some((o) => o.start <= d.start && d.end <= o.end));
}

/** Persons the gazetteer does not know, named in full where a speaker stands: "Iryna Vereshchuk, who…, told",
 *  "Wendy Sherman told reporters", "Khalil al-Hayya, a senior Hamas official,". */
function unknownNames(text: string, sentences: Sentence[], known: ActorMention[], times: readonly { start: number; end: number }[]): ActorMention[] {
  const out: ActorMention[] = [];
  const inTime = (pos: number) => {
    const t = times[lowerBound(times, pos + 1) - 1];
    return t !== undefined && pos < t.end;
  };
  const taken = coveredBy(known);
  const NAME = /(?<![\p{L}\p{N}'’.-])\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:\s+(?:(?:al|el|bin|ibn|abu|de|da|van|von|der|le|la|di)[\s-])?\p{Lu}[\p{L}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,3}/gu;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    for (const m of sentence.matchAll(NAME)) {
      let start = s.start + m.index;
      const end = start + m[0].length;
      if (taken(start) || taken(end - 1) || inTime(start)) continue;
      let parts = m[0].split(/\s+/);
      const article = /(?:^|\s)the\s+$/i.test(text.slice(Math.max(s.start, start - 5), start));
      // "Infrastructure Minister Oleksandr Kubrakov": the name is what follows the last title word.
      const lastTitle = parts.findLastIndex((w, k) => NOT_A_NAME.has(w) && !(article && k === 0));
      if (lastTitle >= 0) {
        if (parts.length - lastTitle - 1 < 2) continue;
        const skip = parts.slice(0, lastTitle + 1).join(' ').length + 1;
        start += skip;
        parts = parts.slice(lastTitle + 1);
      }
      // Where a speaker stands: before a comma, a verb or "who"; after a verb of saying; or as the subject of a sentence.
      const after = text.slice(end, Math.min(s.end, end + 40));
      const before = text.slice(Math.max(s.start, start - 12), start);
      const speakerPlace = /^\s*(?:,|\(|who\b|has\b|had\b|also\b|later\b|told\b|said\b|says\b|wrote\b|tweeted\b|added\b|insisted\b|warned\b|argued\b|noted\b|stressed\b|replied\b|\p{Ll}+ed\b)/u.test(after) || /(?:said|says|told|according\s+to|quoted|cited)\s+$/u.test(before);
      if (!speakerPlace) continue;
      // "the Palestinian Red Crescent said": a body; "Iryna Vereshchuk, who…": a person.
      const body = /(?:^|\s)the\s+$/i.test(before);
      out.push({ start: body ? start - 4 : start, end, actorId: null, how: 'new', fresh: { kind: body ? 'institution' : 'person', name: { start, end }, key: parts.join(' ') } });
    }
  }
  return out;
}

/** A person introduced in full is named again by surname ("Wendy Sherman" … "Sherman said"). */
function withSurnames(text: string, words: WordSpan[], found: ActorMention[], times: readonly { start: number; end: number }[]): ActorMention[] {
  const keys = new Map<string, string>();
  for (const m of found) {
    if (m.how !== 'new' || !m.fresh) continue;
    const parts = text.slice(m.fresh.name.start, m.fresh.name.end).split(/\s+/);
    if (parts.length < 2) continue;
    const surname = parts.length >= 3 && NAME_PARTICLE.test(parts.at(-2)!) ? parts.slice(-2).join(' ') : parts.at(-1)!;
    if (surname.length >= 3 && !NOT_A_NAME.has(surname) && !keys.has(surname)) keys.set(surname, m.fresh.key);
  }
  if (!keys.size) return found;
  const inside = coveredBy(found);
  const inTime = (pos: number) => {
    const t = times[lowerBound(times, pos + 1) - 1];
    return t !== undefined && pos < t.end;
  };
  const out = [...found];
  for (const h of findWordSequences(text, words, keys.keys(), [''])) {
    if (inside(h.start) || inTime(h.start)) continue;
    out.push({ start: h.start, end: h.end, actorId: null, how: 'alias', aliasOf: keys.get(text.slice(h.start, h.end).replace(/\s+/g, ' '))! });
  }
  return out.sort((a, b) => a.start - b.start);
}
