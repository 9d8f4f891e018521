/**
 * Statement accounts (cards, Huabei, Baitiao, Meituan 月付): when a statement closes, when it falls
 * due, how long a purchase stays interest-free, the minimum payment, and what paying only part of a
 * statement costs. The statement itself carries the real amount due, minimum and due day (ST2): these
 * functions fill the gaps until the user copies them, so every cost is an estimate with its sources.
 *
 * Statement dates are computed per month from the statement day, clamped to the month's end, never
 * chained from the previous statement (a statement on the 31st is Feb 28, then Mar 31 again).
 */
import { addDaysToDay, daysBetween, monthlyDue } from './day';
import type { Day, DebtKind, Minor } from './model';
import type { FactId } from './sources';

/**
 * How the due day follows from the statement day: `offset`, N days after the statement date, so the
 * calendar due day moves with month length (most banks, ST3: 18-25 days by bank); `fixed`, a fixed
 * day of the month (some ICBC cards: the 25th, ST4; Huabei, Meituan).
 */
export type DueRule = { type: 'offset'; days: number } | { type: 'fixed'; day: number };

/** A statement account's cycle: the statement day of the month (1-31) and its due rule. */
export interface StatementTerms {
  statementDay: number;
  dueRule: DueRule;
}

/**
 * A minimum-payment formula reduced to its estimate: a share of the amount in ppm (10 % = 100_000) and
 * a floor in fen. The lenders' full formulas add 100 % of fees, interest, installments and last
 * period's unpaid minimum (MP1, MP2, MP8, MP12), which only the statement knows.
 */
export interface MinimumRule {
  percentPpm: number;
  floor: Minor;
}

/**
 * What accrues interest after a minimum payment: the whole statement, from each purchase's posting
 * date (全额计息, most banks, MP5), or only the unpaid part (未还部分计息, ICBC, MP6).
 */
export type InterestBasis = 'whole' | 'unpaid';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Months counted from year 0 (`year × 12 + month − 1`), so the month after December is one more. */
const monthIndex = (day: Day): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** Day `dayOfMonth` of the month numbered `index` (see monthIndex), clamped to that month's end. */
function clampedDay(dayOfMonth: number, index: number): Day {
  const year = Math.floor(index / 12);
  // January has every day 1-31; monthlyDue carries it to the month and clamps it there.
  return monthlyDue(`${pad(year, 4)}-01-${pad(dayOfMonth)}` as Day, index - year * 12);
}

function assertInRange(name: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high)
    throw new RangeError(`${name} must be a whole number ${low}..${high}, got ${value}`);
}

function assertWhole(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`);
}

function assertTerms({ statementDay, dueRule }: StatementTerms): void {
  assertInRange('statementDay', statementDay, 1, 31);
  if (dueRule.type === 'fixed') assertInRange('due day', dueRule.day, 1, 31);
  else assertInRange('due offset', dueRule.days, 1, Number.MAX_SAFE_INTEGER);
}

/** `amount × ppm / 10^6` fen, rounded half up, or up when `roundUp`; exact for any Minor (BigInt). */
function ppmOf(amount: Minor, ppm: number, roundUp = false): Minor {
  return Number((BigInt(amount) * BigInt(ppm) + (roundUp ? 999_999n : 500_000n)) / 1_000_000n);
}

/**
 * The statement date of `month` (1-12) of `year` for a statement day: that day, or the month's last
 * day when the month is shorter. Throws RangeError for a statement day outside 1..31 or a month outside 1..12.
 * @example statementDateIn(31, 2026, 2) // '2026-02-28'
 * @example statementDateIn(31, 2028, 2) // '2028-02-29'
 */
export function statementDateIn(statementDay: number, year: number, month: number): Day {
  assertInRange('statementDay', statementDay, 1, 31);
  assertInRange('month', month, 1, 12);
  assertInRange('year', year, 1, 9999);
  return clampedDay(statementDay, year * 12 + month - 1);
}

/**
 * The due day of the statement closed on `statementDate`. `offset`: N calendar days later, so it
 * moves with month length (ST3). `fixed`: the first such day of the month after the statement date:
 * in the same month when it comes later, else in the next (a due day at or before the statement day
 * falls in the next month, as ICBC's month-end statement is due on the 25th of the next, ST4);
 * clamped to the month's end. Throws RangeError for invalid terms.
 * @example dueOfStatement({ statementDay: 5, dueRule: { type: 'offset', days: 20 } }, '2026-02-05') // '2026-02-25'
 * @example dueOfStatement({ statementDay: 31, dueRule: { type: 'fixed', day: 25 } }, '2026-01-31') // '2026-02-25'
 */
export function dueOfStatement(terms: StatementTerms, statementDate: Day): Day {
  assertTerms(terms);
  const rule = terms.dueRule;
  if (rule.type === 'offset') return addDaysToDay(statementDate, rule.days);
  const index = monthIndex(statementDate);
  const sameMonth = clampedDay(rule.day, index);
  return sameMonth > statementDate ? sameMonth : clampedDay(rule.day, index + 1);
}

/**
 * The statement that will include a purchase posted on `day`: the first statement date on or after it
 * when the statement day is part of its cycle (cards: a purchase on the statement day belongs to that
 * day's statement, ST5's shortest interest-free period is the offset), else the first after it
 * (`includesStatementDay: false`: Huabei's bill on the 1st covers the previous calendar month, B1,
 * and Meituan's "up to 38 days", B9, counts the same way). Throws RangeError for invalid terms.
 * @example statementAfter({ statementDay: 5, dueRule: { type: 'offset', days: 20 } }, '2026-03-06') // '2026-04-05'
 * @example statementAfter({ statementDay: 1, dueRule: { type: 'fixed', day: 8 } }, '2026-03-01', false) // '2026-04-01'
 */
export function statementAfter(terms: StatementTerms, day: Day, includesStatementDay = true): Day {
  assertTerms(terms);
  const index = monthIndex(day);
  const sameMonth = clampedDay(terms.statementDay, index);
  return sameMonth > day || (includesStatementDay && sameMonth === day) ? sameMonth : clampedDay(terms.statementDay, index + 1);
}

/**
 * Every statement date from `from` to `until` (both included), in order, each with its due day
 * (which may lie after `until`). Empty when `from` is after `until`. Throws RangeError for invalid terms.
 * @example statementCycles({ statementDay: 31, dueRule: { type: 'offset', days: 20 } }, '2026-01-01', '2026-02-28')
 *          // [{ statementDate: '2026-01-31', due: '2026-02-20' }, { statementDate: '2026-02-28', due: '2026-03-20' }]
 */
export function statementCycles(terms: StatementTerms, from: Day, until: Day): { statementDate: Day; due: Day }[] {
  assertTerms(terms);
  const cycles: { statementDate: Day; due: Day }[] = [];
  for (let index = monthIndex(from); ; index++) {
    const statementDate = clampedDay(terms.statementDay, index);
    if (statementDate > until) return cycles;
    if (statementDate >= from) cycles.push({ statementDate, due: dueOfStatement(terms, statementDate) });
  }
}

/**
 * The interest-free days (免息期) of a purchase: from its day to the due day of the statement that
 * includes it (ST5). Shortest for a purchase on the statement day (≈ the offset), longest for one the
 * day after (≈ a cycle plus the offset). Counted from the purchase day as if posted that day: a bank
 * counts from the posting date (记账日), which may be later. Cash advances get none (ST5), nor does a
 * statement paid only in part (MP4). `includesStatementDay` as for `statementAfter`. Throws RangeError
 * for invalid terms.
 * @example interestFreeDays({ statementDay: 5, dueRule: { type: 'offset', days: 20 } }, '2026-03-06') // 50
 * @example interestFreeDays({ statementDay: 1, dueRule: { type: 'fixed', day: 8 } }, '2026-03-01', false) // 38 (B9)
 */
export function interestFreeDays(terms: StatementTerms, purchase: Day, includesStatementDay = true): number {
  return daysBetween(purchase, dueOfStatement(terms, statementAfter(terms, purchase, includesStatementDay)));
}

/**
 * The interest-free window of a purchase on `purchase` at an account of `kind`: its days and the due
 * day they run to, with the kind's rule for a purchase on the statement day (`includesStatementDay`).
 * @example interestFreeWindow({ kind: 'meituan', statementDay: 1, dueRule: { type: 'fixed', day: 8 } }, '2026-03-01')
 *          // { days: 38, until: '2026-04-08' }
 */
export function interestFreeWindow(account: StatementTerms & { kind: DebtKind }, purchase: Day): { days: number; until: Day } {
  const includes = STATEMENT_PRESETS[account.kind]?.includesStatementDay ?? true;
  return {
    days: interestFreeDays(account, purchase, includes),
    until: dueOfStatement(account, statementAfter(account, purchase, includes)),
  };
}

/**
 * An estimate of the minimum payment: the rule's share of `amount`, rounded up to the fen (an
 * estimate a fen short could leave a payment below the real minimum, which makes it overdue, MP7),
 * at least the floor, at most the whole amount (below the floor the minimum is everything, MP3).
 * Throws RangeError when a figure is not a whole number ≥ 0.
 * @example estimateMinimum(300_000, { percentPpm: 100_000, floor: 0 }) // 30_000 (10 % of ¥3,000 = ¥300)
 * @example estimateMinimum(15_000, { percentPpm: 100_000, floor: 20_000 }) // 15_000 (the whole ¥150)
 */
export function estimateMinimum(amount: Minor, rule: MinimumRule): Minor {
  assertWhole('amount', amount);
  assertWhole('percentPpm', rule.percentPpm);
  assertWhole('floor', rule.floor);
  return Math.min(amount, Math.max(ppmOf(amount, rule.percentPpm, true), rule.floor));
}

/** What DueGuard assumes about a kind's statements until the user enters their own terms. */
export interface StatementPreset {
  statementDay: number;
  dueRule: DueRule;
  /** The minimum-payment estimate; null = no minimum payment known for the kind. */
  minimum: MinimumRule | null;
  interestOn: InterestBasis;
  /** Whether a purchase on the statement day is on that day's statement (cards, ST5) or the next (Huabei, Meituan: B1, B9). */
  includesStatementDay: boolean;
  sources: FactId[];
}

/**
 * The statement presets by kind. Kinds without one have no statement: Jiebei and loans are
 * installment loans, each installment due in full (MP11).
 * - huabei: statement on the 1st, due the 10th (B1; B2 says 8th, 9th or 10th, system-assigned: the user
 *   picks; after a change the pairs are 5→15, 10→20, 15→25, B3). Minimum 10 % of new spending (MP8);
 *   the rest accrues interest from the day after the due date, on the unpaid part (MP9).
 * - baitiao: the statement day is the user's (birth day-of-month or activation day; 1 is ST7's example),
 *   due 9 days later (ST7). Minimum 10 % (MP12); the rest accrues a daily service fee (MP12).
 * - meituan: statement on the 1st, due the 8th (B9, ST8). No source gives its minimum payment: null,
 *   and `interestOn` the cautious default.
 * - credit-card: the statement day is the cardholder's (5 is offered by both CCB and CMB, ST3), due 20
 *   days later (the typical offset; 18-25 by bank, ST3). Minimum 10 % (MP1) with no floor: the ¥200
 *   floor of MP3 comes from a page that names no bank. Whole-statement interest by default (MP5; MP6
 *   for ICBC's unpaid-part method).
 */
export const STATEMENT_PRESETS: Partial<Record<DebtKind, StatementPreset>> = {
  huabei: {
    statementDay: 1,
    dueRule: { type: 'fixed', day: 10 },
    minimum: { percentPpm: 100_000, floor: 0 },
    interestOn: 'unpaid',
    includesStatementDay: false,
    sources: ['B1', 'B2', 'B3', 'MP8', 'MP9'],
  },
  baitiao: {
    statementDay: 1,
    dueRule: { type: 'offset', days: 9 },
    minimum: { percentPpm: 100_000, floor: 0 },
    interestOn: 'unpaid',
    includesStatementDay: true,
    sources: ['ST7', 'MP12'],
  },
  meituan: {
    statementDay: 1,
    dueRule: { type: 'fixed', day: 8 },
    minimum: null,
    interestOn: 'whole',
    includesStatementDay: false,
    sources: ['B9', 'ST8'],
  },
  'credit-card': {
    statementDay: 5,
    dueRule: { type: 'offset', days: 20 },
    minimum: { percentPpm: 100_000, floor: 0 },
    interestOn: 'whole',
    includesStatementDay: true,
    sources: ['ST3', 'MP1', 'MP3', 'MP5', 'MP6'],
  },
};

/**
 * The card industry's repayment tolerance (容差): an unpaid remainder of up to ¥10 after a payment
 * counts as paid in full and carries to the next bill (B7, CBA self-regulation; banks may allow more).
 * For `statementOutcome`'s `toleranceMinor`, only where the user's bank confirms it.
 */
export const CARD_TOLERANCE = { minor: 1_000, sources: ['B7'] } as const satisfies { minor: Minor; sources: readonly FactId[] };

/** Where a statement stands after a payment. */
export type StatementOutcome = 'unpaid' | 'below-minimum' | 'minimum-paid' | 'settled';

/**
 * What a payment of `paid` makes of a statement: `settled` when it covers the amount, or leaves at
 * most `toleranceMinor` unpaid (容差, B7; default 0: no tolerance is assumed, as no grace is, and a
 * statement with no payment at all is never settled by it); `minimum-paid` when it reaches a known
 * minimum; `below-minimum` for any smaller payment (with no minimum, as for Jiebei, the whole amount
 * is due, MP11); `unpaid` for none. Throws RangeError when a figure is not a whole number ≥ 0.
 * @example statementOutcome({ amount: 300_000, minimum: 30_000 }, 30_000) // 'minimum-paid'
 * @example statementOutcome({ amount: 300_000, minimum: 30_000 }, 299_500, CARD_TOLERANCE.minor) // 'settled'
 */
export function statementOutcome(statement: { amount: Minor; minimum: Minor | null }, paid: Minor, toleranceMinor = 0): StatementOutcome {
  const { amount, minimum } = statement;
  assertWhole('amount', amount);
  assertWhole('paid', paid);
  assertWhole('toleranceMinor', toleranceMinor);
  if (minimum !== null) assertWhole('minimum', minimum);
  if (paid >= amount || (paid > 0 && amount - paid <= toleranceMinor)) return 'settled';
  if (minimum !== null && paid >= minimum) return 'minimum-paid';
  return paid > 0 ? 'below-minimum' : 'unpaid';
}

/** The interest a statement paid only in part starts to accrue: an estimate. */
export interface MinimumPaidCost {
  /** Fen a day from `from` until the payment. */
  dailyInterest: Minor;
  /** Fen a day once `paid` is paid: the unpaid part's (the paid part stops accruing, MP5). */
  dailyInterestAfterPayment: Minor;
  from: Day;
  basis: InterestBasis;
  ratePpm: number;
  caveat: 'estimate';
  sources: FactId[];
}

/**
 * What paying only part of a statement (at least the minimum) costs, at `dailyRatePpm` (0.05 %/day = 500).
 * - huabei: the unpaid part, from the day after the due date (MP9). baitiao likewise: MP12 says the rest
 *   accrues a daily fee but not from when; the day after the due date is the latest start, a lower bound.
 * - credit-card and the rest, by `interestOn`: the statement loses its interest-free days (MP4).
 *   `whole`: every purchase accrues from its posting date until it is repaid (MP5); posting dates are
 *   not known, so `from` is the statement date, the latest they can be, and interest counted from it
 *   is a lower bound (monthly compounding, MP5, is left out too). `unpaid`: only the unpaid part, from
 *   the same day (MP6). No source covers the other kinds: their sources are empty.
 * A settled statement costs nothing. Each figure is rounded to the nearest fen, halves up.
 * Throws RangeError when a figure is not a whole number ≥ 0.
 * @example minimumPaidCost({ kind: 'huabei', amount: 100_000, paid: 10_000, statementDate: '2026-03-01', due: '2026-03-10', interestOn: 'unpaid', dailyRatePpm: 500 })
 *          // { dailyInterest: 45, from: '2026-03-11', basis: 'unpaid', … } (¥900 × 0.05 % = ¥0.45 a day)
 */
export function minimumPaidCost(input: {
  kind: DebtKind;
  amount: Minor;
  paid: Minor;
  statementDate: Day;
  due: Day;
  interestOn: InterestBasis;
  dailyRatePpm: number;
}): MinimumPaidCost {
  const { kind, amount, paid, statementDate, due, interestOn, dailyRatePpm: ratePpm } = input;
  assertWhole('amount', amount);
  assertWhole('paid', paid);
  assertWhole('dailyRatePpm', ratePpm);
  const unpaid = Math.max(0, amount - paid);
  const afterPayment = ppmOf(unpaid, ratePpm);
  const cost = { dailyInterestAfterPayment: afterPayment, ratePpm, caveat: 'estimate' as const };
  if (kind === 'huabei' || kind === 'baitiao') {
    const sources: FactId[] = kind === 'huabei' ? ['MP9'] : ['MP12'];
    return { ...cost, dailyInterest: afterPayment, from: addDaysToDay(due, 1), basis: 'unpaid', sources };
  }
  const whole = interestOn === 'whole' && unpaid > 0;
  const sources: FactId[] = kind === 'credit-card' ? ['MP4', interestOn === 'whole' ? 'MP5' : 'MP6'] : [];
  return { ...cost, dailyInterest: whole ? ppmOf(amount, ratePpm) : afterPayment, from: statementDate, basis: interestOn, sources };
}

/** The penalty (违约金) for paying less than the minimum: the typical rate, not the contract's. */
export interface BelowMinimumPenalty {
  penalty: Minor;
  ratePpm: 50_000;
  caveat: 'typical';
  sources: FactId[];
}

/**
 * The typical 违约金 for paying less than the minimum: 5 % of the minimum's unpaid part, rounded to
 * the nearest fen, halves up (MP7). Contracts set their own rate, floor and cap since 2017 (GF: 6 %
 * after two months in a row, at least ¥30), so this is a typical figure, not the bank's.
 * Throws RangeError when a figure is not a whole number ≥ 0.
 * @example belowMinimumPenalty(30_000, 10_000).penalty // 1_000 (5 % of ¥200 = ¥10)
 */
export function belowMinimumPenalty(minimum: Minor, paid: Minor): BelowMinimumPenalty {
  assertWhole('minimum', minimum);
  assertWhole('paid', paid);
  return { penalty: ppmOf(Math.max(0, minimum - paid), 50_000), ratePpm: 50_000, caveat: 'typical', sources: ['MP7'] };
}

/** The facts behind what the forms and the account view say about statements, for their source lists. */
export const STATEMENT_FACTS = {
  /** Copy the amount due and the minimum from the statement: every statement shows them (ST1, ST2). */
  entry: ['ST1', 'ST2'],
  /** N days after the statement day, or a fixed day of the month. */
  dueRule: ['ST3', 'ST4'],
  /** A purchase's interest-free days run to the due day of the statement that includes it. */
  interestFree: ['ST5'],
  /** Paying at least the minimum by the due day is on time, but the statement is no longer interest-free. */
  minimumPaid: ['MP4', 'MP10'],
  /** No minimum (Jiebei, MP11): the whole amount is due. */
  noMinimum: ['MP11'],
} as const satisfies Record<string, readonly FactId[]>;
