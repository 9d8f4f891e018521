/**
 * The open installments on one day in the three groups the popup and the badge show: overdue, due
 * within a week, and later, with the totals.
 */
import type { Minor } from './model';
import { groupByTarget, type OpenInstallments, type OpenItem, type PlanSummary } from './open-installments';

/** Items due from today to today + DUE_SOON_DAYS are "due soon" (and turn the badge amber). */
export const DUE_SOON_DAYS = 7;
/** The window of `totals.dueNext30`, in days from today. */
export const TOTALS_WINDOW_DAYS = 30;

/** An amount in one currency; totals hold one per currency present. */
export interface MoneyTotal {
  currency: string;
  amount: Minor;
}

/** Counts and sums over the overview, money per currency. */
export interface OverviewTotals {
  overdueCount: number;
  /** Remaining on overdue items, per currency. */
  overdue: MoneyTotal[];
  /** Remaining on items due from today to today + 30 days (overdue ones excluded), per currency. */
  dueNext30: MoneyTotal[];
}

/** Everything open on one day, grouped for the popup and the badge (see `getOverview`). */
export interface Overview {
  /** Most days overdue first. */
  overdue: OpenItem[];
  /** Due today … today + 7, soonest first. */
  dueSoon: OpenItem[];
  /** Soonest first: for each debt or plan with nothing due soon, its next open occurrence after the week, however far. */
  later: OpenItem[];
  /** Statements past their due day with the minimum paid (not overdue, accruing interest), oldest first. */
  minimumPaid: OpenItem[];
  plans: PlanSummary[];
  totals: OverviewTotals;
}

const isDueSoon = (item: OpenItem) => item.status.daysUntilDue >= 0 && item.status.daysUntilDue <= DUE_SOON_DAYS;

/** For a debt or plan with nothing due soon, its first item after the week. */
function nextLater(items: readonly OpenItem[]): OpenItem | undefined {
  return items.some(isDueSoon) ? undefined : items.find((item) => item.status.daysUntilDue > DUE_SOON_DAYS);
}

const byName = (a: OpenItem, b: OpenItem) => a.name.localeCompare(b.name);
const mostOverdueFirst = (a: OpenItem, b: OpenItem) =>
  b.status.daysOverdue - a.status.daysOverdue || b.status.remaining - a.status.remaining || byName(a, b);
const soonestFirst = (a: OpenItem, b: OpenItem) => a.status.daysUntilDue - b.status.daysUntilDue || byName(a, b);

/** The remaining amounts of `items` summed per currency, `mainCurrency` first, then by code. */
export function totalsByCurrency(items: readonly OpenItem[], mainCurrency: string): MoneyTotal[] {
  const sums = new Map<string, Minor>();
  for (const { currency, status } of items) sums.set(currency, (sums.get(currency) ?? 0) + status.remaining);
  return [...sums]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => Number(b.currency === mainCurrency) - Number(a.currency === mainCurrency) || a.currency.localeCompare(b.currency));
}

/**
 * The open installments grouped and sorted, with each plan's status and the totals (money per
 * currency, `mainCurrency` first). Every open item is in `overdue`, `dueSoon` or `minimumPaid`, or is
 * the next one of its debt or plan in `later`; later occurrences are not listed.
 * @example getOverview(getOpenInstallments(data, settings, '2026-05-10'), 'CNY').dueSoon.map((i) => i.name) // ['Huabei', 'Card']
 */
export function getOverview(open: OpenInstallments, mainCurrency: string): Overview {
  const overdue = open.items.filter((item) => item.status.state === 'overdue').sort(mostOverdueFirst);
  const upcoming = open.items.filter((item) => item.status.daysUntilDue >= 0 && item.status.daysUntilDue <= TOTALS_WINDOW_DAYS);
  const later: OpenItem[] = [];
  for (const items of groupByTarget(open.items).values()) {
    const next = nextLater(items);
    if (next) later.push(next);
  }
  return {
    overdue,
    dueSoon: open.items.filter(isDueSoon).sort(soonestFirst),
    later: later.sort(soonestFirst),
    minimumPaid: open.items.filter((item) => item.status.state === 'minimum-paid').sort(soonestFirst),
    plans: open.plans,
    totals: {
      overdueCount: overdue.length,
      overdue: totalsByCurrency(overdue, mainCurrency),
      dueNext30: totalsByCurrency(upcoming, mainCurrency),
    },
  };
}

/** The toolbar badge: short text and its color; empty text and null color clear it. */
export interface Badge {
  text: string;
  color: 'red' | 'amber' | null;
}

/**
 * The toolbar badge: red with the number of overdue items ('99+' above 99); else, when something
 * falls due within 7 days, amber with the days left to the soonest ('0' = due today, '1' = tomorrow
 * … '7'); else no text and no color.
 * @example getBadge(overviewWithTwoOverdue) // { text: '2', color: 'red' }
 */
export function getBadge(overview: Overview): Badge {
  const overdue = overview.overdue.length;
  if (overdue > 0) return { text: overdue > 99 ? '99+' : String(overdue), color: 'red' };
  const next = overview.dueSoon[0];
  return next ? { text: String(next.status.daysUntilDue), color: 'amber' } : { text: '', color: null };
}

/** What the badge's tooltip says, as data: the background words it in the user's language. */
export interface BadgeSummary {
  overdueCount: number;
  overdueTotals: MoneyTotal[];
  /** The item overdue the longest, or null. */
  mostOverdue: OpenItem | null;
  /** The soonest item not yet overdue (due soon, else later), or null when nothing is open ahead. */
  next: OpenItem | null;
}

/**
 * The facts for the badge's one-line title ("2 overdue, ¥1,234.00 · next: Huabei in 3 days").
 * @example getBadgeSummary(overview).next?.status.daysUntilDue // 3
 */
export function getBadgeSummary(overview: Overview): BadgeSummary {
  return {
    overdueCount: overview.totals.overdueCount,
    overdueTotals: overview.totals.overdue,
    mostOverdue: overview.overdue[0] ?? null,
    next: overview.dueSoon[0] ?? overview.later[0] ?? null,
  };
}
