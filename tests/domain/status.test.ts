import { describe, expect, it } from 'vitest';
import type { Payment } from '../../src/domain/model';
import type { Installment } from '../../src/domain/schedule';
import { allocatePayments, describeInstallment, getInstallmentStatuses, type InstallmentState } from '../../src/domain/status';
import { day, payment } from './fixtures';

const debtTarget = { type: 'debt', id: 'd1' } as const;
const inst = (seq: number, due: string, amount: number, target: Installment['target'] = debtTarget): Installment => ({
  key: `debt:${target.id}:${due}`,
  target,
  seq,
  due: day(due),
  amount,
});

/** Three monthly occurrences of 100.00. */
const three = [inst(0, '2026-05-10', 10_000), inst(1, '2026-06-10', 10_000), inst(2, '2026-07-10', 10_000)];

describe('allocatePayments', () => {
  it.each<[string, Installment[], Payment[], number[], number]>([
    ['no payments', three, [], [0, 0, 0], 0],
    ['exact payment on the due day', three, [payment('2026-05-10', 10_000)], [10_000, 0, 0], 0],
    ['early payment', three, [payment('2026-04-01', 10_000)], [10_000, 0, 0], 0],
    ['late payment still fills the earliest', three, [payment('2026-06-20', 10_000)], [10_000, 0, 0], 0],
    ['partial payment', three, [payment('2026-05-09', 4_000)], [4_000, 0, 0], 0],
    ['two partials complete one', three, [payment('2026-05-01', 4_000), payment('2026-05-09', 6_000)], [10_000, 0, 0], 0],
    ['overpayment carries forward', three, [payment('2026-05-10', 15_000)], [10_000, 5_000, 0], 0],
    ['one payment covers all', three, [payment('2026-05-10', 30_000)], [10_000, 10_000, 10_000], 0],
    ['beyond everything becomes credit', three, [payment('2026-05-10', 32_500)], [10_000, 10_000, 10_000], 2_500],
    [
      'a paid-up schedule turns later payments into credit',
      three,
      [payment('2026-05-10', 30_000), payment('2026-08-01', 100)],
      [10_000, 10_000, 10_000],
      100,
    ],
    ['order of recording does not matter', three, [payment('2026-06-10', 10_000), payment('2026-05-10', 5_000)], [10_000, 5_000, 0], 0],
    [
      'payments for another target are ignored',
      three,
      [payment('2026-05-10', 10_000, { type: 'debt', id: 'other' }), payment('2026-05-10', 10_000, { type: 'plan', id: 'd1' })],
      [0, 0, 0],
      0,
    ],
    [
      'zero-amount installments are skipped',
      [inst(0, '2026-05-10', 0), inst(1, '2026-06-10', 100)],
      [payment('2026-05-01', 100)],
      [0, 100],
      0,
    ],
    ['no installments', [], [payment('2026-05-01', 100)], [], 0],
  ])('%s', (_name, installments, payments, paid, credit) => {
    expect(allocatePayments(installments, payments)).toEqual({ paid, credit });
  });

  it('refuses installments of several targets', () => {
    expect(() => allocatePayments([three[0]!, inst(0, '2026-05-10', 1, { type: 'plan', id: 'p' })], [])).toThrow(RangeError);
  });
});

describe('describeInstallment', () => {
  const due = inst(0, '2026-05-10', 10_000);
  it.each<[string, number, string, InstallmentState, number, number]>([
    ['well ahead', 0, '2026-05-01', 'upcoming', 0, 9],
    ['the day before', 0, '2026-05-09', 'upcoming', 0, 1],
    ['on the due day', 0, '2026-05-10', 'due-today', 0, 0],
    ['day 1 overdue (the day after the due date)', 0, '2026-05-11', 'overdue', 1, -1],
    ['partial and overdue', 4_000, '2026-05-20', 'overdue', 10, -10],
    ['partial on the due day', 4_000, '2026-05-10', 'due-today', 0, 0],
    ['paid early', 10_000, '2026-05-01', 'paid', 0, 9],
    ['paid, long after', 10_000, '2026-12-01', 'paid', 0, -205],
    ['overdue across a year end', 0, '2027-01-01', 'overdue', 236, -236],
  ])('%s', (_name, paid, today, state, daysOverdue, daysUntilDue) => {
    expect(describeInstallment(due, paid, day(today))).toEqual({
      ...due,
      paid,
      remaining: 10_000 - paid,
      state,
      daysOverdue,
      daysUntilDue,
    });
  });

  it.each([
    ['New York spring-forward', '2026-03-07', '2026-03-09', 2],
    ['New York fall-back', '2026-10-31', '2026-11-02', 2],
  ])('counts calendar days over %s', (_name, dueDay, today, days) => {
    expect(describeInstallment(inst(0, dueDay, 1), 0, day(today)).daysOverdue).toBe(days);
  });
});

describe('getInstallmentStatuses', () => {
  it.each<[string, Payment[], string, InstallmentState[], number[]]>([
    ['nothing paid, first overdue', [], '2026-05-12', ['overdue', 'upcoming', 'upcoming'], [10_000, 10_000, 10_000]],
    [
      'first paid on time, second due today',
      [payment('2026-05-10', 10_000)],
      '2026-06-10',
      ['paid', 'due-today', 'upcoming'],
      [0, 10_000, 10_000],
    ],
    [
      'overpayment keeps the second from being overdue',
      [payment('2026-05-10', 20_000)],
      '2026-06-11',
      ['paid', 'paid', 'upcoming'],
      [0, 0, 10_000],
    ],
    [
      'partial leaves the first overdue',
      [payment('2026-05-10', 5_000)],
      '2026-05-11',
      ['overdue', 'upcoming', 'upcoming'],
      [5_000, 10_000, 10_000],
    ],
    ['all paid early', [payment('2026-01-01', 30_000)], '2026-01-02', ['paid', 'paid', 'paid'], [0, 0, 0]],
  ])('%s', (_name, payments, today, states, remaining) => {
    const statuses = getInstallmentStatuses(three, payments, day(today));
    expect(statuses.map((s) => s.state)).toEqual(states);
    expect(statuses.map((s) => s.remaining)).toEqual(remaining);
  });
});
