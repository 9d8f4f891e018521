/**
 * What a version-1 record's `graceDays` meant, written the version-2 way. Shared by the storage
 * migration (`src/domain/migrations.ts`) and the backup reader (`src/io/backup.ts`), which both
 * meet version-1 records; pure, on raw values (a migration never validates).
 *
 * Version 1 had no way to say "not given": the schema filled in 0 when `graceDays` was absent, and the
 * forms, the CSV import and the command inputs sent 0 for an empty field. Readers then took a debt's
 * 0 as "the kind's default" (`effectiveGrace` skipped it) but a plan's 0 as "no grace" (plans never
 * used the kind's default). From version 2 absent means the kind's default and a number, 0 included,
 * means that number, so a debt's 0 becomes absent and a plan without `graceDays` gets the 0 it was
 * read as: nobody's grace changes on upgrade.
 */

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A v1 debt: its 0 ("not given") becomes absent; anything else passes through. */
function debtGraceFromV1(debt: unknown): unknown {
  if (!isObject(debt) || debt.graceDays !== 0) return debt;
  const { graceDays: _zero, ...rest } = debt;
  return rest;
}

/** A v1 plan: absent (read as 0, "no grace") becomes an explicit 0; anything else passes through. */
function planGraceFromV1(plan: unknown): unknown {
  return isObject(plan) && plan.graceDays === undefined ? { ...plan, graceDays: 0 } : plan;
}

const mapIfArray = (x: unknown, f: (item: unknown) => unknown): unknown => (Array.isArray(x) ? x.map(f) : x);

/**
 * A record holding v1 `debts` and `plans` lists (stored data, or a backup's `data`) with their grace
 * days in the version-2 sense; other fields, and lists that are not lists, pass through.
 * @example graceRecordsFromV1({ debts: [{ id: 'd', graceDays: 0 }], plans: [{ id: 'p' }] }) // { debts: [{ id: 'd' }], plans: [{ id: 'p', graceDays: 0 }] }
 */
export function graceRecordsFromV1<T extends { debts?: unknown; plans?: unknown }>(records: T): T {
  // The lists keep their shape (a list of the same length, or what was there): T still describes them.
  return { ...records, debts: mapIfArray(records.debts, debtGraceFromV1), plans: mapIfArray(records.plans, planGraceFromV1) } as T;
}
