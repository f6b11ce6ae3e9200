// The Extraction contract: the pipeline's output, the payload of the CLI and of every view.
// Validated with zod wherever it crosses a boundary (CLI output, files loaded by users, API bodies).
import { z } from 'zod';

export const ENGINE = { name: 'dateline', version: '0.1.0' } as const;

export const Lang = z.enum(['ar', 'en', 'ru']);
export type Lang = z.infer<typeof Lang>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/, 'expected an ISO instant in UTC')
  // A real instant: 2021-02-30T00:00:00Z or 25:00 would be read as another day by Date.parse.
  .refine((s) => {
    const d = new Date(s);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === s.slice(0, 19);
  }, 'not a real instant (no such day or time)');

/** A half-open interval [start, end) in UTC; null marks an open side (a vague past has no start). */
export const Interval = z.object({ start: isoInstant.nullable(), end: isoInstant.nullable() });
export type Interval = z.infer<typeof Interval>;

export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

export const ActorKind = z.enum(['person', 'institution', 'state', 'alliance', 'media']);
export type ActorKind = z.infer<typeof ActorKind>;

export const Role = z.object({
  title: z.string(),
  of: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});
export type Role = z.infer<typeof Role>;

export const AffiliationType = z.enum(['speaksFor', 'memberOf', 'partOf', 'basedIn']);
export const Affiliation = z.object({ type: AffiliationType, actorId: z.string() });
export type Affiliation = z.infer<typeof Affiliation>;

export const Names = z.object({
  en: z.array(z.string()),
  ar: z.array(z.string()),
  ru: z.array(z.string()),
});

export const Actor = z.object({
  id: z.string(),
  kind: ActorKind,
  names: Names,
  roles: z.array(Role),
  affiliations: z.array(Affiliation),
  inGazetteer: z.boolean(),
  /** Where the text names this actor (name, title, metonym), as offsets into document.text. */
  mentions: z.array(Span).optional(),
});
export type Actor = z.infer<typeof Actor>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const TimexMod = z.enum(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER']);
export type TimexMod = z.infer<typeof TimexMod>;
export const Granularity = z.enum([
  'minute',
  'hour',
  'part-of-day',
  'day',
  'week',
  'month',
  'year',
  'vague',
  'duration',
]);
export type Granularity = z.infer<typeof Granularity>;

export const TimeExpression = z.object({
  id: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: TimexType,
  value: z.string(),
  mod: TimexMod.optional(),
  granularity: Granularity,
  /** null when the anchor is unknown (no publication date) or the expression is a duration. */
  interval: Interval.nullable(),
  /** 'publication', the id of another expression, or null for an absolute date. */
  anchor: z.string().nullable(),
  rule: z.string(),
  /** The zone the interval is read in when it is not the document's: a day or part of a day in a speaker's own
   *  words, naming no zone, is the speaker's day (the White House's "tomorrow" is a Washington day). */
  zone: z.string().optional(),
});
export type TimeExpression = z.infer<typeof TimeExpression>;

export const Stance = z.enum(['confirm', 'deny', 'state', 'announce', 'report', 'accuse', 'request', 'publish']);
export type Stance = z.infer<typeof Stance>;

export const SaidAt = z.object({
  value: z.string(),
  interval: Interval.nullable(),
  timeExpressionId: z.string().optional(),
  /** Set when no expression dates the statement: the publication only bounds it from above. */
  bound: z.literal('before-publication').optional(),
  /** Set when a reviewer corrected the time (an edit over the machine's reading): who, and when. */
  corrected: z.object({ author: z.string(), at: z.string() }).optional(),
});
export type SaidAt = z.infer<typeof SaidAt>;

export const Mention = Span.extend({
  /** The expression that dates this mention of the statement, when one does. */
  timeExpressionId: z.string().optional(),
});

export const Statement = z.object({
  id: z.string(),
  speaker: z.object({ actorId: z.string(), start: z.number().int(), end: z.number().int() }),
  cue: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  stance: Stance,
  channel: z
    .object({ actorId: z.string().optional(), text: z.string(), start: z.number().int(), end: z.number().int() })
    .nullable(),
  reportedBy: z.string().optional(),
  saidAt: SaidAt,
  mentions: z.array(Mention).min(1),
  content: z.array(Span),
  direct: z.boolean(),
  confidence: z.number().min(0).max(1),
  eventId: z.string(),
});
export type Statement = z.infer<typeof Statement>;

export const Modality = z.enum(['planned', 'occurred', 'reported', 'denied']);
export type Modality = z.infer<typeof Modality>;

export const TimeClaim = z.object({
  statementId: z.string(),
  value: z.string(),
  interval: Interval.nullable(),
  timeExpressionId: z.string().optional(),
  /** Set when a reviewer corrected the time: who, and when. */
  corrected: z.object({ author: z.string(), at: z.string() }).optional(),
});
export type TimeClaim = z.infer<typeof TimeClaim>;

export const Event = z.object({
  id: z.string(),
  type: z.string(),
  cameo: z.string().optional(),
  label: z.object({ en: z.string(), ar: z.string() }),
  participants: z.array(z.string()),
  modality: Modality,
  timeClaims: z.array(TimeClaim),
  mentions: z.array(Span),
  /** A reviewer's word that this event and another (of any document) are, or are not, the same happening. */
  alignments: z.array(z.object({ docId: z.string(), eventId: z.string(), same: z.boolean(), author: z.string(), at: z.string() })).optional(),
});
export type Event = z.infer<typeof Event>;

export const PublicationCandidate = z.object({ value: z.string(), evidence: z.array(z.string()) });
export type PublicationCandidate = z.infer<typeof PublicationCandidate>;

export const Published = z.object({
  value: isoDate.nullable(),
  /** The moment of publication in UTC, when the source gives a time of day (2021-12-29T16:10:00Z): what orders an
   *  original and its translation published the same day. `value` is then that moment's day in the document's zone. */
  instant: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?Z$/, 'an instant in UTC (YYYY-MM-DDTHH:MM:SSZ)').optional(),
  source: z.enum(['metadata', 'inferred']),
  candidates: z.array(PublicationCandidate),
});
export type Published = z.infer<typeof Published>;

export const DocumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  lang: Lang,
  publisher: z.string(),
  url: z.string().optional(),
  timeZone: z.string(),
  published: Published,
});
export type Document = z.infer<typeof DocumentSchema>;

export const WarningCode = z.object({
  code: z.string().min(1),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type WarningCode = z.infer<typeof WarningCode>;

export const Extraction = z
  .object({
    engine: z.object({ name: z.string(), version: z.string() }),
    document: DocumentSchema,
    actors: z.array(Actor),
    timeExpressions: z.array(TimeExpression),
    statements: z.array(Statement),
    events: z.array(Event),
    warnings: z.array(z.string()),
    /** Each warning as a code and its parameters, index-aligned with `warnings` (what a UI translates; the English
     *  sentence stays in `warnings`). Extractions made before it have none: a reader shows `warnings` as they are. */
    warningCodes: z.array(WarningCode).optional(),
  })
  .superRefine((x, ctx) => {
    if (x.warningCodes && x.warningCodes.length !== x.warnings.length)
      ctx.addIssue({ code: 'custom', message: `${x.warningCodes.length} warning codes for ${x.warnings.length} warnings: they go one for one`, path: ['warningCodes'] });
    // Every offset must point inside the text it claims to come from.
    const n = x.document.text.length;
    const check = (s: { start: number; end: number }, path: (string | number)[]) => {
      if (s.start > s.end || s.end > n) ctx.addIssue({ code: 'custom', message: `span ${s.start}-${s.end} outside text`, path });
    };
    x.timeExpressions.forEach((t, i) => check(t, ['timeExpressions', i]));
    x.statements.forEach((s, i) => {
      check(s.speaker, ['statements', i, 'speaker']);
      check(s.cue, ['statements', i, 'cue']);
      s.mentions.forEach((m, j) => check(m, ['statements', i, 'mentions', j]));
      s.content.forEach((m, j) => check(m, ['statements', i, 'content', j]));
    });
  });
export type Extraction = z.infer<typeof Extraction>;
