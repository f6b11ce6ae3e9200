// Russian attribution: who said what, when and through which channel. Russian news puts the speaker before
// the verb (Песков заявил, что…), after it (заявил Песков; сообщила официальный представитель МИД России
// Мария Захарова), after a quotation and a dash («…», — сказал Песков), behind "по словам" (по словам Пескова,
// …) or "со ссылкой на", in a phrase of its own (как передает ТАСС), or lets an institution speak through a
// place (В Кремле заявили; в МИД России сообщили). Он/она/они and a verb with no subject (Также отметил, что…)
// continue the last speaker. Works on the normalised text (its «» are straight quotes).
import type { Stance } from '../../model/schema';
import type { ActorMention } from '../../extract/mentions';
import { type SpanN, type StatementDraft, around, nearestTime, sentenceIndex } from '../../extract/drafts';
import { lowerBound } from '../../text/spans';
import { type Sentence, sentenceAt, sentences as splitSentences } from '../../text/tokens';
import type { ReadText } from '../types';
import { CHANNEL_RE_RU, CUE_RE_RU, type RuCue, cueRu } from './lexicon';

/** A sentence ends at . ! ? or a line break — not after an initial (В. Путин) or "г." of a year. */
const ABBREVIATION_RU = /(?:^|[\s("])(?:\p{Lu}|г|гг|т\.\s?е|т\.\s?к|им|ул|см|др|пр|тыс|млн|млрд)\.$/u;
export function sentencesRu(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    const prev = out.at(-1);
    if (prev && ABBREVIATION_RU.test(text.slice(Math.max(prev.start, prev.end - 8), prev.end)) && !text.slice(prev.end, s.start).includes('\n')) prev.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/** Words that may stand between a subject and its verb: adverbs, particles (Песков также заявил; МИД уже сообщил). */
const BETWEEN = /^\s*(?:,\s*(?:котор(?:ый|ая|ое|ые))\s+)?(?:(?:также|тоже|уже|ранее|позднее|затем|вновь|снова|еще|ещё|не|лишь|прямо|официально|неоднократно|публично|вчера|сегодня|накануне|в\s+свою\s+очередь|,\s*в\s+свою\s+очередь\s*,|кроме\s+того|в\s+частности)[\s,]*)*$/iu;
/** A pronoun subject: the last speaker that fits. */
const PRONOUN = /(?:^|[\s,])(он|она|они)(?:\s+(?:также|тоже|уже|еще|ещё|вновь|снова|же|в\s+свою\s+очередь|при\s+этом|кроме\s+того))*[\s,]*$/iu;
const PRONOUN_AFTER = /^\s*(он|она|они)(?![\p{L}])/iu;
/** What a statement may be said in before its speaker: в заявлении МИД, в интервью, в эфире телеканала. */
const DOCUMENT_BEFORE = /^\s*(?:в\s+(?:заявлении|сообщении|коммюнике|пресс-релизе|публикации|комментарии|обращении|письме)\s*)$/iu;
const MEDIA_KINDS = new Set(['media']);

interface Cx {
  r: ReadText;
  drafts: StatementDraft[];
}

export function findStatementsRu(r: ReadText): StatementDraft[] {
  const cx: Cx = { r, drafts: [] };
  const { text } = r;
  const cues: { start: number; end: number; form: RuCue; kind: 'verb' | 'po-slovam' | 'ssylka' }[] = [];
  for (const m of text.matchAll(CUE_RE_RU)) cues.push({ start: m.index, end: m.index + m[0].length, form: cueRu(m[0])!, kind: 'verb' });
  for (const m of text.matchAll(/(?<![\p{L}])(?:по\s+словам|по\s+мнению|по\s+данным|как\s+считает|согласно)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'according to', stance: 'state', plural: false, feminine: false }, kind: 'po-slovam' });
  for (const m of text.matchAll(/(?<![\p{L}])(?:со\s+ссылкой\s+на|ссылаясь\s+на)(?![\p{L}])/giu)) cues.push({ start: m.index, end: m.index + m[0].length, form: { lemma: 'cite', stance: 'report', plural: false, feminine: false }, kind: 'ssylka' });
  cues.sort((a, b) => a.start - b.start);
  for (const cue of cues) {
    const whole = sentenceAt(r.sentences, cue.start);
    if (!whole) continue;
    const sentence = around(whole, cue);
    if (insideQuote(text, sentence.start, cue.start)) continue;
    if (cue.kind === 'verb') verbDraft(cx, sentence, cue, cue.form);
    else afterCue(cx, sentence, cue, cue.form, cue.kind);
  }
  const seen = new Set<string>();
  return cx.drafts
    .filter((d) => {
      const key = `${d.mention.start}|${d.speaker.actorId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
}

function insideQuote(text: string, from: number, pos: number): boolean {
  let n = 0;
  for (let i = from; i < pos; i++) if (text.charCodeAt(i) === 34) n++;
  return n % 2 === 1;
}

/** The mention starting at `pos` after a gap the pattern allows. */
function mentionAfter(cx: Cx, pos: number, gap: RegExp, limit: number): ActorMention | undefined {
  const ms = cx.r.mentions;
  for (let i = lowerBound(ms, pos); i < ms.length && ms[i]!.start < limit; i++) {
    const m = ms[i]!;
    if (gap.test(cx.r.text.slice(pos, m.start))) return m.actorId ? m : undefined;
    return undefined;
  }
  return undefined;
}

/** The mention ending before `pos` (in the sentence) with only what may stand between a subject and its verb. */
function mentionBefore(cx: Cx, sentence: Sentence, pos: number): { m: ActorMention; prep: boolean } | undefined {
  const { text, mentions, times } = cx.r;
  let i = lowerBound(mentions, pos) - 1;
  while (i >= 0 && mentions[i]!.end > pos) i--;
  const m = i >= 0 ? mentions[i] : undefined;
  if (!m || !m.actorId || m.start < sentence.start) return undefined;
  // What stands between, times and an aside between commas or dashes left out.
  let between = text.slice(m.end, pos);
  for (const t of times) if (t.start >= m.end && t.end <= pos) between = between.replace(text.slice(t.start, t.end), ' ');
  between = between.replace(/^\s*[,—–-][^,—–"]{1,120}[,—–]\s*/u, ' ').replace(/(?<![\p{L}])(?:в|во|на|с|к)\s+(?=\s|$)/giu, ' ');
  if (!BETWEEN.test(between)) return undefined;
  const prep = /(?:^|[\s,])(?:в|во)\s+$/iu.test(text.slice(Math.max(sentence.start, m.start - 4), m.start));
  return { m, prep };
}

/** The speaker a pronoun or a subjectless verb continues: the last speaker that fits, a few sentences back. */
function lastSpeaker(cx: Cx, sentence: Sentence, pronoun: string | null, feminine: boolean): ActorMention | null {
  const k = sentenceIndex(cx.r.sentences, sentence.start);
  const earliest = cx.r.sentences[Math.max(0, k - 4)]!.start;
  const kind = (m: ActorMention) => (m.actorId ? (cx.r.g.entries.get(m.actorId)?.kind ?? m.fresh?.kind ?? 'person') : 'person');
  for (let i = cx.drafts.length - 1; i >= 0; i--) {
    const d = cx.drafts[i]!;
    if (d.mention.start < earliest) break;
    if (d.mention.start >= sentence.start) continue;
    if (pronoun === 'он' || pronoun === 'она') {
      if (kind(d.speaker) !== 'person') continue;
    }
    void feminine;
    return d.speaker;
  }
  return null;
}

function push(cx: Cx, sentence: Sentence, cue: SpanN & { lemma: string }, stance: Stance, speaker: ActorMention, content: SpanN[], direct: boolean, confidence: number) {
  const { text, times, g } = cx.r;
  const media = speaker.actorId ? MEDIA_KINDS.has(g.entries.get(speaker.actorId)?.kind ?? '') : false;
  const channel = channelOf(cx, sentence, cue);
  cx.drafts.push({
    speaker,
    cue,
    stance: stance === 'state' && media ? 'report' : stance,
    channel,
    content: content.filter((c) => c.end > c.start),
    direct,
    mention: { start: sentence.start, end: sentence.end },
    saidAtTimex: nearestTime(times, sentence, content, speaker, cue, text),
    headline: false,
    confidence,
  });
}

/** Through what it was said: журналистам, в интервью РИА Новости, в эфире телеканала «Россия-1», на брифинге. */
function channelOf(cx: Cx, sentence: Sentence, cue: SpanN): (SpanN & { actorId?: string }) | null {
  const { text } = cx.r;
  const from = Math.max(sentence.start, cue.start - 60);
  const to = Math.min(sentence.end, cue.end + 80);
  const m = CHANNEL_RE_RU.exec(text.slice(from, to));
  if (!m) return null;
  const start = from + m.index;
  const end = start + m[0].length;
  const media = m.groups?.interview || m.groups?.air ? mentionAfter(cx, end, /^\s*"?\s*$/u, end + 40) : undefined;
  return media ? { start, end: media.end, actorId: media.actorId! } : { start, end };
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

function verbDraft(cx: Cx, sentence: Sentence, cue: SpanN & { form: RuCue }, form: RuCue) {
  const { text } = cx.r;
  const c = { start: cue.start, end: cue.end, lemma: form.lemma };
  const before = text.slice(sentence.start, cue.start);
  // «…», — сказал Песков / «…» — заявил он: the quotation before the dash is what was said.
  const dashQuote = /"([^"]+)"\s*,?\s*[—–-]\s*$/u.exec(before);
  // A channel phrase right after the verb stands before the speaker: заявил журналистам Песков.
  let after = cue.end;
  const ch = /^\s*(?:журналистам|репортерам|репортёрам|в\s+интервью(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?|\s+"[^"]{1,40}")?|в\s+эфире\s+(?:телеканала|радиостанции|программы)\s+(?:"[^"]{1,40}"|\p{Lu}[\p{L}-]*)|на\s+(?:брифинге|пресс-конференции))\s*/iu.exec(text.slice(after, sentence.end));
  if (ch) after += ch[0].length;
  const documentGap = /^\s*(?:в\s+(?:заявлении|сообщении|коммюнике|пресс-релизе|публикации|комментарии)\s*)?(?:\s*(?:пресс-службы|ведомства)\s*)?$/iu;
  const vs = mentionAfter(cx, after, documentGap, sentence.end);
  if (dashQuote) {
    const q0 = sentence.start + dashQuote.index + 1;
    const content = { start: q0, end: q0 + dashQuote[1]!.length };
    const p = PRONOUN_AFTER.exec(text.slice(cue.end, sentence.end));
    const speaker = vs ?? (p ? lastSpeaker(cx, sentence, p[1]!.toLowerCase(), form.feminine) : null);
    if (speaker) push(cx, sentence, c, form.stance, vs ? speaker : { ...speaker, start: cue.end + p!.index + p![0].length - p![1]!.length, end: cue.end + p!.index + p![0].length, how: 'alias' }, [content], true, vs ? 0.9 : 0.75);
    return;
  }
  // Subject first: Песков заявил; В Кремле заявили (the institution speaks through its place).
  const sv = mentionBefore(cx, sentence, cue.start);
  if (sv && (!sv.prep || form.plural)) {
    // "По данным X, Y заявил": Y speaks; "в Москве заявил Лавров": the name after the verb speaks.
    if (!(sv.prep && vs)) {
      push(cx, sentence, c, form.stance, sv.m, [contentAfter(text, sentence, cue.end)], false, sv.prep ? 0.8 : 0.9);
      return;
    }
  }
  if (vs) {
    // "как передает ТАСС", "заявил Песков", "сообщила официальный представитель МИД России Мария Захарова".
    const asClause = /(?:^|[\s,])как\s*$/iu.test(before);
    const content = asClause ? contentWithout(text, sentence, cue.start - /как\s*$/iu.exec(before)![0].length, vs.end) : dashLess(text, sentence, before, vs.end);
    push(cx, sentence, c, form.stance, vs, content, false, 0.9);
    return;
  }
  // Он заявил / Она подчеркнула / Также он отметил / добавил он: the last speaker.
  const p = PRONOUN.exec(before) ?? (PRONOUN_AFTER.exec(text.slice(cue.end, sentence.end)) as RegExpExecArray | null);
  const subjectless = /^\s*(?:(?:также|кроме\s+того|при\s+этом|вместе\s+с\s+тем|в\s+то\s+же\s+время|помимо\s+этого)\s*,?\s*)*$/iu.test(before);
  if (p || subjectless) {
    const speaker = lastSpeaker(cx, sentence, p ? p[1]!.toLowerCase() : null, form.feminine);
    if (!speaker) return;
    const at = p ? { start: (p.input === before ? sentence.start : cue.end) + p.index + p[0].length - p[1]!.length, end: (p.input === before ? sentence.start : cue.end) + p.index + p[0].length } : c;
    const contentFrom = p && p.input !== before ? at.end : cue.end;
    push(cx, sentence, c, form.stance, { ...speaker, start: at.start, end: at.end, how: 'alias' }, [contentAfter(text, sentence, contentFrom)], false, p ? 0.75 : 0.7);
  }
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
function dashLess(text: string, sentence: Sentence, before: string, speakerEnd: number): SpanN[] {
  if (/[,—–]\s*$/.test(before) && before.trim().length > 12) return contentWithout(text, sentence, sentence.start + before.length, sentence.end);
  return [contentAfter(text, sentence, speakerEnd)];
}

/** по словам X, … / со ссылкой на X: the speaker follows the cue, what was said is the rest of the sentence. */
function afterCue(cx: Cx, sentence: Sentence, cue: SpanN & { form: RuCue }, form: RuCue, kind: 'po-slovam' | 'ssylka') {
  const { text } = cx.r;
  const m = mentionAfter(cx, cue.end, /^\s*$/u, sentence.end);
  if (!m) return;
  const c = { start: cue.start, end: cue.end, lemma: form.lemma };
  const content = kind === 'po-slovam' ? contentWithout(text, sentence, cue.start, m.end) : contentWithout(text, sentence, cue.start, m.end);
  push(cx, sentence, c, form.stance, m, content, false, kind === 'po-slovam' ? 0.85 : 0.75);
}

export { DOCUMENT_BEFORE };
