import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDay, daysBetween, toDay } from '../../src/domain/day';
import { getDebtInstallments, getPlanInstallments, splitEvenly } from '../../src/domain/schedule';
import { day, debt, plan } from './fixtures';

describe('splitEvenly', () => {
  it.each([
    ['divides exactly', 1200, 3, [400, 400, 400]],
    ['remainder of one', 1000, 3, [334, 333, 333]],
    ['remainder of two', 1001, 3, [334, 334, 333]],
    ['one installment', 999, 1, [999]],
    ['less than one fen each', 2, 5, [1, 1, 0, 0, 0]],
    ['zero total', 0, 2, [0, 0]],
  ])('%s', (_name, total, count, amounts) => {
    expect(splitEvenly(total, count)).toEqual(amounts);
  });

  it.each([
    ['zero installments', 100, 0],
    ['negative count', 100, -1],
    ['fractional count', 100, 1.5],
    ['negative total', -1, 2],
    ['fractional total', 10.5, 2],
  ])('throws RangeError: %s', (_name, total, count) => {
    expect(() => splitEvenly(total, count)).toThrow(RangeError);
  });

  it('sums exactly, never differs by more than one fen, puts the extra fen first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.integer({ min: 1, max: 600 }), (total, count) => {
        const amounts = splitEvenly(total, count);
        expect(amounts).toHaveLength(count);
        expect(amounts.reduce((a, b) => a + b, 0)).toBe(total);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      }),
    );
  });
});

describe('getDebtInstallments', () => {
  const dues = (d: ReturnType<typeof debt>, until: string) => getDebtInstallments(d, day(until)).map((i) => i.due);

  it.each([
    ['one-off, before until', debt({ recurrence: { type: 'once', dueDate: day('2026-05-10') } }), '2026-06-01', ['2026-05-10']],
    ['one-off, after until', debt({ recurrence: { type: 'once', dueDate: day('2027-05-10') } }), '2026-06-01', ['2027-05-10']],
    [
      'monthly with a count ignores until',
      debt({ recurrence: { type: 'monthly', firstDue: day('2026-01-31'), count: 4 } }),
      '2026-01-01',
      ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30'],
    ],
    ['monthly count 1', debt({ recurrence: { type: 'monthly', firstDue: day('2026-01-05'), count: 1 } }), '2030-01-01', ['2026-01-05']],
    [
      'open-ended: up to the first after until',
      debt({ recurrence: { type: 'monthly', firstDue: day('2026-01-05') } }),
      '2026-02-10',
      ['2026-01-05', '2026-02-05', '2026-03-05'],
    ],
    [
      'open-ended: until on a due day includes the next one',
      debt({ recurrence: { type: 'monthly', firstDue: day('2026-01-05') } }),
      '2026-02-05',
      ['2026-01-05', '2026-02-05', '2026-03-05'],
    ],
    [
      'open-ended: first due after until',
      debt({ recurrence: { type: 'monthly', firstDue: day('2026-09-05') } }),
      '2026-02-05',
      ['2026-09-05'],
    ],
    [
      'open-ended on the 31st over a leap February',
      debt({ recurrence: { type: 'monthly', firstDue: day('2027-12-31') } }),
      '2028-02-01',
      ['2027-12-31', '2028-01-31', '2028-02-29'],
    ],
  ])('%s', (_name, d, until, expected) => {
    expect(dues(d, until)).toEqual(expected);
  });

  it('gives each occurrence a stable key, the debt as target, its index and the debt amount', () => {
    const d = debt({ id: 'card', amount: 5_000, recurrence: { type: 'monthly', firstDue: day('2026-01-05'), count: 2 } });
    expect(getDebtInstallments(d, day('2026-01-01'))).toEqual([
      { key: 'debt:card:2026-01-05', target: { type: 'debt', id: 'card' }, seq: 0, due: '2026-01-05', amount: 5_000 },
      { key: 'debt:card:2026-02-05', target: { type: 'debt', id: 'card' }, seq: 1, due: '2026-02-05', amount: 5_000 },
    ]);
  });

  it('open-ended: dates strictly increase and the last is the only one after until', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true }),
        fc.integer({ min: -40, max: 800 }),
        (start, span) => {
          const first = toDay(start);
          const until = addDaysToDay(first, span);
          const list = getDebtInstallments(debt({ recurrence: { type: 'monthly', firstDue: first } }), until).map((i) => i.due);
          for (let i = 1; i < list.length; i++) expect(list[i]! > list[i - 1]!).toBe(true);
          expect(list.at(-1)! > until).toBe(true);
          expect(list.slice(0, -1).every((due) => due <= until)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('getPlanInstallments', () => {
  const shape = (p: ReturnType<typeof plan>) => getPlanInstallments(p).map((i) => [i.seq, i.due, i.amount]);

  it.each([
    [
      'even split, no down payment',
      plan({ total: 30_000, count: 3, firstDue: day('2026-01-10') }),
      [
        [1, '2026-01-10', 10_000],
        [2, '2026-02-10', 10_000],
        [3, '2026-03-10', 10_000],
      ],
    ],
    [
      'remainder on the first installments',
      plan({ total: 100_00 + 2, count: 3, firstDue: day('2026-01-10') }),
      [
        [1, '2026-01-10', 3_334],
        [2, '2026-02-10', 3_334],
        [3, '2026-03-10', 3_334],
      ],
    ],
    [
      'down payment on the start day, then the rest with the fee',
      plan({ total: 10_000, downPayment: 1_000, fee: 300, count: 3, startDate: day('2026-01-01'), firstDue: day('2026-02-01') }),
      [
        [0, '2026-01-01', 1_000],
        [1, '2026-02-01', 3_100],
        [2, '2026-03-01', 3_100],
        [3, '2026-04-01', 3_100],
      ],
    ],
    [
      'custom amounts',
      plan({ total: 10_000, count: 3, amounts: [1_000, 4_000, 5_000] }),
      [
        [1, '2026-01-10', 1_000],
        [2, '2026-02-10', 4_000],
        [3, '2026-03-10', 5_000],
      ],
    ],
    ['one installment', plan({ total: 5_000, count: 1, firstDue: day('2026-06-30') }), [[1, '2026-06-30', 5_000]]],
    [
      'month-end first due clamps and comes back',
      plan({ total: 4_000, count: 4, firstDue: day('2026-01-31') }),
      [
        [1, '2026-01-31', 1_000],
        [2, '2026-02-28', 1_000],
        [3, '2026-03-31', 1_000],
        [4, '2026-04-30', 1_000],
      ],
    ],
    [
      'down payment equal to the total leaves zero installments',
      plan({ total: 5_000, downPayment: 5_000, count: 2, firstDue: day('2026-02-01') }),
      [
        [0, '2026-01-01', 5_000],
        [1, '2026-02-01', 0],
        [2, '2026-03-01', 0],
      ],
    ],
  ])('%s', (_name, p, expected) => {
    expect(shape(p)).toEqual(expected);
  });

  it('keys by plan and seq, targets the plan', () => {
    const [first] = getPlanInstallments(plan({ id: 'neg', count: 1 }));
    expect(first).toMatchObject({ key: 'plan:neg:1', target: { type: 'plan', id: 'neg' } });
  });

  it('sums exactly, has the right count and strictly increasing monthly dates', () => {
    const arbitrary = fc.record({
      total: fc.integer({ min: 1, max: 1_000_000_000 }),
      downShare: fc.double({ min: 0, max: 1, noNaN: true }),
      fee: fc.integer({ min: 0, max: 1_000_000 }),
      count: fc.integer({ min: 1, max: 120 }),
      year: fc.integer({ min: 2020, max: 2035 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayOfMonth: fc.constantFrom(1, 15, 28, 29, 30, 31),
      lead: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ total, downShare, fee, count, year, month, dayOfMonth, lead }) => {
        const last = new Date(year, month, 0).getDate();
        const firstDue = day(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(dayOfMonth, last)).padStart(2, '0')}`);
        const downPayment = Math.floor(total * downShare);
        const p = plan({ total, downPayment, fee, count, firstDue, startDate: addDaysToDay(firstDue, -lead) });
        const list = getPlanInstallments(p);
        const monthly = list.filter((i) => i.seq > 0);
        expect(monthly).toHaveLength(count);
        expect(list).toHaveLength(count + (downPayment > 0 ? 1 : 0));
        expect(list.reduce((sum, i) => sum + i.amount, 0)).toBe(total + fee);
        for (let i = 1; i < monthly.length; i++) expect(daysBetween(monthly[i - 1]!.due, monthly[i]!.due)).toBeGreaterThanOrEqual(28);
        for (let i = 1; i < list.length; i++) expect(list[i]!.due >= list[i - 1]!.due).toBe(true);
        // Every installment keeps the first due day of month, clamped to shorter months.
        const wanted = Number(firstDue.slice(8));
        for (const i of monthly)
          expect(Number(i.due.slice(8))).toBe(
            Math.min(wanted, new Date(Number(i.due.slice(0, 4)), Number(i.due.slice(5, 7)), 0).getDate()),
          );
      }),
      { numRuns: 300 },
    );
  });
});
