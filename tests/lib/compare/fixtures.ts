// Documents for the compare tests: the seed, and short texts written for these tests (CONSTRUCTED: not real
// reporting; dates and wording chosen to exercise one rule each).
import { readFileSync } from 'node:fs';
import { extract, type ExtractInput } from '@/lib/extract/index';
import type { Extraction } from '@/lib/model/schema';

export const seed = (): Extraction =>
  extract({
    text: readFileSync('data/corpus/sputnik-ar-2021-12-29-putin-biden-call.txt', 'utf8'),
    published: '2021-12-29',
    timeZone: 'Europe/Moscow',
    lang: 'ar',
    publisher: 'sputnik-arabic',
  });

/** CONSTRUCTED texts, keyed by what each one tests. */
export const CONSTRUCTED = {
  /** Peskov gives another date for the same call: 2 January, a Moscow day. */
  conflictAr: { id: 'constructed-conflict-ar', text: 'قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن الاتصال الهاتفي بين بوتين وبايدن سيجري يوم الأحد 2 يناير.', published: '2021-12-30', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'rt' },
  /** The Kremlin: Thursday (a Moscow day), in a Moscow document. */
  kremlinThursdayAr: { id: 'constructed-kremlin-thursday-ar', text: 'أكد الكرملين أن الاتصال الهاتفي بين بوتين وبايدن سيجري غدا الخميس.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'tass' },
  /** The White House: Thursday (a Washington day), in a Washington document. */
  whiteHouseThursdayEn: { id: 'constructed-white-house-thursday-en', text: 'The White House said Biden and Putin will hold a phone call on Thursday.', published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' },
  /** Peskov's "late on Thursday evening" in a New York document: a Moscow evening all the same. */
  peskovInNewYorkEn: { id: 'constructed-peskov-new-york-en', text: 'Kremlin spokesman Dmitry Peskov said on Wednesday that the phone call between Putin and Biden will take place late on Thursday evening.', published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' },
  /** Peskov names the zone: the day stays a Washington day. */
  peskovWashingtonTimeEn: { id: 'constructed-peskov-washington-time-en', text: 'Peskov said the phone call between Putin and Biden will take place on Thursday, Washington time.', published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' },
  /** A clock time with its zone: kept as the engine read it. */
  clockWithZoneEn: { id: 'constructed-clock-zone-en', text: 'The White House said the phone call between Biden and Putin will begin on Thursday at 20:30 Moscow time.', published: '2021-12-29', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' },
  /** No publication date: "tomorrow" cannot be resolved. */
  undatedAr: { id: 'constructed-undated-ar', text: 'قال المتحدث باسم الرئاسة الروسية دميتري بيسكوف إن الاتصال الهاتفي بين بوتين وبايدن سيجري غدا.', published: null, timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'rt' },
  /** A call with no participants and no time: nothing ties it to the seed's call but a reviewer. */
  durationOnlyEn: { id: 'constructed-duration-en', text: 'The call lasted 50 minutes, CNN reported.', published: '2021-12-31', timeZone: 'America/New_York', lang: 'en', publisher: 'ap' },
  /** A meeting of the same two on the same day: another kind of event. */
  meetingEn: { id: 'constructed-meeting-en', text: 'The Kremlin said Putin and Biden will meet in Geneva on Thursday.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'reuters' },
  /** Putin calls Macron the same day: shares Putin only. */
  macronCallEn: { id: 'constructed-macron-call-en', text: 'The Kremlin said Putin and Macron will hold a phone call on Thursday.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'tass' },
  /** The same two, three weeks later: another call. */
  laterCallEn: { id: 'constructed-later-call-en', text: 'The Kremlin said Putin and Biden will hold a phone call on January 20.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'tass' },
  /** Generic statements about the same two: never one happening. */
  statementA: { id: 'constructed-statement-a', text: 'Peskov said Putin and Biden remain committed to dialogue.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'tass' },
  statementB: { id: 'constructed-statement-b', text: 'Ushakov said Putin and Biden remain committed to dialogue.', published: '2021-12-30', timeZone: 'Europe/Moscow', lang: 'en', publisher: 'rt' },
  /** Refers back to the announced call. */
  crossRefAr: { id: 'constructed-cross-ref-ar', text: 'وقال بيسكوف إن الاتصال الهاتفي الذي أعلن عنه البيت الأبيض بين بوتين وبايدن سيجري غدا.', published: '2021-12-29', timeZone: 'Europe/Moscow', lang: 'ar', publisher: 'rt' },
} satisfies Record<string, ExtractInput>;

export const constructed = (k: keyof typeof CONSTRUCTED): Extraction => extract(CONSTRUCTED[k]);

/** The only event of a constructed document of one statement. */
export const onlyEvent = (x: Extraction) => {
  expectOne(x.events);
  return { docId: x.document.id, eventId: x.events[0]!.id };
};
function expectOne(list: unknown[]) {
  if (list.length !== 1) throw new Error(`expected one event, got ${list.length}`);
}
