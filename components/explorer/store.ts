'use client';
// The explorer's one store, in slices: the view (what the URL holds), the corpus (documents in this tab) and
// transient pointer state. Created per page inside a provider (the zustand Next.js pattern), so server
// renders never share a store; components read one field each through selectors.
import { createContext, createElement, useContext, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Extraction } from '@/lib/model/schema';
import { type SparseText, withSparseText } from '@/lib/view/sparse';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/view-state';

/** A message for the user; `detail` is the technical reason, shown folded. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
  detail?: string;
}

export interface ExplorerState extends ViewState {
  extractions: Extraction[];
  /** Documents whose text came sparse (only the spans the views read): the source text fetches it whole. */
  partial: string[];
  /** Messages about loaded files and ignored URL parts, shown until dismissed. */
  notices: Notice[];
  hovered: string | null;
  set: (patch: Partial<ViewState>) => void;
  setWindow: (w: ViewState['window']) => void;
  /** A timeline or table selection (a mark key); clears the graph's. */
  select: (key: string | null) => void;
  /** A graph selection (node or edge id); clears the timeline's, whose marks then follow the graph's. */
  selectNode: (id: string | null) => void;
  hover: (key: string | null) => void;
  toggle: (field: 'docs' | 'actors' | 'sides' | 'stances' | 'eventTypes' | 'channels' | 'collapsed', value: string) => void;
  clearFilters: () => void;
  addExtraction: (x: Extraction) => void;
  /** Ids of the documents the server keeps (they can be corrected, embedded and exported by URL). */
  serverDocs: string[];
  /** A document the server now keeps: shown, and known as the server's. */
  addServerDocument: (x: Extraction) => void;
  /** A document's new reading (after a correction): replaced where it is, the order of documents kept. */
  replaceExtraction: (x: Extraction) => void;
  notify: (n: Notice) => void;
  dismiss: (i: number) => void;
  dismissAll: () => void;
}

export type ExplorerStore = StoreApi<ExplorerState>;

export function createExplorerStore(init: { view: ViewState; extractions: Extraction[]; notices?: ExplorerState['notices']; serverDocs?: string[]; sparse?: Record<string, SparseText> }): ExplorerStore {
  const sparse = init.sparse ?? {};
  return createStore<ExplorerState>()((set) => ({
    ...init.view,
    extractions: init.extractions.map((x) => (sparse[x.document.id] ? withSparseText(x, sparse[x.document.id]!) : x)),
    partial: init.extractions.filter((x) => sparse[x.document.id]).map((x) => x.document.id),
    notices: init.notices ?? [],
    serverDocs: init.serverDocs ?? [],
    hovered: null,
    set: (patch) => set(patch),
    // Windows are whole milliseconds: the URL keeps them exactly.
    setWindow: (w) => set({ window: w ? { start: Math.round(w.start), end: Math.round(w.end) } : null }),
    select: (key) => set(key ? { selected: key, node: null } : { selected: null }),
    selectNode: (id) => set(id ? { node: id, selected: null } : { node: null }),
    hover: (key) => set({ hovered: key }),
    toggle: (field, value) =>
      set((s) => {
        const list = s[field] as string[];
        return { [field]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] } as Partial<ExplorerState>;
      }),
    clearFilters: () =>
      set({ docs: DEFAULT_VIEW.docs, actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '' }),
    addExtraction: (x) =>
      set((s) => ({ extractions: [...s.extractions.filter((e) => e.document.id !== x.document.id), x], partial: s.partial.filter((id) => id !== x.document.id) })),
    addServerDocument: (x) =>
      set((s) => ({
        extractions: [...s.extractions.filter((e) => e.document.id !== x.document.id), x],
        partial: s.partial.filter((id) => id !== x.document.id),
        serverDocs: s.serverDocs.includes(x.document.id) ? s.serverDocs : [...s.serverDocs, x.document.id],
      })),
    // A reading from the server is whole: the document is no longer partial.
    replaceExtraction: (x) => set((s) => ({ extractions: s.extractions.map((e) => (e.document.id === x.document.id ? x : e)), partial: s.partial.filter((id) => id !== x.document.id) })),
    notify: (n) => set((s) => ({ notices: [...s.notices, n] })),
    dismiss: (i) => set((s) => ({ notices: s.notices.filter((_, j) => j !== i) })),
    dismissAll: () => set({ notices: [] }),
  }));
}

const StoreContext = createContext<ExplorerStore | null>(null);

export function ExplorerProvider({ init, children }: { init: Parameters<typeof createExplorerStore>[0]; children: ReactNode }) {
  const [store] = useState(() => createExplorerStore(init));
  return createElement(StoreContext.Provider, { value: store }, children);
}

export function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorer must be used inside <ExplorerProvider>');
  return store;
}

export function useExplorer<T>(selector: (s: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}

/** The view part of the state, as the URL encodes it. */
export function viewOf(s: ExplorerState): ViewState {
  const { docs, actors, sides, stances, eventTypes, channels, q, window, selected, lang, zone, rtl, view, collapsed, sort, node, graph, group, words } = s;
  return { docs, actors, sides, stances, eventTypes, channels, q, window, selected, lang, zone, rtl, view, collapsed, sort, node, graph, group, words };
}
