// The body of an extraction worker thread (bundled to dist/extract-worker.mjs by scripts/build-worker.mjs):
// one document in, its Extraction or its error out. The pool (./pool.ts) times each job and ends a worker that
// runs over its budget, so a pathological text costs a thread, never the server's event loop.
import { parentPort } from 'node:worker_threads';
import { ExtractInputError, type ExtractInput, extract } from '../extract/index';

export interface Job {
  id: number;
  input: ExtractInput;
}
export type Outcome =
  | { ready: true }
  | { id: number; ok: true; extraction: ReturnType<typeof extract> }
  | { id: number; ok: false; error: { input: boolean; message: string; field?: string } };

// Load the gazetteer and build the matchers before the first document, so that its time budget is its own.
try {
  extract({ text: 'قال بيسكوف أمس. Peskov said on Monday.', published: '2021-12-29', timeZone: 'UTC' });
} finally {
  parentPort?.postMessage({ ready: true });
}

parentPort?.on('message', ({ id, input }: Job) => {
  let out: Outcome;
  try {
    out = { id, ok: true, extraction: extract(input) };
  } catch (e) {
    const input = e instanceof ExtractInputError;
    out = { id, ok: false, error: { input, message: (e as Error).message, ...(input && e.field ? { field: e.field } : {}) } };
  }
  parentPort!.postMessage(out);
});
