/**
 * The calendar export (.ics, RFC 5545, written by ical-generator): one all-day event per future due
 * date, with one alarm per reminder lead time at the user's reminder time of day.
 *
 * Importing the file again must update events rather than duplicate them, so every event's UID is
 * derived from the installment's stable key (`<key>@dueguard`) and its SEQUENCE grows with each
 * export (see `exportSequence`), which is what calendars compare to accept a newer copy.
 */
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import type { Data, Day, Settings } from '../domain/model';
import { getOpenInstallments, type OpenItem } from '../domain/open-installments';

/**
 * Every installment still to pay from `today` to `until` (inclusive), soonest first, from the open
 * installments (so a debt settled by a plan is left out: the plan's installments stand for it).
 * Overdue ones are not future dates and are not listed.
 * @example getCalendarItems(data, settings, '2026-03-01', '2027-03-01').map((i) => i.status.key) // ['debt:d1:2026-03-10', 'plan:p1:1', …]
 */
export function getCalendarItems(data: Data, settings: Settings, today: Day, until: Day): OpenItem[] {
  return getOpenInstallments(data, settings, today, until)
    .items.filter(({ status }) => status.due >= today && status.due <= until)
    .sort((a, b) => (a.status.due < b.status.due ? -1 : a.status.due > b.status.due ? 1 : a.status.key < b.status.key ? -1 : 1));
}

/** One event to write: what the options page derives from the open items, already worded. */
export interface CalendarEntry {
  /** The installment key (`debt:<id>:<due>` or `plan:<id>:<seq>`): the UID's stable part. */
  key: string;
  due: Day;
  title: string;
  description: string;
}

export interface CalendarOptions {
  /** The calendar's display name (X-WR-CALNAME). */
  name: string;
  /** Days before the due date to alarm (settings.leadDays). */
  leadDays: readonly number[];
  /** Local time of day of each alarm, `HH:mm` (settings.reminderTime). */
  reminderTime: string;
  /** The alarm's text for a lead time, e.g. "Due in 3 days". */
  alarmText: (leadDays: number, entry: CalendarEntry) => string;
}

const UID_DOMAIN = 'dueguard';
/** Minutes since this instant number the exports: later exports carry a larger SEQUENCE. */
const SEQUENCE_EPOCH = Date.UTC(2024, 0, 1);

/** The UID of an installment's event; the same installment gets the same UID in every export. */
export function eventUid(key: string): string {
  return `${key}@${UID_DOMAIN}`;
}

/**
 * The SEQUENCE of every event in an export made at `now`: whole minutes since 2024-01-01 UTC. Nothing
 * is stored per event, yet a later export always carries a higher number than an earlier one, so a
 * calendar that already holds an event takes the re-imported copy as the newer revision.
 */
export function exportSequence(now: number): number {
  return Math.max(0, Math.floor((now - SEQUENCE_EPOCH) / 60_000));
}

/**
 * Seconds before the start (local midnight) of an all-day event at which an alarm for `leadDays`
 * days ahead at wall-clock `hhmm` fires; negative means after the start (the due day itself).
 * @example alarmOffsetSeconds(3, '09:00') // 226800 (3 days minus 9 hours)
 */
export function alarmOffsetSeconds(leadDays: number, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return leadDays * 86_400 - (h * 3600 + m * 60);
}

/**
 * The .ics text for `entries`: all-day events (VALUE=DATE, no time zone, marked free), each with a
 * display alarm per lead time, DTSTAMP `now`, SEQUENCE `exportSequence(now)`.
 *
 * @example buildIcs([{ key: 'plan:p1:1', due: '2026-04-15', title: '借呗 1/12 ¥1,000.00', description: '' }], options, now)
 *   // 'BEGIN:VCALENDAR … UID:plan:p1:1@dueguard … DTSTART;VALUE=DATE:20260415 … BEGIN:VALARM …'
 */
export function buildIcs(entries: readonly CalendarEntry[], options: CalendarOptions, now: number): string {
  const calendar = ical({ name: options.name, prodId: { company: 'DueGuard', product: 'DueGuard', language: 'EN' } });
  const stamp = new Date(now);
  const sequence = exportSequence(now);
  const leadDays = [...new Set(options.leadDays)].sort((a, b) => b - a);
  for (const entry of entries) {
    const event = calendar.createEvent({
      id: eventUid(entry.key),
      // A `YYYY-MM-DD` string is read as UTC midnight, which ical-generator writes as that same date.
      start: entry.due,
      allDay: true,
      summary: entry.title,
      description: entry.description,
      stamp,
      sequence,
      transparency: ICalEventTransparency.TRANSPARENT,
      busystatus: ICalEventBusyStatus.FREE,
    });
    for (const lead of leadDays) {
      // RELATED=START set explicitly (and by method: createAlarm ignores `relatesTo`): left unset,
      // ical-generator relates an after-start trigger to the END, which for an all-day event rings a day late.
      event
        .createAlarm({
          type: ICalAlarmType.display,
          trigger: alarmOffsetSeconds(lead, options.reminderTime),
          description: options.alarmText(lead, entry),
        })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }
  return calendar.toString();
}
