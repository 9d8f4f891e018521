/**
 * Typed, versioned access to DueGuard's storage keys (docs/architecture.md § Storage).
 *
 * Every read migrates older records and validates them item by item: one bad debt is moved aside to
 * QUARANTINE_KEY with the reason, the others are kept. `loadState()` (used by the pages) only reads;
 * `loadAndRepairState()` (the background, the one writer) also writes the repaired records back so a
 * bad record is reported once and kept, never dropped silently.
 *
 * Settings live in `storage.sync` so they follow the user's browser profile; when sync refuses them
 * (over its per-item quota, or unavailable) they are kept in `storage.local`, whose copy then wins.
 */
import * as v from 'valibot';
import { browser } from './browser';
import { DATA_MIGRATIONS, SETTINGS_MIGRATIONS, migrateRecord } from '../domain/migrations';
import { describeIssues } from '../domain/command-schemas';
import type { RestoreUndo, State, WritableState } from '../domain/state';
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
  SettingsSchema,
  UNDO_KEY,
  emptyData,
  type Data,
  type QuarantineEntry,
  type ReminderState,
  type Settings,
} from '../domain/model';

/** What is stored under SETTINGS_KEY: the settings with their schema version. */
type StoredSettings = Settings & { version: number };

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
  [QUARANTINE_KEY]: QuarantineEntry[];
  /** `null` forgets it (in the same `set` as the data it was undone to). */
  [UNDO_KEY]: StoredUndo | null;
}

/** Chrome's and Firefox's `storage.sync.QUOTA_BYTES_PER_ITEM` (key + JSON value, in bytes). */
export const SYNC_ITEM_LIMIT = 8192;

/** The browser refused a write because the storage area is full. */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
  constructor(
    readonly area: 'local' | 'sync',
    cause: unknown,
  ) {
    super(`storage.${area} is full: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

const isQuotaError = (e: unknown) => /quota/i.test(e instanceof Error ? `${e.name} ${e.message}` : String(e));

async function guard<T>(area: 'local' | 'sync', write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw isQuotaError(e) ? new StorageQuotaError(area, e) : e;
  }
}

// ---------------------------------------------------------------------------------------------------
// Decoding (pure): raw records in, validated state plus what failed and what to write back out.

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
  const migrated = migrateRecord(raw, DATA_MIGRATIONS);
  if (!migrated.ok) return { value: emptyData(), found: [{ key, record: raw, reason: migrated.reason, at }], changed: true };
  const r = migrated.value;
  const debts = validItems(DebtSchema, r.debts, `${key}/debts`, 'debts', at);
  const plans = validItems(PlanSchema, r.plans, `${key}/plans`, 'plans', at);
  const payments = validItems(PaymentSchema, r.payments, `${key}/payments`, 'payments', at);
  const contacts = validItems(ContactEntrySchema, r.contacts, `${key}/contacts`, 'contacts', at);
  const parts = [debts, plans, payments, contacts];
  return {
    value: { version: SCHEMA_VERSION, debts: debts.value, plans: plans.value, payments: payments.value, contacts: contacts.value },
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
  const migrated = migrateRecord(raw, SETTINGS_MIGRATIONS);
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

/**
 * Decodes UNDO_KEY: `{ data, settings? }`, or the bare data record DueGuard 0.1.0 kept (settings
 * null). `null` when nothing is kept. A 0.1.0 record is written back in the current shape.
 */
export function decodeUndo(raw: unknown, at: number): Part<RestoreUndo | null> {
  if (raw === undefined || raw === null) return { value: null, found: [], changed: false };
  const current = isObject(raw) && isObject(raw.data) ? raw : null;
  const stored = current ? current.data : raw;
  const data = decodeData(UNDO_KEY, stored, at);
  // A copy that cannot be read at all is in quarantine now: offering to "undo" to empty data would wipe
  // the user's current data, so the undo is forgotten instead.
  if (data.found.some((entry) => entry.record === stored)) return { value: null, found: data.found, changed: true };
  const settings = current && current.settings !== undefined ? decodeSettings(current.settings, at, `${UNDO_KEY}/settings`) : null;
  return {
    value: { data: data.value ?? emptyData(), settings: settings?.value ?? null },
    found: [...data.found, ...(settings?.found ?? [])],
    changed: !current || data.changed || (settings?.changed ?? false),
  };
}

/** The undo copy as stored: each part with its schema version, the settings left out when not kept. */
export function encodeUndo(undo: RestoreUndo): StoredUndo {
  return { data: undo.data, ...(undo.settings ? { settings: { ...undo.settings, version: SCHEMA_VERSION } } : {}) };
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

/** The quarantine itself: an entry of the wrong shape is wrapped in a well-formed one, never dropped. */
export function decodeQuarantine(raw: unknown, at: number): Part<QuarantineEntry[]> {
  if (raw === undefined || raw === null) return { value: [], found: [], changed: false };
  const items: unknown[] = Array.isArray(raw) ? raw : [raw];
  const value = items.map((item) =>
    v.is(QuarantineEntrySchema, item) ? item : { key: QUARANTINE_KEY, record: item, reason: 'malformed quarantine entry', at },
  );
  return { value, found: [], changed: !Array.isArray(raw) || value.some((e, i) => e !== items[i]) };
}

/**
 * Decodes APPLIED_KEY. DueGuard 0.1.0 kept the ids as the data record's `appliedCommands` field: they
 * are read from there and moved (`changed`), the data record being written back without them. The ids
 * are bookkeeping, not user data: anything but a string is meaningless and dropped.
 */
export function decodeAppliedCommands(raw: unknown, rawData: unknown): Part<string[]> {
  const kept = raw === undefined && isObject(rawData) ? rawData.appliedCommands : undefined;
  const inData = kept !== undefined;
  const ids = inData ? kept : raw;
  return { value: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [], found: [], changed: inData };
}

/** Decodes every key at once. Pure: `at` (epoch ms) stamps the quarantine entries it creates. */
export function decodeStorage(raw: RawStorage, at: number): Decoded {
  const data = decodeData(DATA_KEY, raw.local[DATA_KEY], at);
  const applied = decodeAppliedCommands(raw.local[APPLIED_KEY], raw.local[DATA_KEY]);
  const undo = decodeUndo(raw.local[UNDO_KEY], at);
  // A local copy of the settings exists only because sync refused the last write: it is the newer one.
  const settings = decodeSettings(raw.local[SETTINGS_KEY] ?? raw.sync[SETTINGS_KEY], at);
  const reminders = decodeReminders(raw.local[REMINDERS_KEY], at);
  const stored = decodeQuarantine(raw.local[QUARANTINE_KEY], at);
  const found = [...data.found, ...undo.found, ...settings.found, ...reminders.found];
  const quarantine = [...stored.value, ...found];

  const local: Partial<LocalRecords> = {};
  if ((data.changed || applied.changed) && data.value) local[DATA_KEY] = data.value;
  if (applied.changed) local[APPLIED_KEY] = applied.value;
  if (undo.changed) local[UNDO_KEY] = undo.value && encodeUndo(undo.value);
  if (reminders.changed) local[REMINDERS_KEY] = reminders.value;
  if (stored.changed || found.length > 0) local[QUARANTINE_KEY] = quarantine;
  return {
    state: {
      data: data.value ?? emptyData(),
      settings: settings.value,
      reminders: reminders.value,
      quarantine,
      canUndoRestore: undo.value !== null,
      undo: undo.value,
      appliedCommands: applied.value,
    },
    found,
    repairs: { local, ...(settings.changed ? { settings: settings.value } : {}) },
  };
}

// ---------------------------------------------------------------------------------------------------
// Reading and writing.

const LOCAL_KEYS = [DATA_KEY, APPLIED_KEY, REMINDERS_KEY, QUARANTINE_KEY, UNDO_KEY, SETTINGS_KEY];
const WATCHED_KEYS = new Set(LOCAL_KEYS);

async function readRaw(): Promise<RawStorage> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get(LOCAL_KEYS),
    // storage.sync can be unavailable (disabled by policy, or not implemented): then settings are local.
    browser.storage.sync.get(SETTINGS_KEY).catch(() => ({})),
  ]);
  return { local, sync };
}

/** Reads and validates everything, for a page: never writes (the background repairs on its next wake). */
export async function loadState(now: number = Date.now()): Promise<State> {
  // The pages never need the undo copy itself nor the command bookkeeping: leave them out of their store.
  const { undo: _undo, appliedCommands: _ids, ...state } = decodeStorage(await readRaw(), now).state;
  return state;
}

/**
 * Reads everything for the background: writes back migrated records and moves what failed validation
 * to quarantine (reported on the console here and on the options page), then returns the state.
 */
export async function loadAndRepairState(now: number = Date.now()): Promise<WritableState> {
  const { state, found, repairs } = decodeStorage(await readRaw(), now);
  if (found.length > 0) console.warn(`DueGuard: ${found.length} stored record(s) failed validation and were moved to quarantine`, found);
  if (Object.keys(repairs.local).length > 0) await writeLocal(repairs.local);
  if (repairs.settings) await writeSettings(repairs.settings);
  return state;
}

/**
 * The state after a change to local storage, decoded from the change alone: when only the data, the
 * reminder log or the command ids changed (what a command writes) and they decode cleanly. Null when
 * the change needs a full read: settings (which area wins depends on both), quarantine or undo, or a
 * record that fails validation (it must reach the quarantine list).
 */
function applyLocalChange(current: State, changes: Record<string, { newValue?: unknown }>, at: number): State | null {
  let next = current;
  for (const [key, { newValue }] of Object.entries(changes)) {
    if (key === APPLIED_KEY) continue;
    if (key === DATA_KEY) {
      const data = decodeData(DATA_KEY, newValue, at);
      if (data.found.length > 0 || data.value === null) return null;
      next = { ...next, data: data.value };
    } else if (key === REMINDERS_KEY) {
      const reminders = decodeReminders(newValue, at);
      if (reminders.found.length > 0) return null;
      next = { ...next, reminders: reminders.value };
    } else if (WATCHED_KEYS.has(key)) return null;
  }
  return next;
}

/**
 * Calls `callback` with the fresh state after any change to DueGuard's storage. A command's write
 * (data, reminder log, command ids) is decoded from the change it is handed, key by key, without
 * reading and validating the rest again; anything else is read in full. Results of reads that were
 * overtaken by a later change are dropped, so the callback never goes back in time.
 * @returns a function that stops listening
 */
export function onStateChanged(callback: (state: State) => void): () => void {
  let latest = 0;
  let pending = false;
  let current: State | null = null;
  const deliver = (state: State) => {
    current = state;
    callback(state);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (!Object.keys(changes).some((key) => WATCHED_KEYS.has(key))) return;
    const ticket = ++latest;
    // Only on top of a state known to be current: a read still under way may hold an earlier change.
    const fast = current && !pending && area === 'local' ? applyLocalChange(current, changes, Date.now()) : null;
    if (fast) return deliver(fast);
    pending = true;
    loadState().then(
      (state) => {
        if (ticket !== latest) return;
        pending = false;
        deliver(state);
      },
      (e: unknown) => {
        // Nothing is known to be current any more: the next change is read in full.
        if (ticket === latest) [pending, current] = [false, null];
        console.error('DueGuard: could not read storage', e);
      },
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Writes local records in one `set` (all or nothing). @throws StorageQuotaError when the area is full */
export function writeLocal(records: Partial<LocalRecords>): Promise<void> {
  return guard('local', () => browser.storage.local.set(records));
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/**
 * Saves the settings to `storage.sync` when they fit its per-item quota, else (or when sync fails) to
 * `storage.local`, removing the other copy so reads see one answer.
 * @throws StorageQuotaError when even `storage.local` is full
 */
export async function writeSettings(settings: Settings): Promise<void> {
  const stored: StoredSettings = { ...settings, version: SCHEMA_VERSION };
  if (byteLength(SETTINGS_KEY + JSON.stringify(stored)) <= SYNC_ITEM_LIMIT) {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: stored });
      await browser.storage.local.remove(SETTINGS_KEY);
      return;
    } catch (e) {
      console.warn('DueGuard: storage.sync refused the settings; keeping them in storage.local', e);
    }
  }
  await guard('local', () => browser.storage.local.set({ [SETTINGS_KEY]: stored }));
  await browser.storage.sync.remove(SETTINGS_KEY).catch(() => undefined);
}
