// The explorer's pages while PostgreSQL cannot be reached: the HTTP server (scripts/server.ts) asks this gate
// before it hands a page request to Next, and answers 503 with a short page of its own (Retry-After, no script)
// instead of Next's error page with a 500. The API routes answer their own JSON 503s. One query at most a second
// per server, on one connection of its own.
import pg from 'pg';

export interface PageGate {
  /** Whether the database answers (remembered for `ttlMs`). */
  up(): Promise<boolean>;
  close(): Promise<void>;
}

export function pageGate(url: string | undefined, { ttlMs = 1000, timeoutMs = 2000 } = {}): PageGate | null {
  if (!url) return null;
  const pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: timeoutMs, idleTimeoutMillis: 10_000, query_timeout: timeoutMs });
  pool.on('error', () => {}); // a connection the server dropped: the next query finds out
  let checked = 0;
  let answer = true;
  let pending: Promise<boolean> | null = null;
  return {
    up() {
      if (Date.now() - checked < ttlMs) return Promise.resolve(answer);
      pending ??= pool
        .query('SELECT 1')
        .then(
          () => true,
          () => false,
        )
        .then((ok) => {
          answer = ok;
          checked = Date.now();
          pending = null;
          return ok;
        });
      return pending;
    },
    close: () => pool.end(),
  };
}

/** A page request the gate guards: a GET or HEAD of a page, not the API, Next's files, embeds' scripts or images. */
export function isPageRequest(method: string, url: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = url.split('?')[0]!;
  return !/^\/(?:api|_next|bench)(?:\/|$)/.test(path) && !/\.[a-z0-9]{2,5}$/i.test(path);
}

/** The page shown meanwhile: in the three languages of the UI, no script, a refresh after the Retry-After. */
export const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10"><title>Dateline — the corpus is unavailable</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}p{margin:.5rem 0}</style></head>
<body><main>
<h1>The corpus cannot be reached just now</h1>
<p>Its database is not answering (it may be restarting). Nothing you saved is lost. This page tries again in ten seconds.</p>
<p lang="ar" dir="rtl">لا يمكن الوصول إلى قاعدة البيانات الآن (قد تكون قيد إعادة التشغيل). لم يضع شيء مما حفظته. ستُعاد المحاولة بعد عشر ثوانٍ.</p>
<p lang="ru">База данных корпуса сейчас недоступна (возможно, она перезапускается). Сохраненное не потеряно. Страница обновится через десять секунд.</p>
</main></body></html>
`;
