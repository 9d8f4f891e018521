/**
 * The debt form without the DOM: its values are the strings the user typed; `validateDebtForm` reads
 * them with the CSV importer's reader (`readDebtFields`) into a `DebtInput`, or says per field what is wrong.
 */
import type { DebtInput } from '../../domain/commands';
import { readDebtFields } from '../../domain/debt-fields';
import type { FieldsResult } from '../../domain/fields';
import type { DebtKind } from '../../domain/model';
import { formatMoneyPlain } from '../../domain/money';
import { formatPpmPercent } from '../../domain/rate';

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

/**
 * The debt the values describe, or each invalid field's error.
 * @example validateDebtForm({ ...values, amount: '1,23' }) // { ok: false, errors: { amount: { reason: 'money-misplaced-comma', … } } }
 */
export function validateDebtForm(values: DebtFormValues): FieldsResult<DebtField, DebtInput> {
  const { schedule, ...texts } = values;
  return readDebtFields({ ...texts, monthly: schedule === 'monthly' });
}
