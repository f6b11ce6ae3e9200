'use client';
// Keeps the address bar equal to the view: every change is written (coalesced); zooming replaces the
// history entry, other changes push one; back and forward restore the view they point at.
import { useEffect } from 'react';
import { decodeView, encodeView } from '@/lib/url/view-state';
import { useExplorerStore, viewOf } from './store';

export const URL_DELAY_MS = 200;

export function UrlSync() {
  const store = useExplorerStore();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastState = viewOf(store.getState());
    let last = encodeView(lastState).toString();
    const write = (query: string, push: boolean) => {
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    };
    // The address as loaded may hold values decode ignored: write back the view actually shown.
    if (window.location.search.replace(/^\?/, '') !== last) write(last, false);
    let pending = false;
    const unsubscribe = store.subscribe((s) => {
      const state = viewOf(s);
      const next = encodeView(state).toString();
      if (next === last) return;
      // Zooming and panning replace the history entry; a filter, a selection or a language is a step Back undoes.
      pending ||= encodeView({ ...lastState, window: null }).toString() !== encodeView({ ...state, window: null }).toString();
      last = next;
      lastState = state;
      clearTimeout(timer);
      timer = setTimeout(() => {
        write(next, pending);
        pending = false;
      }, URL_DELAY_MS);
    });
    const onPop = () => {
      const { state } = decodeView(window.location.search);
      last = encodeView(state).toString();
      lastState = state;
      clearTimeout(timer);
      pending = false;
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
