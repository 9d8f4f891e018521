/**
 * Deterministic stored data of any size, in the model.ts shape, for the bench and the reliability suite:
 * a realistic mix of kinds, monthly and one-off debts, plans with and without down payments, and payments.
 */
import type { ContactEntry, Data, Day, Debt, DebtKind, Payment, Plan } from '../src/domain/model';
import { CONTACT_CHANNELS, DEBT_KINDS, emptyData } from '../src/domain/model';

/** `day` shifted by `n` calendar days (UTC arithmetic on a calendar day: no time zone involved). */
function shiftDay(day: string, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10) as Day;
}

/**
 * @param size how many debts, plans and collection-contact log entries (payments follow from them)
 * @param today the bench's "today": due dates fall from 90 days before to 60 days after it
 * @example makeData({ debts: 100, plans: 20 }, '2026-06-15') // 100 debts, 20 plans
 */
export function makeData({ debts, plans, contacts = 0 }: { debts: number; plans: number; contacts?: number }, today: string): Data {
  const data = emptyData();
  const kind = (i: number): DebtKind => DEBT_KINDS[i % DEBT_KINDS.length]!;
  for (let i = 0; i < debts; i++) {
    const id = `debt-${i}`;
    const due = shiftDay(today, ((i * 37) % 150) - 90);
    const debt: Debt = {
      id,
      name: `${kind(i)} ${i}`,
      kind: kind(i),
      currency: 'CNY',
      amount: 10_000 + ((i * 7919) % 500_000),
      recurrence:
        i % 3 === 0 ? { type: 'once', dueDate: due } : { type: 'monthly', firstDue: shiftDay(due, -60), count: i % 2 ? 12 : undefined },
      graceDays: i % 4,
      note: i % 5 === 0 ? 'bench note' : '',
      createdAt: shiftDay(today, -120),
    };
    data.debts.push(debt);
    if (i % 2 === 0) data.payments.push(payment(`pay-${i}`, { type: 'debt', id }, shiftDay(due, -1), debt.amount));
  }
  for (let i = 0; i < plans; i++) {
    const id = `plan-${i}`;
    const startDate = shiftDay(today, -30 * (i % 6));
    const plan: Plan = {
      id,
      name: `plan ${i}`,
      kind: kind(i + 1),
      currency: 'CNY',
      debtId: i < debts ? `debt-${i}` : undefined,
      total: 1_200_000 + i * 10_000,
      downPayment: i % 2 ? 100_000 : 0,
      fee: i % 3 ? 12_000 : 0,
      count: 12 + (i % 25),
      startDate,
      firstDue: shiftDay(startDate, 30),
      graceDays: 3,
      note: '',
      createdAt: startDate,
    };
    data.plans.push(plan);
    if (plan.downPayment > 0) data.payments.push(payment(`plan-pay-${i}`, { type: 'plan', id }, startDate, plan.downPayment));
  }
  for (let i = 0; i < contacts && debts > 0; i++) {
    const contact: ContactEntry = {
      id: `contact-${i}`,
      target: { type: 'debt', id: `debt-${i % debts}` },
      at: `${shiftDay(today, -(i % 30))}T${String(8 + (i % 14)).padStart(2, '0')}:30`,
      channel: CONTACT_CHANNELS[i % CONTACT_CHANNELS.length]!,
      answered: i % 3 !== 0,
      thirdParty: i % 7 === 0,
      who: `collector ${i}`,
      summary: 'asked when I can pay',
      userFlags: [],
    };
    data.contacts.push(contact);
  }
  return data;
}

function payment(id: string, target: Payment['target'], date: Day, amount: number): Payment {
  return { id, target, date, amount, note: '' };
}
