// What an embed says to the page around it, and how the embed's own parameters are read. The message is
// documented in the README: { type: 'dateline:height', height, href } posted to the parent whenever the
// embed's content height changes; public/embed.js sizes the matching iframe from it.
export const HEIGHT_MESSAGE = 'dateline:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The content height in CSS pixels. */
  height: number;
  /** The embed's own URL, so a page with several embeds knows which iframe to size. */
  href: string;
}

export function isHeightMessage(x: unknown): x is HeightMessage {
  if (!x || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  return m.type === HEIGHT_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0 && typeof m.href === 'string';
}

export interface EmbedOptions {
  theme: 'light' | 'dark';
  title: string | null;
  caption: string | null;
  source: string | null;
}

const MAX_LINE = 300;
const line = (v: string | null) => {
  const s = v?.replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, MAX_LINE) : null;
};

/** The embed's own parameters (the view's come from decodeView): theme and the title, caption and source lines. */
export function embedOptions(params: URLSearchParams): EmbedOptions {
  return {
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    title: line(params.get('title')),
    caption: line(params.get('caption')),
    source: line(params.get('source')),
  };
}

/** Parameters an embed URL keeps from an explorer URL: the view, nothing of the explorer's own panels. */
export function embedSearch(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const k of ['view', 'graph', 'sort']) out.delete(k);
  return out;
}
