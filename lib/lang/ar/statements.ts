// Attribution: cue + speaker + channel + content, one draft per mention, in normalised text.
// Arabic news puts the verb first (أكد المتحدث…) or the speaker first (البيت الأبيض، قد أكد…);
// the writer's framing (يشار إلى أن) is skipped so that the speaker inside it is found.
import type { Stance } from '../../model/schema';
import type { Sentence } from '../../text/tokens';
import { sentenceAt } from '../../text/tokens';
import type { WordSpan } from '../../text/phrases';
import { lowerBound, nextAfter } from '../../text/spans';
import type { TaggedSpan } from '../../time/parse';
import type { SpanN, StatementDraft } from '../../extract/drafts';
import { headlineDraft, nearestTime } from '../../extract/drafts';
import type { Gazetteer } from '../../extract/gazetteer';
import { CHANNEL_FORMS, CHANNEL_RE, COMPLEMENT_RULES, COMPLEMENTIZER_RE, CUE_FORMS, CUE_MATCHER, FRAMING_RE } from './lexicon';
import type { ActorMention } from '../../extract/mentions';


export function findStatements(
  text: string,
  sentences: Sentence[],
  mentions: ActorMention[],
  times: TaggedSpan[],
  g: Gazetteer,
  words: WordSpan[],
): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const framing = [...text.matchAll(FRAMING_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const headline = sentences[0] && !/\n/.test(text.slice(sentences[0].start, sentences[0].end)) && text.indexOf('\n') >= sentences[0].end ? sentences[0] : null;

  const head = headline && headlineDraft(text, headline, mentions);
  if (head) drafts.push(head);

  for (const { start: cs, end: ce } of CUE_MATCHER.find(text, words)) {
    const form = CUE_FORMS.get(text.slice(cs, ce))!;
    if (form.participle) continue; // continues the statement before it
    if (framing.some((f) => f.start <= cs && cs < f.end)) continue;
    if (insideContent(drafts, cs)) continue; // a cue quoted inside content
    const sentence = sentenceAt(sentences, cs);
    if (!sentence || sentence === headline) continue;
    const draft = attribute(text, sentence, { start: cs, end: ce, lemma: form.lemma }, form.stance, mentions, times, g, drafts);
    if (draft) drafts.push(draft);
  }
  return drafts.sort((a, b) => a.mention.start - b.mention.start || a.cue.start - b.cue.start);
}

/** Whether a position lies in the content of a draft so far; content stays inside its sentence, and
 * drafts come in text order, so only the drafts of the latest sentences can hold it. */
function insideContent(drafts: StatementDraft[], pos: number): boolean {
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.mention.end > pos; i--) {
    if (drafts[i]!.content.some((c) => c.start <= pos && pos < c.end)) return true;
  }
  return false;
}

function speakerOf(text: string, cue: SpanN, sentence: Sentence, mentions: ActorMention[], g: Gazetteer) {
  const after = nextAfter(mentions, cue.end, text, /^\s*(?:قد\s+)?$/u);
  if (after && after.start < sentence.end) return { speaker: after, svo: false };
  let i = lowerBound(mentions, cue.start) - 1;
  while (i >= 0 && mentions[i]!.end > cue.start) i--;
  const before = i >= 0 && mentions[i]!.start >= sentence.start ? mentions[i] : undefined;
  if (before) {
    const gap = text.slice(before.end, cue.start).replace(/["«»]/g, ' ');
    const words = gap.split(/[\s،,]+/).filter(Boolean);
    if (words.every((w) => w === 'قد' || g.demonyms.has(w)) && words.length <= 2) return { speaker: before, svo: true };
  }
  return null;
}

/** "البيان الأمريكي" speaks for whoever of that state spoke last (the White House statement). */
function statementNounSpeaker(text: string, cue: SpanN, g: Gazetteer, drafts: StatementDraft[]): ActorMention | null {
  const m = /^\s*(البيان)(?:\s+([\p{L}]+))?/u.exec(text.slice(cue.end, cue.end + 40));
  if (!m) return null;
  const stateId = m[2] ? g.demonyms.get(m[2]) : undefined;
  const start = cue.end + m[0].indexOf('البيان');
  const end = stateId ? cue.end + m[0].length : start + 'البيان'.length;
  const belongs = (id: string | null) => {
    if (!id || !stateId) return !stateId;
    if (id === stateId) return true;
    const e = g.entries.get(id);
    return (e?.affiliations ?? []).some((a) => a.actorId === stateId && (a.type === 'partOf' || a.type === 'speaksFor' || a.type === 'basedIn'));
  };
  const previous = drafts.filter((d) => belongs(d.speaker.actorId)).at(-1);
  const actorId = previous?.speaker.actorId ?? stateId ?? null;
  if (!actorId) return null;
  return { start, end, actorId, how: 'metonym' };
}

function attribute(
  text: string,
  sentence: Sentence,
  cue: SpanN & { lemma: string },
  cueStance: Stance,
  mentions: ActorMention[],
  times: TaggedSpan[],
  g: Gazetteer,
  drafts: StatementDraft[],
): StatementDraft | null {
  let found = speakerOf(text, cue, sentence, mentions, g);
  if (!found) {
    const noun = statementNounSpeaker(text, cue, g, drafts);
    if (noun) found = { speaker: noun, svo: false };
  }
  if (!found) return null;
  const { speaker, svo } = found;

  // Walk past speaker, fillers, channel and the time of saying to the complement.
  let pos = svo ? cue.end : Math.max(cue.end, speaker.end);
  let channel: StatementDraft['channel'] = null;
  let saidAtTimex: number | null = null;
  let direct = false;
  for (let guard = 0; guard < 12 && pos < sentence.end; guard++) {
    const rest = text.slice(pos, sentence.end);
    const filler = /^(?:[\s،,"]+|قد(?![\p{L}])|الي(?=\s+(?:ان|انه|انها)(?![\p{L}])))/u.exec(rest);
    if (filler && filler[0].length) {
      pos += filler[0].length;
      continue;
    }
    const ch = CHANNEL_RE.exec(rest);
    if (ch && !channel) {
      const form = CHANNEL_FORMS.get(ch.groups!.form!.replace(/\s+/g, ' '))!;
      let end = pos + ch[0].length;
      let actorId: string | undefined;
      if (form.takesName) {
        const named = nextAfter(mentions, end, text, /^[\s"«]*$/);
        if (named && named.actorId) {
          actorId = named.actorId;
          end = named.end + (/^["»]/.test(text.slice(named.end)) ? 1 : 0);
        } else {
          const quoted = /^\s*"[^"\n]{1,40}"/.exec(text.slice(end));
          if (quoted) end += quoted[0].length;
        }
      }
      channel = { start: pos, end, actorId };
      pos = end;
      continue;
    }
    const t = lowerBound(times, pos);
    if (t < times.length && /^(?:في|منذ|خلال|حتي)?\s*$/u.test(text.slice(pos, times[t]!.start))) {
      if (saidAtTimex === null) saidAtTimex = t;
      pos = times[t]!.end;
      continue;
    }
    const colon = /^:\s*/.exec(rest);
    if (colon) {
      pos += colon[0].length;
      direct = text[pos] === '"';
      if (direct) break;
      continue;
    }
    const comp = COMPLEMENTIZER_RE.exec(rest);
    if (comp) pos += comp[0].length;
    break;
  }
  let contentEnd = sentence.end;
  if (direct) {
    const close = text.indexOf('"', pos + 1);
    if (close > pos && close <= sentence.end) {
      pos += 1;
      contentEnd = close;
    }
  }
  while (contentEnd > pos && /[\s.،,:؛]/.test(text[contentEnd - 1]!)) contentEnd--;
  if (contentEnd <= pos) return null;
  const content: SpanN[] = [{ start: pos, end: contentEnd }];

  // "…، وهو ما تعتبره موسكو خرقا": the relative ما points back to the clause before it.
  const before = text.slice(sentence.start, svo ? speaker.start : cue.start);
  const relative = /[؛،,]\s*و?هو\s+ما\s*$/u.exec(before);
  if (relative) {
    let a = sentence.start;
    if (text.startsWith('و', a)) a += 1;
    content.unshift({ start: a, end: sentence.start + relative.index });
  }

  // The time of saying: an expression outside the content, nearest the cue (وبالأمس، قالت…).
  if (saidAtTimex === null) saidAtTimex = nearestTime(times, sentence, content, speaker, cue);

  const contentText = text.slice(content.at(-1)!.start, content.at(-1)!.end);
  let stance = cueStance;
  if (stance === 'state' || stance === 'confirm') {
    for (const rule of COMPLEMENT_RULES) {
      if (rule.startsWith.some((s) => contentText.startsWith(s)) || rule.contains?.test(contentText)) {
        stance = rule.stance;
        break;
      }
    }
  }
  if (stance === 'state' && speaker.actorId && g.entries.get(speaker.actorId)?.kind === 'media') stance = 'report';
  const known = speaker.how === 'name' || speaker.how === 'title+name' || speaker.how === 'metonym';
  return {
    speaker,
    cue,
    stance,
    channel,
    content,
    direct,
    mention: sentence,
    saidAtTimex,
    headline: false,
    confidence: Math.round((known ? 0.9 : 0.7) * (svo ? 0.95 : 1) * 100) / 100,
  };
}
