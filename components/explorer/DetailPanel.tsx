'use client';
// What a selected mark is and where it comes from: speaker, cue, stance, channel, when it was said and when the
// event is, each with the source's own words and how the date was resolved, and every sentence that reports
// it with the spans highlighted in the original text.
import { useEffect, useRef } from 'react';
import { sentenceAt, sentences } from '@/lib/text/tokens';
import { eventWords, resolution } from '@/lib/view/describe';
import { actorLabel, formatClaim, formatSaid } from '@/lib/view/format';
import { MESSAGES } from '@/lib/view/i18n';
import { Warnings } from './Warnings';
import { Excerpt } from '@/components/reader/Excerpt';
import { rowOfKey, type Corpus } from './model';
import { Corrections } from './Corrections';
import { useExplorer } from './store';

export function DetailPanel({ corpus: c, zone, onServer = [] }: { corpus: Corpus; zone: string; onServer?: readonly string[] }) {
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.selected);
  const select = useExplorer((s) => s.select);
  const t = MESSAGES[lang];
  const r = rowOfKey(c, selected);
  const x = r ? c.extractions[r.doc] : undefined;
  // On a narrow screen the panel sits far below the chart and the table: a new selection brings it into view.
  const panel = useRef<HTMLElement>(null);
  const shown = r?.key ?? null;
  useEffect(() => {
    if (!shown || !panel.current || window.matchMedia?.('(min-width: 1101px)').matches) return;
    const box = panel.current.getBoundingClientRect();
    if (box.top > window.innerHeight || box.bottom < 0) panel.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [shown]);
  if (!r || !x) {
    return (
      <aside className="detail" aria-label={t.sentence}>
        <p className="muted">{t.noSelection}</p>
      </aside>
    );
  }
  const s = r.statement;
  const text = x.document.text;
  const te = (id: string | undefined) => x.timeExpressions.find((e) => e.id === id);
  const saidTe = te(s.saidAt.timeExpressionId);
  const claimTe = te(r.claim?.timeExpressionId);
  const list = sentences(text);
  const spans = [...new Map(s.mentions.map((m) => sentenceAt(list, m.start)).filter((x) => x !== undefined).map((x) => [x.start, x])).values()];
  const dirOf = x.document.lang === 'ar' ? 'rtl' : 'ltr';
  return (
    <aside className="detail" aria-label={t.sentence} aria-live="polite" ref={panel}>
      <header>
        <h2>
          {t.statementLine(actorLabel(c.lookup(s.speaker.actorId), lang, s.speaker.actorId), t.stanceName[s.stance], eventWords(r.event, lang))}
        </h2>
        <button type="button" className="link-button" onClick={() => select(null)}>
          {t.close}
        </button>
      </header>
      <Warnings x={x} />
      <dl>
        <dt>{t.cue}</dt>
        <dd>
          <bdi lang={x.document.lang} className="m-cue">
            {s.cue.text}
          </bdi>{' '}
          ({t.stanceName[s.stance]}
          {s.direct ? `${t.comma} «…»` : ''})
        </dd>
        <dt>{t.channel}</dt>
        <dd>{s.channel ? <bdi lang={x.document.lang}>{s.channel.text}</bdi> : <span className="muted">—</span>}</dd>
        <dt>{t.saidAt}</dt>
        <dd>
          <time dateTime={s.saidAt.interval?.start ?? s.saidAt.interval?.end ?? undefined}>{formatSaid(s.saidAt, x.document.published.value, zone, lang)}</time>
          <div className="how">{resolution(saidTe, x, lang, s.saidAt.corrected)}</div>
        </dd>
        <dt>{t.eventTime}</dt>
        <dd>
          {r.claim ? formatClaim(r.claim, zone, lang) : <span className="muted">{t.noTime}</span>}
          {r.claim && (
            <div className="how">{resolution(claimTe, x, lang, r.claim?.corrected)}</div>
          )}
          {r.event && (
            <div className="muted">
              {t.modality}: {t.modalityName[r.event.modality]}
              {r.event.cameo && (
                <>
                  {' · '}
                  <abbr title={t.cameo}>CAMEO</abbr> {r.event.cameo}
                </>
              )}
            </div>
          )}
        </dd>
        <dt>{t.document}</dt>
        <dd>
          <bdi lang={x.document.lang}>{x.document.title}</bdi>
        </dd>
      </dl>
      <h3>{t.sentence}</h3>
      <p>
        <a href={`#reader-${x.document.id}-${s.id}`} className="show-in-text">
          {t.showInText}
        </a>
      </p>
      {spans.map((span) => (
        <Excerpt key={span.start} extraction={x} start={span.start} end={span.end} statementId={s.id} timeIds={[s.saidAt.timeExpressionId, r.claim?.timeExpressionId, ...s.mentions.map((m) => m.timeExpressionId)]} dir={dirOf} />
      ))}
      {onServer.includes(x.document.id) && (
        <Corrections
          key={`${x.document.id}/${s.id}`}
          docId={x.document.id}
          statement={s}
          zone={x.document.timeZone}
          actors={x.actors.map((a) => ({ id: a.id, label: actorLabel(a, lang, a.id) })).sort((a, b) => a.label.localeCompare(b.label, lang))}
        />
      )}
    </aside>
  );
}
