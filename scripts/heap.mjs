// The server's JavaScript heap is held to DATELINE_HEAP_MB (default 512): told its bound, V8 collects garbage
// before it grows the heap towards it, rather than towards the quarter of the machine's memory it would
// otherwise allow. Measured (bench:corpus, 100,000 documents): ten comparisons of 150 documents took the
// server from 345 to 556 MB of resident memory unbounded, and to 368–379 MB with this bound, every answer
// the same. Raise it for exports near DATELINE_EXPORT_MAX of long articles.
export function heapFlags(env = process.env) {
  const mb = Number(env.DATELINE_HEAP_MB);
  return [`--max-old-space-size=${Number.isInteger(mb) && mb >= 128 ? mb : 512}`];
}
