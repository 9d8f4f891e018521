/**
 * One month as a calendar grid: its weeks (Monday first, as Chinese calendars are), and on each day
 * what is due (paid and open, from the one list of installments), the statement days of statement
 * accounts, the pay-by days of due dates on a weekend or holiday, the paydays, whether it is a
 * holiday or a make-up workday, and what is still to pay that day. Pure: the working calendar is a
 * parameter, so the month can be drawn for another country's or a loaded year's.
 */
import { addDaysToDay, dayToDate } from './day';
import type { Data, Day, Settings, StatementDebt } from './model';
import { getOpenInstallments, OPEN_HORIZON_DAYS, type OpenItem } from './open-installments';
import { DUE_SOON_DAYS, totalsByCurrency, type MoneyTotal } from './overview';
import { findCollisions, getCashCrunches, paydaysBetween, type CashCrunch, type Collision } from './paydays';
import { statementDateIn } from './statement';
import { dayStatus, payByDay, type DayStatus, type PayBy, type WorkCalendar } from './work-calendar';

/** A month of a year, 1-12. */
export interface Month {
  year: number;
  month: number;
}

/**
 * How a due item stands, for its colour and its words: paid; upcoming; due soon (today to today +
 * DUE_SOON_DAYS); overdue; a plan's installment overdue, which puts the plan at risk (N4); a statement
 * past its due day with the minimum paid (not overdue, the rest accrues interest).
 */
export type DueTone = 'paid' | 'upcoming' | 'due-soon' | 'overdue' | 'plan-at-risk' | 'minimum-paid';

export interface DueEntry {
  item: OpenItem;
  tone: DueTone;
  /** For an item still ahead due on a weekend or holiday: the last working day before it. */
  payBy: PayBy | null;
}

/** A due date on a non-working day, shown on its pay-by day. */
export interface PayByEntry {
  item: OpenItem;
  payBy: PayBy;
}

export interface GridDay {
  day: Day;
  /** Holiday, make-up workday, or (a year without an arrangement) only whether it is a weekend. */
  status: DayStatus;
  payday: boolean;
  isToday: boolean;
  dues: DueEntry[];
  payBys: PayByEntry[];
  /** The statement accounts whose statement closes this day. */
  statements: StatementDebt[];
  /** Still to pay on the day's items, per currency (the user's first); paid items add nothing. */
  totals: MoneyTotal[];
}

export interface MonthGrid extends Month {
  first: Day;
  last: Day;
  /** Rows of seven, Monday first; null before the 1st and after the month's last day. */
  weeks: (GridDay | null)[][];
  /** False when the calendar has no arrangement for the month's year: only weekends are known. */
  covered: boolean;
  /** Every item the grid was drawn from, paid ones included (the warnings look at those still ahead). */
  items: OpenItem[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `YYYY-MM` (a route's month) as a Month; null for anything else.
 * @example parseMonth('2026-10') // { year: 2026, month: 10 }
 */
export function parseMonth(text: string): Month | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  return m && year >= 1900 && year <= 2200 && month >= 1 && month <= 12 ? { year, month } : null;
}

/** @example monthKey({ year: 2026, month: 10 }) // '2026-10' */
export const monthKey = ({ year, month }: Month): string => `${year}-${pad(month)}`;

/** The month of a day. */
export const monthOf = (day: Day): Month => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) });

/** @example shiftMonth({ year: 2026, month: 12 }, 1) // { year: 2027, month: 1 } */
export function shiftMonth({ year, month }: Month, n: number): Month {
  const index = year * 12 + month - 1 + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first and last day of a month. */
export function monthBounds(month: Month): { first: Day; last: Day } {
  // Day 31 clamps to the month's last day.
  return { first: `${monthKey(month)}-01` as Day, last: statementDateIn(31, month.year, month.month) };
}

/** The tone of an item on `today` (see DueTone). */
export function dueTone(item: OpenItem): DueTone {
  const { state, daysUntilDue } = item.status;
  if (state === 'paid' || state === 'minimum-paid') return state;
  if (state === 'overdue') return item.plan ? 'plan-at-risk' : 'overdue';
  return daysUntilDue <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** A pay-by day is at most a holiday's length before its due date: items due this long after the month can have one in it. */
const PAY_BY_REACH_DAYS = 14;

/**
 * The month's grid on `today`. Items are those of `getOpenInstallments` with the paid ones
 * (`withPaid`), unrolled far enough for every due day and pay-by day of the month; a pay-by day is
 * shown for items still ahead (upcoming or due today).
 * @example getMonthGrid(data, settings, '2026-09-20', { year: 2026, month: 10 }, CN_CALENDAR).weeks[0]![3]!.status
 *          // { known: true, workday: false, holiday: { en: 'National Day', zh: '国庆节' }, makeUpWorkday: false }
 */
export function getMonthGrid(data: Data, settings: Settings, today: Day, month: Month, calendar: WorkCalendar): MonthGrid {
  const { first, last } = monthBounds(month);
  const horizon = addDaysToDay(today, OPEN_HORIZON_DAYS);
  const reach = addDaysToDay(last, PAY_BY_REACH_DAYS);
  const { items } = getOpenInstallments(data, settings, today, reach > horizon ? reach : horizon, { withPaid: true });
  const days = new Map<Day, GridDay>();
  for (let day = first; day <= last; day = addDaysToDay(day, 1))
    days.set(day, {
      day,
      status: dayStatus(day, calendar),
      payday: false,
      isToday: day === today,
      dues: [],
      payBys: [],
      statements: [],
      totals: [],
    });

  for (const item of items) {
    const ahead = item.status.state === 'upcoming' || item.status.state === 'due-today';
    const payBy = ahead ? payByDay(item.status.due, calendar) : null;
    days.get(item.status.due)?.dues.push({ item, tone: dueTone(item), payBy });
    if (payBy) days.get(payBy.day)?.payBys.push({ item, payBy });
  }
  const settled = new Set(data.plans.map((p) => p.debtId));
  for (const debt of data.debts)
    if (debt.billing === 'statement' && !settled.has(debt.id)) {
      const day = statementDateIn(debt.statementDay, month.year, month.month);
      if (day >= debt.firstStatement) days.get(day)?.statements.push(debt);
    }
  for (const day of paydaysBetween(settings.paydays, first, last)) days.get(day)!.payday = true;
  for (const grid of days.values())
    grid.totals = totalsByCurrency(
      grid.dues.filter((d) => d.tone !== 'paid').map((d) => d.item),
      settings.currency,
    );

  // Monday first: getDay counts from Sunday.
  const lead = (dayToDate(first).getDay() + 6) % 7;
  const cells: (GridDay | null)[] = [...Array<null>(lead).fill(null), ...days.values()];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { ...month, first, last, weeks, covered: calendar.has(month.year), items };
}

/** What the month view warns of: the collisions and cash crunches that touch the month. */
export interface MonthWarnings {
  collisions: Collision[];
  crunches: CashCrunch[];
}

/**
 * The collisions and the cash crunches (from today's pay period on) that overlap the grid's month;
 * none for a month already past.
 * @example getMonthWarnings(grid, data, settings, '2026-10-12').crunches[0]?.short // 50000
 */
export function getMonthWarnings(grid: MonthGrid, data: Data, settings: Settings, today: Day): MonthWarnings {
  const touches = ({ start, end }: { start: Day; end: Day }) => start <= grid.last && end >= grid.first;
  if (grid.last < today) return { collisions: [], crunches: [] };
  return {
    collisions: findCollisions(grid.items, settings.currency).filter(touches),
    crunches: getCashCrunches(grid.items, data, settings, today, grid.last).filter(touches),
  };
}
