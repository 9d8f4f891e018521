import { describe, expect, it } from 'vitest';
import type { Payment } from '../../src/domain/model';
import { getPlanStatus, planOriginalDue, type PlanState } from '../../src/domain/plan-status';
import { day, debt, payment, plan, settings } from './fixtures';

const P = { type: 'plan', id: 'p1' } as const;
const pay = (date: string, amount: number): Payment => payment(date, amount, P);

/** 300.00 in 3 installments of 100.00 on the 10th of Jan, Feb, Mar 2026. */
const base = { total: 30_000, count: 3, startDate: day('2026-01-01'), firstDue: day('2026-01-10') };
const noGrace = plan({ ...base, graceDays: 0 });
const grace3 = plan({ ...base, graceDays: 3 });
const withDown = plan({ ...base, total: 40_000, downPayment: 10_000, graceDays: 0 });

describe('getPlanStatus: state', () => {
  it.each<[string, ReturnType<typeof plan>, Payment[], string, PlanState]>([
    ['nothing due yet', noGrace, [], '2026-01-05', 'on-track'],
    ['installment due today, unpaid', noGrace, [], '2026-01-10', 'on-track'],
    ['no grace: day 1 late is broken', noGrace, [], '2026-01-11', 'broken'],
    ['grace 3: day 1 late is at risk', grace3, [], '2026-01-11', 'at-risk'],
    ['grace 3: last day of grace is at risk', grace3, [], '2026-01-13', 'at-risk'],
    ['grace 3: day 4 late is broken', grace3, [], '2026-01-14', 'broken'],
    ['partial payment still late', grace3, [pay('2026-01-10', 5_000)], '2026-01-12', 'at-risk'],
    ['paid on the due day', noGrace, [pay('2026-01-10', 10_000)], '2026-01-20', 'on-track'],
    ['paid early', noGrace, [pay('2026-01-02', 10_000)], '2026-01-20', 'on-track'],
    ['caught up after being late', noGrace, [pay('2026-01-25', 10_000)], '2026-01-26', 'on-track'],
    ['second installment late after the first paid', grace3, [pay('2026-01-10', 10_000)], '2026-02-12', 'at-risk'],
    ['all paid', noGrace, [pay('2026-01-10', 10_000), pay('2026-02-10', 10_000), pay('2026-03-10', 10_000)], '2026-03-10', 'completed'],
    ['all paid in advance', noGrace, [pay('2026-01-01', 30_000)], '2026-01-02', 'completed'],
    ['down payment unpaid on the day after the start', withDown, [], '2026-01-02', 'broken'],
    ['down payment paid, first installment ahead', withDown, [pay('2026-01-01', 10_000)], '2026-01-05', 'on-track'],
    [
      'payments for another plan do not count',
      noGrace,
      [payment('2026-01-10', 10_000, { type: 'plan', id: 'other' })],
      '2026-01-11',
      'broken',
    ],
  ])('%s', (_name, p, payments, today, state) => {
    expect(getPlanStatus(p, payments, day(today), settings()).state).toBe(state);
  });
});

describe('getPlanStatus: progress', () => {
  it.each([
    ['nothing paid', noGrace, [], '2026-01-05', { paidCount: 0, count: 3, next: 'plan:p1:1', late: null, remaining: 30_000, credit: 0 }],
    [
      'one paid, one late',
      noGrace,
      [pay('2026-01-10', 10_000)],
      '2026-02-11',
      { paidCount: 1, count: 3, next: 'plan:p1:3', late: 'plan:p1:2', remaining: 20_000, credit: 0 },
    ],
    [
      'overpayment carried forward',
      noGrace,
      [pay('2026-01-10', 15_000)],
      '2026-01-11',
      { paidCount: 1, count: 3, next: 'plan:p1:2', late: null, remaining: 15_000, credit: 0 },
    ],
    [
      'paid beyond the plan is credit',
      noGrace,
      [pay('2026-01-10', 31_000)],
      '2026-01-11',
      { paidCount: 3, count: 3, next: null, late: null, remaining: 0, credit: 1_000 },
    ],
    [
      'the down payment counts as an installment',
      withDown,
      [pay('2026-01-01', 10_000)],
      '2026-01-05',
      { paidCount: 1, count: 4, next: 'plan:p1:1', late: null, remaining: 30_000, credit: 0 },
    ],
    [
      'the oldest late installment is reported',
      noGrace,
      [],
      '2026-03-11',
      { paidCount: 0, count: 3, next: null, late: 'plan:p1:1', remaining: 30_000, credit: 0 },
    ],
  ])('%s', (_name, p, payments, today, expected) => {
    const { paidCount, count, next, late, remaining, credit } = getPlanStatus(p, payments, day(today), settings());
    expect({ paidCount, count, next: next?.key ?? null, late: late?.key ?? null, remaining, credit }).toEqual(expected);
  });

  it('lists every installment with its status', () => {
    const status = getPlanStatus(withDown, [pay('2026-01-01', 10_000)], day('2026-01-10'), settings());
    expect(status.installments.map((i) => [i.seq, i.state])).toEqual([
      [0, 'paid'],
      [1, 'due-today'],
      [2, 'upcoming'],
      [3, 'upcoming'],
    ]);
  });
});

describe('getPlanStatus: the grace in force', () => {
  const cardGrace3 = settings({ kindDefaults: { 'credit-card': { dailyRatePpm: null, graceDays: 3 } } });
  const noneGiven = plan({ ...base });

  it.each<[string, ReturnType<typeof plan>, ReturnType<typeof settings>, number, PlanState]>([
    ['none given: the kind’s default from settings', noneGiven, cardGrace3, 3, 'at-risk'],
    ['none given, no default: no grace', noneGiven, settings(), 0, 'broken'],
    ['the plan’s own 0 wins over the kind’s 3', noGrace, cardGrace3, 0, 'broken'],
    ['the plan’s own grace wins', plan({ ...base, graceDays: 1 }), cardGrace3, 1, 'broken'],
  ])('%s', (_name, p, s, graceDays, state) => {
    // Two days after the first installment fell due, nothing paid.
    expect(getPlanStatus(p, [], day('2026-01-12'), s)).toMatchObject({ graceDays, state });
  });
});

describe('planOriginalDue: when the debt a plan settles first fell overdue', () => {
  const card = debt({ id: 'card', recurrence: { type: 'monthly', firstDue: day('2025-10-10') } });
  const onCard = (fields: Parameters<typeof plan>[0] = {}) => plan({ ...base, debtId: 'card', startDate: day('2026-01-05'), ...fields });

  it.each([
    ['the linked debt’s first unpaid due day before the plan', onCard(), [], '2025-10-10'],
    ['paid cycles are skipped', onCard(), [payment('2025-10-10', 10_000, { type: 'debt', id: 'card' })], '2025-11-10'],
    ['a debt not yet overdue when the plan was agreed: none', onCard({ startDate: day('2025-10-01') }), [], null],
    ['the plan’s own date wins', onCard({ overdueSince: day('2025-06-30') }), [], '2025-06-30'],
  ] as const)('%s', (_name, p, payments, expected) => {
    expect(planOriginalDue(p, card, payments)).toBe(expected);
  });

  it('is unknown without a linked debt or a date of its own, and ignores a debt that is not the linked one', () => {
    expect(planOriginalDue(plan(base), undefined, [])).toBeNull();
    expect(planOriginalDue(onCard({ debtId: 'other' }), card, [])).toBeNull();
    expect(planOriginalDue(plan({ ...base, overdueSince: day('2025-12-01') }), undefined, [])).toBe('2025-12-01');
  });
});
