/**
 * The calendar export (.ics, RFC 5545, written by ical-generator): one all-day event per future due
 * date, with one alarm per reminder lead time at the user's reminder time of day, and one per
 * statement day of a statement account (the day its new statement is out, to be entered), with one
 * alarm on the day itself.
 *
 * Importing the file again must update events rather than duplicate them, so every event's UID is
 * derived from the installment's (or the statement day's) stable key (`<key>@dueguard`) and its
 * SEQUENCE grows with each export (see `exportSequence`), which is what calendars compare to accept
 * a newer copy.
 */
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventBusyStatus, ICalEventTransparency } from 'ical-generator';
import { minimumLeft } from '../domain/status';
import type { Data, Day, DebtKind, Minor, Settings, StatementDebt } from '../domain/model';
import { getOpenInstallments, type OpenItem } from '../domain/open-installments';
import { statementCycles } from '../domain/statement';

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

/** What a due day's description says of a statement cycle's minimum payment (see `calendarMinimum`). */
export interface CalendarMinimum {
  /** The part of the minimum still to pay: paying it by the due day keeps the cycle from being overdue. */
  minimum: Minor;
  /** True when the minimum is estimated from the account's rule, the statement not being entered yet. */
  estimated: boolean;
}

/**
 * The minimum payment a due day's description names, for a statement cycle with one (`cycle.minimum`):
 * what is left of it after the payments made. Null for anything else, when the minimum is already
 * paid, or when it is all that is left (the title's amount says it).
 * @example calendarMinimum(item) // { minimum: 50_000, estimated: false } for a ¥5,000 statement with a ¥500 minimum
 */
export function calendarMinimum(item: OpenItem): CalendarMinimum | null {
  const left = minimumLeft(item.status);
  return left === null ? null : { minimum: left, estimated: item.status.cycle!.estimated };
}

/** A statement account's statement day in the window: the day its new statement is out, to be entered. */
export interface StatementDayItem {
  /** `statement:<debtId>:<statementDate>`: the UID's stable part, apart from every installment key. */
  key: string;
  debtId: string;
  name: string;
  kind: DebtKind;
  currency: string;
  statementDate: Day;
  /** The due day of the statement that closes on `statementDate`. */
  due: Day;
}

/** The key of a statement day's event. @example statementDayKey('d1', '2026-03-05') // 'statement:d1:2026-03-05' */
export const statementDayKey = (debtId: string, statementDate: Day): string => `statement:${debtId}:${statementDate}`;

/**
 * Every statement day from `today` to `until` (inclusive) of each statement account, soonest first:
 * from its first tracked cycle on, leaving out a cycle whose statement is already entered and an
 * account a plan settles (as the due days do).
 * @example getStatementDays(data, '2026-03-01', '2026-05-01').map((s) => s.key) // ['statement:card:2026-03-05', 'statement:card:2026-04-05']
 */
export function getStatementDays(data: Data, today: Day, until: Day): StatementDayItem[] {
  const settled = new Set(data.plans.map((p) => p.debtId).filter(Boolean));
  const accounts = data.debts.filter((d): d is StatementDebt => d.billing === 'statement' && !settled.has(d.id));
  return accounts
    .flatMap((debt) => {
      const entered = new Set(debt.statements.map((s) => s.statementDate));
      const from = debt.firstStatement > today ? debt.firstStatement : today;
      return statementCycles(debt, from, until)
        .filter((cycle) => !entered.has(cycle.statementDate))
        .map(({ statementDate, due }) => ({
          key: statementDayKey(debt.id, statementDate),
          debtId: debt.id,
          name: debt.name,
          kind: debt.kind,
          currency: debt.currency,
          statementDate,
          due,
        }));
    })
    .sort((a, b) => (a.statementDate < b.statementDate ? -1 : a.statementDate > b.statementDate ? 1 : a.key < b.key ? -1 : 1));
}

/** One event to write: what the options page derives from the open items and statement days, already worded. */
export interface CalendarEntry {
  /** The installment key (`debt:<id>:<due>` or `plan:<id>:<seq>`) or `statementDayKey`: the UID's stable part. */
  key: string;
  /** The event's day: the due day, or the statement day. */
  due: Day;
  title: string;
  description: string;
  /**
   * `due` (absent: the same): a due day, alarmed at each lead time. `statement`: a statement day, which
   * nothing is paid on, alarmed only on the day itself (when any lead time is set).
   */
  type?: 'due' | 'statement';
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
 * display alarm per lead time (a statement day: one, on the day), DTSTAMP `now`, SEQUENCE `exportSequence(now)`.
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
    // A statement day is a day to act on, not a deadline coming: one alarm, on the day, if alarms are on at all.
    const leads = entry.type === 'statement' ? (leadDays.length > 0 ? [0] : []) : leadDays;
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
    for (const lead of leads) {
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
