// The bundled corpus: data/corpus/*.meta.json beside the verbatim article text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extract } from '../extract/index';
import { Lang } from '../model/schema';
import type { Extraction } from '../model/schema';

const CorpusMeta = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  lang: Lang,
  publisher: z.string(),
  url: z.string().optional(),
  published: z.string().nullable(),
  timeZone: z.string(),
});

export const corpusDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), 'data', 'corpus');

let cache: Extraction[] | undefined;

/** Every bundled document, extracted once per process (the pipeline is pure, so this is safe). */
export function loadCorpus(dir = corpusDir()): Extraction[] {
  if (cache && dir === corpusDir()) return cache;
  const out = readdirSync(dir)
    .filter((f) => f.endsWith('.meta.json'))
    .sort()
    .map((f) => {
      const meta = CorpusMeta.parse(JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ dir, f), 'utf8')));
      const text = readFileSync(path.join(/*turbopackIgnore: true*/ dir, meta.file), 'utf8');
      return extract({ ...meta, text });
    });
  if (dir === corpusDir()) cache = out;
  return out;
}
