import { describe, expect, it } from 'vitest';
import type { BillDebt } from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { getBadge, getBadgeSummary, getOverview, type Overview } from '../../src/domain/overview';
import { data, day, debt, payment, plan, settings } from './fixtures';

const TODAY = day('2026-05-10');
const once = (id: string, due: string, fields: Partial<BillDebt> = {}) =>
  debt({ id, name: id, kind: 'other', recurrence: { type: 'once', dueDate: day(due) }, ...fields });
const keys = (items: Overview['overdue']) => items.map((i) => i.status.key);
const overviewOf = (fields: Parameters<typeof data>[0], s = settings()) =>
  getOverview(getOpenInstallments(data(fields), s, TODAY), s.currency);

describe('getOverview: groups', () => {
  it.each<[string, Parameters<typeof data>[0], { overdue: string[]; dueSoon: string[]; later: string[] }]>([
    ['nothing at all', {}, { overdue: [], dueSoon: [], later: [] }],
    ['one-off overdue', { debts: [once('a', '2026-05-09')] }, { overdue: ['debt:a:2026-05-09'], dueSoon: [], later: [] }],
    ['one-off due today', { debts: [once('a', '2026-05-10')] }, { overdue: [], dueSoon: ['debt:a:2026-05-10'], later: [] }],
    ['one-off in 7 days is due soon', { debts: [once('a', '2026-05-17')] }, { overdue: [], dueSoon: ['debt:a:2026-05-17'], later: [] }],
    ['one-off in 8 days is later', { debts: [once('a', '2026-05-18')] }, { overdue: [], dueSoon: [], later: ['debt:a:2026-05-18'] }],
    [
      'one-off a year away is still listed',
      { debts: [once('a', '2027-05-10')] },
      { overdue: [], dueSoon: [], later: ['debt:a:2027-05-10'] },
    ],
    [
      'paid one-off disappears',
      { debts: [once('a', '2026-05-09')], payments: [payment('2026-05-09', 10_000, { type: 'debt', id: 'a' })] },
      { overdue: [], dueSoon: [], later: [] },
    ],
    [
      'partly paid one-off stays overdue',
      { debts: [once('a', '2026-05-09')], payments: [payment('2026-05-09', 5_000, { type: 'debt', id: 'a' })] },
      { overdue: ['debt:a:2026-05-09'], dueSoon: [], later: [] },
    ],
    [
      'open-ended card: last bill overdue, next one later',
      { debts: [debt({ id: 'card', recurrence: { type: 'monthly', firstDue: day('2026-04-05') } })] },
      { overdue: ['debt:card:2026-04-05', 'debt:card:2026-05-05'], dueSoon: [], later: ['debt:card:2026-06-05'] },
    ],
    [
      'open-ended card: paid up, only the next one shows',
      {
        debts: [debt({ id: 'card', recurrence: { type: 'monthly', firstDue: day('2026-04-05') } })],
        payments: [payment('2026-05-05', 20_000, { type: 'debt', id: 'card' })],
      },
      { overdue: [], dueSoon: [], later: ['debt:card:2026-06-05'] },
    ],
    [
      'monthly due soon: the one after is not listed',
      { debts: [debt({ id: 'hb', recurrence: { type: 'monthly', firstDue: day('2026-05-12'), count: 6 } })] },
      { overdue: [], dueSoon: ['debt:hb:2026-05-12'], later: [] },
    ],
    [
      'a debt settled by a plan is left out; the plan installments are in',
      {
        debts: [once('a', '2026-04-01')],
        plans: [plan({ id: 'p', debtId: 'a', total: 30_000, count: 3, startDate: day('2026-04-01'), firstDue: day('2026-05-10') })],
      },
      { overdue: [], dueSoon: ['plan:p:1'], later: [] },
    ],
    [
      'plan: late installment overdue, next one later',
      { plans: [plan({ id: 'p', total: 30_000, count: 3, startDate: day('2026-04-01'), firstDue: day('2026-04-20') })] },
      { overdue: ['plan:p:1'], dueSoon: [], later: ['plan:p:2'] },
    ],
    [
      'completed plan has no open items',
      { plans: [plan({ id: 'p', total: 100, count: 1 })], payments: [payment('2026-01-10', 100, { type: 'plan', id: 'p' })] },
      { overdue: [], dueSoon: [], later: [] },
    ],
  ])('%s', (_name, fields, expected) => {
    const o = overviewOf(fields);
    expect({ overdue: keys(o.overdue), dueSoon: keys(o.dueSoon), later: keys(o.later) }).toEqual(expected);
  });

  it('every open one-off debt appears somewhere', () => {
    const dues = ['2026-01-01', '2026-05-09', '2026-05-10', '2026-05-17', '2026-05-18', '2026-07-10', '2030-01-01'];
    const o = overviewOf({ debts: dues.map((due, i) => once(`d${i}`, due)) });
    expect([...o.overdue, ...o.dueSoon, ...o.later]).toHaveLength(dues.length);
  });
});

describe('getOverview: order', () => {
  it.each<[string, Parameters<typeof data>[0], 'overdue' | 'dueSoon' | 'later', string[]]>([
    [
      'overdue: most days overdue first',
      { debts: [once('new', '2026-05-08'), once('old', '2026-03-01'), once('mid', '2026-04-30')] },
      'overdue',
      ['old', 'mid', 'new'],
    ],
    [
      'overdue: same days, larger remaining first',
      { debts: [once('small', '2026-05-01', { amount: 100 }), once('big', '2026-05-01', { amount: 900 })] },
      'overdue',
      ['big', 'small'],
    ],
    [
      'due soon: soonest first',
      { debts: [once('c', '2026-05-16'), once('a', '2026-05-10'), once('b', '2026-05-12')] },
      'dueSoon',
      ['a', 'b', 'c'],
    ],
    ['due soon: same day by name', { debts: [once('b', '2026-05-12'), once('a', '2026-05-12')] }, 'dueSoon', ['a', 'b']],
    ['later: soonest first', { debts: [once('far', '2027-01-01'), once('near', '2026-06-01')] }, 'later', ['near', 'far']],
  ])('%s', (_name, fields, group, names) => {
    expect(overviewOf(fields)[group].map((i) => i.name)).toEqual(names);
  });
});

describe('getOverview: item context', () => {
  it('carries the effective grace and rate of a debt', () => {
    const s = settings({ kindDefaults: { 'credit-card': { dailyRatePpm: 400, graceDays: 3 } } });
    const o = overviewOf(
      {
        debts: [
          debt({ id: 'c', kind: 'credit-card', currency: 'USD', recurrence: { type: 'once', dueDate: day('2026-05-12') } }),
          debt({
            id: 'h',
            name: 'HB',
            kind: 'huabei',
            graceDays: 2,
            dailyRatePpm: 600,
            recurrence: { type: 'once', dueDate: day('2026-05-11') },
          }),
        ],
      },
      s,
    );
    expect(o.dueSoon.map(({ status: _s, ...context }) => context)).toEqual([
      { name: 'HB', kind: 'huabei', currency: 'CNY', graceDays: 2, dailyRatePpm: 600, plan: null },
      { name: 'Card', kind: 'credit-card', currency: 'USD', graceDays: 3, dailyRatePpm: 400, plan: null },
    ]);
  });

  it('carries a grace of 0 given on a debt, not its kind’s default', () => {
    const s = settings({ kindDefaults: { 'credit-card': { dailyRatePpm: 400, graceDays: 3 } } });
    const o = overviewOf({ debts: [debt({ id: 'c', graceDays: 0, recurrence: { type: 'once', dueDate: day('2026-05-08') } })] }, s);
    expect(o.overdue.map((i) => i.graceDays)).toEqual([0]);
  });

  it.each([
    ['its own grace', { graceDays: 5 }, 5],
    ['its own 0', { graceDays: 0 }, 0],
    ['none given: the kind’s default from settings', {}, 4],
  ])('carries the effective grace of a plan: %s', (_name, fields, graceDays) => {
    const s = settings({ kindDefaults: { huabei: { dailyRatePpm: 500, graceDays: 4 } } });
    const o = overviewOf(
      { plans: [plan({ id: 'p', kind: 'huabei', ...fields, firstDue: day('2026-05-08'), startDate: day('2026-05-01') })] },
      s,
    );
    expect(o.overdue[0]).toMatchObject({ graceDays });
    expect(o.plans[0]).toMatchObject({ graceDays, state: graceDays >= 2 ? 'at-risk' : 'broken' });
  });

  it('carries the plan’s own grace and the kind rate for a plan', () => {
    const o = overviewOf({
      plans: [plan({ id: 'p', name: 'Deal', kind: 'huabei', graceDays: 5, firstDue: day('2026-05-12'), startDate: day('2026-05-01') })],
    });
    expect(o.dueSoon[0]).toMatchObject({ name: 'Deal', kind: 'huabei', graceDays: 5, dailyRatePpm: 500 });
  });

  it('summarises every plan with its status', () => {
    const o = overviewOf({
      plans: [plan({ id: 'p', total: 30_000, count: 3, graceDays: 0, startDate: day('2026-04-01'), firstDue: day('2026-04-20') })],
    });
    expect(o.plans).toHaveLength(1);
    expect(o.plans[0]).toMatchObject({ plan: { id: 'p' }, state: 'broken', paidCount: 0, count: 3, remaining: 30_000 });
  });
});

describe('getOverview: totals', () => {
  it.each([
    ['empty', {}, { overdueCount: 0, overdue: [], dueNext30: [] }],
    [
      'overdue and the next 30 days, overdue not counted twice',
      {
        debts: [
          once('a', '2026-05-01', { amount: 1_000 }),
          once('b', '2026-05-10', { amount: 2_000 }),
          once('c', '2026-06-09', { amount: 3_000 }),
          once('d', '2026-06-10', { amount: 4_000 }),
        ],
      },
      { overdueCount: 1, overdue: [{ currency: 'CNY', amount: 1_000 }], dueNext30: [{ currency: 'CNY', amount: 5_000 }] },
    ],
    [
      'partial payments count what remains',
      { debts: [once('a', '2026-05-01', { amount: 1_000 })], payments: [payment('2026-05-02', 400, { type: 'debt', id: 'a' })] },
      { overdueCount: 1, overdue: [{ currency: 'CNY', amount: 600 }], dueNext30: [] },
    ],
    [
      'per currency, the user’s currency first',
      {
        debts: [
          once('u', '2026-05-11', { amount: 500, currency: 'USD' }),
          once('e', '2026-05-12', { amount: 300, currency: 'EUR' }),
          once('c', '2026-05-13', { amount: 700 }),
        ],
      },
      {
        overdueCount: 0,
        overdue: [],
        dueNext30: [
          { currency: 'CNY', amount: 700 },
          { currency: 'EUR', amount: 300 },
          { currency: 'USD', amount: 500 },
        ],
      },
    ],
    [
      'open-ended monthly counts each occurrence in the window',
      { debts: [debt({ id: 'm', amount: 1_000, recurrence: { type: 'monthly', firstDue: day('2026-05-10') } })] },
      { overdueCount: 0, overdue: [], dueNext30: [{ currency: 'CNY', amount: 1_000 }] },
    ],
  ])('%s', (_name, fields, totals) => {
    expect(overviewOf(fields).totals).toEqual(totals);
  });
});

describe('getBadge and getBadgeSummary', () => {
  it.each([
    ['nothing open', {}, { text: '', color: null }],
    ['only later items', { debts: [once('a', '2026-06-30')] }, { text: '', color: null }],
    ['due today', { debts: [once('a', '2026-05-10')] }, { text: '0', color: 'amber' }],
    ['due tomorrow', { debts: [once('a', '2026-05-11')] }, { text: '1', color: 'amber' }],
    ['due in 7 days', { debts: [once('a', '2026-05-17')] }, { text: '7', color: 'amber' }],
    ['the soonest decides', { debts: [once('a', '2026-05-15'), once('b', '2026-05-12')] }, { text: '2', color: 'amber' }],
    ['overdue beats due soon', { debts: [once('a', '2026-05-09'), once('b', '2026-05-10')] }, { text: '1', color: 'red' }],
    ['overdue count', { debts: [once('a', '2026-05-09'), once('b', '2026-04-01'), once('c', '2026-03-01')] }, { text: '3', color: 'red' }],
    ['more than 99 overdue', { debts: Array.from({ length: 120 }, (_, i) => once(`d${i}`, '2026-05-01')) }, { text: '99+', color: 'red' }],
  ])('getBadge: %s', (_name, fields, badge) => {
    expect(getBadge(overviewOf(fields))).toEqual(badge);
  });

  it.each([
    ['nothing open', {}, { overdueCount: 0, mostOverdue: null, next: null }],
    ['next from later when nothing is due soon', { debts: [once('a', '2026-08-01')] }, { overdueCount: 0, mostOverdue: null, next: 'a' }],
    [
      'overdue and due soon',
      { debts: [once('old', '2026-04-01'), once('new', '2026-05-09'), once('soon', '2026-05-12'), once('far', '2026-09-01')] },
      { overdueCount: 2, mostOverdue: 'old', next: 'soon' },
    ],
  ])('getBadgeSummary: %s', (_name, fields, expected) => {
    const summary = getBadgeSummary(overviewOf(fields));
    expect({
      overdueCount: summary.overdueCount,
      mostOverdue: summary.mostOverdue?.name ?? null,
      next: summary.next?.name ?? null,
    }).toEqual(expected);
  });

  it('getBadgeSummary carries the overdue totals', () => {
    expect(getBadgeSummary(overviewOf({ debts: [once('a', '2026-05-01', { amount: 1_234 })] })).overdueTotals).toEqual([
      { currency: 'CNY', amount: 1_234 },
    ]);
  });
});

describe('getOpenInstallments: what each plan installment carries of its plan', () => {
  it('the plan’s count and balance, and the settled debt’s original due day', () => {
    const fields = {
      debts: [once('card', '2025-11-01')],
      plans: [plan({ id: 'p', debtId: 'card', total: 120_000, count: 12, startDate: day('2026-01-01'), firstDue: day('2026-02-01') })],
    };
    const items = getOpenInstallments(data(fields), settings(), TODAY).items;
    // The settled debt is not chased itself; each installment knows where it stands.
    expect(items.every((i) => i.status.target.type === 'plan')).toBe(true);
    expect(items[0]!.plan).toEqual({ count: 12, remaining: 120_000, originalDue: '2025-11-01' });
  });

  it('nothing of a plan on a debt occurrence', () => {
    expect(getOpenInstallments(data({ debts: [once('a', '2026-05-12')] }), settings(), TODAY).items[0]!.plan).toBeNull();
  });
});
