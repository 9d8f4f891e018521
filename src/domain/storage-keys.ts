/** The keys DueGuard keeps in browser storage (what each holds: src/domain/storage-table.ts). */
export const DATA_KEY = 'dueguard.data';
export const SETTINGS_KEY = 'dueguard.settings';
export const REMINDERS_KEY = 'dueguard.reminders';
/**
 * The reminders an alarm wake served from the derived record showed since the log was last written:
 * key → epoch ms, as in the log's `sent`. Kept apart from REMINDERS_KEY so that such a wake reads and
 * writes a few entries, not the whole log; every read takes it into the log, and every write of the
 * log empties it in the same `set` (src/platform/storage.ts).
 */
export const SHOWN_KEY = 'dueguard.shown';
export const QUARANTINE_KEY = 'dueguard.quarantine';
/**
 * Ids of the last commands applied, newest last (bounded), so a retried command is not applied twice.
 * Kept apart from DATA_KEY so a command that changes no data (a snooze) does not rewrite all of it;
 * DueGuard 0.1.0 kept them as the data record's `appliedCommands` field (moved here on the first read).
 */
export const APPLIED_KEY = 'dueguard.applied';
/** What a restore replaced (data and settings), kept so the restore can be undone; see `RestoreUndo` in storage.ts. */
export const UNDO_KEY = 'dueguard.undo';
/**
 * The derived records (src/domain/derived.ts): what the next alarm wakes need, and what the popup's
 * first screen draws, written by the background after every full wake and voided in the same `set` as
 * every change they are derived from. Never the source of truth, so they are outside the storage
 * table: a missing or stale one is rebuilt, not repaired.
 */
export const DERIVED_KEY = 'dueguard.derived';
export const FIRST_SCREEN_KEY = 'dueguard.first-screen';

/** Both derived records, voided together. */
export const DERIVED_KEYS = [DERIVED_KEY, FIRST_SCREEN_KEY] as const;
