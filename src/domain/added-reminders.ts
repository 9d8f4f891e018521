/**
 * Catch-up is for reminders missed while the browser was closed, not for lead times that passed
 * before a debt or plan existed: adding a debt due tomorrow at 10:00 must not remind of it at once
 * for the 09:00 "due tomorrow" it never had (and then again at tomorrow's reminder time).
 */
import { toDay } from './day';
import { targetKey } from './keys';
import type { Data, ReminderState, Settings, Target } from './model';
import { getOpenInstallments } from './open-installments';
import { reminderItems } from './reminder-items';
import { markSent, planReminders } from './reminders';

/**
 * The reminder log with the lead reminders of `added` whose time had already come at `now` recorded as
 * sent, so no wake shows them; later ones come as planned. Overdue and plan warnings stay: a debt
 * added when already late is news.
 * @example skipPassedLeads({ data, settings, reminders }, [{ type: 'debt', id: 'new' }], now).sent // { 'debt:new:2026-05-11:lead:1': now }
 */
export function skipPassedLeads(
  { data, settings, reminders }: { data: Data; settings: Settings; reminders: ReminderState },
  added: readonly Target[],
  now: number,
): ReminderState {
  const keys = new Set(added.map(targetKey));
  const open = getOpenInstallments(data, settings, toDay(new Date(now)));
  const items = reminderItems(
    open.items.filter((item) => keys.has(targetKey(item.status.target))),
    settings,
  );
  const passed = planReminders({ items, plans: [], settings, now, aheadDays: 0 }).filter((r) => r.type === 'lead' && r.fireAt <= now);
  return passed.length > 0 ? markSent(reminders, passed, now) : reminders;
}
