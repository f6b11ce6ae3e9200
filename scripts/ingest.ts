// CLI: npm run -s ingest -- PATH… [--published YYYY-MM-DD] [--tz ZONE] [--publisher NAME] [--lang ar|en]
// Adds articles to the corpus in DATELINE_DB (default .data/dateline.sqlite), as the app's "Add an article"
// does. PATH is a file or a folder (read recursively): .txt is an article (a NAME.meta.json beside it gives its
// title, publisher, url, published, timeZone, lang; the flags fill what it does not), .html is a web page whose
// article text is taken out by Readability (in jsdom, scripts never run), .json is an Extraction,
// a list of them, or a list of {text, title?, …} documents. Each file is its own transaction: one that fails
// is reported and the others are kept. Progress on stderr (a bar on a terminal), a summary at the end.
// Exit 0: all kept; 1: some failed; 2: wrong arguments.
//
// A folder it does not control is read safely: regular files only (a symbolic link, a pipe, a device or a
// socket is reported and left alone, so no link leads out of the folder and no loop or pipe can hang it), each
// read bounded while reading, and every document and sidecar checked by the API's own schema.
import {
  type Stats,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractInput } from '../lib/extract/index';
import { JSDOM } from 'jsdom';
import { IdentifiedInput, MetadataFile, documentsFromJson } from '../lib/model/input';
import { articleOf } from '../lib/text/article';
import { ExtractPool, WORKER_SCRIPT } from '../lib/server/pool';
import { SqliteStore } from '../lib/server/store';
import { loadCorpus } from '../lib/server/corpus';
import { isValidTimeZone, parseDate } from '../lib/time/calendar';

const USAGE =
  'usage: npm run -s ingest -- PATH… [--published YYYY-MM-DD] [--tz ZONE] [--publisher NAME] [--lang ar|en]';
const MAX_BYTES = 2 * 1024 * 1024;
const MAX_META_BYTES = 64 * 1024;

function fail(message: string): never {
  process.stderr.write(`ingest: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      tz: { type: 'string' },
      publisher: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}; ${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!positionals.length) fail(`give at least one file or folder; ${USAGE}`);
if (values.lang && values.lang !== 'ar' && values.lang !== 'en')
  fail(`--lang is ar or en, not "${values.lang}"`);
if (values.published && !parseDate(values.published))
  fail(`--published is a real day as YYYY-MM-DD, not "${values.published}"`);
if (values.tz && !isValidTimeZone(values.tz))
  fail(`--tz is an IANA time zone such as Europe/Moscow, not "${values.tz}"`);
const flagCheck = IdentifiedInput.omit({ text: true }).partial().safeParse({ publisher: values.publisher });
if (!flagCheck.success) fail(`--publisher ${flagCheck.error.issues[0]!.message}`);

type Entry = { file: string; skip?: string };

/** What a path is, without following a link. */
const kindOf = (st: Stats) =>
  st.isSymbolicLink()
    ? 'a symbolic link (not followed)'
    : st.isFIFO()
      ? 'a named pipe'
      : st.isSocket()
        ? 'a socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'a device'
          : st.isFile()
            ? 'file'
            : st.isDirectory()
              ? 'folder'
              : 'not a regular file';

// Every file under the paths, articles and JSON, in a stable order; sidecar .meta.json files are not articles.
// Links are never followed, so a walk stays inside the folders given and cannot loop.
const files: Entry[] = [];
const walk = (p: string, given: boolean) => {
  let st;
  try {
    st = lstatSync(p);
  } catch {
    files.push({ file: p, skip: 'no such file' });
    return;
  }
  const kind = kindOf(st);
  if (kind === 'folder') {
    for (const e of readdirSync(p).sort()) walk(path.join(p, e), false);
    return;
  }
  const article = /\.(txt|html?|json)$/i.test(p) && !/\.meta\.json$/i.test(p);
  if (kind !== 'file') {
    if (article || given) files.push({ file: p, skip: `${kind}: only regular files are read` });
    return;
  }
  if (article) files.push({ file: p });
};
for (const p of positionals) walk(p, true);
if (!files.length) fail('no .txt, .html or .json files under the given paths');

const flags: Partial<ExtractInput> = {
  ...(values.published ? { published: values.published } : {}),
  ...(values.tz ? { timeZone: values.tz } : {}),
  ...(values.publisher ? { publisher: values.publisher } : {}),
  ...(values.lang ? { lang: values.lang as 'ar' | 'en' } : {}),
};

/** A regular file's text, read at most `max` bytes (more is refused while reading: a file that grows, or lies
 *  about its size, cannot take the memory). Opened without following a link and without blocking on a pipe. */
function read(file: string, max = MAX_BYTES): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('not a regular file');
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > max)
        throw new Error(
          `over the ${max >= 1048576 ? `${max / 1048576} MB` : `${max / 1024} KB`} limit for one ${max === MAX_BYTES ? 'article' : 'metadata file'}`,
        );
      chunks.push(chunk.subarray(0, n));
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '');
    } catch {
      throw new Error('not valid UTF-8 text');
    }
  } finally {
    closeSync(fd);
  }
}

/** The sidecar of an article, checked by the API's schema; none is fine. */
function metadataOf(file: string): Partial<ExtractInput> {
  const metaFile = file.replace(/\.(txt|html?)$/i, '.meta.json');
  let st;
  try {
    st = lstatSync(metaFile);
  } catch {
    return {};
  }
  const name = path.basename(metaFile);
  if (kindOf(st) !== 'file') throw new Error(`${name}: ${kindOf(st)}: only regular files are read`);
  let json: unknown;
  try {
    json = JSON.parse(read(metaFile, MAX_META_BYTES));
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  const r = MetadataFile.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new Error(`${name}: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
  }
  const { file: _file, ...meta } = r.data;
  return meta;
}

// Extraction in worker threads when the app is built (each document under the server's time budget); in this
// thread otherwise.
const pool = new ExtractPool({
  script: WORKER_SCRIPT,
  size: 1,
  queue: 1,
  budgetMs: Number(process.env.DATELINE_EXTRACT_BUDGET_MS) || 60_000,
  warn: false,
});
const store = new SqliteStore(
  process.env.DATELINE_DB || path.join(process.cwd(), '.data', 'dateline.sqlite'),
  { seed: loadCorpus(), extractor: (input) => pool.extract(input) },
);
const ok: string[] = [];
const failed: { file: string; reason: string }[] = [];

const tty = process.stderr.isTTY;
const progress = (i: number, file: string) => {
  const w = 24;
  const done = Math.round((i / files.length) * w);
  const line = `[${'#'.repeat(done)}${' '.repeat(w - done)}] ${i}/${files.length} ${path.basename(file)}`;
  if (tty)
    process.stderr.write(
      `\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}`,
    );
  else process.stderr.write(`${line}\n`);
};

async function main() {
  for (const [i, { file, skip }] of files.entries()) {
    progress(i, file);
    try {
      if (skip) throw new Error(skip);
      const text = read(file);
      if (file.toLowerCase().endsWith('.json')) {
        const docs = documentsFromJson(text);
        for (const [j, d] of docs.entries()) {
          const where = docs.length > 1 ? ` item ${j + 1}` : '';
          const kept =
            d.kind === 'extraction'
              ? await store.addExtraction(d.extraction)
              : await store.add({ ...flags, ...d.input });
          ok.push(`${file}${where}: ${kept.id}`);
        }
      } else {
        const meta = metadataOf(file);
        const page = /\.html?$/i.test(file) ? articleOf(text, (h) => new JSDOM(h).window.document) : null;
        const { title, publisher, url, published, timeZone, lang, id } = {
          title: page?.title,
          url: page?.url,
          ...meta,
        };
        const input = {
          ...flags,
          ...Object.fromEntries(
            Object.entries({ id, title, publisher, url, published, timeZone, lang }).filter(
              ([, v]) => v !== undefined,
            ),
          ),
          text: page?.text ?? text,
          title: title ?? path.basename(file, path.extname(file)),
        };
        // The same schema as the API: what the page gave (its title, its canonical URL) is held to it too.
        const checked = IdentifiedInput.safeParse(input);
        if (!checked.success) {
          const issue = checked.error.issues[0]!;
          throw new Error(`${issue.path.join('.') || 'the document'}: ${issue.message}`);
        }
        const d = await store.add(checked.data);
        ok.push(`${file}: ${d.id} (${d.extraction.statements.length} statements)`);
      }
    } catch (e) {
      failed.push({
        file,
        reason:
          (e as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'no such file'
            : (e as NodeJS.ErrnoException).code === 'ELOOP'
              ? 'a symbolic link (not followed)'
              : (e as Error).message,
      });
    }
  }
  progress(files.length, files.at(-1)!.file);
  if (tty) process.stderr.write('\n');
  for (const line of ok) process.stdout.write(`kept    ${line}\n`);
  for (const f of failed) process.stdout.write(`failed  ${f.file}: ${f.reason}\n`);
  process.stdout.write(
    `${ok.length} kept, ${failed.length} failed; the corpus now holds ${(await store.list(0, 0)).total} documents\n`,
  );
  await store.close();
  await pool.close();
  process.exit(failed.length ? 1 : 0);
}

main().catch((e: unknown) => {
  process.stderr.write(`ingest: ${(e as Error).message}\n`);
  process.exit(1);
});
