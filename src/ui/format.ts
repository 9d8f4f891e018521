/**
 * Locale-aware text for numbers, days and day counts. Numbers and dates go through Intl; counts of
 * days are counted messages (`tCount`; the background words them the same way).
 */
import { dayToDate } from '../domain/day';
import type { Day } from '../domain/model';
import { formatDays } from '../platform/i18n';
import type { I18n } from './i18n';

/** "3 days" / "3 天": a count of days in words. */
export function formatDayCount(days: number, { t }: I18n): string {
  return formatDays(t, days);
}

/**
 * How far a due date is from today, for a list row: "in 3 days" / "3 天后", "due today",
 * "tomorrow", "5 days overdue" / "逾期 5 天".
 * @param daysUntilDue due − today in calendar days, negative when overdue.
 */
export function formatRelativeDays(daysUntilDue: number, i18n: I18n): string {
  const { t } = i18n;
  if (daysUntilDue === 0) return t('ui_relative_today');
  if (daysUntilDue === 1) return t('ui_relative_tomorrow');
  const duration = formatDayCount(Math.abs(daysUntilDue), i18n);
  return t(daysUntilDue > 0 ? 'ui_relative_in' : 'ui_relative_overdue', { duration });
}

/** A daily rate in parts per million as a percentage: 500 → "0.05%". */
export function formatRatePpm(ppm: number, tag: string): string {
  return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 4 }).format(ppm / 1_000_000);
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

/**
 * The primitive fields of a table row (a rule, a help channel) as message parameters, so a message
 * such as `rule_hours` can say "{allowedUntil} to {allowedFrom}" straight from the rule's data.
 */
export function messageParams(row: object): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(row).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'),
  );
}
