/**
 * A debt from the texts of its fields, the one reader behind the debt form and each CSV row: the same
 * parsers, limits and problems for both. Which fields are read depends on `billing`: a bill's amount
 * and recurrence, a statement account's statement day, due rule and current statement, a loan's terms.
 */
import type { DebtInput } from './commands';
import { addDaysToDay } from './day';
import {
  collect,
  optional,
  parseAmount,
  parseCurrencyCode,
  parseDailyRate,
  parseDate,
  parseDayOfMonth,
  parseGraceDays,
  parseKindField,
  parseMonths,
  parseName,
  parseText,
  parseWhole,
  problem,
  type FieldProblem,
  type FieldsResult,
} from './fields';
import { LOAN_METHODS, loanError, type LoanMethod } from './loan';
import { LIMITS, type Day, type DebtKind } from './model';
import { parsePercentPpm } from './rate';
import { STATEMENT_PRESETS, statementCycles, type MinimumRule } from './statement';
import { termsFromDue } from './statement-terms';

export const BILLINGS = ['bill', 'statement', 'loan'] as const;
export type Billing = (typeof BILLINGS)[number];
export const BILL_SCHEDULES = ['once', 'monthly', 'yearly'] as const;
export type BillSchedule = (typeof BILL_SCHEDULES)[number];

/** A debt's fields as typed or imported; empty optional fields take the kind's defaults. Only the fields of its `billing` are read. */
export interface DebtTexts {
  name: string;
  kind: string;
  currency: string;
  billing: Billing;
  /** A bill's amount per occurrence, or a statement account's current statement (本期应还). */
  amount: string;
  /** Bills: once on `due`, or recurring from it. */
  schedule: BillSchedule;
  /** A bill's (first) due date; a loan's first installment. */
  due: string;
  /** Months between a monthly bill's occurrences; empty = 1. */
  every: string;
  /** A monthly bill due on each month's last day. */
  lastDay: boolean;
  /** Number of occurrences of a recurring bill; empty = no end (or `until`). */
  months: string;
  /** The last day a recurring bill can fall due; empty = no end (or `months`). */
  until: string;
  /** 账单日 (1-31). */
  statementDay: string;
  dueRule: 'offset' | 'fixed';
  /** Days after the statement day (offset), or the day of the month (fixed). */
  dueDays: string;
  /** 最低还款额 of the current statement; empty = estimate from the account's rule. */
  minimum: string;
  /** The account's minimum rule, as % of a statement (0 = no minimum: pay in full); empty = the kind's (MP1, MP8, MP12). */
  minimumPercent: string;
  /** The rule's floor, an amount; empty = none. */
  minimumFloor: string;
  principal: string;
  /** The loan's rate in %, per day or per year (`rateBasis`). */
  loanRate: string;
  rateBasis: 'daily' | 'annual';
  /** Months. */
  term: string;
  /** The day the loan was received. */
  startDate: string;
  method: string;
  /** A fee per period on the original principal, in %; empty = none. */
  fee: string;
  lender: 'licensed' | 'private';
  graceDays: string;
  /** Daily penalty in % per day. */
  rate: string;
  note: string;
}

export type DebtTextField = Exclude<keyof DebtTexts, 'billing' | 'schedule' | 'lastDay' | 'dueRule' | 'rateBasis' | 'lender'>;

/** The texts of a debt with nothing typed yet: a one-off bill. */
export const EMPTY_DEBT_TEXTS: DebtTexts = {
  name: '',
  kind: '',
  currency: '',
  billing: 'bill',
  amount: '',
  schedule: 'once',
  due: '',
  every: '',
  lastDay: false,
  months: '',
  until: '',
  statementDay: '',
  dueRule: 'offset',
  dueDays: '',
  minimum: '',
  minimumPercent: '',
  minimumFloor: '',
  principal: '',
  loanRate: '',
  rateBasis: 'annual',
  term: '',
  startDate: '',
  method: 'equal-payment',
  fee: '',
  lender: 'licensed',
  graceDays: '',
  rate: '',
  note: '',
};

/** A percentage (`0.04`, `14.6%`) in ppm, no more than `maxPpm`. */
function parsePercent(
  text: string,
  maxPpm: number,
  reason: 'loan-rate-invalid' | 'fee-invalid' | 'minimum-percent-invalid',
): number | FieldProblem {
  return parsePercentPpm(text, maxPpm) ?? problem(reason, { value: text.trim() });
}

const parseEvery = (text: string) => parseWhole(text, 1, 12, 'every-invalid');
const parseTerm = (text: string) => parseWhole(text, 1, LIMITS.loanTerm, 'term-invalid');
const parseDueOffset = (text: string) => parseWhole(text, 1, 60, 'due-offset-invalid');
const parseMethod = (text: string): LoanMethod | FieldProblem =>
  (LOAN_METHODS as readonly string[]).includes(text.trim())
    ? (text.trim() as LoanMethod)
    : problem('method-unknown', { value: text.trim() });

/** The fields every debt has. */
function commonFields(texts: DebtTexts, kindAlias: ((text: string) => DebtKind | null) | undefined) {
  return {
    name: parseName(texts.name),
    kind: parseKindField(texts.kind, kindAlias),
    currency: parseCurrencyCode(texts.currency),
    graceDays: optional(texts.graceDays, parseGraceDays),
    rate: optional(texts.rate, parseDailyRate),
    note: parseText(texts.note, LIMITS.noteLength),
  };
}

type Common = { name: string; kind: DebtKind; currency: string; graceDays: number | null; rate: number | null; note: string };

const commonInput = (c: Common) => ({
  name: c.name,
  kind: c.kind,
  currency: c.currency,
  note: c.note,
  ...(c.graceDays !== null ? { graceDays: c.graceDays } : {}),
  ...(c.rate !== null ? { dailyRatePpm: c.rate } : {}),
});

function readBill(texts: DebtTexts, common: ReturnType<typeof commonFields>): FieldsResult<DebtTextField, DebtInput> {
  const recurring = texts.schedule !== 'once';
  const checked = collect({
    ...common,
    amount: parseAmount(texts.amount, { positive: true }),
    due: parseDate(texts.due),
    every: texts.schedule === 'monthly' && !texts.lastDay ? optional(texts.every, parseEvery) : null,
    months: recurring ? optional(texts.months, parseMonths) : null,
    until: recurring ? optional(texts.until, parseDate) : null,
  });
  if (!checked.ok) return checked;
  const c = checked.value;
  if (c.months !== null && c.until !== null) return { ok: false, errors: { until: problem('end-both') } };
  if (c.until !== null && c.until < c.due) return { ok: false, errors: { until: problem('until-before-first') } };
  const end = { ...(c.months !== null ? { count: c.months } : {}), ...(c.until !== null ? { until: c.until } : {}) };
  const recurrence =
    texts.schedule === 'once'
      ? { type: 'once' as const, dueDate: c.due }
      : texts.schedule === 'yearly'
        ? { type: 'yearly' as const, firstDue: c.due, ...end }
        : {
            type: 'monthly' as const,
            firstDue: c.due,
            ...(c.every !== null && c.every > 1 ? { every: c.every } : {}),
            ...(texts.lastDay ? { lastDay: true } : {}),
            ...end,
          };
  return { ok: true, value: { ...commonInput(c), amount: c.amount, recurrence } };
}

/** The statement day and due rule as typed; their cycle current on `today` (the latest statement day on or before it) is the one entered. */
function typedTerms(texts: DebtTexts, today: Day) {
  const checked = collect({
    statementDay: parseDayOfMonth(texts.statementDay),
    dueDays: texts.dueRule === 'offset' ? parseDueOffset(texts.dueDays) : parseDayOfMonth(texts.dueDays),
  });
  if (!checked.ok) return checked;
  const { statementDay, dueDays } = checked.value;
  const dueRule = texts.dueRule === 'offset' ? { type: 'offset' as const, days: dueDays } : { type: 'fixed' as const, day: dueDays };
  const firstStatement = statementCycles({ statementDay, dueRule }, addDaysToDay(today, -31), today).at(-1)!.statementDate;
  return { ok: true as const, value: { statementDay, dueRule, firstStatement } };
}

/** The account's minimum rule: as typed (0 % = none), the floor alone on the kind's share, or the kind's. */
function minimumRule(percentPpm: number | null, floor: number | null, preset: MinimumRule | null): MinimumRule | null {
  if (percentPpm === 0) return null;
  if (percentPpm === null) return preset && floor !== null ? { ...preset, floor } : preset;
  return { percentPpm, floor: floor ?? 0 };
}

/**
 * A statement account. With no statement day typed (the popup's short form, a CSV row with only a due
 * date) the terms come from the due date (`termsFromDue`); else from the statement day and due rule.
 */
function readStatement(texts: DebtTexts, common: ReturnType<typeof commonFields>, today: Day): FieldsResult<DebtTextField, DebtInput> {
  const fromDue = !texts.statementDay.trim();
  const checked = collect({
    ...common,
    amount: parseAmount(texts.amount, { positive: false }),
    minimum: optional(texts.minimum, (t) => parseAmount(t, { positive: false })),
    minimumPercent: optional(texts.minimumPercent, (t) => parsePercent(t, 1_000_000, 'minimum-percent-invalid')),
    minimumFloor: optional(texts.minimumFloor, (t) => parseAmount(t, { positive: false })),
    due: fromDue ? parseDate(texts.due) : null,
  });
  const typed = fromDue ? null : typedTerms(texts, today);
  if (!checked.ok || (typed && !typed.ok))
    return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...(typed && !typed.ok ? typed.errors : {}) } };
  const c = checked.value;
  if (c.minimum !== null && c.minimum > c.amount) return { ok: false, errors: { minimum: problem('minimum-over-amount') } };
  const terms = typed ? typed.value : termsFromDue(c.kind, c.due!);
  const current = terms.firstStatement;
  const preset = STATEMENT_PRESETS[c.kind];
  return {
    ok: true,
    value: {
      ...commonInput(c),
      billing: 'statement',
      ...terms,
      minimumRule: minimumRule(c.minimumPercent, c.minimumFloor, preset?.minimum ?? null),
      interestOn: preset?.interestOn ?? 'whole',
      statements: [{ statementDate: current, amount: c.amount, ...(c.minimum !== null ? { minimum: c.minimum } : {}) }],
    },
  };
}

function readLoan(texts: DebtTexts, common: ReturnType<typeof commonFields>): FieldsResult<DebtTextField, DebtInput> {
  const checked = collect({
    ...common,
    principal: parseAmount(texts.principal, { positive: true }),
    // At most 100 %/yr, or its daily equivalent: anything above is a typing slip, not a loan.
    loanRate: parsePercent(texts.loanRate, texts.rateBasis === 'daily' ? 2_740 : 1_000_000, 'loan-rate-invalid'),
    term: parseTerm(texts.term),
    startDate: parseDate(texts.startDate),
    due: parseDate(texts.due),
    method: parseMethod(texts.method),
    // At most 100 %/yr over 12 periods, as loanError allows.
    fee: optional(texts.fee, (t) => parsePercent(t, 83_333, 'fee-invalid')),
  });
  if (!checked.ok) return checked;
  const c = checked.value;
  const loan = {
    billing: 'loan' as const,
    principal: c.principal,
    rate: { basis: texts.rateBasis, ppm: c.loanRate },
    term: c.term,
    startDate: c.startDate,
    firstDue: c.due,
    method: c.method,
    feePerPeriodPpm: c.fee ?? 0,
    prepayments: [],
    lender: texts.lender,
  };
  if (c.due <= c.startDate) return { ok: false, errors: { due: problem('loan-first-before-start') } };
  if (c.method === 'interest-only-then-equal' && c.term !== 12) return { ok: false, errors: { term: problem('loan-method-term') } };
  // What the fields above do not catch (a fee and a rate too high together) is still refused, on the rate.
  const error = loanError(loan);
  if (error) return { ok: false, errors: { [LOAN_ERROR_FIELD[error.field]]: problem('loan-invalid') } };
  return { ok: true, value: { ...commonInput(c), ...loan } };
}

/** The text field a loan's cross-field problem is shown on. */
const LOAN_ERROR_FIELD = {
  principal: 'principal',
  rate: 'loanRate',
  term: 'term',
  firstDue: 'due',
  prepayments: 'principal',
} as const satisfies Record<NonNullable<ReturnType<typeof loanError>>['field'], DebtTextField>;

/**
 * The debt the texts describe, or each bad field's problem. `kindAlias` reads the names a kind goes by
 * (the importer's Chinese and English names); ids are always read. `today` places a statement
 * account's current statement.
 * @example readDebtFields({ ...texts, amount: '1,23' }, today) // { ok: false, errors: { amount: { reason: 'money-misplaced-comma', … } } }
 */
export function readDebtFields(
  texts: DebtTexts,
  today: Day,
  kindAlias?: (text: string) => DebtKind | null,
): FieldsResult<DebtTextField, DebtInput> {
  const common = commonFields(texts, kindAlias);
  switch (texts.billing) {
    case 'statement':
      return readStatement(texts, common, today);
    case 'loan':
      return readLoan(texts, common);
    default:
      return readBill(texts, common);
  }
}
