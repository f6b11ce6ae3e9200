'use client';
// What the engine could not decide about a document (a weekday that contradicts a date, an office it cannot
// attribute, a dateline that names another day), shown wherever the document's statements are read.
import type { Extraction } from '@/lib/model/schema';
import { MESSAGES } from '@/lib/view/i18n';
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
        {x.warnings.map((w, i) => (
          <li key={i}>
            <bdi dir="auto">{w}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
