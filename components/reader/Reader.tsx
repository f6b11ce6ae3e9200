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

/**
 * The article with its spans marked; the selected statements' spans (all their mentions) stand out. One
 * statement comes from a timeline or table selection, several from a node or an edge of the graph.
 */
export function Reader({ extraction, selected, label = 'Article text' }: { extraction: Extraction; selected?: string | readonly string[]; label?: string }) {
  const { text, lang } = extraction.document;
  const runs = toRuns(text.length, readerMarks(extraction));
  const wanted = new Set(selected === undefined ? [] : typeof selected === 'string' ? [selected] : selected);
  const chosen = extraction.statements.filter((st) => wanted.has(st.id));
  // The selected statement a run belongs to: inside one of its mentions, and marked as its cue, channel or
  // speaker span (its content is shown by the plain marking).
  const ownerOf = (start: number, refs: readonly { ref: string; kind: string }[]) =>
    chosen.find((st) => st.mentions.some((m) => m.start <= start && start < m.end) && refs.some((m) => m.ref === st.id && m.kind !== 'content'));
  const anchored = new Set<string>();
  return (
    <article className="reader" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} aria-label={label}>
      {runs.map((r) => {
        const slice = text.slice(r.start, r.end);
        if (r.marks.length === 0) return slice;
        const kinds = [...new Set(r.marks.map((m) => m.kind))];
        const owner = ownerOf(r.start, r.marks);
        const own = owner !== undefined;
        // The first of each selected statement's spans is the target of "show in the text".
        const id = owner && !anchored.has(owner.id) ? `reader-${extraction.document.id}-${owner.id}` : undefined;
        if (owner) anchored.add(owner.id);
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
