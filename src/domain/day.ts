/**
 * Calendar days as `YYYY-MM-DD` strings (`Day`), and the few conversions between days and instants.
 * A day has no time zone; it becomes an instant only at local midnight or a local time of day, in the
 * time zone of the machine, which is the user's. Adding and counting days works on the calendar days
 * themselves (integer day numbers, so a DST day of 23 or 25 hours still counts as one day), and so
 * does adding months (clamped to the month's end, as date-fns' addMonths does).
 */
import type { Day } from './model';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar day in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isDayString(s: string): boolean {
  const m = DAY_PATTERN.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The value of the `length` decimal digits of `s` at `start`; NaN if any is not a digit. */
function digits(s: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The number of `day` counted from 1970-01-01 (negative before). Calendar-day arithmetic done on the
 * day itself involves no time zone and no DST; and done with integers, as in H. Hinnant's
 * `days_from_civil` (proleptic Gregorian, years counted from March so leap days come last), it needs
 * no Date object and no formatting: schedules, statuses and reminders call it for every installment,
 * so it is the hot path of a wake. Out-of-range months and days roll over as `Date.UTC` does.
 */
function dayNumber(day: Day): number {
  const month = digits(day, 5, 2);
  const year = digits(day, 0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + digits(day, 8, 2) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => pad(n));

/** The day numbered `n` by `dayNumber` (H. Hinnant's `civil_from_days`). Throws RangeError for NaN. */
function dayOfNumber(n: number): Day {
  if (!Number.isFinite(n)) throw new RangeError(`not a day number: ${n}`);
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const m = Math.floor((5 * dayOfYear + 2) / 153);
  const month = m < 10 ? m + 3 : m - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${TWO_DIGITS[month]!}-${TWO_DIGITS[dayOfYear - Math.floor((153 * m + 2) / 5) + 1]!}` as Day;
}

/**
 * `s` as a Day when it is a real calendar day in `YYYY-MM-DD` form, else null.
 * @example parseDay('2026-02-28') // '2026-02-28'
 * @example parseDay('2026-02-30') // null
 */
export function parseDay(s: string): Day | null {
  return isDayString(s) ? (s as Day) : null;
}

/**
 * The local calendar day of an instant.
 * @example toDay(new Date(2026, 0, 31, 23, 59)) // '2026-01-31'
 */
export function toDay(date: Date): Day {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` as Day;
}

/**
 * Local midnight at the start of `day` (01:00 in the rare zones whose DST starts at midnight).
 * @example dayToDate('2026-03-08' as Day).getDate() // 8
 */
export function dayToDate(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/**
 * The day `n` calendar days after `day` (before it when `n` is negative).
 * @example addDaysToDay('2026-12-31' as Day, 1) // '2027-01-01'
 */
export function addDaysToDay(day: Day, n: number): Day {
  return dayOfNumber(dayNumber(day) + n);
}

/**
 * Calendar days from `a` to `b` (b − a): positive when `b` is later, whatever the hours of DST days.
 * @example daysBetween('2026-03-07' as Day, '2026-03-09' as Day) // 2
 */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * The due day of monthly occurrence `n` (0-based) of a schedule starting on `first`: `addMonths(first, n)`,
 * clamped to the month's last day. Always computed from `first`, never chained from the previous
 * occurrence, so a schedule on the 31st goes Jan 31 → Feb 28 (29 in leap years) → Mar 31. Plain
 * calendar arithmetic on the day's numbers (date-fns' addMonths gives the same days through Date
 * objects, at many times the cost: every schedule of every wake goes through here).
 * @example monthlyDue('2026-01-31' as Day, 1) // '2026-02-28'
 * @example monthlyDue('2026-01-31' as Day, 2) // '2026-03-31'
 */
export function monthlyDue(first: Day, n: number): Day {
  const months = digits(first, 0, 4) * 12 + digits(first, 5, 2) - 1 + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  const day = Math.min(digits(first, 8, 2), daysInMonth(year, month));
  if (!Number.isFinite(months + day)) throw new RangeError(`not a day: ${first}`);
  return `${pad(year, 4)}-${TWO_DIGITS[month]!}-${TWO_DIGITS[day]!}` as Day;
}

/** Days in `month` (1-12) of `year`, in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The instant (epoch ms) of local wall-clock time `hhmm` (`HH:mm`) on `day`. A time that does not
 * exist on a DST day (02:30 on 2026-03-08 in New York) moves forward to the same offset after the gap.
 * @example new Date(atLocalTime('2026-05-01' as Day, '09:30')).getHours() // 9
 */
export function atLocalTime(day: Day, hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  const date = dayToDate(day);
  date.setHours(hours, minutes, 0, 0);
  return date.getTime();
}

/**
 * The next local midnight strictly after the instant `now` (epoch ms), as epoch ms.
 * @example nextLocalMidnight(new Date(2026, 11, 31, 15).getTime()) === new Date(2027, 0, 1).getTime()
 */
export function nextLocalMidnight(now: number): number {
  return dayToDate(addDaysToDay(toDay(new Date(now)), 1)).getTime();
}

/**
 * Sort order of days: negative when `a` is earlier, 0 when equal, positive when later.
 * (`YYYY-MM-DD` strings sort as days.)
 * @example ['2026-02-01', '2026-01-31'].sort(compareDays) // ['2026-01-31', '2026-02-01']
 */
export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first day on or after `today` that is day `dueDay` of its month (months without that day are skipped).
 * @example nextDueDay('2026-01-31', 30) // '2026-03-30'
 */
export function nextDueDay(today: Day, dueDay: number): Day {
  const [y, m] = today.split('-').map(Number) as [number, number];
  for (let i = 0; ; i++) {
    const month = m - 1 + i;
    const day = parseDay(`${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`);
    if (day && day >= today) return day;
  }
}
