/**
 * How a negotiated repayment plan stands: on track, at risk (an installment late but within the
 * plan's grace), broken (late past the grace: the lender may cancel the plan and collect the whole
 * balance, N4) or completed.
 */
import type { Day, Debt, Minor, Payment, Plan, Settings } from './model';
import { effectiveGrace } from './presets';
import { getDebtInstallments, getPlanInstallments } from './schedule';
import { getInstallmentStatuses, isForTarget, type InstallmentStatus } from './status';

/**
 * at-risk: an installment is late but within the plan's grace; broken: late past it.
 * The grace is the plan's own, else its kind's default (`effectiveGrace`).
 * With a grace of 0 the first day late (D = 1) is already broken, so at-risk exists only with a grace.
 */
export type PlanState = 'on-track' | 'at-risk' | 'broken' | 'completed';

/** A plan's state and progress on one day (see `getPlanStatus`). */
export interface PlanStatus {
  state: PlanState;
  /** Installments fully paid, the down payment included. */
  paidCount: number;
  /** Installments in the plan, the down payment included (so `count` = `plan.count` + 1 with one). */
  count: number;
  /** The earliest unpaid installment due today or later; null when none is left. */
  next: InstallmentStatus | null;
  /** The earliest overdue installment (the most days late); null when none is. */
  late: InstallmentStatus | null;
  /** The grace in force: the plan's own, else its kind's default (`effectiveGrace`). */
  graceDays: number;
  /** Still to pay over all installments. */
  remaining: Minor;
  /** Paid beyond everything the plan asks for. */
  credit: Minor;
  installments: InstallmentStatus[];
}

/**
 * A plan installment late past the plan's grace: the lender may treat the plan as broken (N4). The
 * one rule for the plan's state, its row in the popup, the explainer and the notifications.
 * @example mayBreakPlan({ daysOverdue: 3 }, 2) // true
 */
export const mayBreakPlan = (installment: { daysOverdue: number }, graceDays: number): boolean => installment.daysOverdue > graceDays;

function stateOf(late: InstallmentStatus | null, remaining: Minor, graceDays: number): PlanState {
  if (remaining === 0) return 'completed';
  if (!late) return 'on-track';
  return mayBreakPlan(late, graceDays) ? 'broken' : 'at-risk';
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function ownPayments(plan: Plan, payments: readonly Payment[]): Payment[] {
  const target = { type: 'plan', id: plan.id } as const;
  return payments.filter((p) => isForTarget(p, target));
}

/**
 * The plan's installments with what is paid of each on `today`; only the plan's own payments count.
 * @example getPlanInstallmentStatuses(plan, payments, '2026-01-12').map((s) => s.state) // ['overdue', 'upcoming', …]
 */
export function getPlanInstallmentStatuses(plan: Plan, payments: readonly Payment[], today: Day): InstallmentStatus[] {
  return getInstallmentStatuses(getPlanInstallments(plan), ownPayments(plan, payments), today);
}

/**
 * The plan's state on `today`, with its progress and the installments that matter now.
 * `payments` may include other targets' payments; only the plan's own count. The grace is the plan's
 * own, else its kind's default from `settings`.
 * @example // 3 installments, graceDays 2, the first due 2026-01-10 unpaid:
 * getPlanStatus(plan, [], '2026-01-12', settings).state // 'at-risk' (D = 2 ≤ 2)
 * getPlanStatus(plan, [], '2026-01-13', settings).state // 'broken'  (D = 3 > 2)
 */
export function getPlanStatus(plan: Plan, payments: readonly Payment[], today: Day, settings: Settings): PlanStatus {
  const own = ownPayments(plan, payments);
  const installments = getInstallmentStatuses(getPlanInstallments(plan), own, today);
  const remaining = sum(installments.map((i) => i.remaining));
  const late = installments.find((i) => i.state === 'overdue') ?? null;
  const graceDays = effectiveGrace(plan, settings);
  return {
    state: stateOf(late, remaining, graceDays),
    paidCount: installments.filter((i) => i.state === 'paid').length,
    count: installments.length,
    next: installments.find((i) => i.state === 'due-today' || i.state === 'upcoming') ?? null,
    late,
    graceDays,
    remaining,
    credit: sum(own.map((p) => p.amount)) - sum(installments.map((i) => i.paid)),
    installments,
  };
}

/**
 * The due day of the debt a plan settles, as it first fell overdue: the plan's own `overdueSince`, else
 * the first due day of its linked debt (`debt`, found by `plan.debtId`) still unpaid on the day the
 * plan was agreed. Null when neither is known, or when the debt was not overdue yet when the plan was
 * agreed: a late installment is then a delay of its own.
 * @example planOriginalDue({ ...plan, startDate: '2026-09-01' }, cardDueJune10, []) // '2026-06-10'
 */
export function planOriginalDue(plan: Plan, debt: Debt | undefined, debtPayments: readonly Payment[]): Day | null {
  if (plan.overdueSince) return plan.overdueSince;
  if (!debt || debt.id !== plan.debtId) return null;
  const statuses = getInstallmentStatuses(getDebtInstallments(debt, plan.startDate), debtPayments, plan.startDate);
  return statuses.find((s) => s.state === 'overdue')?.due ?? null;
}
