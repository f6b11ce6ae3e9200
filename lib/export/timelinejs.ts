// The view as a TimelineJS 3 timeline (https://timeline.knightlab.com/docs/json-format.html): one slide per
// dated statement (when it was said) and one per time an event is claimed to happen, grouped by speaker and
// by event. TimelineJS dates have no zone, so they are written as wall-clock time in the chosen zone, which
// every slide names. Its text fields are HTML: every string from an article is escaped. What has no date (a
// statement only known to precede publication) is not placed at an invented one: the title slide counts it.
import type { Extraction, Interval } from '../model/schema';
import { eventName } from '../view/event-names';
import { LOCALE, MESSAGES, type UiLang } from '../view/i18n';
import { actorLookup, sourcesOf, type StatementRow } from '../view/rows';
import { isolate, withoutBidiControls } from '../text/bidi';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}
export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
  display_date?: string;
}
export interface TimelineJson {
  title: { text: { headline: string; text: string }; unique_id: string };
  events: TimelineSlide[];
}

/** Text for HTML: the five markup characters escaped. */
export function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const partsIn = (ms: number, zone: string) => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: Number(p.hour), minute: Number(p.minute) };
};

/** Start and (inclusive) end of an interval as TimelineJS dates in a zone; whole days carry no clock. */
export function timelineDates(i: Interval, zone: string): { start_date: TimelineDate; end_date?: TimelineDate } | null {
  if (!i.start || !i.end) return null;
  const s = partsIn(Date.parse(i.start), zone);
  const e = partsIn(Date.parse(i.end), zone);
  const wholeDays = s.hour === 0 && s.minute === 0 && e.hour === 0 && e.minute === 0;
  if (wholeDays) {
    const last = partsIn(Date.parse(i.end) - 1, zone);
    const start = { year: s.year, month: s.month, day: s.day };
    const same = last.year === s.year && last.month === s.month && last.day === s.day;
    return same ? { start_date: start } : { start_date: start, end_date: { year: last.year, month: last.month, day: last.day } };
  }
  // TimelineJS has no 24:00: an interval ending at midnight ends at 23:59 of its last day.
  const end = e.hour === 0 && e.minute === 0 ? { ...partsIn(Date.parse(i.end) - 60_000, zone) } : e;
  return { start_date: s, end_date: end };
}

// Dates written for TimelineJS's slides: English day-month order, Russian month names in a Russian export (the
// Arabic export has kept Latin dates, which TimelineJS's own date line beside them also writes).
const fmt = (i: Interval, zone: string, lang: UiLang) => {
  const day = new Intl.DateTimeFormat(lang === 'ru' ? LOCALE.ru : 'en-GB', { timeZone: zone, day: 'numeric', month: 'short', year: 'numeric' });
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const s = new Date(i.start!);
  const e = new Date(i.end!);
  const last = new Date(Date.parse(i.end!) - 1);
  const whole = clock.format(s) === '00:00' && clock.format(e) === '00:00';
  if (whole) return `${day.format(s) === day.format(last) ? day.format(s) : `${day.format(s)} – ${day.format(last)}`} (${zone})`;
  const end = clock.format(e) === '00:00' ? '24:00' : clock.format(e);
  return day.format(s) === day.format(last) ? `${day.format(s)}, ${clock.format(s)}–${end} (${zone})` : `${day.format(s)}, ${clock.format(s)} – ${day.format(last)}, ${end} (${zone})`;
};

export function toTimelineJs(rows: readonly StatementRow[], xs: readonly Extraction[], opts: { zone: string; title?: string; lang?: UiLang }): TimelineJson {
  const lookup = actorLookup([...xs]);
  const lang = opts.lang ?? 'en';
  const t = MESSAGES[lang];
  const name = (id: string) => {
    const a = lookup(id);
    return a?.names[lang][0] ?? a?.names.en[0] ?? id;
  };
  const events: TimelineSlide[] = [];
  const seenClaims = new Set<string>();
  let undated = 0;
  for (const r of rows) {
    const x = xs[r.doc]!;
    const d = x.document;
    const s = r.statement;
    const words = s.mentions.map((m) => d.text.slice(m.start, m.end)).join(' … ');
    const publisher = lookup(d.publisher)?.names[lang][0] ?? d.publisher;
    const credit = `<p><small><bdi>${html(withoutBidiControls(publisher))}</bdi>${d.published.value ? `, ${html(d.published.value)}` : ''}${
      d.url && /^https?:\/\//.test(d.url) ? ` — <a href="${html(d.url)}">${html(d.url)}</a>` : ''
    }</small></p>`;
    const dir = d.lang === 'ar' ? ' dir="rtl" lang="ar"' : ` lang="${d.lang}"`;
    const said = s.saidAt.interval && timelineDates(s.saidAt.interval, opts.zone);
    if (said) {
      events.push({
        ...said,
        display_date: fmt(s.saidAt.interval!, opts.zone, lang),
        text: { headline: html(`${isolate(name(s.speaker.actorId))}: ${t.stanceName[s.stance]}`), text: `<blockquote${dir}>${html(words)}</blockquote>${credit}` },
        group: html(name(s.speaker.actorId)),
        unique_id: `said-${d.id}-${s.id}`,
      });
    } else undated++;
    const claim = r.claim;
    const e = r.event;
    if (e && claim?.interval && !seenClaims.has(`${d.id}/${e.id}/${claim.value}/${s.id}`)) {
      seenClaims.add(`${d.id}/${e.id}/${claim.value}/${s.id}`);
      const when = timelineDates(claim.interval, opts.zone);
      if (when)
        events.push({
          ...when,
          display_date: fmt(claim.interval, opts.zone, lang),
          text: {
            headline: html(eventName(e, lang, x.actors)),
            text: `<p>${html(t.tlClaim(t.modalityName[e.modality], name(s.speaker.actorId), claim.value))}</p>${credit}`,
          },
          group: html(eventName(e, lang, x.actors)),
          unique_id: `claim-${d.id}-${e.id}-${s.id}`,
        });
    }
  }
  const sources = sourcesOf(rows, xs, lookup, lang).map((d) => `${isolate(d.publisher)}${d.published ? ` (${d.published})` : ''}`);
  return {
    title: {
      text: {
        headline: html(opts.title ?? 'Dateline'),
        text: `<p>${html(t.tlSources(sources.join('; ') || '—', opts.zone))}</p>${
          undated ? `<p>${html(t.tlUndated(undated))}</p>` : ''
        }`,
      },
      unique_id: 'title',
    },
    events,
  };
}
