// The original text, right-to-left where it is Arabic, with every extracted span marked.
// React escapes the text: an article holding <script> shows it as words, never runs it.
import type { Extraction } from '@/lib/model/schema';
import type { Mark } from '@/lib/view/highlight';
import { toRuns } from '@/lib/view/highlight';

export function readerMarks(x: Extraction): Mark[] {
  const marks: Mark[] = [];
  for (const a of x.actors) for (const m of a.mentions ?? []) marks.push({ ...m, kind: 'actor', ref: a.id });
  for (const t of x.timeExpressions) marks.push({ start: t.start, end: t.end, kind: 'time', ref: t.id });
  for (const s of x.statements) {
    marks.push({ start: s.cue.start, end: s.cue.end, kind: 'cue', ref: s.id });
    if (s.channel) marks.push({ start: s.channel.start, end: s.channel.end, kind: 'channel', ref: s.id });
    for (const c of s.content) marks.push({ ...c, kind: 'content', ref: s.id });
  }
  return marks;
}

/** The article with its spans marked; the selected statement's spans (all its mentions) stand out. */
export function Reader({ extraction, selected, label = 'Article text' }: { extraction: Extraction; selected?: string; label?: string }) {
  const { text, lang } = extraction.document;
  const runs = toRuns(text.length, readerMarks(extraction));
  const s = selected ? extraction.statements.find((st) => st.id === selected) : undefined;
  const inside = (start: number) => s?.mentions.some((m) => m.start <= start && start < m.end) ?? false;
  let anchored = false;
  return (
    <article className="reader" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} aria-label={label}>
      {runs.map((r) => {
        const slice = text.slice(r.start, r.end);
        if (r.marks.length === 0) return slice;
        const kinds = [...new Set(r.marks.map((m) => m.kind))];
        const own = s !== undefined && inside(r.start) && r.marks.some((m) => m.ref === s.id && m.kind !== 'content');
        // The first of the selection's spans is the target of "show in the text".
        const id = own && !anchored ? `reader-${extraction.document.id}-${s.id}` : undefined;
        if (id) anchored = true;
        return (
          <mark
            key={r.start}
            id={id}
            className={`${kinds.map((k) => `m-${k}`).join(' ')}${own ? ' own' : ''}`}
            data-start={r.start}
            data-end={r.end}
            data-refs={r.marks.map((m) => m.ref).join(' ')}
          >
            {slice}
          </mark>
        );
      })}
    </article>
  );
}
