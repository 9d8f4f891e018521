/**
 * What each command does to the stored state: `applyCommand(state, command, context)` answers a
 * retry without applying it again, validates the input, and returns the result with the records to
 * write and the state they make, or an error value. Pure: no browser, no clock. The runner
 * (background/commands.ts) reads storage, calls it, and writes what it returns in one `storage.local.set`.
 */
import { skipPassedLeads } from './added-reminders';
import * as v from 'valibot';
import { COMMAND_INPUT_SCHEMAS, describeIssues } from './command-schemas';
import type { CommandError, CommandMap, CommandMessage, CommandName, CommandResult, RemovedItems } from './commands';
import { installmentKeyOf } from './keys';
import {
  IdSchema,
  type Data,
  type Day,
  type Debt,
  type Plan,
  type QuarantineEntry,
  type ReminderState,
  type Settings,
  type Target,
} from './model';
import type { RestoreUndo, WritableState } from './state';

/** A backup file read (io/backup.ts `parseBackup`): the file format is not the domain's, so it is handed in. */
export type ReadBackup = (json: unknown) => { ok: true; data: Data; settings: Settings } | { ok: false; errors: string[] };

/** What applying a command needs besides the state and the command. */
export interface ApplyContext {
  /** The instant the command is applied (epoch ms), and its local day. */
  now: number;
  today: Day;
  readBackup: ReadBackup;
}

interface CommandContext extends ApplyContext {
  /** The command id; new entities take it as their id, which makes a retried "add" harmless. */
  id: string;
}

/** The records a command replaces; absent = unchanged. `undo: null` forgets the restore undo. */
export interface Changes {
  data?: Data;
  reminders?: ReminderState;
  settings?: Settings;
  undo?: RestoreUndo | null;
  quarantine?: QuarantineEntry[];
}

type Outcome<R> = { ok: true; value: R; changes: Changes } | { ok: false; error: CommandError };

interface Handler<N extends CommandName> {
  apply(state: WritableState, input: CommandMap[N]['input'], ctx: CommandContext): Outcome<CommandMap[N]['result']>;
  /** The answer to a retry of a command already applied (its effects are already in `state`). */
  replay(state: WritableState, ctx: CommandContext): CommandMap[N]['result'];
}

const done = <R>(value: R, changes: Changes = {}): Outcome<R> => ({ ok: true, value, changes });
const notFound = (what: string, id: string): Outcome<never> => ({
  ok: false,
  error: { code: 'not-found', message: `There is no ${what} with id "${id}".` },
});
const invalid = (message: string, issues?: string[]): Outcome<never> => ({
  ok: false,
  error: { code: 'invalid', message, ...(issues ? { issues } : {}) },
});

const NOTHING_REMOVED: RemovedItems = { debts: [], plans: [], payments: [], contacts: [] };
const isFor = (target: Target) => (item: { target: Target }) => item.target.type === target.type && item.target.id === target.id;
const hasTarget = (data: Data, target: Target) => (target.type === 'debt' ? data.debts : data.plans).some((x) => x.id === target.id);

/** Replaces the item with the same id, or reports it missing. */
function replaceById<K extends 'debts' | 'plans'>(data: Data, key: K, item: Data[K][number], what: string): Outcome<null> {
  const list = data[key] as { id: string }[];
  if (!list.some((x) => x.id === item.id)) return notFound(what, item.id);
  return done(null, { data: { ...data, [key]: list.map((x) => (x.id === item.id ? item : x)) } });
}

/** Removes a debt or plan with the payments and contact entries that belong to it, returning them for undo. */
function removeTarget(data: Data, target: Target, what: string): Outcome<RemovedItems> {
  const key = target.type === 'debt' ? 'debts' : 'plans';
  const list = data[key] as { id: string }[];
  if (!list.some((x) => x.id === target.id)) return notFound(what, target.id);
  const belongs = isFor(target);
  const removed: RemovedItems = {
    ...NOTHING_REMOVED,
    [key]: list.filter((x) => x.id === target.id),
    payments: data.payments.filter(belongs),
    contacts: data.contacts.filter(belongs),
  };
  return done(removed, {
    data: {
      ...data,
      [key]: list.filter((x) => x.id !== target.id),
      payments: data.payments.filter((p) => !belongs(p)),
      contacts: data.contacts.filter((c) => !belongs(c)),
    },
  });
}

/** Adds a payment or contact entry to the debt or plan it names, which must exist. */
function addOwned<K extends 'payments' | 'contacts'>(data: Data, key: K, item: Data[K][number]): Outcome<{ id: string }> {
  if (!hasTarget(data, item.target)) return notFound(item.target.type, item.target.id);
  return done({ id: item.id }, { data: { ...data, [key]: [...data[key], item] } });
}

function removeOwned(data: Data, key: 'payments' | 'contacts', id: string, what: string): Outcome<null> {
  const list = data[key] as { id: string }[];
  if (!list.some((x) => x.id === id)) return notFound(what, id);
  return done(null, { data: { ...data, [key]: list.filter((x) => x.id !== id) } });
}

/** Adds the items whose ids are not present (so undoing twice adds nothing twice). */
function addMissing<T extends { id: string }>(list: T[], items: T[]): T[] {
  const ids = new Set(list.map((x) => x.id));
  return [...list, ...items.filter((x) => !ids.has(x.id))];
}

/** `data` with debts or plans added, and their lead reminders already past at `now` set aside (`skipPassedLeads`). */
function withAdded<R>(state: WritableState, data: Data, added: Target[], now: number, value: R): Outcome<R> {
  const reminders = skipPassedLeads({ data, settings: state.settings, reminders: state.reminders }, added, now);
  return done(value, reminders === state.reminders ? { data } : { data, reminders });
}

const replayId = (_: WritableState, ctx: CommandContext) => ({ id: ctx.id });
const replayNull = () => null;
const replayNothingRemoved = () => NOTHING_REMOVED;
const restoredCounts = (state: WritableState) => ({ debts: state.data.debts.length, plans: state.data.plans.length });

const HANDLERS: { [N in CommandName]: Handler<N> } = {
  addDebt: {
    apply: (state, input, { id, today, now }) =>
      withAdded(
        state,
        { ...state.data, debts: [...state.data.debts, { ...input, id, createdAt: today } satisfies Debt] },
        [{ type: 'debt', id }],
        now,
        { id },
      ),
    replay: replayId,
  },
  updateDebt: { apply: ({ data }, debt) => replaceById(data, 'debts', debt, 'debt'), replay: replayNull },
  deleteDebt: { apply: ({ data }, { id }) => removeTarget(data, { type: 'debt', id }, 'debt'), replay: replayNothingRemoved },

  addPlan: {
    apply: (state, input, { id, today, now }) =>
      withAdded(
        state,
        { ...state.data, plans: [...state.data.plans, { ...input, id, createdAt: today } satisfies Plan] },
        [{ type: 'plan', id }],
        now,
        { id },
      ),
    replay: replayId,
  },
  updatePlan: { apply: ({ data }, plan) => replaceById(data, 'plans', plan, 'plan'), replay: replayNull },
  deletePlan: { apply: ({ data }, { id }) => removeTarget(data, { type: 'plan', id }, 'plan'), replay: replayNothingRemoved },

  restoreItems: {
    apply: ({ data }, items) =>
      done(null, {
        data: {
          ...data,
          debts: addMissing(data.debts, items.debts),
          plans: addMissing(data.plans, items.plans),
          payments: addMissing(data.payments, items.payments),
          contacts: addMissing(data.contacts, items.contacts),
        },
      }),
    replay: replayNull,
  },

  recordPayment: { apply: ({ data }, input, { id }) => addOwned(data, 'payments', { ...input, id }), replay: replayId },
  undoPayment: { apply: ({ data }, { id }) => removeOwned(data, 'payments', id, 'payment'), replay: replayNull },

  snooze: {
    // "Remind me later": silent until `until`, then reminded again. Forgetting what was shown for the
    // installment lets its newest due reminder come back once at the end of the snooze.
    apply: ({ reminders }, { installmentKey, until }) =>
      done(null, {
        reminders: {
          sent: Object.fromEntries(Object.entries(reminders.sent).filter(([key]) => installmentKeyOf(key) !== installmentKey)),
          snoozed: { ...reminders.snoozed, [installmentKey]: until },
        },
      }),
    replay: replayNull,
  },
  updateSettings: { apply: ({ settings }, patch) => done(null, { settings: { ...settings, ...patch } }), replay: replayNull },

  importDebts: {
    apply: (state, { debts }, { id, today, now }) => {
      const added = debts.map((d, i): Debt => ({ ...d, id: `${id}-${i}`, createdAt: today }));
      const targets = added.map((d): Target => ({ type: 'debt', id: d.id }));
      return withAdded(state, { ...state.data, debts: [...state.data.debts, ...added] }, targets, now, { count: added.length });
    },
    replay: ({ data }, { id }) => ({ count: data.debts.filter((d) => d.id.startsWith(`${id}-`)).length }),
  },
  restoreBackup: {
    apply: (state, { backup }, { readBackup }) => {
      const parsed = readBackup(backup);
      if (!parsed.ok) return invalid('The backup cannot be restored; nothing was changed.', parsed.errors);
      const { data } = parsed;
      return done(
        { debts: data.debts.length, plans: data.plans.length },
        { data, settings: parsed.settings, undo: { data: state.data, settings: state.settings } },
      );
    },
    replay: restoredCounts,
  },
  undoRestore: {
    // Data and settings as they were before the restore; a copy kept without settings (0.1.0) leaves them as they are.
    apply: ({ undo }) => {
      if (!undo) return { ok: false, error: { code: 'not-found', message: 'There is no restore to undo.' } };
      return done(null, { data: undo.data, ...(undo.settings ? { settings: undo.settings } : {}), undo: null });
    },
    replay: replayNull,
  },

  addContact: { apply: ({ data }, input, { id }) => addOwned(data, 'contacts', { ...input, id }), replay: replayId },
  deleteContact: { apply: ({ data }, { id }) => removeOwned(data, 'contacts', id, 'contact entry'), replay: replayNull },
  clearQuarantine: { apply: () => done(null, { quarantine: [] }), replay: replayNull },
};

/** How many applied command ids are remembered: far more than could be retried at once. */
export const MAX_APPLIED_COMMANDS = 200;

/** What applying a command gave: its answer, and what to write (null: nothing) with the state that makes. */
export interface Applied {
  result: CommandResult;
  write: { changes: Changes; appliedCommands: string[] } | null;
  /** The state once `write` is written: what reading storage back would give. */
  state: WritableState;
}

const fail = (code: 'invalid', message: string, issues?: string[]): CommandResult => ({
  ok: false,
  error: { code, message, ...(issues ? { issues } : {}) },
});

/**
 * Why a message is no command at all (an unknown name, no valid id), or null when it is one. Checked
 * before storage is read.
 */
export function rejectMalformed(message: CommandMessage): CommandResult | null {
  if (!Object.hasOwn(HANDLERS, message.name)) return fail('invalid', `Unknown command "${String(message.name)}".`);
  if (!v.is(IdSchema, message.id)) return fail('invalid', 'The command has no valid id.');
  return null;
}

/**
 * The state after `changes` and `appliedCommands` are written over `state`, without reading and
 * validating it all again.
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

/**
 * Applies `message` (checked by `rejectMalformed`) to `state`. A retry of an applied command is
 * answered as the first run was, changing nothing; an invalid input or a refusal changes nothing.
 * @example applyCommand(state, { kind, id, name: 'snooze', input: { installmentKey, until } }, ctx).write?.changes.reminders
 */
export function applyCommand(state: WritableState, message: CommandMessage, context: ApplyContext): Applied {
  const name = message.name as CommandName;
  // One signature for all handlers: each one's input type is checked by its schema just below.
  const handler = HANDLERS[name] as unknown as Handler<CommandName>;
  const ctx = { ...context, id: message.id };
  if (state.appliedCommands.includes(message.id)) return { result: { ok: true, value: handler.replay(state, ctx) }, write: null, state };
  const input = v.safeParse(COMMAND_INPUT_SCHEMAS[name], message.input);
  if (!input.success)
    return { result: fail('invalid', 'Some fields are not valid; nothing was changed.', describeIssues(input.issues)), write: null, state };
  const outcome = handler.apply(state, input.output as never, ctx);
  if (!outcome.ok) return { result: outcome, write: null, state };
  const appliedCommands = [...state.appliedCommands, message.id].slice(-MAX_APPLIED_COMMANDS);
  return {
    result: { ok: true, value: outcome.value },
    write: { changes: outcome.changes, appliedCommands },
    state: stateAfter(state, outcome.changes, appliedCommands),
  };
}
