'use client';
// Correcting the machine, for a statement of a document the server keeps: its speaker, stance, the day it was
// said, the event it speaks of and that event's day by its words, splitting it in two before a word, folding
// another statement into it, deleting it, and its speaker as an actor (renamed, merged). Each
// change is sent as an edit (kept with its author and time, never overwriting the machine's reading), the
// document is read back with its edits applied, and the statement's history lists every edit with an undo.
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { type Extraction, Stance, type Statement } from '@/lib/model/schema';
import type { Edit } from '@/lib/corrections/edits';
import { dayInterval, parseDate } from '@/lib/time/calendar';
import { formatClaim } from '@/lib/view/format';
import { eventName } from '@/lib/view/event-names';
import { MESSAGES } from '@/lib/view/i18n';
import { ActorEdits, type EditSender } from './ActorEdits';
import { valueWords } from './DocumentEdits';
import { useAuthor } from './author';
import { ok } from './api';
import { errorText } from '@/lib/view/api-errors';
import { useExplorer } from './store';


/** Where a statement can be split: before each of its words but the first (a span after the first starts one). */
export function splitPoints(text: string, content: readonly { start: number; end: number }[]): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  const word = (at: number, end: number) => /^\S+/u.exec(text.slice(at, end))?.[0] ?? '';
  content.forEach((c, i) => {
    const from = c.start + /^\s*/u.exec(text.slice(c.start, c.end))![0].length;
    if (i > 0 && from < c.end) out.push({ at: from, word: word(from, c.end) });
    for (const m of text.slice(from, c.end).matchAll(/\s+(?=\S)/gu)) {
      const at = from + m.index + m[0].length;
      out.push({ at, word: word(at, c.end) });
    }
  });
  return out;
}

export function Corrections({ docId, statement, zone, actors }: { docId: string; statement: Statement; zone: string; actors: readonly { id: string; label: string }[] }) {
  const lang = useExplorer((s) => s.lang);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const doc = useExplorer((s) => s.extractions.find((x) => x.document.id === docId));
  const t = MESSAGES[lang];
  const id = useId();
  const [author, setAuthor, remember] = useAuthor();
  const [stance, setStance] = useState(statement.stance);
  const [speaker, setSpeaker] = useState(statement.speaker.actorId);
  const [day, setDay] = useState(/^\d{4}-\d{2}-\d{2}$/.test(statement.saidAt.value) ? statement.saidAt.value : '');
  const [splitAt, setSplitAt] = useState('');
  const [eventDay, setEventDay] = useState('');
  const [eventId, setEventId] = useState(statement.eventId);
  const [mergeFrom, setMergeFrom] = useState('');
  const [edits, setEdits] = useState<Edit[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/api/documents/${encodeURIComponent(docId)}`;

  useEffect(() => {
    setStance(statement.stance);
    setSpeaker(statement.speaker.actorId);
    setDay(/^\d{4}-\d{2}-\d{2}$/.test(statement.saidAt.value) ? statement.saidAt.value : '');
    setSplitAt('');
    setEventId(statement.eventId);
    setMergeFrom('');
  }, [statement]);
  const text = doc?.document.text ?? '';
  const event = doc?.events.find((e) => e.id === statement.eventId);
  const claimedDay = event?.timeClaims.find((c) => c.statementId === statement.id)?.value.slice(0, 10) ?? '';
  useEffect(() => setEventDay(/^\d{4}-\d{2}-\d{2}$/.test(claimedDay) ? claimedDay : ''), [claimedDay]);
  // Other statements of the document, to fold into this one (the same speaker's first).
  const others = useMemo(
    () =>
      (doc?.statements ?? [])
        .filter((o) => o.id !== statement.id)
        .sort((a, b) => Number(b.speaker.actorId === statement.speaker.actorId) - Number(a.speaker.actorId === statement.speaker.actorId) || a.cue.start - b.cue.start),
    [doc, statement],
  );
  const quoteOf = (o: Statement) => {
    const c = o.content[0];
    const words = c ? text.slice(c.start, c.end) : o.cue.text;
    return words.length > 60 ? `${words.slice(0, 60)}…` : words;
  };
  const points = useMemo(() => splitPoints(text, statement.content), [text, statement.content]);
  const speakerActor = doc?.actors.find((a) => a.id === statement.speaker.actorId);

  // The document as the server now reads it, and this statement's edits.
  const refresh = useCallback(async () => {
    const r = await fetch(base);
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    const d = (await r.json()) as { extraction: Extraction; edits: Edit[] };
    replaceExtraction(d.extraction);
    setEdits(d.edits);
  }, [base, replaceExtraction]);
  useEffect(() => {
    let live = true;
    fetch(`${base}/edits`)
      .then((r) => (r.ok ? (r.json() as Promise<{ edits: Edit[] }>) : { edits: [] }))
      .then((j) => live && setEdits(j.edits))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [base]);

  const send = async (body: unknown, path = `${base}/edits`) => {
    await ok(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  };
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
      await refresh();
    } catch (e) {
      setError(errorText(lang, e));
    } finally {
      setBusy(false);
    }
  };
  /** The author's name, remembered in this browser; without one, nothing is sent. */
  const signed = () => {
    const name = remember();
    if (!name) throw new Error(t.fixNeedAuthor);
    return name;
  };
  const sender: EditSender = { busy, run, sign: signed, send: (op, target, value) => send({ op, target, value, author: signed() }) };
  const split = () => run(() => send({ op: 'statement.split', target: statement.id, value: { at: Number(splitAt) }, author: signed() }));
  const save = () =>
    run(async () => {
      signed();
      if (speaker !== statement.speaker.actorId) await send({ op: 'statement.speaker', target: statement.id, value: speaker, author: author.trim() });
      if (stance !== statement.stance) await send({ op: 'statement.stance', target: statement.id, value: stance, author: author.trim() });
      if (day && day !== statement.saidAt.value) await send({ op: 'statement.saidAt', target: statement.id, value: wholeDay(day), author: author.trim() });
      if (eventId !== statement.eventId) await send({ op: 'statement.event', target: statement.id, value: eventId, author: author.trim() });
      if (eventDay && eventDay !== claimedDay) await send({ op: 'statement.eventTime', target: statement.id, value: wholeDay(eventDay), author: author.trim() });
    });
  /** A day as a correction gives it: the whole day in the document's zone. */
  const wholeDay = (value: string) => {
    const d = parseDate(value);
    if (!d) throw new Error(t.fixBadDate);
    return { value, interval: dayInterval(d, zone) };
  };
  const merge = () => run(() => send({ op: 'statement.merge', target: statement.id, value: { from: [mergeFrom] }, author: signed() }));

  const mine = edits.filter((e) => e.target === statement.id || (e.op.startsWith('actor.') && e.target === statement.speaker.actorId) || (e.anchor.cue && e.anchor.cue.start === statement.cue.start && e.anchor.cue.text === statement.cue.text));
  return (
    <section className="fix" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t.fixTitle}</h3>
      <div className="fix-grid">
        <label htmlFor={`${id}-author`}>{t.fixAuthor}</label>
        <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={100} autoComplete="name" />
        <label htmlFor={`${id}-speaker`}>{t.fixSpeaker}</label>
        <select id={`${id}-speaker`} value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-stance`}>{t.fixStance}</label>
        <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Statement['stance'])}>
          {Stance.options.map((s) => (
            <option key={s} value={s}>
              {t.stanceName[s]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-day`}>{t.fixSaidOn(zone)}</label>
        <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <label htmlFor={`${id}-event`}>{t.fixEvent}</label>
        <select id={`${id}-event`} value={eventId} onChange={(e) => setEventId(e.target.value)}>
          {(doc?.events ?? []).map((e) => (
            <option key={e.id} value={e.id}>
              {t.fixEventOption(eventName(e, lang, doc?.actors), e.timeClaims[0] ? formatClaim(e.timeClaims[0], zone, lang) : '')}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-eday`}>{t.fixEventOn(zone)}</label>
        <input id={`${id}-eday`} type="date" value={eventDay} onChange={(e) => setEventDay(e.target.value)} />
      </div>
      {error && (
        <p className="add-error" role="alert">
          {error}
        </p>
      )}
      <div className="add-actions">
        <button type="button" onClick={() => void save()} disabled={busy}>
          {t.fixSave}
        </button>
        <button
          type="button"
          onClick={() => {
            if (!author.trim()) return setError(t.fixNeedAuthor);
            if (window.confirm(t.fixDeleteAsk)) void run(() => send({ op: 'statement.delete', target: statement.id, value: null, author: author.trim() }));
          }}
          disabled={busy}
        >
          {t.fixDelete}
        </button>
      </div>
      <div className="fix-grid fix-split">
        <label htmlFor={`${id}-split`}>{t.splitAt}</label>
        {points.length ? (
          <select id={`${id}-split`} value={splitAt} onChange={(e) => setSplitAt(e.target.value)} disabled={busy}>
            <option value="">—</option>
            {points.map((p) => (
              <option key={p.at} value={p.at}>
                {t.splitWord(p.word, p.at)}
              </option>
            ))}
          </select>
        ) : (
          <span id={`${id}-split`} className="muted">
            {t.splitNone}
          </span>
        )}
      </div>
      <div className="add-actions">
        <button type="button" onClick={() => void split()} disabled={busy || !splitAt}>
          {t.splitSave}
        </button>
      </div>
      {others.length > 0 && (
        <>
          <div className="fix-grid fix-split">
            <label htmlFor={`${id}-merge`}>{t.mergeFrom}</label>
            <select id={`${id}-merge`} value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)} disabled={busy}>
              <option value="">—</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {t.mergeOption(actors.find((a) => a.id === o.speaker.actorId)?.label ?? o.speaker.actorId, quoteOf(o))}
                </option>
              ))}
            </select>
          </div>
          <div className="add-actions">
            <button type="button" onClick={() => void merge()} disabled={busy || !mergeFrom}>
              {t.mergeSave}
            </button>
          </div>
        </>
      )}
      {speakerActor && <ActorEdits actor={speakerActor} label={actors.find((a) => a.id === speakerActor.id)?.label ?? speakerActor.id} actors={actors} sender={sender} />}
      {mine.length > 0 && (
        <ol className="fix-history" aria-label={t.fixHistory}>
          {mine.map((e) => (
            <li key={e.id} className={e.undoneAt ? 'undone' : undefined}>
              {t.fixLine(t.opName[e.op] ?? e.op, valueWords(e, doc, lang), e.author, e.at.slice(0, 16).replace('T', ' '))}
              {e.undoneAt ? (
                <span className="muted"> — {t.fixUndone}</span>
              ) : (
                <button type="button" className="link" onClick={() => void run(() => send({}, `${base}/edits/${e.id}/undo`))} disabled={busy}>
                  {t.fixUndo}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
