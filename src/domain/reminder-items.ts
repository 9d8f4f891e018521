/**
 * What the reminder planner is given of each open installment: its status, and for a due date on a
 * weekend or holiday of a kind whose lead reminders count to the pay-by day (a setting per kind,
 * presets.ts `leadsToPayBy`), that day. Due dates are never moved: only the lead reminders come
 * earlier; overdue reminders still count from the due date.
 */
import type { Settings } from './model';
import type { OpenItem } from './open-installments';
import { leadsToPayBy } from './presets';
import type { ReminderItem } from './reminders';
import { payByDay } from './work-calendar';
import { workCalendar } from './year-file';

/** @example reminderItems(open.items, settings).find((i) => i.due === '2026-10-03')?.leadTo // '2026-09-30' for a card */
export function reminderItems(items: readonly OpenItem[], settings: Settings): ReminderItem[] {
  const calendar = workCalendar(settings.workCalendarYears);
  return items.map(({ kind, status }) => {
    if (!leadsToPayBy(settings, kind)) return status;
    const payBy = payByDay(status.due, calendar);
    return payBy ? { ...status, leadTo: payBy.day } : status;
  });
}
