/**
 * An alarm wake from the derived record (src/domain/derived-record.ts): read it and what the alarm
 * path showed since it was built (SHOWN_KEY; both small), show what is due with the words the record
 * carries, record it in SHOWN_KEY, set the badge from the record and re-arm the alarms. Neither the
 * data nor the reminder log is read, validated or re-planned: the record's reminders were all unspent
 * by the log it was built over, and every write of the log voids or rebuilds it. When the record
 * cannot stand in (missing, damaged, another version, another day or time zone, the clock moved back,
 * other settings or language, or it lacks the words of what is due) or SHOWN_KEY is not plainly well
 * formed, nothing is done here and the caller runs the full wake (reconcile.ts), which writes a new record.
 *
 * Imports no schema and no planner: this is the worker script that starts on every alarm.
 */
import { openDerived, type DerivedReminder } from '../domain/derived-record';
import { planNotices, SUMMARY_LINES, type Notice } from '../domain/notices';
import type { ReminderState } from '../domain/model';
import { caughtUpAt, getDueReminders, getNextWake, markSent } from '../domain/reminders';
import { SHOWN_KEY } from '../domain/storage-keys';
import { MIDNIGHT_ALARM, REMINDER_ALARM, armAlarm } from '../platform/alarms';
import { setBadge } from '../platform/badge';
import { browser } from '../platform/browser';
import { readDerived } from '../platform/derived-store';
import { loadLocale } from '../platform/i18n';
import { showNotification, type NotificationContent } from '../platform/notifications';
import { summaryOfLines } from './summary-text';

const isTimes = (x: unknown): x is Record<string, number> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'number' && Number.isFinite(v));

/** SHOWN_KEY as stored when it is plainly well formed (none stored is none shown); else null, for the full wake to repair. */
export const plainShown = (raw: unknown): Record<string, number> | null => (raw === undefined ? {} : isTimes(raw) ? raw : null);

/** A notice as the record words it: a reminder's own notification, or a summary's count and first lines. */
type Worded = { id: string; content: NotificationContent } | { id: string; count: number; lines: string[] };

/** `notice` in the words `entries` carry; null when they lack some (the wake was not foreseen). */
function fromRecord(notice: Notice<string>, entries: ReadonlyMap<string, DerivedReminder>): Worded | null {
  if (notice.type === 'single') {
    const content = entries.get(notice.reminder.key)?.notice;
    return content ? { id: notice.reminder.key, content } : null;
  }
  const lines = notice.entries.slice(0, SUMMARY_LINES).map(({ reminder }) => entries.get(reminder.key)?.line);
  return lines.every((line) => line !== undefined) ? { id: notice.id, count: notice.entries.length, lines } : null;
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * Runs the wake at `now` (epoch ms) from the derived record. Resolves true when done, false when the
 * record cannot stand in (the caller then runs the full wake); a failure part way rejects, and the
 * full wake that follows shows anything still unrecorded again under the same id (replacing it).
 */
export async function alarmWake(now: number): Promise<boolean> {
  const stored = await readDerived();
  const derived = openDerived(stored.derived, now, stored.stamp);
  const shown = plainShown(stored.shown);
  if (!derived || !shown) return false;
  // As the log stands for the record's reminders: none was spent by the log it was built over.
  const log: ReminderState = { sent: shown, snoozed: derived.snoozed };

  // What the full plan at `now` holds of the day: it catches up CATCH_UP_DAYS back (reminders.ts).
  const caught = caughtUpAt(now);
  const entries = new Map(derived.reminders.filter((e) => caught(e.reminder)).map((e) => [e.reminder.key, e]));
  const reminders = [...entries.values()].map((e) => e.reminder);
  const due = getDueReminders(reminders, log, now);
  const notices = planNotices(due, new Map(reminders.map((r) => [r.installmentKey, r.installmentKey])));
  const worded = notices.map((notice) => fromRecord(notice, entries));
  // A late wake may find more due together than the record worded: the full wake words it.
  if (!worded.every((w): w is Worded => w !== null)) return false;
  // Shown before being recorded, as in the full wake: a kill in between shows it again, never loses it.
  for (const w of worded)
    await showNotification(w.id, 'content' in w ? w.content : summaryOfLines(await loadLocale(derived.language), w.count, w.lines));
  const sent = due.length > 0 ? markSent(log, due, now) : log;
  if (sent !== log) await browser.storage.local.set({ [SHOWN_KEY]: sent.sent });

  await setBadge(derived.badge, derived.badge.title);
  await armAlarm(REMINDER_ALARM, earliest(getNextWake(reminders, sent, now), derived.laterWake));
  await armAlarm(MIDNIGHT_ALARM, derived.nextMidnight);
  return true;
}
