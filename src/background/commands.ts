/**
 * Runs one command: read and repair storage, apply it with the domain's `applyCommand` (pure), and
 * write what it changed with the command id in one `storage.local.set`. Callers serialize runs
 * (lock.ts) so two commands never interleave their read and write.
 */
import { applyCommand, rejectMalformed, type Changes } from '../domain/apply-command';
import type { CommandMessage, CommandResult } from '../domain/commands';
import { toDay } from '../domain/day';
import { APPLIED_KEY, DATA_KEY, QUARANTINE_KEY, REMINDERS_KEY, SETTINGS_KEY, UNDO_KEY } from '../domain/model';
import { encodeSettings, encodeUndo, type StoredSettings } from '../domain/storage-table';
import { StorageQuotaError, VOID_DERIVED, loadAndRepairState, writeLocal, writeSettings, type LocalWrite } from '../platform/storage';
import type { WritableState } from '../domain/state';
import { parseBackup } from '../io/backup';

const fail = (code: 'quota' | 'internal', message: string): CommandResult => ({ ok: false, error: { code, message } });

/**
 * Writes what a command changed plus the applied ids in one `storage.local.set`, so a killed worker or
 * a full storage leaves all of it or none (a restore never lands its settings without its data). The
 * data record is written only when it changed: it is by far the largest. New settings ride along as
 * the local copy, which wins on read, and only then move to storage.sync; if that move fails, the local
 * copy simply stays.
 */
async function writeChanges(changes: Changes, appliedCommands: string[]): Promise<void> {
  const records: LocalWrite & { [SETTINGS_KEY]?: StoredSettings } = { [APPLIED_KEY]: appliedCommands };
  if (changes.data) records[DATA_KEY] = changes.data;
  if (changes.reminders) records[REMINDERS_KEY] = changes.reminders;
  if (changes.quarantine) records[QUARANTINE_KEY] = changes.quarantine;
  if (changes.undo !== undefined) records[UNDO_KEY] = changes.undo && encodeUndo(changes.undo);
  if (changes.settings) records[SETTINGS_KEY] = encodeSettings(changes.settings);
  // What the derived record is built from changed: it is voided in this same set, so no wake can read
  // one that describes the data before it; the reconcile after the command writes the new one.
  if (changes.data || changes.reminders || changes.settings) Object.assign(records, VOID_DERIVED);
  await writeLocal(records);
  if (changes.settings)
    await writeSettings(changes.settings).catch((e: unknown) => console.warn('DueGuard: settings kept in storage.local only', e));
}

/** A command's answer, and the state it left in storage (null when storage could not be read). */
export interface CommandRun {
  result: CommandResult;
  state: WritableState | null;
}

/**
 * Applies `message` at the instant `now` (epoch ms); never throws. Returns its result with the state
 * storage holds afterwards, so the reconcile that follows every command need not read it all again.
 */
export async function runCommand(message: CommandMessage, now: number): Promise<CommandRun> {
  const malformed = rejectMalformed(message);
  if (malformed) return { result: malformed, state: null };
  let state: WritableState | null = null;
  try {
    state = await loadAndRepairState(now);
    const applied = applyCommand(state, message, { now, today: toDay(new Date(now)), readBackup: parseBackup });
    if (applied.write) await writeChanges(applied.write.changes, applied.write.appliedCommands);
    return { result: applied.result, state: applied.state };
  } catch (e) {
    if (e instanceof StorageQuotaError)
      return { result: fail('quota', 'Browser storage is full; nothing was changed. Delete old debts or export a backup.'), state };
    console.error(`DueGuard: command ${message.name} failed`, e);
    // A failure may have come part way through a write: the next read will tell.
    return { result: fail('internal', e instanceof Error ? e.message : String(e)), state: null };
  }
}
