// npm run bench:compare — time to align corpora of 1,000 to 10,000 statements (goal: 10,000 in ≤ 1 s), and how
// it grows. The corpora are synthetic: two template documents (the seed, and a CONSTRUCTED English wire text of
// twelve statements) are extracted once, then cloned with their dates shifted and their participants swapped,
// so that many documents speak of the same happenings and many of different ones. Each timed run aligns fresh
// clones (no per-document cache carried over). Prints numbers; it asserts nothing, timings on a shared 2-core
// machine are noisy.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { align } from '../lib/compare/index';
import { defaultGazetteer, toActor } from '../lib/extract/gazetteer';
import { extract } from '../lib/extract/index';
import type { Extraction, Interval } from '../lib/model/schema';
import { addDays, formatDate, parseDate } from '../lib/time/calendar';

const EN_TEMPLATE =
  'Kremlin spokesman Dmitry Peskov said on Wednesday that a phone call between Putin and Biden will take place late on Thursday evening. ' +
  'According to CNN, Putin asked for the call. The White House said Biden and Putin will hold a phone call on Thursday. ' +
  'Russian Foreign Minister Sergey Lavrov said the talks between Russia and the United States in Geneva would begin on January 10. ' +
  'U.S. Secretary of State Antony Blinken said the talks with Russia in Geneva would last two days. ' +
  'NATO Secretary General Jens Stoltenberg said the alliance would meet Russia on January 12. ' +
  'Ukrainian President Volodymyr Zelensky said he spoke with Biden by phone on Sunday. ' +
  'Maria Zakharova denied that Russia was planning an invasion of Ukraine. ' +
  'The Pentagon said the military build-up near Ukraine continued last week. ' +
  'Chinese Foreign Ministry spokesman Wang Wenbin said China supports dialogue. ' +
  'Turkish President Erdogan said he was ready to host a meeting between Putin and Zelensky in Istanbul. ' +
  'Peskov said the meeting between Putin and Erdogan lasted three hours.';

const templates: Extraction[] = [
  extract({ text: readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8'), published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'sputnik-arabic' }),
  extract({ text: EN_TEMPLATE, published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' }),
];

// Participants swapped in pairs: Biden's counterpart and Putin's, so calls happen between many pairs of leaders.
const WEST = ['joe-biden', 'emmanuel-macron', 'olaf-scholz', 'boris-johnson', 'recep-tayyip-erdogan'];
const EAST = ['vladimir-putin', 'xi-jinping', 'volodymyr-zelensky', 'alexander-lukashenko'];
const gazetteer = defaultGazetteer();
const extraActors = [...WEST, ...EAST].map((id) => toActor(gazetteer.entries.get(id)!));

const DAY_MS = 86_400_000;
const shiftIso = (s: string | null, days: number) => (s === null ? null : new Date(Date.parse(s) + days * DAY_MS).toISOString().replace('.000Z', 'Z'));
const shiftInterval = (i: Interval | null, days: number): Interval | null => i && { start: shiftIso(i.start, days), end: shiftIso(i.end, days) };
const shiftValue = (v: string, days: number) => v.replace(/^\d{4}-\d{2}-\d{2}/, (d) => formatDate(addDays(parseDate(d)!, days)));

/** Document n: a template with its days shifted and its leaders swapped; ids unique per document. */
function synth(n: number): Extraction {
  const t = templates[n % templates.length]!;
  // 120 distinct days and 20 pairs of leaders: documents meet on the same happenings, several times each.
  const days = (n * 7) % 120;
  const rename = new Map([
    ['joe-biden', WEST[(n >> 1) % WEST.length]!],
    ['vladimir-putin', EAST[(n >> 3) % EAST.length]!],
  ]);
  const x: Extraction = structuredClone(t);
  x.document.id = `synthetic-${n}`;
  x.document.published.value = shiftValue(t.document.published.value!, days);
  x.actors.push(...extraActors.filter((a) => !x.actors.some((b) => b.id === a.id)));
  for (const te of x.timeExpressions) {
    te.value = shiftValue(te.value, days);
    te.interval = shiftInterval(te.interval, days);
  }
  for (const s of x.statements) {
    s.saidAt.value = shiftValue(s.saidAt.value, days);
    s.saidAt.interval = shiftInterval(s.saidAt.interval, days);
  }
  for (const e of x.events) {
    e.participants = [...new Set(e.participants.map((p) => rename.get(p) ?? p))].sort();
    for (const c of e.timeClaims) {
      c.value = shiftValue(c.value, days);
      c.interval = shiftInterval(c.interval, days);
    }
  }
  return x;
}

function corpus(statements: number): Extraction[] {
  const xs: Extraction[] = [];
  let count = 0;
  for (let n = 0; count < statements; n++) {
    const x = synth(n);
    xs.push(x);
    count += x.statements.length;
  }
  return xs;
}

const SIZES = [1_000, 2_000, 5_000, 10_000];
const RUNS = 5;
const rows: { statements: number; documents: number; groups: number; ms: number; multi: number }[] = [];
for (const size of SIZES) {
  const base = corpus(size);
  const statements = base.reduce((n, x) => n + x.statements.length, 0);
  align(base); // warm-up: regex compilation and JIT
  const samples: number[] = [];
  let groups = 0;
  let multi = 0;
  for (let r = 0; r < RUNS; r++) {
    const xs = structuredClone(base); // fresh objects: no per-document cache from the last run
    const t0 = performance.now();
    const a = align(xs);
    samples.push(performance.now() - t0);
    groups = a.groups.length;
    multi = a.groups.filter((g) => g.members.length > 1).length;
  }
  samples.sort((p, q) => p - q);
  rows.push({ statements, documents: base.length, groups, ms: samples[Math.floor(RUNS / 2)]!, multi });
}

console.log(`align: median of ${RUNS} runs after a warm-up, fresh clones each run`);
console.log('statements  documents  groups  (of 2+ events)      ms   × time  × size');
rows.forEach((r, i) => {
  const prev = rows[i - 1];
  const growth = prev ? (r.ms / prev.ms).toFixed(2) : '—';
  const size = prev ? (r.statements / prev.statements).toFixed(2) : '—';
  console.log(
    `${String(r.statements).padStart(10)}  ${String(r.documents).padStart(9)}  ${String(r.groups).padStart(6)}  ${String(r.multi).padStart(14)}  ${r.ms.toFixed(0).padStart(6)}  ${growth.padStart(7)}  ${size.padStart(6)}`,
  );
});
const last = rows.at(-1)!;
console.log(`10,000 statements: ${last.ms.toFixed(0)} ms — ${last.ms <= 1000 ? 'meets' : 'MISSES'} the ≤ 1 s goal`);
