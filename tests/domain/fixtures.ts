// Builders for valid debts, plans and payments: run through the real schemas, so defaults apply and
// a fixture that breaks the model fails loudly instead of testing an impossible state.
import * as v from 'valibot';
import {
  DebtSchema,
  emptyData,
  PaymentSchema,
  PlanSchema,
  SettingsSchema,
  type Data,
  type Day,
  type BillDebt,
  type LoanDebt,
  type StatementDebt,
  type Payment,
  type Plan,
  type Settings,
} from '../../src/domain/model';

export const day = (s: string) => s as Day;

/** A bill (the builders of statement accounts and loans are below). */
export function debt(fields: Partial<BillDebt> = {}): BillDebt {
  return v.parse(DebtSchema, {
    id: 'd1',
    name: 'Card',
    kind: 'credit-card',
    amount: 10_000,
    recurrence: { type: 'once', dueDate: '2026-05-10' },
    createdAt: '2026-01-01',
    ...fields,
  }) as BillDebt;
}

/** A card statement account: statement on the 1st, due on the 10th, 10 % minimum, one statement (Jan 2026, ¥1,000). */
export function statementDebt(fields: Partial<StatementDebt> = {}): StatementDebt {
  return v.parse(DebtSchema, {
    id: 'c1',
    name: 'Card',
    kind: 'credit-card',
    billing: 'statement',
    statementDay: 1,
    dueRule: { type: 'fixed', day: 10 },
    firstStatement: '2026-01-01',
    minimumRule: { percentPpm: 100_000, floor: 0 },
    statements: [{ statementDate: '2026-01-01', amount: 100_000 }],
    createdAt: '2026-01-01',
    ...fields,
  }) as StatementDebt;
}

/** A Jiebei loan: ¥12,000 at 0.04 %/day over 12 months, equal installments, from 2026-01-10. */
export function loanDebt(fields: Partial<LoanDebt> = {}): LoanDebt {
  return v.parse(DebtSchema, {
    id: 'l1',
    name: '借呗',
    kind: 'jiebei',
    billing: 'loan',
    principal: 1_200_000,
    rate: { basis: 'daily', ppm: 400 },
    term: 12,
    startDate: '2026-01-10',
    firstDue: '2026-02-10',
    method: 'equal-payment',
    createdAt: '2026-01-10',
    ...fields,
  }) as LoanDebt;
}

export function plan(fields: Partial<Plan> = {}): Plan {
  return v.parse(PlanSchema, {
    id: 'p1',
    name: 'Plan',
    kind: 'credit-card',
    total: 120_000,
    count: 12,
    startDate: '2026-01-01',
    firstDue: '2026-01-10',
    createdAt: '2026-01-01',
    ...fields,
  });
}

let paymentCount = 0;
/** A payment of `amount` minor units on `date` for a target (default: debt d1). */
export function payment(date: string, amount: number, target: Payment['target'] = { type: 'debt', id: 'd1' }): Payment {
  return v.parse(PaymentSchema, { id: `pay${++paymentCount}`, target, date, amount });
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return v.parse(SettingsSchema, fields);
}

export function data(fields: Partial<Omit<Data, 'version'>> = {}): Data {
  return { ...emptyData(), ...fields };
}
