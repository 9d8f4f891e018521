/**
 * The plan builder without the DOM ("I negotiated with my lender"): typed values in, a `PlanInput`
 * and its schedule out, or per-field errors.
 */
import type { PlanInput } from '../../domain/commands';
import { monthlyDue } from '../../domain/day';
import { DEBT_KINDS, LIMITS, type Day, type Debt, type DebtKind, type Plan } from '../../domain/model';
import { formatMoneyPlain } from '../../domain/money';
import { getPlanInstallments, headlineAmount, type Installment } from '../../domain/schedule';
import {
  parseCurrencyCode,
  parseDate,
  optional,
  parseGraceDays,
  problem,
  parseAmount,
  parseName,
  parseWhole,
  collect,
  parseText,
  type FieldsResult,
} from '../../domain/fields';

export interface PlanFormValues {
  name: string;
  kind: DebtKind;
  currency: string;
  /** The debt this plan settles; empty = none. */
  debtId: string;
  /** Without a linked debt: when the debt first fell overdue; empty = not known. */
  overdueSince: string;
  total: string;
  count: string;
  startDate: string;
  firstDue: string;
  downPayment: string;
  fee: string;
  /** Empty = the kind's default. */
  graceDays: string;
  note: string;
}

export const PLAN_FIELDS = [
  'name',
  'kind',
  'currency',
  'debtId',
  'overdueSince',
  'total',
  'count',
  'startDate',
  'firstDue',
  'downPayment',
  'fee',
  'graceDays',
  'note',
] as const satisfies readonly (keyof PlanFormValues)[];
export type PlanField = (typeof PLAN_FIELDS)[number];

/**
 * Starting values: a plan being edited, else a suggestion from the debt it settles (its name, kind and
 * amount), else empty with today as the start and the first installment a month later.
 */
export function planFormValues(initial: Partial<PlanInput> | undefined, currency: string, today: Day): PlanFormValues {
  const start = initial?.startDate ?? today;
  return {
    name: initial?.name ?? '',
    kind: initial?.kind ?? 'huabei',
    currency: initial?.currency ?? currency,
    debtId: initial?.debtId ?? '',
    overdueSince: initial?.overdueSince ?? '',
    total: initial?.total !== undefined ? formatMoneyPlain(initial.total) : '',
    count: initial?.count !== undefined ? String(initial.count) : '12',
    startDate: start,
    firstDue: initial?.firstDue ?? monthlyDue(start, 1),
    downPayment: initial?.downPayment ? formatMoneyPlain(initial.downPayment) : '',
    fee: initial?.fee ? formatMoneyPlain(initial.fee) : '',
    graceDays: initial?.graceDays !== undefined ? String(initial.graceDays) : '',
    note: initial?.note ?? '',
  };
}

/** What a plan settling `debt` starts from: the debt's name, kind, currency and amount. */
export function planFromDebt(debt: Debt): Partial<PlanInput> {
  return { name: debt.name, kind: debt.kind, currency: debt.currency, debtId: debt.id, total: headlineAmount(debt) };
}

/**
 * The plan the values describe, or each invalid field's error. Beyond each field's own rule: the down
 * payment cannot exceed the total, and the first installment cannot come before the plan starts.
 * `customAmounts` (an edited plan's own installment amounts) are kept while they still fit the
 * count, total, down payment and fee; otherwise the balance is split evenly.
 */
export function validatePlanForm(values: PlanFormValues, customAmounts?: readonly number[]): FieldsResult<PlanField, PlanInput> {
  const total = parseAmount(values.total, { positive: true });
  const down = values.downPayment.trim() ? parseAmount(values.downPayment, { positive: false }) : 0;
  const start = parseDate(values.startDate);
  const first = parseDate(values.firstDue);
  // A linked debt says itself when it fell overdue (`planOriginalDue`); the field is kept only without one.
  const since = values.debtId ? null : optional(values.overdueSince, parseDate);
  const checked = collect({
    name: parseName(values.name),
    kind: DEBT_KINDS.includes(values.kind) ? values.kind : problem('kind-missing'),
    currency: parseCurrencyCode(values.currency),
    debtId: values.debtId,
    overdueSince: typeof since === 'string' && typeof start === 'string' && since > start ? problem('overdue-after-start') : since,
    total,
    count: parseWhole(values.count, 1, LIMITS.planInstallments, 'count-invalid'),
    startDate: start,
    firstDue: typeof first === 'string' && typeof start === 'string' && first < start ? problem('first-before-start') : first,
    downPayment: typeof down === 'number' && typeof total === 'number' && down > total ? problem('down-over-total') : down,
    fee: values.fee.trim() ? parseAmount(values.fee, { positive: false }) : 0,
    graceDays: optional(values.graceDays, parseGraceDays),
    note: parseText(values.note, LIMITS.noteLength),
  });
  if (!checked.ok) return checked;
  const { debtId, overdueSince, graceDays, ...c } = checked.value;
  const fits =
    customAmounts && customAmounts.length === c.count && customAmounts.reduce((a, b) => a + b, 0) === c.total - c.downPayment + c.fee;
  return {
    ok: true,
    value: {
      ...c,
      ...(debtId ? { debtId } : {}),
      ...(overdueSince ? { overdueSince } : {}),
      ...(graceDays !== null ? { graceDays } : {}),
      ...(fits ? { amounts: [...customAmounts] } : {}),
    },
  };
}

/** The schedule a valid plan input will have, for the preview; null while the values are invalid. */
export function previewPlan(values: PlanFormValues, today: Day, customAmounts?: readonly number[]): Installment[] | null {
  const result = validatePlanForm(values, customAmounts);
  if (!result.ok) return null;
  const plan: Plan = { ...result.value, id: 'preview', createdAt: today };
  return getPlanInstallments(plan);
}
