/**
 * One parser per field, shared by every place a person types or imports one: the debt, plan, payment,
 * contact and settings forms and the CSV importer. Each takes the text as written and answers the
 * value or a `FieldProblem`: a reason id and its parameters, which src/text words once
 * (`fieldErrorKey`), so a bad amount reads the same in a form and in a refused file.
 */
import { parseDay } from './day';
import { DEBT_KINDS, LIMITS, type Day, type DebtKind, type Minor } from './model';
import { parseMoney, type MoneyError } from './money';
import { parsePercentPpm } from './rate';

/** Why a field is refused, besides parseMoney's reasons (`money-<reason>`); words in `field_error_<id>`. */
export const FIELD_REASONS = [
  'name-missing',
  'too-long',
  'kind-missing',
  'kind-unknown',
  'amount-zero',
  'date-missing',
  'date-invalid',
  'day-of-month-invalid',
  'currency-invalid',
  'months-invalid',
  'grace-invalid',
  'rate-invalid',
  'count-invalid',
  /** A clock time (HH:MM), and a date with a time. */
  'time-invalid',
  'datetime-invalid',
  /** Rules across a plan's fields. */
  'first-before-start',
  'down-over-total',
  'overdue-after-start',
  /** A recurring bill's and a statement account's fields. */
  'every-invalid',
  'end-both',
  'until-before-first',
  'due-offset-invalid',
  'minimum-over-amount',
  'minimum-percent-invalid',
  /** A loan's fields, and its terms read together. */
  'loan-rate-invalid',
  'fee-invalid',
  'term-invalid',
  'method-unknown',
  'loan-first-before-start',
  'loan-method-term',
  'loan-invalid',
  /** The account view's changes: an early repayment, a postponement. */
  'prepayment-invalid',
  'prepayment-fee-invalid',
  'postpone-not-later',
  /** The paydays settings: two paydays on one day, an amount available of zero. */
  'paydays-same',
  'available-zero',
  /** What to pay first: the next payday is a day after today. */
  'payday-not-after-today',
] as const;
export type FieldReason = (typeof FIELD_REASONS)[number] | `money-${MoneyError}`;

/** What is wrong with one field; `params` fill the message (`value` is the text as written). */
export interface FieldProblem {
  reason: FieldReason;
  params?: Readonly<Record<string, string | number>>;
}

export const problem = (reason: FieldReason, params?: FieldProblem['params']): FieldProblem => (params ? { reason, params } : { reason });

export const isProblem = (x: unknown): x is FieldProblem => typeof x === 'object' && x !== null && 'reason' in x;

/** A debt's or plan's name, trimmed. */
export function parseName(text: string): string | FieldProblem {
  const name = text.trim();
  if (!name) return problem('name-missing');
  return name.length > LIMITS.nameLength ? problem('too-long', { max: LIMITS.nameLength }) : name;
}

/** Free text (a note, who called), trimmed, at most `max` characters. */
export function parseText(text: string, max: number): string | FieldProblem {
  const trimmed = text.trim();
  return trimmed.length > max ? problem('too-long', { max }) : trimmed;
}

/** A kind: its id, or a name `alias` knows (the importer's Chinese and English names). */
export function parseKindField(text: string, alias: (text: string) => DebtKind | null = () => null): DebtKind | FieldProblem {
  const t = text.trim();
  if (!t) return problem('kind-missing');
  return (DEBT_KINDS as readonly string[]).includes(t) ? (t as DebtKind) : (alias(t) ?? problem('kind-unknown', { value: t }));
}

/** An amount as people write it (¥1,234.56, 1234元), in minor units; zero only when not `positive`. */
export function parseAmount(text: string, { positive }: { positive: boolean }): Minor | FieldProblem {
  const parsed = parseMoney(text);
  if (!parsed.ok) return problem(`money-${parsed.reason}`, { value: text.trim() });
  return positive && parsed.minor === 0 ? problem('amount-zero') : parsed.minor;
}

/** `2026-03-08`, `2026-3-8`, `2026/03/08`, `2026.3.8` or `2026年3月8日` (what spreadsheets turn dates into). */
export function parseDate(text: string): Day | FieldProblem {
  const t = text.normalize('NFKC').trim();
  if (!t) return problem('date-missing');
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  return (m && parseDay(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)) || problem('date-invalid', { value: t });
}

/** A three-letter currency code, upper-cased. */
export function parseCurrencyCode(text: string): string | FieldProblem {
  const t = text.normalize('NFKC').trim();
  return /^[a-z]{3}$/i.test(t) ? t.toUpperCase() : problem('currency-invalid', { value: t });
}

/** A whole number in [min, max], allowing a trailing unit such as 日, 号, 天 or 期; `reason` says which. */
export function parseWhole(text: string, min: number, max: number, reason: FieldReason): number | FieldProblem {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{1,4})\s*(?:日|号|天|期|days?)?$/i.exec(t);
  const n = m ? Number(m[1]) : NaN;
  return n >= min && n <= max ? n : problem(reason, { value: t, min, max });
}

/** An optional field: empty = null (a default applies), else `parse`'s answer. */
export function optional<T>(text: string, parse: (text: string) => T | FieldProblem): T | null | FieldProblem {
  return text.trim() ? parse(text) : null;
}

/** Grace days: 0 (none) to LIMITS.graceDays. */
export const parseGraceDays = (text: string) => parseWhole(text, 0, LIMITS.graceDays, 'grace-invalid');
/** Payments of a monthly debt with an end. */
export const parseMonths = (text: string) => parseWhole(text, 1, LIMITS.monthlyCount, 'months-invalid');
/** A day of the month (1-31). */
export const parseDayOfMonth = (text: string) => parseWhole(text, 1, 31, 'day-of-month-invalid');

/** A daily penalty rate as a percentage (`0.05`, `0.05%`), in parts per million. */
export function parseDailyRate(text: string): number | FieldProblem {
  return parsePercentPpm(text) ?? problem('rate-invalid', { value: text.trim() });
}

export type FieldProblems<F extends string> = Partial<Record<F, FieldProblem>>;
export type FieldsResult<F extends string, T> = { ok: true; value: T } | { ok: false; errors: FieldProblems<F> };

/**
 * Collects checked fields: each entry is a value or a FieldProblem; the result is every value, or every
 * problem by field. Keeps each reader's validation a flat list of parsers.
 */
export function collect<C extends Record<string, unknown>>(
  checks: C,
): FieldsResult<keyof C & string, { [K in keyof C]: Exclude<C[K], FieldProblem> }> {
  const errors: FieldProblems<keyof C & string> = {};
  for (const field of Object.keys(checks) as (keyof C & string)[]) {
    const value = checks[field];
    if (isProblem(value)) errors[field] = value;
  }
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, value: checks as { [K in keyof C]: Exclude<C[K], FieldProblem> } };
}
