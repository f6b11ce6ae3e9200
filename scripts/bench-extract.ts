// npm run bench:extract — throughput of the whole pipeline on ≥ 5 MB of Arabic news text, and its
// ratio to one tokenising pass over the same text (goals: ≥ 5 MB/s, ratio ≤ 10). Prints numbers;
// it asserts nothing, timings on a shared 2-core machine are noisy.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { extract } from '../lib/extract/index';
import { tokenize } from '../lib/text/tokens';

const seed = readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8');
const TARGET_BYTES = 5 * 1024 * 1024;
const seedBytes = Buffer.byteLength(seed);
const copies = Math.ceil(TARGET_BYTES / seedBytes);
const docs = Array.from({ length: copies }, () => seed);
const bigText = docs.join('\n\n');
const mb = Buffer.byteLength(bigText) / 1024 / 1024;

function time(label: string, fn: () => void, reps = 3) {
  fn(); // warm-up: regex compilation and JIT
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { label, median: samples[Math.floor(samples.length / 2)]!, min: samples[0]! };
}

const tok = time('tokenise (one pass)', () => void tokenize(bigText));
const many = time(`extract ${copies} documents`, () => {
  for (const d of docs) extract({ text: d, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' });
});
const heapBefore = process.memoryUsage().heapUsed;
const one = time(`extract one ${mb.toFixed(1)} MB document`, () => void extract({ text: bigText, published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar' }), 1);
const heapAfter = process.memoryUsage().heapUsed;

const row = (r: { label: string; median: number; min: number }) =>
  `${r.label.padEnd(34)} ${r.median.toFixed(0).padStart(7)} ms  ${(mb / (r.median / 1000)).toFixed(1).padStart(7)} MB/s`;
console.log(`corpus: ${mb.toFixed(2)} MB (${copies} copies of the seed, ${seedBytes} bytes each)`);
console.log(row(tok));
console.log(row(many) + `  ${(copies / (many.median / 1000)).toFixed(0)} documents/s`);
console.log(row(one) + `  heap +${((heapAfter - heapBefore) / 1024 / 1024).toFixed(0)} MB`);
console.log(`ratio extract/tokenise: ${(many.median / tok.median).toFixed(1)} (documents), ${(one.median / tok.median).toFixed(1)} (one document)`);
console.log(`goals: >= 5 MB/s -> ${mb / (many.median / 1000) >= 5 ? 'met' : 'NOT met'}; ratio <= 10 -> ${many.median / tok.median <= 10 ? 'met' : 'NOT met'}`);
