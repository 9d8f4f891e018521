// The forms' validation without the DOM: every field's rule, as a table of named cases.
import { describe, expect, it } from 'vitest';
import type { Day, Debt, Plan } from '../../src/domain/model';
import { EMPTY_DEBT_TEXTS } from '../../src/domain/debt-fields';
import { parseDebtsCsv } from '../../src/io/csv';
import { fieldErrorKey } from '../../src/text/field-errors';
import { debtFormValues, validateDebtForm, type DebtField, type DebtFormValues } from '../../src/ui/forms/debt-form-model';
import { planFormValues, planFromDebt, previewPlan, validatePlanForm, type PlanFormValues } from '../../src/ui/forms/plan-form-model';

const TODAY = '2026-03-01' as Day;
const DEBT: DebtFormValues = {
  ...EMPTY_DEBT_TEXTS,
  name: '花呗 3月',
  kind: 'huabei',
  amount: '1,234.56',
  currency: 'CNY',
  schedule: 'once',
  due: '2026-03-10',
};

describe('the debt form and a CSV row read a field the same way', () => {
  const CSV_HEADER = 'name,kind,amount,currency,due_date,months,grace_days,penalty_rate,note';
  const csvRow = (v: DebtFormValues) =>
    [v.name, v.kind, v.amount, v.currency, v.due, v.months, v.graceDays, v.rate, v.note].map((c) => `"${c}"`).join(',');
  it.each([
    { field: 'name', change: { name: ' ' } },
    { field: 'name', change: { name: 'x'.repeat(81) } },
    { field: 'amount', change: { amount: '12abc' } },
    { field: 'amount', change: { amount: '1,23' } },
    { field: 'amount', change: { amount: '0' } },
    { field: 'currency', change: { currency: 'yuan' } },
    { field: 'due', change: { due: '2026-02-30' } },
    { field: 'months', change: { schedule: 'monthly', months: '601' } },
    { field: 'graceDays', change: { graceDays: '61' } },
    { field: 'rate', change: { rate: '11' } },
    { field: 'note', change: { note: 'x'.repeat(1001) } },
  ] as { field: DebtField; change: Partial<DebtFormValues> }[])('$field: $change', ({ field, change }) => {
    const values = { ...DEBT, ...change };
    const form = validateDebtForm(values, TODAY);
    const csv = parseDebtsCsv(`${CSV_HEADER}\n${csvRow(values)}`, TODAY);
    expect(form.ok || csv.ok).toBe(false);
    if (form.ok || csv.ok) return;
    expect(csv.errors).toHaveLength(1);
    expect(csv.errors[0]!.reason).toBe(form.errors[field]!.reason);
  });
});

describe('validateDebtForm', () => {
  it.each([
    {
      name: 'a one-off debt',
      change: {},
      value: {
        name: '花呗 3月',
        kind: 'huabei',
        amount: 123456,
        currency: 'CNY',
        recurrence: { type: 'once', dueDate: '2026-03-10' },
        note: '',
      },
    },
    {
      name: 'a monthly bill with a count',
      change: { schedule: 'monthly', months: '12' },
      value: { recurrence: { type: 'monthly', firstDue: '2026-03-10', count: 12 } },
    },
    {
      name: 'an open-ended monthly bill',
      change: { schedule: 'monthly' },
      value: { recurrence: { type: 'monthly', firstDue: '2026-03-10' } },
    },
    { name: 'months ignored for a one-off', change: { months: 'abc' }, value: { recurrence: { type: 'once', dueDate: '2026-03-10' } } },
    {
      name: 'grace, rate, note and a lower-case currency',
      change: { graceDays: '3', rate: '0.05%', note: '  call back  ', currency: 'usd' },
      value: { graceDays: 3, dailyRatePpm: 500, note: 'call back', currency: 'USD' },
    },
    { name: 'name trimmed', change: { name: '  Card  ' }, value: { name: 'Card' } },
  ] as { name: string; change: Partial<DebtFormValues>; value: object }[])('accepts $name', ({ change, value }) => {
    const result = validateDebtForm({ ...DEBT, ...change }, TODAY);
    expect(result).toMatchObject({ ok: true, value });
  });

  it.each([
    { name: 'empty name', change: { name: '  ' }, field: 'name', key: 'field_error_name_missing' },
    { name: 'name over 80', change: { name: 'x'.repeat(81) }, field: 'name', key: 'field_error_too_long' },
    { name: 'empty amount', change: { amount: '' }, field: 'amount', key: 'money_error_empty' },
    { name: 'letters in the amount', change: { amount: '12abc' }, field: 'amount', key: 'money_error_not_a_number' },
    { name: 'misplaced comma', change: { amount: '1,23' }, field: 'amount', key: 'money_error_misplaced_comma' },
    { name: 'three decimals', change: { amount: '1.234' }, field: 'amount', key: 'money_error_too_many_decimals' },
    { name: 'negative amount', change: { amount: '-5' }, field: 'amount', key: 'money_error_negative' },
    { name: 'zero amount', change: { amount: '0' }, field: 'amount', key: 'field_error_amount_zero' },
    { name: 'bad currency', change: { currency: 'yuan' }, field: 'currency', key: 'field_error_currency_invalid' },
    { name: 'no due date', change: { due: '' }, field: 'due', key: 'field_error_date_missing' },
    { name: 'impossible due date', change: { due: '2026-02-30' }, field: 'due', key: 'field_error_date_invalid' },
    { name: 'zero months', change: { schedule: 'monthly', months: '0' }, field: 'months', key: 'field_error_months_invalid' },
    { name: 'grace over 60', change: { graceDays: '61' }, field: 'graceDays', key: 'field_error_grace_invalid' },
    { name: 'fractional grace', change: { graceDays: '1.5' }, field: 'graceDays', key: 'field_error_grace_invalid' },
    { name: 'rate over 10 %', change: { rate: '11' }, field: 'rate', key: 'field_error_rate_invalid' },
    { name: 'note over 1000', change: { note: 'x'.repeat(1001) }, field: 'note', key: 'field_error_too_long' },
  ] as { name: string; change: Partial<DebtFormValues>; field: string; key: string }[])('refuses $name', ({ change, field, key }) => {
    const result = validateDebtForm({ ...DEBT, ...change }, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.errors)).toEqual([field]);
      expect(fieldErrorKey(result.errors[field as DebtField]!.reason)).toBe(key);
    }
  });

  it.each([
    { name: 'empty: none given, the kind’s default applies', typed: '', expected: undefined },
    { name: 'spaces only: none given', typed: '  ', expected: undefined },
    { name: '0: no grace', typed: '0', expected: 0 },
    { name: '5', typed: ' 5 ', expected: 5 },
  ])('grace days $name', ({ typed, expected }) => {
    const result = validateDebtForm({ ...DEBT, graceDays: typed }, TODAY);
    expect(result.ok && result.value.graceDays).toBe(expected);
    expect(result.ok && 'graceDays' in result.value).toBe(expected !== undefined);
  });

  it.each([
    { name: 'none given shows an empty field', graceDays: undefined, shown: '' },
    { name: '0 shows 0', graceDays: 0, shown: '0' },
    { name: '3 shows 3', graceDays: 3, shown: '3' },
  ])('editing a debt: grace $name, and saving unchanged keeps it', ({ graceDays, shown }) => {
    const debt: Debt = {
      id: 'd1',
      name: 'Card',
      kind: 'credit-card',
      currency: 'CNY',
      amount: 5,
      recurrence: { type: 'once', dueDate: TODAY },
      ...(graceDays === undefined ? {} : { graceDays }),
      note: '',
      createdAt: TODAY,
    };
    const values = debtFormValues(debt, 'CNY');
    expect(values.graceDays).toBe(shown);
    const { id: _id, createdAt: _c, ...input } = debt;
    expect(validateDebtForm(values, TODAY)).toEqual({ ok: true, value: input });
  });

  it('reports every invalid field at once', () => {
    const result = validateDebtForm({ ...DEBT, name: '', amount: 'x', due: '' }, TODAY);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual(['name', 'amount', 'due']);
  });

  it('round-trips a stored debt through the form values', () => {
    const debt: Debt = {
      id: 'd1',
      name: 'Card',
      kind: 'credit-card',
      currency: 'CNY',
      amount: 5,
      recurrence: { type: 'monthly', firstDue: '2026-01-31' as Day, count: 6 },
      graceDays: 3,
      dailyRatePpm: 1234,
      note: 'n',
      createdAt: TODAY,
    };
    const { id: _id, createdAt: _c, ...input } = debt;
    expect(validateDebtForm(debtFormValues(debt, 'USD'), TODAY)).toEqual({ ok: true, value: input });
  });

  it('starts empty with the default currency', () => {
    expect(debtFormValues(undefined, 'USD')).toMatchObject({ name: '', amount: '', currency: 'USD', schedule: 'once', due: '' });
  });
});

const PLAN: PlanFormValues = {
  name: '借呗 协商',
  kind: 'jiebei',
  currency: 'CNY',
  debtId: '',
  overdueSince: '',
  total: '12,000',
  count: '12',
  startDate: '2026-03-01',
  firstDue: '2026-04-01',
  downPayment: '',
  fee: '',
  graceDays: '',
  note: '',
};

describe('validatePlanForm', () => {
  it('keeps no date of its own for a plan on a linked debt (the debt tells when it fell overdue)', () => {
    const result = validatePlanForm({ ...PLAN, debtId: 'd1', overdueSince: '2025-11-10' });
    expect(result.ok && 'overdueSince' in result.value).toBe(false);
  });

  it.each([
    {
      name: 'a plain plan',
      change: {},
      value: { total: 1_200_000, count: 12, downPayment: 0, fee: 0, startDate: '2026-03-01', firstDue: '2026-04-01' },
    },
    {
      name: 'down payment, fee, grace and the debt it settles',
      change: { downPayment: '1000', fee: '120', graceDays: '3', debtId: 'd1' },
      value: { downPayment: 100_000, fee: 12_000, graceDays: 3, debtId: 'd1' },
    },
    { name: 'a first installment on the day of agreement', change: { firstDue: '2026-03-01' }, value: { firstDue: '2026-03-01' } },
    { name: 'a down payment of the whole total', change: { downPayment: '12000' }, value: { downPayment: 1_200_000 } },
    { name: 'when the debt first fell overdue', change: { overdueSince: '2025-11-10' }, value: { overdueSince: '2025-11-10' } },
  ] as { name: string; change: Partial<PlanFormValues>; value: object }[])('accepts $name', ({ change, value }) => {
    expect(validatePlanForm({ ...PLAN, ...change })).toMatchObject({ ok: true, value });
  });

  it.each([
    { name: 'zero total', change: { total: '0' }, field: 'total', key: 'field_error_amount_zero' },
    { name: 'total with letters', change: { total: 'lots' }, field: 'total', key: 'money_error_not_a_number' },
    { name: 'no installments', change: { count: '0' }, field: 'count', key: 'field_error_count_invalid' },
    { name: 'more than 120 installments', change: { count: '121' }, field: 'count', key: 'field_error_count_invalid' },
    {
      name: 'a debt overdue only after the agreement',
      change: { overdueSince: '2026-03-02' },
      field: 'overdueSince',
      key: 'field_error_overdue_after_start',
    },
    {
      name: 'an overdue date that is not a date',
      change: { overdueSince: 'soon' },
      field: 'overdueSince',
      key: 'field_error_date_invalid',
    },
    {
      name: 'a first installment before the agreement',
      change: { firstDue: '2026-02-28' },
      field: 'firstDue',
      key: 'field_error_first_before_start',
    },
    {
      name: 'a down payment over the total',
      change: { downPayment: '12000.01' },
      field: 'downPayment',
      key: 'field_error_down_over_total',
    },
    { name: 'a fee with three decimals', change: { fee: '1.001' }, field: 'fee', key: 'money_error_too_many_decimals' },
    { name: 'no start date', change: { startDate: '' }, field: 'startDate', key: 'field_error_date_missing' },
  ] as { name: string; change: Partial<PlanFormValues>; field: string; key: string }[])('refuses $name', ({ change, field, key }) => {
    const result = validatePlanForm({ ...PLAN, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(fieldErrorKey(result.errors[field as keyof typeof result.errors]!.reason)).toBe(key);
  });

  it.each([
    { typed: '', expected: undefined },
    { typed: '0', expected: 0 },
    { typed: '3', expected: 3 },
  ])('grace days "$typed" → $expected (empty: none given, the kind’s default applies)', ({ typed, expected }) => {
    const result = validatePlanForm({ ...PLAN, graceDays: typed });
    expect(result.ok && result.value.graceDays).toBe(expected);
    expect(result.ok && 'graceDays' in result.value).toBe(expected !== undefined);
  });

  it.each([
    { name: 'kept while they fit', amounts: [500_000, 700_000], values: { count: '2' }, kept: true },
    { name: 'dropped when the count changes', amounts: [500_000, 700_000], values: { count: '3' }, kept: false },
    { name: 'dropped when the total changes', amounts: [500_000, 700_000], values: { count: '2', total: '12,000.01' }, kept: false },
  ])('custom amounts are $name', ({ amounts, values, kept }) => {
    const result = validatePlanForm({ ...PLAN, ...values }, amounts);
    expect(result.ok && result.value.amounts).toEqual(kept ? amounts : undefined);
  });
});

describe('previewPlan and the starting values', () => {
  it('previews the schedule that will be saved: down payment first, amounts adding up to the fen', () => {
    const preview = previewPlan({ ...PLAN, total: '1000', downPayment: '100', fee: '0.01', count: '3' }, TODAY)!;
    expect(preview.map((i) => [i.seq, i.due, i.amount])).toEqual([
      [0, '2026-03-01', 10_000],
      [1, '2026-04-01', 30_001],
      [2, '2026-05-01', 30_000],
      [3, '2026-06-01', 30_000],
    ]);
  });

  it('shows nothing while the values are invalid', () => {
    expect(previewPlan({ ...PLAN, count: '' }, TODAY)).toBeNull();
  });

  it('starts a new plan today with the first installment a month later, or from a debt', () => {
    expect(planFormValues(undefined, 'CNY', '2026-01-31' as Day)).toMatchObject({
      startDate: '2026-01-31',
      firstDue: '2026-02-28',
      count: '12',
    });
    const debt: Debt = {
      id: 'd1',
      name: 'Card',
      kind: 'credit-card',
      currency: 'CNY',
      amount: 250_000,
      recurrence: { type: 'once', dueDate: TODAY },
      graceDays: 0,
      note: '',
      createdAt: TODAY,
    };
    expect(planFormValues(planFromDebt(debt), 'USD', TODAY)).toMatchObject({
      name: 'Card',
      kind: 'credit-card',
      currency: 'CNY',
      debtId: 'd1',
      total: '2500.00',
    });
  });

  it.each([
    { graceDays: 2, shown: '2' },
    { graceDays: 0, shown: '0' },
    { graceDays: undefined, shown: '' },
  ])('round-trips a stored plan with grace $graceDays through the form values (shown as "$shown")', ({ graceDays, shown }) => {
    const plan: Plan = {
      id: 'p1',
      name: 'P',
      kind: 'jiebei',
      currency: 'CNY',
      debtId: 'd1',
      total: 1_200_000,
      downPayment: 100_000,
      fee: 12_000,
      count: 12,
      startDate: TODAY,
      firstDue: '2026-04-15' as Day,
      ...(graceDays === undefined ? {} : { graceDays }),
      note: 'n',
      createdAt: TODAY,
    };
    const { id: _id, createdAt: _c, ...input } = plan;
    const values = planFormValues(plan, 'CNY', TODAY);
    expect(values.graceDays).toBe(shown);
    expect(validatePlanForm(values)).toEqual({ ok: true, value: input });
  });
});

describe('a statement account’s minimum rule', () => {
  const CARD: DebtFormValues = {
    ...DEBT,
    kind: 'credit-card',
    billing: 'statement',
    statementDay: '5',
    dueRule: 'offset',
    dueDays: '20',
    amount: '3000',
  };
  const ruleOf = (change: Partial<DebtFormValues>) => {
    const result = validateDebtForm({ ...CARD, ...change }, TODAY);
    return result.ok ? (result.value.billing === 'statement' ? result.value.minimumRule : 'not a statement') : result.errors;
  };
  it.each([
    ['empty: the kind’s (MP1)', {}, { percentPpm: 100_000, floor: 0 }],
    ['typed, with a floor', { minimumPercent: '5', minimumFloor: '100' }, { percentPpm: 50_000, floor: 10_000 }],
    ['a floor alone, on the kind’s share', { minimumFloor: '200' }, { percentPpm: 100_000, floor: 20_000 }],
    ['0 %: no minimum', { minimumPercent: '0' }, null],
    ['not a percentage', { minimumPercent: 'abc' }, { minimumPercent: { reason: 'minimum-percent-invalid', params: { value: 'abc' } } }],
  ])('%s', (_name, change, expected) => {
    expect(ruleOf(change)).toEqual(expected);
  });

  it('an account’s own rule round-trips through the form values', () => {
    const result = validateDebtForm({ ...CARD, minimumPercent: '7.5', minimumFloor: '50' }, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(validateDebtForm(debtFormValues(result.value, 'CNY'), TODAY)).toEqual(result);
  });
});
