/**
 * Where one open payment stands, in the words of the one status ladder every row uses: upcoming →
 * due today → within grace (容时, B7) → overdue, with "minimum paid" for a statement past its due day
 * whose minimum was paid (MP4, MP10), and what each costs. Within grace a payment still counts as on
 * time for the lender, but DueGuard keeps reminding (no grace is relied on: B6), so the installment's
 * own state stays `overdue` and only this phase tells the two apart.
 */
import { addDaysToDay } from './day';
import type { Day, Minor } from './model';
import type { OpenItem } from './open-installments';
import { KIND_PRESETS } from './presets';
import type { FactId } from './sources';
import { belowMinimumPenalty, minimumPaidCost, STATEMENT_FACTS, type BelowMinimumPenalty, type MinimumPaidCost } from './statement';
import { PAY_BY_FACTS, payByDay, type PayBy, type WorkCalendar } from './work-calendar';

/** The daily rate assumed for a statement's interest when neither the debt nor the kind gives one (0.05 %/day: MP9, P1). */
const TYPICAL_DAILY_PPM = 500;

export type PaymentPhase =
  /**
   * Not due yet, or due today; `minimum` when a statement has one (estimated: from the account's rule);
   * `estimate` when the statement is not entered: `awaited` before its statement day, `to-enter` once it is out.
   */
  | {
      phase: 'upcoming' | 'due-today';
      minimum: { amount: Minor; estimated: boolean } | null;
      estimate: 'awaited' | 'to-enter' | null;
      /** Due on a weekend or holiday: the last working day before it (`payByDay`). */
      payBy: PayBy | null;
    }
  /** Past the due day, within the lender's grace: a payment up to `lastDay` is still on time there. */
  | { phase: 'within-grace'; lastDay: Day }
  /** A statement past its due day with its minimum paid: not overdue, but the rest accrues interest. */
  | { phase: 'minimum-paid'; cost: MinimumPaidCost }
  /** Late: `belowMinimum` for a statement whose minimum was not reached (its typical late fee, MP7). */
  | { phase: 'overdue'; belowMinimum: BelowMinimumPenalty | null };

/** The day a status was taken on. */
const today = (status: OpenItem['status']): Day => addDaysToDay(status.due, -status.daysUntilDue);

/**
 * @example paymentPhase({ status: { state: 'overdue', due: '2026-03-10', daysOverdue: 2, … }, graceDays: 3, … })
 *          // { phase: 'within-grace', lastDay: '2026-03-13' }
 */
export function paymentPhase(item: OpenItem, calendar: WorkCalendar): PaymentPhase {
  const { status } = item;
  const cycle = status.cycle;
  switch (status.state) {
    case 'upcoming':
    case 'due-today':
      return {
        phase: status.state,
        minimum: cycle?.minimum != null ? { amount: cycle.minimum, estimated: cycle.minimumEstimated } : null,
        estimate: !cycle?.estimated ? null : cycle.statementDate <= today(status) ? 'to-enter' : 'awaited',
        payBy: payByDay(status.due, calendar),
      };
    case 'minimum-paid':
      return {
        phase: 'minimum-paid',
        cost: minimumPaidCost({
          kind: item.kind,
          amount: status.amount,
          paid: status.paid,
          statementDate: cycle!.statementDate,
          due: status.due,
          interestOn: cycle!.interestOn,
          dailyRatePpm: item.dailyRatePpm ?? TYPICAL_DAILY_PPM,
        }),
      };
    default:
      if (status.daysOverdue <= item.graceDays) return { phase: 'within-grace', lastDay: addDaysToDay(status.due, item.graceDays) };
      return {
        phase: 'overdue',
        belowMinimum: cycle?.minimum != null ? belowMinimumPenalty(cycle.minimum, status.paid) : null,
      };
  }
}

/**
 * The facts behind what a phase says: the grace (B7 and the kind's), a minimum payment's effect and
 * interest (MP4, MP10 and the kind's), the late fee below the minimum (MP7); none for the others.
 */
export function phaseSources(item: OpenItem, calendar: WorkCalendar): readonly FactId[] {
  const phase = paymentPhase(item, calendar);
  switch (phase.phase) {
    case 'within-grace':
      return KIND_PRESETS[item.kind].graceFacts;
    case 'minimum-paid':
      return [...STATEMENT_FACTS.minimumPaid, ...phase.cost.sources];
    case 'overdue':
      return phase.belowMinimum?.sources ?? [];
    default:
      return phase.payBy ? PAY_BY_FACTS : [];
  }
}
