/**
 * What clicking a notification does. The body opens the popup page in a tab, focused on the
 * installment (`popup.html?focus=<installmentKey>`), or a new statement's account on the options page
 * (`options.html#debts/<debtId>`); Chrome's buttons record a full payment of what
 * remains ("Mark paid") or snooze the installment to tomorrow's reminder time ("Remind me tomorrow").
 * The notification id is the reminder key, so everything is looked up again from storage: the worker
 * may have been restarted since the notification was shown.
 */
import type { CommandMessage, CommandName, CommandMap } from '../domain/commands';
import { COMMAND_KIND, failedNotificationId, notificationInstallmentKey, parseReminderKey } from '../domain/keys';
import { planWake } from '../domain/derived';
import { snoozeUntilTomorrow } from '../domain/reminders';
import { clearNotification, showNotification } from '../platform/notifications';
import { openExtensionPage } from '../platform/runtime';
import { loadAndRepairState } from '../platform/storage';
import { runCommand } from './commands';
import { describeRefusedButton } from './texts';
import { loadLocale } from '../platform/i18n';

export const BUTTON_MARK_PAID = 0;
export const BUTTON_REMIND_TOMORROW = 1;

/** The installment a notification is about (null for a summary), with its open item if still unpaid. */
async function findInstallment(notificationId: string, now: number) {
  const state = await loadAndRepairState(now);
  const { today, items } = planWake(state, now);
  const installmentKey = notificationInstallmentKey(notificationId);
  return { state, today, installmentKey, item: installmentKey === null ? undefined : items.get(installmentKey) };
}

function command<N extends CommandName>(name: N, input: CommandMap[N]['input']): CommandMessage<N> {
  return { kind: COMMAND_KIND, id: crypto.randomUUID(), name, input };
}

/**
 * Opens the popup page on the notification's installment (or on the list, for a summary); a new
 * statement's opens its account on the options page, where the statement is entered.
 */
export async function openNotification(notificationId: string, now: number): Promise<void> {
  const { installmentKey, item } = await findInstallment(notificationId, now);
  await clearNotification(notificationId);
  if (item && parseReminderKey(notificationId)?.type === 'statement')
    return openExtensionPage('options.html', {}, `#debts/${item.status.target.id}`);
  await openExtensionPage('popup.html', installmentKey ? { focus: installmentKey } : {});
}

/**
 * Runs the command behind a notification button; the caller reconciles afterwards. A refused command
 * is said in a notification of its own: the button's notification is gone, and silence would read as done.
 */
export async function pressNotificationButton(notificationId: string, buttonIndex: number, now: number): Promise<void> {
  const { state, today, installmentKey, item } = await findInstallment(notificationId, now);
  await clearNotification(notificationId);
  if (!installmentKey || !item) return;
  const action = buttonIndex === BUTTON_MARK_PAID ? 'paid' : buttonIndex === BUTTON_REMIND_TOMORROW ? 'snooze' : null;
  if (!action) return;
  const { target, remaining } = item.status;
  const message =
    action === 'paid'
      ? command('recordPayment', { target, date: today, amount: remaining, note: '' })
      : command('snooze', { installmentKey, until: snoozeUntilTomorrow(today, state.settings) });
  const { result } = await runCommand(message, now);
  if (result.ok) return;
  const words = await loadLocale(state.settings.language);
  await showNotification(failedNotificationId(notificationId), describeRefusedButton(words, action, item));
}
