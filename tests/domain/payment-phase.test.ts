// The one status ladder every row shows: upcoming → due today → within grace → overdue, with
// "minimum paid" for statements, and what each costs.
import { describe, expect, it } from 'vitest';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { getOverview } from '../../src/domain/overview';
import type { Debt } from '../../src/domain/model';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import { paymentPhase } from '../../src/domain/payment-phase';
import { data, day, debt, payment, settings, statementDebt } from './fixtures';

const SATURDAY = { day: '2026-01-09', reason: { type: 'weekend' } };
const card = statementDebt({ graceDays: 3, statements: [{ statementDate: day('2026-01-01'), amount: 100_000, minimum: 10_000 }] });
const itemsOn = (today: string, paid: number, d: Debt = card) =>
  getOpenInstallments(
    data({ debts: [d], payments: paid ? [payment('2026-01-09', paid, { type: 'debt', id: d.id })] : [] }),
    settings(),
    day(today),
  ).items;
const phaseOn = (today: string, paid = 0, d: Debt = card) => paymentPhase(itemsOn(today, paid, d)[0]!, CN_CALENDAR);

describe('paymentPhase', () => {
  it.each([
    // 2026-01-10 is a Saturday: the row also says to pay by Friday.
    [
      'before the due day: the minimum as printed, and the pay-by day of a Saturday due date',
      '2026-01-05',
      0,
      { phase: 'upcoming', minimum: { amount: 10_000, estimated: false }, estimate: null, payBy: SATURDAY },
    ],
    [
      'on the due day',
      '2026-01-10',
      0,
      { phase: 'due-today', minimum: { amount: 10_000, estimated: false }, estimate: null, payBy: SATURDAY },
    ],
    ['the grace days after it', '2026-01-13', 0, { phase: 'within-grace', lastDay: '2026-01-13' }],
    [
      'the day after the grace: overdue, with the typical late fee on the unpaid minimum',
      '2026-01-14',
      0,
      { phase: 'overdue', belowMinimum: { penalty: 500, ratePpm: 50_000, caveat: 'typical', sources: ['MP7'] } },
    ],
    [
      'part of the minimum paid',
      '2026-01-14',
      4_000,
      { phase: 'overdue', belowMinimum: { penalty: 300, ratePpm: 50_000, caveat: 'typical', sources: ['MP7'] } },
    ],
  ] as const)('%s', (_name, today, paid, expected) => {
    expect(phaseOn(today, paid)).toEqual(expected);
  });

  it('the minimum paid: not overdue, and the interest on the whole statement from its statement day (a lower bound, MP5)', () => {
    expect(phaseOn('2026-01-12', 10_000)).toMatchObject({
      phase: 'minimum-paid',
      cost: { dailyInterest: 50, from: '2026-01-01', basis: 'whole', caveat: 'estimate', sources: ['MP4', 'MP5'] },
    });
  });

  it('Huabei: interest on the unpaid part from the day after the due day (MP9)', () => {
    const huabei = statementDebt({
      kind: 'huabei',
      interestOn: 'unpaid',
      statements: [{ statementDate: day('2026-01-01'), amount: 100_000 }],
    });
    expect(phaseOn('2026-01-12', 10_000, huabei)).toMatchObject({
      phase: 'minimum-paid',
      cost: { dailyInterest: 45, from: '2026-01-11', sources: ['MP9'] },
    });
  });

  it.each([
    ['before its statement day: awaited', '2026-01-25', 'awaited'],
    ['once its statement day has come: to enter', '2026-02-01', 'to-enter'],
  ] as const)('a statement not entered yet is estimated, %s', (_name, today, estimate) => {
    // 2026-02-10 is a Tuesday: no pay-by day.
    expect(phaseOn(today, 100_000)).toEqual({ phase: 'upcoming', minimum: { amount: 10_000, estimated: true }, estimate, payBy: null });
  });

  it('a bill has no minimum; overdue past its grace without a fee line', () => {
    const bill = debt({ graceDays: 0, recurrence: { type: 'once', dueDate: day('2026-01-10') } });
    expect([phaseOn('2026-01-05', 0, bill), phaseOn('2026-01-11', 0, bill)]).toEqual([
      { phase: 'upcoming', minimum: null, estimate: null, payBy: SATURDAY },
      { phase: 'overdue', belowMinimum: null },
    ]);
  });
});

describe('the overview lists a minimum-paid statement apart, not as overdue', () => {
  it('in minimumPaid, not overdue and not in the badge count', () => {
    const overview = getOverview({ items: itemsOn('2026-01-20', 10_000), plans: [] }, 'CNY');
    expect([overview.overdue.length, overview.minimumPaid.map((i) => i.status.key)]).toEqual([0, ['debt:c1:2026-01-10']]);
  });
});
