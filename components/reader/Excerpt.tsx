// One passage of the original text with its extracted spans marked; the selected statement's own spans
// (speaker, cue, channel, content) stand out. Offsets are the document's: nothing is re-found by searching.
import type { Extraction } from '@/lib/model/schema';
import { type Mark, toRuns } from '@/lib/view/highlight';
import { readerMarks } from '@/lib/view/highlight';

export function Excerpt({ extraction: x, start, end, statementId, timeIds = [], dir }: { extraction: Extraction; start: number; end: number; statementId?: string; timeIds?: (string | undefined)[]; dir: 'rtl' | 'ltr' }) {
  const s = x.statements.find((st) => st.id === statementId);
  const marks: Mark[] = readerMarks(x);
  if (s) marks.push({ start: s.speaker.start, end: s.speaker.end, kind: 'actor', ref: s.id });
  const clipped = marks
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ ...m, start: Math.max(m.start, start) - start, end: Math.min(m.end, end) - start }));
  const text = x.document.text.slice(start, end);
  return (
    <blockquote className="excerpt" dir={dir} lang={x.document.lang} data-start={start} data-end={end}>
      {toRuns(text.length, clipped).map((r) => {
        const slice = text.slice(r.start, r.end);
        if (!r.marks.length) return slice;
        const kinds = [...new Set(r.marks.map((m) => m.kind))];
        const own = s && r.marks.some((m) => (m.ref === s.id && m.kind !== 'content') || (m.kind === 'time' && timeIds.includes(m.ref)));
        return (
          <mark key={r.start} className={`${kinds.map((k) => `m-${k}`).join(' ')}${own ? ' own' : ''}`} data-start={r.start + start} data-end={r.end + start}>
            {slice}
          </mark>
        );
      })}
    </blockquote>
  );
}
