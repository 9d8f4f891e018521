import { describe, expect, it } from 'vitest';
import { addDaysToDay } from '../../src/domain/day';
import { KIND_PRESETS } from '../../src/domain/presets';
import {
  belowMinimumPenalty,
  CARD_TOLERANCE,
  dueOfStatement,
  estimateMinimum,
  interestFreeDays,
  interestFreeWindow,
  minimumPaidCost,
  statementAfter,
  statementCycles,
  statementDateIn,
  statementOutcome,
  STATEMENT_PRESETS,
  type DueRule,
  type StatementTerms,
} from '../../src/domain/statement';
import { day } from './fixtures';

const offset = (statementDay: number, days: number): StatementTerms => ({ statementDay, dueRule: { type: 'offset', days } });
const fixed = (statementDay: number, dueDay: number): StatementTerms => ({ statementDay, dueRule: { type: 'fixed', day: dueDay } });

describe('statementDateIn clamps to the month end', () => {
  it.each([
    ['a plain day', 5, 2026, 3, '2026-03-05'],
    ['the 31st in a 31-day month', 31, 2026, 1, '2026-01-31'],
    ['the 31st in April', 31, 2026, 4, '2026-04-30'],
    ['the 31st in February 2026', 31, 2026, 2, '2026-02-28'],
    ['the 31st in February 2028 (leap)', 31, 2028, 2, '2028-02-29'],
    ['the 29th in February 2026', 29, 2026, 2, '2026-02-28'],
    ['the 30th in February 2028', 30, 2028, 2, '2028-02-29'],
    ['December', 1, 2026, 12, '2026-12-01'],
  ])('%s', (_name, statementDay, year, month, expected) => {
    expect(statementDateIn(statementDay, year, month)).toBe(expected);
  });

  it.each([
    ['statement day 0', 0, 1],
    ['statement day 32', 32, 1],
    ['a fractional day', 1.5, 1],
    ['month 0', 1, 0],
    ['month 13', 1, 13],
  ])('throws RangeError: %s', (_name, statementDay, month) => {
    expect(() => statementDateIn(statementDay, 2026, month)).toThrow(RangeError);
  });
});

describe('dueOfStatement', () => {
  it.each([
    // Offsets move the calendar due day with month length (ST3).
    ['offset 18 in a 31-day month (CMB)', offset(5, 18), '2026-01-05', '2026-01-23'],
    ['offset 19 from a month end in a 31-day month (CITIC)', offset(20, 19), '2026-01-20', '2026-02-08'],
    ['offset 20 across February 2026 (28 days)', offset(20, 20), '2026-02-20', '2026-03-12'],
    ['offset 20 across February 2028 (29 days)', offset(20, 20), '2028-02-20', '2028-03-11'],
    ['offset 20 across April (30 days)', offset(20, 20), '2026-04-20', '2026-05-10'],
    ['offset 20 across March (31 days)', offset(20, 20), '2026-03-20', '2026-04-09'],
    ['offset 25 across a year end (ABC)', offset(15, 25), '2026-12-15', '2027-01-09'],
    ['offset 25 from a clamped 31st in February', offset(31, 25), '2026-02-28', '2026-03-25'],
    // Fixed days (ST4, B1-B2, B9).
    ['fixed day after the statement day: same month (Huabei)', fixed(1, 10), '2026-03-01', '2026-03-10'],
    ['fixed day before the statement day: next month (ICBC)', fixed(31, 25), '2026-01-31', '2026-02-25'],
    ['fixed day equal to the statement day: next month', fixed(15, 15), '2026-03-15', '2026-04-15'],
    ['fixed day before the statement day over a year end', fixed(20, 5), '2026-12-20', '2027-01-05'],
    ['fixed 31 in a 30-day month', fixed(5, 31), '2026-04-05', '2026-04-30'],
    ['fixed 31 in February 2026', fixed(5, 31), '2026-02-05', '2026-02-28'],
    ['fixed 31 after a statement on the 30th of April: May 31', fixed(30, 31), '2026-04-30', '2026-05-31'],
    ['fixed 30 after a statement clamped to February 28: March 30', fixed(29, 30), '2026-02-28', '2026-03-30'],
    ['fixed 29 in a leap February', fixed(10, 29), '2028-02-10', '2028-02-29'],
  ])('%s', (_name, terms, statementDate, due) => {
    expect(dueOfStatement(terms, day(statementDate))).toBe(due);
  });

  it.each<[string, number, DueRule]>([
    ['a statement day of 0', 0, { type: 'offset', days: 20 }],
    ['an offset of 0', 5, { type: 'offset', days: 0 }],
    ['a negative offset', 5, { type: 'offset', days: -3 }],
    ['a fixed day of 32', 5, { type: 'fixed', day: 32 }],
    ['a fractional fixed day', 5, { type: 'fixed', day: 10.5 }],
  ])('throws RangeError for %s', (_name, statementDay, dueRule) => {
    expect(() => dueOfStatement({ statementDay, dueRule }, day('2026-03-05'))).toThrow(RangeError);
  });
});

describe('statementAfter: the statement that includes a purchase on a day', () => {
  it.each([
    ['the statement day itself belongs to that cycle', 5, '2026-03-05', '2026-03-05'],
    ['the day after belongs to the next', 5, '2026-03-06', '2026-04-05'],
    ['the day before', 5, '2026-03-04', '2026-03-05'],
    ['after the statement day in December: January', 5, '2026-12-06', '2027-01-05'],
    ['the 31st in February 2026 is the 28th', 31, '2026-02-10', '2026-02-28'],
    ['the 31st in February 2028 is the 29th', 31, '2028-02-10', '2028-02-29'],
    ['March 1 after a clamped February statement', 31, '2026-03-01', '2026-03-31'],
    ['the 31st in April is the 30th', 31, '2026-04-30', '2026-04-30'],
    ['May 1 after an April statement on the 30th', 31, '2026-05-01', '2026-05-31'],
  ])('%s', (_name, statementDay, purchase, statementDate) => {
    expect(statementAfter(offset(statementDay, 20), day(purchase))).toBe(statementDate);
  });
});

describe('statementCycles', () => {
  it('lists every statement in the range, per month, over a year boundary and short months', () => {
    expect(statementCycles(offset(31, 20), day('2026-11-15'), day('2027-04-30'))).toEqual([
      { statementDate: '2026-11-30', due: '2026-12-20' },
      { statementDate: '2026-12-31', due: '2027-01-20' },
      { statementDate: '2027-01-31', due: '2027-02-20' },
      { statementDate: '2027-02-28', due: '2027-03-20' },
      // Back to the 31st after February: computed per month, not chained from the 28th.
      { statementDate: '2027-03-31', due: '2027-04-20' },
      { statementDate: '2027-04-30', due: '2027-05-20' },
    ]);
  });

  it.each([
    ['both ends included', '2026-03-05', '2026-05-05', ['2026-03-05', '2026-04-05', '2026-05-05']],
    ['from after the statement day skips that month', '2026-03-06', '2026-05-04', ['2026-04-05']],
    ['a range with no statement day', '2026-03-06', '2026-04-04', []],
    ['from after until', '2026-05-05', '2026-03-05', []],
  ])('%s', (_name, from, until, dates) => {
    expect(statementCycles(fixed(5, 25), day(from), day(until)).map((c) => c.statementDate)).toEqual(dates);
  });

  it('gives each cycle the due of its own statement (fixed due in the next month)', () => {
    expect(statementCycles(fixed(28, 15), day('2026-12-01'), day('2027-01-31'))).toEqual([
      { statementDate: '2026-12-28', due: '2027-01-15' },
      { statementDate: '2027-01-28', due: '2027-02-15' },
    ]);
  });
});

describe('interestFreeDays (ST5)', () => {
  it.each([
    ['shortest: a purchase on the statement day, offset 20', offset(5, 20), '2026-03-05', 20],
    ['longest: the day after the statement day, offset 20 (31-day cycle)', offset(5, 20), '2026-03-06', 50],
    ['longest over February 2026 (28-day cycle)', offset(5, 20), '2026-02-06', 47],
    ['the day before the statement day', offset(5, 20), '2026-03-04', 21],
    ['a statement day that includes itself: a purchase on the 1st is free until the 10th', fixed(1, 10), '2026-03-01', 9],
  ])('%s', (_name, terms, purchase, days) => {
    expect(interestFreeDays(terms, day(purchase))).toBe(days);
  });

  // Huabei's bill on the 1st covers the previous calendar month (B1); Meituan's "up to 38 days" (B9).
  it.each([
    ['Huabei: a purchase on the 1st is on next month’s bill, free until the 10th after it', fixed(1, 10), '2026-03-01', 40],
    ['Huabei: a purchase on the 2nd is free until the 10th of next month', fixed(1, 10), '2026-03-02', 39],
    ['Huabei: a purchase on the last day of the month, 10 days', fixed(1, 10), '2026-03-31', 10],
    ['Meituan: a purchase on the 1st, 38 days (B9)', fixed(1, 8), '2026-03-01', 38],
  ])('%s', (_name, terms, purchase, days) => {
    expect(interestFreeDays(terms, day(purchase), false)).toBe(days);
  });

  it('is never more than a cycle plus the offset nor less than the offset', () => {
    const terms = offset(20, 20);
    for (let purchase = day('2026-01-01'); purchase <= '2028-12-31'; purchase = addDaysToDay(purchase, 1)) {
      const days = interestFreeDays(terms, purchase);
      expect(days).toBeGreaterThanOrEqual(20);
      expect(days).toBeLessThanOrEqual(50);
    }
  });
});

describe('estimateMinimum', () => {
  const tenPercent = (floor: number) => ({ percentPpm: 100_000, floor });
  it.each([
    ['10 % of ¥3,000 = ¥300', 300_000, tenPercent(0), 30_000],
    ['the floor applies above the share', 100_000, tenPercent(20_000), 20_000],
    ['the share applies above the floor', 300_000, tenPercent(20_000), 30_000],
    ['an amount below the floor: the whole amount (MP3)', 15_000, tenPercent(20_000), 15_000],
    ['rounds a fraction of a fen up', 1_231, tenPercent(0), 124],
    ['rounds half a fen up', 1_235, tenPercent(0), 124],
    ['exact fen stay as they are', 1_230, tenPercent(0), 123],
    ['a 5 % rule', 300_000, { percentPpm: 50_000, floor: 0 }, 15_000],
    ['zero amount', 0, tenPercent(20_000), 0],
  ])('%s', (_name, amount, rule, minimum) => {
    expect(estimateMinimum(amount, rule)).toBe(minimum);
  });

  it.each([
    ['a negative amount', -1, tenPercent(0)],
    ['a fractional amount', 10.5, tenPercent(0)],
    ['a fractional rate', 100, { percentPpm: 0.5, floor: 0 }],
    ['a negative floor', 100, tenPercent(-1)],
  ])('throws RangeError for %s', (_name, amount, rule) => {
    expect(() => estimateMinimum(amount, rule)).toThrow(RangeError);
  });
});

describe('statementOutcome', () => {
  const bill = { amount: 300_000, minimum: 30_000 };
  it.each([
    ['nothing paid', bill, 0, 0, 'unpaid'],
    ['less than the minimum', bill, 10_000, 0, 'below-minimum'],
    ['one fen short of the minimum', bill, 29_999, 0, 'below-minimum'],
    ['exactly the minimum', bill, 30_000, 0, 'minimum-paid'],
    ['more than the minimum', bill, 200_000, 0, 'minimum-paid'],
    ['one fen short of the amount, no tolerance', bill, 299_999, 0, 'minimum-paid'],
    ['the whole amount', bill, 300_000, 0, 'settled'],
    ['more than the amount', bill, 400_000, 0, 'settled'],
    ['no minimum: nothing paid', { amount: 300_000, minimum: null }, 0, 0, 'unpaid'],
    ['no minimum: any part is below it', { amount: 300_000, minimum: null }, 299_999, 0, 'below-minimum'],
    ['no minimum: the whole amount', { amount: 300_000, minimum: null }, 300_000, 0, 'settled'],
    ['card tolerance: ¥10 short is settled (B7)', bill, 299_000, CARD_TOLERANCE.minor, 'settled'],
    ['card tolerance: ¥10.01 short is not', bill, 298_999, CARD_TOLERANCE.minor, 'minimum-paid'],
    ['card tolerance: a small bill not paid at all stays unpaid', { amount: 800, minimum: 800 }, 0, CARD_TOLERANCE.minor, 'unpaid'],
    ['card tolerance lifts a small partial payment to settled', { amount: 800, minimum: 800 }, 100, CARD_TOLERANCE.minor, 'settled'],
  ] as const)('%s', (_name, statement, paid, tolerance, outcome) => {
    expect(statementOutcome(statement, paid, tolerance)).toBe(outcome);
  });

  it('assumes no tolerance by default', () => {
    expect(statementOutcome(bill, 299_500)).toBe('minimum-paid');
  });

  it('throws RangeError for a negative payment', () => {
    expect(() => statementOutcome(bill, -1)).toThrow(RangeError);
  });
});

describe('minimumPaidCost', () => {
  const base = { statementDate: day('2026-03-01'), due: day('2026-03-10'), dailyRatePpm: 500 } as const;

  it('Huabei: the MP9 example, ¥900 unpaid × 0.05 % = ¥0.45 a day from the day after the due date', () => {
    expect(minimumPaidCost({ ...base, kind: 'huabei', amount: 100_000, paid: 10_000, interestOn: 'whole' })).toEqual({
      dailyInterest: 45,
      dailyInterestAfterPayment: 45,
      from: '2026-03-11',
      basis: 'unpaid',
      ratePpm: 500,
      caveat: 'estimate',
      sources: ['MP9'],
    });
  });

  it.each([
    ['card, whole statement (MP5)', 'credit-card', 'whole', 1_000_000, 100_000, 500, 450, '2026-03-01', ['MP4', 'MP5']],
    ['card, unpaid part only (MP6)', 'credit-card', 'unpaid', 1_000_000, 100_000, 450, 450, '2026-03-01', ['MP4', 'MP6']],
    ['card, whole statement, settled: nothing', 'credit-card', 'whole', 1_000_000, 1_000_000, 0, 0, '2026-03-01', ['MP4', 'MP5']],
    [
      'Baitiao: the unpaid part, from the day after the due date (MP12)',
      'baitiao',
      'whole',
      100_000,
      10_000,
      45,
      45,
      '2026-03-11',
      ['MP12'],
    ],
    ['another kind: as the user set it, no source', 'other', 'whole', 100_000, 10_000, 50, 45, '2026-03-01', []],
    ['rounds half a fen up', 'credit-card', 'unpaid', 1_000, 0, 1, 1, '2026-03-01', ['MP4', 'MP6']],
    ['rounds under half a fen down', 'credit-card', 'unpaid', 999, 0, 0, 0, '2026-03-01', ['MP4', 'MP6']],
  ] as const)('%s', (_name, kind, interestOn, amount, paid, daily, after, from, sources) => {
    const cost = minimumPaidCost({ ...base, kind, amount, paid, interestOn });
    expect([cost.dailyInterest, cost.dailyInterestAfterPayment, cost.from, cost.sources]).toEqual([daily, after, from, sources]);
    expect(cost.basis).toBe(kind === 'baitiao' ? 'unpaid' : interestOn);
  });

  it('throws RangeError for a fractional rate', () => {
    expect(() => minimumPaidCost({ ...base, kind: 'credit-card', amount: 100, paid: 0, interestOn: 'whole', dailyRatePpm: 0.5 })).toThrow(
      RangeError,
    );
  });
});

describe('belowMinimumPenalty (MP7)', () => {
  it.each([
    ['minimum ¥300, ¥100 paid: 5 % of ¥200 = ¥10', 30_000, 10_000, 1_000],
    ['nothing paid', 30_000, 0, 1_500],
    ['the minimum paid: none', 30_000, 30_000, 0],
    ['more than the minimum paid: none', 30_000, 40_000, 0],
    ['rounds half a fen up', 30_000, 29_990, 1],
    ['rounds under half a fen down', 30_000, 29_991, 0],
  ])('%s', (_name, minimum, paid, penalty) => {
    expect(belowMinimumPenalty(minimum, paid)).toEqual({ penalty, ratePpm: 50_000, caveat: 'typical', sources: ['MP7'] });
  });
});

describe('STATEMENT_PRESETS match their facts', () => {
  it.each([
    [
      'huabei: bill on the 1st, due the 10th, 10 % minimum, unpaid part from after due',
      'huabei',
      1,
      { type: 'fixed', day: 10 },
      100_000,
      'unpaid',
      ['B1', 'B2', 'MP8', 'MP9'],
    ],
    [
      'baitiao: due 9 days after the statement, 10 % minimum',
      'baitiao',
      1,
      { type: 'offset', days: 9 },
      100_000,
      'unpaid',
      ['ST7', 'MP12'],
    ],
    ['meituan: bill on the 1st, due the 8th, no minimum known', 'meituan', 1, { type: 'fixed', day: 8 }, null, 'whole', ['B9', 'ST8']],
    [
      'credit-card: due 20 days later, 10 % minimum, whole statement',
      'credit-card',
      5,
      { type: 'offset', days: 20 },
      100_000,
      'whole',
      ['ST3', 'MP1', 'MP5'],
    ],
  ] as const)('%s', (_name, kind, statementDay, dueRule, percentPpm, interestOn, sources) => {
    const preset = STATEMENT_PRESETS[kind]!;
    expect([preset.statementDay, preset.dueRule, preset.minimum?.percentPpm ?? null, preset.interestOn]).toEqual([
      statementDay,
      dueRule,
      percentPpm,
      interestOn,
    ]);
    expect(preset.sources).toEqual(expect.arrayContaining([...sources]));
  });

  it('a Huabei or Meituan bill covers the days before its statement day (B1, B9); a card’s or Baitiao’s includes it', () => {
    expect(Object.fromEntries(Object.entries(STATEMENT_PRESETS).map(([kind, p]) => [kind, p.includesStatementDay]))).toEqual({
      huabei: false,
      baitiao: true,
      meituan: false,
      'credit-card': true,
    });
  });

  it('puts no floor on any minimum (MP3 names no bank)', () => {
    expect(Object.values(STATEMENT_PRESETS).map((p) => p.minimum?.floor ?? 0)).toEqual([0, 0, 0, 0]);
  });

  it.each([['jiebei'], ['loan'], ['other']] as const)('%s has no statement preset (MP11)', (kind) => {
    expect(STATEMENT_PRESETS[kind]).toBeUndefined();
  });

  it('fixed due days are among the due days the kind presets offer', () => {
    for (const [kind, preset] of Object.entries(STATEMENT_PRESETS)) {
      if (preset.dueRule.type === 'fixed') expect(KIND_PRESETS[kind as keyof typeof KIND_PRESETS].dueDays).toContain(preset.dueRule.day);
    }
  });

  it('Huabei: a March bill is due on March 10; Meituan: on March 8', () => {
    expect(dueOfStatement(STATEMENT_PRESETS.huabei!, statementDateIn(1, 2026, 3))).toBe('2026-03-10');
    expect(dueOfStatement(STATEMENT_PRESETS.meituan!, statementDateIn(1, 2026, 3))).toBe('2026-03-08');
  });
});

describe('interestFreeWindow', () => {
  it.each([
    ['a card: a purchase on the statement day is on it', 'credit-card', offset(5, 20), '2026-03-05', { days: 20, until: '2026-03-25' }],
    [
      'Meituan: a purchase on the 1st is on next month’s bill (B9)',
      'meituan',
      fixed(1, 8),
      '2026-03-01',
      { days: 38, until: '2026-04-08' },
    ],
  ] as const)('%s', (_name, kind, terms, purchase, expected) => {
    expect(interestFreeWindow({ ...terms, kind }, day(purchase))).toEqual(expected);
  });
});
