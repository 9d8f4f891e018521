/**
 * The thin adapter under the storage table (src/domain/storage-table.ts): reads the raw values of
 * every key, hands them to the table's pure `decodeStorage`, and writes. `loadState()` (used by the pages) only reads;
 * `loadAndRepairState()` (the background, the one writer) also writes the repaired records back so a
 * bad record is reported once and kept, never dropped silently.
 *
 * Settings live in `storage.sync` so they follow the user's browser profile; when sync refuses them
 * (over its per-item quota, or unavailable) they are kept in `storage.local`, whose copy then wins.
 */
import type { DerivedRecord, FirstScreenRecord, Sealed } from '../domain/derived-record';
import { APPLIED_KEY, DATA_KEY, DERIVED_KEY, REMINDERS_KEY, SETTINGS_KEY, SHOWN_KEY, type Settings } from '../domain/model';
import { withShown } from '../domain/reminders';
import { FIRST_SCREEN_KEY } from '../domain/storage-keys';
import type { State, WritableState } from '../domain/state';
import { LOCAL_KEYS, STORAGE_TABLE, decodeStorage, encodeSettings, type LocalRecords, type RawStorage } from '../domain/storage-table';
import { browser } from './browser';

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
// Reading and writing.

const WATCHED_KEYS: ReadonlySet<string> = new Set(LOCAL_KEYS);
/** The keys that live in `storage.sync` (the table's `area`). */
const SYNC_KEYS = LOCAL_KEYS.filter((key) => STORAGE_TABLE[key].area === 'sync');

async function readRaw(): Promise<RawStorage> {
  const [local, sync] = await Promise.all([
    browser.storage.local.get(LOCAL_KEYS),
    // storage.sync can be unavailable (disabled by policy, or not implemented): then settings are local.
    browser.storage.sync.get(SYNC_KEYS).catch(() => ({})),
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
  // A repaired record voids the derived record in the same set: it was built from the record before.
  if (Object.keys(repairs.local).length > 0) await writeLocal({ ...repairs.local, ...VOID_DERIVED });
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
      const data = STORAGE_TABLE[DATA_KEY].decode(newValue, at);
      if (data.found.length > 0 || data.value === null) return null;
      next = { ...next, data: data.value };
    } else if (key === REMINDERS_KEY) {
      const reminders = STORAGE_TABLE[REMINDERS_KEY].decode(newValue, at);
      if (reminders.found.length > 0) return null;
      next = { ...next, reminders: reminders.value };
    } else if (key === SHOWN_KEY) {
      // What an alarm wake showed: taken into the log as on a full read.
      const shown = STORAGE_TABLE[SHOWN_KEY].decode(newValue, at);
      if (shown.found.length > 0) return null;
      next = { ...next, reminders: withShown(next.reminders, shown.value) };
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

/** What one `writeLocal` may hold: records of the table, and the derived records (null voids one). */
export type LocalWrite = Partial<LocalRecords> & {
  [DERIVED_KEY]?: Sealed<DerivedRecord> | null;
  [FIRST_SCREEN_KEY]?: Sealed<FirstScreenRecord> | null;
};

/** Voids both derived records, in the `set` of a change they are derived from. */
export const VOID_DERIVED = { [DERIVED_KEY]: null, [FIRST_SCREEN_KEY]: null } as const satisfies LocalWrite;

/**
 * Writes local records in one `set` (all or nothing). A write of the reminder log empties SHOWN_KEY
 * in the same set: every log written was read with it taken in (decodeStorage).
 * @throws StorageQuotaError when the area is full
 */
export function writeLocal(records: LocalWrite): Promise<void> {
  const all = REMINDERS_KEY in records ? { ...records, [SHOWN_KEY]: {} } : records;
  return guard('local', () => browser.storage.local.set(all));
}

const byteLength = (s: string) => new TextEncoder().encode(s).length;

/**
 * Saves the settings to `storage.sync` when they fit its per-item quota, else (or when sync fails) to
 * `storage.local`, removing the other copy so reads see one answer.
 * @throws StorageQuotaError when even `storage.local` is full
 */
export async function writeSettings(settings: Settings): Promise<void> {
  const stored = encodeSettings(settings);
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
