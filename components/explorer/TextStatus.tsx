'use client';
// What a long document's text is doing while it is fetched whole (see full-text.ts): on its way, or why not,
// with a retry.
import { MESSAGES, type UiLang } from '@/lib/view/i18n';
import { errorText } from '@/lib/view/api-errors';
import type { FullText } from './full-text';

export function TextStatus({ text, lang }: { text: Exclude<FullText, { state: 'ready' }>; lang: UiLang }) {
  const t = MESSAGES[lang];
  return text.state === 'loading' ? (
    <p className="muted" role="status">
      {t.textLoading}
    </p>
  ) : (
    <p className="add-error" role="alert">
      {t.textFailed(errorText(lang, text.error))}{' '}
      <button type="button" className="link-button" onClick={text.retry}>
        {t.textRetry}
      </button>
    </p>
  );
}
