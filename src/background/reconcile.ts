/**
 * One wake of the service worker, whatever woke it (install, update, startup, an alarm, a command):
 * read storage, work out with the domain what is due, show what is due and not yet shown, record it,
 * set the badge, and arm one alarm for the next reminder and one for the next local midnight.
 * Nothing is kept in memory between wakes; running it twice in a row changes nothing the second time.
 */
import { nextLocalMidnight, toDay } from '../domain/day';
import { REMINDERS_KEY, type Day } from '../domain/model';
import { planNotices, type Notice } from '../domain/notices';
import { getOpenInstallments, openItemsByKey, overdueOfTarget, type OpenItem } from '../domain/open-installments';
import { getBadge, getBadgeSummary, getOverview, type Overview } from '../domain/overview';
import { reminderItems } from '../domain/reminder-items';
import { getDueReminders, getNextWake, markSent, planReminders, pruneReminderState, type Reminder } from '../domain/reminders';
import { MIDNIGHT_ALARM, REMINDER_ALARM, armAlarm } from '../platform/alarms';
import { setBadge } from '../platform/badge';
import { showNotification, type NotificationContent } from '../platform/notifications';
import type { WritableState } from '../domain/state';
import { loadAndRepairState, writeLocal } from '../platform/storage';
import { describeBadgeTitle, describeReminder, describeSummary } from './texts';
import type { Locale } from '../text/locale';
import { loadLocale } from '../platform/i18n';

/** What one wake works from: pure, so tests can look at it without a browser. */
export interface Wake {
  today: Day;
  overview: Overview;
  /** Every open installment by key. */
  items: Map<string, OpenItem>;
  /** Every reminder the open installments and plans need around now. */
  reminders: Reminder[];
}

export function planWake(state: WritableState, now: number): Wake {
  const today = toDay(new Date(now));
  const open = getOpenInstallments(state.data, state.settings, today);
  const reminders = planReminders({ items: reminderItems(open.items, state.settings), plans: open.plans, settings: state.settings, now });
  return { today, overview: getOverview(open, state.settings.currency), items: openItemsByKey(open), reminders };
}

/** A notice in words: its notification id and content. */
function wordNotice(words: Locale, notice: Notice<OpenItem>, items: Map<string, OpenItem>, today: Day): [string, NotificationContent] {
  if (notice.type === 'summary') return [notice.id, describeSummary(words, notice.entries, today)];
  // A new statement is entered on the options page, not paid from the notification.
  const buttons = notice.reminder.type === 'statement' ? [] : [words.t('bg_button_paid'), words.t('bg_button_tomorrow')];
  const overdue = overdueOfTarget(items.values(), notice.item.status.target);
  return [notice.reminder.key, { ...describeReminder(words, notice.reminder, notice.item, today, overdue), buttons }];
}

/**
 * Reconciles notifications, badge and alarms with storage at the instant `now` (epoch ms). `stored`
 * is what storage holds, when the caller has just read (and written) it; else it is read here.
 */
export async function reconcile(now: number, stored?: WritableState): Promise<void> {
  const state = stored ?? (await loadAndRepairState(now));
  const { today, overview, items, reminders } = planWake(state, now);
  const words = await loadLocale(state.settings.language);

  const due = getDueReminders(reminders, state.reminders, now);
  // Shown before being recorded: a worker killed in between shows it again under the same id (which
  // replaces rather than duplicates it) instead of losing it.
  for (const notice of planNotices(due, items)) await showNotification(...wordNotice(words, notice, items, today));
  const log = pruneReminderState(markSent(state.reminders, due, now), items.keys(), now);
  if (JSON.stringify(log) !== JSON.stringify(state.reminders)) await writeLocal({ [REMINDERS_KEY]: log });

  await setBadge(getBadge(overview), describeBadgeTitle(words, getBadgeSummary(overview), today));
  await armAlarm(REMINDER_ALARM, getNextWake(reminders, log, now));
  await armAlarm(MIDNIGHT_ALARM, nextLocalMidnight(now));
}
