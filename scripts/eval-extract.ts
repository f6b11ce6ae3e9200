// npm run eval:extract — score the engine on the development corpus (data/eval/) by the Extraction contract:
// statement precision, recall and F1 per split and language, said and event dates of the statements found,
// time-expression span F1 and values, recall by family; the misses of the development part.
//
//   --check            validate the gold files only (sentences found once, cues inside, times found)
//   --misses SPLIT     list the misses of dev (default), heldout or all; --misses none lists nothing
//   --only TEXT        only articles whose name contains TEXT
//   --json             print the figures as JSON
//   --record           write the figures to data/eval/figures.json (the floor the unit test holds)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleScore, Figures } from '../lib/eval/score';
import { byFamily, figures } from '../lib/eval/score';
import { locateGold } from '../lib/eval/gold';
import type { EvalArticle, Split } from '../lib/server/eval-corpus';
import { SPLITS, evalDir, loadEvalCorpus, scoreEvalArticle } from '../lib/server/eval-corpus';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean' },
    misses: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'boolean' },
    record: { type: 'boolean' },
  },
});

const articles: EvalArticle[] = SPLITS.flatMap((s) => loadEvalCorpus(s)).filter((a) => !values.only || a.name.includes(values.only));

if (values.check) {
  let bad = 0;
  for (const a of articles) {
    const { errors } = locateGold(a.text, a.gold);
    if (a.text.includes('\r')) errors.push('the text has \\r line ends');
    // Russian articles carry the Russian construction ids, Arabic and English ones the numbered families.
    const items = [...a.gold.statements.map((g, k) => ({ at: `statement ${k + 1}`, g })), ...a.gold.times.map((g, k) => ({ at: `time ${k + 1}`, g }))];
    for (const { at, g } of items) {
      for (const f of g.families) if ((typeof f === 'string') !== (a.gold.lang === 'ru')) errors.push(`${at}: family ${f} does not belong to a${a.gold.lang === 'ru' ? ' Russian' : 'n Arabic or English'} article`);
    }
    for (const e of errors) console.log(`${a.split}/${a.name}: ${e}`);
    bad += errors.length;
  }
  const n = (split: Split, lang: string) => articles.filter((a) => a.split === split && a.gold.lang === lang).length;
  console.log(`${articles.length} articles (dev: ${n('dev', 'ar')} Arabic, ${n('dev', 'en')} English, ${n('dev', 'ru')} Russian; heldout: ${n('heldout', 'ar')} Arabic, ${n('heldout', 'en')} English, ${n('heldout', 'ru')} Russian), ${bad} problems`);
  process.exit(bad ? 1 : 0);
}

const scored = articles.map((a) => ({ article: a, ...scoreEvalArticle(a) }));
for (const s of scored) for (const e of s.errors) console.error(`${s.article.split}/${s.article.name}: ${e}`);

const groups: { key: string; scores: ArticleScore[] }[] = [];
for (const split of SPLITS) {
  for (const lang of ['ar', 'en', 'ru', 'all'] as const) {
    const scores = scored.filter((s) => s.article.split === split && (lang === 'all' || s.article.gold.lang === lang)).map((s) => s.score);
    if (scores.length) groups.push({ key: `${split}/${lang}`, scores });
  }
}
const table = Object.fromEntries(groups.map((g) => [g.key, figures(g.scores)])) as Record<string, Figures>;
const families = Object.fromEntries(SPLITS.map((split) => [split, byFamily(scored.filter((s) => s.article.split === split).map((s) => s.score))]));

if (values.record) {
  const file = path.join(evalDir(), 'figures.json');
  writeFileSync(file, JSON.stringify({ statements: pick(table, 'statements'), times: pick(table, 'times') }, null, 2) + '\n');
  console.log(`recorded in ${path.relative(process.cwd(), file)}`);
}
if (values.json) {
  console.log(JSON.stringify({ figures: table, families }, null, 2));
  process.exit(0);
}

function pick(t: Record<string, Figures>, part: 'statements' | 'times') {
  return Object.fromEntries(
    Object.entries(t).map(([k, f]) => {
      const x = f[part] as Record<string, number | null>;
      const keep = part === 'statements' ? ['precision', 'recall', 'f1', 'said', 'event'] : ['f1', 'value', 'valueF1'];
      return [k, Object.fromEntries(keep.map((key) => [key, x[key] === null ? null : Math.floor(x[key]! * 1000) / 1000]))];
    }),
  );
}

const pct = (x: number | null) => (x === null ? '   –' : (x * 100).toFixed(0).padStart(4));
console.log('statements (speaker + reporting sentence)             | time expressions');
console.log('part         arts  gold  pred     P    R   F1  said event stance |  gold     P    R   F1 strict value valF1');
for (const g of groups) {
  const f = table[g.key]!;
  const s = f.statements;
  const t = f.times;
  console.log(
    `${g.key.padEnd(12)} ${String(f.articles).padStart(4)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}  ${pct(s.said)}  ${pct(s.event)}   ${pct(s.stance)} | ${String(t.gold).padStart(5)}  ${pct(t.precision)} ${pct(t.recall)} ${pct(t.f1)}   ${pct(t.strictF1)}  ${pct(t.value)}  ${pct(t.valueF1)}`,
  );
}
console.log('\nby family (recall; said and event dates of those found; times found and valued)');
for (const split of SPLITS) {
  for (const f of families[split] ?? []) {
    const s = f.statements;
    const t = f.times;
    const st = s.gold ? `statements ${s.found}/${s.gold} (said ${s.said}, event ${s.event})` : '';
    const tt = t.gold ? `times ${t.found}/${t.gold} (valued ${t.valued})` : '';
    const fam = typeof f.family === 'number' ? String(f.family).padStart(2) : f.family.padEnd(17);
    console.log(`${split.padEnd(8)} ${fam}  ${[st, tt].filter(Boolean).join('; ')}`);
  }
}

const which = values.misses ?? 'dev';
if (which !== 'none') {
  for (const s of scored) {
    if (which !== 'all' && s.article.split !== which) continue;
    const a = s.score;
    const text = s.article.text;
    const lines: string[] = [];
    const q = (x: { start: number; end: number }) => text.slice(x.start, x.end).replace(/\s+/g, ' ');
    for (const m of a.statements.missed) lines.push(`  MISS  ${JSON.stringify(m.gold.speaker.id ?? m.gold.speaker.names)} ${m.gold.cue} [${m.gold.families}] «${m.gold.sentence.slice(0, 80)}»`);
    for (const p of a.statements.spurious) lines.push(`  EXTRA ${p.statement.speaker.actorId} (${q(p.statement.speaker)}) ${p.statement.cue.text} «${q(p.mention).slice(0, 80)}»`);
    for (const m of a.statements.matched) {
      if (!m.said) lines.push(`  SAID  ${m.statement.speaker.actorId} ${m.gold.gold.cue}: ${m.statement.saidAt.bound ? 'null' : m.statement.saidAt.value} ≠ ${m.gold.gold.said}`);
      if (!m.event) lines.push(`  EVENT ${m.statement.speaker.actorId} ${m.gold.gold.cue}: ${m.eventValue} ≠ ${m.gold.gold.eventDate} [${m.gold.gold.families}]`);
      if (!m.stance) lines.push(`  STANCE ${m.statement.speaker.actorId} ${m.gold.gold.cue}: ${m.statement.stance} ≠ ${m.gold.gold.stance}`);
    }
    for (const m of a.times.missed) lines.push(`  TMISS «${m.gold.text}» ${m.gold.value} [${m.gold.families}${m.gold.kind ? ` ${m.gold.kind}` : ''}]`);
    for (const t of a.times.spurious) lines.push(`  TEXTRA «${t.text}» ${t.value} (${t.rule})`);
    for (const m of a.times.matched) {
      if (!m.value) lines.push(`  TVAL  «${m.gold.gold.text}» ${m.time.value}${m.time.mod ? ` ${m.time.mod}` : ''} ≠ ${m.gold.gold.value}${m.gold.gold.mod ? ` ${m.gold.gold.mod}` : ''} [${m.gold.gold.kind ?? m.gold.gold.families}]`);
      else if (!m.strict) lines.push(`  TSPAN «${m.time.text}» ≠ «${m.gold.gold.text}»`);
    }
    if (lines.length) console.log(`\n${a.name}\n${lines.join('\n')}`);
  }
}
