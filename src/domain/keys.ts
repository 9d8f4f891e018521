/**
 * The keys that name things across storage, reminders, notifications and pages, built and read here
 * only, so their shape is written once:
 * - target: `debt:<debtId>` or `plan:<planId>`;
 * - installment: `debt:<debtId>:<due>` (a debt occurrence) or `plan:<planId>:<seq>` (a plan installment);
 * - reminder: `<installmentKey>:lead:<n>` (n days before the due date, n = 0: on the due day),
 *   `<installmentKey>:overdue:<day>` (one per day while overdue),
 *   `<installmentKey>:statement:<day>` (a statement account's new statement is out on `day`) or
 *   `plan:<planId>:at-risk:<lateInstallmentKey>` (a plan with a late installment);
 * - summary notification: `summary:<reminderKey>`, after the first reminder it gathers, so a re-shown
 *   summary replaces itself; a refused button's notice: `failed:<notificationId>`.
 * Ids are the command ids that created them (UUIDs) and never contain `:`; the parser does not rely on it
 * for debt occurrences, whose due day is always the last ten characters.
 */
import type { Day, Target } from './model';

/** The message `kind` of every command sent to the background. */
export const COMMAND_KIND = 'dueguard/command';

/** The message `kind` a page sends when the derived record could not stand in for the data: the background rebuilds it. */
export const REBUILD_KIND = 'dueguard/rebuild';

/** @example targetKey({ type: 'debt', id: 'a1' }) // 'debt:a1' */
export const targetKey = (target: Target): string => `${target.type}:${target.id}`;

/** @example debtOccurrenceKey('a1', '2026-03-09') // 'debt:a1:2026-03-09' */
export const debtOccurrenceKey = (debtId: string, due: Day): string => `debt:${debtId}:${due}`;

/** @example planInstallmentKey('p1', 0) // 'plan:p1:0' (the down payment) */
export const planInstallmentKey = (planId: string, seq: number): string => `plan:${planId}:${seq}`;

/** A reminder key, read: what kind of reminder it is and what it is about. */
export type ReminderKey =
  | { type: 'lead'; installmentKey: string; leadDays: number }
  | { type: 'overdue'; installmentKey: string; day: Day }
  | { type: 'statement'; installmentKey: string; day: Day }
  | { type: 'plan-at-risk'; planId: string; installmentKey: string };

const AT_RISK = ':at-risk:';

/** What `planReminders` appends to an installment key for a lead reminder (built once per due day, not per item). */
export const leadSuffix = (leadDays: number): string => `:lead:${leadDays}`;
/** What `planReminders` appends to an installment key for an overdue reminder. */
export const overdueSuffix = (day: Day): string => `:overdue:${day}`;
/** What `planReminders` appends to a statement cycle's key for its statement-day reminder. */
export const statementSuffix = (day: Day): string => `:statement:${day}`;

/**
 * @example reminderKey({ type: 'lead', installmentKey: 'debt:a:2026-03-09', leadDays: 3 }) // 'debt:a:2026-03-09:lead:3'
 */
export function reminderKey(key: ReminderKey): string {
  switch (key.type) {
    case 'lead':
      return key.installmentKey + leadSuffix(key.leadDays);
    case 'overdue':
      return key.installmentKey + overdueSuffix(key.day);
    case 'statement':
      return key.installmentKey + statementSuffix(key.day);
    case 'plan-at-risk':
      return `plan:${key.planId}${AT_RISK}${key.installmentKey}`;
  }
}

/**
 * A reminder key read back, or null for a string of no reminder shape.
 * @example parseReminderKey('plan:p:at-risk:plan:p:2') // { type: 'plan-at-risk', planId: 'p', installmentKey: 'plan:p:2' }
 */
export function parseReminderKey(key: string): ReminderKey | null {
  const atRisk = key.indexOf(AT_RISK);
  if (atRisk >= 0) {
    if (!key.startsWith('plan:')) return null;
    return { type: 'plan-at-risk', planId: key.slice(5, atRisk), installmentKey: key.slice(atRisk + AT_RISK.length) };
  }
  const last = key.lastIndexOf(':');
  const typeStart = last > 0 ? key.lastIndexOf(':', last - 1) : -1;
  if (typeStart <= 0) return null;
  const type = key.slice(typeStart + 1, last);
  const value = key.slice(last + 1);
  const installmentKey = key.slice(0, typeStart);
  if (type === 'lead' && /^\d+$/.test(value)) return { type, installmentKey, leadDays: Number(value) };
  if ((type === 'overdue' || type === 'statement') && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { type, installmentKey, day: value as Day };
  return null;
}

/**
 * The installment key a reminder key is about; a key of no reminder shape is returned as it is. Found
 * by position, not by `parseReminderKey`: it runs for every sent-log entry on every wake, and a regex
 * per key was a wake's hot spot.
 * @example installmentKeyOf('debt:a:2026-03-09:lead:3') // 'debt:a:2026-03-09'
 * @example installmentKeyOf('plan:p:at-risk:plan:p:2') // 'plan:p:2'
 */
export function installmentKeyOf(reminderKey: string): string {
  const atRisk = reminderKey.indexOf(AT_RISK);
  if (atRisk >= 0) return reminderKey.slice(atRisk + AT_RISK.length);
  const last = reminderKey.lastIndexOf(':');
  const typeStart = last > 0 ? reminderKey.lastIndexOf(':', last - 1) : -1;
  if (typeStart < 0 || last === reminderKey.length - 1) return reminderKey;
  const type = reminderKey.slice(typeStart + 1, last);
  return type === 'lead' || type === 'overdue' || type === 'statement' ? reminderKey.slice(0, typeStart) : reminderKey;
}

/** True for a plan warning's key: such a reminder stands alone, not for its installment's others. */
export const isPlanWarningKey = (key: string): boolean => key.includes(AT_RISK);

const SUMMARY_PREFIX = 'summary:';
const FAILED_PREFIX = 'failed:';

/** The id of a summary notification, named after the first reminder it gathers. */
export const summaryNotificationId = (firstReminderKey: string): string => SUMMARY_PREFIX + firstReminderKey;

/** The id of the notice that a notification's button did not work, named after that notification. */
export const failedNotificationId = (notificationId: string): string => FAILED_PREFIX + notificationId;

/**
 * What a notification is about: its installment, or null for a summary (it is about several) or an id
 * DueGuard did not make. Read with `parseReminderKey`: a click is rare, so the full check costs nothing.
 * @example notificationInstallmentKey('debt:a:2026-03-09:lead:3') // 'debt:a:2026-03-09'
 * @example notificationInstallmentKey('failed:debt:a:2026-03-09:lead:3') // 'debt:a:2026-03-09'
 */
export function notificationInstallmentKey(notificationId: string): string | null {
  if (notificationId.startsWith(FAILED_PREFIX)) return notificationInstallmentKey(notificationId.slice(FAILED_PREFIX.length));
  return notificationId.startsWith(SUMMARY_PREFIX) ? null : (parseReminderKey(notificationId)?.installmentKey ?? null);
}
