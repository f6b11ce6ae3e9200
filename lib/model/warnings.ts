// The engine's warnings, each a code with its parameters: what a UI translates (Extraction.warningCodes), and,
// written from it here, the English sentence every other reader takes (Extraction.warnings: exports, the CLI,
// other tools). One list makes both, so the two stay index-aligned.

/** A warning as a code and what fills it; a reader that does not know the code shows the English sentence. */
export interface EngineWarning {
  code: string;
  params?: Record<string, string | number>;
}

/** What a time expression's resolution can object to, before the expression's words and place are added. */
export type TimeWarning = EngineWarning & { code: `time-${string}` };

/** The languages the engine reads, as the unread-language warnings name them. */
const READS = 'Arabic, English and Russian';
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Every code the engine gives, with its English sentence. Parameters: `text` and `at` are a time expression's
 *  words and offset; a weekday is 0 (Sunday) to 6; dates are YYYY-MM-DD. */
const ENGLISH = {
  'zone-unknown': () => "no time zone was given and the publisher's is not known: days are read in UTC (give the zone the report speaks from)",
  'unread-script': () => `The text is written in a script the engine does not read (it reads ${READS}): it was kept, and nothing was read from it.`,
  'unread-ukrainian': () => `The text looks Ukrainian, which the engine does not read (it reads ${READS}): it was kept, and nothing was read from it.`,
  'unread-not-english': () => `The text does not read as English (hardly any of its words are English), and the engine reads ${READS} only: it was kept, and nothing was read from it. Choose its language if it is one of those.`,
  'dateline-differs': (p) => `the dateline says "${p.dateline}" but the publication date given is ${p.published}`,
  'publication-candidates': (p) => `publication date unknown: ${p.count} candidate dates (${p.dates}${Number(p.more) > 0 ? `, and ${p.more} more` : ''}); relative dates are left unresolved`,
  'publication-unknown': (p) => `publication date unknown${p.partial ? ` (${p.partial})` : ''}: relative dates are left unresolved`,
  'office-unknown': (p) => `"${p.words}" at ${p.at}: cannot tell who held this office`,
  'office-unknown-undated': (p) => `"${p.words}" at ${p.at}: cannot tell who held this office without a publication date`,
  'time-not-publication-month': (p) => `${timeAt(p)}"${p.month}" is not the publication month`,
  'time-impossible-date': (p) => `${timeAt(p)}impossible date ${p.date}`,
  'time-weekday': (p) => `${timeAt(p)}${p.date} is a ${WEEKDAY_EN[Number(p.weekday)]}, not a ${WEEKDAY_EN[Number(p.said)]}`,
  'time-impossible-time': (p) => `${timeAt(p)}impossible time ${p.time}`,
  'time-since-after-publication': (p) => `${timeAt(p)}"since" a date after publication (${p.value})`,
  'time-impossible-hijri': (p) => `${timeAt(p)}impossible Hijri date ${p.day}/${p.month}/${p.year}`,
  'time-impossible-range': (p) => `${timeAt(p)}impossible range ${p.from} – ${p.to}`,
  'time-impossible-years': (p) => `${timeAt(p)}impossible range of years ${p.from}–${p.to}`,
} satisfies Record<string, (p: Record<string, string | number>) => string>;

function timeAt(p: Record<string, string | number>): string {
  return p.text === undefined ? '' : `time expression "${p.text}" at ${p.at}: `;
}

export type WarningCodeName = keyof typeof ENGLISH;
/** Every code the engine gives (a UI catalogue translates each). */
export const WARNING_CODES = Object.keys(ENGLISH) as WarningCodeName[];

export const isWarningCode = (code: string): code is WarningCodeName => Object.hasOwn(ENGLISH, code);

/** A warning as Extraction.warnings says it: in English. */
export function warningText(w: EngineWarning): string {
  return isWarningCode(w.code) ? ENGLISH[w.code](w.params ?? {}) : w.code;
}

/** A warning of the engine's, its code and parameters. */
export const warning = (code: WarningCodeName, params?: Record<string, string | number>): EngineWarning => (params ? { code, params } : { code });
