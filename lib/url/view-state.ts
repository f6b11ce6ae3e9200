// The explorer's view state <-> URL search params, so that copying the URL reproduces the view.
// encode writes only non-default fields, in a fixed order, with lists de-duplicated and sorted:
// equal states give byte-equal URLs (shareable, cacheable, comparable in tests).
// decode treats the URL as untrusted input: it never throws, every bad value falls back to its
// field's default and leaves one readable message in `problems` for the UI to show.
import { Stance } from '../model/schema';
import { isValidTimeZone } from '../time/calendar';

import { isUiLang, type UiLang } from '../view/ui-lang';

export type { UiLang };
export interface ViewState {
  docs: string[]; // document ids to show; [] = all
  actors: string[]; // actor ids; [] = no filter
  sides: string[]; // side keys like 'russia', 'united-states', 'multilateral', 'media', 'other'
  stances: Stance[];
  eventTypes: string[]; // e.g. 'phone-call'
  channels: string[]; // channel actor ids or 'none'
  q: string; // free-text search, as typed
  window: { start: number; end: number } | null; // visible time window, epoch ms; null = fit all
  selected: string | null; // a mark key: doc id '/' statement or event id
  lang: UiLang; // UI language
  zone: string | null; // IANA zone; null = the document's own zone
  rtl: boolean; // mirrored time axis (time flows right to left)
  view: 'chart' | 'table' | 'compare';
  collapsed: string[]; // collapsed side groups
  sort: string | null; // table sort: a column name, '-' first for descending (e.g. '-saidAt'); null = by date said
  node: string | null; // graph selection: a node id ('actor:…', 'event:…', 'doc:…') or an edge id
  graph: 'graph' | 'list' | 'off'; // the actor graph panel: drawn, as its adjacency list, or hidden
  group: string | null; // compare view: the event group shown (its id, 'docId/eventId' of its first member)
  words: { doc: string; start: number; end: number } | null; // compare view: source words shown highlighted
}

// A function rather than a shared literal so every decode hands out fresh arrays a caller may mutate.
const defaults = (): ViewState => ({
  docs: [], actors: [], sides: [], stances: [], eventTypes: [], channels: [], q: '', window: null,
  selected: null, lang: 'en', zone: null, rtl: false, view: 'chart', collapsed: [], sort: null, node: null, graph: 'graph',
  group: null, words: null,
});
export const DEFAULT_VIEW: ViewState = defaults();

// Caps so a hostile or truncated-by-paste URL cannot make the page filter on megabytes of input.
const MAX_ITEMS = 500;
const MAX_Q = 500;
const MAX_ID = 300; // real ids are well under 100 characters
const MAX_ZONE = 64;
/** A column name, optionally '-' for descending; which columns exist is the table's business. */
const SORT = /^-?[a-zA-Z]{1,24}$/;
// The window must be writable as a 4-digit year both ways; 'to' is exclusive, so its last ms is the cap.
const MIN_MS = Date.UTC(1000, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

type ListField = 'docs' | 'actors' | 'sides' | 'stances' | 'eventTypes' | 'channels' | 'collapsed';
// Param order here is the order in the URL; 'fold' comes last (see encodeView).
const LISTS: readonly (readonly [ListField, string])[] = [
  ['docs', 'docs'], ['actors', 'actor'], ['sides', 'side'], ['stances', 'stance'],
  ['eventTypes', 'type'], ['channels', 'channel'],
];

/** Sorted by UTF-16 code units (not locale) so the order never depends on the machine. */
const normalise = (items: readonly string[]): string[] => [...new Set(items.filter((x) => x !== ''))].sort();

const validWindow = (w: { start: number; end: number }) =>
  Number.isInteger(w.start) && Number.isInteger(w.end) && MIN_MS <= w.start && w.start < w.end && w.end <= MAX_MS;

/** 'YYYY-MM-DDTHH:mmZ', with seconds and millis only when non-zero: short, yet exact to the ms. */
export const formatInstant = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.000Z$/, 'Z').replace(/:00Z$/, 'Z');

// The time part is optional so a hand-typed '?from=2021-12-29&to=2021-12-30' works too.
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?Z)?$/;

/** Epoch ms of a UTC instant in the URL format, or null if it is not one (e.g. 2021-02-30). */
export function parseInstant(text: string): number | null {
  const m = INSTANT.exec(text);
  if (!m) return null;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, ms = 0] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (h > 23 || mi > 59 || s > 59) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999, which would let '0050' pass the range check.
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, ms);
  // Date rolls over out-of-range days and months; a rolled date was not a real one.
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? t.getTime() : null;
}

export function encodeView(s: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  // Items are joined raw: URLSearchParams percent-encodes them (and the commas) when serialised.
  const list = (name: string, items: readonly string[]) => {
    const v = normalise(items);
    if (v.length > 0) p.set(name, v.join(','));
  };
  for (const [field, name] of LISTS) list(name, s[field]);
  if (s.q !== '') p.set('q', s.q);
  // An invalid window is left out rather than written as a URL that decode would reject anyway.
  if (s.window && validWindow(s.window)) {
    p.set('from', formatInstant(s.window.start));
    p.set('to', formatInstant(s.window.end));
  }
  if (s.selected) p.set('sel', s.selected);
  if (s.lang !== 'en') p.set('lang', s.lang);
  if (s.zone !== null) p.set('tz', s.zone);
  if (s.rtl) p.set('axis', 'rtl');
  if (s.view !== 'chart') p.set('view', s.view);
  list('fold', s.collapsed);
  if (s.sort !== null && SORT.test(s.sort)) p.set('sort', s.sort);
  if (s.node) p.set('node', s.node);
  if (s.graph !== 'graph') p.set('graph', s.graph);
  if (s.group) p.set('group', s.group);
  if (s.words) p.set('words', `${s.words.doc}:${s.words.start}-${s.words.end}`);
  return p;
}

/** Quotes user input in a message, shortened so a hostile value cannot flood the UI. */
const quote = (v: string) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;

export function decodeView(input: URLSearchParams | string): { state: ViewState; problems: string[] } {
  // The URLSearchParams constructor drops a leading '?' itself.
  const p = typeof input === 'string' ? new URLSearchParams(input) : input;
  const state = defaults();
  const problems: string[] = [];
  // An empty value ('?lang=') means "not set", the same as a missing param.
  const get = (name: string) => p.get(name) || null;

  const readList = (name: string): string[] => {
    // Repeated params (?actor=a&actor=b) are accepted as well as commas; the split limit caps the work.
    const raw = p.getAll(name).join(',').split(',', MAX_ITEMS + 1).filter((x) => x !== '');
    if (raw.length > MAX_ITEMS) problems.push(`too many "${name}" values; kept the first ${MAX_ITEMS}`);
    const kept = raw.slice(0, MAX_ITEMS).filter((x) => x.length <= MAX_ID);
    if (kept.length < Math.min(raw.length, MAX_ITEMS)) problems.push(`"${name}" values longer than ${MAX_ID} characters ignored`);
    return normalise(kept);
  };
  for (const [field, name] of LISTS) {
    if (field === 'stances') {
      for (const v of readList(name)) {
        const known = Stance.safeParse(v);
        if (known.success) state.stances.push(known.data);
        else problems.push(`unknown stance ${quote(v)} ignored`);
      }
    } else state[field] = readList(name);
  }
  state.collapsed = readList('fold');

  const q = p.get('q') ?? '';
  if (q.length > MAX_Q) problems.push(`search text cut to ${MAX_Q} characters`);
  // Cutting must not leave half a surrogate pair (an emoji split in two).
  state.q = q.length > MAX_Q ? q.slice(0, MAX_Q).replace(/[\uD800-\uDBFF]$/, '') : q;

  const from = get('from');
  const to = get('to');
  if (from !== null || to !== null) {
    const start = from === null ? null : parseInstant(from);
    const end = to === null ? null : parseInstant(to);
    if (from === null || to === null) problems.push('time window needs both "from" and "to"; ignored');
    else if (start === null) problems.push(`unreadable date ${quote(from)} in "from"; time window ignored`);
    else if (end === null) problems.push(`unreadable date ${quote(to)} in "to"; time window ignored`);
    else if (start >= end) problems.push(`time window "from" ${quote(from)} is not before "to" ${quote(to)}; ignored`);
    else if (!validWindow({ start, end })) problems.push('time window outside the years 1000–9999 ignored');
    else state.window = { start, end };
  }

  const sel = get('sel');
  if (sel !== null && sel.length > MAX_ID) problems.push(`selection longer than ${MAX_ID} characters ignored`);
  else state.selected = sel;

  const lang = get('lang');
  if (isUiLang(lang)) state.lang = lang;
  else if (lang !== null) problems.push(`unknown language ${quote(lang)} ignored`);

  const tz = get('tz');
  if (tz !== null && tz.length <= MAX_ZONE && isValidTimeZone(tz)) state.zone = tz;
  else if (tz !== null) problems.push(`unknown time zone ${quote(tz)} ignored`);

  // Explicit defaults (axis=ltr, view=chart) are accepted silently: a hand-written URL may spell them out.
  const axis = get('axis');
  if (axis === 'rtl') state.rtl = true;
  else if (axis !== null && axis !== 'ltr') problems.push(`unknown axis ${quote(axis)} ignored`);

  const view = get('view');
  if (view === 'table' || view === 'compare') state.view = view;
  else if (view !== null && view !== 'chart') problems.push(`unknown view ${quote(view)} ignored`);

  const sort = get('sort');
  if (sort !== null && SORT.test(sort)) state.sort = sort;
  else if (sort !== null) problems.push(`unknown sort ${quote(sort)} ignored`);

  const node = get('node');
  if (node !== null && node.length > MAX_ID * 3) problems.push(`graph selection longer than ${MAX_ID * 3} characters ignored`);
  else state.node = node;

  const graph = get('graph');
  if (graph === 'list' || graph === 'off') state.graph = graph;
  else if (graph !== null && graph !== 'graph') problems.push(`unknown graph view ${quote(graph)} ignored`);

  const group = get('group');
  if (group !== null && group.length > MAX_ID * 2) problems.push(`compared event longer than ${MAX_ID * 2} characters ignored`);
  else state.group = group || null;

  // words=docId:start-end, the span of a source's words shown highlighted.
  const words = get('words');
  if (words !== null) {
    const m = /^(.{1,300}):(\d{1,9})-(\d{1,9})$/s.exec(words);
    if (m && Number(m[2]) < Number(m[3])) state.words = { doc: m[1]!, start: Number(m[2]), end: Number(m[3]) };
    else problems.push(`unreadable words ${quote(words)} (expected document:start-end) ignored`);
  }

  return { state, problems };
}

/** Next.js hands a page its query as a record; the codec reads URLSearchParams (repeated keys kept). */
export function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const item of Array.isArray(v) ? v : v === undefined ? [] : [v]) p.append(k, item);
  return p;
}
