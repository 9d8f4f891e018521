/**
 * Installment loans (贷款分期): the schedule a repayment method gives (LN1, LN2), with early
 * repayments (LN3, LN4) and per-period fees on the original principal (LN7), and the loan's true
 * annual cost by IRR (IN6, IN7, IN8), set beside the rate lines courts use (IN9, IN13, IN17).
 * Money in fen, rates in parts per million (0.04 %/day = 400, 14.6 %/yr = 146_000), installment
 * n + 1 due on `monthlyDue(firstDue, n)`. Figures to show, never a legal conclusion.
 */
import { compareDays, daysBetween, monthlyDue } from './day';
import type { Day, Minor } from './model';
import type { FactId } from './sources';

/** 等额本息, 等额本金, 先息后本 (按月付息到期还本), and Jiebei's 12 months of 6 interest-only then 6 equal (LN1, LN2). */
export const LOAN_METHODS = ['equal-payment', 'equal-principal', 'interest-only', 'interest-only-then-equal'] as const;
export type LoanMethod = (typeof LOAN_METHODS)[number];

/** A contract rate as quoted: per day (Jiebei, 借呗 0.04 %) or per year, in parts per million. */
export interface LoanRate {
  basis: 'daily' | 'annual';
  ppm: number;
}

/** An early repayment of `amount` of principal on `date`; the interest accrued to that day is paid with it. */
export interface Prepayment {
  date: Day;
  amount: Minor;
}

export interface LoanTerms {
  principal: Minor;
  rate: LoanRate;
  /** Months. */
  term: number;
  /** Drawdown: interest runs from this day. */
  startDate: Day;
  /** Installment 1; installment n falls on `monthlyDue(firstDue, n - 1)`. */
  firstDue: Day;
  method: LoanMethod;
  /** A fee each period on the ORIGINAL principal (Baitiao installments, LN7); 0 = none. */
  feePerPeriodPpm: number;
  /** Early repayments, part or all (LN3, LN4). */
  prepayments: readonly Prepayment[];
  /**
   * A fee on each amount repaid early, when the contract sets one (LN4: "unless agreed otherwise";
   * Jiebei charges none, LN3); absent or 0 = none.
   */
  prepaymentFeePpm?: number | undefined;
}

/** One payment: a scheduled installment, or an early repayment dated on its own day. */
export interface LoanRow {
  seq: number;
  due: Day;
  principal: Minor;
  interest: Minor;
  fee: Minor;
  /** principal + interest + fee. */
  amount: Minor;
  /** Principal still owed after this row. */
  balance: Minor;
}

export interface LoanSummary {
  totalInterest: Minor;
  totalFee: Minor;
  totalPaid: Minor;
  /** The IRR of the payments, nominal: periodic (monthly) rate × 12, as 年化利率 is disclosed (IN7). */
  annualRatePpm: number;
  /** The same IRR compounded: (1 + monthly)^12 − 1. */
  effectiveAnnualRatePpm: number;
  sources: FactId[];
}

export interface LoanError {
  field: 'principal' | 'rate' | 'term' | 'firstDue' | 'prepayments';
  reason: string;
}

const PPM = 1_000_000;
/** The highest early-repayment fee accepted: 10 % of the amount repaid early. */
const MAX_PREPAYMENT_FEE_PPM = 100_000;
/** A sane ceiling: 100 %/yr, or its daily equivalent (× 365), or a fee per period × 12. */
const MAX_ANNUAL_PPM = PPM;
const MAX_DAILY_PPM = Math.floor(MAX_ANNUAL_PPM / 365);
const MAX_TERM = 360;
/** Jiebei's split (LN2): 12 months, the first 6 interest only. */
const SPLIT_TERM = 12;
const SPLIT_AT = 6;

/** round(a × b / c) half-up for a, b ≥ 0, c > 0, exactly: a balance × ppm × days passes 2^53. */
function mulDivRound(a: number, b: number, c: number): number {
  return Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)));
}

/** The monthly rate that levels a 等额本息 payment: annual / 12, or daily × 365 / 12 (IN8's daily × 365). */
function monthlyRate(rate: LoanRate): number {
  return (rate.basis === 'annual' ? rate.ppm : rate.ppm * 365) / 12 / PPM;
}

/** The level payment that repays `balance` in `n` months at monthly rate `r`, to the fen. */
function levelPayment(balance: Minor, r: number, n: number): Minor {
  return Math.round(r === 0 ? balance / n : (balance * r) / (1 - (1 + r) ** -n));
}

/**
 * Interest on `balance` from `from` to `to`. A daily rate counts the actual days (LN3: principal ×
 * daily rate × days). An annual rate charges annual / 12 for a whole period, as bank contracts and
 * the usual 等额本息 tables do (the first period counts as whole, however long), and annual / 365 a
 * day for a period an early repayment has broken, since only the days used count (LN4).
 */
function interestFor(balance: Minor, rate: LoanRate, from: Day, to: Day, wholePeriod: boolean): Minor {
  if (rate.basis === 'annual' && wholePeriod) return mulDivRound(balance, rate.ppm, 12 * PPM);
  return mulDivRound(balance, rate.ppm * daysBetween(from, to), rate.basis === 'annual' ? 365 * PPM : PPM);
}

/** Whether installment `i` (0-based) of `method` repays principal by a level payment. */
function isLevelled(method: LoanMethod, i: number): boolean {
  return method === 'equal-payment' || (method === 'interest-only-then-equal' && i >= SPLIT_AT);
}

/** What is wrong with the terms before any prepayment is applied; null when nothing. */
function termsError(t: LoanTerms): LoanError | null {
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if (!whole(t.principal) || t.principal < 1) return { field: 'principal', reason: 'principal must be a whole number of fen ≥ 1' };
  const maxRate = t.rate.basis === 'annual' ? MAX_ANNUAL_PPM : MAX_DAILY_PPM;
  if (!whole(t.rate.ppm) || t.rate.ppm > maxRate)
    return { field: 'rate', reason: `rate must be a whole ppm from 0 to ${maxRate} (100 %/yr)` };
  if (!whole(t.feePerPeriodPpm) || t.feePerPeriodPpm * 12 > MAX_ANNUAL_PPM)
    return { field: 'rate', reason: 'fee per period must be a whole ppm, at most 100 %/yr over 12 periods' };
  if (!whole(t.term) || t.term < 1 || t.term > MAX_TERM) return { field: 'term', reason: `term must be 1 to ${MAX_TERM} months` };
  if (t.method === 'interest-only-then-equal' && t.term !== SPLIT_TERM)
    return { field: 'term', reason: `6 months interest-only then 6 equal needs a term of ${SPLIT_TERM}` };
  if (t.firstDue <= t.startDate) return { field: 'firstDue', reason: 'the first due day must come after the start date' };
  const prepaymentFee = t.prepaymentFeePpm ?? 0;
  if (!whole(prepaymentFee) || prepaymentFee > MAX_PREPAYMENT_FEE_PPM)
    return { field: 'prepayments', reason: 'the early-repayment fee must be a whole ppm from 0 to 10 %' };
  for (const p of t.prepayments) {
    if (!whole(p.amount) || p.amount < 1) return { field: 'prepayments', reason: 'a prepayment must be a whole number of fen ≥ 1' };
    if (p.date < t.startDate) return { field: 'prepayments', reason: `the prepayment on ${p.date} is before the start date` };
  }
  return null;
}

/** The rows of valid terms, or the rows up to the first prepayment that exceeds the balance, and why. */
function walk(t: LoanTerms): { rows: LoanRow[]; prepaymentError: string | null } {
  const fee = mulDivRound(t.principal, t.feePerPeriodPpm, PPM);
  const prepayments = [...t.prepayments].sort((a, b) => compareDays(a.date, b.date));
  const rows: LoanRow[] = [];
  let balance = t.principal;
  let last = t.startDate;
  let periodStart = t.startDate;
  let broken = false;
  let payment: Minor | null = null;
  let next = 0;
  const push = (due: Day, principal: Minor, interest: Minor, rowFee: Minor) => {
    balance -= principal;
    rows.push({ seq: rows.length + 1, due, principal, interest, fee: rowFee, amount: principal + interest + rowFee, balance });
    last = due;
  };
  const above = (p: Prepayment) => `the prepayment of ${p.amount} on ${p.date} is above the ${balance} outstanding then`;
  for (let i = 0; i < t.term; i++) {
    const due = monthlyDue(t.firstDue, i);
    for (; next < prepayments.length && prepayments[next]!.date < due; next++) {
      const p = prepayments[next]!;
      if (p.amount > balance) return { rows, prepaymentError: above(p) };
      push(p.date, p.amount, interestFor(balance, t.rate, last, p.date, false), mulDivRound(p.amount, t.prepaymentFeePpm ?? 0, PPM));
      broken ||= p.date > periodStart;
      payment = null;
      if (balance === 0) return { rows, prepaymentError: next + 1 < prepayments.length ? above(prepayments[next + 1]!) : null };
    }
    const interest = interestFor(balance, t.rate, last, due, !broken);
    let principal = 0;
    if (i === t.term - 1) principal = balance;
    else if (t.method === 'equal-principal') principal = Math.ceil(balance / (t.term - i));
    else if (isLevelled(t.method, i)) {
      payment ??= levelPayment(balance, monthlyRate(t.rate), t.term - i);
      principal = Math.min(Math.max(payment - interest, 0), balance);
    }
    push(due, principal, interest, fee);
    periodStart = due;
    broken = false;
  }
  return { rows, prepaymentError: next < prepayments.length ? above(prepayments[next]!) : null };
}

function check(terms: LoanTerms): { error: LoanError | null; rows: LoanRow[] } {
  const error = termsError(terms);
  if (error) return { error, rows: [] };
  const { rows, prepaymentError } = walk(terms);
  return { error: prepaymentError ? { field: 'prepayments', reason: prepaymentError } : null, rows };
}

/**
 * What makes `terms` unusable, or null: principal below 1 fen; a rate (or fee per period × 12)
 * above 100 %/yr; a term outside 1–360, or other than 12 for interest-only-then-equal (LN2); a first
 * due day not after the start; a prepayment before the start, or above the balance outstanding on
 * its day (one after the loan is repaid included).
 * @example loanError({ ...terms, term: 0 }) // { field: 'term', reason: 'term must be 1 to 360 months' }
 */
export function loanError(terms: LoanTerms): LoanError | null {
  // Only a prepayment can be refused on the way through the schedule: without one, the terms alone
  // decide (every loan is checked on every read of storage).
  return terms.prepayments.length === 0 ? termsError(terms) : check(terms).error;
}

/**
 * The payments of a loan, in date order: one row per scheduled installment on `monthlyDue(firstDue, n)`,
 * and one row per prepayment dated on its own day, carrying its principal, the interest accrued since
 * the previous row (the days used, LN3, LN4) and, as its fee, the contract's early-repayment fee
 * (`prepaymentFeePpm`, none by default). A prepayment on a due day comes after that day's installment. One that clears the balance is the last row: nothing is due after.
 *
 * - Principal: 等额本息 levels `principal + interest` at the monthly rate, re-levelled over the
 *   remaining installments after a prepayment; 等额本金 splits the balance left evenly over the
 *   installments left, the extra fen first (`splitEvenly`'s split, re-split after a prepayment);
 *   先息后本 repays it all with the last; interest-only-then-equal is 6 interest-only then 6 等额本息
 *   on the balance then. The last installment takes whatever balance is left, so principal sums to
 *   the loan exactly and the balance ends at 0; a level payment below the interest repays nothing.
 * - Interest: on the balance, half-up to the fen (see `interestFor`).
 * - Fee: round(original principal × feePerPeriodPpm) on every installment, whatever the balance (LN7).
 * Throws RangeError for terms `loanError` refuses.
 * @example loanSchedule({ principal: 1_000_000, rate: { basis: 'annual', ppm: 120_000 }, term: 12, method: 'equal-payment', … })[0].amount // 88_849
 */
export function loanSchedule(terms: LoanTerms): LoanRow[] {
  const { error, rows } = check(terms);
  if (error) throw new RangeError(`${error.field}: ${error.reason}`);
  return rows;
}

/**
 * The monthly internal rate of return of `cashflows` (index = month; one outflow at 0, then inflows
 * that repay at least it): the r where Σ cf_k / (1 + r)^k = 0, by bisection to 1e-12. This is the
 * compound (IRR) method of IN7, which prices fees on the original principal at their true cost (IN6).
 * Throws RangeError for any other shape of flows.
 * @example irrMonthly([-12_000, ...Array(12).fill(1_072)]) // ≈ 0.01086 (a 0.6 % fee a month, IN8)
 */
export function irrMonthly(cashflows: readonly number[]): number {
  const npv = (r: number) => cashflows.reduce((sum, cf, k) => sum + cf / (1 + r) ** k, 0);
  if (!((cashflows[0] ?? 0) < 0) || cashflows.slice(1).some((cf) => cf < 0) || npv(0) < 0)
    throw new RangeError('cash flows must be one outflow, then inflows that repay at least it');
  let lo = 0;
  let hi = 1;
  while (npv(hi) > 0) hi *= 2;
  while (hi - lo > 1e-12) {
    const mid = (lo + hi) / 2;
    if (npv(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Totals and the annualised rate of a loan (年化利率, IN6) by IRR over its actual payments: −principal
 * at month 0, each row in the month of the first due day on or after it (a prepayment in the month
 * it falls in; day counts within a month are ignored, as IN7's IRR is per period).
 * Throws RangeError for terms `loanError` refuses.
 * @example loanSummary({ principal: 1_200_000, rate: { basis: 'annual', ppm: 0 }, term: 12, method: 'equal-principal', feePerPeriodPpm: 6_000, … })
 *          // { annualRatePpm: ≈ 130_300, effectiveAnnualRatePpm: ≈ 138_000, … } (IN8)
 */
export function loanSummary(terms: LoanTerms): LoanSummary {
  const rows = loanSchedule(terms);
  const flows = [-terms.principal];
  let month = 1;
  for (const row of rows) {
    while (row.due > monthlyDue(terms.firstDue, month - 1)) month++;
    flows[month] = (flows[month] ?? 0) + row.amount;
  }
  const r = irrMonthly(flows);
  const total = (key: 'interest' | 'fee' | 'amount') => rows.reduce((sum, row) => sum + row[key], 0);
  const sources = new Set<FactId>(['IN6', 'IN7', terms.method === 'interest-only-then-equal' ? 'LN2' : 'LN1']);
  if (terms.rate.basis === 'daily') sources.add('IN8');
  if (terms.feePerPeriodPpm > 0) sources.add('IN8').add('LN7');
  if (terms.prepayments.length > 0) sources.add('LN3').add('LN4');
  return {
    totalInterest: total('interest'),
    totalFee: total('fee'),
    totalPaid: total('amount'),
    annualRatePpm: Math.round(r * 12 * PPM),
    effectiveAnnualRatePpm: Math.round(((1 + r) ** 12 - 1) * PPM),
    sources: [...sources],
  };
}

/** A rate line a loan's annual rate is above (see `rateLinesCrossed`). */
export type RateLine =
  | { id: 'licensed-24'; linePpm: 240_000; sources: FactId[] }
  | { id: 'private-4lpr'; linePpm: number; lprPpm: number; lprDate: Day; sources: FactId[] };

/** The 1-year LPR, latest fixing found (IN17): re-check it monthly, on the 20th. */
export const LPR_1Y: { ppm: 30_000; date: Day; sources: FactId[] } = { ppm: 30_000, date: '2026-09-20' as Day, sources: ['IN17'] };

/**
 * The court rate lines `annualRatePpm` (nominal, as `loanSummary` gives it) is above, strictly:
 * for a licensed lender (banks, consumer-finance and small-loan companies) the 24 %/yr beyond which
 * courts grant a reduction (IN13); for private lending 4 × the 1-year LPR at signing, beyond which
 * interest is not enforced (IN9; 12 % at an LPR of 3.0 %). Pass the LPR of the signing day with its
 * date; by default the latest one (LPR_1Y). Data to show, not a legal conclusion.
 * @example rateLinesCrossed(250_000, 'licensed') // [{ id: 'licensed-24', linePpm: 240_000, sources: ['IN13'] }]
 * @example rateLinesCrossed(110_000, 'private') // []
 */
export function rateLinesCrossed(
  annualRatePpm: number,
  lender: 'licensed' | 'private',
  lprPpm: number = LPR_1Y.ppm,
  lprDate: Day = LPR_1Y.date,
): RateLine[] {
  if (lender === 'licensed') return annualRatePpm > 240_000 ? [{ id: 'licensed-24', linePpm: 240_000, sources: ['IN13'] }] : [];
  const linePpm = 4 * lprPpm;
  return annualRatePpm > linePpm ? [{ id: 'private-4lpr', linePpm, lprPpm, lprDate, sources: ['IN9', ...LPR_1Y.sources] }] : [];
}
