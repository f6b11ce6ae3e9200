// A request body of JSON Lines (application/x-ndjson), read as a stream: each line held to the one-document limit
// while it is read (a longer one is skipped, never held whole), the whole body to `maxBytes` (a 413 past it,
// before reading when the length is declared). Lines that are blank are left out; the others keep their numbers
// (from 1), so what is reported about a line names the line the sender wrote.
import { HttpError, MAX_BODY_BYTES } from './http';

export type NdjsonLine = { line: number; text: string } | { line: number; error: string };

const inUnits = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
    : `${Math.ceil(bytes / 1024)} KB`;

export async function* ndjsonLines(
  request: Request,
  maxBytes: number,
  maxLine = MAX_BODY_BYTES,
): AsyncGenerator<NdjsonLine> {
  const tooLarge = (n?: number) =>
    new HttpError(
      413,
      'too_large',
      `${n ? `This is ${inUnits(n)}; ` : 'This is too large: '}the most one batch may send is ${inUnits(maxBytes)} (split it into several batches).`,
    );
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw tooLarge(declared);
  const reader = request.body?.getReader();
  if (!reader) return;
  let size = 0;
  let n = 0;
  let parts: Uint8Array[] = [];
  let partBytes = 0;
  let over = false;
  const flush = (): NdjsonLine | null => {
    n++;
    const bytes = Buffer.concat(parts);
    parts = [];
    partBytes = 0;
    if (over) {
      over = false;
      return { line: n, error: `longer than ${inUnits(maxLine)}, the most one document may be` };
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { line: n, error: 'not valid UTF-8 text' };
    }
    if (n === 1) text = text.replace(/^\uFEFF/, '');
    text = text.replace(/\r$/, '');
    return text.trim() ? { line: n, text } : null;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw tooLarge();
      let start = 0;
      for (let i = value.indexOf(10); i >= 0; i = value.indexOf(10, start)) {
        const piece = value.subarray(start, i);
        if (!over) {
          partBytes += piece.byteLength;
          if (partBytes > maxLine) over = true;
          else parts.push(piece);
        }
        start = i + 1;
        const l = flush();
        if (l) yield l;
      }
      const rest = value.subarray(start);
      if (rest.byteLength && !over) {
        partBytes += rest.byteLength;
        if (partBytes > maxLine) {
          over = true;
          parts = [];
        } else parts.push(rest);
      }
    }
    if (partBytes > 0 || over) {
      const l = flush();
      if (l) yield l;
    }
  } catch (e) {
    await reader.cancel().catch(() => undefined);
    throw e;
  }
}
