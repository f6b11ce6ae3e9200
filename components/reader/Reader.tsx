// The original text, right-to-left where it is Arabic, with every extracted span marked.
// React escapes the text: an article holding <script> shows it as words, never runs it.
'use client';
import { useMemo, useState } from 'react';
import type { Extraction } from '@/lib/model/schema';
import { readerMarks, toRuns } from '@/lib/view/highlight';

/**
 * The article with its spans marked; the selected statements' spans (all their mentions) stand out. One
 * statement comes from a timeline or table selection, several from a node or an edge of the graph.
 */
export function Reader({ extraction, selected, label = 'Article text', more }: { extraction: Extraction; selected?: string | readonly string[]; label?: string; more?: { earlier: string; later: string } }) {
  const { text, lang } = extraction.document;
  const wanted = new Set(selected === undefined ? [] : typeof selected === 'string' ? [selected] : selected);
  const chosen = extraction.statements.filter((st) => wanted.has(st.id));
  // A long text is shown in a window around what is selected (whole paragraphs), widened on demand: a 2 MB
  // article is not laid out at once.
  const focus = chosen[0]?.mentions[0]?.start ?? chosen[0]?.cue.start ?? 0;
  const [reach, setReach] = useState({ before: WINDOW / 2, after: WINDOW / 2, focus });
  if (reach.focus !== focus) setReach({ before: WINDOW / 2, after: WINDOW / 2, focus });
  const long = text.length > WINDOW;
  const from = long ? paragraphStart(text, Math.max(0, focus - reach.before)) : 0;
  const to = long ? paragraphEnd(text, Math.min(text.length, focus + reach.after)) : text.length;
  const runs = useMemo(() => toRuns(text.length, readerMarks(extraction), from, to), [extraction, text.length, from, to]);
  // The selected statement a run belongs to: inside one of its mentions, and marked as its cue, channel or
  // speaker span (its content is shown by the plain marking).
  const ownerOf = (start: number, refs: readonly { ref: string; kind: string }[]) =>
    chosen.find((st) => st.mentions.some((m) => m.start <= start && start < m.end) && refs.some((m) => m.ref === st.id && m.kind !== 'content'));
  const anchored = new Set<string>();
  const widen = (side: 'before' | 'after') => setReach((r) => ({ ...r, [side]: r[side] + WINDOW }));
  return (
    <article className="reader" dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} aria-label={label}>
      {from > 0 && (
        <p className="reader-more">
          <button type="button" className="link-button" onClick={() => widen('before')}>
            {more?.earlier ?? 'Show earlier text'}
          </button>
        </p>
      )}
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
      {to < text.length && (
        <p className="reader-more">
          <button type="button" className="link-button" onClick={() => widen('after')}>
            {more?.later ?? 'Show later text'}
          </button>
        </p>
      )}
    </article>
  );
}

/** Characters of a long text shown at once, and how much more each "show more" adds. */
export const WINDOW = 30_000;
const paragraphStart = (text: string, at: number) => (at <= 0 ? 0 : text.lastIndexOf('\n', at) + 1);
const paragraphEnd = (text: string, at: number) => {
  if (at >= text.length) return text.length;
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
};
