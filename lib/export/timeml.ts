// One document as TimeML 1.2.1 (http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd), the annotation NLP tools for
// time read (TimeBank, TempEval): the publication date as the document creation time (TIMEX3 t0,
// functionInDocument="CREATION_TIME"), every time expression as a TIMEX3 around its own characters of the text
// (tid, type, value, mod, temporalFunction and anchorTimeID for expressions resolved against another time),
// every reporting cue as an EVENT of class REPORTING with its MAKEINSTANCE, and a TLINK from each statement to
// the expression that dates it. The TEXT element holds the article's text exactly: strip the tags and the
// characters are the original ones, so offsets stay comparable.
import type { Extraction, TimeExpression } from '../model/schema';
import { xml } from './graph';

/** TIMEX3 value grammar of TimeML 1.2.1 (ISO 8601 dates and durations, TIDES extensions: X placeholders,
 * seasons, quarters, halves, weeks, parts of day, PRESENT_REF / PAST_REF / FUTURE_REF). */
const DATE = String.raw`(?:\d{4}|\d{3}|\d{2}|XXXX|XXX|XX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-WE)?|-(?:SP|SU|FA|WI)|-Q[1-4X]|-H[12X])?`;
const CLOCK = String.raw`T(?:\d{2}(?::\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?|MO|AF|EV|NI|DT)`;
const NUM = String.raw`(?:\d+(?:\.\d+)?|X)`;
const DURATION = String.raw`P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?`;
const VALUE = {
  DATE: new RegExp(`^(?:${DATE}|PRESENT_REF|PAST_REF|FUTURE_REF)$`),
  TIME: new RegExp(`^(?:${DATE})${CLOCK}$`),
  DURATION: new RegExp(`^${DURATION}$`),
  SET: new RegExp(`^(?:${DURATION}|${DATE}(?:${CLOCK})?)$`),
} as const;

/** Whether a value is a TimeML 1.2.1 TIMEX3 value for its type (a duration also needs at least one part). */
export function validTimexValue(type: TimeExpression['type'], value: string): boolean {
  if ((type === 'DURATION' || type === 'SET') && /^PT?$/.test(value)) return false;
  return VALUE[type].test(value);
}

const REPORTING_POLARITY = { deny: 'POS' } as const; // a denial is a positive act of denying, not a negated verb

export function toTimeML(x: Extraction): string {
  const d = x.document;
  const text = d.text;
  // TimeML ids: t0 is the creation time, t1… the expressions in text order.
  const exprs = [...x.timeExpressions].sort((a, b) => a.start - b.start || b.end - a.end);
  const tid = new Map<string, string>();
  const tags: { start: number; end: number; open: string; close: string }[] = [];
  let lastEnd = -1;
  const skipped: string[] = [];
  for (const t of exprs) {
    // TIMEX3 tags may not overlap or nest: a second expression over the same characters is left out (and said).
    if (t.start < lastEnd || t.end <= t.start || t.end > text.length) {
      skipped.push(t.id);
      continue;
    }
    lastEnd = t.end;
    const id = `t${tid.size + 1}`;
    tid.set(t.id, id);
  }
  const anchorOf = (t: TimeExpression) => (t.anchor === 'publication' ? 't0' : t.anchor ? tid.get(t.anchor) : undefined);
  for (const t of exprs) {
    const id = tid.get(t.id);
    if (!id) continue;
    const valid = validTimexValue(t.type, t.value);
    const anchor = anchorOf(t);
    const attrs = [
      `tid="${id}"`,
      `type="${t.type}"`,
      // A value the grammar does not allow is written as unknown rather than as something invalid.
      `value="${xml(valid ? t.value : t.type === 'DURATION' ? 'PXX' : 'XXXX-XX-XX')}"`,
      t.mod ? `mod="${t.mod}"` : '',
      `temporalFunction="${anchor ? 'true' : 'false'}"`,
      anchor ? `anchorTimeID="${anchor}"` : '',
      `functionInDocument="NONE"`,
    ].filter(Boolean);
    tags.push({ start: t.start, end: t.end, open: `<TIMEX3 ${attrs.join(' ')}>`, close: '</TIMEX3>' });
  }
  // Reporting cues as EVENTs, where they do not cross a TIMEX3.
  const taken = tags.map((t) => [t.start, t.end] as const);
  const crosses = (s: number, e: number) => taken.some(([a, b]) => s < b && a < e);
  const instances: string[] = [];
  const links: string[] = [];
  let n = 0;
  for (const s of x.statements) {
    const { start, end } = s.cue;
    if (end <= start || end > text.length || crosses(start, end)) continue;
    n++;
    taken.push([start, end]);
    tags.push({ start, end, open: `<EVENT eid="e${n}" class="REPORTING">`, close: '</EVENT>' });
    const polarity = REPORTING_POLARITY[s.stance as keyof typeof REPORTING_POLARITY] ?? 'POS';
    instances.push(`<MAKEINSTANCE eiid="ei${n}" eventID="e${n}" tense="NONE" aspect="NONE" polarity="${polarity}" pos="UNKNOWN"/>`);
    const when = s.saidAt.timeExpressionId ? tid.get(s.saidAt.timeExpressionId) : undefined;
    if (when) links.push(`<TLINK lid="l${links.length + 1}" relType="IS_INCLUDED" eventInstanceID="ei${n}" relatedToTime="${when}"/>`);
    else if (s.saidAt.bound === 'before-publication') links.push(`<TLINK lid="l${links.length + 1}" relType="BEFORE" eventInstanceID="ei${n}" relatedToTime="t0"/>`);
  }
  tags.sort((a, b) => a.start - b.start);
  let body = '';
  let at = 0;
  for (const t of tags) {
    body += xml(text.slice(at, t.start)) + t.open + xml(text.slice(t.start, t.end)) + t.close;
    at = t.end;
  }
  body += xml(text.slice(at));
  const dct = d.published.value;
  const comments = [
    `Dateline ${x.engine.version}; document ${d.id}; publisher ${d.publisher}${d.url ? `; ${d.url}` : ''}; time zone ${d.timeZone}`,
    dct && d.published.source === 'inferred' ? 'The creation time was inferred from the text, not given by the publisher.' : '',
    !dct ? 'The publication date is unknown: the creation time is XXXX-XX-XX and expressions resolved against it have unknown values.' : '',
    skipped.length ? `Left out (they overlap another expression): ${skipped.join(', ')}` : '',
  ].filter(Boolean);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    // No two dashes in a row inside a comment (XML forbids them), however many a publisher or an address holds.
    ...comments.map((c) => `<!-- ${xml(c).replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`),
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
    `<DOCID>${xml(d.id)}</DOCID>`,
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${xml(dct ?? 'XXXX-XX-XX')}" temporalFunction="false" functionInDocument="CREATION_TIME">${xml(dct ?? 'XXXX-XX-XX')}</TIMEX3></DCT>`,
    `<TITLE>${xml(d.title)}</TITLE>`,
    `<TEXT>${body}</TEXT>`,
    ...instances,
    ...links,
    '</TimeML>',
    '',
  ].join('\n');
}
