/**
 * Where each installment stands on a given day: payments are applied to the earliest unpaid
 * installment first, an overpayment carries forward, and the day decides upcoming / due today /
 * minimum paid / overdue.
 */
import { daysBetween } from './day';
import type { Day, Minor, Payment, Target } from './model';
import type { Installment } from './schedule';

/**
 * paid: nothing remains; otherwise by the due day: upcoming (later), due-today, overdue (D ≥ 1), or,
 * for a statement cycle past its due day with at least its minimum paid, minimum-paid: not overdue
 * (MP4, MP10) but the rest accrues interest until the next statement carries it.
 */
export type InstallmentState = 'paid' | 'upcoming' | 'due-today' | 'minimum-paid' | 'overdue';

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

/**
 * What an installment asks of the payments made by `day`: its amount, except a statement cycle once
 * the next statement is out, which keeps only its minimum (and what was paid beyond it): the rest of
 * its balance is on the next statement, which the user enters with it (MP1).
 * @example claimOn({ amount: 1000, cycle: { minimum: 100, nextStatementDate: '2026-02-01', … }, … }, '2026-02-01') // 100
 */
export function claimOn(installment: Installment, day: Day, paid = 0): Minor {
  const cycle = installment.cycle;
  if (!cycle || cycle.minimum === null || day < cycle.nextStatementDate) return installment.amount;
  return Math.min(installment.amount, Math.max(cycle.minimum, paid));
}

/** Oldest first; same day by id, so the order never depends on storage order. */
function byPaymentDate(a: Payment, b: Payment): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Runs the allocation, telling `take` what each payment put into which installment. */
function allocate(
  installments: readonly Installment[],
  payments: readonly Payment[],
  take: (payment: Payment, index: number, amount: Minor) => void,
): Allocation {
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
    while (next < installments.length && paid[next]! >= claimOn(installments[next]!, payment.date, paid[next])) next++;
    while (left > 0 && next < installments.length) {
      const claim = claimOn(installments[next]!, payment.date, paid[next]);
      const amount = Math.min(left, claim - paid[next]!);
      paid[next] = paid[next]! + amount;
      left -= amount;
      take(payment, next, amount);
      if (paid[next]! >= claim) next++;
    }
    credit += left;
  }
  return { paid, credit };
}

/**
 * Spreads the payments of one debt or plan over its installments. `installments` are that target's,
 * in due order; payments for other targets are ignored. Payments are taken in date order and each
 * fills the earliest installment not yet fully paid (`claimOn`), spilling into the next (an early or
 * extra payment carries forward); what exceeds every installment is `credit`. All recorded payments
 * count, whatever their date. Throws RangeError when the installments belong to more than one target.
 * @example allocatePayments([{ amount: 100, … }, { amount: 100, … }], [{ amount: 150, … }]) // { paid: [100, 50], credit: 0 }
 */
export function allocatePayments(installments: readonly Installment[], payments: readonly Payment[]): Allocation {
  return allocate(installments, payments, () => undefined);
}

/**
 * The payments that went into installment `index`, oldest first: what "mark unpaid" takes back.
 * @example paymentsInto(installments, payments, 1).map((p) => p.id) // ['pay2']
 */
export function paymentsInto(installments: readonly Installment[], payments: readonly Payment[], index: number): Payment[] {
  const into: Payment[] = [];
  allocate(installments, payments, (payment, i, amount) => {
    if (i === index && amount > 0 && !into.includes(payment)) into.push(payment);
  });
  return into;
}

/**
 * One installment's status on `today`, given what has been paid on it.
 * @example describeInstallment({ due: '2026-05-10', amount: 100, … }, 40, '2026-05-12')
 *          // { …, paid: 40, remaining: 60, state: 'overdue', daysOverdue: 2, daysUntilDue: -2 }
 */
export function describeInstallment(installment: Installment, paid: Minor, today: Day): InstallmentStatus {
  const remaining = claimOn(installment, today, paid) - paid;
  const daysUntilDue = daysBetween(today, installment.due);
  const minimum = installment.cycle?.minimum ?? null;
  const state: InstallmentState =
    remaining <= 0
      ? 'paid'
      : daysUntilDue > 0
        ? 'upcoming'
        : daysUntilDue === 0
          ? 'due-today'
          : minimum !== null && paid >= minimum
            ? 'minimum-paid'
            : 'overdue';
  const { key, target, seq, due, amount, cycle } = installment;
  // Spelled out, not spread: a spread copy keeps its fields out of line, and every later read of a
  // status (planning, the overview, the popup) pays for it, many times over with thousands of them.
  const status: InstallmentStatus = {
    key,
    target,
    seq,
    due,
    amount,
    paid,
    remaining,
    state,
    daysOverdue: state === 'overdue' ? -daysUntilDue : 0,
    daysUntilDue,
  };
  if (cycle) status.cycle = cycle;
  return status;
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

/**
 * What is left of a statement cycle's minimum payment after the payments made: paying it by the due
 * day keeps the cycle from being overdue (MP4). Null without a minimum, when it is met, or when it is
 * all that remains (then paying what remains is the same thing).
 * @example minimumLeft({ amount: 500_000, paid: 0, remaining: 500_000, cycle: { minimum: 50_000, … }, … }) // 50_000
 */
export function minimumLeft(status: InstallmentStatus): Minor | null {
  const minimum = status.cycle?.minimum ?? null;
  if (minimum === null) return null;
  const left = minimum - status.paid;
  return left > 0 && left < status.remaining ? left : null;
}
