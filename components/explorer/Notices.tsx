'use client';
// The explorer's messages (a kept article, a refused file, ignored URL parts), each dismissable; the corpus
// overview shows them too.
import { MESSAGES } from '@/lib/view/i18n';
import { useExplorer } from './store';

export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismiss);
  const lang = useExplorer((s) => s.lang);
  const dismissAll = useExplorer((s) => s.dismissAll);
  if (!notices.length) return null;
  return (
    <>
      {notices.length > 1 && (
        <p className="notices-all">
          <button type="button" className="link-button" onClick={dismissAll}>
            {MESSAGES[lang].dismissAll(notices.length)}
          </button>
        </p>
      )}
      <ul className="notices">
        {notices.map((n, i) => (
          <li key={i} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <bdi>{n.text}</bdi>{' '}
            {n.detail && (
              <details className="notice-detail">
                <summary>{MESSAGES[lang].details}</summary>
                <code dir="ltr">{n.detail}</code>
              </details>
            )}
            <button type="button" className="link-button" onClick={() => dismiss(i)}>
              {MESSAGES[lang].close}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
