// The triage order (issue 14 §4) over real open installments: each rule, ties, unknown rates, plans,
// minimums, stage and credit-report boundaries, part payments, the payday, the due-date comparison,
// an amount of 0 and no open payments.
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import { describe, expect, it } from 'vitest';
import { addDaysToDay } from '../../src/domain/day';
import type { Debt, Payment, Plan } from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { readTriageFields, triage, type Triage, type TriageInput } from '../../src/domain/triage';
import { data, day, debt, payment, plan, settings, statementDebt } from './fixtures';

/** A Monday with no holiday near it. */
const TODAY = day('2026-06-01');
const at = (offset: number) => addDaysToDay(TODAY, offset);

/** A one-off bill of `amount` due `offset` days from today (negative: overdue), Huabei's rate unless said. */
const bill = (id: string, amount: number, offset: number, fields: Partial<Debt> = {}) =>
  debt({ id, name: id, kind: 'huabei', amount, recurrence: { type: 'once', dueDate: at(offset) }, ...fields } as Partial<Debt> as never);
/** A negotiated plan: `count` installments of `each`, the first due `offset` days from today. */
const planOf = (id: string, each: number, offset: number, fields: Partial<Plan> = {}) =>
  plan({ id, name: id, kind: 'jiebei', total: each * 3, count: 3, startDate: at(offset - 40), firstDue: at(offset), ...fields });
/** A card statement account: statement of `amount` on the 20th of May, due 2026-06-03 (a Wednesday), 10 % minimum. */
const card = (id: string, amount: number, fields: Record<string, unknown> = {}) =>
  statementDebt({
    id,
    name: id,
    kind: 'huabei',
    statementDay: 20,
    dueRule: { type: 'fixed', day: 3 },
    firstStatement: day('2026-05-20'),
    statements: [{ statementDate: day('2026-05-20'), amount }],
    ...fields,
  });

function run(
  things: { debts?: Debt[]; plans?: Plan[]; payments?: Payment[] },
  now: number,
  more: Partial<Omit<TriageInput, 'items' | 'today' | 'now'>> = {},
): Triage {
  const open = getOpenInstallments(
    data({ debts: things.debts ?? [], plans: things.plans ?? [], payments: things.payments ?? [] }),
    settings(),
    TODAY,
  );
  return triage({ items: open.items, today: TODAY, currency: 'CNY', now, byPayday: 0, payday: null, calendar: CN_CALENDAR, ...more });
}

function ordered(result: Triage) {
  if (result.outcome === 'nothing-open') throw new Error('nothing open');
  return result;
}
/** "name part amount rule" for each allocation, in order. */
const order = (result: Triage) => ordered(result).allocations.map((a) => `${a.item.name} ${a.part} ${a.amount} ${a.rule}`);

describe('triage: the rules in order', () => {
  it.each([
    [
      'a plan installment before an overdue bill about to turn status 2',
      { plans: [planOf('plan', 30_000, 5)], debts: [bill('late', 20_000, -29)] },
      50_000,
      ['plan whole 30000 plan', 'late whole 20000 boundary'],
    ],
    [
      'a statement minimum before a bill about to become late',
      { debts: [bill('soon', 20_000, 1), card('card', 100_000)] },
      40_000,
      ['card minimum 10000 minimum', 'soon whole 20000 boundary'],
    ],
    [
      'the soonest boundary first: D = 30 (status 2 tomorrow) before a bill due in 3 days',
      { debts: [bill('due3', 10_000, 3), bill('d30', 50_000, -30)] },
      60_000,
      ['d30 whole 50000 boundary', 'due3 whole 10000 boundary'],
    ],
    [
      'past every near boundary: the higher cost of a day first',
      { debts: [bill('d35', 100_000, -35), bill('d40', 200_000, -40)] },
      300_000,
      ['d40 whole 200000 cost', 'd35 whole 100000 cost'],
    ],
    [
      'unknown rates last, even when smaller and older',
      { debts: [bill('unknown', 10_000, -45, { kind: 'loan' } as Partial<Debt>), bill('known', 100_000, -35)] },
      110_000,
      ['known whole 100000 cost', 'unknown whole 10000 cost-unknown'],
    ],
    [
      'boundary before cost, cost before unknown rates',
      {
        debts: [bill('unknown', 10_000, -45, { kind: 'loan' } as Partial<Debt>), bill('d35', 100_000, -35), bill('d14', 30_000, -14)],
      },
      140_000,
      ['d14 whole 30000 boundary', 'd35 whole 100000 cost', 'unknown whole 10000 cost-unknown'],
    ],
  ])('%s', (_name, things, now, expected) => {
    expect(order(run(things, now))).toEqual(expected);
  });
});

describe('triage: ties', () => {
  it.each([
    ['two plans due the same day', { plans: [planOf('p-big', 30_000, 4), planOf('p-small', 20_000, 4)] }, ['p-small', 'p-big']],
    ['two bills crossing the same boundary', { debts: [bill('b-big', 90_000, 2), bill('b-small', 10_000, 2)] }, ['b-small', 'b-big']],
    [
      'two unknown rates',
      { debts: [bill('u-big', 90_000, -45, { kind: 'loan' }), bill('u-small', 10_000, -45, { kind: 'loan' })] },
      ['u-small', 'u-big'],
    ],
    [
      'the same cost a day: the smaller amount (the higher rate)',
      { debts: [bill('c-big', 100_000, -40), bill('c-small', 50_000, -40, { dailyRatePpm: 1_000 })] },
      ['c-small', 'c-big'],
    ],
  ] as const)('%s: the smaller amount first', (_name, things, names) => {
    const result = run(things as never, 1_000_000);
    expect(ordered(result).allocations.map((a) => a.item.name)).toEqual(names);
  });

  it('an earlier plan installment comes before a smaller later one', () => {
    expect(order(run({ plans: [planOf('later', 10_000, 9), planOf('sooner', 30_000, 2)] }, 40_000))).toEqual([
      'sooner whole 30000 plan',
      'later whole 10000 plan',
    ]);
  });
});

describe('triage: stage and credit-report boundaries', () => {
  it.each([
    // [days overdue, rule, the first event avoided, its day offset from today]
    [14, 'boundary', 'stage:calls', 2],
    [15, 'boundary', 'stage:calls', 1],
    [16, 'cost', null, null],
    [29, 'boundary', 'report:2', 2],
    [30, 'boundary', 'report:2', 1],
    [31, 'cost', null, null],
    [55, 'boundary', 'stage:contacts', 6],
    [60, 'boundary', 'stage:contacts', 1],
    [61, 'cost', null, null],
    [-6, 'boundary', 'stage:reminders', 7],
    [-7, 'cost', null, null],
  ] as const)('D = %i: %s %s', (d, rule, first, offset) => {
    const result = ordered(run({ debts: [bill('x', 10_000, -d)] }, 10_000));
    const [a] = result.allocations;
    expect(a?.rule).toBe(rule);
    const e = a?.avoids[0];
    expect(e ? `${e.type}:${e.type === 'stage' ? e.stage : e.type === 'report' ? e.code : ''}` : null).toBe(first);
    expect(e?.day ?? null).toBe(offset === null ? null : at(offset));
  });

  it('becoming late brings the first ladder stage and credit-report status 1 on the same day, with their sources', () => {
    const [a] = ordered(run({ debts: [bill('x', 10_000, 2)] }, 10_000)).allocations;
    expect(a?.avoids.map((e) => e.type)).toEqual(['stage', 'report']);
    expect(a?.avoids.every((e) => e.day === at(3))).toBe(true);
    expect(a?.facts).toEqual(expect.arrayContaining(['CR7', 'CR8']));
    expect(a?.by).toBe(at(2));
  });

  it('a grace period moves the credit-report status, not the ladder', () => {
    const [a] = ordered(run({ debts: [bill('x', 10_000, -1, { graceDays: 3 })] }, 10_000)).allocations;
    expect(a?.by).toBe(at(2));
    expect(a?.avoids.map((e) => e.type)).toEqual(['report']);
    expect(a?.avoids[0]?.day).toBe(at(3));
  });

  it('a card of ¥50,000 or more: the criminal-risk day (T1) is a boundary', () => {
    const big = bill('card', 6_000_000, -121, { kind: 'credit-card' });
    const [a] = ordered(run({ debts: [big] }, 6_000_000)).allocations;
    expect(a?.rule).toBe('boundary');
    expect(a?.avoids).toEqual([{ type: 'card-risk', day: at(1), facts: ['T1'] }]);
  });

  it('under ¥50,000 there is no criminal-risk day', () => {
    const small = bill('card', 4_999_900, -121, { kind: 'credit-card' });
    expect(ordered(run({ debts: [small] }, 5_000_000)).allocations[0]?.rule).toBe('cost-unknown');
  });

  it('the soonest boundary wins over a larger older debt', () => {
    expect(order(run({ debts: [bill('d100', 500_000, -100), bill('d30', 10_000, -30)] }, 510_000))).toEqual([
      'd30 whole 10000 boundary',
      'd100 whole 500000 cost',
    ]);
  });
});

describe('triage: minimums and part payments', () => {
  it('money short of a statement pays its minimum; the rest is left, not overdue', () => {
    const result = ordered(run({ debts: [card('card', 100_000)] }, 50_000));
    expect(order(result)).toEqual(['card minimum 10000 minimum']);
    expect(result.allocations[0]?.facts).toEqual(['MP4', 'MP10', 'MP7']);
    expect(result.leftovers.map((l) => [l.item.name, l.part, l.amount, l.events])).toEqual([['card', 'rest', 90_000, []]]);
    expect(result.unallocated).toBe(40_000);
  });

  it('with enough, the rest of the statement follows by its cost', () => {
    expect(order(run({ debts: [card('card', 100_000), bill('d40', 10_000, -40)] }, 200_000))).toEqual([
      'card minimum 10000 minimum',
      'card rest 90000 cost',
      'd40 whole 10000 cost',
    ]);
  });

  it('a minimum already paid leaves only the rest, by its cost', () => {
    const payments = [payment('2026-05-25', 10_000, { type: 'debt', id: 'card' })];
    expect(order(run({ debts: [card('card', 100_000)], payments }, 100_000))).toEqual(['card rest 90000 cost']);
  });

  it('an overdue statement: its minimum is placed by its boundary, not as an on-time minimum', () => {
    // The April statement, due 2026-05-18, is 14 days late on 2026-06-01 (the calls stage on 2026-06-03); with the May
    // statement out, it claims only its minimum. The May one, due 2026-06-18, is estimated from it.
    const late = card('card', 100_000, {
      statementDay: 25,
      dueRule: { type: 'fixed', day: 18 },
      firstStatement: day('2026-04-25'),
      statements: [{ statementDate: day('2026-04-25'), amount: 100_000 }],
    });
    const result = ordered(run({ debts: [late] }, 20_000));
    expect(result.allocations.map((a) => [a.item.status.due, a.part, a.amount, a.rule])).toEqual([
      ['2026-06-18', 'minimum', 10_000, 'minimum'],
      ['2026-05-18', 'minimum', 10_000, 'boundary'],
    ]);
    expect(result.allocations[1]?.avoids[0]).toMatchObject({ type: 'stage', stage: 'calls', day: at(2) });
  });

  it('a line the money does not cover is passed over for a smaller one that fits', () => {
    const result = ordered(run({ plans: [planOf('plan', 30_000, 2)], debts: [bill('small', 5_000, 3)] }, 20_000));
    expect(order(result)).toEqual(['small whole 5000 boundary']);
    expect(result.unallocated).toBe(15_000);
    // Only the first installment falls in the 30 days ordered.
    expect(result.leftovers.map((l) => [l.item.name, l.amount])).toEqual([['plan', 30_000]]);
  });

  it('an overdue plan installment partly paid: the rest of it, whole', () => {
    const payments = [payment('2026-05-30', 10_000, { type: 'plan', id: 'plan' })];
    expect(order(run({ plans: [planOf('plan', 30_000, -2)], payments }, 100_000))[0]).toBe('plan whole 20000 plan');
  });
});

describe('triage: by when', () => {
  it.each([
    ['due on a working day: that day', 3, {}, 3],
    ['due on a Saturday: the Friday before (pay-by day)', 5, {}, 4],
    ['due on the Dragon Boat Festival holiday: the working day before', 18, {}, 17],
    ['overdue past grace: today', -5, {}, 0],
    ['overdue within grace: the last day of grace', -1, { graceDays: 3 }, 2],
  ] as const)('%s', (_name, offset, fields, expected) => {
    const [a] = ordered(run({ debts: [bill('x', 10_000, offset, fields)] }, 10_000)).allocations;
    expect(a?.by).toBe(at(expected));
  });
});

describe('triage: the payday', () => {
  const debts = [bill('before', 20_000, 4), bill('after', 30_000, 15)];

  it('money now for what falls due by the payday; the payday money, and what was left, after', () => {
    const result = ordered(run({ debts }, 25_000, { byPayday: 30_000, payday: at(10) }));
    expect(result.allocations.map((a) => [a.item.name, a.phase, a.by])).toEqual([
      ['before', 'now', at(4)],
      ['after', 'payday', at(15)],
    ]);
    expect(result.unallocated).toBe(5_000);
  });

  it('what only the payday money pays is paid late, and says what happens before then', () => {
    const result = ordered(run({ debts }, 0, { byPayday: 50_000, payday: at(10) }));
    const before = result.allocations.find((a) => a.item.name === 'before');
    expect(before).toMatchObject({ phase: 'payday', by: at(10) });
    expect(before?.before.map((e) => e.type)).toEqual(['stage', 'report']);
    expect(result.comparison.triage.crossings).toBe(2);
  });

  it('a boundary before the payday makes a bill "about to cross" even weeks ahead', () => {
    const result = ordered(run({ debts: [bill('d20', 10_000, -20)] }, 10_000, { payday: at(12) }));
    expect(result.allocations[0]).toMatchObject({ rule: 'boundary', avoids: [{ type: 'report', code: 2, day: at(11) }] });
  });
});

describe('triage: against paying in due-date order', () => {
  it('keeps the plan where the due-date order pays the oldest bill', () => {
    const result = ordered(run({ debts: [bill('old', 40_000, -50)], plans: [planOf('plan', 30_000, 3)] }, 40_000));
    expect(order(result)).toEqual(['plan whole 30000 plan']);
    expect(result.comparison.triage.plansAtRisk).toBe(0);
    expect(result.comparison.dueOrder.plansAtRisk).toBe(1);
    expect(result.comparison.triage.unpaidLines).toBe(1);
    expect(result.comparison.dueOrder.unpaidLines).toBe(0);
  });

  it('minimums keep more statements on time than whole bills in due order', () => {
    const result = ordered(run({ debts: [card('a', 100_000), card('b', 100_000), card('c', 100_000)] }, 100_000));
    expect(result.comparison.triage.unpaidLines).toBe(0);
    expect(result.comparison.dueOrder.unpaidLines).toBe(2);
    expect(result.comparison.triage.crossings).toBeLessThan(result.comparison.dueOrder.crossings);
  });

  it('counts what is left: amount, cost a day and unknown rates', () => {
    const result = ordered(run({ debts: [bill('known', 100_000, -40), bill('unknown', 10_000, -45, { kind: 'loan' })] }, 0));
    expect(result.comparison.triage).toMatchObject({ unpaid: 110_000, perDay: 50, unknownRate: 1, unpaidLines: 2 });
  });
});

describe('triage: what is left', () => {
  it('an unpaid bill: what follows and when, up to the horizon, with sources', () => {
    const result = ordered(run({ debts: [bill('x', 10_000, 3)] }, 0));
    const [left] = result.leftovers;
    expect(left?.part).toBe('whole');
    expect(left?.events.map((e) => [e.type, e.day])).toEqual([
      ['stage', at(4)],
      ['report', at(4)],
      ['stage', at(19)],
      ['report', at(34)],
    ]);
    // The contacts stage and status 3 (2026-08-04) are past the horizon: the window's 30 days and 30 more.
    expect(result.horizon).toBe(at(60));
    expect(left?.events.flatMap((e) => e.facts)).toEqual(expect.arrayContaining(['CR7', 'CR8', '000', '001']));
  });

  it('an unpaid plan installment: the plan may be cancelled (N4), even when that day has passed', () => {
    const result = ordered(run({ plans: [planOf('plan', 30_000, -3)] }, 0));
    expect(result.leftovers[0]?.events).toEqual([{ type: 'plan-break', day: at(-2), facts: ['N4'] }]);
  });

  it('a Meituan bill: no credit-report status (reporting unknown, CR10), the ladder still', () => {
    const result = ordered(run({ debts: [bill('mt', 10_000, 3, { kind: 'meituan' })] }, 0));
    expect(result.leftovers[0]?.events.map((e) => e.type)).toEqual(['stage', 'stage']);
  });
});

describe('triage: nothing to pay with, nothing to pay', () => {
  it('an amount of 0: covers nothing, says to negotiate with each lender and warns about paid agents', () => {
    const result = ordered(run({ debts: [bill('a', 10_000, 2), card('card', 100_000)], plans: [planOf('plan', 30_000, 3)] }, 0));
    expect(result.outcome).toBe('covers-nothing');
    expect(result.allocations).toEqual([]);
    expect(result.negotiate?.lenders.map((l) => [l.name, l.plan.right])).toEqual([
      ['a', 'none-online'],
      ['card', 'none-online'],
      ['plan', 'none-online'],
    ]);
    expect(result.negotiate?.scam).toEqual({ id: 'paid-agents', facts: ['SC1', 'N5'] });
  });

  it('an amount below every line covers nothing', () => {
    expect(run({ debts: [bill('a', 10_000, 2)] }, 9_999).outcome).toBe('covers-nothing');
  });

  it('enough for everything: no advice, nothing left', () => {
    const result = ordered(run({ debts: [bill('a', 10_000, 2)] }, 20_000));
    expect(result).toMatchObject({ outcome: 'ordered', leftovers: [], negotiate: null, unallocated: 10_000 });
  });

  it.each([
    ['no debts at all', {}],
    ['everything paid', { debts: [bill('a', 10_000, 2)], payments: [payment('2026-05-30', 10_000, { type: 'debt', id: 'a' })] }],
    ['only payments due after the window', { debts: [bill('far', 10_000, 31)] }],
  ])('no open payments (%s): nothing-open', (_name, things) => {
    expect(run(things, 10_000)).toEqual({ outcome: 'nothing-open', until: at(30), otherCurrency: 0 });
  });

  it('payments in another currency are left out and counted', () => {
    const result = run({ debts: [bill('usd', 10_000, 2, { currency: 'USD' })] }, 10_000);
    expect(result).toEqual({ outcome: 'nothing-open', until: at(30), otherCurrency: 1 });
  });
});

describe('triage: refuses what no form can send', () => {
  it.each([
    ['a negative amount', { now: -1 }],
    ['a fraction of a fen', { now: 1.5 }],
    ['payday money without a payday', { byPayday: 100 }],
    ['a payday today', { payday: TODAY }],
  ])('%s', (_name, over) => {
    expect(() =>
      triage({ items: [], today: TODAY, currency: 'CNY', now: 0, byPayday: 0, payday: null, calendar: CN_CALENDAR, ...over }),
    ).toThrow(RangeError);
  });
});

describe('readTriageFields', () => {
  it.each([
    ['an amount now', { now: '¥1,234.5' }, { ok: true, value: { now: 123_450, byPayday: null, payday: null } }],
    [
      'with the payday money and its day',
      { now: '10', byPayday: '500', payday: '2026-06-10' },
      { ok: true, value: { now: 1_000, byPayday: 50_000, payday: '2026-06-10' } },
    ],
    [
      'a payday alone (it still says when the next money comes)',
      { now: '10', payday: '2026-06-10' },
      { ok: true, value: { now: 1_000, byPayday: null, payday: '2026-06-10' } },
    ],
    ['0', { now: '0' }, { ok: false, errors: { now: { reason: 'amount-zero' } } }],
    ['text', { now: 'abc' }, { ok: false, errors: { now: { reason: 'money-not-a-number', params: { value: 'abc' } } } }],
    ['a negative amount', { now: '-5' }, { ok: false, errors: { now: { reason: 'money-negative', params: { value: '-5' } } } }],
    ['nothing', { now: '' }, { ok: false, errors: { now: { reason: 'money-empty', params: { value: '' } } } }],
    [
      'payday money of 0',
      { now: '10', byPayday: '0', payday: '2026-06-10' },
      { ok: false, errors: { byPayday: { reason: 'amount-zero' } } },
    ],
    ['payday money without its day', { now: '10', byPayday: '500' }, { ok: false, errors: { payday: { reason: 'date-missing' } } }],
    [
      'a payday today',
      { now: '10', byPayday: '500', payday: '2026-06-01' },
      { ok: false, errors: { payday: { reason: 'payday-not-after-today' } } },
    ],
  ])('%s', (_name, texts, expected) => {
    expect(readTriageFields({ byPayday: '', payday: '', ...texts }, TODAY)).toEqual(expected);
  });
});
