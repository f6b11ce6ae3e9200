'use client';
// Who makes a correction: asked once, remembered in this browser (every edit is kept with its author).
import { useEffect, useState } from 'react';

const AUTHOR_KEY = 'dateline.author';

/** The author's name as typed, its setter, and `remember` (saves it; returns it trimmed, '' when none). */
export function useAuthor(): [string, (name: string) => void, () => string] {
  const [author, setAuthor] = useState('');
  useEffect(() => {
    try {
      setAuthor((a) => a || (window.localStorage.getItem(AUTHOR_KEY) ?? ''));
    } catch {
      /* storage disabled: asked each time */
    }
  }, []);
  const remember = () => {
    const name = author.trim();
    if (name) {
      try {
        window.localStorage.setItem(AUTHOR_KEY, name);
      } catch {
        /* not kept: asked again next time */
      }
    }
    return name;
  };
  return [author, setAuthor, remember];
}
