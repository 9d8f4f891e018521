/// <reference types="chrome" />
// Shared by the popup's Chromium and Firefox tests: seed data (one overdue debt per collection stage,
// items due soon and later, a negotiated plan), dated relative to the browser's today, and the
// in-page functions both drivers run (each takes one argument, which both drivers pass the same way).
import { expect } from 'vitest';

/** `YYYY-MM-DD` of today + n days in the local time zone (the browser's, the same machine). */
export function dayFromToday(n: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const once = (daysFromToday: number) => ({ type: 'once' as const, dueDate: dayFromToday(daysFromToday) });

/** One debt per stage: name, kind, fen, days from today, and the stage its row must carry. */
export const OVERDUE_DEBTS = [
  { name: '花呗 账单', kind: 'huabei', amount: 123_456, due: -5, stage: 'reminders' },
  { name: 'Jiebei loan', kind: 'jiebei', amount: 500_000, due: -20, stage: 'calls' },
  { name: '招商银行信用卡', kind: 'credit-card', amount: 880_000, due: -70, stage: 'contacts' },
  { name: '京东白条', kind: 'baitiao', amount: 230_000, due: -100, stage: 'visits' },
  { name: 'Car loan', kind: 'loan', amount: 1_200_000, due: -200, stage: 'legal' },
] as const;

export const UPCOMING_DEBTS = [
  { name: '美团月付', kind: 'meituan', amount: 45_678, due: 3 },
  { name: 'Rent loan', kind: 'other', amount: 320_000, due: 12 },
] as const;

/**
 * A card plan agreed on a debt overdue for 200 days, whose latest installment is 3 days late: its row
 * is placed by the debt's delay (legal), not by the installment's (reminders), N4.
 */
export const LATE_CARD_PLAN = { name: '招行 个性化分期', stage: 'legal', originalDays: 200, daysLate: 3 } as const;

/** Commands (name, input) that build the seed data; the plans settle no debt (the card plan records when its debt fell overdue). */
export function seedCommands(): SeedCommand[] {
  const debts = [...OVERDUE_DEBTS, ...UPCOMING_DEBTS].map(({ name, kind, amount, due }) => ({
    name: 'addDebt',
    input: { name, kind, currency: 'CNY', amount, recurrence: once(due), graceDays: 0, note: '' },
  }));
  const plan = {
    name: 'addPlan',
    input: {
      name: '借呗 协商还款',
      kind: 'jiebei',
      currency: 'CNY',
      total: 1_200_000,
      downPayment: 0,
      fee: 0,
      count: 12,
      startDate: dayFromToday(-70),
      firstDue: dayFromToday(-60),
      graceDays: 3,
      note: '',
    },
  };
  const cardPlan = {
    name: 'addPlan',
    input: {
      name: LATE_CARD_PLAN.name,
      kind: 'credit-card',
      currency: 'CNY',
      overdueSince: dayFromToday(-LATE_CARD_PLAN.originalDays),
      total: 2_400_000,
      downPayment: 0,
      fee: 0,
      count: 24,
      startDate: dayFromToday(-30),
      firstDue: dayFromToday(-LATE_CARD_PLAN.daysLate),
      graceDays: 0,
      note: '',
    },
  };
  return [...debts, plan, cardPlan];
}

export interface SeedCommand {
  name: string;
  input: unknown;
}

/**
 * In the page: sends the commands one by one as the popup does (Firefox answers to `chrome.*` too)
 * and returns whether each was applied.
 */
export async function sendInPage(commands: SeedCommand[]): Promise<boolean[]> {
  const applied: boolean[] = [];
  for (const { name, input } of commands) {
    const result = (await chrome.runtime.sendMessage({ kind: 'dueguard/command', id: crypto.randomUUID(), name, input })) as {
      ok: boolean;
    };
    applied.push(result.ok);
  }
  return applied;
}

/** In the page: each list row's data-stage (or null) and text. */
export const readRowsInPage = () =>
  [...document.querySelectorAll('li.row')].map((li) => ({ stage: li.getAttribute('data-stage'), text: li.textContent ?? '' }));

/** The test contract: each overdue debt's row carries its stage id; upcoming rows carry none. */
export function expectStageContract(rows: ReturnType<typeof readRowsInPage>): void {
  for (const debt of OVERDUE_DEBTS)
    expect(
      rows.filter((r) => r.stage === debt.stage && r.text.includes(debt.name)),
      debt.name,
    ).toHaveLength(1);
  for (const debt of UPCOMING_DEBTS)
    expect(
      rows.filter((r) => r.text.includes(debt.name)).map((r) => r.stage),
      debt.name,
    ).toEqual([null]);
}
