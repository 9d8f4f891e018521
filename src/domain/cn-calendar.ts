/**
 * The working calendars DueGuard ships: the years of the `chinese-days` package a user can need (the
 * past year to the newest it covers), bundled as data; nothing is fetched. A year's arrangement is
 * published by the State Council late in the year before: until the package has it, that year is
 * unknown (`work-calendar.ts`).
 */
import y2025 from 'chinese-days/dist/years/2025.json';
import y2026 from 'chinese-days/dist/years/2026.json';
import type { Day } from './model';
import type { HolidayName, WorkCalendar, YearArrangement } from './work-calendar';

/** A year as `chinese-days` writes it: each holiday and make-up workday by day, `"English,中文,days"`. */
interface PackageYear {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function nameOf(entry: string): HolidayName {
  const [en = '', zh = ''] = entry.split(',');
  return { en, zh };
}

/** One year of the package as an arrangement. */
export function arrangementOf(year: PackageYear): YearArrangement {
  return {
    holidays: new Map(Object.entries(year.holidays).map(([day, entry]) => [day as Day, nameOf(entry)])),
    workdays: new Set(Object.keys(year.workdays) as Day[]),
  };
}

/** The years covered, oldest first. */
export const BUNDLED_YEARS = [2025, 2026] as const;

/** China's working calendar for the bundled years. */
export const CN_CALENDAR: WorkCalendar = new Map([
  [2025, arrangementOf(y2025)],
  [2026, arrangementOf(y2026)],
]);
