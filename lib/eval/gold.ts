// The gold of the development corpus (data/eval/README.md): every attributed statement and every time
// expression of an article written for the project, anchored in its text by words, not offsets, so the
// annotation survives edits to the text and a reader can check it by eye.
import { z } from 'zod';
import { Lang, Stance } from '../model/schema';

const TIMEX_VALUE = /^(?:[0-9X]{4}(?:-(?:[0-9X]{2}|W[0-9X]{2}|SP|SU|FA|WI)(?:-[0-9X]{1,2})?)?(?:T(?:[0-9]{2}:[0-9]{2}|MO|MI|AF|EV|NI))?|[0-9]{2,3}|P(?:[0-9X.]+[YMWDH]|[0-9X.]+DE|[0-9X.]+CE|T[0-9X.]+[HMS])+|PT[0-9X.]+[HMS](?:[0-9X.]+[MS])*|P[0-9X.]+[YMWD](?:T[0-9X.]+[HMS])*|PAST_REF|PRESENT_REF|FUTURE_REF)$/;
export const TimexValue = z.string().regex(TIMEX_VALUE, 'not a TIMEX3 value this corpus uses');

/** The Russian construction families (data/eval/README.md): the time expressions and the attribution of issue 20. */
export const RU_FAMILIES = [
  'ru-t-day',
  'ru-t-weekday',
  'ru-t-week',
  'ru-t-date',
  'ru-t-part',
  'ru-t-clock',
  'ru-t-duration',
  'ru-t-month-year',
  'ru-t-vague',
  'ru-a-verb',
  'ru-a-po-slovam',
  'ru-a-agency',
  'ru-a-ssylka',
  'ru-a-channel',
  'ru-a-institution',
  'ru-a-continuation',
  'ru-a-direct',
  'ru-a-oblique',
  'ru-a-title-person',
  'ru-a-unnamed',
  'ru-a-document',
] as const;

/** A family: a numbered one of issue 15 (Arabic and English) or a Russian construction by its id. */
export const Family = z.union([z.number().int().min(1).max(15), z.enum(RU_FAMILIES)]);
export type Family = z.infer<typeof Family>;

export const GoldSpeaker = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).optional(),
    names: z.array(z.string().min(1)).min(1).optional(),
    unnamed: z.boolean().optional(),
  })
  .strict()
  .refine((s) => s.id || s.names, 'a speaker needs an id or names');
export type GoldSpeaker = z.infer<typeof GoldSpeaker>;

export const GoldStatement = z
  .object({
    speaker: GoldSpeaker,
    cue: z.string().min(1),
    cueN: z.number().int().min(1).optional(),
    sentence: z.string().min(3),
    stance: Stance,
    said: TimexValue.nullable(),
    eventDate: TimexValue.nullable(),
    eventType: z.string().optional(),
    families: z.array(Family),
    note: z.string().optional(),
  })
  .strict();
export type GoldStatement = z.infer<typeof GoldStatement>;

export const GoldTime = z
  .object({
    text: z.string().min(1),
    n: z.number().int().min(1).optional(),
    value: TimexValue,
    mod: z.enum(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER']).optional(),
    families: z.array(Family),
    kind: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type GoldTime = z.infer<typeof GoldTime>;

export const GoldArticle = z
  .object({
    lang: Lang,
    story: z.string().min(1),
    style: z.string().min(1),
    publisher: z.string().min(1),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    timeZone: z.string().min(1),
    title: z.string().nullable(),
    statements: z.array(GoldStatement),
    times: z.array(GoldTime),
  })
  .strict();
export type GoldArticle = z.infer<typeof GoldArticle>;

export interface Located<T> {
  gold: T;
  start: number;
  end: number;
}
export interface LocatedStatement extends Located<GoldStatement> {
  /** The cue's characters inside the sentence. */
  cue: { start: number; end: number };
}

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const PROCLITIC = /^[وفبلك]{1,2}$/u;

/** Whether `needle` at `i` stands as words of its own: no letter after it, and before it none or only a
 *  proclitic (و ف ب ل ك) glued to its first word (بالأمس holds الأمس). */
function standsAlone(text: string, i: number, needle: string): boolean {
  if (LETTER.test(text[i + needle.length] ?? '') && LETTER.test(needle.at(-1)!)) return false;
  if (!LETTER.test(needle[0]!)) return true;
  let k = i;
  while (k > 0 && LETTER.test(text[k - 1]!)) k--;
  return k === i || PROCLITIC.test(text.slice(k, i));
}

/** Every occurrence of `needle` in `text` as words of its own (`whole`) or anywhere, as start offsets. */
function occurrences(text: string, needle: string, whole = false): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) if (!whole || standsAlone(text, i, needle)) out.push(i);
  return out;
}

/** The gold anchored in its text, or the reasons it cannot be. */
export function locateGold(text: string, gold: GoldArticle): { statements: LocatedStatement[]; times: Located<GoldTime>[]; errors: string[] } {
  const errors: string[] = [];
  const statements: LocatedStatement[] = [];
  gold.statements.forEach((s, i) => {
    const at = occurrences(text, s.sentence);
    if (at.length !== 1) {
      errors.push(`statement ${i + 1}: "sentence" found ${at.length} times (needs exactly 1): ${s.sentence.slice(0, 60)}`);
      return;
    }
    const start = at[0]!;
    const inSentence = occurrences(s.sentence, s.cue, true);
    const k = (s.cueN ?? 1) - 1;
    if (k >= inSentence.length) {
      errors.push(`statement ${i + 1}: cue "${s.cue}" occurs ${inSentence.length} times in its sentence (cueN ${k + 1})`);
      return;
    }
    const cueStart = start + inSentence[k]!;
    statements.push({ gold: s, start, end: start + s.sentence.length, cue: { start: cueStart, end: cueStart + s.cue.length } });
  });
  const times: Located<GoldTime>[] = [];
  gold.times.forEach((t, i) => {
    const at = occurrences(text, t.text, true);
    const k = (t.n ?? 1) - 1;
    if (k >= at.length) {
      errors.push(`time ${i + 1}: "${t.text}" occurs ${at.length} times (n ${k + 1})`);
      return;
    }
    times.push({ gold: t, start: at[k]!, end: at[k]! + t.text.length });
  });
  // Two gold times on the same characters are one expression annotated twice.
  const sorted = [...times].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) errors.push(`times "${sorted[i - 1]!.gold.text}" and "${sorted[i]!.gold.text}" overlap`);
  }
  return { statements, times, errors };
}
