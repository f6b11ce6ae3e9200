// " · the original article": a link out to a document's own address, when it is a web address (an address from
// a file or an upload is shown only if it is http(s), never as a javascript: or data: link).
import { MESSAGES, type UiLang } from '@/lib/view/i18n';

export function OriginalLink({ url, lang }: { url: string | undefined; lang: UiLang }) {
  if (!url || !/^https?:\/\//.test(url)) return null;
  return (
    <>
      {' · '}
      <a href={url} target="_blank" rel="noopener noreferrer">
        {MESSAGES[lang].original}
      </a>
    </>
  );
}
