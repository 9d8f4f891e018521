/**
 * Schedules: the dated amounts a debt or a negotiated plan asks for. A bill falls due as its
 * recurrence says (recurrence.ts), a statement account once per cycle (statement.ts), a loan per its
 * computed schedule (loan.ts); a plan has an optional down payment and `count` monthly installments.
 * Occurrence n of anything monthly is `monthlyDue(first, n)`, never chained, so month ends clamp and come back.
 */
import { addDaysToDay, monthlyDue } from './day';
import type { DebtInput } from './commands';
import { debtOccurrenceKey, planInstallmentKey } from './keys';
import { loanSchedule } from './loan';
import type { BillDebt, Day, Debt, LoanDebt, Minor, Plan, StatementDebt, Target } from './model';
import { recurrenceOccurrences } from './recurrence';
import { estimateMinimum, statementCycles, type InterestBasis } from './statement';

/** One dated amount to pay: a debt occurrence or a plan installment. */
export interface Installment {
  /** Stable key (keys.ts): `debt:<debtId>:<due>` for a debt occurrence, `plan:<planId>:<seq>` for a plan installment. */
  key: string;
  target: Target;
  /** Debts: 0-based occurrence index. Plans: 0 = down payment (only when downPayment > 0), 1..count. */
  seq: number;
  due: Day;
  amount: Minor;
  /** A statement account's cycle: what its statement says, or what it is estimated to say. Absent otherwise. */
  cycle?: StatementCycle;
}

/** What an installment of a statement account carries of its statement. */
export interface StatementCycle {
  statementDate: Day;
  /** The next cycle's statement day: from then on, what this one left beyond its minimum is on that statement. */
  nextStatementDate: Day;
  /** The minimum payment, typed or estimated from the account's rule; null = none (pay in full). */
  minimum: Minor | null;
  /** True until the user enters this cycle's statement: the amount is the latest entered one's. */
  estimated: boolean;
  /** True when the minimum is the account's rule applied, not the statement's own figure. */
  minimumEstimated: boolean;
  /** What accrues interest after a minimum payment (MP5, MP6). */
  interestOn: InterestBasis;
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

function billOccurrences(debt: BillDebt, until: Day): Installment[] {
  const target: Target = { type: 'debt', id: debt.id };
  return recurrenceOccurrences(debt.recurrence, until).map(({ seq, due }) => ({
    key: debtOccurrenceKey(debt.id, due),
    target,
    seq,
    due,
    amount: debt.amount,
  }));
}

/**
 * One installment per cycle from the account's first statement up to the first due after `until`;
 * a cycle whose statement is not entered yet is estimated from the latest entered before it.
 */
function statementInstallments(debt: StatementDebt, until: Day): Installment[] {
  const target: Target = { type: 'debt', id: debt.id };
  const entered = new Map(debt.statements.map((s) => [s.statementDate, s]));
  // Past `until` far enough for the first due after it (≤ 60 days after its statement) and the statement after that.
  const cycles = statementCycles(debt, debt.firstStatement, addDaysToDay(until, 124));
  const installments: Installment[] = [];
  let latest = debt.statements.reduce((a, b) => (a.statementDate <= b.statementDate ? a : b));
  for (let i = 0; i + 1 < cycles.length; i++) {
    const { statementDate, due } = cycles[i]!;
    const statement = entered.get(statementDate);
    if (statement) latest = statement;
    const amount = (statement ?? latest).amount;
    const minimum = statement?.minimum ?? (debt.minimumRule ? estimateMinimum(amount, debt.minimumRule) : null);
    installments.push({
      key: debtOccurrenceKey(debt.id, due),
      target,
      seq: i,
      due,
      amount,
      cycle: {
        statementDate,
        nextStatementDate: cycles[i + 1]!.statementDate,
        minimum,
        estimated: !statement,
        minimumEstimated: statement?.minimum === undefined,
        interestOn: debt.interestOn,
      },
    });
    if (due > until) break;
  }
  return installments;
}

function loanInstallments(debt: LoanDebt): Installment[] {
  const target: Target = { type: 'debt', id: debt.id };
  return loanSchedule(debt).map((row) => ({
    key: debtOccurrenceKey(debt.id, row.due),
    target,
    seq: row.seq - 1,
    due: row.due,
    amount: row.amount,
  }));
}

/**
 * The occurrences of a debt, in due order: a bill's by its recurrence, a statement account's one per
 * cycle, a loan's per its schedule. Without an end (an open-ended bill, every statement account) they
 * run up to and including the first one after `until`, so the next one is always known.
 * @example // a card bill, monthly from 2026-01-05 with no count:
 * getDebtInstallments(cardBill, '2026-02-10').map((i) => i.due) // ['2026-01-05', '2026-02-05', '2026-03-05']
 */
export function getDebtInstallments(debt: Debt, until: Day): Installment[] {
  switch (debt.billing) {
    case 'statement':
      return statementInstallments(debt, until);
    case 'loan':
      return loanInstallments(debt);
    default:
      return billOccurrences(debt, until);
  }
}

/**
 * A debt in one figure, where a list has room for one: a bill's amount per occurrence, a statement
 * account's latest statement, a loan's principal.
 */
export function headlineAmount(debt: DebtInput): Minor {
  switch (debt.billing) {
    case 'statement':
      return debt.statements.reduce((a, b) => (a.statementDate >= b.statementDate ? a : b)).amount;
    case 'loan':
      return debt.principal;
    default:
      return debt.amount;
  }
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
