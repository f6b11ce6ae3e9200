import { Reader } from '@/components/reader/Reader';
import { StatementList } from '@/components/statements/StatementList';
import { loadCorpus } from '@/lib/server/corpus';
import { actorLabel } from '@/lib/view/format';

// The corpus is read from data/ on the server at request time.
export const dynamic = 'force-dynamic';

export default function Home() {
  const corpus = loadCorpus();
  return (
    <main>
      <header className="masthead">
        <h1>Dateline</h1>
        <p>Who said what, when they said it, and when the thing they spoke about happened.</p>
      </header>
      {corpus.length === 0 && <p className="empty">The corpus is empty: add articles to data/corpus/.</p>}
      {corpus.map((x) => {
        const doc = x.document;
        const publisher = x.actors.find((a) => a.id === doc.publisher);
        return (
          <section key={doc.id} className="document" aria-labelledby={`title-${doc.id}`}>
            <h2 id={`title-${doc.id}`} lang={doc.lang} dir={doc.lang === 'ar' ? 'rtl' : 'ltr'}>
              {doc.title}
            </h2>
            <p className="meta">
              {actorLabel(publisher, 'en', doc.publisher)} · published{' '}
              {doc.published.value ? <time dateTime={doc.published.value}>{doc.published.value}</time> : 'on an unknown date'}
              {doc.published.source === 'inferred' && <span className="badge"> inferred from the text</span>} ·{' '}
              {doc.timeZone}
            </p>
            <Legend />
            <Reader extraction={x} />
            <StatementList extraction={x} />
            {x.warnings.length > 0 && (
              <details className="warnings">
                <summary>{x.warnings.length} warnings</summary>
                <ul>
                  {x.warnings.map((w) => (
                    <li key={w}>{w}</li>
                  ))}
                </ul>
              </details>
            )}
          </section>
        );
      })}
    </main>
  );
}

const LEGEND: [string, string][] = [
  ['m-actor', 'actor'],
  ['m-cue', 'cue'],
  ['m-time', 'time expression'],
  ['m-channel', 'channel'],
  ['m-content', 'statement content'],
];

function Legend() {
  return (
    <ul className="legend" aria-label="Highlight legend">
      {LEGEND.map(([className, label]) => (
        <li key={className}>
          <mark className={className}>{label}</mark>
        </li>
      ))}
    </ul>
  );
}
