'use client';
// Load Extraction JSON from a file picker or a drop anywhere on the page. A bad file gets a clear notice and
// leaves every loaded document in place.
import { useEffect, useId } from 'react';
import { MESSAGES } from '@/lib/view/i18n';
import { MAX_FILE_BYTES, parseExtractionFile } from '@/lib/view/load';
import { useExplorer, useExplorerStore } from './store';

/** The file as UTF-8 text (malformed bytes become U+FFFD, which the parser then reports). */
function readText(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error ?? new Error('the file could not be read'));
    r.readAsText(f, 'utf-8');
  });
}

export function useLoadFiles() {
  const store = useExplorerStore();
  return async (files: Iterable<File>) => {
    const { lang, addExtraction, notify, extractions } = store.getState();
    const t = MESSAGES[lang];
    for (const f of files) {
      const bytes = f.size;
      let text = '';
      try {
        text = bytes > MAX_FILE_BYTES ? '' : await readText(f);
      } catch (e) {
        notify({ kind: 'error', text: t.notAnExtraction(f.name, t.fileError.unreadable('')), detail: (e as Error).message });
        continue;
      }
      const r = parseExtractionFile(text, bytes);
      if (!r.ok) {
        notify({ kind: 'error', text: t.notAnExtraction(f.name, t.fileError[r.code]((bytes / 1048576).toFixed(1))), detail: r.error });
        continue;
      }
      for (const x of r.extractions) {
        if (extractions.some((e) => e.document.id === x.document.id)) notify({ kind: 'info', text: t.duplicateDocument(x.document.id) });
        addExtraction(x);
        notify({ kind: 'info', text: t.loaded(f.name, x.statements.length) });
      }
    }
  };
}

export function FileLoader() {
  const lang = useExplorer((s) => s.lang);
  const load = useLoadFiles();
  const id = useId();
  const t = MESSAGES[lang];
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      void load(e.dataTransfer.files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });
  return (
    <span className="file-loader">
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        multiple
        className="visually-hidden"
        onChange={(e) => {
          if (e.target.files) void load(e.target.files);
          e.target.value = '';
        }}
      />
      <label htmlFor={id} className="button">
        {t.loadFile}
      </label>{' '}
      <span className="muted drop-hint">{t.dropHint}</span>
    </span>
  );
}
