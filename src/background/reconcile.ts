/**
 * One wake of the service worker, whatever woke it (install, update, startup, an alarm, a command):
 * read storage, work out with the domain what is due, show what is due and not yet shown, record it,
 * set the badge, and arm one alarm for the next reminder and one for the next local midnight.
 * Nothing is kept in memory between wakes; running it twice in a row changes nothing the second time.
 */
import { nextLocalMidnight, toDay } from '../domain/day';
import { REMINDERS_KEY, type Day } from '../domain/model';
import { getBadge, getBadgeSummary, getOverview, type OpenItem, type Overview } from '../domain/overview';
import { getDueReminders, getNextWake, markSent, planReminders, pruneReminderState, type Reminder } from '../domain/reminders';
import { MIDNIGHT_ALARM, REMINDER_ALARM, armAlarm } from '../platform/alarms';
import { setBadge } from '../platform/badge';
import { loadTranslator } from '../platform/i18n';
import { showNotification, type NotificationContent } from '../platform/notifications';
import { loadAndRepairState, writeLocal, type WritableState } from '../platform/storage';
import { describeBadgeTitle, describeReminder, describeSummary, type Words } from './texts';

/** Summary notifications are named after the first reminder they gather, so a re-shown one replaces itself. */
export const SUMMARY_PREFIX = 'summary:';

/** Every open item of the overview (unpaid debt occurrences and plan installments) by installment key. */
export function openItems(overview: Overview): Map<string, OpenItem> {
  return new Map([...overview.overdue, ...overview.dueSoon, ...overview.later].map((item) => [item.status.key, item]));
}

/** What one wake works from: pure, so tests can look at it without a browser. */
export interface Wake {
  today: Day;
  overview: Overview;
  items: Map<string, OpenItem>;
  /** Every reminder the open items and plans need around now. */
  reminders: Reminder[];
}

export function planWake(state: WritableState, now: number): Wake {
  const today = toDay(new Date(now));
  const overview = getOverview(state.data, state.settings, today);
  const items = openItems(overview);
  const reminders = planReminders({
    items: [...items.values()].map((i) => i.status),
    plans: overview.plans,
    settings: state.settings,
    now,
  });
  return { today, overview, items, reminders };
}

/** The notifications for the due reminders: one each, or one summary when several came due together. */
function notificationsFor(
  words: Words,
  due: { show: Reminder[] },
  items: Map<string, OpenItem>,
  today: Day,
): [string, NotificationContent][] {
  // A late plan installment comes due for its overdue reminder and for the plan warning at once: the
  // warning, which says more, speaks for both (both are still recorded as sent).
  const byInstallment = new Map<string, { reminder: Reminder; type: Reminder['type']; item: OpenItem }>();
  for (const reminder of due.show) {
    const item = items.get(reminder.installmentKey);
    if (item && (!byInstallment.has(reminder.installmentKey) || reminder.type === 'plan-at-risk'))
      byInstallment.set(reminder.installmentKey, { reminder, type: reminder.type, item });
  }
  const described = [...byInstallment.values()];
  const first = described[0];
  if (first && described.length > 1) return [[SUMMARY_PREFIX + first.reminder.key, describeSummary(words, described, today)]];
  const buttons = [words.t('bg_button_paid'), words.t('bg_button_tomorrow')];
  return described.map(({ reminder, item }) => [reminder.key, { ...describeReminder(words, reminder.type, item, today), buttons }]);
}

/**
 * Reconciles notifications, badge and alarms with storage at the instant `now` (epoch ms). `stored`
 * is what storage holds, when the caller has just read (and written) it; else it is read here.
 */
export async function reconcile(now: number, stored?: WritableState): Promise<void> {
  const state = stored ?? (await loadAndRepairState(now));
  const { today, overview, items, reminders } = planWake(state, now);
  const { t, localeTag } = await loadTranslator(state.settings.language);
  const words = { t, localeTag };

  const due = getDueReminders(reminders, state.reminders, now);
  // Shown before being recorded: a worker killed in between shows it again under the same id (which
  // replaces rather than duplicates it) instead of losing it.
  for (const [id, content] of notificationsFor(words, due, items, today)) await showNotification(id, content);
  const log = pruneReminderState(markSent(state.reminders, due.show, now), items.keys(), now);
  if (JSON.stringify(log) !== JSON.stringify(state.reminders)) await writeLocal({ [REMINDERS_KEY]: log });

  await setBadge(getBadge(overview), describeBadgeTitle(words, getBadgeSummary(overview), today));
  await armAlarm(REMINDER_ALARM, getNextWake(reminders, log, now));
  await armAlarm(MIDNIGHT_ALARM, nextLocalMidnight(now));
}
