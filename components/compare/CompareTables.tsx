// The compare view's tables, without hooks (the explorer, the still embed and tests render them): each source's
// claimed time with its words, and the facts each source states, with agreement, disagreement and silence
// told apart in words and not by colour alone. Every cell links to the words it was read from.
import type { Claim, EventGroup, FactRow } from '@/lib/compare';
import { claimWhenIn } from '@/lib/view/compare-words';
import { MESSAGES, type UiLang } from '@/lib/view/i18n';

export type Words = { doc: string; start: number; end: number };

/** The claims as a table: the chart's words for screen readers and for reading, each linked to its source words. */
/** What a source's statement says, for the tables: its stance in words and its own words (quoted). */
export type Said = { stance: string; quote: string; words: Words } | null;

export function ClaimTable({ g, lang, sourceOf, hrefOf, onShow, target, saidOf }: { g: EventGroup; lang: UiLang; sourceOf: (c: Claim) => string; hrefOf: (c: Claim) => string; onShow?: (c: Claim) => (e: React.MouseEvent) => void; target?: string; saidOf?: (c: Claim) => Said }) {
  const t = MESSAGES[lang];
  const inConsensus = new Set(g.consensus?.claims ?? []);
  return (
    <table className="cmp-claims">
      <caption className="visually-hidden">{t.cmpClaimsCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.cmpSource}</th>
          <th scope="col">{t.cmpClaimed}</th>
          <th scope="col">{t.cmpWords}</th>
          {saidOf && <th scope="col">{t.cmpQuote}</th>}
        </tr>
      </thead>
      <tbody>
        {g.claims.map((cl, i) => (
          <tr key={i} className={cl.interval && g.consensus && !inConsensus.has(cl) ? 'conflict' : undefined}>
            <th scope="row">
              <bdi>{sourceOf(cl)}</bdi>
            </th>
            <td>
              {claimWhenIn(cl, lang)}
              {cl.reinterpreted && <span className="muted"> — {t.cmpReinterpreted}</span>}
              {cl.corrected && <span className="muted"> — {t.cmpCorrected}</span>}
              {cl.interval && g.consensus && !inConsensus.has(cl) && <strong> — {t.cmpOutside}</strong>}
            </td>
            <td>
              <a href={hrefOf(cl)} onClick={onShow?.(cl)} target={target} className="cmp-words-link">
                <bdi>{cl.words.text.length > 80 ? `${cl.words.text.slice(0, 80)}…` : cl.words.text}</bdi>
              </a>
            </td>
            {saidOf && <td>{quoteCell(saidOf(cl))}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function FactsMatrix({ rows, sources, lang, name, hrefOf, show, target, claims }: { rows: FactRow[]; sources: { key: string; label: string }[]; lang: UiLang; name: (id: string) => string; hrefOf: (w: Words) => string; show?: (w: Words) => (e: React.MouseEvent) => void; target?: string; claims?: readonly Claim[] }) {
  const t = MESSAGES[lang];
  const labelOf = new Map(sources.map((s) => [s.key, s.label]));
  const valueWords = (kind: string, value: string, label?: string, fact?: { docId: string; statementId: string }) => {
    // A time in words, as the claims table reads it (late evening of 30 Dec, Moscow), not its TIMEX3 code.
    if (kind === 'time') {
      const claim = fact && claims?.find((c) => c.docId === fact.docId && c.statementId === fact.statementId && c.value === value);
      return claim ? claimWhenIn(claim, lang) : value;
    }
    if (kind === 'initiator') return name(value);
    if (kind === 'participants') return value.split('+').map(name).join(t.listSep);
    return label ?? value;
  };
  return (
    <div className="cmp-matrix-wrap">
      <table className="cmp-matrix">
        <caption className="visually-hidden">{t.cmpFactsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cmpFact}</th>
            {sources.map((s) => (
              <th scope="col" key={s.key}>
                <bdi>{s.label}</bdi>
              </th>
            ))}
            <th scope="col">{t.cmpAcross}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.kind} data-status={r.status}>
              <th scope="row">{t.factKind[r.kind] ?? r.kind}</th>
              {sources.map((s) => {
                const cell = r.cells.find((x) => x.source === s.key);
                if (!cell || cell.value === 'silent' || !cell.fact) {
                  return (
                    <td key={s.key} className="silent">
                      {t.cmpSilent}
                    </td>
                  );
                }
                const f = cell.fact;
                const w = { doc: f.docId, start: f.span.start, end: f.span.end };
                const disagree = r.status === 'disagree';
                const original = cell.differsFromOriginal ? labelOf.get(cell.differsFromOriginal) : undefined;
                return (
                  <td key={s.key} className={disagree ? 'disagree' : r.status === 'agree' ? 'agree' : 'single'}>
                    <a href={hrefOf(w)} onClick={show?.(w)} target={target} title={f.text}>
                      <bdi>{valueWords(r.kind, cell.value, cell.label, f)}</bdi>
                    </a>
                    {original && (
                      <strong className="cmp-differs">
                        {' '}
                        — {t.cmpDiffersFromOriginal(original)}
                      </strong>
                    )}
                  </td>
                );
              })}
              <td className={`status ${r.status}`}>{t.factStatus[r.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const clip = (q: string, n = 160) => (q.length > n ? `${q.slice(0, n)}…` : q);
const quoteCell = (said: Said) =>
  said ? (
    <>
      <span className="cmp-stance">{said.stance}</span>{' '}
      <q>
        <bdi>{clip(said.quote)}</bdi>
      </q>
    </>
  ) : null;

/** Each source's stance and its own quoted words, side by side: what a researcher compares most. */
export function SourcesSaid({ rows, lang, hrefOf, show, target }: { rows: { key: string; label: string; said: Said }[]; lang: UiLang; hrefOf: (w: Words) => string; show?: (w: Words) => (e: React.MouseEvent) => void; target?: string }) {
  const t = MESSAGES[lang];
  return (
    <div className="cmp-said-wrap">
      <table className="cmp-said">
        <caption className="visually-hidden">{t.cmpSaidTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{t.cmpSource}</th>
            <th scope="col">{t.cmpStance}</th>
            <th scope="col">{t.cmpTheirWords}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                <bdi>{r.label}</bdi>
              </th>
              <td>{r.said?.stance ?? '—'}</td>
              <td>
                {r.said ? (
                  <a href={hrefOf(r.said.words)} onClick={show?.(r.said.words)} target={target}>
                    <q>
                      <bdi>{clip(r.said.quote, 240)}</bdi>
                    </q>
                  </a>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
