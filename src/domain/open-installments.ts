/**
 * What is owed on one day: every unpaid debt occurrence and plan installment, with what each view
 * needs to say about it. This is the one list every consumer derives from — reminder planning, the
 * popup overview, the badge, the calendar export, the contact log's context and the stage explainer —
 * so no view's grouping decides what another one sees. Debts that a plan settles (`plan.debtId`) are
 * left out: the plan's installments are chased instead.
 */
import { addDaysToDay } from './day';
import { targetKey } from './keys';
import {
  LEAD_DAY_CHOICES,
  type Data,
  type Day,
  type DebtKind,
  type Minor,
  type Payment,
  type Plan,
  type Settings,
  type Target,
} from './model';
import { getPlanStatus, planOriginalDue, type PlanStatus } from './plan-status';
import { effectiveGrace, effectiveRatePpm } from './presets';
import { PLAN_AHEAD_DAYS } from './reminders';
import { getDebtInstallments } from './schedule';
import { getInstallmentStatuses, type InstallmentStatus } from './status';

/** One unpaid debt occurrence or plan installment, with what the views need. */
export interface OpenItem {
  status: InstallmentStatus;
  name: string;
  kind: DebtKind;
  currency: string;
  /** Effective: the debt's or plan's own, else the kind default. */
  graceDays: number;
  /** Effective: the debt's own, else the kind default; null = unknown. */
  dailyRatePpm: number | null;
  /** For a plan installment, what it carries of its plan; null for a debt occurrence. */
  plan: PlanContext | null;
}

/** What each installment of a plan carries of the plan. */
export interface PlanContext {
  /** Installments in the plan, the down payment not counted. */
  count: number;
  /** Still to pay over all its installments: what collection may resume on if the plan is cancelled (N4). */
  remaining: Minor;
  /** The settled debt's due day as it first fell overdue (`planOriginalDue`): a late installment is placed on the ladder from here. */
  originalDue: Day | null;
}

/** A plan with its status on the day. */
export type PlanSummary = PlanStatus & { plan: Plan };

export interface OpenInstallments {
  /** Grouped by debt or plan (debts first, in storage order), each one's in due order. */
  items: OpenItem[];
  /** Every plan, completed ones included. */
  plans: PlanSummary[];
}

/**
 * How far ahead open-ended monthly debts are unrolled by default: far enough for every reminder
 * `planReminders` plans (PLAN_AHEAD_DAYS ahead, at the longest lead time before its due day).
 * Beyond it each such debt still shows its next occurrence.
 */
export const OPEN_HORIZON_DAYS = PLAN_AHEAD_DAYS + Math.max(...LEAD_DAY_CHOICES);

const NO_PAYMENTS: readonly Payment[] = [];

/** `things` by the `targetKey` of the debt or plan each belongs to, in the order given. */
function byTargetKey<T>(things: readonly T[], targetOf: (thing: T) => Target): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const thing of things) {
    const key = targetKey(targetOf(thing));
    const group = groups.get(key);
    if (group) group.push(thing);
    else groups.set(key, [thing]);
  }
  return groups;
}

/** The payments of each debt and plan, so each one's statuses look at its own only. */
const paymentsByTarget = (payments: readonly Payment[]) => byTargetKey(payments, (payment) => payment.target);

/** The open ones of `statuses` (all of them `withPaid`), each with its debt's or plan's context. */
function openItemsOf(statuses: readonly InstallmentStatus[], context: Omit<OpenItem, 'status'>, withPaid: boolean): OpenItem[] {
  const items: OpenItem[] = [];
  // Spelled out, not spread: every wake and the popup read these items many times.
  for (const status of statuses)
    if (withPaid || status.state !== 'paid')
      items.push({
        status,
        name: context.name,
        kind: context.kind,
        currency: context.currency,
        graceDays: context.graceDays,
        dailyRatePpm: context.dailyRatePpm,
        plan: context.plan,
      });
  return items;
}

/**
 * Everything open on `today`. Open-ended monthly debts are unrolled to `until` (default: today +
 * OPEN_HORIZON_DAYS) and one occurrence beyond, so each one's next due day is always known; debts with
 * an end and plans are listed whole. `withPaid` keeps the paid ones too, in their places: the month
 * view shows what was paid beside what is open.
 * @example getOpenInstallments(data, settings, '2026-05-10').items.map((i) => i.status.key) // ['debt:a:2026-05-12', 'plan:p:1', …]
 */
export function getOpenInstallments(
  data: Data,
  settings: Settings,
  today: Day,
  until = addDaysToDay(today, OPEN_HORIZON_DAYS),
  { withPaid = false }: { withPaid?: boolean } = {},
): OpenInstallments {
  const payments = paymentsByTarget(data.payments);
  const settled = new Set(data.plans.map((p) => p.debtId).filter(Boolean));
  const items: OpenItem[] = [];
  for (const debt of data.debts) {
    if (settled.has(debt.id)) continue;
    const statuses = getInstallmentStatuses(
      getDebtInstallments(debt, until),
      payments.get(targetKey({ type: 'debt', id: debt.id })) ?? NO_PAYMENTS,
      today,
    );
    items.push(
      ...openItemsOf(
        statuses,
        {
          name: debt.name,
          kind: debt.kind,
          currency: debt.currency,
          graceDays: effectiveGrace(debt, settings),
          dailyRatePpm: effectiveRatePpm(debt, settings),
          plan: null,
        },
        withPaid,
      ),
    );
  }
  const plans = data.plans.map((plan) => ({
    plan,
    ...getPlanStatus(plan, payments.get(targetKey({ type: 'plan', id: plan.id })) ?? NO_PAYMENTS, today, settings),
  }));
  const debtsById = new Map(data.debts.map((debt) => [debt.id, debt]));
  for (const summary of plans) {
    const { plan } = summary;
    const debtPayments = plan.debtId ? payments.get(targetKey({ type: 'debt', id: plan.debtId })) : undefined;
    items.push(
      ...openItemsOf(
        summary.installments,
        {
          name: plan.name,
          kind: plan.kind,
          currency: plan.currency,
          graceDays: summary.graceDays,
          dailyRatePpm: effectiveRatePpm({ kind: plan.kind }, settings),
          plan: {
            count: plan.count,
            remaining: summary.remaining,
            originalDue: planOriginalDue(plan, plan.debtId ? debtsById.get(plan.debtId) : undefined, debtPayments ?? NO_PAYMENTS),
          },
        },
        withPaid,
      ),
    );
  }
  return { items, plans };
}

/** The open items by installment key. */
export function openItemsByKey(open: OpenInstallments): Map<string, OpenItem> {
  return new Map(open.items.map((item) => [item.status.key, item]));
}

/** The overdue items of `target` among `items`, in the order given (due order for `getOpenInstallments`'s): what a delay is assessed over. */
export function overdueOfTarget(items: Iterable<OpenItem>, target: Target): OpenItem[] {
  const key = targetKey(target);
  return [...items].filter((item) => item.status.state === 'overdue' && targetKey(item.status.target) === key);
}

/** The items of each debt or plan, by target key, in the order given (each group keeps it too). */
export const groupByTarget = (items: readonly OpenItem[]): Map<string, OpenItem[]> => byTargetKey(items, (item) => item.status.target);
