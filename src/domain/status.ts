/**
 * Where each installment stands on a given day: payments are applied to the earliest unpaid
 * installment first, an overpayment carries forward, and the day decides upcoming / due today / overdue.
 */
import { daysBetween } from './day';
import type { Day, Minor, Payment, Target } from './model';
import type { Installment } from './schedule';

/** paid: nothing remains; otherwise by the due day: upcoming (later), due-today, overdue (D ≥ 1). */
export type InstallmentState = 'paid' | 'upcoming' | 'due-today' | 'overdue';

/** An installment with what has been paid on it and its state on a given day. */
export interface InstallmentStatus extends Installment {
  /** Allocated from payments (earliest installment first; overpayment carried forward). */
  paid: Minor;
  /** amount − paid */
  remaining: Minor;
  state: InstallmentState;
  /** D, counted from the day after the due date; 0 unless overdue. */
  daysOverdue: number;
  /** due − today in calendar days (negative when overdue). */
  daysUntilDue: number;
}

/** What payments cover: `paid[i]` for `installments[i]`, and what is left over beyond all of them. */
export interface Allocation {
  paid: Minor[];
  credit: Minor;
}

/** True when a payment belongs to `target`. */
export function isForTarget(payment: Payment, target: Target): boolean {
  return payment.target.type === target.type && payment.target.id === target.id;
}

/** Oldest first; same day by id, so the order never depends on storage order. */
function byPaymentDate(a: Payment, b: Payment): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Spreads the payments of one debt or plan over its installments. `installments` are that target's,
 * in due order; payments for other targets are ignored. Payments are taken in date order and each
 * fills the earliest installment not yet fully paid, spilling into the next (an early or extra payment
 * carries forward); what exceeds every installment is `credit`. All recorded payments count, whatever
 * their date. Throws RangeError when the installments belong to more than one target.
 * @example allocatePayments([{ amount: 100, … }, { amount: 100, … }], [{ amount: 150, … }]) // { paid: [100, 50], credit: 0 }
 */
export function allocatePayments(installments: readonly Installment[], payments: readonly Payment[]): Allocation {
  const target = installments[0]?.target;
  if (!target) return { paid: [], credit: 0 };
  if (installments.some((i) => i.target.type !== target.type || i.target.id !== target.id)) {
    throw new RangeError('allocatePayments takes the installments of one debt or plan');
  }
  const paid = installments.map(() => 0);
  let credit = 0;
  let next = 0;
  for (const payment of payments.filter((p) => isForTarget(p, target)).sort(byPaymentDate)) {
    let left = payment.amount;
    while (left > 0 && next < installments.length) {
      const amount = installments[next]!.amount;
      const take = Math.min(left, amount - paid[next]!);
      paid[next] = paid[next]! + take;
      left -= take;
      if (paid[next] === amount) next++;
    }
    credit += left;
  }
  return { paid, credit };
}

/**
 * One installment's status on `today`, given what has been paid on it.
 * @example describeInstallment({ due: '2026-05-10', amount: 100, … }, 40, '2026-05-12')
 *          // { …, paid: 40, remaining: 60, state: 'overdue', daysOverdue: 2, daysUntilDue: -2 }
 */
export function describeInstallment(installment: Installment, paid: Minor, today: Day): InstallmentStatus {
  const remaining = installment.amount - paid;
  const daysUntilDue = daysBetween(today, installment.due);
  const state: InstallmentState = remaining <= 0 ? 'paid' : daysUntilDue < 0 ? 'overdue' : daysUntilDue === 0 ? 'due-today' : 'upcoming';
  const { key, target, seq, due, amount } = installment;
  // Spelled out, not spread: a spread copy keeps its fields out of line, and every later read of a
  // status (planning, the overview, the popup) pays for it, many times over with thousands of them.
  return { key, target, seq, due, amount, paid, remaining, state, daysOverdue: state === 'overdue' ? -daysUntilDue : 0, daysUntilDue };
}

/**
 * The status of each installment of one debt or plan on `today`, in the given (due) order, with the
 * payments allocated by `allocatePayments`. An installment of amount 0 counts as paid.
 * @example getInstallmentStatuses(installments, payments, '2026-05-10').map((s) => s.state) // ['paid', 'due-today', 'upcoming']
 */
export function getInstallmentStatuses(
  installments: readonly Installment[],
  payments: readonly Payment[],
  today: Day,
): InstallmentStatus[] {
  const { paid } = allocatePayments(installments, payments);
  return installments.map((installment, i) => describeInstallment(installment, paid[i]!, today));
}
