/**
 * The full computation of one wake (`planWake`) and the small derived record built from it
 * (`buildDerived`; its shape and check: derived-record.ts). The background writes the record after
 * every full computation; an alarm wake on the same day and the popup's first screen read it instead
 * of reading, validating and re-planning all the data.
 */
import { daysBetween, nextLocalMidnight, toDay } from './day';
import {
  sealDerived,
  DERIVED_VERSION,
  type DerivedRecord,
  type DerivedRow,
  type DerivedSection,
  type DerivedStamp,
  type DerivedWords,
} from './derived-record';
import { groupItems } from './item-groups';
import { getStage, ladderDue } from './ladder';
import type { Day, ReminderState } from './model';
import { getOpenInstallments, openItemsByKey, type OpenItem } from './open-installments';
import { getBadge, getBadgeSummary, getOverview, type BadgeSummary, type Overview } from './overview';
import { reminderItems } from './reminder-items';
import { getNextWake, isSpent, planReminders, type Reminder } from './reminders';
import type { WritableState } from './state';

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

/** Rows of "Later" the record keeps: the popup shows this many before "Show all". */
export const LATER_ROWS = 5;

/** The words the record carries, from the background's texts (the domain has none). */
export interface DerivedWording {
  language: DerivedRecord['language'];
  reminder(reminder: Reminder, item: OpenItem): Omit<DerivedWords, 'line'>;
  line(reminder: Reminder, item: OpenItem): string;
  badgeTitle(summary: BadgeSummary): string;
}

/** The popup's rows of one section, as the popup groups them (one per debt or plan). */
function rowsOf(section: DerivedSection, items: readonly OpenItem[], today: Day): DerivedRow[] {
  return groupItems(items).map(({ key, lead, items: members, remaining }) => ({
    key,
    section,
    name: lead.name,
    kind: lead.kind,
    amount: remaining,
    currency: lead.currency,
    due: lead.status.due,
    days: daysBetween(today, lead.status.due),
    // As the popup's row places it (item-row.tsx).
    stage: lead.status.state === 'overdue' ? (getStage(daysBetween(ladderDue(lead), today))?.id ?? null) : null,
    count: members.length,
  }));
}

/**
 * The derived record of `wake`, with the sent log `log` as it stands after the wake, at `now`.
 * Pure: the same inputs give the same record.
 */
export function buildDerived(wake: Wake, log: ReminderState, now: number, stamp: DerivedStamp, wording: DerivedWording): DerivedRecord {
  const { today, overview, items } = wake;
  const nextMidnight = nextLocalMidnight(now);
  const spent = isSpent(log);
  const open = wake.reminders.filter((r) => !spent(r) && items.has(r.installmentKey));
  const later = open.filter((r) => r.fireAt >= nextMidnight);
  const laterRows = rowsOf('later', overview.later, today);
  return sealDerived({
    version: DERIVED_VERSION,
    day: today,
    builtAt: now,
    tzOffset: new Date(now).getTimezoneOffset(),
    nextMidnight,
    ...stamp,
    language: wording.language,
    badge: { ...getBadge(overview), title: wording.badgeTitle(getBadgeSummary(overview)) },
    reminders: open
      .filter((r) => r.fireAt < nextMidnight)
      .map((reminder) => {
        const item = items.get(reminder.installmentKey)!;
        return { reminder, words: { ...wording.reminder(reminder, item), line: wording.line(reminder, item) } };
      }),
    laterWake: getNextWake(later, log, now),
    popup: {
      rows: [
        ...rowsOf('overdue', overview.overdue, today),
        ...rowsOf('dueSoon', overview.dueSoon, today),
        ...rowsOf('minimumPaid', overview.minimumPaid, today),
        ...laterRows.slice(0, LATER_ROWS),
      ],
      laterHidden: Math.max(0, laterRows.length - LATER_ROWS),
      totals: overview.totals,
      planCount: overview.plans.length,
    },
  });
}
