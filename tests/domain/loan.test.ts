import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDay, monthlyDue } from '../../src/domain/day';
import {
  irrMonthly,
  LOAN_METHODS,
  loanError,
  loanSchedule,
  loanSummary,
  LPR_1Y,
  rateLinesCrossed,
  type LoanRow,
  type LoanTerms,
} from '../../src/domain/loan';
import { splitEvenly } from '../../src/domain/schedule';
import { day } from './fixtures';

/** ¥10,000 at 12 %/yr over 12 months, drawn 2026-01-10, first due 2026-02-10, 等额本息. */
function terms(fields: Partial<LoanTerms> = {}): LoanTerms {
  return {
    principal: 1_000_000,
    rate: { basis: 'annual', ppm: 120_000 },
    term: 12,
    startDate: day('2026-01-10'),
    firstDue: day('2026-02-10'),
    method: 'equal-payment',
    feePerPeriodPpm: 0,
    prepayments: [],
    ...fields,
  };
}

const sum = (rows: readonly LoanRow[], key: keyof Omit<LoanRow, 'due'>) => rows.reduce((a, r) => a + r[key], 0);
const DAILY_004 = { basis: 'daily', ppm: 400 } as const;

/** The invariants every schedule keeps: principal repaid exactly, balance to 0, amounts add up, balances follow. */
function expectConsistent(t: LoanTerms, rows: LoanRow[]) {
  expect(sum(rows, 'principal')).toBe(t.principal);
  expect(rows.at(-1)!.balance).toBe(0);
  let balance = t.principal;
  rows.forEach((r, i) => {
    expect(r.seq).toBe(i + 1);
    expect(r.amount).toBe(r.principal + r.interest + r.fee);
    expect(Math.min(r.principal, r.interest, r.fee)).toBeGreaterThanOrEqual(0);
    balance -= r.principal;
    expect(r.balance).toBe(balance);
  });
}

describe('loanSchedule: every method', () => {
  const jan31 = { startDate: day('2025-12-31'), firstDue: day('2026-01-31') };
  it.each(
    LOAN_METHODS.flatMap((method) => [
      [`${method}, 12 %/yr`, terms({ method, ...jan31 })],
      [`${method}, 0.04 %/day`, terms({ method, ...jan31, rate: DAILY_004 })],
      [`${method}, 0 % with a 0.6 % fee`, terms({ method, ...jan31, rate: { basis: 'annual', ppm: 0 }, feePerPeriodPpm: 6_000 })],
    ]),
  )('%s: repays the principal exactly, on monthlyDue(firstDue, n), month ends clamped', (_name, t) => {
    const rows = loanSchedule(t);
    expectConsistent(t, rows);
    expect(rows.map((r) => r.due)).toEqual(Array.from({ length: 12 }, (_, n) => monthlyDue(t.firstDue, n)));
    expect(rows.slice(0, 3).map((r) => r.due)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('keeps the invariants for any loan, with or without an early repayment in the first period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000_000 }),
        fc.constantFrom(...LOAN_METHODS),
        fc.oneof(
          fc.record({ basis: fc.constant('annual' as const), ppm: fc.integer({ min: 0, max: 1_000_000 }) }),
          fc.record({ basis: fc.constant('daily' as const), ppm: fc.integer({ min: 0, max: 2_739 }) }),
        ),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 83_333 }),
        fc.option(fc.record({ days: fc.integer({ min: 0, max: 30 }), share: fc.double({ min: 0, max: 1, noNaN: true }) })),
        (principal, method, rate, months, feePerPeriodPpm, prepayment) => {
          const term = method === 'interest-only-then-equal' ? 12 : months;
          // Before the first due day (31 days after the start), any amount up to the principal is within the balance.
          const prepayments = prepayment
            ? [{ date: addDaysToDay(day('2026-01-10'), prepayment.days), amount: Math.max(1, Math.floor(principal * prepayment.share)) }]
            : [];
          const t = terms({ principal, method, rate, term, feePerPeriodPpm, prepayments });
          expectConsistent(t, loanSchedule(t));
        },
      ),
    );
  });
});

describe('loanSchedule: 等额本息', () => {
  const rows = loanSchedule(terms());

  it('¥10,000 at 12 %/yr over 12 months: the level payment is ¥888.49, the last takes the residue (¥888.47)', () => {
    expect(rows.slice(0, 11).map((r) => r.amount)).toEqual(Array(11).fill(88_849));
    expect(rows[11]!.amount).toBe(88_847);
    expect(sum(rows, 'interest')).toBe(66_186);
  });

  it.each([
    ['month 1: 1 % of ¥10,000', 0, 10_000, 78_849],
    ['month 2: 1 % of the balance left', 1, 9_212, 79_637],
  ])('%s', (_name, i, interest, principal) => {
    expect(rows[i]).toMatchObject({ interest, principal });
  });

  it.each([
    ['a 31-day period (Jan 10 → Feb 10)', 0, 31],
    ['a 28-day period (Feb 10 → Mar 10)', 1, 28],
    ['a 31-day period (Mar 10 → Apr 10)', 2, 31],
  ])('at 0.04 %/day charges balance × 0.0004 × days: %s', (_name, i, days) => {
    const daily = loanSchedule(terms({ rate: DAILY_004 }));
    const before = i === 0 ? 1_000_000 : daily[i - 1]!.balance;
    expect(daily[i]!.interest).toBe(Math.round(before * 0.0004 * days));
    expect(daily[i]!.amount).toBe(90_070); // levelled at 0.04 % × 365 / 12 a month
  });

  it('rounds interest half-up to the fen', () => {
    // ¥2.50 at 12 %/yr: 2.5 fen of interest a month.
    expect(loanSchedule(terms({ principal: 250, method: 'interest-only', term: 2 }))[0]!.interest).toBe(3);
  });
});

describe('loanSchedule: other methods', () => {
  it('等额本金: principal split as splitEvenly splits it, interest on the falling balance', () => {
    const rows = loanSchedule(terms({ principal: 1_000_001, method: 'equal-principal' }));
    expect(rows.map((r) => r.principal)).toEqual(splitEvenly(1_000_001, 12));
    expect(rows.slice(0, 3).map((r) => r.interest)).toEqual([10_000, 9_167, 8_333]);
  });

  it('先息后本: 11 installments of interest only, the principal with the last', () => {
    const rows = loanSchedule(terms({ method: 'interest-only' }));
    expect(rows.slice(0, 11).map((r) => [r.principal, r.interest])).toEqual(Array(11).fill([0, 10_000]));
    expect(rows[11]).toMatchObject({ principal: 1_000_000, interest: 10_000, amount: 1_010_000, balance: 0 });
  });

  it('6 interest-only then 6 等额本息 on the whole principal (LN2)', () => {
    const rows = loanSchedule(terms({ method: 'interest-only-then-equal' }));
    expect(rows.slice(0, 6).map((r) => [r.principal, r.amount])).toEqual(Array(6).fill([0, 10_000]));
    expect(rows.slice(6, 11).map((r) => r.amount)).toEqual(Array(5).fill(172_548));
    expect(rows[6]!.interest).toBe(10_000);
  });

  it.each([3, 6, 24])('6 interest-only then 6 equal needs a term of 12, not %i', (term) => {
    expect(loanError(terms({ method: 'interest-only-then-equal', term }))?.field).toBe('term');
  });

  it('a fee per period is on the original principal, every period, whatever the balance (LN7)', () => {
    const rows = loanSchedule(terms({ rate: { basis: 'annual', ppm: 0 }, method: 'equal-principal', feePerPeriodPpm: 6_000 }));
    expect(rows.map((r) => [r.principal, r.fee, r.amount])).toEqual(
      Array(12).fill([83_334, 6_000, 89_334]).fill([83_333, 6_000, 89_333], 4),
    );
  });
});

describe('loanSchedule: early repayment (LN3, LN4)', () => {
  const daily = terms({ rate: DAILY_004 });
  const plain = loanSchedule(daily);
  const apr25 = day('2026-04-25');

  it('part: a row of its own with the interest of the days used, then the same due days, smaller amounts, less interest', () => {
    const t = { ...daily, prepayments: [{ date: apr25, amount: 300_000 }] };
    const rows = loanSchedule(t);
    expectConsistent(t, rows);
    // 762,968 owed since Apr 10: 15 days at 0.04 % = 4,578 paid with the ¥3,000.
    expect(rows[3]).toMatchObject({ due: apr25, principal: 300_000, interest: 4_578, fee: 0, balance: 462_968 });
    // Apr 25 → May 10 on the new balance: 462,968 × 0.0004 × 15.
    expect(rows[4]!.interest).toBe(2_778);
    expect(rows.filter((r) => r.due !== apr25).map((r) => r.due)).toEqual(plain.map((r) => r.due));
    expect(rows.slice(4, 12).map((r) => r.amount)).toEqual(Array(8).fill(54_621));
    expect(sum(rows, 'interest')).toBeLessThan(sum(plain, 'interest'));
  });

  it('part, under a contract with an early-repayment fee (LN4): the fee on the amount repaid, priced in the annual rate', () => {
    const t = { ...daily, prepayments: [{ date: apr25, amount: 300_000 }], prepaymentFeePpm: 10_000 };
    const rows = loanSchedule(t);
    expectConsistent(t, rows);
    expect(rows[3]).toMatchObject({ due: apr25, principal: 300_000, interest: 4_578, fee: 3_000 });
    expect(loanSummary(t).annualRatePpm).toBeGreaterThan(loanSummary({ ...t, prepaymentFeePpm: 0 }).annualRatePpm);
    expect(loanError({ ...t, prepaymentFeePpm: 100_001 })).toMatchObject({ field: 'prepayments' });
  });

  it('part, at an annual rate: the broken period is charged by the day, at annual / 365', () => {
    const rows = loanSchedule(terms({ prepayments: [{ date: apr25, amount: 300_000 }] }));
    expect(rows.slice(3, 5).map((r) => r.interest)).toEqual([
      Math.round((761_080 * 0.12 * 15) / 365),
      Math.round((461_080 * 0.12 * 15) / 365),
    ]);
    expect(rows[5]!.interest).toBe(Math.round(409_527 * 0.01));
  });

  it('part, 等额本金: the balance left is split again over the installments left', () => {
    const rows = loanSchedule(terms({ method: 'equal-principal', prepayments: [{ date: apr25, amount: 300_000 }] }));
    expect(rows.slice(4).map((r) => r.principal)).toEqual(splitEvenly(449_998, 9));
  });

  it('on a due day: after that day’s installment, with no interest of its own', () => {
    const rows = loanSchedule({ ...daily, prepayments: [{ date: day('2026-04-10'), amount: 100_000 }] });
    expect(rows.slice(2, 4).map((r) => [r.due, r.principal, r.interest])).toEqual([
      ['2026-04-10', 79_622, 10_448],
      ['2026-04-10', 100_000, 0],
    ]);
  });

  it('all: the payoff row on its day is the last', () => {
    const t = { ...daily, prepayments: [{ date: apr25, amount: 762_968 }] };
    const rows = loanSchedule(t);
    expectConsistent(t, rows);
    expect(rows).toHaveLength(4);
    expect(rows[3]).toMatchObject({ due: apr25, principal: 762_968, interest: 4_578, amount: 767_546, balance: 0 });
  });

  it.each([
    ['above the balance on its day', [{ date: apr25, amount: 762_969 }]],
    [
      'after a payoff',
      [
        { date: apr25, amount: 762_968 },
        { date: day('2026-05-01'), amount: 1 },
      ],
    ],
    ['after the last due day', [{ date: day('2027-01-10'), amount: 1 }]],
    ['before the start date', [{ date: day('2026-01-09'), amount: 1 }]],
    ['of zero', [{ date: apr25, amount: 0 }]],
  ])('refused: %s', (_name, prepayments) => {
    expect(loanError({ ...daily, prepayments })?.field).toBe('prepayments');
    expect(() => loanSchedule({ ...daily, prepayments })).toThrow(RangeError);
  });
});

describe('loanError', () => {
  it.each([
    ['12 %/yr', terms()],
    ['100 %/yr', terms({ rate: { basis: 'annual', ppm: 1_000_000 } })],
    ['0.2739 %/day', terms({ rate: { basis: 'daily', ppm: 2_739 } })],
    ['a first due 2 days after the start', terms({ firstDue: day('2026-01-12') })],
  ])('accepts %s', (_name, t) => {
    expect(loanError(t)).toBeNull();
  });

  it.each([
    ['principal 0', terms({ principal: 0 }), 'principal'],
    ['a fractional principal', terms({ principal: 10.5 }), 'principal'],
    ['term 0', terms({ term: 0 }), 'term'],
    ['term 361', terms({ term: 361 }), 'term'],
    ['1000 %/yr', terms({ rate: { basis: 'annual', ppm: 10_000_000 } }), 'rate'],
    ['0.274 %/day (above 100 %/yr)', terms({ rate: { basis: 'daily', ppm: 2_740 } }), 'rate'],
    ['a fee of 10 % a period', terms({ feePerPeriodPpm: 100_000 }), 'rate'],
    ['a first due before the start', terms({ firstDue: day('2026-01-09') }), 'firstDue'],
    ['a first due on the start', terms({ firstDue: day('2026-01-10') }), 'firstDue'],
  ])('refuses %s', (_name, t, field) => {
    expect(loanError(t)?.field).toBe(field);
  });
});

describe('irrMonthly', () => {
  it.each([
    ['10 % in one month', [-100, 110], 0.1],
    ['nothing earned', [-100, 50, 50], 0],
    ['a level ¥888.49 on ¥10,000', [-1_000_000, ...Array(12).fill(88_849)], 0.01],
  ])('%s', (_name, flows, r) => {
    expect(irrMonthly(flows)).toBeCloseTo(r, 6);
  });

  it.each([
    ['no outflow first', [100, 10]],
    ['an outflow later', [-100, 120, -10]],
    ['less back than lent', [-100, 50]],
  ])('throws RangeError: %s', (_name, flows) => {
    expect(() => irrMonthly(flows)).toThrow(RangeError);
  });
});

describe('loanSummary', () => {
  const zeroRate = { basis: 'annual', ppm: 0 } as const;
  it.each([
    ['等额本息 12 %/yr', 120_001, 126_826, terms()],
    ['等额本息 14.6 %/yr', 146_000, 156_178, terms({ rate: { basis: 'annual', ppm: 146_000 } })],
    // Interest by the actual days, priced per month: 0.04 %/day comes out a little under 14.6 % on this calendar.
    ['等额本息 0.04 %/day', 145_395, 155_486, terms({ rate: DAILY_004 })],
    // IN8: 0.6 % × 12 ≈ 13.0 % (13.8 % effective); 0.75 % × 12 ≈ 16.2 %; 0.5 % × 3 ≈ 9.0 %.
    [
      'a 0.6 % fee × 12',
      130_342,
      138_418,
      terms({ principal: 1_200_000, rate: zeroRate, method: 'equal-principal', feePerPeriodPpm: 6_000 }),
    ],
    [
      'a 0.75 % fee × 12',
      162_165,
      174_778,
      terms({ principal: 1_200_000, rate: zeroRate, method: 'equal-principal', feePerPeriodPpm: 7_500 }),
    ],
    [
      'a 0.5 % fee × 3',
      89_777,
      93_565,
      terms({ principal: 300_000, term: 3, rate: zeroRate, method: 'equal-principal', feePerPeriodPpm: 5_000 }),
    ],
    ['no interest, no fee', 0, 0, terms({ rate: zeroRate })],
  ])('%s: %i ppm nominal, %i ppm effective', (_name, annualRatePpm, effectiveAnnualRatePpm, t) => {
    expect(loanSummary(t)).toMatchObject({ annualRatePpm, effectiveAnnualRatePpm });
  });

  it('totals the schedule', () => {
    const t = terms({ rate: { basis: 'annual', ppm: 60_000 }, method: 'equal-principal', feePerPeriodPpm: 1_000 });
    const rows = loanSchedule(t);
    expect(loanSummary(t)).toMatchObject({
      totalInterest: sum(rows, 'interest'),
      totalFee: 12_000,
      totalPaid: t.principal + sum(rows, 'interest') + 12_000,
    });
  });

  it('prices a payoff in the month it falls in: repaid early, the same loan costs less but the same rate', () => {
    const t = terms({ prepayments: [{ date: day('2026-04-10'), amount: 761_080 }] });
    expect(loanSummary(t)).toMatchObject({ totalInterest: 27_627, annualRatePpm: 120_002 }); // 12 %, within the fen rounding
  });

  it.each([
    ['a plain loan', terms(), ['IN6', 'IN7', 'LN1']],
    ['Jiebei’s 6 + 6 at a daily rate', terms({ method: 'interest-only-then-equal', rate: DAILY_004 }), ['IN6', 'IN7', 'LN2', 'IN8']],
    ['a fee', terms({ feePerPeriodPpm: 5_000 }), ['IN6', 'IN7', 'LN1', 'IN8', 'LN7']],
    ['a prepayment', terms({ prepayments: [{ date: day('2026-03-01'), amount: 1 }] }), ['IN6', 'IN7', 'LN1', 'LN3', 'LN4']],
  ])('cites its sources: %s', (_name, t, sources) => {
    expect(loanSummary(t).sources).toEqual(sources);
  });
});

describe('rateLinesCrossed', () => {
  const lpr = { lprPpm: 30_000, lprDate: '2026-09-20', sources: ['IN9', 'IN17'] };
  it.each([
    ['25 % licensed: the 24 % line (IN13)', 250_000, 'licensed', [{ id: 'licensed-24', linePpm: 240_000, sources: ['IN13'] }]],
    ['24 % licensed: on the line, not above it', 240_000, 'licensed', []],
    ['23 % licensed', 230_000, 'licensed', []],
    ['13 % private at an LPR of 3 %: 4 × LPR = 12 % (IN9)', 130_000, 'private', [{ id: 'private-4lpr', linePpm: 120_000, ...lpr }]],
    ['12 % private', 120_000, 'private', []],
    ['11 % private', 110_000, 'private', []],
    ['25 % private: only 4 × LPR, the old 24 % is gone', 250_000, 'private', [{ id: 'private-4lpr', linePpm: 120_000, ...lpr }]],
  ] as const)('%s', (_name, rate, lender, lines) => {
    expect(rateLinesCrossed(rate, lender)).toEqual(lines);
  });

  it('takes the LPR of the signing day', () => {
    expect(rateLinesCrossed(140_000, 'private', 34_500, day('2023-06-20'))).toEqual([
      { id: 'private-4lpr', linePpm: 138_000, lprPpm: 34_500, lprDate: '2023-06-20', sources: ['IN9', 'IN17'] },
    ]);
  });

  it('LPR_1Y is the 2026-09-20 fixing, 3.0 % (IN17)', () => {
    expect(LPR_1Y).toEqual({ ppm: 30_000, date: '2026-09-20', sources: ['IN17'] });
  });
});
