/**
 * One row of the popup's list as it reads before it is opened: the debt or plan, what is left to pay,
 * the due day and how far off it is, the collection stage of an overdue row, and where its payment
 * stands (payment-phase.ts). The background keeps these rows in the derived record for the popup's
 * first screen, and the popup computes the same from the data once it has loaded it: one function, so
 * the two cannot drift.
 */
import { daysBetween } from './day';
import type { ItemGroup } from './item-groups';
import { getStage, ladderDue } from './ladder';
import type { Day, DebtKind, Minor } from './model';
import type { PlanSummary } from './open-installments';
import { paymentPhase, type PaymentPhase } from './payment-phase';
import { mayBreakPlan, type PlanState } from './plan-status';
import type { InstallmentState } from './status';
import type { WorkCalendar } from './work-calendar';

export interface RowView {
  /** The group key (`debt:<id>` or `plan:<id>`). */
  key: string;
  /** The installment key of the oldest open item, which the row stands for (snoozes are kept by it). */
  leadKey: string;
  name: string;
  kind: DebtKind;
  /** Left to pay over the row's items. */
  amount: Minor;
  /** Paid so far on them. */
  paid: Minor;
  currency: string;
  due: Day;
  /** The oldest item's state: the row's tone and whether it counts as overdue. */
  state: InstallmentState;
  /** Days until the due day; negative when overdue. */
  days: number;
  /** The collection stage of an overdue row, placed as the explainer places it (`ladderDue`); null otherwise. */
  stage: string | null;
  /** How many payments the row stands for. */
  count: number;
  /** A plan's row: which installment (0 is the down payment) and whether its lateness may cancel the plan. */
  plan: { seq: number; mayBreak: boolean } | null;
  phase: PaymentPhase;
}

/** The row of `group` on `today`. */
export function rowView(group: ItemGroup, today: Day, calendar: WorkCalendar): RowView {
  const { lead } = group;
  const { status } = lead;
  return {
    key: group.key,
    leadKey: status.key,
    name: lead.name,
    kind: lead.kind,
    amount: group.remaining,
    paid: group.paid,
    currency: lead.currency,
    due: status.due,
    state: status.state,
    days: status.daysUntilDue,
    stage: status.state === 'overdue' ? (getStage(daysBetween(ladderDue(lead), today))?.id ?? null) : null,
    count: group.items.length,
    plan: status.target.type === 'plan' ? { seq: status.seq, mayBreak: mayBreakPlan(status, lead.graceDays) } : null,
    phase: paymentPhase(lead, calendar),
  };
}

/** One negotiated plan in the popup's plan list: its state, progress, next installment and late one. */
export interface PlanView {
  id: string;
  name: string;
  kind: DebtKind;
  currency: string;
  state: PlanState;
  paidCount: number;
  count: number;
  next: { remaining: Minor; due: Day; daysUntilDue: number } | null;
  /** The due day of the earliest late installment. */
  lateDue: Day | null;
  graceDays: number;
}

const STATE_ORDER = { broken: 0, 'at-risk': 1, 'on-track': 2, completed: 3 } as const satisfies Record<PlanState, number>;

/** The plan list: plans in trouble first, then by name. */
export function planViews(plans: readonly PlanSummary[]): PlanView[] {
  return plans
    .map(({ plan, state, paidCount, count, next, late, graceDays }) => ({
      id: plan.id,
      name: plan.name,
      kind: plan.kind,
      currency: plan.currency,
      state,
      paidCount,
      count,
      next: next && { remaining: next.remaining, due: next.due, daysUntilDue: next.daysUntilDue },
      lateDue: late?.due ?? null,
      graceDays,
    }))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.name.localeCompare(b.name));
}
