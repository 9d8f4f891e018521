import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { PaydaysSchema, type BillDebt, type Paydays, type Settings } from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { COLLISION_WINDOW_DAYS, findCollisions, getCashCrunches, lastPayday, nextPayday, paydaysBetween } from '../../src/domain/paydays';
import { data, day, debt, payment, plan, settings } from './fixtures';

const once = (id: string, due: string, amount = 100_000, fields: Partial<BillDebt> = {}) =>
  debt({ id, name: id, kind: 'other', amount, recurrence: { type: 'once', dueDate: day(due) }, ...fields });
const monthly = (d: number): Paydays => ({ type: 'monthly', day: d });
const twice = (a: number, b: number): Paydays => ({ type: 'twice', days: [a, b] });

describe('paydaysBetween', () => {
  it.each<[string, Paydays, string, string, string[]]>([
    ['none', { type: 'none' }, '2026-01-01', '2026-12-31', []],
    ['the 15th, over two months', monthly(15), '2026-01-01', '2026-02-28', ['2026-01-15', '2026-02-15']],
    ['the 31st in February pays on its last day', monthly(31), '2026-02-01', '2026-03-31', ['2026-02-28', '2026-03-31']],
    ['the 31st in a leap February', monthly(31), '2028-02-01', '2028-02-29', ['2028-02-29']],
    ['the 31st in a 30-day month', monthly(31), '2026-04-01', '2026-04-30', ['2026-04-30']],
    ['the 29th in February', monthly(29), '2026-02-01', '2026-02-28', ['2026-02-28']],
    ['twice a month', twice(10, 25), '2026-10-01', '2026-10-31', ['2026-10-10', '2026-10-25']],
    [
      '30 and 31 in February fall on one day, counted once',
      twice(30, 31),
      '2026-02-01',
      '2026-03-31',
      ['2026-02-28', '2026-03-30', '2026-03-31'],
    ],
    ['the bounds are included', monthly(10), '2026-10-10', '2026-11-10', ['2026-10-10', '2026-11-10']],
    ['across the year', monthly(5), '2026-12-01', '2027-01-31', ['2026-12-05', '2027-01-05']],
    ['a range with no payday', monthly(5), '2026-10-06', '2026-11-04', []],
  ])('%s', (_, paydays, from, to, expected) => {
    expect(paydaysBetween(paydays, day(from), day(to))).toEqual(expected);
  });
});

describe('nextPayday and lastPayday', () => {
  it.each<[string, Paydays, string, string | null, string | null]>([
    ['none', { type: 'none' }, '2026-10-12', null, null],
    ['on a payday: the next is a month later, the last is today', monthly(10), '2026-10-10', '2026-11-10', '2026-10-10'],
    ['the day before a payday', monthly(10), '2026-10-09', '2026-10-10', '2026-09-10'],
    ['the 31st, from the end of January', monthly(31), '2026-01-31', '2026-02-28', '2026-01-31'],
    ['the 31st, in February', monthly(31), '2026-02-15', '2026-02-28', '2026-01-31'],
    ['twice: between the two', twice(10, 25), '2026-10-12', '2026-10-25', '2026-10-10'],
    ['twice: after the second', twice(10, 25), '2026-10-28', '2026-11-10', '2026-10-25'],
    ['across the year', monthly(5), '2026-12-20', '2027-01-05', '2026-12-05'],
  ])('%s', (_, paydays, today, next, last) => {
    expect(nextPayday(paydays, day(today))).toBe(next);
    expect(lastPayday(paydays, day(today))).toBe(last);
  });
});

describe('PaydaysSchema', () => {
  it.each<[string, unknown, boolean]>([
    ['none', { type: 'none' }, true],
    ['the 31st', { type: 'monthly', day: 31 }, true],
    ['day 0', { type: 'monthly', day: 0 }, false],
    ['day 32', { type: 'monthly', day: 32 }, false],
    ['two different days', { type: 'twice', days: [5, 20] }, true],
    ['the same day twice', { type: 'twice', days: [15, 15] }, false],
    ['the later day first', { type: 'twice', days: [20, 5] }, false],
    ['a weekly payday (not a kind)', { type: 'weekly', day: 5 }, false],
  ])('%s', (_, input, ok) => {
    expect(v.safeParse(PaydaysSchema, input).success).toBe(ok);
  });
});

describe('findCollisions', () => {
  const TODAY = day('2026-10-05');
  const keysOf = (debts: BillDebt[]) =>
    findCollisions(getOpenInstallments(data({ debts }), settings(), TODAY).items, 'CNY').map((c) => ({
      start: c.start,
      end: c.end,
      keys: c.items.map((i) => i.status.key),
      totals: c.totals,
    }));

  it('uses a window of 3 days', () => expect(COLLISION_WINDOW_DAYS).toBe(3));

  it.each<[string, BillDebt[], { start: string; end: string; names: string[] }[]]>([
    ['nothing', [], []],
    ['one payment', [once('a', '2026-10-10')], []],
    ['two on one day', [once('a', '2026-10-10'), once('b', '2026-10-10')], [{ start: '2026-10-10', end: '2026-10-10', names: ['a', 'b'] }]],
    [
      'two days apart: within the window',
      [once('a', '2026-10-10'), once('b', '2026-10-12')],
      [{ start: '2026-10-10', end: '2026-10-12', names: ['a', 'b'] }],
    ],
    ['three days apart: outside it', [once('a', '2026-10-10'), once('b', '2026-10-13')], []],
    [
      'three in a row: the first window takes two, the third is alone',
      [once('a', '2026-10-10'), once('b', '2026-10-12'), once('c', '2026-10-14')],
      [{ start: '2026-10-10', end: '2026-10-12', names: ['a', 'b'] }],
    ],
    [
      'a lone payment does not use up the next pair',
      [once('a', '2026-10-08'), once('b', '2026-10-11'), once('c', '2026-10-12')],
      [{ start: '2026-10-11', end: '2026-10-12', names: ['b', 'c'] }],
    ],
    [
      'two separate collisions',
      [once('a', '2026-10-10'), once('b', '2026-10-10'), once('c', '2026-10-20'), once('d', '2026-10-21')],
      [
        { start: '2026-10-10', end: '2026-10-10', names: ['a', 'b'] },
        { start: '2026-10-20', end: '2026-10-21', names: ['c', 'd'] },
      ],
    ],
    ['overdue items are not a collision', [once('a', '2026-10-03'), once('b', '2026-10-04')], []],
    [
      'due today counts',
      [once('a', '2026-10-05'), once('b', '2026-10-06')],
      [{ start: '2026-10-05', end: '2026-10-06', names: ['a', 'b'] }],
    ],
  ])('%s', (_, debts, expected) => {
    expect(keysOf(debts).map(({ start, end, keys }) => ({ start, end, names: keys.map((k) => k.split(':')[1]) }))).toEqual(expected);
  });

  it('says how much they ask for together, per currency', () => {
    const [collision] = keysOf([
      once('a', '2026-10-10', 120_000),
      once('b', '2026-10-11', 30_000),
      once('c', '2026-10-11', 5_000, { currency: 'USD' }),
    ]);
    expect(collision!.totals).toEqual([
      { currency: 'CNY', amount: 150_000 },
      { currency: 'USD', amount: 5_000 },
    ]);
  });

  it('a monthly bill and a plan installment collide; paid items do not', () => {
    const items = getOpenInstallments(
      data({
        debts: [debt({ id: 'm', recurrence: { type: 'monthly', firstDue: day('2026-09-10') } }), once('paid', '2026-10-11')],
        plans: [plan({ id: 'p', startDate: day('2026-09-01'), firstDue: day('2026-09-11') })],
        payments: [
          payment('2026-09-10', 10_000, { type: 'debt', id: 'm' }),
          payment('2026-10-01', 100_000, { type: 'debt', id: 'paid' }),
          payment('2026-09-11', 10_000, { type: 'plan', id: 'p' }),
        ],
      }),
      settings(),
      TODAY,
    ).items;
    expect(findCollisions(items, 'CNY')[0]!.items.map((i) => i.status.key)).toEqual(['debt:m:2026-10-10', 'plan:p:2']);
  });
});

interface Row {
  start: string;
  end: string;
  current: boolean;
  names: string[];
  due: number;
  available: number;
  short: number;
}

describe('getCashCrunches', () => {
  const withPay = (fields: Partial<Settings>) => settings({ paydays: twice(10, 25), availablePerPayday: 300_000, ...fields });
  const crunches = (fields: Parameters<typeof data>[0], s: Settings, today: string, through = today): Row[] => {
    const d = data(fields);
    return getCashCrunches(getOpenInstallments(d, s, day(today)).items, d, s, day(today), day(through)).map((c) => ({
      start: c.start,
      end: c.end,
      current: c.current,
      names: c.items.map((i) => i.name),
      due: c.due,
      available: c.available,
      short: c.short,
    }));
  };

  it.each<[string, Parameters<typeof data>[0], Settings, string, Row[]]>([
    [
      'no paydays: nothing to compare with',
      { debts: [once('a', '2026-10-15', 900_000)] },
      withPay({ paydays: { type: 'none' } }),
      '2026-10-12',
      [],
    ],
    [
      'no amount: nothing to compare with',
      { debts: [once('a', '2026-10-15', 900_000)] },
      withPay({ availablePerPayday: null }),
      '2026-10-12',
      [],
    ],
    ['enough money', { debts: [once('a', '2026-10-15', 200_000), once('b', '2026-10-24', 100_000)] }, withPay({}), '2026-10-12', []],
    [
      'more due before the next payday than available',
      { debts: [once('a', '2026-10-15', 200_000), once('b', '2026-10-24', 150_000)] },
      withPay({}),
      '2026-10-12',
      [{ start: '2026-10-12', end: '2026-10-24', current: true, names: ['a', 'b'], due: 350_000, available: 300_000, short: 50_000 }],
    ],
    [
      'a payment due on the next payday is paid from it',
      { debts: [once('a', '2026-10-15', 200_000), once('b', '2026-10-25', 150_000)] },
      withPay({}),
      '2026-10-12',
      [],
    ],
    [
      'what was paid since the last payday is no longer available',
      {
        debts: [once('a', '2026-10-11', 200_000), once('b', '2026-10-20', 150_000)],
        payments: [payment('2026-10-11', 200_000, { type: 'debt', id: 'a' })],
      },
      withPay({}),
      '2026-10-12',
      [{ start: '2026-10-12', end: '2026-10-24', current: true, names: ['b'], due: 150_000, available: 100_000, short: 50_000 }],
    ],
    [
      'payments before the last payday do not count',
      {
        debts: [once('a', '2026-10-09', 200_000), once('b', '2026-10-20', 150_000)],
        payments: [payment('2026-10-09', 200_000, { type: 'debt', id: 'a' })],
      },
      withPay({}),
      '2026-10-12',
      [],
    ],
    ['overdue items are not counted', { debts: [once('a', '2026-10-11', 900_000)] }, withPay({}), '2026-10-12', []],
    [
      'items in another currency are not counted',
      { debts: [once('a', '2026-10-15', 900_000, { currency: 'USD' })] },
      withPay({}),
      '2026-10-12',
      [],
    ],
    [
      'later pay periods get the whole amount',
      { debts: [once('a', '2026-10-15', 100_000), once('b', '2026-10-26', 200_000), once('c', '2026-11-09', 200_000)] },
      withPay({}),
      '2026-10-12',
      [{ start: '2026-10-25', end: '2026-11-09', current: false, names: ['b', 'c'], due: 400_000, available: 300_000, short: 100_000 }],
    ],
    [
      'a payday of 31: February’s period ends on the 27th',
      { debts: [once('a', '2026-02-27', 200_000), once('b', '2026-02-28', 200_000)] },
      withPay({ paydays: monthly(31), availablePerPayday: 100_000 }),
      '2026-02-01',
      [{ start: '2026-02-01', end: '2026-02-27', current: true, names: ['a'], due: 200_000, available: 100_000, short: 100_000 }],
    ],
  ])('%s', (_, fields, s, today, expected) => {
    const through = expected.some((c) => !c.current) ? '2026-11-30' : today;
    expect(crunches(fields, s, today, through)).toEqual(expected);
  });

  it('the periods run up to `through`', () => {
    const fields = { debts: [once('a', '2026-11-12', 400_000)] };
    expect(crunches(fields, withPay({}), '2026-10-12', '2026-11-09')).toEqual([]);
    expect(crunches(fields, withPay({}), '2026-10-12', '2026-11-10')).toHaveLength(1);
  });
});
