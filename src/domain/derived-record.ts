/**
 * The derived record's shape and its cheap check, apart from the builder (derived.ts): what reads it
 * (the worker's alarm path, the popup's first screen) imports this module only, which pulls in no
 * schema library and no planner. The record is never the source of truth: `openDerived` says whether
 * it can stand in for the full computation at an instant, and anything it does not vouch for is
 * rebuilt from the data.
 */
import { toDay } from './day';
import type { Day, DebtKind, Minor, Settings } from './model';
import type { Badge, OverviewTotals } from './overview';
import type { Reminder } from './reminders';

/** Bumped whenever the record's shape or meaning changes: another version is rebuilt, never read. */
export const DERIVED_VERSION = 1;

/** A reminder's notification, worded when the record was built (for its day), and its line in a summary. */
export interface DerivedWords {
  title: string;
  message: string;
  buttons: string[];
  line: string;
}

/** A reminder the next wakes of the day may show, with its words. */
export interface DerivedReminder {
  reminder: Reminder;
  words: DerivedWords;
}

export type DerivedSection = 'overdue' | 'dueSoon' | 'minimumPaid' | 'later';

/** One row of the popup's first screen: a debt or plan within a section, as its oldest open item stands. */
export interface DerivedRow {
  /** The group key (`debt:<id>` or `plan:<id>`). */
  key: string;
  section: DerivedSection;
  name: string;
  kind: DebtKind;
  /** Left to pay over the group's items in the section. */
  amount: Minor;
  currency: string;
  due: Day;
  /** Days until the due day; negative when overdue. */
  days: number;
  /** The collection stage of an overdue row (delay.ts), null otherwise. */
  stage: string | null;
  /** How many payments the row stands for. */
  count: number;
}

/** What a derived record must match to be used: the stored settings and the browser's language. */
export interface DerivedStamp {
  /** `hashSettings` of the settings record as stored. */
  settingsHash: string;
  /** The browser's UI language, which the 'auto' language follows. */
  uiLanguage: string;
}

export interface DerivedRecord extends DerivedStamp {
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
  badge: Badge & { title: string };
  /**
   * Every reminder due before `nextMidnight` that was not spent when the record was built (a reminder
   * once spent stays spent: the sent log only grows until the data changes).
   */
  reminders: DerivedReminder[];
  /** The earliest wake at or after `nextMidnight` the full plan gave (null: none within the plan). */
  laterWake: number | null;
  popup: {
    rows: DerivedRow[];
    /** Rows of "Later" beyond those kept (`rows` keeps the first `LATER_ROWS`). */
    laterHidden: number;
    totals: OverviewTotals;
    planCount: number;
  };
  /** `hashText` of the rest, in canonical form: a record changed or cut short fails it. */
  check: string;
}

/** 32-bit FNV-1a of `text`, base 36: a cheap check against a damaged record, not a defence against forgery. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** JSON with object keys sorted: browsers may hand stored objects back with their keys reordered. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The settings record as stored (the local copy wins, as on every read), hashed; `undefined` when there is none. */
export const hashSettings = (stored: unknown): string => hashText(canonicalJson(stored ?? null));

/** `body` with its check. */
export function sealDerived(body: Omit<DerivedRecord, 'check'>): DerivedRecord {
  return { ...body, check: hashText(canonicalJson(body)) };
}

/** Whether `stored` says what `record` says, whenever each was built: then it need not be written again. */
export function sameDerived(stored: unknown, record: DerivedRecord): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const content = (r: object) => canonicalJson({ ...r, builtAt: 0, check: '' });
  return (stored as DerivedRecord).builtAt <= record.builtAt && content(stored) === content(record);
}

/**
 * `raw` (as read from storage) when it can stand in for the full computation at `now`: this version,
 * intact, built for today in this time zone and no later than `now`, before the next midnight, and for
 * the settings and language `stamp` holds. Null otherwise: the caller rebuilds it from the data.
 */
export function openDerived(raw: unknown, now: number, stamp: DerivedStamp): DerivedRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { check, ...body } = raw as DerivedRecord;
  if (body.version !== DERIVED_VERSION || typeof check !== 'string' || hashText(canonicalJson(body)) !== check) return null;
  const record = raw as DerivedRecord;
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
