// npm run eval:battery — score Russian attribution on the sentence batteries in data/eval/batteries/ (short
// passages written blind by helpers who never read the engine: ru-1 has 320 passages by construction family, ru-2
// 205 paragraphs, ru-3 241 passages by family, ru-4 221). A statement is found when one of its sentences holds the expected cue
// (its own cue overlapping it, in the sentence of its cue) and its speaker overlaps the expected words (or names the
// person a pronoun refers to).
//   npm run eval:battery                      every battery, recall per family and P/R/F1
//   npm run eval:battery -- --misses ru-2     with the misses and extras of one battery
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../lib/extract/index';
import { predictedItems } from '../lib/eval/score';

interface Expected {
  speaker: string;
  cue: string;
  sentence: string;
  refers?: string;
}
interface Item {
  id: string;
  family: string;
  text: string;
  expect: Expected[];
}
interface Span {
  start: number;
  end: number;
}

const { values } = parseArgs({ options: { misses: { type: 'string' } } });
const dir = path.join(import.meta.dirname, '..', 'data', 'eval', 'batteries');
const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
// Capitalised words of a name, by their first letters: what an actor's names must hold to be that speaker.
const stems = (s: string) =>
  s
    .split(/[\s«»"(),.-]+/u)
    .filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w))
    .map((w) => w.slice(0, Math.min(5, w.length - 1)).toLowerCase());

// A name too short for its first letters to say whose it is (Ван И, Фу Цун): the whole name, as a name holds it.
const shortNames = (s: string) => (s.split(/\s+/u).every((w) => w.length < 4) && s.trim() ? [s.trim().toLowerCase()] : []);

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.replace(/\.json$/, '');
  const items = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Item[];
  const byFamily = new Map<string, { tp: number; fn: number; fp: number }>();
  const lines: string[] = [];
  for (const it of items) {
    const st = byFamily.get(it.family) ?? { tp: 0, fn: 0, fp: 0 };
    byFamily.set(it.family, st);
    const x = extract({ text: it.text, lang: 'ru', published: '2024-03-14', timeZone: 'Europe/Moscow' });
    // As the contract's scorer does (lib/eval/score.ts): a statement said in several sentences (merged, one speaker
    // on one event) is found once per sentence it was said in.
    const predicted = predictedItems(x).map(({ statement: p, mention: m }) => ({ p, m }));
    const used = new Set<number>();
    // The contract scores a speaker and the sentence that reports it: two verbs of one speaker in one sentence
    // (осудил … и также отметил) are one statement, found by either cue.
    const groups = new Map<string, { e: Expected; cues: Span[] }>();
    for (const e of it.expect) {
      const s0 = it.text.indexOf(e.sentence);
      const c0 = it.text.indexOf(e.cue, s0);
      const key = `${e.sentence}|${e.refers ?? e.speaker}`;
      const grp = groups.get(key) ?? groups.set(key, { e, cues: [] }).get(key)!;
      grp.cues.push({ start: c0, end: c0 + e.cue.length });
    }
    for (const { e, cues } of groups.values()) {
      const s0 = it.text.indexOf(e.sentence);
      const k0 = it.text.indexOf(e.speaker, s0);
      const speaker = { start: k0, end: k0 + e.speaker.length };
      const want = [...stems(e.speaker), ...stems(e.refers ?? ''), ...shortNames(e.refers ?? '')];
      const i = predicted.findIndex(({ p, m }, j) => {
        if (used.has(j)) return false;
        // The statement's own cue, or (for another of its sentences) that sentence holding the expected cue.
        const own = m.start <= p.cue.start && p.cue.end <= m.end;
        if (!cues.some((cue) => (own ? overlap(p.cue, cue) : m.start <= cue.start && cue.end <= m.end))) return false;
        if (overlap(p.speaker, speaker)) return true;
        const names = JSON.stringify(x.actors.find((a) => a.id === p.speaker.actorId)?.names ?? {}).toLowerCase();
        return want.some((w) => names.includes(w));
      });
      if (i >= 0) {
        used.add(i);
        st.tp++;
      } else {
        st.fn++;
        lines.push(`${it.id} MISS  ${e.speaker} / ${e.cue}${e.refers ? ` (→ ${e.refers})` : ''}`);
      }
    }
    predicted.forEach(({ p, m }, j) => {
      if (used.has(j)) return;
      st.fp++;
      lines.push(`${it.id} EXTRA ${p.speaker.actorId} «${it.text.slice(p.speaker.start, p.speaker.end)}» / ${p.cue.text}${m.start <= p.cue.start && p.cue.end <= m.end ? '' : ` (another sentence: «${it.text.slice(m.start, m.start + 40)}…»)`}`);
    });
  }
  const all = { tp: 0, fn: 0, fp: 0 };
  console.log(`${name} (${items.length} passages)`);
  for (const [family, s] of byFamily) {
    all.tp += s.tp;
    all.fn += s.fn;
    all.fp += s.fp;
    console.log(`  ${family.padEnd(20)} found ${s.tp}/${s.tp + s.fn}, extra ${s.fp}`);
  }
  const p = all.tp / (all.tp + all.fp);
  const r = all.tp / (all.tp + all.fn);
  console.log(`  P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${((2 * p * r) / (p + r)).toFixed(2)}\n`);
  if (values.misses === name) console.log(lines.join('\n'), '\n');
}
