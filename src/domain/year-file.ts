/**
 * A year's holiday arrangement loaded by the user from a JSON file (docs/work-calendar-format.md),
 * for a year DueGuard does not bundle yet: the State Council publishes the next year's arrangement
 * late in the year, before a DueGuard release carries it. A file is checked whole; any problem
 * refuses it with every reason, and nothing is kept of it.
 */
import * as v from 'valibot';
import { dayToDate, isDayString } from './day';
import { CN_CALENDAR } from './cn-calendar';
import type { Day } from './model';
import type { WorkCalendar, YearArrangement } from './work-calendar';

const YEARS = { min: 2000, max: 2100 } as const;
const NAME_LENGTH = 40;

const NameSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(NAME_LENGTH));
const DayListSchema = v.array(v.pipe(v.string(), v.check(isDayString, 'must be a date as YYYY-MM-DD')));

const YearFileShape = v.object({
  format: v.literal('dueguard-work-calendar'),
  version: v.literal(1),
  year: v.pipe(v.number(), v.integer(), v.minValue(YEARS.min), v.maxValue(YEARS.max)),
  /** Where the arrangement comes from, e.g. the State Council notice's title. */
  source: v.optional(v.pipe(v.string(), v.maxLength(200)), ''),
  holidays: v.pipe(
    v.array(v.object({ name: v.object({ zh: NameSchema, en: NameSchema }), days: v.pipe(DayListSchema, v.minLength(1)) })),
    v.minLength(1),
  ),
  /** 调休: weekend days worked. */
  workdays: v.optional(DayListSchema, []),
});
type YearFileShape = v.InferOutput<typeof YearFileShape>;

/** Why a file is refused: each problem found, with the day or field it is about. */
export type YearFileProblem =
  | { type: 'not-json' }
  | { type: 'shape'; path: string; message: string }
  | { type: 'other-year'; day: string }
  | { type: 'twice'; day: string }
  | { type: 'workday-not-weekend'; day: string };

export type YearFileResult = { ok: true; file: YearFile } | { ok: false; problems: YearFileProblem[] };

const isWeekend = (day: string) => dayToDate(day as Day).getDay() % 6 === 0;

/** The rules across fields: every day in the file's year, each listed once, make-up days on weekends. */
function dayProblems(file: YearFileShape): YearFileProblem[] {
  const problems: YearFileProblem[] = [];
  const seen = new Set<string>();
  const all = [...file.holidays.flatMap((h) => h.days), ...file.workdays];
  for (const day of all) {
    if (!day.startsWith(`${file.year}-`)) problems.push({ type: 'other-year', day });
    if (seen.has(day)) problems.push({ type: 'twice', day });
    seen.add(day);
  }
  for (const day of file.workdays) if (!isWeekend(day)) problems.push({ type: 'workday-not-weekend', day });
  return problems;
}

/** The file, and what settings keep of it (`settings.workCalendarYears`). */
export const YearFileSchema = v.pipe(
  YearFileShape,
  v.check((file) => dayProblems(file).length === 0, 'days must be in the year, each listed once, make-up workdays on weekends'),
);
export type YearFile = v.InferOutput<typeof YearFileSchema>;

/**
 * @example readYearFile('{"format":"dueguard-work-calendar","version":1,"year":2027,"holidays":[…]}') // { ok: true, file }
 * @example readYearFile('{') // { ok: false, problems: [{ type: 'not-json' }] }
 */
export function readYearFile(text: string): YearFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ type: 'not-json' }] };
  }
  const parsed = v.safeParse(YearFileShape, json);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({ type: 'shape', path: v.getDotPath(issue) ?? '', message: issue.message })),
    };
  const problems = dayProblems(parsed.output);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, file: parsed.output };
}

/** A loaded file as the calendar's arrangement for its year. */
export function arrangementOfFile(file: YearFile): YearArrangement {
  return {
    holidays: new Map(file.holidays.flatMap(({ name, days }) => days.map((day) => [day as Day, name] as const))),
    workdays: new Set(file.workdays as Day[]),
  };
}

const calendars = new WeakMap<readonly YearFile[], WorkCalendar>();

/**
 * The working calendar to use: the bundled years, and the user's files, each for its year (a file
 * for a bundled year replaces it: a user who loaded one knows better than an old release).
 */
export function workCalendar(loaded: readonly YearFile[]): WorkCalendar {
  if (loaded.length === 0) return CN_CALENDAR;
  let calendar = calendars.get(loaded);
  if (!calendar) {
    calendar = new Map([...CN_CALENDAR, ...loaded.map((file) => [file.year, arrangementOfFile(file)] as const)]);
    calendars.set(loaded, calendar);
  }
  return calendar;
}
