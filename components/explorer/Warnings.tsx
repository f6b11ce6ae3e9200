'use client';
// What the engine could not decide about a document (a weekday that contradicts a date, an office it cannot
// attribute, a dateline that names another day), shown wherever the document's statements are read, in the UI
// language (by each warning's code) where the extraction gives codes, else as the engine wrote them in English.
import type { Extraction } from '@/lib/model/schema';
import { MESSAGES, dirOf } from '@/lib/view/i18n';
import { warningLines } from '@/lib/view/warnings';
import { useExplorer } from './store';

/** What the engine could not decide about a document, shown where its statements are read. */
export function Warnings({ x }: { x: Extraction }) {
  const lang = useExplorer((s) => s.lang);
  const t = MESSAGES[lang];
  if (!x.warnings.length) return null;
  return (
    <div className="doc-warnings" role="note">
      <p>{t.warningsTitle}</p>
      <ul>
        {warningLines(x, lang).map((w, i) => (
          <li key={i}>
            <bdi lang={w.lang} dir={w.lang === lang ? dirOf(lang) : 'auto'}>
              {w.text}
            </bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
