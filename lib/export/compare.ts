// The compare view as a spreadsheet: one row per source's claim on each event compared (and one per source that
// gives no time), with the group's consensus and conflicts, what the source states of each fact (or that it is
// silent), and the exact words with their offsets. Same CSV rules as the statements file (BOM, RFC 4180,
// formula-safe), so it opens as Arabic in Excel.
import type { Claim, EventGroup } from '../compare';
import { FACT_KINDS } from '../compare';
import type { Actor } from '../model/schema';
import { csvCell } from './statements';

export const COMPARE_COLUMNS = [
  'group',
  'event_type',
  'event_en',
  'event_ar',
  'document',
  'publisher',
  'channel',
  'speaker',
  'statement',
  'claim',
  'claim_start',
  'claim_end',
  'read_in_zone',
  'speaker_zone',
  'in_consensus',
  'consensus_start',
  'consensus_end',
  'conflicts',
  ...FACT_KINDS.map((k) => `fact_${k}`),
  'words',
  'offsets',
] as const;

export function compareCsv(groups: readonly EventGroup[], lookup: (id: string) => Actor | undefined): string {
  const name = (id: string | null) => (id ? (lookup(id)?.names.en[0] ?? id) : '');
  const lines = [COMPARE_COLUMNS.join(',')];
  for (const g of groups) {
    const inConsensus = new Set(g.consensus?.claims ?? []);
    const factOf = (source: string, kind: string) => {
      const cell = g.facts.find((f) => f.kind === kind)?.cells.find((c) => c.source === source);
      return !cell || cell.value === 'silent' ? 'silent' : (cell.label ?? cell.value);
    };
    const sourceKey = (c: Claim) => `${c.docId}|${c.channel ?? ''}|${c.speakerId}`;
    // Sources that give no time still state facts: a row each, without a claim.
    const claimed = new Set(g.claims.map(sourceKey));
    const silentOnTime = g.sources.filter((s) => !claimed.has(s.key));
    const row = (cells: (string | number | null)[]) => lines.push(cells.map((v) => csvCell(v)).join(','));
    const head = [g.id, g.type, g.label.en, g.label.ar];
    const tail = [g.consensus?.interval.start ?? '', g.consensus?.interval.end ?? '', g.conflictCount];
    for (const c of g.claims) {
      const s = sourceKey(c);
      row([
        ...head, c.docId, name(c.publisher), c.channel && lookup(c.channel) ? name(c.channel) : (c.channel ?? ''), name(c.speakerId), c.statementId,
        c.value, c.interval?.start ?? '', c.interval?.end ?? '', c.zone, c.reinterpreted ? 'yes' : 'no',
        !c.interval ? 'undated' : !g.consensus ? 'no consensus' : inConsensus.has(c) ? 'yes' : 'no',
        ...tail, ...FACT_KINDS.map((k) => factOf(s, k)), c.words.text, `${c.words.start}-${c.words.end}`,
      ]);
    }
    for (const s of silentOnTime) {
      row([
        ...head, s.docId, name(s.publisher), s.channel && lookup(s.channel) ? name(s.channel) : (s.channel ?? ''), name(s.speaker), s.statementIds.join(' '),
        '', '', '', '', '', 'no time', ...tail, ...FACT_KINDS.map((k) => factOf(s.key, k)), '', '',
      ]);
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
