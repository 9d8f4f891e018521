/**
 * The derived records' shapes and their cheap check, apart from the builder (derived.ts): the worker's
 * record (its alarm path) and the popup's (its first screen). What reads them imports this module
 * only, which pulls in no schema library and no planner. A record is never the source of truth:
 * `openDerived` says whether it can stand in for the full computation at an instant, and anything it
 * does not vouch for is rebuilt from the data.
 */
import { toDay } from './day';
import type { Day, Settings } from './model';
import type { Badge, OverviewTotals } from './overview';
import type { Reminder } from './reminders';
import type { PlanView, RowView } from './row-view';

/** Bumped whenever the record's shape or meaning changes: another version is rebuilt, never read. */
export const DERIVED_VERSION = 5;

/** Rows shown in "Later" before "Show all" (a long tail of far-off bills should not bury what is due). */
export const LATER_ROWS = 5;

/** Rows the popup's first screen draws: more than fit in the popup's 600 px before scrolling. */
export const FIRST_SCREEN_ROWS = 10;

/** A reminder's own notification, worded when the record was built (for its day). */
export interface DerivedNotice {
  title: string;
  message: string;
  buttons: string[];
}

/**
 * A reminder the next wakes of the day may show, with the words of what a wake on time shows of it:
 * its own notification when it comes alone, its line when it is among a summary's first lines
 * (derived.ts). A wake that needs words the record lacks (it came late and found more due at once)
 * is not served from the record; the full wake words it.
 */
export interface DerivedReminder {
  reminder: Reminder;
  notice?: DerivedNotice;
  line?: string;
}

export type DerivedSection = 'overdue' | 'dueSoon' | 'minimumPaid' | 'later';

/** One row of the popup's first screen: a debt or plan within a section (row-view.ts). */
export interface DerivedRow extends RowView {
  section: DerivedSection;
}

/** What a derived record must match to be used: the stored settings and the browser's language. */
export interface DerivedStamp {
  /** `hashSettings` of the settings record as stored. */
  settingsHash: string;
  /** The browser's UI language, which the 'auto' language follows. */
  uiLanguage: string;
}

/** What both derived records hold to say whether they can be used: when, where and for what they were built. */
export interface DerivedHead extends DerivedStamp {
  version: typeof DERIVED_VERSION;
  /** The local day it was built for: another day means a re-plan. */
  day: Day;
  /** Epoch ms when it was built: a clock earlier than this moved back. */
  builtAt: number;
  /** `Date#getTimezoneOffset()` when built: another zone (or a DST change) means a re-plan. */
  tzOffset: number;
  /** The next local midnight after `builtAt`, epoch ms. */
  nextMidnight: number;
  /** The language setting the words are in (the stamp's `uiLanguage` resolves 'auto'). */
  language: Settings['language'];
}

/** The worker's record: the badge, the day's reminders with the words their wakes show, the next wake. */
export interface DerivedRecord extends DerivedHead {
  badge: Badge & { title: string };
  /**
   * Every reminder due before `nextMidnight` that was not spent when the record was built (a reminder
   * once spent stays spent: the sent log only grows until the data changes). What the alarm path shows
   * after that is in SHOWN_KEY until the next full wake takes it into the log and builds a new record.
   */
  reminders: DerivedReminder[];
  /**
   * The snoozes of those reminders' installments (installment key → until, epoch ms): the alarm path
   * does not read the log. A snooze is a command, which voids the record.
   */
  snoozed: Record<string, number>;
  /** The earliest wake at or after `nextMidnight` the full plan gave (null: none within the plan). */
  laterWake: number | null;
}

/**
 * The popup's record, apart from the worker's so that the popup reads a few kilobytes: what its first
 * screen draws, which is what fits in the popup before any scrolling.
 */
export interface FirstScreenRecord extends DerivedHead {
  /** The theme setting, so the first screen is drawn in it. */
  theme: Settings['theme'];
  /** The first `FIRST_SCREEN_ROWS` rows, in the popup's order (each section's, "Later" up to `LATER_ROWS`). */
  rows: DerivedRow[];
  /** How many rows each section has in all (Later: before "Show all"), for its heading. */
  sectionRows: Record<DerivedSection, number>;
  /** Snoozes of the rows' payments (installment key → until, epoch ms). */
  snoozed: Record<string, number>;
  totals: OverviewTotals;
  /** Payments (not rows) due within the week, as the summary counts them. */
  dueSoonCount: number;
  /** The plan list, when every row is in `rows` (otherwise it is below what the first screen draws). */
  plans: PlanView[];
  /** No debt and no plan stored: the popup shows its first-run screen. */
  empty: boolean;
}

/** 32-bit FNV-1a of `text`, base 36: a cheap check against a damaged record, not a defence against forgery. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The settings record as stored (the local copy wins, as on every read), hashed (none stored hashes as null). */
export const hashSettings = (stored: unknown): string => hashText(JSON.stringify(canonical(stored ?? null)));

/** `value` with object keys sorted: browsers may hand a stored object back with its keys reordered. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value).sort();
  return Object.fromEntries(keys.map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

declare const record: unique symbol;

/**
 * A derived record as stored: its JSON text and that text's hash. Stored as text, so the check hashes
 * what was written as it was written (an object could come back with its keys reordered and would
 * have to be put in canonical form first, 40 ms for the worker's record at 1000 debts) and reading it
 * is one `JSON.parse`. `record` only carries the type of what the text holds.
 */
export interface Sealed<T extends DerivedHead> {
  check: string;
  text: string;
  readonly [record]?: T;
}

/** `body` as stored, with its check. */
export function sealDerived<T extends DerivedHead>(body: T): Sealed<T> {
  const text = JSON.stringify(body);
  return { check: hashText(text), text };
}

/** The record `raw` holds, when it is a sealed record of this version whose check holds; else null. */
export function unsealDerived<T extends DerivedHead>(raw: unknown): T | null {
  const { check, text } = (raw ?? {}) as Partial<Sealed<T>>;
  if (typeof text !== 'string' || typeof check !== 'string' || hashText(text) !== check) return null;
  const body = JSON.parse(text) as T;
  return body.version === DERIVED_VERSION ? body : null;
}

/** Whether `stored` is sound and says what `record` says, whenever each was built: then it need not be written again. */
export function sameDerived<T extends DerivedHead>(stored: unknown, record: T): boolean {
  const sound = unsealDerived<T>(stored);
  // Both texts come from the same builder, so equal records are written with their keys in the same order.
  return (
    sound !== null &&
    sound.builtAt <= record.builtAt &&
    JSON.stringify({ ...sound, builtAt: 0 }) === JSON.stringify({ ...record, builtAt: 0 })
  );
}

/**
 * `raw` (as read from storage) when it can stand in for the full computation at `now`: this version,
 * intact, built for today in this time zone and no later than `now`, before the next midnight, and for
 * the settings and language `stamp` holds. Null otherwise: the caller rebuilds it from the data.
 */
export function openDerived<T extends DerivedHead = DerivedRecord>(raw: unknown, now: number, stamp: DerivedStamp): T | null {
  const record = unsealDerived<T>(raw);
  if (!record) return null;
  const date = new Date(now);
  const current =
    record.day === toDay(date) &&
    record.tzOffset === date.getTimezoneOffset() &&
    record.builtAt <= now &&
    now < record.nextMidnight &&
    record.settingsHash === stamp.settingsHash &&
    record.uiLanguage === stamp.uiLanguage;
  return current ? record : null;
}
