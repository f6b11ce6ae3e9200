'use client';
// Keeps the address bar equal to the view: every change is written (coalesced, replaceState so the back
// button is not flooded by zooming), and back/forward restore the view they point at.
import { useEffect } from 'react';
import { decodeView, encodeView } from '@/lib/url/view-state';
import { useExplorerStore, viewOf } from './store';

export const URL_DELAY_MS = 200;

export function UrlSync() {
  const store = useExplorerStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = encodeView(viewOf(store.getState())).toString();
    const unsubscribe = store.subscribe((s) => {
      const next = encodeView(viewOf(s)).toString();
      if (next === last) return;
      last = next;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
        window.history.replaceState(window.history.state, '', url);
      }, URL_DELAY_MS);
    });
    const onPop = () => {
      const { state } = decodeView(window.location.search);
      last = encodeView(state).toString();
      store.getState().set(state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
    };
  }, [store]);
  return null;
}
