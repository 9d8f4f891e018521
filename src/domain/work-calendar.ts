/**
 * China's working calendar: the State Council's statutory holidays and 调休 make-up workdays, year by
 * year, as data (`cn-calendar.ts` bundles the years from the `chinese-days` package). A year it has
 * no arrangement for is said to be unknown, never taken for ordinary weeks: only its weekends are
 * known. Due dates are never moved (whether a lender postpones one that falls on a holiday is not
 * established); a due date on a non-working day gets a pay-by day, the last working day before it.
 */
import { addDaysToDay, dayToDate } from './day';
import type { Day } from './model';
import type { FactId } from './sources';

/** A holiday's name in both languages, as the arrangement gives it. */
export interface HolidayName {
  en: string;
  zh: string;
}

/** One year's arrangement: its holidays (by day) and its make-up workdays (weekend days worked). */
export interface YearArrangement {
  holidays: ReadonlyMap<Day, HolidayName>;
  workdays: ReadonlySet<Day>;
}

/** The arrangements known, by year. */
export type WorkCalendar = ReadonlyMap<number, YearArrangement>;

/** What a day is: known from its year's arrangement, or only whether it is a weekend. */
export type DayStatus =
  { known: true; workday: boolean; holiday: HolidayName | null; makeUpWorkday: boolean } | { known: false; weekend: boolean };

const isWeekend = (day: Day) => {
  const weekday = dayToDate(day).getDay();
  return weekday === 0 || weekday === 6;
};

/**
 * @example dayStatus('2026-10-01', calendar) // { known: true, workday: false, holiday: { en: 'National Day', zh: '国庆节' }, makeUpWorkday: false }
 * @example dayStatus('2027-10-01', calendar) // { known: false, weekend: false } (no 2027 arrangement)
 */
export function dayStatus(day: Day, calendar: WorkCalendar): DayStatus {
  const year = calendar.get(Number(day.slice(0, 4)));
  if (!year) return { known: false, weekend: isWeekend(day) };
  const holiday = year.holidays.get(day) ?? null;
  const makeUpWorkday = year.workdays.has(day);
  return { known: true, workday: makeUpWorkday || (!holiday && !isWeekend(day)), holiday, makeUpWorkday };
}

/** True or false from the arrangement; null for a day of a year with none. */
export function isWorkday(day: Day, calendar: WorkCalendar): boolean | null {
  const status = dayStatus(day, calendar);
  return status.known ? status.workday : null;
}

/** Why a due date is paid earlier: a holiday, a weekend, or a weekend of a year whose holidays are unknown. */
export type PayByReason = { type: 'holiday'; holiday: HolidayName } | { type: 'weekend' } | { type: 'weekend-uncovered'; year: number };

/**
 * Why DueGuard shows a pay-by day and never moves the due date: no rule says a lender postpones a due
 * date on a holiday (HD1 binds periods, not contract dates; HD2 conflicts; HD4: contracts choose).
 */
export const PAY_BY_FACTS = ['HD1', 'HD2', 'HD4'] as const satisfies readonly FactId[];

/** The last working day before a due date on a non-working day, and why. */
export interface PayBy {
  day: Day;
  reason: PayByReason;
}

/**
 * The pay-by day of a due date that falls on a weekend or holiday: the last working day before it
 * (bank transfers and autopay may land late over a closed period). Null when the due date is a
 * working day, or in a year without an arrangement a weekday: DueGuard does not know it is one.
 * @example payByDay('2026-10-03', calendar) // { day: '2026-09-30', reason: { type: 'holiday', holiday: { zh: '国庆节', … } } }
 */
export function payByDay(due: Day, calendar: WorkCalendar): PayBy | null {
  const status = dayStatus(due, calendar);
  if (status.known ? status.workday : !status.weekend) return null;
  const reason: PayByReason = status.known
    ? status.holiday
      ? { type: 'holiday', holiday: status.holiday }
      : { type: 'weekend' }
    : { type: 'weekend-uncovered', year: Number(due.slice(0, 4)) };
  let day = addDaysToDay(due, -1);
  // A holiday is at most a few weeks long: the search always ends.
  for (;;) {
    const before = dayStatus(day, calendar);
    if (before.known ? before.workday : !before.weekend) return { day, reason };
    day = addDaysToDay(day, -1);
  }
}
