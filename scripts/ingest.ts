// CLI: npm run -s ingest -- PATH… [--published YYYY-MM-DD] [--tz ZONE] [--publisher NAME] [--lang ar|en]
// Adds articles to the corpus in DATELINE_DB (default .data/dateline.sqlite), as the app's "Add an article"
// does. PATH is a file or a folder (read recursively): .txt is an article (a NAME.meta.json beside it gives its
// title, publisher, url, published, timeZone, lang; the flags fill what it does not), .html is a web page whose
// article text is taken out by Readability (in jsdom, scripts never run), .json is an Extraction,
// a list of them, or a list of {text, title?, …} documents. Each file is its own transaction: one that fails
// is reported and the others are kept. Progress on stderr (a bar on a terminal), a summary at the end.
// Exit 0: all kept; 1: some failed; 2: wrong arguments.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractInput } from '../lib/extract/index';
import { JSDOM } from 'jsdom';
import { documentsFromJson } from '../lib/model/input';
import { articleOf } from '../lib/text/article';
import { getStore } from '../lib/server/store';
import { isValidTimeZone, parseDate } from '../lib/time/calendar';

const USAGE = 'usage: npm run -s ingest -- PATH… [--published YYYY-MM-DD] [--tz ZONE] [--publisher NAME] [--lang ar|en]';
const MAX_BYTES = 2 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { published: { type: 'string' }, tz: { type: 'string' }, publisher: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
} catch (e) {
  fail(`${(e as Error).message}; ${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!positionals.length) fail(`give at least one file or folder; ${USAGE}`);
if (values.lang && values.lang !== 'ar' && values.lang !== 'en') fail(`--lang is ar or en, not "${values.lang}"`);
if (values.published && !parseDate(values.published)) fail(`--published is a real day as YYYY-MM-DD, not "${values.published}"`);
if (values.tz && !isValidTimeZone(values.tz)) fail(`--tz is an IANA time zone such as Europe/Moscow, not "${values.tz}"`);

// Every file under the paths, articles and JSON, in a stable order; sidecar .meta.json files are not articles.
const files: string[] = [];
const walk = (p: string) => {
  let st;
  try {
    st = statSync(p);
  } catch {
    files.push(p); // reported as missing below
    return;
  }
  if (st.isDirectory()) for (const e of readdirSync(p).sort()) walk(path.join(p, e));
  else if (/\.(txt|html?|json)$/i.test(p) && !/\.meta\.json$/i.test(p)) files.push(p);
};
for (const p of positionals) walk(p);
if (!files.length) fail('no .txt, .html or .json files under the given paths');

const flags: Partial<ExtractInput> = {
  ...(values.published ? { published: values.published } : {}),
  ...(values.tz ? { timeZone: values.tz } : {}),
  ...(values.publisher ? { publisher: values.publisher } : {}),
  ...(values.lang ? { lang: values.lang as 'ar' | 'en' } : {}),
};

function read(file: string): string {
  const st = statSync(file);
  if (st.size > MAX_BYTES) throw new Error(`${(st.size / 1048576).toFixed(1)} MB is over the 2 MB limit for one article`);
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

const store = getStore();
const ok: string[] = [];
const failed: { file: string; reason: string }[] = [];
const tty = process.stderr.isTTY;
const progress = (i: number, file: string) => {
  const w = 24;
  const done = Math.round((i / files.length) * w);
  const line = `[${'#'.repeat(done)}${' '.repeat(w - done)}] ${i}/${files.length} ${path.basename(file)}`;
  if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}`);
  else process.stderr.write(`${line}\n`);
};

files.forEach((file, i) => {
  progress(i, file);
  try {
    const text = read(file);
    if (file.toLowerCase().endsWith('.json')) {
      const docs = documentsFromJson(text);
      for (const [j, d] of docs.entries()) {
        const where = docs.length > 1 ? ` item ${j + 1}` : '';
        ok.push(`${file}${where}: ${(d.kind === 'extraction' ? store.addExtraction(d.extraction) : store.add({ ...flags, ...d.input })).id}`);
      }
    } else {
      const metaFile = file.replace(/\.(txt|html?)$/i, '.meta.json');
      let meta: Partial<ExtractInput> = {};
      try {
        meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Partial<ExtractInput>;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${path.basename(metaFile)}: ${(e as Error).message}`);
      }
      const page = /\.html?$/i.test(file) ? articleOf(text, (h) => new JSDOM(h).window.document) : null;
      const { title, publisher, url, published, timeZone, lang } = { title: page?.title, url: page?.url, ...meta };
      const d = store.add({ ...flags, ...Object.fromEntries(Object.entries({ title, publisher, url, published, timeZone, lang }).filter(([, v]) => v !== undefined)), text: page?.text ?? text, title: title ?? path.basename(file, path.extname(file)) });
      ok.push(`${file}: ${d.id} (${d.extraction.statements.length} statements)`);
    }
  } catch (e) {
    failed.push({ file, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message });
  }
});
progress(files.length, files.at(-1)!);
if (tty) process.stderr.write('\n');
for (const line of ok) process.stdout.write(`kept    ${line}\n`);
for (const f of failed) process.stdout.write(`failed  ${f.file}: ${f.reason}\n`);
process.stdout.write(`${ok.length} kept, ${failed.length} failed; the corpus now holds ${store.list(0, 0).total} documents\n`);
store.close();
process.exit(failed.length ? 1 : 0);
