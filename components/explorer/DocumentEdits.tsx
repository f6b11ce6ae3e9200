'use client';
// Every correction of one document the server keeps, with its author and time, undoable, including those a
// statement's own panel cannot show any more (a deleted statement) and those that found nothing to apply to
// after a re-extraction (listed for review). Read when opened. Above it, the document's details (DocumentMeta).
import { useEffect, useState } from 'react';
import type { Extraction } from '@/lib/model/schema';
import type { Applied, Edit } from '@/lib/corrections/edits';
import { actorLabel } from '@/lib/view/format';
import { eventName } from '@/lib/view/event-names';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';
import { AddStatement } from './AddStatement';
import { DocumentMeta } from './DocumentMeta';
import { apiErrorOf, errorText } from '@/lib/view/api-errors';
import { useExplorer } from './store';

/** An edit's value in a few words: a stance, a date, where a split falls, names, what is merged, else its JSON. */
export const show = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (!v || typeof v !== 'object') return JSON.stringify(v);
  const o = v as Record<string, unknown>;
  if ('value' in o) return String(o.value);
  if ('at' in o) return `@${String(o.at)}`;
  if ('from' in o) return Array.isArray(o.from) ? o.from.join(', ') : String(o.from);
  if (('en' in o || 'ar' in o) && !('speaker' in o)) return [o.en, o.ar].filter(Boolean).join(' / ');
  return JSON.stringify(v);
};

/** An edit's value as a reader knows it: an actor by its name (not its id), a stance in words, else as show(). */
export function valueWords(e: Pick<Edit, 'op' | 'value'>, x: Extraction | undefined, lang: UiLang): string {
  const t = MESSAGES[lang];
  const actor = (id: string) => actorLabel(x?.actors.find((a) => a.id === id), lang, id);
  if (e.op === 'statement.speaker' && typeof e.value === 'string') return actor(e.value);
  if (e.op === 'actor.merge' && e.value && typeof e.value === 'object' && typeof (e.value as { from?: unknown }).from === 'string') return actor((e.value as { from: string }).from);
  if (e.op === 'statement.stance' && typeof e.value === 'string' && e.value in t.stanceName) return t.stanceName[e.value as keyof typeof t.stanceName];
  return show(e.value);
}

export function DocumentEdits({ docId }: { docId: string }) {
  const lang = useExplorer((s) => s.lang);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const doc = useExplorer((s) => s.extractions.find((x) => x.document.id === docId));
  const t = MESSAGES[lang];
  const [data, setData] = useState<{ edits: Edit[]; unanchored: Applied['unanchored'] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/documents/${encodeURIComponent(docId)}`;
  const load = async () => {
    try {
      const r = await fetch(base);
      if (!r.ok) throw await apiErrorOf(r);
      const d = (await r.json()) as { extraction: Extraction; edits: Edit[]; unanchored: Applied['unanchored'] };
      setData({ edits: d.edits, unanchored: d.unanchored });
      return d.extraction;
    } catch (e) {
      setError(errorText(lang, e));
      return null;
    }
  };
  /** What an edit is about, in words a reader knows: a statement's speaker and first words, an actor's name, an
   *  event's label; the id only when it is gone (a deleted statement's edit is still listed). */
  const targetWords = (e: Edit): string => {
    const x = doc;
    if (!x) return e.target;
    const st = x.statements.find((s) => s.id === e.target);
    if (st) {
      const c = st.content[0];
      const words = c ? x.document.text.slice(c.start, c.end) : st.cue.text;
      return `${actorLabel(x.actors.find((a) => a.id === st.speaker.actorId), lang, st.speaker.actorId)} “${words.length > 40 ? `${words.slice(0, 40)}…` : words}”`;
    }
    const actor = x.actors.find((a) => a.id === e.target);
    if (actor) return actorLabel(actor, lang, actor.id);
    const ev = x.events.find((v) => v.id === e.target);
    if (ev) return eventName(ev, lang, x.actors);
    if (e.target === x.document.id) return x.document.title;
    return e.anchor.cue ? `“${e.anchor.cue.text}” (${e.target})` : e.target;
  };
  // A correction made elsewhere (a statement's own panel) changes the document: the list, once read, follows.
  const loaded = data !== null;
  useEffect(() => {
    if (loaded) void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload when the document changes, not when load does
  }, [doc]);
  const undo = async (e: Edit) => {
    const r = await fetch(`${base}/edits/${e.id}/undo`, { method: 'POST' });
    if (!r.ok) setError(errorText(lang, await apiErrorOf(r)));
    const x = await load();
    if (x) replaceExtraction(x);
  };
  return (
    <>
      <DocumentMeta docId={docId} />
      <AddStatement docId={docId} />
      <details className="doc-edits" onToggle={(e) => (e.currentTarget.open && !data ? void load() : undefined)}>
        <summary>{t.docEdits}</summary>
        {error && <p className="add-error">{error}</p>}
        {data && !data.edits.length && <p className="muted">{t.docNoEdits}</p>}
        {data && data.edits.length > 0 && (
          <ol className="fix-history">
            {data.edits.map((e) => (
              <li key={e.id} className={e.undoneAt ? 'undone' : undefined}>
                {t.fixLine(t.opName[e.op] ?? e.op, `${targetWords(e)}: ${valueWords(e, doc, lang)}`, e.author, e.at.slice(0, 16).replace('T', ' '))}
                {e.undoneAt ? (
                  <span className="muted"> — {t.fixUndone}</span>
                ) : (
                  <button type="button" className="link" onClick={() => void undo(e)}>
                    {t.fixUndo}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {data && data.unanchored.length > 0 && (
          <>
            <p>{t.docUnanchored}</p>
            <ul className="fix-history">
              {data.unanchored.map((u) => (
                <li key={u.edit.id}>
                  {u.edit.op} ({u.edit.author}): {u.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </>
  );
}
