/**
 * Schedules: the dated amounts a debt or a negotiated plan asks for. A debt falls due once or
 * monthly; a plan has an optional down payment and `count` monthly installments. Occurrence n of
 * anything monthly is `monthlyDue(first, n)`, never chained, so month ends clamp and come back.
 */
import { monthlyDue } from './day';
import { debtOccurrenceKey, planInstallmentKey } from './keys';
import type { Day, Debt, Minor, Plan, Target } from './model';

/** One dated amount to pay: a debt occurrence or a plan installment. */
export interface Installment {
  /** Stable key (keys.ts): `debt:<debtId>:<due>` for a debt occurrence, `plan:<planId>:<seq>` for a plan installment. */
  key: string;
  target: Target;
  /** Debts: 0-based occurrence index. Plans: 0 = down payment (only when downPayment > 0), 1..count. */
  seq: number;
  due: Day;
  amount: Minor;
}

/**
 * `total` split into `count` integer amounts that add up to `total` exactly: equal shares, and the
 * remainder as one extra minor unit on each of the first installments.
 * Throws RangeError when `count` is not a whole number ≥ 1 or `total` is not a whole number ≥ 0.
 * @example splitEvenly(1000, 3) // [334, 333, 333]
 */
export function splitEvenly(total: Minor, count: number): Minor[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a whole number ≥ 1, got ${count}`);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, got ${total}`);
  const share = Math.floor(total / count);
  const remainder = total - share * count;
  return Array.from({ length: count }, (_, i) => share + (i < remainder ? 1 : 0));
}

function debtOccurrence(debt: Debt, seq: number, due: Day): Installment {
  return { key: debtOccurrenceKey(debt.id, due), target: { type: 'debt', id: debt.id }, seq, due, amount: debt.amount };
}

/**
 * The occurrences of a debt, in due order. A one-off debt has one; a monthly debt with a `count` has
 * that many; an open-ended monthly debt (a card bill) has every occurrence from `firstDue` up to and
 * including the first one after `until`, so the next one is always known.
 * @example // a card bill, monthly from 2026-01-05 with no count:
 * getDebtInstallments(cardBill, '2026-02-10').map((i) => i.due) // ['2026-01-05', '2026-02-05', '2026-03-05']
 */
export function getDebtInstallments(debt: Debt, until: Day): Installment[] {
  const r = debt.recurrence;
  if (r.type === 'once') return [debtOccurrence(debt, 0, r.dueDate)];
  const occurrences: Installment[] = [];
  for (let n = 0; r.count === undefined || n < r.count; n++) {
    const due = monthlyDue(r.firstDue, n);
    occurrences.push(debtOccurrence(debt, n, due));
    if (r.count === undefined && due > until) break;
  }
  return occurrences;
}

/** The amounts of a plan's monthly installments (down payment excluded): custom, or split evenly. */
export function getPlanAmounts(plan: Plan): Minor[] {
  return plan.amounts ?? splitEvenly(plan.total - plan.downPayment + plan.fee, plan.count);
}

/**
 * The installments of a negotiated plan, in due order: the down payment (seq 0, due on `startDate`)
 * when there is one, then installments 1..count due on `monthlyDue(firstDue, seq - 1)`, with the
 * plan's custom amounts or `total − downPayment + fee` split evenly.
 * @example getPlanInstallments({ total: 1000, downPayment: 100, fee: 0, count: 3, ... }).map((i) => i.amount)
 *          // [100, 300, 300, 300]
 */
export function getPlanInstallments(plan: Plan): Installment[] {
  const target: Target = { type: 'plan', id: plan.id };
  const make = (seq: number, due: Day, amount: Minor): Installment => ({ key: planInstallmentKey(plan.id, seq), target, seq, due, amount });
  const down = plan.downPayment > 0 ? [make(0, plan.startDate, plan.downPayment)] : [];
  return [...down, ...getPlanAmounts(plan).map((amount, i) => make(i + 1, monthlyDue(plan.firstDue, i), amount))];
}
