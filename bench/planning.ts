/**
 * Reminder planning at scale: `planReminders` (domain) fed installment statuses made by the domain's
 * own schedule and status code, timed at several sizes to show the cost per installment stays flat.
 */
import { addDaysToDay, monthlyDue } from '../src/domain/day';
import { DEBT_KINDS, DEFAULT_SETTINGS, type Day, type Debt, type Payment } from '../src/domain/model';
import { planReminders } from '../src/domain/reminders';
import { getDebtInstallments } from '../src/domain/schedule';
import { getInstallmentStatuses, type InstallmentStatus } from '../src/domain/status';

const PER_DEBT = 100;

/**
 * `count` installment statuses: monthly debts of 100 installments each, started 0-59 months before
 * `today`, with the first months paid, so the mix holds paid, overdue, due-today and upcoming items.
 */
export function makeStatuses(count: number, today: Day): InstallmentStatus[] {
  const statuses: InstallmentStatus[] = [];
  for (let i = 0; statuses.length < count; i++) {
    const debt: Debt = {
      id: `d${i}`,
      name: `debt ${i}`,
      kind: DEBT_KINDS[i % DEBT_KINDS.length]!,
      currency: 'CNY',
      amount: 10_000 + i,
      recurrence: { type: 'monthly', firstDue: addDaysToDay(monthlyDue(today, -(i % 60)), i % 28), count: PER_DEBT },
      graceDays: 0,
      note: '',
      createdAt: today,
    };
    const paidMonths = Math.max(0, (i % 60) - (i % 3));
    const payments: Payment[] = paidMonths
      ? [{ id: `p${i}`, target: { type: 'debt', id: debt.id }, date: today, amount: debt.amount * paidMonths, note: '' }]
      : [];
    statuses.push(...getInstallmentStatuses(getDebtInstallments(debt, today), payments, today));
  }
  return statuses.slice(0, count);
}

/** Median ms of `runs` calls of `planReminders` over `items` at `now`, after one warm-up call. */
export function timePlanning(items: readonly InstallmentStatus[], now: number, runs: number): { ms: number; reminders: number } {
  const settings = DEFAULT_SETTINGS;
  const plan = () => planReminders({ items, plans: [], settings, now });
  const reminders = plan().length;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    plan();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[samples.length >> 1]!, reminders };
}
