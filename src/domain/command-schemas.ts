/**
 * Validation of what crosses into the background: one valibot schema per command input (the runtime
 * side of the `CommandMap` contract in commands.ts), and the one way validation issues are turned into
 * lines a user can read ("amount: must be more than zero").
 */
import * as v from 'valibot';
import type { CommandMap, CommandName } from './commands';
import { ContactEntrySchema, DebtInputSchema, DebtSchema, IdSchema, PaymentSchema, PlanSchema, SettingsSchema } from './model';

/**
 * One line per issue, prefixed with the dotted path of the offending field when there is one.
 * @example describeIssues(v.safeParse(DebtSchema, { ...debt, amount: 0 }).issues) // ['amount: must be more than zero']
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue);
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * A plan as entered. PlanSchema's cross-field checks (down payment ≤ total, custom amounts adding up)
 * sit in its pipe, which `omit` cannot carry over, so they are run here on the completed plan.
 */
const PlanInputSchema = v.pipe(
  v.omit(PlanSchema.pipe[0], ['id', 'createdAt']),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const whole = v.safeParse(PlanSchema, { ...dataset.value, id: 'new', createdAt: dataset.value.startDate });
    if (!whole.success) for (const issue of whole.issues) addIssue({ message: issue.message });
  }),
);

const ById = v.object({ id: IdSchema });
const NoInput = v.pipe(
  v.strictObject({}),
  v.transform((): Record<string, never> => ({})),
);
const RemovedItemsSchema = v.object({
  debts: v.array(DebtSchema),
  plans: v.array(PlanSchema),
  payments: v.array(PaymentSchema),
  contacts: v.array(ContactEntrySchema),
});

/** Most rows a single import may add: far above any real user, low enough to bound one write. */
export const MAX_IMPORT = 1000;

type InputSchemas = { [N in CommandName]: v.GenericSchema<unknown, CommandMap[N]['input']> };

/** The input schema of each command. Unknown settings are refused rather than silently dropped. */
export const COMMAND_INPUT_SCHEMAS: InputSchemas = {
  addDebt: DebtInputSchema,
  updateDebt: DebtSchema,
  deleteDebt: ById,
  addPlan: PlanInputSchema,
  updatePlan: PlanSchema,
  deletePlan: ById,
  restoreItems: RemovedItemsSchema,
  recordPayment: v.omit(PaymentSchema, ['id']),
  undoPayment: ById,
  snooze: v.object({
    installmentKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    until: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  updateSettings: v.strictObject(v.partial(SettingsSchema).entries),
  importDebts: v.object({
    debts: v.pipe(
      v.array(DebtInputSchema),
      v.minLength(1, 'the file has no debts'),
      v.maxLength(MAX_IMPORT, `at most ${MAX_IMPORT} debts at once`),
    ),
  }),
  restoreBackup: v.object({ backup: v.unknown() }),
  undoRestore: NoInput,
  addContact: v.omit(ContactEntrySchema, ['id']),
  deleteContact: ById,
  clearQuarantine: NoInput,
};
