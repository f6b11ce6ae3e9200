'use client';
// The timeline's accessible twin: the same statements as a sortable table. Rows are reachable with the arrow
// keys (one tab stop for the whole body), Enter selects, and a selection made on the chart is shown here.
import { useRef, useState, type KeyboardEvent } from 'react';
import { actorLabel, formatClaim, formatSaid } from '@/lib/view/format';
import { eventName } from '@/lib/view/event-names';
import { LOCALE, MESSAGES } from '@/lib/view/i18n';
import type { StatementRow } from '@/lib/view/rows';
import { warningLines } from '@/lib/view/warnings';
import type { Corpus } from './model';
import { useExplorer } from './store';

type Column = 'speaker' | 'stance' | 'saidAt' | 'about' | 'eventTime' | 'channel' | 'document';
const COLUMNS: Column[] = ['speaker', 'stance', 'saidAt', 'about', 'eventTime', 'channel', 'document'];

const startOf = (i: { start: string | null; end: string | null } | null | undefined) => (i?.start ? Date.parse(i.start) : i?.end ? Date.parse(i.end) - 1 : Infinity);

export function StatementTable({ corpus: c, rows, zone }: { corpus: Corpus; rows: StatementRow[]; zone: string }) {
  const lang = useExplorer((s) => s.lang);
  const selected = useExplorer((s) => s.selected);
  const select = useExplorer((s) => s.select);
  const t = MESSAGES[lang];
  // The sort lives in the URL like the rest of the view ('-speaker' = by speaker, descending).
  const sortParam = useExplorer((s) => s.sort);
  const set = useExplorer((s) => s.set);
  const by = (COLUMNS as string[]).includes(sortParam?.replace(/^-/, '') ?? '') ? (sortParam!.replace(/^-/, '') as Column) : 'saidAt';
  const sort = { by, dir: sortParam?.startsWith('-') ? -1 : 1 };
  const setSort = (col: Column) => set({ sort: `${sort.by === col && sort.dir === 1 ? '-' : ''}${col}` });
  const [cursor, setCursor] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const locale = LOCALE[lang];
  const value = (r: StatementRow, col: Column): string | number => {
    const s = r.statement;
    switch (col) {
      case 'speaker':
        return actorLabel(c.lookup(s.speaker.actorId), lang, s.speaker.actorId);
      case 'stance':
        return t.stanceName[s.stance];
      case 'saidAt':
        return startOf(s.saidAt.interval);
      case 'about':
        return r.event ? eventName(r.event, lang, c.extractions[r.doc]?.actors) : '';
      case 'eventTime':
        return startOf(r.claim?.interval);
      case 'channel':
        return s.channel?.text ?? '';
      case 'document':
        return c.extractions[r.doc]?.document.title ?? '';
    }
  };
  const sorted = [...rows].sort((a, b) => {
    const x = value(a, sort.by);
    const y = value(b, sort.by);
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), locale)) * sort.dir || a.key.localeCompare(b.key);
  });
  const at = Math.min(cursor, Math.max(0, sorted.length - 1));
  const onKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: sorted.length - 1 }[e.key];
    if (next !== undefined) {
      const i = Math.max(0, Math.min(sorted.length - 1, next));
      setCursor(i);
      (body.current?.rows[i] as HTMLElement | undefined)?.focus();
      e.preventDefault();
    } else if (e.key === 'Enter' || e.key === ' ') {
      const r = sorted[at];
      if (r) select(r.key === selected ? null : r.key);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      select(null);
    }
  };
  if (!rows.length) return <p className="empty">{t.nothingMatches}</p>;
  return (
    <div className="table-scroll">
    <table className="statements" aria-label={t.table} aria-rowcount={sorted.length + 1}>
      <caption>{t.shown(rows.length, c.rows.length)}</caption>
      <thead>
        <tr>
          {COLUMNS.map((col) => (
            <th key={col} scope="col" aria-sort={sort.by === col ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => setSort(col)}>
                {t[col]} <span aria-hidden="true">{sort.by === col ? (sort.dir === 1 ? '▲' : '▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody ref={body} onKeyDown={onKey}>
        {sorted.map((r, i) => {
          const s = r.statement;
          const x = c.extractions[r.doc]!;
          return (
            <tr
              key={r.key}
              data-key={r.key}
              tabIndex={i === at ? 0 : -1}
              aria-selected={r.key === selected}
              className={r.key === selected ? 'selected' : undefined}
              onClick={() => {
                setCursor(i);
                select(r.key === selected ? null : r.key);
              }}
            >
              <td>
                <bdi>{value(r, 'speaker')}</bdi>
              </td>
              <td>
                <span className={`stance stance-${s.stance}`}>{t.stanceName[s.stance]}</span>{' '}
                <bdi lang={x.document.lang} className="cue">
                  «{s.cue.text}»
                </bdi>
              </td>
              <td>{formatSaid(s.saidAt, x.document.published.value, zone, lang)}</td>
              <td>
                <bdi>{value(r, 'about')}</bdi>
              </td>
              <td>{r.claim ? formatClaim(r.claim, zone, lang) : <span className="muted">{t.noTime}</span>}</td>
              <td>{s.channel ? <bdi lang={x.document.lang}>{s.channel.text}</bdi> : <span className="muted">—</span>}</td>
              <td className="doc-title" title={x.warnings.length ? `${x.document.title}\n⚠ ${warningLines(x, lang).map((w) => w.text).join('\n⚠ ')}` : x.document.title}>
                <bdi lang={x.document.lang}>{x.document.title}</bdi>
                {x.warnings.length > 0 && (
                  <span className="warn-badge" role="img" aria-label={t.warningsCount(x.warnings.length)}>
                    {' '}
                    ⚠
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
