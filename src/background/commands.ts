/**
 * Runs one command: read and repair storage, answer a retry without applying it again, validate the
 * input, apply the handler (pure), and write what it changed with the command id in one `storage.local.set`.
 * Callers serialize runs (lock.ts) so two commands never interleave their read and write.
 */
import * as v from 'valibot';
import { COMMAND_INPUT_SCHEMAS, describeIssues } from '../domain/command-schemas';
import type { CommandMessage, CommandName, CommandResult } from '../domain/commands';
import { toDay } from '../domain/day';
import {
  APPLIED_KEY,
  DATA_KEY,
  IdSchema,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  UNDO_KEY,
  type Settings,
} from '../domain/model';
import {
  StorageQuotaError,
  encodeUndo,
  loadAndRepairState,
  writeLocal,
  writeSettings,
  type LocalRecords,
  type WritableState,
} from '../platform/storage';
import { HANDLERS, type Changes, type Handler } from './handlers';

/** How many applied command ids are remembered: far more than could be retried at once. */
export const MAX_APPLIED_COMMANDS = 200;

const fail = (code: 'invalid' | 'quota' | 'internal', message: string, issues?: string[]): CommandResult => ({
  ok: false,
  error: { code, message, ...(issues ? { issues } : {}) },
});

/**
 * Writes what a command changed plus the applied ids in one `storage.local.set`, so a killed worker or
 * a full storage leaves all of it or none (a restore never lands its settings without its data). The
 * data record is written only when it changed: it is by far the largest. New settings ride along as
 * the local copy, which wins on read, and only then move to storage.sync; if that move fails, the local
 * copy simply stays.
 */
async function writeChanges(changes: Changes, appliedCommands: string[]): Promise<void> {
  const records: Partial<LocalRecords> & { [SETTINGS_KEY]?: Settings & { version: number } } = { [APPLIED_KEY]: appliedCommands };
  if (changes.data) records[DATA_KEY] = changes.data;
  if (changes.reminders) records[REMINDERS_KEY] = changes.reminders;
  if (changes.quarantine) records[QUARANTINE_KEY] = changes.quarantine;
  if (changes.undo !== undefined) records[UNDO_KEY] = changes.undo && encodeUndo(changes.undo);
  if (changes.settings) records[SETTINGS_KEY] = { ...changes.settings, version: SCHEMA_VERSION };
  await writeLocal(records);
  if (changes.settings)
    await writeSettings(changes.settings).catch((e: unknown) => console.warn('DueGuard: settings kept in storage.local only', e));
}

/**
 * The state storage holds once `changes` and `appliedCommands` are written over `state`: what reading it back
 * would give, without reading and validating it all again.
 */
function stateAfter(state: WritableState, changes: Changes, appliedCommands: string[]): WritableState {
  const undo = changes.undo === undefined ? state.undo : changes.undo;
  return {
    data: changes.data ?? state.data,
    settings: changes.settings ?? state.settings,
    reminders: changes.reminders ?? state.reminders,
    quarantine: changes.quarantine ?? state.quarantine,
    undo,
    canUndoRestore: undo !== null,
    appliedCommands,
  };
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
  const name = message.name as CommandName;
  if (!Object.hasOwn(HANDLERS, name)) return { result: fail('invalid', `Unknown command "${String(message.name)}".`), state: null };
  if (!v.is(IdSchema, message.id)) return { result: fail('invalid', 'The command has no valid id.'), state: null };
  // One signature for all handlers: each one's input type is checked by its schema just below.
  const handler = HANDLERS[name] as unknown as Handler<CommandName>;
  let state: WritableState | null = null;
  try {
    state = await loadAndRepairState(now);
    const ctx = { id: message.id, today: toDay(new Date(now)) };
    if (state.appliedCommands.includes(message.id)) return { result: { ok: true, value: handler.replay(state, ctx) }, state };

    const input = v.safeParse(COMMAND_INPUT_SCHEMAS[name], message.input);
    if (!input.success)
      return { result: fail('invalid', 'Some fields are not valid; nothing was changed.', describeIssues(input.issues)), state };
    const outcome = handler.apply(state, input.output as never, ctx);
    if (!outcome.ok) return { result: outcome, state };

    const appliedCommands = [...state.appliedCommands, message.id].slice(-MAX_APPLIED_COMMANDS);
    await writeChanges(outcome.changes, appliedCommands);
    return { result: { ok: true, value: outcome.value }, state: stateAfter(state, outcome.changes, appliedCommands) };
  } catch (e) {
    if (e instanceof StorageQuotaError)
      return { result: fail('quota', 'Browser storage is full; nothing was changed. Delete old debts or export a backup.'), state };
    console.error(`DueGuard: command ${name} failed`, e);
    // A failure may have come part way through a write: the next read will tell.
    return { result: fail('internal', e instanceof Error ? e.message : String(e)), state: null };
  }
}
