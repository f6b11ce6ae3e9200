// The development corpus (data/eval) scored by the Extraction contract: its gold is well formed, the scorer
// counts what it should, and the engine stays at or above the figures last recorded (npm run eval:extract --
// --record), so that nothing regresses silently — the held-out part included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Family } from '@/lib/eval/gold';
import { locateGold } from '@/lib/eval/gold';
import type { Figures } from '@/lib/eval/score';
import { figures, scoreArticle } from '@/lib/eval/score';
import { extract } from '@/lib/extract/index';
import { SPLITS, loadEvalCorpus, scoreEvalArticle } from '@/lib/server/eval-corpus';

const articles = SPLITS.flatMap((s) => loadEvalCorpus(s));
const recorded = JSON.parse(readFileSync('data/eval/figures.json', 'utf8')) as Record<'statements' | 'times', Record<string, Record<string, number | null>>>;

describe('the development corpus', () => {
  it('holds at least 60 Arabic and 25 English articles, a fifth of them held out', () => {
    const n = (lang: string, split?: string) => articles.filter((a) => a.gold.lang === lang && (!split || a.split === split)).length;
    expect(n('ar')).toBeGreaterThanOrEqual(60);
    expect(n('en')).toBeGreaterThanOrEqual(25);
    expect(articles.filter((a) => a.split === 'heldout').length).toBeGreaterThanOrEqual(Math.floor(articles.length / 5));
    expect(new Set(articles.map((a) => a.gold.story)).size).toBeGreaterThanOrEqual(10);
  });

  it('anchors every gold item in its text', () => {
    for (const a of articles) expect(locateGold(a.text, a.gold).errors, `${a.split}/${a.name}`).toEqual([]);
  });

  it('has at least five held-out cases of every family', () => {
    const count = new Map<Family, number>();
    for (const a of articles.filter((x) => x.split === 'heldout')) for (const g of [...a.gold.statements, ...a.gold.times]) for (const f of g.families) count.set(f, (count.get(f) ?? 0) + 1);
    for (let f = 1; f <= 15; f++) expect(count.get(f) ?? 0, `family ${f}`).toBeGreaterThanOrEqual(5);
  });
});

describe('the scorer', () => {
  // A constructed sentence, not news.
  const text = 'Kremlin spokesman Dmitry Peskov said on Wednesday that the call will take place on Thursday.';
  const x = extract({ text, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en' });
  const gold = (speaker: { id?: string; names?: string[] }, said: string | null, eventDate: string | null) =>
    locateGold(text, {
      lang: 'en', story: 't', style: 't', publisher: 't', published: '2021-12-29', timeZone: 'Europe/Moscow', title: null,
      statements: [{ speaker, cue: 'said', sentence: 'Dmitry Peskov said on Wednesday', stance: 'state', said, eventDate, families: [] }],
      times: [{ text: 'Wednesday', value: '2021-12-29', families: [] }, { text: 'Thursday', value: '2021-12-31', families: [] }],
    });

  it('finds a statement by speaker and sentence, its dates and its times', () => {
    const f = figures([scoreArticle('t', x, { lang: 'en', ...gold({ id: 'dmitry-peskov' }, '2021-12-29', '2021-12-30') })]);
    expect(f.statements).toMatchObject({ found: 1, precision: 1, recall: 1, said: 1, event: 1 });
    // Thursday is the 30th: the gold's 31st is a wrong value, found all the same.
    expect(f.times).toMatchObject({ gold: 2, found: 2, valued: 1 });
  });

  it('matches a speaker by name in either language, and misses another speaker', () => {
    expect(figures([scoreArticle('t', x, { lang: 'en', ...gold({ names: ['Peskov', 'بيسكوف'] }, '2021-12-29', null) })]).statements.found).toBe(1);
    const wrong = figures([scoreArticle('t', x, { lang: 'en', ...gold({ id: 'sergey-lavrov' }, '2021-12-29', null) })]).statements;
    expect(wrong).toMatchObject({ found: 0, recall: 0, precision: 0 });
  });
});

describe('the figures last recorded', () => {
  const scored = articles.map((a) => ({ a, score: scoreEvalArticle(a).score }));
  const table = (split: string, lang: string) => figures(scored.filter((s) => s.a.split === split && (lang === 'all' || s.a.gold.lang === lang)).map((s) => s.score));
  const cases = Object.keys(recorded.statements).map((k) => k.split('/') as [string, string]);

  it.each(cases)('%s/%s: statements and times at or above the record', (split, lang) => {
    const now: Figures = table(split, lang);
    const floor = (part: 'statements' | 'times', key: string) => recorded[part][`${split}/${lang}`]?.[key] ?? 0;
    for (const key of ['precision', 'recall', 'f1', 'said', 'event'] as const) expect(now.statements[key] ?? 0, `statements ${key}`).toBeGreaterThanOrEqual(floor('statements', key) ?? 0);
    for (const key of ['f1', 'value', 'valueF1'] as const) expect(now.times[key] ?? 0, `times ${key}`).toBeGreaterThanOrEqual(floor('times', key) ?? 0);
  });
});
