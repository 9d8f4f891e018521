/**
 * When a bill recurs: once, monthly (every N months, on a day or on the month's last day) or yearly,
 * ending never, after a count or on a date, with single occurrences skipped or postponed. Every
 * scheduled day is computed from the first due day, never chained from the one before, so a bill on the
 * 31st goes Jan 31 → Feb 28 → Mar 31.
 */
import { addDaysToDay, monthlyDue } from './day';
import type { Day, Recurrence } from './model';

/** One occurrence that is still due: where the schedule put it, and where it falls after a postponement. */
export interface Occurrence {
  /** 0-based index in the schedule (skipped occurrences keep their index). */
  seq: number;
  /** The day the schedule gives. */
  scheduled: Day;
  /** The day it is due: `scheduled`, or the day it was postponed to. */
  due: Day;
}

/** The last day of the month `day` is in. */
function monthEnd(day: Day): Day {
  return addDaysToDay(monthlyDue(`${day.slice(0, 8)}01` as Day, 1), -1);
}

/**
 * The day occurrence `n` (0-based) of a recurring bill is scheduled on, whatever its end or changes.
 * @example scheduledDay({ type: 'monthly', firstDue: '2026-01-31', every: 1 }, 1) // '2026-02-28'
 * @example scheduledDay({ type: 'monthly', firstDue: '2026-02-28', lastDay: true }, 1) // '2026-03-31'
 * @example scheduledDay({ type: 'yearly', firstDue: '2028-02-29' }, 1) // '2029-02-28'
 */
export function scheduledDay(r: Exclude<Recurrence, { type: 'once' }>, n: number): Day {
  if (r.type === 'yearly') return monthlyDue(r.firstDue, 12 * n);
  const day = monthlyDue(r.firstDue, (r.every ?? 1) * n);
  return r.lastDay ? monthEnd(day) : day;
}

/**
 * The occurrences of a recurrence in schedule order, skipped ones left out and postponed ones on their
 * new day. One with no end stops at the first scheduled day after `until`, so its next one is known.
 * @example recurrenceOccurrences({ type: 'monthly', firstDue: '2026-01-10', count: 3,
 *   changes: [{ due: '2026-02-10', action: 'skip' }] }, '2026-12-31').map((o) => o.due) // ['2026-01-10', '2026-03-10']
 */
export function recurrenceOccurrences(r: Recurrence, until: Day): Occurrence[] {
  if (r.type === 'once') return [{ seq: 0, scheduled: r.dueDate, due: r.dueDate }];
  const changes = new Map((r.changes ?? []).map((c) => [c.due, c]));
  const open = r.count === undefined && r.until === undefined;
  const occurrences: Occurrence[] = [];
  for (let n = 0; r.count === undefined || n < r.count; n++) {
    const scheduled = scheduledDay(r, n);
    if (r.until !== undefined && scheduled > r.until) break;
    const change = changes.get(scheduled);
    if (change?.action !== 'skip') occurrences.push({ seq: n, scheduled, due: change?.action === 'postpone' ? change.to : scheduled });
    if (open && scheduled > until) break;
  }
  return occurrences;
}

/**
 * True when `day` is one of the recurrence's scheduled days (what a skip or a postponement names).
 * Searches no further than the schedule's end, or `day` itself for one without an end.
 */
export function isScheduledDay(r: Recurrence, day: Day): boolean {
  if (r.type === 'once') return r.dueDate === day;
  for (let n = 0; r.count === undefined || n < r.count; n++) {
    const scheduled = scheduledDay(r, n);
    if (scheduled === day) return true;
    if (scheduled > day || (r.until !== undefined && scheduled > r.until)) return false;
  }
  return false;
}
