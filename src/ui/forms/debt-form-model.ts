/**
 * The debt form without the DOM: its values are the strings the user typed; `validateDebtForm` reads
 * them with the CSV importer's reader (`readDebtFields`) into a `DebtInput`, or says per field what is wrong.
 */
import type { DebtInput } from '../../domain/commands';
import { EMPTY_DEBT_TEXTS, readDebtFields, type DebtTextField, type DebtTexts } from '../../domain/debt-fields';
import type { FieldsResult } from '../../domain/fields';
import type { Day, DebtKind } from '../../domain/model';
import { formatMoneyPlain } from '../../domain/money';
import { formatPpmPercent } from '../../domain/rate';
import { STATEMENT_PRESETS } from '../../domain/statement';

/** The texts of every billing's fields, with the kind as chosen (the form always has one). */
export type DebtFormValues = Omit<DebtTexts, 'kind'> & { kind: DebtKind };

/** The fields in the order they appear, which is the order errors are focused in. */
export const DEBT_FIELDS = [
  'name',
  'kind',
  'amount',
  'minimum',
  'minimumPercent',
  'minimumFloor',
  'principal',
  'currency',
  'statementDay',
  'dueDays',
  'loanRate',
  'term',
  'startDate',
  'due',
  'every',
  'months',
  'until',
  'method',
  'fee',
  'graceDays',
  'rate',
  'note',
] as const satisfies readonly DebtTextField[];
export type DebtField = (typeof DEBT_FIELDS)[number];

/** How a kind is usually billed: cards and pay-later accounts by statement, Jiebei and loans in installments. */
export function usualBilling(kind: DebtKind): DebtTexts['billing'] {
  if (STATEMENT_PRESETS[kind]) return 'statement';
  return kind === 'jiebei' || kind === 'loan' ? 'loan' : 'bill';
}

/** A statement account's fields at the kind's preset (ST3, ST4, ST7, B1, B2, B9). */
export function statementPresetValues(kind: DebtKind): Pick<DebtFormValues, 'statementDay' | 'dueRule' | 'dueDays'> {
  const preset = STATEMENT_PRESETS[kind];
  if (!preset) return { statementDay: '', dueRule: 'offset', dueDays: '' };
  const rule = preset.dueRule;
  return { statementDay: String(preset.statementDay), dueRule: rule.type, dueDays: String(rule.type === 'offset' ? rule.days : rule.day) };
}

const ppm = (value: number | undefined) => (value !== undefined && value > 0 ? formatPpmPercent(value) : '');

/** The form's starting values: those of `initial` (a debt being edited or a suggestion), else empty. */
export function debtFormValues(initial: Partial<DebtInput> | undefined, currency: string): DebtFormValues {
  const kind = initial?.kind ?? 'huabei';
  const common = {
    ...EMPTY_DEBT_TEXTS,
    ...statementPresetValues(kind),
    name: initial?.name ?? '',
    kind,
    currency: initial?.currency ?? currency,
    graceDays: initial?.graceDays !== undefined ? String(initial.graceDays) : '',
    rate: initial?.dailyRatePpm !== undefined ? formatPpmPercent(initial.dailyRatePpm) : '',
    note: initial?.note ?? '',
  };
  if (initial?.billing === 'statement') {
    const latest = initial.statements?.reduce((a, b) => (a.statementDate >= b.statementDate ? a : b));
    const rule = initial.dueRule;
    return {
      ...common,
      billing: 'statement',
      statementDay: initial.statementDay !== undefined ? String(initial.statementDay) : common.statementDay,
      ...(rule ? { dueRule: rule.type, dueDays: String(rule.type === 'offset' ? rule.days : rule.day) } : {}),
      amount: latest ? formatMoneyPlain(latest.amount) : '',
      minimum: latest?.minimum !== undefined ? formatMoneyPlain(latest.minimum) : '',
      // The account's own rule, shown as it is stored (none = 0 %).
      ...(initial.minimumRule !== undefined
        ? {
            minimumPercent: initial.minimumRule ? formatPpmPercent(initial.minimumRule.percentPpm) : '0',
            minimumFloor: initial.minimumRule?.floor ? formatMoneyPlain(initial.minimumRule.floor) : '',
          }
        : {}),
    };
  }
  if (initial?.billing === 'loan') {
    return {
      ...common,
      billing: 'loan',
      principal: initial.principal !== undefined ? formatMoneyPlain(initial.principal) : '',
      loanRate: initial.rate ? formatPpmPercent(initial.rate.ppm) : '',
      rateBasis: initial.rate?.basis ?? 'annual',
      term: initial.term !== undefined ? String(initial.term) : '',
      startDate: initial.startDate ?? '',
      due: initial.firstDue ?? '',
      method: initial.method ?? 'equal-payment',
      fee: ppm(initial.feePerPeriodPpm),
      lender: initial.lender ?? 'licensed',
    };
  }
  const bill = initial as Partial<Extract<DebtInput, { amount: number }>> | undefined;
  const r = bill?.recurrence;
  return {
    ...common,
    billing: r || bill?.amount !== undefined ? 'bill' : usualBilling(kind),
    amount: bill?.amount !== undefined ? formatMoneyPlain(bill.amount) : '',
    schedule: r?.type ?? 'once',
    due: r ? (r.type === 'once' ? r.dueDate : r.firstDue) : '',
    every: r?.type === 'monthly' && r.every !== undefined ? String(r.every) : '',
    lastDay: r?.type === 'monthly' && r.lastDay === true,
    months: r && r.type !== 'once' && r.count !== undefined ? String(r.count) : '',
    until: r && r.type !== 'once' && r.until !== undefined ? r.until : '',
  };
}

/**
 * The debt the values describe, or each invalid field's error.
 * @example validateDebtForm({ ...values, amount: '1,23' }, today) // { ok: false, errors: { amount: { reason: 'money-misplaced-comma', … } } }
 */
export function validateDebtForm(values: DebtFormValues, today: Day): FieldsResult<DebtField, DebtInput> {
  return readDebtFields(values, today) as FieldsResult<DebtField, DebtInput>;
}
