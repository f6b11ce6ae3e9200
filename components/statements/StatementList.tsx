// The statements of a document as a table: who, how, said when, about what, and when that is.
import type { Extraction } from '@/lib/model/schema';
import { actorLabel, formatInterval } from '@/lib/view/format';

export function StatementList({ extraction }: { extraction: Extraction }) {
  const { document: doc, statements, events, actors } = extraction;
  const actor = (id: string) => actors.find((a) => a.id === id);
  const zone = doc.timeZone;
  if (statements.length === 0) return <p className="empty">No attributed statements were found in this text.</p>;
  return (
    <table className="statements">
      <caption>Statements ({statements.length})</caption>
      <thead>
        <tr>
          <th scope="col">Speaker</th>
          <th scope="col">Stance</th>
          <th scope="col">Said</th>
          <th scope="col">About</th>
          <th scope="col">When</th>
          <th scope="col">Channel</th>
        </tr>
      </thead>
      <tbody>
        {statements.map((s) => {
          const speaker = actor(s.speaker.actorId);
          const event = events.find((e) => e.id === s.eventId);
          const claim = event?.timeClaims.find((c) => c.statementId === s.id);
          return (
            <tr key={s.id} id={s.id} data-stance={s.stance}>
              <td>
                <span className="en">{actorLabel(speaker, 'en', s.speaker.actorId)}</span>{' '}
                <span className="ar" lang="ar" dir="rtl">
                  {actorLabel(speaker, 'ar', '')}
                </span>
              </td>
              <td>
                <span className={`stance stance-${s.stance}`}>{s.stance}</span>{' '}
                <span lang="ar" dir="rtl" className="cue">
                  «{s.cue.text}»
                </span>
              </td>
              <td>
                {s.saidAt.bound ? (
                  <span title="No expression dates this statement: the publication only bounds it">
                    undated ({formatInterval(s.saidAt.interval, zone, 'en-GB')})
                  </span>
                ) : (
                  <time dateTime={s.saidAt.interval?.start ?? undefined}>{formatInterval(s.saidAt.interval, zone, 'en-GB')}</time>
                )}
              </td>
              <td>
                {event ? `${event.label.en}${event.cameo ? ` (CAMEO ${event.cameo})` : ''} — ${event.modality}` : '—'}
              </td>
              <td>{claim ? formatInterval(claim.interval, zone, 'en-GB') : <span className="muted">no time given</span>}</td>
              <td>{s.channel ? <span lang="ar" dir="rtl">{s.channel.text}</span> : <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
