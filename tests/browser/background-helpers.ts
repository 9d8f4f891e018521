// What both real-browser suites of the background share: the alarm names, today, a debt to add, and
// the message a page sends for a command.
import { toDay } from '../../src/domain/day';
import type { CommandMessage, CommandName, DebtInput } from '../../src/domain/commands';
import { COMMAND_KIND } from '../../src/domain/keys';
import type { Day, DebtKind } from '../../src/domain/model';

export { MIDNIGHT_ALARM, REMINDER_ALARM } from '../../src/platform/alarms';

/** Today in the machine's zone, which the browser under test shares. */
export const today = () => toDay(new Date());

export const debtInput = (name: string, dueDate: Day, kind: DebtKind = 'huabei'): DebtInput => ({
  name,
  kind,
  currency: 'CNY',
  amount: 123456,
  recurrence: { type: 'once', dueDate },
  graceDays: 0,
  note: '',
});

/** A command as a page sends it (pass it to `chrome.runtime.sendMessage` in the page). */
export const commandMessage = (name: CommandName, input: unknown) =>
  ({ kind: COMMAND_KIND, id: crypto.randomUUID(), name, input }) as CommandMessage;
