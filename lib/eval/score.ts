// Scoring an Extraction against gold by the Extraction contract: a statement is found when a statement of
// the extraction has that speaker and a mention on the reporting sentence (the sentence holding the gold cue);
// its said date and its event date are then compared; a time expression is found when the spans overlap
// (relaxed) or coincide (strict), and valued right when the TIMEX3 values agree.
import type { Actor, Extraction, Lang, Statement, TimeExpression } from '../model/schema';
import { normalizeKey } from '../text/normalize';
import type { Family, GoldSpeaker, GoldStatement, GoldTime, Located, LocatedStatement } from './gold';
import { RU_FAMILIES } from './gold';

export interface StatementMatch {
  gold: LocatedStatement;
  statement: Statement;
  said: boolean;
  event: boolean;
  /** The event's day agrees, whatever the part of day or modifier. */
  eventDay: boolean;
  stance: boolean;
  /** The value of the time the statement claims for its event, or null. */
  eventValue: string | null;
}

export interface PredictedItem {
  statement: Statement;
  mention: { start: number; end: number };
}

export interface TimeMatch {
  gold: Located<GoldTime>;
  time: TimeExpression;
  strict: boolean;
  value: boolean;
}

export interface ArticleScore {
  name: string;
  lang: Lang;
  statements: { gold: number; predicted: number; matched: StatementMatch[]; missed: LocatedStatement[]; spurious: PredictedItem[] };
  times: { gold: number; predicted: number; matched: TimeMatch[]; missed: Located<GoldTime>[]; spurious: TimeExpression[] };
}

const words = (s: string) => ` ${normalizeKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const containsWords = (hay: string, needle: string) => needle.trim() !== '' && hay.includes(needle);

/** Whether the extraction's speaker is the gold one: the same gazetteer id, or a name of the one in the other. */
export function sameSpeaker(gold: GoldSpeaker, actorId: string, actor: Actor | undefined, speakerText: string): boolean {
  if (gold.id && gold.id === actorId) return true;
  if (!gold.names) return false;
  const mine = [...(actor ? [...actor.names.en, ...actor.names.ar, ...actor.names.ru] : []), speakerText].map(words);
  for (const n of gold.names.map(words)) {
    for (const m of mine) if (containsWords(m, n) || containsWords(n, m)) return true;
  }
  return false;
}

const day = (v: string | null) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : v);

/** The said date as the contract gives it: a value when an expression dates the saying, else null. */
const saidValue = (s: Statement) => (s.saidAt.bound === 'before-publication' ? null : s.saidAt.value);

/** Each statement once per sentence it was said in (a merged statement has several): what the contract scores. */
export function predictedItems(x: Extraction): PredictedItem[] {
  const predicted: PredictedItem[] = [];
  for (const s of x.statements) {
    const seen = new Set<string>();
    for (const m of s.mentions) {
      const key = `${m.start}-${m.end}`;
      if (!seen.has(key)) predicted.push({ statement: s, mention: m });
      seen.add(key);
    }
  }
  return predicted;
}

export function scoreArticle(
  name: string,
  x: Extraction,
  gold: { lang: Lang; statements: LocatedStatement[]; times: Located<GoldTime>[] },
): ArticleScore {
  const text = x.document.text;
  const actors = new Map(x.actors.map((a) => [a.id, a]));
  const events = new Map(x.events.map((e) => [e.id, e]));
  const predicted = predictedItems(x);

  const used = new Set<PredictedItem>();
  const matched: StatementMatch[] = [];
  const missed: LocatedStatement[] = [];
  for (const g of gold.statements) {
    const hit = predicted.find(
      (p) =>
        !used.has(p) &&
        p.mention.start <= g.cue.start &&
        g.cue.end <= p.mention.end &&
        sameSpeaker(g.gold.speaker, p.statement.speaker.actorId, actors.get(p.statement.speaker.actorId), text.slice(p.statement.speaker.start, p.statement.speaker.end)),
    );
    if (!hit) {
      missed.push(g);
      continue;
    }
    used.add(hit);
    const s = hit.statement;
    const claim = events.get(s.eventId)?.timeClaims.find((c) => c.statementId === s.id);
    const eventValue = claim?.value ?? null;
    matched.push({
      gold: g,
      statement: s,
      said: day(saidValue(s)) === day(g.gold.said),
      event: eventValue === g.gold.eventDate,
      eventDay: day(eventValue) === day(g.gold.eventDate),
      stance: s.stance === g.gold.stance,
      eventValue,
    });
  }
  const spurious = predicted.filter((p) => !used.has(p));

  const usedT = new Set<TimeExpression>();
  const tMatched: TimeMatch[] = [];
  const tMissed: Located<GoldTime>[] = [];
  for (const g of gold.times) {
    const overlapping = x.timeExpressions.filter((t) => !usedT.has(t) && t.start < g.end && g.start < t.end);
    const t = overlapping.find((o) => o.start === g.start && o.end === g.end) ?? overlapping[0];
    if (!t) {
      tMissed.push(g);
      continue;
    }
    usedT.add(t);
    tMatched.push({
      gold: g,
      time: t,
      strict: t.start === g.start && t.end === g.end,
      value: t.value === g.gold.value && (g.gold.mod === undefined || t.mod === g.gold.mod),
    });
  }
  return {
    name,
    lang: gold.lang,
    statements: { gold: gold.statements.length, predicted: predicted.length, matched, missed, spurious },
    times: {
      gold: gold.times.length,
      predicted: x.timeExpressions.length,
      matched: tMatched,
      missed: tMissed,
      spurious: x.timeExpressions.filter((t) => !usedT.has(t)),
    },
  };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const f1 = (p: number | null, r: number | null) => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));

export interface Figures {
  articles: number;
  statements: { gold: number; predicted: number; found: number; precision: number | null; recall: number | null; f1: number | null; said: number | null; event: number | null; eventDay: number | null; stance: number | null };
  times: { gold: number; predicted: number; found: number; strict: number; valued: number; precision: number | null; recall: number | null; f1: number | null; strictF1: number | null; value: number | null; valueF1: number | null };
}

/** Precision, recall and F1 of statements and times, and the accuracy of dates, over a set of articles. */
export function figures(scores: ArticleScore[]): Figures {
  let [sg, sp, sf, said, ev, evd, st] = [0, 0, 0, 0, 0, 0, 0];
  let [tg, tp, tf, ts, tv] = [0, 0, 0, 0, 0];
  for (const a of scores) {
    sg += a.statements.gold;
    sp += a.statements.predicted;
    sf += a.statements.matched.length;
    for (const m of a.statements.matched) {
      said += +m.said;
      ev += +m.event;
      evd += +m.eventDay;
      st += +m.stance;
    }
    tg += a.times.gold;
    tp += a.times.predicted;
    tf += a.times.matched.length;
    for (const m of a.times.matched) {
      ts += +m.strict;
      tv += +m.value;
    }
  }
  const [p, r] = [ratio(sf, sp), ratio(sf, sg)];
  const [tP, tR] = [ratio(tf, tp), ratio(tf, tg)];
  return {
    articles: scores.length,
    statements: { gold: sg, predicted: sp, found: sf, precision: p, recall: r, f1: f1(p, r), said: ratio(said, sf), event: ratio(ev, sf), eventDay: ratio(evd, sf), stance: ratio(st, sf) },
    times: {
      gold: tg,
      predicted: tp,
      found: tf,
      strict: ts,
      valued: tv,
      precision: tP,
      recall: tR,
      f1: f1(tP, tR),
      strictF1: f1(ratio(ts, tp), ratio(ts, tg)),
      value: ratio(tv, tf),
      valueF1: f1(ratio(tv, tp), ratio(tv, tg)),
    },
  };
}

export interface FamilyFigures {
  family: Family;
  statements: { gold: number; found: number; said: number; event: number };
  times: { gold: number; found: number; valued: number };
}

/** Recall by family: how many gold items of each family were found, and dated or valued right. */
export function byFamily(scores: ArticleScore[]): FamilyFigures[] {
  const out = new Map<Family, FamilyFigures>();
  const get = (f: Family) => out.get(f) ?? out.set(f, { family: f, statements: { gold: 0, found: 0, said: 0, event: 0 }, times: { gold: 0, found: 0, valued: 0 } }).get(f)!;
  const fams = (g: GoldStatement | GoldTime) => g.families;
  for (const a of scores) {
    const found = new Map(a.statements.matched.map((m) => [m.gold, m]));
    for (const g of [...a.statements.matched.map((m) => m.gold), ...a.statements.missed]) {
      for (const f of fams(g.gold)) {
        const x = get(f).statements;
        x.gold++;
        const m = found.get(g);
        if (m) {
          x.found++;
          x.said += +m.said;
          x.event += +m.event;
        }
      }
    }
    const tFound = new Map(a.times.matched.map((m) => [m.gold, m]));
    for (const g of [...a.times.matched.map((m) => m.gold), ...a.times.missed]) {
      for (const f of fams(g.gold)) {
        const x = get(f).times;
        x.gold++;
        const m = tFound.get(g);
        if (m) {
          x.found++;
          x.valued += +m.value;
        }
      }
    }
  }
  // The numbered families first, in their order, then the Russian ones in theirs.
  const rank = (f: Family) => (typeof f === 'number' ? f : 100 + RU_FAMILIES.indexOf(f));
  return [...out.values()].sort((a, b) => rank(a.family) - rank(b.family));
}
