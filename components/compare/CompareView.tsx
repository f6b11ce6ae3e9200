'use client';
// Compare sources (the explorer's third tab, and /compare): the events every document speaks of, grouped across
// documents with the reasons for each grouping; for the one chosen, each source's claimed time on a shared axis
// with the consensus and any conflict said in words, the facts each source states or is silent on, who reported
// it first, the words of any cell shown highlighted in its text, and a reviewer's word on the grouping (kept as
// an `event.align` edit on the server).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { type Claim, type EventGroup, type FirstReportEntry } from '@/lib/compare';
import { cityOf, conflictWordsIn, gapWordsIn, reasonWordsIn } from '@/lib/view/compare-words';
import { eventName } from '@/lib/view/event-names';
import type { Extraction } from '@/lib/model/schema';
import { encodeView } from '@/lib/url/view-state';
import { alignShown, chainWords, filterGroups } from '@/lib/view/compare';
import { actorLabel, formatInterval } from '@/lib/view/format';
import { LOCALE, MESSAGES, dirOf, iso } from '@/lib/view/i18n';
import type { Corpus } from '../explorer/model';
import { useZone } from '../explorer/model';
import { useAuthor } from '../explorer/author';
import { ok } from '../explorer/api';
import { apiErrorOf, errorText } from '@/lib/view/api-errors';
import { OriginalLink } from '../explorer/OriginalLink';
import { useFullText } from '../explorer/full-text';
import { TextStatus } from '../explorer/TextStatus';
import { useExplorer, useExplorerStore, viewOf } from '../explorer/store';
import { CompareChart } from './CompareChart';
import { ClaimTable, FactsMatrix, SourcesSaid, type Said } from './CompareTables';

import type { Words } from './CompareTables';

/** The alignment of the documents the view shows, with reviewers' decisions; recomputed when a document changes. */
/** The corpus's actors, for naming a speech act's speaker in Russian ("Заявление: Дмитрий Песков"). */
const actorsOf = (c: Corpus, lang: string) => (lang === 'ru' ? c.extractions.flatMap((x) => x.actors) : []);

export function useAlignment(c: Corpus) {
  const docs = useExplorer((s) => s.docs);
  return useMemo(() => alignShown(c.extractions, docs), [c, docs]);
}

/** The width of an element, measured after the first paint (the server renders at `initial`). */
function useWidth(initial: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(280, Math.floor(el.clientWidth)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}

export function CompareView({ corpus: c, onServer }: { corpus: Corpus; onServer: readonly string[] }) {
  const { ref, width } = useWidth(720);
  const lang = useExplorer((st) => st.lang);
  const groupId = useExplorer((st) => st.group);
  const words = useExplorer((st) => st.words);
  const eventTypes = useExplorer((st) => st.eventTypes);
  const actors = useExplorer((st) => st.actors);
  const q = useExplorer((st) => st.q);
  const set = useExplorer((st) => st.set);
  const t = MESSAGES[lang];
  const zone = useZone(c);
  const alignment = useAlignment(c);
  const groups = useMemo(() => filterGroups(alignment.groups, { eventTypes, actors, q }, lang), [alignment, eventTypes, actors, q, lang]);
  const named = useMemo(() => actorsOf(c, lang), [c, lang]);
  const group = groups.find((g) => g.id === groupId) ?? groups[0] ?? null;
  const id = useId();
  if (!groups.length)
    return (
      <div className="cmp" ref={ref}>
        <p className="empty">{c.extractions.length ? t.cmpNothing : t.emptyCorpus}</p>
      </div>
    );
  const compared = groups.filter((g) => g.sources.length > 1).length;
  return (
    <div className="cmp" dir={dirOf(lang)} ref={ref}>
      <nav className="cmp-groups" aria-labelledby={`${id}-groups`}>
        <h2 id={`${id}-groups`}>{t.cmpGroups(groups.length, compared)}</h2>
        <ul>
          {groups.map((g) => (
            <li key={g.id}>
              <button type="button" aria-pressed={g === group} onClick={() => set({ group: g.id, words: null })}>
                <span className="cmp-g-label">{eventName(g, lang, named)}</span>
                <span className="muted"> {t.cmpGroupLine(g.sources.length, g.claims.filter((x) => x.interval).length, g.conflictCount)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {group && <GroupDetail key={group.id} c={c} group={group} zone={zone} width={width} words={words} groups={groups} onServer={onServer} />}
    </div>
  );
}

function GroupDetail({ c, group: g, zone, width, words, groups, onServer }: { c: Corpus; group: EventGroup; zone: string; width: number; words: Words | null; groups: EventGroup[]; onServer: readonly string[] }) {
  const lang = useExplorer((s) => s.lang);
  const set = useExplorer((s) => s.set);
  const store = useExplorerStore();
  const t = MESSAGES[lang];
  const locale = LOCALE[lang];
  const name = (actorId: string) => actorLabel(c.lookup(actorId), lang, actorId);
  const sourceByKey = new Map(g.sources.map((s) => [s.key, s]));
  const chainOf = (key: string) => {
    const s = sourceByKey.get(key);
    return s ? chainWords(s, c.lookup, lang) : key;
  };
  const claimSource = (cl: Claim) => chainOf(`${cl.docId}|${cl.channel ?? ''}|${cl.speakerId}`);
  /** The URL of this view with the words shown: a real link (it opens in a new tab too). */
  const hrefOf = (w: Words) => `?${encodeView({ ...viewOf(store.getState()), group: g.id, words: w }).toString()}`;
  const show = (w: Words) => (e: React.MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    set({ group: g.id, words: w });
  };
  const claimWords = (cl: Claim): Words => ({ doc: cl.words.docId, start: cl.words.start, end: cl.words.end });
  /** A statement's stance and its own words (all its content spans), for the side-by-side tables. */
  const saidBy = (docId: string, statementId: string): Said => {
    const x = c.extractions.find((d) => d.document.id === docId);
    const st = x?.statements.find((v) => v.id === statementId);
    if (!x || !st || !st.content.length) return null;
    const quote = st.content.map((span) => x.document.text.slice(span.start, span.end)).join(' … ');
    return { stance: t.stanceName[st.stance], quote, words: { doc: docId, start: st.content[0]!.start, end: st.content.at(-1)!.end } };
  };
  const saidRows = g.sources.map((src) => ({ key: src.key, label: chainOf(src.key), said: saidBy(src.docId, src.statementIds[0]!) }));
  const cons = g.consensus;
  // When each source said it, as an interval: the statement's saidAt, or the publication (its moment, or its day).
  const dayLong = (r: FirstReportEntry | undefined) => Boolean(r?.at && r.until && Date.parse(r.until) - Date.parse(r.at) >= 23 * 3_600_000);
  const reports = g.firstReport.order.map((e, i, order) => {
    const when = e.at ? { start: e.at, end: e.until ?? e.at } : null;
    // This and the one before share a day that is all either is known by: which came first is not known.
    const before = order[i - 1];
    const sameDay = e.sameTimeAsPrevious && (dayLong(e) || dayLong(before));
    const instant = e.basis === 'published' && e.until === e.at;
    return { e, when, sameDay, instant };
  });
  const [r0, r1] = reports;
  const firstForSure = Boolean(r0?.when?.end && (!r1 || (r1.when?.start && Date.parse(r1.when.start) >= Date.parse(r0.when.end))));
  const dated = g.claims.filter((x) => x.interval);

  return (
    <section className="cmp-detail" aria-labelledby="cmp-title">
      <h2 id="cmp-title">
        {eventName(g, lang, actorsOf(c, lang))}
        {g.participants.length > 0 && <span className="muted"> — {g.participants.map(name).join(t.listSep)}</span>}
      </h2>
      <p className="cmp-verdict" aria-live="polite">
        {cons ? t.cmpConsensus(formatInterval(cons.interval, zone, locale), cityOf(zone, lang), cons.claims.length) : dated.length ? t.cmpNoConsensus : t.cmpNoTimes}{' '}
        {g.conflictCount ? <strong className="cmp-conflict-count">{t.cmpConflicts(g.conflictCount)}</strong> : dated.length > 1 ? t.cmpConsistent : null}
        {cons && g.clusters[1] && g.clusters[1].sources === cons.sources && <> {t.cmpTie(formatInterval(g.clusters[1].interval, zone, locale))}</>}
      </p>
      <div className="cmp-chart-wrap">
        <CompareChart group={g} lang={lang} zone={zone} width={width} sourceOf={claimSource} hrefOf={(cl) => hrefOf(claimWords(cl))} rtl={lang === 'ar'} />
      </div>
      <ClaimTable g={g} lang={lang} sourceOf={claimSource} hrefOf={(cl) => hrefOf(claimWords(cl))} onShow={(cl) => show(claimWords(cl))} saidOf={(cl) => saidBy(cl.docId, cl.statementId)} />
      <h3>{t.cmpSaidTitle}</h3>
      <SourcesSaid rows={saidRows} lang={lang} hrefOf={hrefOf} show={show} />
      {g.conflicts.length > 0 && (
        <>
          <h3>{t.cmpConflictTitle}</h3>
          <ul className="cmp-conflicts">
            {g.conflicts.map((k, i) => (
              <li key={i}>{conflictWordsIn(k, lang, c.lookup)}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t.cmpFactsTitle}</h3>
      <FactsMatrix rows={g.facts} sources={g.sources.map((s) => ({ key: s.key, label: chainOf(s.key) }))} lang={lang} name={name} hrefOf={hrefOf} show={show} claims={g.claims} />
      <h3>{t.cmpFirstTitle}</h3>
      <ol className="cmp-first">
        {/* First only when it ends before the next begins: a day and an evening of it cannot be told apart. */}
        {reports.map(({ e, when, sameDay, instant }, i) => {
          const first = reports[0]!.when;
          // Later only when it starts once the first one has ended (the next day is later): a day and an evening of
          // it cannot be told apart, and are "at the same time". The gap is between their starts.
          const after = i > 0 && when?.start && first?.end && first.start ? Date.parse(when.start) >= Date.parse(first.end) : false;
          const lag = after ? Date.parse(when!.start!) - Date.parse(first!.start!) : null;
          return (
            <li key={`${e.source}/${e.statementId}`}>
              <bdi>{chainOf(e.source)}</bdi> — {when ? formatInterval(when, zone, locale) : t.cmpUnknownTime}
              {e.basis === 'published' && <span className="muted"> ({instant ? t.cmpByPublicationMoment : t.cmpByPublication})</span>}
              {i === 0 ? (firstForSure ? <strong> — {t.cmpFirst}</strong> : null) : sameDay ? <span className="cmp-same-day"> — {t.cmpSameDay}</span> : lag !== null && lag > 0 ? <span> — {t.cmpLater(gapWordsIn(lag, lang))}</span> : when && first ? <span> — {t.cmpSameTime}</span> : null}
            </li>
          );
        })}
      </ol>
      <h3>{t.cmpWhyTitle}</h3>
      <ul className="cmp-reasons">
        {g.reasons.map((r, i) => (
          <li key={i}>{reasonWordsIn(r, lang, c.lookup)}</li>
        ))}
      </ul>
      <Regroup c={c} g={g} groups={groups} onServer={onServer} />
      {words && <SourceWords c={c} words={words} onClose={() => set({ words: null })} />}
    </section>
  );
}

/** A source's words shown highlighted in its text: the paragraph around them, the document named, a link out. */
function SourceWords({ c, words, onClose }: { c: Corpus; words: Words; onClose: () => void }) {
  const lang = useExplorer((s) => s.lang);
  const t = MESSAGES[lang];
  const ref = useRef<HTMLElement>(null);
  const x: Extraction | undefined = c.extractions.find((e) => e.document.id === words.doc);
  useEffect(() => ref.current?.scrollIntoView?.({ block: 'nearest' }), [words]);
  // The paragraph around the words needs the whole text of a long document (it came sparse).
  const whole = useFullText(x?.document.id, true);
  if (x && whole.state !== 'ready') return <TextStatus text={whole} lang={lang} />;
  if (!x || words.end > x.document.text.length) {
    return (
      <p className="add-error" role="alert">
        {t.cmpWordsMissing}
      </p>
    );
  }
  const text = x.document.text;
  const from = text.lastIndexOf('\n', words.start - 1) + 1;
  const next = text.indexOf('\n', words.end);
  const to = next < 0 ? text.length : next;
  const publisher = actorLabel(c.lookup(x.document.publisher), lang, x.document.publisher);
  return (
    <section className="cmp-source" ref={ref} aria-labelledby="cmp-source-h" tabIndex={-1}>
      <h3 id="cmp-source-h">
        {t.cmpSourceWords}: <bdi>{x.document.title}</bdi>
        <span className="muted">
          {' '}
          — <bdi>{publisher}</bdi>
          {x.document.published.value ? `, ${x.document.published.value}` : ''}
        </span>
      </h3>
      <blockquote dir={x.document.lang === 'ar' ? 'rtl' : 'ltr'} lang={x.document.lang} data-start={from}>
        {text.slice(from, words.start)}
        <mark className="cmp-words" data-start={words.start} data-end={words.end}>
          {text.slice(words.start, words.end)}
        </mark>
        {text.slice(words.end, to)}
      </blockquote>
      <p>
        <a href={`/?docs=${encodeURIComponent(x.document.id)}${lang !== 'en' ? `&lang=${lang}` : ''}`}>{t.cmpOpenDocument}</a>
        <OriginalLink url={x.document.url} lang={lang} />
        {' · '}
        <button type="button" className="link" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </section>
  );
}

/** A reviewer's word on the grouping: a member is not this happening, or this group is the same as another. */
function Regroup({ c, g, groups, onServer }: { c: Corpus; g: EventGroup; groups: EventGroup[]; onServer: readonly string[] }) {
  const lang = useExplorer((s) => s.lang);
  const replaceExtraction = useExplorer((s) => s.replaceExtraction);
  const t = MESSAGES[lang];
  const id = useId();
  const [author, setAuthor, remember] = useAuthor();
  const [other, setOther] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const head = g.members[0]!;
  const kept = (docId: string) => onServer.includes(docId);
  if (!g.members.some((m) => kept(m.docId))) return null;
  const titleOf = (docId: string) => c.extractions.find((x) => x.document.id === docId)?.document.title ?? docId;
  const labelOf = (docId: string, eventId: string) => {
    const e = c.extractions.find((x) => x.document.id === docId)?.events.find((y) => y.id === eventId);
    return e ? eventName(e, lang, actorsOf(c, lang)) : eventId;
  };

  type Member = { docId: string; eventId: string };
  /** Each decision kept on the event of a document the server keeps (the first such of its pair); the documents
   *  it changed are read back once all are sent. */
  const decide = async (pairs: [Member, Member][], same: boolean) => {
    setError(null);
    const name = remember();
    if (!name) return setError(t.fixNeedAuthor);
    setBusy(true);
    const changed = new Set<string>();
    try {
      for (const [a, b] of pairs) {
        const [on, to] = kept(a.docId) ? [a, b] : [b, a];
        await ok(await fetch(`/api/documents/${encodeURIComponent(on.docId)}/edits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op: 'event.align', target: on.eventId, value: { docId: to.docId, eventId: to.eventId, same }, author: name }) }));
        changed.add(on.docId);
      }
    } catch (e) {
      setError(errorText(lang, e));
    }
    try {
      for (const docId of changed) {
        const d = await fetch(`/api/documents/${encodeURIComponent(docId)}`);
        if (!d.ok) throw await apiErrorOf(d);
        replaceExtraction(((await d.json()) as { extraction: Extraction }).extraction);
      }
    } catch (e) {
      setError(errorText(lang, e));
    } finally {
      setBusy(false);
    }
  };
  const others = groups.filter((o) => o !== g && o.type === g.type);
  return (
    <details className="cmp-regroup">
      <summary>{t.cmpRegroup}</summary>
      <div className="fix-grid">
        <label htmlFor={`${id}-author`}>{t.fixAuthor}</label>
        <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={100} autoComplete="name" />
      </div>
      {g.members.length > 1 && (
        <ul className="cmp-members">
          {g.members.map((m) => (
            <li key={`${m.docId}/${m.eventId}`}>
              <bdi>{labelOf(m.docId, m.eventId)}</bdi> — <bdi>{iso(titleOf(m.docId))}</bdi>{' '}
              {/* The first member is taken out by a decision against each of the others; another one, against the first. */}
              {(m === head ? g.members.length > 2 && g.members.every((o) => o === head || kept(o.docId) || kept(head.docId)) : kept(m.docId) || kept(head.docId)) && (
                <button
                  type="button"
                  className="link"
                  disabled={busy}
                  onClick={() => void decide(m === head ? g.members.filter((o) => o !== head).map((o): [Member, Member] => [head, o]) : [[m, head]], false)}
                >
                  {t.cmpNotSame}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <div className="fix-grid fix-split">
          <label htmlFor={`${id}-other`}>{t.cmpSameAs}</label>
          <select id={`${id}-other`} value={other} onChange={(e) => setOther(e.target.value)} disabled={busy}>
            <option value="">—</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {`${eventName(o, lang, actorsOf(c, lang))} — ${iso(titleOf(o.members[0]!.docId))} (${o.sources.map((q) => iso(actorLabel(c.lookup(q.publisher), lang, q.publisher))).filter((v, k, a) => a.indexOf(v) === k).join(t.comma + ' ')}; ${o.members.length})`}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={busy || !other}
            onClick={() => {
              const o = others.find((x) => x.id === other);
              if (o) void decide([[head, o.members[0]!]], true);
            }}
          >
            {t.cmpMerge}
          </button>
        </div>
      )}
      {error && (
        <p className="add-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
