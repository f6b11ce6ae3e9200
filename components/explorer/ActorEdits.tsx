'use client';
// The speaker of a statement as an actor of its document: rename it (English or Arabic name) or merge it into
// another actor the machine made of the same one. Each is an edit of the document (actor.rename, actor.merge),
// sent through the statement's corrections (the same author, the same saving state and error line).
import { useEffect, useId, useState } from 'react';
import type { Actor } from '@/lib/model/schema';
import { MESSAGES } from '@/lib/view/i18n';
import { useExplorer } from './store';

export interface EditSender {
  /** Whether an edit is on its way (the controls wait). */
  busy: boolean;
  /** Runs the sending, shows its error, reads the document back. */
  run: (f: () => Promise<void>) => Promise<void>;
  /** The author's name (throws, asking for it, when none is given). */
  sign: () => string;
  /** Posts one edit with the author's name (throws with the server's message). */
  send: (op: string, target: string, value: unknown) => Promise<void>;
}

export function ActorEdits({
  actor,
  label,
  actors,
  sender,
}: {
  actor: Actor;
  label: string;
  actors: readonly { id: string; label: string }[];
  sender: EditSender;
}) {
  const lang = useExplorer((s) => s.lang);
  const t = MESSAGES[lang];
  const id = useId();
  const [en, setEn] = useState(actor.names.en[0] ?? '');
  const [ar, setAr] = useState(actor.names.ar[0] ?? '');
  const [ru, setRu] = useState(actor.names.ru[0] ?? '');
  const [into, setInto] = useState('');
  useEffect(() => {
    setEn(actor.names.en[0] ?? '');
    setAr(actor.names.ar[0] ?? '');
    setRu(actor.names.ru[0] ?? '');
    setInto('');
  }, [actor]);
  const { busy, run, send, sign } = sender;
  const others = actors.filter((a) => a.id !== actor.id);

  const rename = () =>
    run(async () => {
      sign();
      const value = {
        ...(en.trim() && en.trim() !== actor.names.en[0] ? { en: en.trim() } : {}),
        ...(ar.trim() && ar.trim() !== actor.names.ar[0] ? { ar: ar.trim() } : {}),
        ...(ru.trim() && ru.trim() !== actor.names.ru[0] ? { ru: ru.trim() } : {}),
      };
      if (!value.en && !value.ar && !value.ru) throw new Error(t.actorNeedName);
      await send('actor.rename', actor.id, value);
    });
  const merge = () => {
    const target = others.find((a) => a.id === into);
    if (!target) return;
    void run(async () => {
      sign();
      if (!window.confirm(t.actorMergeAsk(label, target.label))) return;
      // The chosen actor stays; this one goes into it.
      await send('actor.merge', target.id, { from: actor.id });
    });
  };

  return (
    <fieldset className="fix-actor">
      <legend>{t.actorTitle(label)}</legend>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void rename();
        }}
      >
        <div className="fix-grid">
          <label htmlFor={`${id}-en`}>{t.actorNameEn}</label>
          <input
            id={`${id}-en`}
            lang="en"
            dir="ltr"
            value={en}
            onChange={(e) => setEn(e.target.value)}
            maxLength={200}
            disabled={busy}
          />
          <label htmlFor={`${id}-ar`}>{t.actorNameAr}</label>
          <input
            id={`${id}-ar`}
            lang="ar"
            dir="rtl"
            value={ar}
            onChange={(e) => setAr(e.target.value)}
            maxLength={200}
            disabled={busy}
          />
          <label htmlFor={`${id}-ru`}>{t.actorNameRu}</label>
          <input
            id={`${id}-ru`}
            lang="ru"
            dir="ltr"
            value={ru}
            onChange={(e) => setRu(e.target.value)}
            maxLength={200}
            disabled={busy}
          />
        </div>
        <div className="add-actions">
          <button type="submit" disabled={busy}>
            {t.actorRename}
          </button>
        </div>
      </form>
      <div className="fix-grid">
        <label htmlFor={`${id}-into`}>{t.actorSameAs}</label>
        <select id={`${id}-into`} value={into} onChange={(e) => setInto(e.target.value)} disabled={busy}>
          <option value="">{t.actorChoose}</option>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </div>
      <div className="add-actions">
        <button type="button" onClick={merge} disabled={busy || !into}>
          {t.actorMerge}
        </button>
      </div>
    </fieldset>
  );
}
