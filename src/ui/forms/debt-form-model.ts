/**
 * The debt form without the DOM: its values are the strings the user typed; `validateDebtForm` turns
 * them into a `DebtInput` or says, per field, what is wrong (a locale key and its parameters).
 */
import type { DebtInput } from '../../domain/commands';
import { parseDay } from '../../domain/day';
import { DEBT_KINDS, LIMITS, type Day, type DebtKind } from '../../domain/model';
import { formatMoneyPlain, parseMoney } from '../../domain/money';
import { formatPpmPercent, parsePercentPpm } from '../../domain/rate';
import { messageKey } from '../../text/message-key';

export interface DebtFormValues {
  name: string;
  kind: DebtKind;
  amount: string;
  currency: string;
  schedule: 'once' | 'monthly';
  /** The due date of a one-off debt, or the first due date of a monthly one (`YYYY-MM-DD`). */
  due: string;
  /** Number of monthly payments; empty = open-ended. */
  months: string;
  /** Empty = the kind's default. */
  graceDays: string;
  /** Daily penalty in % per day; empty = the kind's default. */
  rate: string;
  note: string;
}

/** The fields in the order they appear, which is the order errors are focused in. */
export const DEBT_FIELDS = [
  'name',
  'kind',
  'amount',
  'currency',
  'schedule',
  'due',
  'months',
  'graceDays',
  'rate',
  'note',
] as const satisfies readonly (keyof DebtFormValues)[];
export type DebtField = (typeof DEBT_FIELDS)[number];

/** What is wrong with one field: a message key and its `{name}` parameters. */
export interface FieldError {
  key: string;
  params?: Record<string, string | number>;
}

export type FormErrors<F extends string> = Partial<Record<F, FieldError>>;
export type FormResult<F extends string, T> = { ok: true; value: T } | { ok: false; errors: FormErrors<F> };

/** The form's starting values: those of `initial` (a debt being edited or a suggestion), else empty. */
export function debtFormValues(initial: Partial<DebtInput> | undefined, currency: string): DebtFormValues {
  const r = initial?.recurrence;
  return {
    name: initial?.name ?? '',
    kind: initial?.kind ?? 'huabei',
    amount: initial?.amount !== undefined ? formatMoneyPlain(initial.amount) : '',
    currency: initial?.currency ?? currency,
    schedule: r?.type ?? 'once',
    due: r ? (r.type === 'once' ? r.dueDate : r.firstDue) : '',
    months: r?.type === 'monthly' && r.count !== undefined ? String(r.count) : '',
    graceDays: initial?.graceDays !== undefined ? String(initial.graceDays) : '',
    rate: initial?.dailyRatePpm !== undefined ? formatPpmPercent(initial.dailyRatePpm) : '',
    note: initial?.note ?? '',
  };
}

/** The name, trimmed, or why it cannot be one. */
export function checkName(text: string): string | FieldError {
  const name = text.trim();
  if (!name) return { key: 'options_form_error_name_required' };
  if (name.length > LIMITS.nameLength) return { key: 'options_form_error_name_long', params: { max: LIMITS.nameLength } };
  return name;
}

/** An amount typed as text, in minor units, or the reason (parseMoney's, or zero when `positive`). */
export function checkMoney(text: string, { positive }: { positive: boolean }): number | FieldError {
  const parsed = parseMoney(text);
  if (!parsed.ok) return { key: messageKey('money_error', parsed.reason) };
  if (positive && parsed.minor === 0) return { key: 'options_form_error_amount_zero' };
  return parsed.minor;
}

/** A whole number in [min, max] typed as text, or an error naming the range. */
export function checkWhole(text: string, min: number, max: number, key: string): number | FieldError {
  const t = text.trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  return n >= min && n <= max ? n : { key, params: { min, max } };
}

/** Free text (a note, who called) trimmed, or an error when it is longer than `max` characters. */
export function checkLength(text: string, max: number): string | FieldError {
  return text.length > max ? { key: 'options_form_error_note_long', params: { max } } : text.trim();
}

/** Grace days typed as text: empty = null (the kind's default applies), else a whole number 0-60 (0 = no grace). */
export function checkGrace(text: string): number | null | FieldError {
  return text.trim() ? checkWhole(text, 0, LIMITS.graceDays, 'options_form_error_grace') : null;
}

export function checkDay(text: string): Day | FieldError {
  if (!text.trim()) return { key: 'options_form_error_date_required' };
  return parseDay(text.trim()) ?? { key: 'options_form_error_date_invalid' };
}

export function checkCurrency(text: string): string | FieldError {
  const t = text.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(t) ? t : { key: 'options_form_error_currency' };
}

const isError = (x: unknown): x is FieldError => typeof x === 'object' && x !== null && 'key' in x;

/**
 * Collects checked fields: each entry is a value or a FieldError; the result is every value, or every
 * error by field. Keeps each form's validation a flat list of checks.
 */
export function collect<C extends Record<string, unknown>>(
  checks: C,
): FormResult<keyof C & string, { [K in keyof C]: Exclude<C[K], FieldError> }> {
  const errors: FormErrors<keyof C & string> = {};
  for (const field of Object.keys(checks) as (keyof C & string)[]) {
    const value = checks[field];
    if (isError(value)) errors[field] = value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: checks as { [K in keyof C]: Exclude<C[K], FieldError> } };
}

/**
 * The debt the values describe, or each invalid field's error.
 * @example validateDebtForm({ ...values, amount: '1,23' }) // { ok: false, errors: { amount: { key: 'money_error_misplaced_comma' } } }
 */
export function validateDebtForm(values: DebtFormValues): FormResult<DebtField, DebtInput> {
  const checked = collect({
    name: checkName(values.name),
    kind: DEBT_KINDS.includes(values.kind) ? values.kind : { key: 'options_form_error_kind' },
    amount: checkMoney(values.amount, { positive: true }),
    currency: checkCurrency(values.currency),
    schedule: values.schedule,
    due: checkDay(values.due),
    months:
      values.schedule === 'monthly' && values.months.trim()
        ? checkWhole(values.months, 1, LIMITS.monthlyCount, 'options_form_error_months')
        : null,
    graceDays: checkGrace(values.graceDays),
    rate: values.rate.trim() ? (parsePercentPpm(values.rate) ?? { key: 'options_form_error_rate' }) : null,
    note: checkLength(values.note, LIMITS.noteLength),
  });
  if (!checked.ok) return checked;
  const c = checked.value;
  return {
    ok: true,
    value: {
      name: c.name,
      kind: c.kind,
      currency: c.currency,
      amount: c.amount,
      recurrence:
        c.schedule === 'once'
          ? { type: 'once', dueDate: c.due }
          : { type: 'monthly', firstDue: c.due, ...(c.months !== null ? { count: c.months } : {}) },
      note: c.note,
      ...(c.graceDays !== null ? { graceDays: c.graceDays } : {}),
      ...(c.rate !== null ? { dailyRatePpm: c.rate } : {}),
    },
  };
}
