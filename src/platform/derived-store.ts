/**
 * What the worker's alarm path and the popup's first screen read: the derived record, the reminders
 * shown since the log was written (SHOWN_KEY) and the stamp the record must match (the settings
 * record as stored, the browser's language).
 * Imports no schema: nothing here is validated beyond the derived record's own check.
 */
import { hashSettings, type DerivedStamp } from '../domain/derived-record';
import { DERIVED_KEY, DERIVED_KEYS, FIRST_SCREEN_KEY, SETTINGS_KEY, SHOWN_KEY } from '../domain/storage-keys';
import { browser } from './browser';

/** What the stamp is made of: the settings record, the local copy winning as on every read (storage.ts). */
function stampOf(local: Record<string, unknown>, sync: Record<string, unknown>): DerivedStamp {
  const settings = local[SETTINGS_KEY] !== undefined ? local[SETTINGS_KEY] : sync[SETTINGS_KEY];
  return { settingsHash: hashSettings(settings), uiLanguage: browser.i18n.getUILanguage() };
}

/** storage.sync can be unavailable (disabled by policy, or not implemented): then settings are local. */
const readSync = () => browser.storage.sync.get(SETTINGS_KEY).catch(() => ({}));

/** The stamp a derived record built now carries, and the derived records stored (unchecked). */
export async function readStamp(): Promise<{ stamp: DerivedStamp; derived: unknown; firstScreen: unknown }> {
  const [local, sync] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, ...DERIVED_KEYS]), readSync()]);
  return { stamp: stampOf(local, sync), derived: local[DERIVED_KEY], firstScreen: local[FIRST_SCREEN_KEY] };
}

/**
 * The derived record and the reminders shown since the log was written, as stored (unchecked), and the
 * stamp of the stored settings. Not the log itself: at 1000 debts it is a hundred kilobytes.
 */
export async function readDerived(): Promise<{ derived: unknown; shown: unknown; stamp: DerivedStamp }> {
  const [local, sync] = await Promise.all([browser.storage.local.get([DERIVED_KEY, SHOWN_KEY, SETTINGS_KEY]), readSync()]);
  return { derived: local[DERIVED_KEY], shown: local[SHOWN_KEY], stamp: stampOf(local, sync) };
}

/**
 * The popup's record as stored (unchecked) and the stamp of the stored settings. storage.sync is read
 * only when the local copy has no settings (as is the case until they are first changed).
 */
export async function readFirstScreen(): Promise<{ firstScreen: unknown; stamp: DerivedStamp }> {
  const local = await browser.storage.local.get([FIRST_SCREEN_KEY, SETTINGS_KEY]);
  const sync = local[SETTINGS_KEY] === undefined ? await readSync() : {};
  return { firstScreen: local[FIRST_SCREEN_KEY], stamp: stampOf(local, sync) };
}
