// The still embed and image of the compare view: one event, its consensus in words, each source's claim on
// the shared axis, the claims with their words and the facts by source. No hooks (rendered to static markup on
// the server); every link opens the explorer's compare view with those words highlighted, in a new tab.
import { CompareChart } from '@/components/compare/CompareChart';
import { ClaimTable, FactsMatrix, type Words } from '@/components/compare/CompareTables';
import type { Claim, EventGroup } from '@/lib/compare';
import { cityOf } from '@/lib/view/compare-words';
import { eventName } from '@/lib/view/event-names';
import type { Actor } from '@/lib/model/schema';
import { chainWords } from '@/lib/view/compare';
import { actorLabel, formatInterval } from '@/lib/view/format';
import { LOCALE, MESSAGES, type UiLang } from '@/lib/view/i18n';

/** The phone drawing's width; the wide one is the frame's usual 960 px. */
const NARROW = 400;

export interface LightCompareProps {
  group: EventGroup;
  lang: UiLang;
  zone: string;
  lookup: (id: string) => Actor | undefined;
  /** The explorer's compare view with these words highlighted. */
  hrefOf: (w: Words) => string;
  width?: number;
  /** Leave out the tables (the image). */
  chartOnly?: boolean;
}

/** The verdict line: the consensus in the chosen zone and any conflict, or why there is none. */
export function verdictWords(g: EventGroup, lang: UiLang, zone: string): string {
  const t = MESSAGES[lang];
  const dated = g.claims.filter((c) => c.interval).length;
  const cons = g.consensus;
  const first = cons ? t.cmpConsensus(formatInterval(cons.interval, zone, LOCALE[lang]), cityOf(zone, lang), cons.claims.length) : dated ? t.cmpNoConsensus : t.cmpNoTimes;
  // A tie is said, not settled silently: another set of claims as well supported is named.
  const rival = cons && g.clusters[1] && g.clusters[1].sources === cons.sources ? t.cmpTie(formatInterval(g.clusters[1].interval, zone, LOCALE[lang])) : '';
  return [first, g.conflictCount ? t.cmpConflicts(g.conflictCount) : dated > 1 ? t.cmpConsistent : '', rival].filter(Boolean).join(' ');
}

export function LightCompare({ group: g, lang, zone, lookup, hrefOf, width = 720, chartOnly = false }: LightCompareProps) {
  const t = MESSAGES[lang];
  const byKey = new Map(g.sources.map((s) => [s.key, s]));
  const chainOf = (key: string) => {
    const s = byKey.get(key);
    return s ? chainWords(s, lookup, lang) : key;
  };
  const sourceOf = (c: Claim) => chainOf(`${c.docId}|${c.channel ?? ''}|${c.speakerId}`);
  const words = (c: Claim): Words => ({ doc: c.words.docId, start: c.words.start, end: c.words.end });
  const name = (id: string) => actorLabel(lookup(id), lang, id);
  return (
    <div className="cmp-light">
      <h2 className="cmp-light-title">
        {eventName(g, lang)}
        {g.participants.length > 0 && <span className="muted"> — {g.participants.map(name).join(t.listSep)}</span>}
      </h2>
      <p className="cmp-verdict">{verdictWords(g, lang, zone)}</p>
      {/* Two drawings, one per width (a media query picks one): a chart scaled down to a phone would have 4 px labels. */}
      <div className="cmp-chart-wide">
        <CompareChart group={g} lang={lang} zone={zone} width={width} sourceOf={sourceOf} hrefOf={chartOnly ? undefined : (c) => hrefOf(words(c))} rtl={lang === 'ar'} />
      </div>
      {!chartOnly && (
        <div className="cmp-chart-narrow">
          <CompareChart group={g} lang={lang} zone={zone} width={NARROW} sourceOf={sourceOf} hrefOf={(c) => hrefOf(words(c))} rtl={lang === 'ar'} />
        </div>
      )}
      {!chartOnly && (
        <>
          <ClaimTable g={g} lang={lang} sourceOf={sourceOf} hrefOf={(c) => hrefOf(words(c))} target="_blank" />
          <h3>{t.cmpFactsTitle}</h3>
          <FactsMatrix rows={g.facts} sources={g.sources.map((s) => ({ key: s.key, label: chainOf(s.key) }))} lang={lang} name={name} hrefOf={hrefOf} target="_blank" claims={g.claims} />
        </>
      )}
    </div>
  );
}
