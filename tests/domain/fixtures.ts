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
  type Debt,
  type Payment,
  type Plan,
  type Settings,
} from '../../src/domain/model';

export const day = (s: string) => s as Day;

type DebtFields = Partial<Omit<Debt, 'recurrence'>> & { recurrence?: Debt['recurrence'] };

export function debt(fields: DebtFields = {}): Debt {
  return v.parse(DebtSchema, {
    id: 'd1',
    name: 'Card',
    kind: 'credit-card',
    amount: 10_000,
    recurrence: { type: 'once', dueDate: '2026-05-10' },
    createdAt: '2026-01-01',
    ...fields,
  });
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
