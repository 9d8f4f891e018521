/**
 * Which notifications the due reminders become: one per installment, where a plan warning speaks for
 * the installment's other due reminder (it says more), or one summary when several installments came
 * due together (missed while the browser was closed). Every due reminder is still recorded as sent.
 */
import { summaryNotificationId } from './keys';
import type { Reminder } from './reminders';

/** Lines a summary lists before "…and N more": only these entries' lines are ever shown. */
export const SUMMARY_LINES = 3;

/** A reminder with the open item it is about. */
export interface NoticeEntry<I> {
  reminder: Reminder;
  item: I;
}

/** One notification: a single reminder, or a summary of several (its id is named after the first). */
export type Notice<I> = ({ type: 'single' } & NoticeEntry<I>) | { type: 'summary'; id: string; entries: NoticeEntry<I>[] };

/**
 * The notifications for `due` (as `getDueReminders` gives them), looking each installment up in
 * `items`; a reminder of an installment no longer open is dropped.
 * @example planNotices([lead, overdue], items).map((n) => n.type) // ['summary']
 */
export function planNotices<I>(due: readonly Reminder[], items: ReadonlyMap<string, I>): Notice<I>[] {
  const byInstallment = new Map<string, NoticeEntry<I>>();
  for (const reminder of due) {
    const item = items.get(reminder.installmentKey);
    if (item !== undefined && (!byInstallment.has(reminder.installmentKey) || reminder.type === 'plan-at-risk'))
      byInstallment.set(reminder.installmentKey, { reminder, item });
  }
  const entries = [...byInstallment.values()];
  const first = entries[0];
  if (first && entries.length > 1) return [{ type: 'summary', id: summaryNotificationId(first.reminder.key), entries }];
  return entries.map((entry) => ({ type: 'single', ...entry }));
}
