/**
 * The full computation of one wake (`planWake`) and the small derived record built from it
 * (`buildDerived`; its shape and check: derived-record.ts). The background writes the record after
 * every full computation; an alarm wake on the same day and the popup's first screen read it instead
 * of reading, validating and re-planning all the data.
 */
import { nextLocalMidnight, toDay } from './day';
import {
  DERIVED_VERSION,
  FIRST_SCREEN_ROWS,
  LATER_ROWS,
  type DerivedHead,
  type DerivedRecord,
  type FirstScreenRecord,
  type DerivedRow,
  type DerivedSection,
  type DerivedNotice,
  type DerivedReminder,
  type DerivedStamp,
} from './derived-record';
import { groupItems, type ItemGroup } from './item-groups';
import type { Day, ReminderState } from './model';
import { planNotices, SUMMARY_LINES, type Notice } from './notices';
import { getOpenInstallments, openItemsByKey, type OpenItem } from './open-installments';
import { getBadge, getBadgeSummary, getOverview, type BadgeSummary, type Overview } from './overview';
import { reminderItems } from './reminder-items';
import { caughtUpAt, getDueReminders, getNextWake, isSpent, markSent, planReminders, type Reminder } from './reminders';
import { planViews, rowView } from './row-view';
import type { WritableState } from './state';
import { workCalendar } from './year-file';

/** What one wake works from. */
export interface Wake {
  today: Day;
  overview: Overview;
  /** Every open installment by key. */
  items: Map<string, OpenItem>;
  /** Every reminder the open installments and plans need around now. */
  reminders: Reminder[];
}

/** The full computation at the instant `now` (epoch ms): open installments, overview, reminders. */
export function planWake(state: Pick<WritableState, 'data' | 'settings'>, now: number): Wake {
  const today = toDay(new Date(now));
  const open = getOpenInstallments(state.data, state.settings, today);
  const reminders = planReminders({ items: reminderItems(open.items, state.settings), plans: open.plans, settings: state.settings, now });
  return { today, overview: getOverview(open, state.settings.currency), items: openItemsByKey(open), reminders };
}

/** The words the record carries, from the background's texts (the domain has none). */
export interface DerivedWording {
  language: DerivedRecord['language'];
  reminder(reminder: Reminder, item: OpenItem): DerivedNotice;
  line(reminder: Reminder, item: OpenItem): string;
  badgeTitle(summary: BadgeSummary): string;
}

/** The snoozes `log` holds of the installments `keys` (installment key → until). */
const snoozesOf = (keys: readonly string[], log: ReminderState): Record<string, number> =>
  Object.fromEntries(keys.flatMap((key) => (key in log.snoozed ? [[key, log.snoozed[key]!]] : [])));

/** The sections of the popup's list, in its order, and what each lists. */
const SECTIONS = ['overdue', 'dueSoon', 'minimumPaid', 'later'] as const satisfies readonly DerivedSection[];

/**
 * The popup's first screen at `today`: each section's rows as the popup groups them (one per debt or
 * plan; Later up to `LATER_ROWS`), of which the first `FIRST_SCREEN_ROWS` are kept.
 */
function firstScreenOf(wake: Wake, state: Pick<WritableState, 'data' | 'settings'>, log: ReminderState) {
  const { today, overview } = wake;
  const calendar = workCalendar(state.settings.workCalendarYears);
  const groups = Object.fromEntries(SECTIONS.map((section) => [section, groupItems(overview[section])])) as Record<
    DerivedSection,
    ItemGroup[]
  >;
  const listed = SECTIONS.flatMap((section) =>
    (section === 'later' ? groups.later.slice(0, LATER_ROWS) : groups[section]).map((group) => ({ group, section })),
  );
  const rows: DerivedRow[] = listed
    .slice(0, FIRST_SCREEN_ROWS)
    .map(({ group, section }) => ({ ...rowView(group, today, calendar), section }));
  return {
    theme: state.settings.theme,
    rows,
    sectionRows: Object.fromEntries(SECTIONS.map((section) => [section, groups[section].length])) as Record<DerivedSection, number>,
    snoozed: snoozesOf(
      rows.map(({ leadKey }) => leadKey),
      log,
    ),
    totals: overview.totals,
    dueSoonCount: overview.dueSoon.length,
    plans: rows.length === listed.length ? planViews(overview.plans) : [],
    empty: state.data.debts.length === 0 && state.data.plans.length === 0,
  };
}

/**
 * The notices the alarm wakes before `until` show when each comes on time, as alarm-wake.ts runs them:
 * from `now`, wake when the alarm armed says, show what is due, record it, arm the next.
 */
function noticesOnTime(reminders: readonly Reminder[], log: ReminderState, now: number, until: number): Notice<string>[] {
  const installments = new Map(reminders.map((r) => [r.installmentKey, r.installmentKey]));
  const notices: Notice<string>[] = [];
  for (let at = getNextWake(reminders.filter(caughtUpAt(now)), log, now); at !== null && at < until;) {
    const live = reminders.filter(caughtUpAt(at));
    const due = getDueReminders(live, log, at);
    notices.push(...planNotices(due, installments));
    log = markSent(log, due, at);
    at = getNextWake(live, log, at);
  }
  return notices;
}

/**
 * The day's reminders (`open`, none spent), each with the words its wakes on time show (those alone:
 * a thousand debts come due together as one summary of a few lines, not a thousand notifications).
 */
function wordReminders(
  open: readonly Reminder[],
  log: ReminderState,
  now: number,
  until: number,
  items: Map<string, OpenItem>,
  wording: DerivedWording,
): DerivedReminder[] {
  const alone = new Set<string>();
  const lined = new Set<string>();
  for (const notice of noticesOnTime(open, log, now, until)) {
    if (notice.type === 'single') alone.add(notice.reminder.key);
    else for (const { reminder } of notice.entries.slice(0, SUMMARY_LINES)) lined.add(reminder.key);
  }
  return open.map((reminder) => {
    const item = items.get(reminder.installmentKey)!;
    return {
      reminder,
      ...(alone.has(reminder.key) && { notice: wording.reminder(reminder, item) }),
      ...(lined.has(reminder.key) && { line: wording.line(reminder, item) }),
    };
  });
}

/**
 * The derived records of `wake`, with the sent log `log` as it stands after the wake, at `now`: the
 * worker's and the popup's. Pure: the same inputs give the same records.
 */
export function buildDerived(
  wake: Wake,
  state: Pick<WritableState, 'data' | 'settings'>,
  log: ReminderState,
  now: number,
  stamp: DerivedStamp,
  wording: DerivedWording,
): { derived: DerivedRecord; firstScreen: FirstScreenRecord } {
  const { today, overview, items } = wake;
  const nextMidnight = nextLocalMidnight(now);
  const spent = isSpent(log);
  const open = wake.reminders.filter((r) => !spent(r) && items.has(r.installmentKey));
  const ofDay = open.filter((r) => r.fireAt < nextMidnight);
  const later = open.filter((r) => r.fireAt >= nextMidnight);
  const head: DerivedHead = {
    version: DERIVED_VERSION,
    day: today,
    builtAt: now,
    tzOffset: new Date(now).getTimezoneOffset(),
    nextMidnight,
    ...stamp,
    language: wording.language,
  };
  return {
    derived: {
      ...head,
      badge: { ...getBadge(overview), title: wording.badgeTitle(getBadgeSummary(overview)) },
      reminders: wordReminders(ofDay, log, now, nextMidnight, items, wording),
      snoozed: snoozesOf(
        ofDay.map((r) => r.installmentKey),
        log,
      ),
      laterWake: getNextWake(later, log, now),
    },
    firstScreen: { ...head, ...firstScreenOf(wake, state, log) },
  };
}
