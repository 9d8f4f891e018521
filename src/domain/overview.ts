/**
 * Everything open, on one day, in the three groups the popup and the badge show: overdue, due within
 * a week, and later. Debts that a plan settles drop out (the plan's installments are chased instead).
 */
import { addDaysToDay } from './day';
import type { Data, Day, DebtKind, Minor, Payment, Plan, Settings, Target } from './model';
import { getPlanStatus, type PlanStatus } from './plan-status';
import { effectiveGrace, effectiveRatePpm } from './presets';
import { getDebtInstallments } from './schedule';
import { getInstallmentStatuses, type InstallmentStatus } from './status';

/** Items due from today to today + DUE_SOON_DAYS are "due soon" (and turn the badge amber). */
export const DUE_SOON_DAYS = 7;
/** The window of `totals.dueNext30`, in days from today. */
export const TOTALS_WINDOW_DAYS = 30;

/** One unpaid debt occurrence or plan installment, with what the UI needs. */
export interface OpenItem {
  status: InstallmentStatus;
  name: string;
  kind: DebtKind;
  currency: string;
  /** Effective: the debt's or plan's own, else the kind default. */
  graceDays: number;
  /** Effective: the debt's own, else the kind default; null = unknown. */
  dailyRatePpm: number | null;
}

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

/** A plan with its status on the overview's day. */
export type PlanSummary = PlanStatus & { plan: Plan };

/** Everything open on one day, grouped for the popup and the badge (see `getOverview`). */
export interface Overview {
  /** Most days overdue first. */
  overdue: OpenItem[];
  /** Due today … today + 7, soonest first. */
  dueSoon: OpenItem[];
  /** Soonest first: for each debt or plan with nothing due soon, its next open occurrence after the week, however far. */
  later: OpenItem[];
  plans: PlanSummary[];
  totals: OverviewTotals;
}

type ItemContext = Omit<OpenItem, 'status'>;

/** The statuses of one debt or plan, with the context its open items carry. */
interface Source {
  statuses: InstallmentStatus[];
  context: ItemContext;
}

/** The payments of each debt and plan (by `targetKey`), so each one's statuses look at its own only. */
function paymentsByTarget(payments: readonly Payment[]): Map<string, Payment[]> {
  const byTarget = new Map<string, Payment[]>();
  for (const payment of payments) {
    const key = targetKey(payment.target);
    const own = byTarget.get(key);
    if (own) own.push(payment);
    else byTarget.set(key, [payment]);
  }
  return byTarget;
}

const targetKey = (target: Target) => `${target.type}:${target.id}`;
const NO_PAYMENTS: readonly Payment[] = [];

function debtSources(data: Data, payments: Map<string, Payment[]>, settings: Settings, today: Day): Source[] {
  const settled = new Set(data.plans.map((p) => p.debtId).filter(Boolean));
  // Open-ended debts are generated to the first occurrence after the totals window, which also gives each its next one.
  const until = addDaysToDay(today, TOTALS_WINDOW_DAYS);
  return data.debts
    .filter((debt) => !settled.has(debt.id))
    .map((debt) => ({
      statuses: getInstallmentStatuses(
        getDebtInstallments(debt, until),
        payments.get(targetKey({ type: 'debt', id: debt.id })) ?? NO_PAYMENTS,
        today,
      ),
      context: {
        name: debt.name,
        kind: debt.kind,
        currency: debt.currency,
        graceDays: effectiveGrace(debt, settings),
        dailyRatePpm: effectiveRatePpm(debt, settings),
      },
    }));
}

function planSource(summary: PlanSummary, settings: Settings): Source {
  const { plan } = summary;
  return {
    statuses: summary.installments,
    context: {
      name: plan.name,
      kind: plan.kind,
      currency: plan.currency,
      graceDays: summary.graceDays,
      dailyRatePpm: effectiveRatePpm({ kind: plan.kind }, settings),
    },
  };
}

const isDueSoon = (s: InstallmentStatus) => s.state !== 'paid' && s.daysUntilDue >= 0 && s.daysUntilDue <= DUE_SOON_DAYS;

/** Sorts one source's open items into the three groups. */
function groupSource({ statuses, context }: Source): Pick<Overview, 'overdue' | 'dueSoon' | 'later'> {
  // Spelled out, not spread: the popup and every wake read these items many times.
  const item = (status: InstallmentStatus): OpenItem => ({
    status,
    name: context.name,
    kind: context.kind,
    currency: context.currency,
    graceDays: context.graceDays,
    dailyRatePpm: context.dailyRatePpm,
  });
  const soon = statuses.filter(isDueSoon);
  const next = soon.length === 0 ? statuses.find((s) => s.state !== 'paid' && s.daysUntilDue > DUE_SOON_DAYS) : undefined;
  return {
    overdue: statuses.filter((s) => s.state === 'overdue').map(item),
    dueSoon: soon.map(item),
    later: next ? [item(next)] : [],
  };
}

const byName = (a: OpenItem, b: OpenItem) => a.name.localeCompare(b.name);
const mostOverdueFirst = (a: OpenItem, b: OpenItem) =>
  b.status.daysOverdue - a.status.daysOverdue || b.status.remaining - a.status.remaining || byName(a, b);
const soonestFirst = (a: OpenItem, b: OpenItem) => a.status.daysUntilDue - b.status.daysUntilDue || byName(a, b);

/** Sums per currency, the user's currency first, then by code. */
function totalsByCurrency(entries: readonly { currency: string; amount: Minor }[], mainCurrency: string): MoneyTotal[] {
  const sums = new Map<string, Minor>();
  for (const { currency, amount } of entries) sums.set(currency, (sums.get(currency) ?? 0) + amount);
  return [...sums]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => Number(b.currency === mainCurrency) - Number(a.currency === mainCurrency) || a.currency.localeCompare(b.currency));
}

function getTotals(sources: readonly Source[], overdue: readonly OpenItem[], mainCurrency: string): OverviewTotals {
  const upcoming = sources.flatMap(({ statuses, context }) =>
    statuses
      .filter((s) => s.state !== 'paid' && s.daysUntilDue >= 0 && s.daysUntilDue <= TOTALS_WINDOW_DAYS)
      .map((s) => ({ currency: context.currency, amount: s.remaining })),
  );
  return {
    overdueCount: overdue.length,
    overdue: totalsByCurrency(
      overdue.map((i) => ({ currency: i.currency, amount: i.status.remaining })),
      mainCurrency,
    ),
    dueNext30: totalsByCurrency(upcoming, mainCurrency),
  };
}

/**
 * Every open debt occurrence and plan installment on `today`, grouped and sorted, with each plan's
 * status and the totals. Debts settled by a plan (`plan.debtId`) are left out. Every open item is
 * in `overdue` or `dueSoon`, or is the next one of its debt or plan in `later`; later occurrences of
 * monthly debts are not listed.
 * @example getOverview(data, settings, '2026-05-10').dueSoon.map((i) => i.name) // ['Huabei', 'Card']
 */
export function getOverview(data: Data, settings: Settings, today: Day): Overview {
  const payments = paymentsByTarget(data.payments);
  const plans = data.plans.map((plan) => ({
    plan,
    ...getPlanStatus(plan, payments.get(targetKey({ type: 'plan', id: plan.id })) ?? NO_PAYMENTS, today, settings),
  }));
  const sources = [...debtSources(data, payments, settings, today), ...plans.map((summary) => planSource(summary, settings))];
  const groups = sources.map(groupSource);
  const overdue = groups.flatMap((g) => g.overdue).sort(mostOverdueFirst);
  return {
    overdue,
    dueSoon: groups.flatMap((g) => g.dueSoon).sort(soonestFirst),
    later: groups.flatMap((g) => g.later).sort(soonestFirst),
    plans,
    totals: getTotals(sources, overdue, settings.currency),
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
  dueSoonCount: number;
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
    dueSoonCount: overview.dueSoon.length,
    mostOverdue: overview.overdue[0] ?? null,
    next: overview.dueSoon[0] ?? overview.later[0] ?? null,
  };
}
