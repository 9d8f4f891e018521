// Alarms armed over 30 simulated days of use, with the background on the fake browser in node.
import { importTs } from './load-ts.mjs';

const DAYS = 30;

export async function measureAlarms() {
  const { makeData } = await importTs('tests/fixtures/data.ts');
  const { simulateMonth } = await importTs('bench/month-of-use.ts');
  const start = new Date();
  start.setHours(7, 0, 0, 0);
  // Data made as of 90 days ahead: every due date is still to come, so the month holds lead reminders,
  // due-day reminders the user answers with "Mark paid", and overdue ones for what is left unpaid.
  const ahead = new Date(start.getTime() + 90 * 86_400_000).toLocaleDateString('sv');
  const m = await simulateMonth({
    data: makeData({ debts: 10, plans: 2 }, ahead),
    start: start.getTime(),
    days: DAYS,
    dist: 'dist/chrome',
  });
  const explained = m.reminderWakes + m.midnightWakes;
  // Every move of an alarm follows a wake: the install, a reminder shown, a midnight, or a payment.
  const movesExplained = m.createCallsThatMoved <= 2 + explained + m.payments;
  return [
    {
      figure: `alarm wakes over ${DAYS} simulated days (10 debts, 2 plans)`,
      value: `${m.reminderWakes + m.midnightWakes + m.idleWakes}: ${m.reminderWakes} showed reminders (${m.notifications} notifications), ${m.midnightWakes} midnight refreshes, ${m.idleWakes} idle`,
      target: 'wakes = reminders + midnights (0 idle)',
      met: m.idleWakes === 0,
    },
    {
      figure: `alarms.create calls over ${DAYS} days`,
      value: `${m.createCalls}, of which ${m.createCallsThatMoved} set a new time (the user paid ${m.payments} times when reminded)`,
      target: 'new times ≤ 2 + wakes + payments',
      met: movesExplained,
    },
  ];
}
