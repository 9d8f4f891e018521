/**
 * One full wake of the service worker (whatever woke it when the derived record could not stand in:
 * install, update, startup, a command, a notification click, a new day, a stale record): read
 * storage, work out with the domain what is due, show what is due and not yet shown, record it with
 * a fresh derived record (one `set`), set the badge, and arm one alarm for the next reminder and one
 * for the next local midnight. Nothing is kept in memory between wakes; running it twice in a row
 * changes nothing the second time. An alarm wake on the same day takes alarm-wake.ts instead.
 */
import { nextLocalMidnight } from '../domain/day';
import { buildDerived, planWake, type DerivedWording } from '../domain/derived';
import { sameDerived, sealDerived } from '../domain/derived-record';
import type { Day } from '../domain/model';
import { DERIVED_KEY, FIRST_SCREEN_KEY, REMINDERS_KEY } from '../domain/storage-keys';
import { planNotices, type Notice } from '../domain/notices';
import { overdueOfTarget, type OpenItem } from '../domain/open-installments';
import { getDueReminders, getNextWake, markSent, pruneReminderState, type Reminder } from '../domain/reminders';
import { MIDNIGHT_ALARM, REMINDER_ALARM, armAlarm } from '../platform/alarms';
import { setBadge } from '../platform/badge';
import { readStamp } from '../platform/derived-store';
import { showNotification, type NotificationContent } from '../platform/notifications';
import type { WritableState } from '../domain/state';
import { loadAndRepairState, writeLocal } from '../platform/storage';
import { describeBadgeTitle, describeReminder, describeSummary, summaryLine } from './texts';
import type { Locale } from '../text/locale';
import { loadLocale } from '../platform/i18n';

/** The notification of one reminder about `item`, with its buttons. */
function describeSingle(words: Locale, reminder: Reminder, item: OpenItem, items: Map<string, OpenItem>, today: Day): NotificationContent {
  // A new statement is entered on the options page, not paid from the notification.
  const buttons = reminder.type === 'statement' ? [] : [words.t('bg_button_paid'), words.t('bg_button_tomorrow')];
  const overdue = overdueOfTarget(items.values(), item.status.target);
  return { ...describeReminder(words, reminder, item, today, overdue), buttons };
}

/** A notice in words: its notification id and content. */
function wordNotice(words: Locale, notice: Notice<OpenItem>, items: Map<string, OpenItem>, today: Day): [string, NotificationContent] {
  if (notice.type === 'summary') return [notice.id, describeSummary(words, notice.entries, today)];
  return [notice.reminder.key, describeSingle(words, notice.reminder, notice.item, items, today)];
}

/** The words the derived record carries, worded as a wake today would word them. */
const wordingOf = (words: Locale, language: DerivedWording['language'], items: Map<string, OpenItem>, today: Day): DerivedWording => ({
  language,
  reminder: (reminder, item) => {
    const { title, message, buttons = [] } = describeSingle(words, reminder, item, items, today);
    return { title, message, buttons };
  },
  line: (reminder, item) => summaryLine(words, reminder.type, item, today),
  badgeTitle: (summary) => describeBadgeTitle(words, summary, today),
});

/**
 * Reconciles notifications, badge and alarms with storage at the instant `now` (epoch ms). `stored`
 * is what storage holds, when the caller has just read (and written) it; else it is read here.
 */
export async function reconcile(now: number, stored?: WritableState): Promise<void> {
  const state = stored ?? (await loadAndRepairState(now));
  const wake = planWake(state, now);
  const { today, items, reminders } = wake;
  const [words, { stamp, ...storedDerived }] = await Promise.all([loadLocale(state.settings.language), readStamp()]);

  const due = getDueReminders(reminders, state.reminders, now);
  // Shown before being recorded: a worker killed in between shows it again under the same id (which
  // replaces rather than duplicates it) instead of losing it.
  for (const notice of planNotices(due, items)) await showNotification(...wordNotice(words, notice, items, today));
  const log = pruneReminderState(markSent(state.reminders, due, now), items.keys(), now);
  const { derived, firstScreen } = buildDerived(wake, state, log, now, stamp, wordingOf(words, state.settings.language, items, today));
  // One set for the log and the records built over it; each only when it changed.
  const records = {
    ...(JSON.stringify(log) !== JSON.stringify(state.reminders) && { [REMINDERS_KEY]: log }),
    ...(!sameDerived(storedDerived.derived, derived) && { [DERIVED_KEY]: sealDerived(derived) }),
    ...(!sameDerived(storedDerived.firstScreen, firstScreen) && { [FIRST_SCREEN_KEY]: sealDerived(firstScreen) }),
  };
  if (Object.keys(records).length > 0) await writeLocal(records);

  await setBadge(derived.badge, derived.badge.title);
  await armAlarm(REMINDER_ALARM, getNextWake(reminders, log, now));
  await armAlarm(MIDNIGHT_ALARM, nextLocalMidnight(now));
}
