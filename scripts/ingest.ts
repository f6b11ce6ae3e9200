// CLI: npm run -s ingest -- PATH… [--published YYYY-MM-DD[THH:MM[±HH:MM]]] [--tz ZONE] [--publisher NAME] [--lang ar|en|ru]
//                              [--jobs N] [--quiet] [--queue]
// Adds articles to the corpus in DATELINE_DB (default .data/dateline.sqlite), or in PostgreSQL when
// DATELINE_DATABASE_URL is set, as the app's "Add an article" does. PATH is a file or a folder (read
// recursively): .txt is an article (a NAME.meta.json beside it gives its title, publisher, url, published,
// timeZone, lang; the flags fill what it does not), .html is a web page whose
// article text is taken out by Readability (in jsdom, scripts never run), .json is an Extraction,
// a list of them, or a list of {text, title?, …} documents, and .jsonl / .ndjson holds one of those a line
// (read as a stream: each line is held to the one-article limit, the file to none).
// In SQLite, documents are committed in groups of 64 (or every half second), each in a savepoint of its own (in
// PostgreSQL each in a transaction of its own): one that fails
// is rolled back alone, reported, and the others are kept. A text the corpus
// holds already is skipped, so an ingest that was stopped (or crashed) resumes by running it again. Extraction
// runs on every core (--jobs, default one per core) in worker threads. Progress on stderr with the rate and the
// time left (a bar on a terminal), a summary at the end; --quiet lists only what failed.
// Exit 0: all kept or already kept; 1: some failed; 2: wrong arguments.
//
// --queue (PostgreSQL only) reads and checks the same documents but keeps none: it queues them for the workers
// (`npm run worker`, on any machine), in batches of up to 5,000, and prints each batch's id (its progress at
// GET /api/jobs/:id). A file or line refused here is queued as failed, so the batch reports it; exit 0 once
// queued.
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
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractInput } from '../lib/extract/index';
import { JSDOM } from 'jsdom';
import { IdentifiedInput, MetadataFile, documentsFromJson } from '../lib/model/input';
import { articleOf } from '../lib/text/article';
import { Lang } from '../lib/model/schema';
import { ExtractPool, WORKER_SCRIPT } from '../lib/server/pool';
import { type DocumentStore, StoreError } from '../lib/storage/contract';
import { PostgresStore } from '../lib/storage/postgres';
import { type Intake, IngestQueue } from '../lib/storage/queue';
import { SqliteStore } from '../lib/storage/sqlite';
import { loadCorpus } from '../lib/server/corpus';
import { isValidTimeZone, parsePublication } from '../lib/time/calendar';

const USAGE =
  'usage: npm run -s ingest -- PATH… [--published YYYY-MM-DD[THH:MM[±HH:MM]]] [--tz ZONE] [--publisher NAME] [--lang ar|en|ru] [--jobs N] [--quiet] [--queue]';
const MAX_BYTES = 2 * 1024 * 1024;
/** A .json list may hold many articles, each under MAX_BYTES; past this, JSON Lines are the way. */
const MAX_LIST_BYTES = 64 * 1024 * 1024;
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
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
      queue: { type: 'boolean' },
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
if (values.queue && !process.env.DATELINE_DATABASE_URL?.trim())
  fail('--queue queues documents for the workers in PostgreSQL: set DATELINE_DATABASE_URL (with SQLite, leave --queue out)');
if (values.lang && !Lang.options.includes(values.lang as Lang)) fail(`--lang is ${Lang.options.join(', ')}, not "${values.lang}"`);
if (values.published && !parsePublication(values.published, 'UTC'))
  fail(`--published is a real day as YYYY-MM-DD, or a moment as YYYY-MM-DDTHH:MM with Z or an offset, not "${values.published}"`);
if (values.tz && !isValidTimeZone(values.tz))
  fail(`--tz is an IANA time zone such as Europe/Moscow, not "${values.tz}"`);
const cores = os.availableParallelism?.() ?? os.cpus().length;
const jobs = values.jobs === undefined ? Math.max(1, cores) : Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) fail(`--jobs is a whole number from 1 to 64, not "${values.jobs}"`);
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
  const article = /\.(txt|html?|json|jsonl|ndjson)$/i.test(p) && !/\.meta\.json$/i.test(p);
  if (kind !== 'file') {
    if (article || given) files.push({ file: p, skip: `${kind}: only regular files are read` });
    return;
  }
  if (article) files.push({ file: p });
};
for (const p of positionals) walk(p, true);
if (!files.length) fail('no .txt, .html, .json or .jsonl files under the given paths');

const flags: Partial<ExtractInput> = {
  ...(values.published ? { published: values.published } : {}),
  ...(values.tz ? { timeZone: values.tz } : {}),
  ...(values.publisher ? { publisher: values.publisher } : {}),
  ...(values.lang ? { lang: values.lang as Lang } : {}),
};

/** Opens a regular file for reading without following a link and without blocking on a pipe. */
function openRegular(file: string): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new Error('not a regular file');
  }
  return fd;
}

/** A regular file's text, read at most `max` bytes (more is refused while reading: a file that grows, or lies
 *  about its size, cannot take the memory). Opened without following a link and without blocking on a pipe. */
function read(file: string, max = MAX_BYTES, what = 'one article'): string {
  const fd = openRegular(file);
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      size += n;
      if (size > max) throw new Error(`over the ${max >= 1048576 ? `${max / 1048576} MB` : `${max / 1024} KB`} limit for ${what}`);
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
    json = JSON.parse(read(metaFile, MAX_META_BYTES, 'one metadata file'));
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

type Line = { n: number; text: string } | { n: number; tooLong: true } | { n: number; broken: true };

/** The lines of a JSON Lines file, read in chunks: a line over the one-article limit is reported (and skipped
 *  while reading, never held), a line that is not UTF-8 too; blank lines are left out. */
function* linesOf(file: string): Generator<Line> {
  const fd = openRegular(file);
  const decoder = () => new TextDecoder('utf-8', { fatal: true });
  try {
    let parts: Buffer[] = [];
    let size = 0;
    let over = false;
    let n = 0;
    const flush = (): Line | null => {
      n++;
      const line: Line | null = over
        ? { n, tooLong: true }
        : (() => {
            try {
              const text = decoder().decode(Buffer.concat(parts)).replace(/^\uFEFF/, '').trim();
              return text ? { n, text } : null;
            } catch {
              return { n, broken: true };
            }
          })();
      parts = [];
      size = 0;
      over = false;
      return line;
    };
    const chunk = Buffer.alloc(256 * 1024);
    for (;;) {
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(10, from);
        const end = nl < 0 || nl >= got ? got : nl;
        if (!over) {
          size += end - from;
          if (size > MAX_BYTES) {
            over = true;
            parts = [];
          } else parts.push(Buffer.from(chunk.subarray(from, end)));
        }
        if (end === got) break;
        const line = flush();
        if (line) yield line;
        from = end + 1;
      }
    }
    if (size || over) {
      const line = flush();
      if (line) yield line;
    }
  } finally {
    closeSync(fd);
  }
}

/** Lines in a file, counted in chunks (for the progress bar's total; blank lines are counted too). */
function countLines(file: string): number {
  const fd = openRegular(file);
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    let n = 0;
    let last = 10;
    for (;;) {
      const got = readSync(fd, chunk, 0, chunk.length, null);
      if (got === 0) break;
      for (let i = chunk.indexOf(10); i >= 0 && i < got; i = chunk.indexOf(10, i + 1)) n++;
      last = chunk[got - 1]!;
    }
    return n + (last === 10 ? 0 : 1);
  } finally {
    closeSync(fd);
  }
}

const isLines = (file: string) => /\.(jsonl|ndjson)$/i.test(file);

/** One document to keep, or why it cannot be: from a file, or from an item or a line of one. */
type Unit = { label: string; error?: string; doc?: { kind: 'input'; input: ExtractInput } | { kind: 'extraction'; extraction: import('../lib/model/schema').Extraction } };

/** Every document under the paths, read one file (or one line) at a time. */
function* units(): Generator<Unit> {
  for (const { file, skip } of files) {
    if (skip) {
      yield { label: file, error: skip };
      continue;
    }
    try {
      if (isLines(file)) {
        for (const line of linesOf(file)) {
          const label = `${file} line ${line.n}`;
          if ('tooLong' in line) yield { label, error: `over the ${MAX_BYTES / 1048576} MB limit for one article` };
          else if ('broken' in line) yield { label, error: 'not valid UTF-8 text' };
          else {
            try {
              if (line.text.startsWith('[')) throw new Error('one document a line, not a list');
              const [d] = documentsFromJson(line.text);
              yield { label, doc: d!.kind === 'extraction' ? { kind: 'extraction', extraction: d!.extraction } : { kind: 'input', input: { ...flags, ...d!.input } } };
            } catch (e) {
              yield { label, error: (e as Error).message.replace(/^the file/, 'the line') };
            }
          }
        }
        continue;
      }
      const text = file.toLowerCase().endsWith('.json') ? read(file, MAX_LIST_BYTES, 'one .json file (JSON Lines hold more)') : read(file);
      if (file.toLowerCase().endsWith('.json')) {
        const docs = documentsFromJson(text);
        for (const [j, d] of docs.entries()) {
          const label = docs.length > 1 ? `${file} item ${j + 1}` : file;
          const bytes = Buffer.byteLength(d.kind === 'extraction' ? d.extraction.document.text : d.input.text);
          if (bytes > MAX_BYTES) yield { label, error: `over the ${MAX_BYTES / 1048576} MB limit for one article` };
          else yield { label, doc: d.kind === 'extraction' ? { kind: 'extraction', extraction: d.extraction } : { kind: 'input', input: { ...flags, ...d.input } } };
        }
        continue;
      }
      const meta = metadataOf(file);
      const page = /\.html?$/i.test(file) ? articleOf(text, (h) => new JSDOM(h).window.document) : null;
      const { title, publisher, url, published, timeZone, lang, id } = { title: page?.title, url: page?.url, ...meta };
      const input = {
        ...flags,
        ...Object.fromEntries(Object.entries({ id, title, publisher, url, published, timeZone, lang }).filter(([, v]) => v !== undefined)),
        text: page?.text ?? text,
        title: title ?? path.basename(file, path.extname(file)),
      };
      // The same schema as the API: what the page gave (its title, its canonical URL) is held to it too.
      const checked = IdentifiedInput.safeParse(input);
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        throw new Error(`${issue.path.join('.') || 'the document'}: ${issue.message}`);
      }
      yield { label: file, doc: { kind: 'input', input: checked.data } };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { label: file, error: code === 'ENOENT' ? 'no such file' : code === 'ELOOP' ? 'a symbolic link (not followed)' : (e as Error).message };
    }
  }
}

// Extraction in worker threads when the app is built (each document under the server's time budget), one per
// job; in this thread otherwise.
const pool = new ExtractPool({
  script: WORKER_SCRIPT,
  size: jobs,
  queue: jobs * 4,
  budgetMs: Number(process.env.DATELINE_EXTRACT_BUDGET_MS) || 60_000,
  warn: false,
});
// The app's corpus: PostgreSQL when DATELINE_DATABASE_URL names it (each document its own transaction), else the
// SQLite file, committed in groups.
const databaseUrl = process.env.DATELINE_DATABASE_URL?.trim();
const store: DocumentStore = databaseUrl
  ? new PostgresStore(databaseUrl, { seed: loadCorpus(), extractor: (input) => pool.extract(input) })
  : new SqliteStore(process.env.DATELINE_DB || path.join(process.cwd(), '.data', 'dateline.sqlite'), {
      seed: loadCorpus(),
      extractor: (input) => pool.extract(input),
      bulk: true,
    });
const ok: { i: number; line: string }[] = [];
const skipped: { i: number; line: string }[] = [];
const failed: { i: number; file: string; reason: string }[] = [];

// The total is known before reading: a file is one document, a JSON Lines file one a line (a .json list counts
// as one until it is read).
let total = files.reduce((n, f) => n + (!f.skip && isLines(f.file) ? (() => { try { return countLines(f.file); } catch { return 1; } })() : 1), 0);
const started = Date.now();
const tty = process.stderr.isTTY;
let lastPrinted = 0;
const clock = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} min` : s >= 60 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${Math.round(s)} s`);
const progress = (done: number, label: string, final = false) => {
  total = Math.max(total, done);
  const now = Date.now();
  if (!final && !tty && now - lastPrinted < 2000) return;
  lastPrinted = now;
  const w = 24;
  const filled = Math.round((done / Math.max(1, total)) * w);
  const seconds = (now - started) / 1000;
  const rate = done / Math.max(seconds, 1e-3);
  const left = rate > 0 && done < total ? `, ${clock((total - done) / rate)} left` : '';
  const line = `[${'#'.repeat(filled)}${' '.repeat(w - filled)}] ${done}/${total} ${rate.toFixed(rate < 10 ? 1 : 0)} docs/s${left} ${path.basename(label)}`;
  if (tty) process.stderr.write(`\r${line.slice(0, (process.stderr.columns || 80) - 1).padEnd((process.stderr.columns || 80) - 1)}`);
  else process.stderr.write(`${line}\n`);
};

async function keep(i: number, u: Unit): Promise<void> {
  try {
    if (u.error || !u.doc) throw new Error(u.error ?? 'nothing to keep');
    const text = u.doc.kind === 'extraction' ? u.doc.extraction.document.text : u.doc.input.text;
    // Kept already (an earlier run, or a copy earlier in this one): skipped, which is how a stopped ingest resumes.
    const already = await store.keptAs(text);
    if (already) {
      skipped.push({ i, line: `${u.label}: ${already}` });
      return;
    }
    const d = u.doc.kind === 'extraction' ? await store.addExtraction(u.doc.extraction) : await store.add(u.doc.input);
    ok.push({ i, line: `${u.label}: ${d.id} (${d.extraction.statements.length} statements)` });
  } catch (e) {
    if (e instanceof StoreError && e.code === 'exists') {
      skipped.push({ i, line: `${u.label}: ${e.message}` });
      return;
    }
    failed.push({ i, file: u.label, reason: (e as Error).message });
  }
}

/** --queue: the documents queued for the workers, a batch per 5,000, each batch's id printed. */
async function enqueue() {
  const queue = new IngestQueue(store as PostgresStore);
  const BATCH = 5_000;
  let items: Intake[] = [];
  let n = 0;
  let refused = 0;
  const batches: string[] = [];
  const send = async () => {
    if (!items.length) return;
    const { id, total } = await queue.enqueue(items, 'cli');
    batches.push(id);
    process.stdout.write(`queued  batch ${id}: ${total} documents (progress: GET /api/jobs/${id})\n`);
    items = [];
  };
  for (const u of units()) {
    n++;
    if (u.error || !u.doc) {
      refused++;
      items.push({ line: items.length + 1, reason: `${u.label}: ${u.error ?? 'nothing to keep'}` });
      process.stdout.write(`failed  ${u.label}: ${u.error ?? 'nothing to keep'}\n`);
    } else items.push({ line: items.length + 1, payload: { ...u.doc, label: u.label } });
    if (items.length >= BATCH) await send();
  }
  await send();
  process.stdout.write(`${n - refused} queued, ${refused} refused, in ${batches.length} batch${batches.length === 1 ? '' : 'es'}: run npm run worker to keep them\n`);
  await store.close();
  await pool.close();
  process.exit(0);
}

async function main() {
  if (values.queue) return enqueue();
  // Documents are read in order and kept concurrently, a few more in flight than there are workers so that
  // none waits on reading; SQLite takes the writes one at a time.
  const inFlight = new Set<Promise<void>>();
  let i = 0;
  let done = 0;
  for (const u of units()) {
    const n = i++;
    const p: Promise<void> = keep(n, u).then(() => {
      done++;
      progress(done, u.label);
      inFlight.delete(p);
    });
    inFlight.add(p);
    if (inFlight.size >= jobs * 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  progress(done, files.at(-1)!.file, true);
  if (tty) process.stderr.write('\n');
  const byOrder = <T extends { i: number }>(xs: T[]) => xs.sort((a, b) => a.i - b.i);
  if (!values.quiet) {
    for (const k of byOrder(ok)) process.stdout.write(`kept    ${k.line}\n`);
    for (const k of byOrder(skipped)) process.stdout.write(`skipped ${k.line} (already kept)\n`);
  }
  for (const f of byOrder(failed)) process.stdout.write(`failed  ${f.file}: ${f.reason}\n`);
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(`${ok.length} kept, ${failed.length} failed; the corpus now holds ${(await store.list(0, 0)).total} documents\n`);
  process.stdout.write(
    `${skipped.length} already kept, skipped; ${done} documents in ${clock(seconds)} (${(done / Math.max(seconds, 1e-3)).toFixed(1)} documents/s, ${jobs} job${jobs === 1 ? '' : 's'})\n`,
  );
  // The explorer's first view of a large corpus, computed once now rather than by the first reader.
  await store.overview({});
  await store.close();
  await pool.close();
  process.exit(failed.length ? 1 : 0);
}

main().catch((e: unknown) => {
  process.stderr.write(`ingest: ${(e as Error).message}\n`);
  process.exit(1);
});
