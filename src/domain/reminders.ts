/**
 * Reminders: every notification an open installment or a plan will need (lead, overdue, a statement
 * account's statement day, a plan at risk), each with a stable key, and
 * which of them to show at `now`. The background re-plans on every wake from storage (nothing is kept
 * in memory), shows what `getDueReminders` returns, records it with `markSent`, and arms one alarm at
 * `getNextWake`. All instants are epoch ms; reminder times are local wall-clock times on calendar days,
 * so DST days keep the chosen hour.
 *
 * Every reminder has a key (keys.ts), stable across wakes, so a reminder is never shown twice.
 *
 * Catch-up (what was missed while the browser was closed):
 * - of an item's lead reminders whose time has passed, only the latest is kept: it stands for the
 *   missed ones; none once the item is overdue (the overdue reminders take over);
 * - overdue reminders are planned for yesterday, today and tomorrow: the newest due one stands for
 *   the days missed;
 * - nothing older than CATCH_UP_DAYS is planned, so the sent log, pruned after SENT_RETENTION_DAYS,
 *   never forgets a reminder that could still be planned;
 * - nothing later than PLAN_AHEAD_DAYS is planned either: the midnight alarm wakes the worker every
 *   day, and a wake needs only what is due now and the next reminder time;
 * - `getDueReminders` shows only the newest due reminder of an item, never one whose time is not later
 *   than the last time a reminder of the item was shown (superseded, or the clock moved back);
 *   `planNotices` (notices.ts) gathers several into one summary.
 */
import { addDaysToDay, atLocalTime, toDay } from './day';
import { installmentKeyOf, isPlanWarningKey, leadSuffix, overdueSuffix, reminderKey, statementSuffix } from './keys';
import type { Day, Minor, ReminderState, Settings } from './model';
import type { PlanState } from './plan-status';
import type { InstallmentState } from './status';

/** One notification to show at `fireAt`: a lead reminder says how many days before the due date it is. */
export type Reminder = {
  key: string;
  /** The installment it is about (for a plan warning: the late installment); snoozes go by this key. */
  installmentKey: string;
  /** The day it is for (lead: due − n; overdue: that day overdue; plan-at-risk: the first day late). */
  day: Day;
  /** Epoch ms: the reminder time on `day`, moved to the end of quiet hours when it falls in them. */
  fireAt: number;
} &
  /** `payBy`: the days were counted to this pay-by day, the last working day before a due date on a non-working day. */
  ({ type: 'lead'; leadDays: number; payBy?: Day } | { type: 'overdue' } | { type: 'statement' } | { type: 'plan-at-risk' });

export type ReminderType = Reminder['type'];

/** What planning needs of an installment: an `InstallmentStatus` fits. */
export interface ReminderItem {
  key: string;
  due: Day;
  remaining: Minor;
  state: InstallmentState;
  daysOverdue: number;
  /** A statement cycle's statement day, and whether its statement is still to be entered. */
  cycle?: { statementDate: Day; estimated: boolean } | undefined;
  /** The day lead reminders count to when it is not the due day: a pay-by day (reminder-items.ts). */
  leadTo?: Day | undefined;
}

/** What planning needs of a plan: a `PlanSummary` from the overview fits. */
export interface ReminderPlan {
  plan: { id: string };
  state: PlanState;
  /** The earliest late installment, if any. */
  late: { key: string; due: Day } | null;
}

/** The settings reminders depend on (model.ts SettingsSchema). */
export type ReminderSettings = Pick<Settings, 'leadDays' | 'reminderTime' | 'quietHours' | 'dailyOverdue'>;

/** Reminders older than this many days are not caught up any more. */
export const CATCH_UP_DAYS = 30;
/**
 * Reminders are planned this many days ahead at most (more than the one day to the next midnight
 * wake): later ones are planned on a later wake, so a loan's installments years away cost nothing now.
 */
export const PLAN_AHEAD_DAYS = 31;
/** Sent-log entries are kept this many days (more than CATCH_UP_DAYS: see the module comment). */
export const SENT_RETENTION_DAYS = 60;
const DAY_MS = 86_400_000;

/** Whether a wake at `now` still catches `r` up (the plan at `now` holds it): not older than CATCH_UP_DAYS. */
export const caughtUpAt =
  (now: number) =>
  (r: Pick<Reminder, 'fireAt'>): boolean =>
    r.fireAt >= now - CATCH_UP_DAYS * DAY_MS;

type QuietHours = ReminderSettings['quietHours'];

/**
 * `fireAt` moved to the end of quiet hours when it falls in them. The window is [start, end) in local
 * time and wraps midnight when start > end (22:00–08:00); start = end means no quiet hours.
 * @example deferForQuietHours(atLocalTime('2026-03-02', '23:30'), { enabled: true, start: '22:00', end: '08:00' }) // 2026-03-03 08:00 local
 */
export function deferForQuietHours(fireAt: number, quiet: QuietHours): number {
  if (!quiet.enabled || quiet.start === quiet.end) return fireAt;
  const date = new Date(fireAt);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const day = toDay(date);
  const wraps = quiet.start > quiet.end;
  if (!wraps) return time >= quiet.start && time < quiet.end ? atLocalTime(day, quiet.end) : fireAt;
  if (time >= quiet.start) return atLocalTime(addDaysToDay(day, 1), quiet.end);
  if (time < quiet.end) return atLocalTime(day, quiet.end);
  return fireAt;
}

/** The reminders planned for one instant. */
interface Bucket {
  reminders: Reminder[];
  /** Whether `reminders` are known to be in key order already (else they are sorted at the end). */
  inKeyOrder: boolean;
}

/** A reminder of some item on one day, minus the item: what every item due on the same day shares. */
interface Slot {
  /** Appended to the installment key to make the reminder key. */
  suffix: string;
  /** For a lead reminder: days before the due date; undefined for an overdue one. */
  leadDays: number | undefined;
  day: Day;
  fireAt: number;
  bucket: Bucket;
  /** The pay-by day a lead reminder's days were counted to. */
  payBy: Day | undefined;
}

/** Key order (UTF-16 code units, as `<` compares strings). */
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Paid items (state `paid` or nothing remaining) get no reminder. */
const isOpen = (item: ReminderItem) => item.state !== 'paid' && item.remaining > 0;

/**
 * Sorts `items` by key, in place, and tells whether that order sorts their reminders too: not when a
 * key repeats or is the start of another (`a` and `a:b`: `a:lead:3` sorts after `a:b:lead:3`).
 * Otherwise two reminder keys, an item key and a suffix each, compare as their item keys do.
 */
function sortByKey(items: ReminderItem[]): boolean {
  items.sort(byKey);
  for (let i = 1; i < items.length; i++) if (items[i]!.key.startsWith(items[i - 1]!.key)) return false;
  return true;
}

/**
 * Every reminder the open items and plans need around `now`, sorted by `fireAt` (then key).
 * Paid items (state `paid` or nothing remaining) get none. With `dailyOverdue` off an overdue item
 * gets a single reminder, on its first day overdue.
 *
 * Runs on every wake over every open item, so it is built for many items sharing few due days: what
 * depends only on the due day (the lead and overdue days, their times, which lead reminders are
 * still wanted) is worked out once per distinct due day; reminders are gathered per `fireAt`, and
 * taking the items in key order fills each instant's reminders in key order, so in the usual case
 * no reminder is compared with another (tests/domain/reminders-plan-equivalence.test.ts checks this
 * against the plain definition).
 *
 * @example
 * planReminders({ items: [{ key: 'debt:a:2026-03-09', due: '2026-03-09', remaining: 5000, state: 'upcoming', daysOverdue: 0 }],
 *   plans: [], settings: { leadDays: [3, 0], reminderTime: '09:00', quietHours: { enabled: false, start: '22:00', end: '08:00' }, dailyOverdue: true },
 *   now: new Date(2026, 2, 1).getTime() }).map((r) => r.key)
 * // ['debt:a:2026-03-09:lead:3', 'debt:a:2026-03-09:lead:0']
 */
export function planReminders({
  items,
  plans,
  settings,
  now,
  aheadDays = PLAN_AHEAD_DAYS,
}: {
  items: readonly ReminderItem[];
  plans: readonly ReminderPlan[];
  settings: ReminderSettings;
  now: number;
  /** How far ahead to plan (tests pass Infinity to see every reminder). */
  aheadDays?: number;
}): Reminder[] {
  const today = toDay(new Date(now));
  const oldest = now - CATCH_UP_DAYS * DAY_MS;
  const latest = now + aheadDays * DAY_MS;
  const leadDays = [...new Set(settings.leadDays)];
  // An item due (or counting its leads to a pay-by day) after this day has every reminder after
  // `latest`: it is left out before any work.
  const lastDue = Number.isFinite(latest) ? addDaysToDay(toDay(new Date(latest)), Math.max(0, ...leadDays)) : null;
  const isPlanned = (item: ReminderItem) => isOpen(item) && (lastDue === null || (item.leadTo ?? item.due) <= lastDue);
  // Taken in key order, the items fill each instant's reminders in key order. When that order does
  // not sort their reminders, they are taken as given and each instant's reminders are sorted.
  const byItemKey = items.filter(isPlanned);
  const keyOrdered = sortByKey(byItemKey);
  const open = keyOrdered ? byItemKey : items.filter(isPlanned);

  const fireAts = new Map<Day, number>();
  const at = (day: Day): number => {
    let fireAt = fireAts.get(day);
    if (fireAt === undefined) fireAts.set(day, (fireAt = deferForQuietHours(atLocalTime(day, settings.reminderTime), settings.quietHours)));
    return fireAt;
  };
  const buckets = new Map<number, Bucket>();
  const bucketAt = (fireAt: number): Bucket => {
    let bucket = buckets.get(fireAt);
    if (!bucket) buckets.set(fireAt, (bucket = { reminders: [], inKeyOrder: keyOrdered }));
    return bucket;
  };

  const aroundToday = [-1, 0, 1].map((n) => addDaysToDay(today, n));
  /**
   * The slots of an item due on `due`: its lead reminders (none once past), counted to `leadTo`, then
   * its overdue ones.
   */
  const slotsOf = (due: Day, leadTo: Day | undefined): Slot[] => {
    const slots: Slot[] = [];
    // Slots are made as literals of one shape: the item loop reads them a hundred thousand times.
    const add = (suffix: string, leadDays: number | undefined, day: Day, fireAt: number) => {
      if (fireAt >= oldest && fireAt <= latest) slots.push({ suffix, leadDays, day, fireAt, bucket: bucketAt(fireAt), payBy: leadTo });
    };
    if (due >= today) {
      const leads = leadDays.map((n) => ({ n, day: addDaysToDay(leadTo ?? due, -n), fireAt: 0 }));
      for (const lead of leads) lead.fireAt = at(lead.day);
      // Of the leads whose time has passed only the latest is kept: it stands for the missed ones.
      let latestPast: (typeof leads)[number] | null = null;
      for (const lead of leads) if (lead.fireAt <= now && !(latestPast && latestPast.fireAt >= lead.fireAt)) latestPast = lead;
      for (const lead of leads) if (lead.fireAt > now || lead === latestPast) add(leadSuffix(lead.n), lead.n, lead.day, lead.fireAt);
    }
    const firstLate = addDaysToDay(due, 1);
    for (const day of settings.dailyOverdue ? aroundToday.filter((d) => d >= firstLate) : [firstLate])
      add(overdueSuffix(day), undefined, day, at(day));
    // Two reminders of one item at the same instant (a day some zone skipped) do not follow item order.
    for (const s of slots) if (slots.some((other) => other !== s && other.bucket === s.bucket)) s.bucket.inKeyOrder = false;
    return slots;
  };
  /** By due day, and pay-by day when the lead reminders count to one: items sharing both share their slots. */
  const slotsByDue = new Map<string, Slot[]>();

  for (const item of open) {
    const slotKey = item.leadTo ? `${item.due}>${item.leadTo}` : item.due;
    let slots = slotsByDue.get(slotKey);
    if (!slots) slotsByDue.set(slotKey, (slots = slotsOf(item.due, item.leadTo)));
    for (const s of slots) {
      s.bucket.reminders.push(
        s.leadDays === undefined
          ? { key: item.key + s.suffix, installmentKey: item.key, type: 'overdue', day: s.day, fireAt: s.fireAt }
          : s.payBy
            ? {
                key: item.key + s.suffix,
                installmentKey: item.key,
                type: 'lead',
                leadDays: s.leadDays,
                day: s.day,
                fireAt: s.fireAt,
                payBy: s.payBy,
              }
            : { key: item.key + s.suffix, installmentKey: item.key, type: 'lead', leadDays: s.leadDays, day: s.day, fireAt: s.fireAt },
      );
    }
  }

  // A statement account's new statement is out: a reminder on its statement day to enter it, while
  // it is still estimated and not yet due. All open items: a statement day can be within the window
  // when its due day is past the lead reminders' `lastDue`.
  for (const item of items) {
    const cycle = item.cycle;
    if (!cycle?.estimated || item.due < today || !isOpen(item)) continue;
    const fireAt = at(cycle.statementDate);
    if (fireAt < oldest || fireAt > latest) continue;
    const bucket = bucketAt(fireAt);
    bucket.reminders.push({
      key: item.key + statementSuffix(cycle.statementDate),
      installmentKey: item.key,
      type: 'statement',
      day: cycle.statementDate,
      fireAt,
    });
    bucket.inKeyOrder = false;
  }

  for (const { plan, state, late } of plans) {
    if (!late || (state !== 'at-risk' && state !== 'broken')) continue;
    const day = addDaysToDay(late.due, 1);
    const fireAt = at(day);
    if (fireAt < oldest || fireAt > latest) continue;
    const bucket = bucketAt(fireAt);
    const key = reminderKey({ type: 'plan-at-risk', planId: plan.id, installmentKey: late.key });
    bucket.reminders.push({ key, installmentKey: late.key, type: 'plan-at-risk', day, fireAt });
    bucket.inKeyOrder = false;
  }

  const lists = [...buckets.keys()]
    .sort((a, b) => a - b)
    .map((fireAt) => {
      const { reminders, inKeyOrder } = buckets.get(fireAt)!;
      // Array sort is stable: reminders with equal keys keep the order they were planned in.
      return inKeyOrder ? reminders : reminders.sort(byKey);
    });
  return joinLists(lists);
}

/**
 * The lists one after another. `concat` copies them natively (pushing one by one cost a tenth of a
 * 100k-installment plan), in batches: spreading a hundred thousand arrays into one call could
 * overflow the stack.
 */
function joinLists<T>(lists: readonly T[][]): T[] {
  const BATCH = 10_000;
  let out: T[] = [];
  for (let i = 0; i < lists.length; i += BATCH) out = out.concat(...lists.slice(i, i + BATCH));
  return out;
}

/** Reminders that stand for each other: an installment's lead and overdue reminders; each plan warning alone. */
const groupOf = (r: Reminder) => (r.type === 'plan-at-risk' ? r.key : r.installmentKey);
const groupOfKey = (key: string) => (isPlanWarningKey(key) ? key : installmentKeyOf(key));

/**
 * A predicate: true for a reminder that must not be shown any more, because it was sent or because a
 * reminder of its group was shown after its time (it is superseded, or the clock moved back).
 */
export function isSpent(state: ReminderState): (r: Reminder) => boolean {
  // A Set, not `key in state.sent`: `in` would intern every planned key, thousands on a big wake.
  const sent = new Set<string>();
  const lastSent = new Map<string, number>();
  for (const [key, at] of Object.entries(state.sent)) {
    sent.add(key);
    const group = groupOfKey(key);
    lastSent.set(group, Math.max(lastSent.get(group) ?? -Infinity, at));
  }
  return (r) => sent.has(r.key) || r.fireAt <= (lastSent.get(groupOf(r)) ?? -Infinity);
}

/**
 * What to show at `now`: reminders due (fireAt ≤ now), not sent, not snoozed; of an installment's
 * several due reminders only the newest, and none that is not newer than one of the installment
 * already shown; oldest first. How they become notifications is `planNotices`'s rule.
 * @example getDueReminders(reminders, { sent: {}, snoozed: {} }, now) // [reminder, …]
 */
export function getDueReminders(reminders: readonly Reminder[], state: ReminderState, now: number): Reminder[] {
  const spent = isSpent(state);
  const newestDue = new Map<string, Reminder>();
  for (const r of reminders) {
    if (r.fireAt > now || spent(r) || (state.snoozed[r.installmentKey] ?? 0) > now) continue;
    const best = newestDue.get(groupOf(r));
    if (!best || r.fireAt > best.fireAt) newestDue.set(groupOf(r), r);
  }
  return [...newestDue.values()].sort((a, b) => a.fireAt - b.fireAt);
}

/**
 * `state` with `reminders` recorded as sent at `now`.
 * @example markSent({ sent: {}, snoozed: {} }, [reminder], now).sent // { [reminder.key]: now }
 */
export function markSent(state: ReminderState, reminders: readonly Reminder[], now: number): ReminderState {
  return { ...state, sent: { ...state.sent, ...Object.fromEntries(reminders.map((r) => [r.key, now])) } };
}

/**
 * `state` with the reminders `shown` (key → epoch ms) recorded as sent, each at the later time when
 * both hold it.
 * @example withShown({ sent: { a: 1 }, snoozed: {} }, { a: 2, b: 3 }).sent // { a: 2, b: 3 }
 */
export function withShown(state: ReminderState, shown: Readonly<Record<string, number>>): ReminderState {
  const entries = Object.entries(shown).filter(([key, at]) => at > (state.sent[key] ?? -Infinity));
  return entries.length === 0 ? state : { ...state, sent: { ...state.sent, ...Object.fromEntries(entries) } };
}

/**
 * `state` without what is no longer needed, so the log stays bounded: sent entries of installments
 * not in `liveKeys` (paid or deleted) or older than SENT_RETENTION_DAYS, and snoozes of installments
 * not in `liveKeys` or already over.
 * @param liveKeys the keys of the installments still open (unpaid).
 * @example pruneReminderState(state, openItems.map((i) => i.status.key), now)
 */
export function pruneReminderState(state: ReminderState, liveKeys: Iterable<string>, now: number): ReminderState {
  const live = new Set(liveKeys);
  const oldest = now - SENT_RETENTION_DAYS * DAY_MS;
  return {
    sent: Object.fromEntries(Object.entries(state.sent).filter(([key, at]) => live.has(installmentKeyOf(key)) && at >= oldest)),
    snoozed: Object.fromEntries(Object.entries(state.snoozed).filter(([key, until]) => live.has(key) && until > now)),
  };
}

/**
 * When to wake next: the earliest time after `now` at which a reminder that `getDueReminders` could
 * still show becomes due — its `fireAt`, or the end of its installment's snooze if later. Null when
 * nothing is left.
 * @example getNextWake(reminders, state, now) // e.g. the epoch ms of tomorrow 09:00
 */
export function getNextWake(reminders: readonly Reminder[], state: ReminderState, now: number): number | null {
  const spent = isSpent(state);
  let next: number | null = null;
  for (const r of reminders) {
    if (spent(r)) continue;
    const wake = Math.max(r.fireAt, state.snoozed[r.installmentKey] ?? 0);
    if (wake > now && (next === null || wake < next)) next = wake;
  }
  return next;
}

/**
 * When "Remind me tomorrow" ends: tomorrow at the reminder time (from the popup or a notification).
 * @example snoozeUntilTomorrow('2026-03-02', { reminderTime: '09:00' }) // 2026-03-03 09:00 local
 */
export function snoozeUntilTomorrow(today: Day, settings: Pick<Settings, 'reminderTime'>): number {
  return atLocalTime(addDaysToDay(today, 1), settings.reminderTime);
}
