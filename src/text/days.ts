/**
 * Days in words, the same on every page and in notifications: a day ("Mar 8" / "3月8日"), a count of
 * days ("3 days" / "3 天"), and how far a due day is ("in 3 days" / "逾期 5 天").
 */
import { dayToDate } from '../domain/day';
import type { Day } from '../domain/model';
import type { Locale } from './locale';
import { tCount, type Translate } from './translate';

/** "1 day" / "5 days" / "5 天": a count of days, to put inside other messages. */
export function formatDays(t: Translate, count: number): string {
  return tCount(t, 'common_days', count);
}

/**
 * How far a due date is from today, for a list row: "in 3 days" / "3 天后", "due today",
 * "tomorrow", "5 days overdue" / "逾期 5 天".
 * @param daysUntilDue due − today in calendar days, negative when overdue.
 */
export function formatRelativeDays(daysUntilDue: number, { t }: Pick<Locale, 't'>): string {
  if (daysUntilDue === 0) return t('ui_relative_today');
  if (daysUntilDue === 1) return t('ui_relative_tomorrow');
  const duration = formatDays(t, Math.abs(daysUntilDue));
  return t(daysUntilDue > 0 ? 'ui_relative_in' : 'ui_relative_overdue', { duration });
}

/** "in 1 day" / "1 天后", "in 3 days": how far ahead something other than a payment is (a stage, a deadline). */
export function formatIn(days: number, { t }: Pick<Locale, 't'>): string {
  return t('ui_relative_in', { duration: formatDays(t, days) });
}

/**
 * A day as people write it: "Mar 8" / "3月8日" (with the year unless it is the year of `today`), or
 * the long form "March 8, 2026" / "2026年3月8日".
 */
export function formatDay(day: Day, tag: string, { long = false, today }: { long?: boolean; today?: Day } = {}): string {
  const style = long ? 'long' : day.slice(0, 4) !== today?.slice(0, 4) ? 'short-year' : 'short';
  return dateFormat(tag, style).format(dayToDate(day));
}

const DAY_STYLES: Record<'long' | 'short' | 'short-year', Intl.DateTimeFormatOptions> = {
  long: { dateStyle: 'long' },
  short: { month: 'short', day: 'numeric' },
  'short-year': { year: 'numeric', month: 'short', day: 'numeric' },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one (it was the popup's largest cost with 100 debts): one per language and style. */
function dateFormat(tag: string, style: keyof typeof DAY_STYLES): Intl.DateTimeFormat {
  const id = `${tag}|${style}`;
  let format = dateFormats.get(id);
  if (!format) dateFormats.set(id, (format = new Intl.DateTimeFormat(tag, DAY_STYLES[style])));
  return format;
}
