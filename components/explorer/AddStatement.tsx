'use client';
// A statement the machine missed, added by hand to a document the server keeps: who said it, the word that
// reports it and what was said, as copied from the article (found again in its text, so the statement points
// at its exact characters), its stance and, if the text says, the day it was said. Sent as a `statement.add`
// edit (kept with its author, undoable like any correction); the new statement is then selected.
import { useId, useMemo, useState } from 'react';
import { type Extraction, Stance } from '@/lib/model/schema';
import { addedId } from '@/lib/corrections/edits';
import { locateStatement } from '@/lib/text/locate';
import { actorLabel } from '@/lib/view/format';
import { apiErrorOf, errorText } from '@/lib/view/api-errors';
import { dayInterval, parseDate } from '@/lib/time/calendar';
import { MESSAGES } from '@/lib/view/i18n';
import { useAuthor } from './author';
import { useExplorer } from './store';

export function AddStatement({ docId }: { docId: string }) {
  const lang = useExplorer((s) => s.lang);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const select = useExplorer((s) => s.select);
  const doc = useExplorer((s) => s.extractions.find((x) => x.document.id === docId));
  const t = MESSAGES[lang];
  const id = useId();
  const [open, setOpen] = useState(false);
  const [author, setAuthor, remember] = useAuthor();
  const actors = useMemo(() => (doc?.actors ?? []).map((a) => ({ id: a.id, label: actorLabel(a, lang, a.id) })).sort((a, b) => a.label.localeCompare(b.label, lang)), [doc, lang]);
  const [speaker, setSpeaker] = useState('');
  const [stance, setStance] = useState<Stance>('state');
  const [cue, setCue] = useState('');
  const [content, setContent] = useState('');
  const [day, setDay] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!doc) return null;
  const zone = doc.document.timeZone;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    const name = remember();
    if (!name) return setError({ field: 'author', message: t.fixNeedAuthor });
    const found = locateStatement(doc.document.text, cue, content);
    if ('missing' in found) return setError({ field: found.missing, message: t.addStNotInText(found.missing === 'cue' ? cue : content) });
    let saidAt: { value: string; interval: { start: string; end: string } } | undefined;
    if (day) {
      const d = parseDate(day);
      if (!d) return setError({ field: 'day', message: t.fixBadDate });
      saidAt = { value: day, interval: dayInterval(d, zone) };
    }
    setBusy(true);
    try {
      const base = `/api/documents/${encodeURIComponent(docId)}`;
      const value = { speaker, cue: found.cue, content: [found.content], stance, ...(saidAt ? { saidAt } : {}) };
      const r = await fetch(`${base}/edits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op: 'statement.add', target: docId, value, author: name }) });
      if (!r.ok) throw await apiErrorOf(r);
      const got = await fetch(base);
      if (!got.ok) throw await apiErrorOf(got);
      replaceExtraction(((await got.json()) as { extraction: Extraction }).extraction);
      select(`${docId}/${addedId(found.cue)}`);
      setDone(true);
      setCue('');
      setContent('');
      setDay('');
    } catch (err) {
      setError({ field: (err as { field?: string }).field, message: errorText(lang, err) });
    } finally {
      setBusy(false);
    }
  };
  const invalid = (field: string) => (error?.field && (error.field === field || error.field.startsWith(`value.${field}`)) ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-err` } : {});

  return (
    <details
      className="add-statement"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t.addStTitle}</summary>
      {open && (
        <form onSubmit={(e) => void submit(e)}>
          <div className="fix-grid">
            <label htmlFor={`${id}-author`}>{t.fixAuthor}</label>
            <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={100} autoComplete="name" {...invalid('author')} />
            <label htmlFor={`${id}-speaker`}>{t.addStSpeaker}</label>
            <select id={`${id}-speaker`} value={speaker} onChange={(e) => setSpeaker(e.target.value)} required {...invalid('speaker')}>
              <option value="">—</option>
              {actors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.label}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-cue`}>{t.addStCue}</label>
            <input id={`${id}-cue`} value={cue} onChange={(e) => setCue(e.target.value)} required dir="auto" {...invalid('cue')} />
            <label htmlFor={`${id}-content`}>{t.addStContent}</label>
            <textarea id={`${id}-content`} value={content} onChange={(e) => setContent(e.target.value)} required rows={3} dir="auto" {...invalid('content')} />
            <label htmlFor={`${id}-stance`}>{t.fixStance}</label>
            <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              {Stance.options.map((s) => (
                <option key={s} value={s}>
                  {t.stanceName[s]}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-day`}>{t.addStSaidOn(zone)}</label>
            <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} {...invalid('day')} />
          </div>
          {error && (
            <p className="add-error" role="alert" id={`${id}-err`}>
              {error.message}
            </p>
          )}
          {done && (
            <p className="muted" role="status">
              {t.addStAdded}
            </p>
          )}
          <div className="add-actions">
            <button type="submit" disabled={busy}>
              {t.addStSave}
            </button>
          </div>
        </form>
      )}
    </details>
  );
}
