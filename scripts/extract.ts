// CLI: npm run -s extract -- FILE [--published YYYY-MM-DD[THH:MM[±HH:MM]]] [--year YYYY] [--lang ar|en|ru] [--tz ZONE] [--publisher NAME]
// Prints the Extraction JSON on stdout. Exit 1: unusable input; exit 2: wrong arguments.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ExtractInputError, extract } from '../lib/extract/index';
import { defaultGazetteer } from '../lib/extract/gazetteer';
import { Extraction, Lang } from '../lib/model/schema';
import { normalizeKey } from '../lib/text/normalize';

const USAGE = 'usage: npm run -s extract -- FILE [--published YYYY-MM-DD[THH:MM[±HH:MM]]] [--year YYYY] [--lang ar|en|ru] [--tz ZONE] [--publisher NAME]';
/** Articles are small; a 5 MB file is fine, anything far beyond is probably not an article. */
const MAX_BYTES = 20 * 1024 * 1024;

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(code);
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        year: { type: 'string' },
        lang: { type: 'string' },
        tz: { type: 'string' },
        publisher: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(2, `${(e as Error).message}; ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  if (positionals.length !== 1) fail(2, `expected exactly one FILE; ${USAGE}`);
  if (values.lang && !Lang.options.includes(values.lang as Lang)) fail(2, `--lang must be ${Lang.options.join(', ')}, not "${values.lang}"`);
  if (values.published && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(values.published)) fail(2, `--published must be YYYY-MM-DD, or YYYY-MM-DDTHH:MM with Z or an offset, not "${values.published}"`);
  if (values.year && !/^\d{4}$/.test(values.year)) fail(2, `--year must be a four-digit year, not "${values.year}"`);

  const file = positionals[0]!;
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (!st.isFile()) fail(1, `${file} is not a file`);
    if (st.size > MAX_BYTES) fail(1, `${file} is ${st.size} bytes; the limit is ${MAX_BYTES}`);
    bytes = readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    fail(1, err.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${err.message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    fail(1, `${file} is not valid UTF-8 text`);
  }
  // Binary data decodes as UTF-8 surprisingly often; NULs and other controls give it away.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (controls > 0) fail(1, `${file} looks like binary data (${controls} control characters), not an article`);

  let publisher = values.publisher;
  if (publisher) {
    const key = normalizeKey(publisher);
    const g = defaultGazetteer();
    const hit = [...g.entries.values()].find((e) => e.id === publisher || [...(e.names.en ?? []), ...(e.names.ar ?? [])].some((n) => normalizeKey(n) === key));
    if (hit) publisher = hit.id;
  }
  try {
    const x = extract({
      text,
      id: path.basename(file).replace(/\.[^.]+$/, ''),
      published: values.published ?? null,
      year: values.year ? Number(values.year) : undefined,
      lang: values.lang as Lang | undefined,
      timeZone: values.tz,
      publisher,
    });
    Extraction.parse(x);
    process.stdout.write(JSON.stringify(x, null, 2) + '\n');
  } catch (e) {
    if (e instanceof ExtractInputError) fail(e.field === 'published' || e.field === 'timeZone' ? 2 : 1, e.message);
    fail(1, `extraction failed: ${(e as Error).message}`);
  }
}

main();
