/**
 * The command channel's contract: every change to stored data is one of these, sent by a UI page
 * (or a notification button) to the background, which alone writes storage.
 *
 * A command carries an `id` chosen by the sender (`crypto.randomUUID()`); the background records
 * applied ids, so a retry after a killed worker is answered without applying twice. New entities take
 * the command id as their own id, which makes a retried "add" idempotent too.
 */
import type { COMMAND_KIND } from './keys';
import type { BillDebt, ContactEntry, Debt, Payment, Plan, Settings } from './model';

/** `Omit` over each member of a union, so a debt input stays a bill, a statement account or a loan. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A debt as the user enters it: the background adds `id` (the command id) and `createdAt`. */
export type DebtInput = DistributiveOmit<Debt, 'id' | 'createdAt'>;
/** A bill as entered (the shape of every debt before statements and loans). */
export type BillInput = Omit<BillDebt, 'id' | 'createdAt'>;
export type PlanInput = Omit<Plan, 'id' | 'createdAt'>;
export type PaymentInput = Omit<Payment, 'id'>;
export type ContactInput = Omit<ContactEntry, 'id'>;

/** Name → input and result of each command. */
export interface CommandMap {
  addDebt: { input: DebtInput; result: { id: string } };
  updateDebt: { input: Debt; result: null };
  /** Deletes the debt with its payments and contact entries; the result lets the UI offer undo via `restoreItems`. */
  deleteDebt: { input: { id: string }; result: RemovedItems };
  addPlan: { input: PlanInput; result: { id: string } };
  /** Edits a plan; its payments are kept. */
  updatePlan: { input: Plan; result: null };
  deletePlan: { input: { id: string }; result: RemovedItems };
  /** Puts back what a delete removed (undo). */
  restoreItems: { input: RemovedItems; result: null };
  recordPayment: { input: PaymentInput; result: { id: string } };
  undoPayment: { input: { id: string }; result: null };
  /** Silences reminders of one installment until `until` (epoch ms). */
  snooze: { input: { installmentKey: string; until: number }; result: null };
  updateSettings: { input: Partial<Settings>; result: null };
  /** Adds all the debts or none. */
  importDebts: { input: { debts: DebtInput[] }; result: { count: number } };
  /** Replaces all data with a backup file's content (any supported version), or changes nothing. */
  restoreBackup: { input: { backup: unknown }; result: { debts: number; plans: number } };
  /** Brings back the data the last restore replaced. */
  undoRestore: { input: Record<string, never>; result: null };
  addContact: { input: ContactInput; result: { id: string } };
  deleteContact: { input: { id: string }; result: null };
  /** Forgets the records kept aside after failing validation (after the user has seen them). */
  clearQuarantine: { input: Record<string, never>; result: null };
}

export type CommandName = keyof CommandMap;

export interface RemovedItems {
  debts: Debt[];
  plans: Plan[];
  payments: Payment[];
  contacts: ContactEntry[];
}

export interface CommandMessage<N extends CommandName = CommandName> {
  kind: typeof COMMAND_KIND;
  id: string;
  name: N;
  input: CommandMap[N]['input'];
}

export type CommandErrorCode = 'invalid' | 'not-found' | 'quota' | 'internal';

/** Errors cross the channel as values, never as thrown exceptions. */
export interface CommandError {
  code: CommandErrorCode;
  /** A sentence for the user, in English; UIs show a localized message for `code` plus `issues`. */
  message: string;
  /** One line per invalid field, e.g. "amount: must be more than zero". */
  issues?: string[];
}

export type CommandResult<N extends CommandName = CommandName> =
  { ok: true; value: CommandMap[N]['result'] } | { ok: false; error: CommandError };
