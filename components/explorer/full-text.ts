'use client';
// A long document's text arrives sparse in the page (lib/view/sparse.ts): the views read their spans from it,
// and the source text, which reads all of it, fetches it whole when the document is opened.
import { useEffect, useState } from 'react';
import { fetchExtraction } from './api';
import { useExplorer } from './store';

/** `error` is what the fetch threw: its words are the UI language's (lib/view/api-errors' errorText). */
export type FullText = { state: 'ready' } | { state: 'loading' } | { state: 'error'; error: unknown; retry: () => void };

/** Whether the document's whole text is here; fetched (once) while `wanted` and it is not. */
export function useFullText(docId: string | undefined, wanted: boolean): FullText {
  const partial = useExplorer((s) => (docId ? s.partial.includes(docId) : false));
  const replace = useExplorer((s) => s.replaceExtraction);
  const [error, setError] = useState<{ e: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || !partial || !docId) return;
    let gone = false;
    setError(null);
    fetchExtraction(docId)
      .then((x) => {
        if (!gone) replace(x);
      })
      .catch((e: unknown) => {
        if (!gone) setError({ e });
      });
    return () => {
      gone = true;
    };
  }, [wanted, partial, docId, attempt, replace]);
  if (!partial) return { state: 'ready' };
  if (error) return { state: 'error', error: error.e, retry: () => setAttempt((a) => a + 1) };
  return { state: 'loading' };
}
