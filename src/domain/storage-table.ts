/**
 * DueGuard's storage as a table, pure: for each key, where it lives, its schema version and
 * migrations, how a stored value is decoded, and what stands in when nothing (or nothing readable) is
 * stored. `decodeStorage` turns the raw values of every key into the validated state, what failed
 * validation (for the quarantine) and what to write back; src/platform/storage.ts only reads and
 * writes. docs/architecture.md § Storage lists the keys.
 *
 * Every read migrates older records and validates them item by item: one bad debt is moved aside to
 * QUARANTINE_KEY with the reason, the others are kept.
 */
import * as v from 'valibot';
import { describeIssues } from './command-schemas';
import { DATA_MIGRATIONS, SETTINGS_MIGRATIONS, migrateRecord, type Migration } from './migrations';
import {
  APPLIED_KEY,
  ContactEntrySchema,
  DATA_KEY,
  DEFAULT_SETTINGS,
  DebtSchema,
  PaymentSchema,
  PlanSchema,
  QUARANTINE_KEY,
  QuarantineEntrySchema,
  REMINDERS_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  SHOWN_KEY,
  SettingsSchema,
  UNDO_KEY,
  emptyData,
  type Data,
  type QuarantineEntry,
  type ReminderState,
  type Settings,
} from './model';
import { withShown } from './reminders';
import type { RestoreUndo, WritableState } from './state';

/** A record stored with a `version`: `migrations[i]` turns a version-`i` record into version `i + 1`, up to `version`. */
export interface RecordVersion {
  version: number;
  migrations: readonly Migration[];
}

/** DATA_KEY's record, and the undo copy's data (the same shape). */
export const DATA_RECORD = { version: SCHEMA_VERSION, migrations: DATA_MIGRATIONS } as const satisfies RecordVersion;
/** SETTINGS_KEY's record, and the undo copy's settings. */
export const SETTINGS_RECORD = { version: SCHEMA_VERSION, migrations: SETTINGS_MIGRATIONS } as const satisfies RecordVersion;

/** What is stored under SETTINGS_KEY: the settings with their schema version. */
export type StoredSettings = Settings & { version: number };

/** The settings as stored, stamped with their record's version. */
export const encodeSettings = (settings: Settings): StoredSettings => ({ ...settings, version: SETTINGS_RECORD.version });

/** What is stored under UNDO_KEY (0.1.0 stored the bare `Data` record, still read). */
export interface StoredUndo {
  data: Data;
  /** Absent when not kept (a 0.1.0 copy, once migrated). */
  settings?: StoredSettings;
}

/** The records of `storage.local`, by key. */
export interface LocalRecords {
  [DATA_KEY]: Data;
  [APPLIED_KEY]: string[];
  [REMINDERS_KEY]: ReminderState;
  /** Written by the alarm path alone; emptied by every write of REMINDERS_KEY (storage.ts). */
  [SHOWN_KEY]: Record<string, number>;
  [QUARANTINE_KEY]: QuarantineEntry[];
  /** `null` forgets it (in the same `set` as the data it was undone to). */
  [UNDO_KEY]: StoredUndo | null;
}

/** The raw values of our keys, as `storage.*.get` returned them. */
export interface RawStorage {
  local: Partial<Record<string, unknown>>;
  sync: Partial<Record<string, unknown>>;
}

export interface Decoded {
  state: WritableState;
  /** Records this read found invalid; already appended to `state.quarantine`. */
  found: QuarantineEntry[];
  /** Records to write back because they were migrated or had parts moved to quarantine. */
  repairs: { local: Partial<LocalRecords>; settings?: Settings };
}

interface Part<T> {
  value: T;
  found: QuarantineEntry[];
  /** The stored record differs from `value` in a way worth writing back (migrated or cleaned). */
  changed: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates each item of a stored list; items that fail go to quarantine under `where` with their index. */
function validItems<T>(schema: v.GenericSchema<unknown, T>, items: unknown, where: string, label: string, at: number): Part<T[]> {
  if (items === undefined) return { value: [], found: [], changed: false };
  if (!Array.isArray(items))
    return { value: [], found: [{ key: where, record: items, reason: `${label}: not a list`, at }], changed: true };
  const value: T[] = [];
  const found: QuarantineEntry[] = [];
  items.forEach((item, i) => {
    const result = v.safeParse(schema, item);
    if (result.success) value.push(result.output);
    else found.push({ key: where, record: item, reason: `${label}[${i}]: ${describeIssues(result.issues).join('; ')}`, at });
  });
  return { value, found, changed: found.length > 0 };
}

/** Decodes a `Data` record (DATA_KEY or UNDO_KEY); `null` when nothing is stored. */
export function decodeData(key: string, raw: unknown, at: number): Part<Data | null> {
  if (raw === undefined || raw === null) return { value: null, found: [], changed: false };
  const migrated = migrateRecord(raw, DATA_RECORD.migrations);
  if (!migrated.ok) return { value: emptyData(), found: [{ key, record: raw, reason: migrated.reason, at }], changed: true };
  const r = migrated.value;
  const debts = validItems(DebtSchema, r.debts, `${key}/debts`, 'debts', at);
  const plans = validItems(PlanSchema, r.plans, `${key}/plans`, 'plans', at);
  const payments = validItems(PaymentSchema, r.payments, `${key}/payments`, 'payments', at);
  const contacts = validItems(ContactEntrySchema, r.contacts, `${key}/contacts`, 'contacts', at);
  const parts = [debts, plans, payments, contacts];
  return {
    value: { version: DATA_RECORD.version, debts: debts.value, plans: plans.value, payments: payments.value, contacts: contacts.value },
    found: parts.flatMap((p) => p.found),
    changed: migrated.migrated || parts.some((p) => p.changed),
  };
}

/**
 * Decodes the settings field by field: one bad field falls back to its default, the rest are kept.
 * `key` names them in quarantine entries (SETTINGS_KEY, or the undo copy's).
 */
export function decodeSettings(raw: unknown, at: number, key: string = SETTINGS_KEY): Part<Settings> {
  if (raw === undefined || raw === null) return { value: DEFAULT_SETTINGS, found: [], changed: false };
  const migrated = migrateRecord(raw, SETTINGS_RECORD.migrations);
  if (!migrated.ok) return { value: DEFAULT_SETTINGS, found: [{ key, record: raw, reason: migrated.reason, at }], changed: true };
  const fields: Record<string, unknown> = {};
  const found: QuarantineEntry[] = [];
  for (const [name, schema] of Object.entries(SettingsSchema.entries)) {
    const value = migrated.value[name];
    if (value === undefined) continue;
    const result = v.safeParse(schema, value);
    if (result.success) fields[name] = result.output;
    else found.push({ key: `${key}/${name}`, record: value, reason: `${name}: ${describeIssues(result.issues).join('; ')}`, at });
  }
  return { value: v.parse(SettingsSchema, fields), found, changed: migrated.migrated || found.length > 0 };
}

/** Decodes UNDO_KEY, `{ data, settings? }` (a 0.1.0 copy was wrapped by `STORAGE_MIGRATIONS`); `null` when nothing is kept. */
export function decodeUndo(raw: unknown, at: number): Part<RestoreUndo | null> {
  if (raw === undefined || raw === null) return { value: null, found: [], changed: false };
  const stored = isObject(raw) ? raw.data : raw;
  const data = decodeData(UNDO_KEY, stored, at);
  // A copy that cannot be read at all is in quarantine now: offering to "undo" to empty data would wipe
  // the user's current data, so the undo is forgotten instead.
  if (data.found.some((entry) => entry.record === stored)) return { value: null, found: data.found, changed: true };
  const settings = isObject(raw) && raw.settings !== undefined ? decodeSettings(raw.settings, at, `${UNDO_KEY}/settings`) : null;
  return {
    value: { data: data.value ?? emptyData(), settings: settings?.value ?? null },
    found: [...data.found, ...(settings?.found ?? [])],
    changed: data.changed || (settings?.changed ?? false),
  };
}

/** The undo copy as stored: each part with its schema version, the settings left out when not kept. */
export function encodeUndo(undo: RestoreUndo): StoredUndo {
  return { data: undo.data, ...(undo.settings ? { settings: encodeSettings(undo.settings) } : {}) };
}

function numberEntries(raw: unknown, where: string, at: number): Part<Record<string, number>> {
  if (raw === undefined) return { value: {}, found: [], changed: false };
  if (!isObject(raw)) return { value: {}, found: [{ key: where, record: raw, reason: 'not a map of times', at }], changed: true };
  const value: Record<string, number> = {};
  const found: QuarantineEntry[] = [];
  for (const [k, t] of Object.entries(raw)) {
    if (typeof t === 'number' && Number.isFinite(t)) value[k] = t;
    else found.push({ key: where, record: { [k]: t }, reason: `${k}: not a time`, at });
  }
  return { value, found, changed: found.length > 0 };
}

export function decodeReminders(raw: unknown, at: number): Part<ReminderState> {
  if (raw === undefined || raw === null) return { value: { sent: {}, snoozed: {} }, found: [], changed: false };
  if (!isObject(raw))
    return { value: { sent: {}, snoozed: {} }, found: [{ key: REMINDERS_KEY, record: raw, reason: 'not an object', at }], changed: true };
  const sent = numberEntries(raw.sent, `${REMINDERS_KEY}/sent`, at);
  const snoozed = numberEntries(raw.snoozed, `${REMINDERS_KEY}/snoozed`, at);
  return {
    value: { sent: sent.value, snoozed: snoozed.value },
    found: [...sent.found, ...snoozed.found],
    changed: sent.changed || snoozed.changed,
  };
}

/** Decodes SHOWN_KEY entry by entry, as the log's `sent`. */
export const decodeShown = (raw: unknown, at: number): Part<Record<string, number>> => numberEntries(raw ?? undefined, SHOWN_KEY, at);

/** The quarantine itself: an entry of the wrong shape is wrapped in a well-formed one, never dropped. */
export function decodeQuarantine(raw: unknown, at: number): Part<QuarantineEntry[]> {
  if (raw === undefined || raw === null) return { value: [], found: [], changed: false };
  const items: unknown[] = Array.isArray(raw) ? raw : [raw];
  const value = items.map((item) =>
    v.is(QuarantineEntrySchema, item) ? item : { key: QUARANTINE_KEY, record: item, reason: 'malformed quarantine entry', at },
  );
  return { value, found: [], changed: !Array.isArray(raw) || value.some((e, i) => e !== items[i]) };
}

/** Decodes APPLIED_KEY. The ids are bookkeeping, not user data: anything but a string is meaningless and dropped. */
export function decodeAppliedCommands(raw: unknown): Part<string[]> {
  const value = Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
  return { value, found: [], changed: false };
}

/** A reshaping across keys, run on the raw values before any key is decoded: the keys it changed are written back. */
type StorageMigration = (raw: RawStorage) => { raw: RawStorage; changed: (keyof LocalRecords)[] } | null;

/**
 * The shapes DueGuard 0.1.0 stored, moved to today's keys. Each recognises its old shape and answers
 * null for anything else.
 */
export const STORAGE_MIGRATIONS: readonly StorageMigration[] = [
  // 0.1.0 kept the applied command ids as the data record's `appliedCommands` field.
  ({ local, sync }) => {
    const data = local[DATA_KEY];
    if (local[APPLIED_KEY] !== undefined || !isObject(data) || data.appliedCommands === undefined) return null;
    const { appliedCommands, ...rest } = data;
    return { raw: { local: { ...local, [DATA_KEY]: rest, [APPLIED_KEY]: appliedCommands }, sync }, changed: [DATA_KEY, APPLIED_KEY] };
  },
  // 0.1.0 kept the bare `Data` record as the undo copy (no settings): now `{ data }`.
  ({ local, sync }) => {
    const undo = local[UNDO_KEY];
    if (undo === undefined || undo === null || (isObject(undo) && isObject(undo.data))) return null;
    return { raw: { local: { ...local, [UNDO_KEY]: { data: undo } }, sync }, changed: [UNDO_KEY] };
  },
];

function migrateStorage(stored: RawStorage): { raw: RawStorage; changed: Set<keyof LocalRecords> } {
  let raw = stored;
  const changed = new Set<keyof LocalRecords>();
  for (const migrate of STORAGE_MIGRATIONS) {
    const step = migrate(raw);
    if (!step) continue;
    raw = step.raw;
    step.changed.forEach((key) => changed.add(key));
  }
  return { raw, changed };
}

/** One key of the table. */
interface StoredKey<T> {
  area: 'local' | 'sync';
  /** For a versioned record: its version and the migrations `decode` applies to reach it. */
  record?: RecordVersion;
  /** The stored value migrated (a versioned record by its own migrations) and validated item by item; `fallback` when nothing is stored. */
  decode(raw: unknown, at: number): Part<T>;
  fallback: T;
}

/** Every key DueGuard stores, by name. Settings live in sync; a local copy exists only when sync refused them, and wins. */
export const STORAGE_TABLE: {
  [DATA_KEY]: StoredKey<Data | null>;
  [APPLIED_KEY]: StoredKey<string[]>;
  [SETTINGS_KEY]: StoredKey<Settings>;
  [REMINDERS_KEY]: StoredKey<ReminderState>;
  [SHOWN_KEY]: StoredKey<Record<string, number>>;
  [QUARANTINE_KEY]: StoredKey<QuarantineEntry[]>;
  [UNDO_KEY]: StoredKey<RestoreUndo | null>;
} = {
  [DATA_KEY]: {
    area: 'local',
    record: DATA_RECORD,
    decode: (raw, at) => decodeData(DATA_KEY, raw, at),
    fallback: null,
  },
  [APPLIED_KEY]: { area: 'local', decode: decodeAppliedCommands, fallback: [] },
  [SETTINGS_KEY]: {
    area: 'sync',
    record: SETTINGS_RECORD,
    decode: (raw, at) => decodeSettings(raw, at),
    fallback: DEFAULT_SETTINGS,
  },
  [REMINDERS_KEY]: { area: 'local', decode: decodeReminders, fallback: { sent: {}, snoozed: {} } },
  // Taken into the log on every read (decodeStorage).
  [SHOWN_KEY]: { area: 'local', decode: decodeShown, fallback: {} },
  [QUARANTINE_KEY]: { area: 'local', decode: decodeQuarantine, fallback: [] },
  // `{ data, settings? }`: each part is the versioned record of DATA_KEY or SETTINGS_KEY.
  [UNDO_KEY]: { area: 'local', decode: decodeUndo, fallback: null },
};

/** The keys read from `storage.local` (all of them: the settings may have a local copy). */
export const LOCAL_KEYS = Object.keys(STORAGE_TABLE) as (keyof typeof STORAGE_TABLE)[];

/** Decodes every key at once, after `STORAGE_MIGRATIONS`. Pure: `at` (epoch ms) stamps the quarantine entries it creates. */
export function decodeStorage(stored: RawStorage, at: number): Decoded {
  const { raw, changed } = migrateStorage(stored);
  const read = <K extends keyof typeof STORAGE_TABLE>(key: K, value: unknown = raw.local[key]) =>
    (STORAGE_TABLE[key].decode as (raw: unknown, at: number) => Part<(typeof STORAGE_TABLE)[K]['fallback']>)(value, at);
  const data = read(DATA_KEY);
  const applied = read(APPLIED_KEY);
  const undo = read(UNDO_KEY);
  // A local copy of the settings exists only because sync refused the last write: it is the newer one.
  const settings = read(SETTINGS_KEY, raw.local[SETTINGS_KEY] ?? raw.sync[SETTINGS_KEY]);
  const log = read(REMINDERS_KEY);
  const shown = read(SHOWN_KEY);
  const reminders = withShown(log.value, shown.value);
  const kept = read(QUARANTINE_KEY);
  const found = [...data.found, ...undo.found, ...settings.found, ...log.found, ...shown.found];
  const quarantine = [...kept.value, ...found];

  const local: Partial<LocalRecords> = {};
  if ((data.changed || changed.has(DATA_KEY)) && data.value) local[DATA_KEY] = data.value;
  if (applied.changed || changed.has(APPLIED_KEY)) local[APPLIED_KEY] = applied.value;
  if (undo.changed || changed.has(UNDO_KEY)) local[UNDO_KEY] = undo.value && encodeUndo(undo.value);
  // What the alarm path showed joins the log here (writing the log empties SHOWN_KEY in the same set).
  if (log.changed || shown.changed || Object.keys(shown.value).length > 0) local[REMINDERS_KEY] = reminders;
  if (kept.changed || found.length > 0) local[QUARANTINE_KEY] = quarantine;
  return {
    state: {
      data: data.value ?? emptyData(),
      settings: settings.value,
      reminders,
      quarantine,
      canUndoRestore: undo.value !== null,
      undo: undo.value,
      appliedCommands: applied.value,
    },
    found,
    repairs: { local, ...(settings.changed ? { settings: settings.value } : {}) },
  };
}
