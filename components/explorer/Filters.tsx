'use client';
// Facets and free-text search. Each facet lists only values present in the corpus, with counts; the search is
// Arabic-normalised (hamza and alef forms, taa marbuta, diacritics), so أكد finds اكد.
import { useId, type ReactNode } from 'react';
import { sideLabel } from '@/lib/layout/sides';
import { actorLabel } from '@/lib/view/format';
import { filterRows } from '@/lib/view/rows';
import { MESSAGES, pick } from '@/lib/view/i18n';
import { type Corpus, useRowFilter } from './model';

/** One order on the server and in every browser, whatever its locale (a browser's own would reorder the list
 *  between the server's HTML and the client's, and React would refuse to hydrate). */
const COLLATE = new Intl.Collator('en', { sensitivity: 'base' });
import { useExplorer, type ExplorerState } from './store';

type Field = 'docs' | 'actors' | 'sides' | 'stances' | 'eventTypes' | 'channels';

function count<T>(values: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

export function Filters({ corpus: c }: { corpus: Corpus }) {
  const lang = useExplorer((s) => s.lang);
  const q = useExplorer((s) => s.q);
  const set = useExplorer((s) => s.set);
  const clear = useExplorer((s) => s.clearFilters);
  const t = MESSAGES[lang];
  const searchId = useId();
  const f = useRowFilter();
  // Faceted counts: each facet counts the statements that pass every *other* filter, so a count says what
  // ticking that box would show.
  const others = (field: Field) => filterRows(c.rows, c.extractions, { ...f, [field]: [] });
  const actorName = (id: string) => actorLabel(c.lookup(id), lang, id);
  const docTitle = (id: string) => c.extractions.find((x) => x.document.id === id)?.document.title ?? id;
  const facets: { field: Field; title: string; values: Map<string, number>; label: (v: string) => string }[] = [
    { field: 'docs', title: t.documents, values: count(others('docs').map((r) => c.extractions[r.doc]!.document.id)), label: docTitle },
    { field: 'sides', title: t.sides, values: count(others('sides').map((r) => r.side)), label: (v) => pick(sideLabel(v, c.lookup), lang) },
    {
      field: 'actors',
      title: t.actors,
      values: count(others('actors').flatMap((r) => [...new Set([r.statement.speaker.actorId, ...(r.event?.participants ?? []), ...(r.statement.channel?.actorId ? [r.statement.channel.actorId] : [])])])),
      label: actorName,
    },
    { field: 'stances', title: t.stances, values: count(others('stances').map((r) => r.statement.stance)), label: (v) => t.stanceName[v as keyof typeof t.stanceName] ?? v },
    { field: 'eventTypes', title: t.eventTypes, values: count(others('eventTypes').flatMap((r) => (r.event ? [r.event.type] : []))), label: (v) => c.order.eventTypes.find((e) => e.type === v)?.label[lang] ?? v },
    { field: 'channels', title: t.channels, values: count(others('channels').map((r) => r.channel)), label: (v) => (v === 'none' ? t.noChannel : c.lookup(v) ? actorName(v) : v) },
  ];
  return (
    <section className="filters" aria-label={t.filters}>
      <label htmlFor={searchId} className="filter-search-label">
        {t.search}
      </label>
      <input id={searchId} type="search" className="filter-search" value={q} onChange={(e) => set({ q: e.target.value })} dir="auto" aria-describedby={`${searchId}-hint`} />
      <p id={`${searchId}-hint`} className="hint">
        {t.searchHint}
      </p>
      {facets.map((facet) => {
        // A ticked value stays listed (with 0) so it can be unticked.
        for (const v of f[facet.field]) if (!facet.values.has(v)) facet.values.set(v, 0);
        return (
          <Facet key={facet.field} field={facet.field} title={facet.title}>
            {[...facet.values.entries()]
              .sort((a, b) => b[1] - a[1] || COLLATE.compare(facet.label(a[0]), facet.label(b[0])))
              .map(([v, n]) => (
                <FacetOption key={v} field={facet.field} value={v} label={facet.label(v)} n={t.count(n)} />
              ))}
          </Facet>
        );
      })}
      <button type="button" onClick={clear} className="link-button">
        {t.clearFilters}
      </button>
    </section>
  );
}

function Facet({ field, title, children }: { field: Field; title: string; children: ReactNode }) {
  const active = useExplorer((s) => (s[field] as string[]).length);
  return (
    <details className="facet" open={active > 0 || field === 'stances'}>
      <summary>
        {title}
        {active > 0 && <span className="facet-count"> ({active})</span>}
      </summary>
      <ul>{children}</ul>
    </details>
  );
}

function FacetOption({ field, value, label, n }: { field: Field; value: string; label: string; n: string }) {
  const checked = useExplorer((s: ExplorerState) => (s[field] as string[]).includes(value));
  const toggle = useExplorer((s) => s.toggle);
  return (
    <li>
      <label>
        <input type="checkbox" checked={checked} onChange={() => toggle(field, value)} data-facet={field} value={value} /> <bdi>{label}</bdi>{' '}
        <span className="muted">{n}</span>
      </label>
    </li>
  );
}
