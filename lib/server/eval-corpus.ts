// The development corpus (data/eval/): articles written for the project with their gold, read from disk and
// scored by lib/eval. Used by `npm run eval:extract` and by the test that holds the figures.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extract } from '../extract/index';
import { defaultGazetteer } from '../extract/gazetteer';
import { GoldArticle, locateGold } from '../eval/gold';
import type { ArticleScore } from '../eval/score';
import { scoreArticle } from '../eval/score';

export type Split = 'dev' | 'heldout';
export const SPLITS: Split[] = ['dev', 'heldout'];

export const evalDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'eval');

export interface EvalArticle {
  name: string;
  split: Split;
  text: string;
  gold: GoldArticle;
}

/** Every article of a split with its gold; a gold file that does not parse throws with its name. */
export function loadEvalCorpus(split: Split, dir = evalDir()): EvalArticle[] {
  const folder = path.join(/*turbopackIgnore: true*/ dir, split);
  let files: string[];
  try {
    files = readdirSync(folder);
  } catch {
    return [];
  }
  return files
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const text = readFileSync(path.join(/*turbopackIgnore: true*/ folder, `${name}.txt`), 'utf8');
      const parsed = GoldArticle.safeParse(JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ folder, f), 'utf8')));
      if (!parsed.success) throw new Error(`${split}/${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return { name, split, text, gold: parsed.data };
    });
}

/** Extract an article as the app would with its metadata, and score it against its gold. */
export function scoreEvalArticle(a: EvalArticle): { score: ArticleScore; errors: string[] } {
  const located = locateGold(a.text, a.gold);
  const g = defaultGazetteer();
  const x = extract({
    text: a.text,
    lang: a.gold.lang,
    published: a.gold.published,
    timeZone: a.gold.timeZone,
    ...(a.gold.title ? { title: a.gold.title } : {}),
    ...(g.entries.has(a.gold.publisher) ? { publisher: a.gold.publisher } : {}),
  });
  return { score: scoreArticle(`${a.split}/${a.name}`, x, { lang: a.gold.lang, ...located }), errors: located.errors };
}
