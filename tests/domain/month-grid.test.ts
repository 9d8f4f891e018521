import { describe, expect, it } from 'vitest';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import type { BillDebt } from '../../src/domain/model';
import { getMonthGrid, getMonthWarnings, monthBounds, monthKey, parseMonth, shiftMonth, type GridDay } from '../../src/domain/month-grid';
import { data, day, debt, payment, plan, settings, statementDebt } from './fixtures';

const once = (id: string, due: string, amount = 100_000, fields: Partial<BillDebt> = {}) =>
  debt({ id, name: id, kind: 'other', amount, recurrence: { type: 'once', dueDate: day(due) }, ...fields });
const OCTOBER = { year: 2026, month: 10 };
const TODAY = day('2026-09-28');

/** The grid's day `d`, which must be in the month. */
function dayOf(weeks: (GridDay | null)[][], d: string): GridDay {
  const found = weeks.flat().find((g) => g?.day === d);
  if (!found) throw new Error(`${d} is not in the grid`);
  return found;
}

describe('months', () => {
  it.each([
    ['2026-10', { year: 2026, month: 10 }],
    ['2026-1', null],
    ['2026-13', null],
    ['2026-00', null],
    ['October', null],
    ['2026-10-01', null],
  ])('parseMonth(%s)', (text, expected) => expect(parseMonth(text)).toEqual(expected));

  it.each([
    [{ year: 2026, month: 12 }, 1, '2027-01'],
    [{ year: 2026, month: 1 }, -1, '2025-12'],
    [{ year: 2026, month: 10 }, 0, '2026-10'],
    [{ year: 2026, month: 3 }, -15, '2024-12'],
  ])('shiftMonth(%o, %i)', (month, n, expected) => expect(monthKey(shiftMonth(month, n))).toBe(expected));

  it.each([
    [{ year: 2026, month: 2 }, '2026-02-28'],
    [{ year: 2028, month: 2 }, '2028-02-29'],
    [{ year: 2026, month: 4 }, '2026-04-30'],
  ])('the last day of %o', (month, last) => expect(monthBounds(month).last).toBe(last));
});

describe('getMonthGrid: the weeks', () => {
  it.each([
    // October 2026 starts on a Thursday: three empty cells, five weeks.
    [OCTOBER, 3, 5],
    // February 2027 starts on a Monday: none, four full weeks.
    [{ year: 2027, month: 2 }, 0, 4],
    // March 2026 starts on a Sunday: six empty cells, six weeks.
    [{ year: 2026, month: 3 }, 6, 6],
  ])('%o: Monday first, %i empty cells before the 1st, %i weeks', (month, lead, weeks) => {
    const grid = getMonthGrid(data(), settings(), TODAY, month, CN_CALENDAR);
    expect(grid.weeks).toHaveLength(weeks);
    expect(grid.weeks.every((w) => w.length === 7)).toBe(true);
    expect(grid.weeks[0]!.findIndex((g) => g !== null)).toBe(lead);
    expect(grid.weeks.flat().filter(Boolean)).toHaveLength(Number(monthBounds(month).last.slice(8)));
  });
});

describe('getMonthGrid: the working calendar', () => {
  const grid = getMonthGrid(data(), settings(), TODAY, OCTOBER, CN_CALENDAR);
  it('marks National Day as a holiday and the make-up Saturday as a workday', () => {
    expect(dayOf(grid.weeks, '2026-10-01').status).toMatchObject({ known: true, workday: false, holiday: { zh: '国庆节' } });
    expect(dayOf(grid.weeks, '2026-10-10').status).toMatchObject({ known: true, workday: true, makeUpWorkday: true });
    expect(grid.covered).toBe(true);
  });
  it('a year without an arrangement knows only its weekends', () => {
    const uncovered = getMonthGrid(data(), settings(), TODAY, { year: 2027, month: 10 }, CN_CALENDAR);
    expect(uncovered.covered).toBe(false);
    expect(dayOf(uncovered.weeks, '2027-10-01').status).toEqual({ known: false, weekend: false });
    expect(dayOf(uncovered.weeks, '2027-10-02').status).toEqual({ known: false, weekend: true });
  });
  it('takes the calendar as a parameter: an empty one covers nothing', () => {
    expect(getMonthGrid(data(), settings(), TODAY, OCTOBER, new Map()).covered).toBe(false);
  });
});

describe('getMonthGrid: items', () => {
  it.each<[string, Parameters<typeof data>[0], string, string, string]>([
    [
      'paid',
      { debts: [once('a', '2026-10-20')], payments: [payment('2026-09-20', 100_000, { type: 'debt', id: 'a' })] },
      '2026-09-28',
      '2026-10-20',
      'paid',
    ],
    ['due soon (within 7 days)', { debts: [once('a', '2026-10-05')] }, '2026-09-28', '2026-10-05', 'due-soon'],
    ['upcoming (8 days or more)', { debts: [once('a', '2026-10-06')] }, '2026-09-28', '2026-10-06', 'upcoming'],
    ['overdue', { debts: [once('a', '2026-10-06')] }, '2026-10-20', '2026-10-06', 'overdue'],
    [
      'a plan installment overdue: plan at risk',
      { plans: [plan({ id: 'p', startDate: day('2026-09-01'), firstDue: day('2026-10-08') })] },
      '2026-10-20',
      '2026-10-08',
      'plan-at-risk',
    ],
    [
      'minimum paid',
      {
        debts: [
          statementDebt({
            id: 'c',
            firstStatement: day('2026-09-01'),
            statements: [{ statementDate: day('2026-09-01'), amount: 100_000, minimum: 10_000 }],
          }),
        ],
        payments: [payment('2026-09-09', 10_000, { type: 'debt', id: 'c' })],
      },
      '2026-09-20',
      '2026-09-10',
      'minimum-paid',
    ],
  ])('%s', (_, fields, today, due, tone) => {
    const grid = getMonthGrid(data(fields), settings(), day(today), { year: 2026, month: Number(due.slice(5, 7)) }, CN_CALENDAR);
    expect(dayOf(grid.weeks, due).dues.map((d) => d.tone)).toEqual([tone]);
  });

  it('totals what is still to pay on a day; paid items add nothing', () => {
    const grid = getMonthGrid(
      data({
        debts: [once('a', '2026-10-20', 100_000), once('b', '2026-10-20', 50_000), once('c', '2026-10-20', 70_000)],
        payments: [payment('2026-09-20', 70_000, { type: 'debt', id: 'c' }), payment('2026-09-20', 20_000, { type: 'debt', id: 'b' })],
      }),
      settings(),
      TODAY,
      OCTOBER,
      CN_CALENDAR,
    );
    const d = dayOf(grid.weeks, '2026-10-20');
    expect(d.dues).toHaveLength(3);
    expect(d.totals).toEqual([{ currency: 'CNY', amount: 130_000 }]);
  });

  it('a due date in the National Day holiday has its pay-by day on the last working day before it', () => {
    const grid = getMonthGrid(data({ debts: [once('a', '2026-10-03')] }), settings(), TODAY, OCTOBER, CN_CALENDAR);
    expect(dayOf(grid.weeks, '2026-10-03').dues[0]!.payBy?.day).toBe('2026-09-30');
    // September 30 is in the month before: October's grid shows no pay-by day for it.
    expect(grid.weeks.flat().some((g) => g && g.payBys.length > 0)).toBe(false);
    const september = getMonthGrid(data({ debts: [once('a', '2026-10-03')] }), settings(), TODAY, { year: 2026, month: 9 }, CN_CALENDAR);
    expect(dayOf(september.weeks, '2026-09-30').payBys.map((p) => [p.item.name, p.payBy.reason])).toEqual([
      ['a', { type: 'holiday', holiday: { en: 'National Day', zh: '国庆节' } }],
    ]);
  });

  it('no pay-by day for a paid or overdue item', () => {
    const fields = {
      debts: [once('a', '2026-10-03'), once('b', '2026-10-04')],
      payments: [payment('2026-09-20', 100_000, { type: 'debt', id: 'a' })],
    };
    const grid = getMonthGrid(data(fields), settings(), day('2026-10-06'), { year: 2026, month: 9 }, CN_CALENDAR);
    expect(dayOf(grid.weeks, '2026-09-30').payBys).toEqual([]);
  });

  it('marks statement days of statement accounts, not before the first statement, not of a settled debt', () => {
    const card = statementDebt({
      id: 'c',
      statementDay: 31,
      firstStatement: day('2026-01-31'),
      statements: [{ statementDate: day('2026-01-31'), amount: 100_000 }],
    });
    const settled = statementDebt({
      id: 's',
      statementDay: 5,
      firstStatement: day('2026-01-05'),
      statements: [{ statementDate: day('2026-01-05'), amount: 100_000 }],
    });
    const fields = { debts: [card, settled], plans: [plan({ id: 'p', debtId: 's' })] };
    const feb = getMonthGrid(data(fields), settings(), TODAY, { year: 2026, month: 2 }, CN_CALENDAR);
    expect(dayOf(feb.weeks, '2026-02-28').statements.map((d) => d.id)).toEqual(['c']);
    expect(dayOf(feb.weeks, '2026-02-05').statements).toEqual([]);
    const before = getMonthGrid(data(fields), settings(), TODAY, { year: 2025, month: 12 }, CN_CALENDAR);
    expect(before.weeks.flat().some((g) => g && g.statements.length > 0)).toBe(false);
  });

  it('marks paydays, a payday of 31 on February’s last day', () => {
    const s = settings({ paydays: { type: 'twice', days: [15, 31] } });
    const feb = getMonthGrid(data(), s, TODAY, { year: 2026, month: 2 }, CN_CALENDAR);
    expect(
      feb.weeks
        .flat()
        .filter((g) => g?.payday)
        .map((g) => g!.day),
    ).toEqual(['2026-02-15', '2026-02-28']);
  });

  it('an open-ended monthly bill shows in a month far ahead', () => {
    const grid = getMonthGrid(
      data({ debts: [debt({ id: 'm', recurrence: { type: 'monthly', firstDue: day('2026-01-12') } })] }),
      settings(),
      TODAY,
      { year: 2027, month: 6 },
      CN_CALENDAR,
    );
    expect(dayOf(grid.weeks, '2027-06-12').dues.map((d) => d.item.status.key)).toEqual(['debt:m:2027-06-12']);
  });

  it('marks today', () => {
    const grid = getMonthGrid(data(), settings(), day('2026-10-14'), OCTOBER, CN_CALENDAR);
    expect(
      grid.weeks
        .flat()
        .filter((g) => g?.isToday)
        .map((g) => g!.day),
    ).toEqual(['2026-10-14']);
  });
});

describe('getMonthWarnings', () => {
  const fields = { debts: [once('a', '2026-09-30', 100_000), once('b', '2026-10-01', 100_000), once('c', '2026-10-20', 500_000)] };
  const s = settings({ paydays: { type: 'monthly', day: 15 }, availablePerPayday: 300_000 });
  const warningsOf = (month: { year: number; month: number }, today = TODAY) => {
    const grid = getMonthGrid(data(fields), s, today, month, CN_CALENDAR);
    const w = getMonthWarnings(grid, data(fields), s, today);
    return { collisions: w.collisions.map((c) => [c.start, c.end]), crunches: w.crunches.map((c) => [c.start, c.end, c.short]) };
  };

  it('a collision across the month’s first day shows in both months; a crunch in the month of its period', () => {
    expect(warningsOf({ year: 2026, month: 9 })).toEqual({ collisions: [['2026-09-30', '2026-10-01']], crunches: [] });
    expect(warningsOf(OCTOBER)).toEqual({ collisions: [['2026-09-30', '2026-10-01']], crunches: [['2026-10-15', '2026-11-14', 200_000]] });
  });

  it('a month already past has no warnings', () => {
    expect(warningsOf({ year: 2026, month: 9 }, day('2026-10-02'))).toEqual({ collisions: [], crunches: [] });
  });
});
