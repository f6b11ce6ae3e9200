'use client';
// Files a user loaded stay with the browser across reloads (localStorage), so a reload or a copied URL in the
// same browser loses nothing. Stored items are validated again on the way back in; what cannot be kept (the
// quota is a few MB) is said, not silently dropped.
import { useEffect } from 'react';
import type { Extraction } from '@/lib/model/schema';
import { MESSAGES } from '@/lib/view/i18n';
import { parseExtractionFile } from '@/lib/view/load';
import { useExplorerStore } from './store';

export const STORAGE_KEY = 'dateline.loaded.v1';

/** Only what the server does not keep (`bundled` at load, and what was added since) is stored in the browser. */
export function Persist({ bundled }: { bundled: string[] }) {
  const store = useExplorerStore();
  const bundledKey = bundled.join('\n');
  useEffect(() => {
    const own = (xs: Extraction[]) => {
      const ids = new Set([...bundledKey.split('\n'), ...store.getState().serverDocs]);
      return xs.filter((x) => !ids.has(x.document.id));
    };
    let saved = '';
    try {
      saved = window.localStorage.getItem(STORAGE_KEY) ?? '';
    } catch {
      /* storage disabled: nothing to restore */
    }
    if (saved) {
      const r = parseExtractionFile(saved);
      if (r.ok) for (const x of r.extractions) store.getState().addExtraction(x);
      else window.localStorage.removeItem(STORAGE_KEY);
    }
    let last = JSON.stringify(own(store.getState().extractions));
    return store.subscribe((s) => {
      const next = own(s.extractions);
      const json = JSON.stringify(next);
      if (json === last) return;
      last = json;
      try {
        if (next.length) window.localStorage.setItem(STORAGE_KEY, json);
        else window.localStorage.removeItem(STORAGE_KEY);
      } catch {
        s.notify({ kind: 'info', text: MESSAGES[s.lang].notKept });
      }
    });
  }, [store, bundledKey]);
  return null;
}
