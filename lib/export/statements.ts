// Statements for spreadsheets and scripts: CSV (UTF-8 with a byte-order mark, so Excel opens Arabic as Arabic;
// RFC 4180 quoting, CRLF rows) and JSON (the Extraction contract itself, one per document shown).
// Every row carries its provenance: the document, its publisher, URL and date, and the character offsets of
// the words it was read from.
import type { Extraction, Interval } from '../model/schema';
import { eventName } from '../view/event-names';
import { actorLookup, type StatementRow } from '../view/rows';

export const CSV_COLUMNS = [
  'document',
  'publisher',
  'published',
  'published_at',
  'url',
  'statement',
  'speaker',
  'speaker_en',
  'speaker_ar',
  'speaker_ru',
  'stance',
  'cue',
  'channel',
  'said_at',
  'said_start',
  'said_end',
  'said_bound',
  'event',
  'event_type',
  'event_en',
  'event_ar',
  'event_ru',
  'modality',
  'event_time',
  'event_start',
  'event_end',
  'direct',
  'confidence',
  'words',
  'offsets',
] as const;

/** What a spreadsheet may read as a formula at the start of a cell (OWASP and ASVS "CSV injection"): = + - @,
 *  a tab, a carriage return, a line feed or a NUL, their full-width forms (＝ ＋ － ＠), and any of these after
 *  leading spaces (some spreadsheets trim a cell before reading it). */
const FORMULA_START = /^[\s\u0000\u3000]*[=+\-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * A cell as RFC 4180 writes it, and never a formula: text that a spreadsheet would run gets a leading
 * apostrophe, which shows it as text (and is visible, so nothing is hidden from the reader).
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const bounds = (i: Interval | null | undefined): [string, string] => [i?.start ?? '', i?.end ?? ''];

/** The rows (already filtered by the view) as CSV text, BOM first. */
export function statementsCsv(rows: readonly StatementRow[], xs: readonly Extraction[]): string {
  const lookup = actorLookup([...xs]);
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    const x = xs[r.doc]!;
    const d = x.document;
    const s = r.statement;
    const speaker = lookup(s.speaker.actorId);
    const e = r.event;
    const words = s.mentions.map((m) => d.text.slice(m.start, m.end)).join(' … ');
    const offsets = s.mentions.map((m) => `${m.start}-${m.end}`).join(';');
    const cells = [
      d.id,
      d.publisher,
      d.published.value ?? '',
      d.published.instant ?? '',
      d.url ?? '',
      s.id,
      s.speaker.actorId,
      speaker?.names.en[0] ?? '',
      speaker?.names.ar[0] ?? '',
      speaker?.names.ru[0] ?? '',
      s.stance,
      s.cue.text,
      s.channel ? (s.channel.actorId ?? s.channel.text) : '',
      s.saidAt.value,
      ...bounds(s.saidAt.interval),
      s.saidAt.bound ?? '',
      e?.id ?? '',
      e?.type ?? '',
      e?.label.en ?? '',
      e?.label.ar ?? '',
      e ? eventName(e, 'ru', x.actors) : '',
      e?.modality ?? '',
      r.claim?.value ?? '',
      ...bounds(r.claim?.interval),
      s.direct,
      s.confidence,
      words,
      offsets,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * The Extraction contract for the documents the rows come from, each cut down to the statements shown (and the
 * events, actors and expressions they use), so that what a filter hides is not exported.
 */
export function statementsJson(rows: readonly StatementRow[], xs: readonly Extraction[]): Extraction[] {
  const byDoc = new Map<number, Set<string>>();
  for (const r of rows) {
    let set = byDoc.get(r.doc);
    if (!set) byDoc.set(r.doc, (set = new Set()));
    set.add(r.statement.id);
  }
  return [...byDoc.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([doc, ids]) => {
      const x = xs[doc]!;
      const statements = x.statements.filter((s) => ids.has(s.id));
      const eventIds = new Set(statements.map((s) => s.eventId));
      const events = x.events.filter((e) => eventIds.has(e.id)).map((e) => ({ ...e, timeClaims: e.timeClaims.filter((c) => ids.has(c.statementId)) }));
      const actorIds = new Set<string>();
      for (const s of statements) {
        actorIds.add(s.speaker.actorId);
        if (s.channel?.actorId) actorIds.add(s.channel.actorId);
        if (s.reportedBy) actorIds.add(s.reportedBy);
      }
      for (const e of events) for (const p of e.participants) actorIds.add(p);
      // Affiliations point at other actors: keep the chain whole.
      const byId = new Map(x.actors.map((a) => [a.id, a]));
      const queue = [...actorIds];
      while (queue.length) {
        const a = byId.get(queue.pop()!);
        for (const f of a?.affiliations ?? []) {
          if (actorIds.has(f.actorId)) continue;
          actorIds.add(f.actorId);
          queue.push(f.actorId);
        }
      }
      return { ...x, statements, events, actors: x.actors.filter((a) => actorIds.has(a.id)) };
    });
}
