/**
 * Stored-record migrations: a plain array per key, where entry `i` turns a version-`i` record into a
 * version-`i + 1` one. Pure functions of the raw value (no browser, no clock) so they run the same on
 * read, in tests and on fixtures. A record without a `version` is version 0: the unversioned shape the
 * first prototype wrote, described below.
 *
 * A migration never validates: it reshapes what it recognises and passes anything else through, so the
 * validation that follows can quarantine exactly the items that are still wrong.
 */
import { graceRecordsFromV1 } from './grace-v1';
import { isDayString } from './day';
import { DEBT_KINDS, type Day, type DebtKind } from './model';
import { STATEMENT_PRESETS } from './statement';
import { termsFromDue } from './statement-terms';

/** Turns a version-`i` record into version `i + 1`. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export type MigrationResult = { ok: true; value: Record<string, unknown>; migrated: boolean } | { ok: false; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Yuan as a (possibly fractional) number → fen; anything else passes through for validation to reject. */
const yuanToMinor = (x: unknown): unknown => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 100) : x);

/**
 * v0 debt (prototype): `{ id, name, kind?, amount (yuan, float), dueDate, repeat?: 'monthly' | 'none',
 * months?, grace?, note? }` → v1 `Debt` (amount in fen, a `recurrence`, `createdAt` = the first due day,
 * the earliest day the prototype knew of).
 */
function debtV0toV1(d: unknown): unknown {
  if (!isObject(d)) return d;
  const { amount, dueDate, repeat, months, grace, kind, ...rest } = d;
  const recurrence =
    repeat === 'monthly'
      ? { type: 'monthly', firstDue: dueDate, ...(months === undefined ? {} : { count: months }) }
      : { type: 'once', dueDate };
  return {
    ...rest,
    kind: (DEBT_KINDS as readonly unknown[]).includes(kind) ? kind : 'other',
    amount: yuanToMinor(amount),
    recurrence,
    graceDays: grace ?? 0,
    createdAt: dueDate,
  };
}

/** v0 payment: `{ id, debtId, date, amount (yuan), note? }` → v1 `Payment` with a debt target. */
function paymentV0toV1(p: unknown): unknown {
  if (!isObject(p)) return p;
  const { debtId, amount, ...rest } = p;
  return { ...rest, target: { type: 'debt', id: debtId }, amount: yuanToMinor(amount) };
}

/**
 * v3 debt → v4: an open-ended monthly debt of a statement kind (a card, Huabei, Baitiao, Meituan)
 * becomes a statement account whose due days are exactly the old ones (`termsFromDue`), with the old
 * amount as its first statement, which later cycles are estimated from, as the old debt assumed.
 * Every other debt stays a bill, as it was.
 */
function debtV3toV4(d: unknown): unknown {
  if (!isObject(d) || !isObject(d.recurrence)) return d;
  const { recurrence, amount, ...rest } = d;
  const preset = STATEMENT_PRESETS[d.kind as DebtKind];
  const firstDue = recurrence.firstDue;
  if (!preset || recurrence.type !== 'monthly' || recurrence.count !== undefined || typeof firstDue !== 'string' || !isDayString(firstDue))
    return d;
  const terms = termsFromDue(d.kind as DebtKind, firstDue as Day);
  return {
    ...rest,
    billing: 'statement',
    ...terms,
    minimumRule: preset.minimum,
    interestOn: preset.interestOn,
    statements: [{ statementDate: terms.firstStatement, amount }],
  };
}

const mapIfArray = (x: unknown, f: (item: unknown) => unknown): unknown => (Array.isArray(x) ? x.map(f) : x);

/** Records (data v3, backup v1 and v2) with their card debts as statement accounts (`debtV3toV4`). */
export const statementAccountsFromV3 = <R extends { debts?: unknown }>(records: R): R => ({
  ...records,
  debts: mapIfArray(records.debts, debtV3toV4),
});

/**
 * `dueguard.data` (and `dueguard.undo`, the same shape): v0 had only debts and payments, money in
 * yuan; v1 could not tell a grace of 0 from none given (`graceRecordsFromV1`).
 */
export const DATA_MIGRATIONS: readonly Migration[] = [
  (v0) => ({
    version: 1,
    debts: mapIfArray(v0.debts ?? [], debtV0toV1),
    plans: [],
    payments: mapIfArray(v0.payments ?? [], paymentV0toV1),
    contacts: [],
  }),
  (v1) => ({ ...graceRecordsFromV1(v1), version: 2 }),
  // v3 adds the optional `plan.overdueSince`: every v2 record is a valid v3 one.
  (v2) => ({ ...v2, version: 3 }),
  (v3) => ({ ...statementAccountsFromV3(v3), version: 4 }),
];

/**
 * `dueguard.settings`: v0 was `{ remindDaysBefore?: number[], remindAt?: 'HH:mm', lang?: 'zh' | 'en' | 'auto' }`.
 * v1 → v2, v2 → v3 and v3 → v4 only move the version along with the data's (settings are written with SCHEMA_VERSION).
 */
export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  ({ remindDaysBefore, remindAt, lang, ...rest }) => ({
    ...rest,
    version: 1,
    ...(remindDaysBefore === undefined ? {} : { leadDays: remindDaysBefore }),
    ...(remindAt === undefined ? {} : { reminderTime: remindAt }),
    ...(lang === undefined ? {} : { language: lang === 'zh' ? 'zh_CN' : lang }),
  }),
  (v1) => ({ ...v1, version: 2 }),
  (v2) => ({ ...v2, version: 3 }),
  (v3) => ({ ...v3, version: 4 }),
];

/**
 * Brings a raw stored record up to `CURRENT_VERSION`.
 * Fails (and the caller quarantines the record) when it is not an object, claims a version this build
 * does not know (written by a newer DueGuard) or a migration throws.
 */
export function migrateRecord(raw: unknown, migrations: readonly Migration[]): MigrationResult {
  if (!isObject(raw)) return { ok: false, reason: 'not an object' };
  const from = raw.version === undefined ? 0 : raw.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0)
    return { ok: false, reason: `unknown version ${JSON.stringify(from)}` };
  if (from > migrations.length)
    return { ok: false, reason: `version ${from} was written by a newer DueGuard (this one reads up to ${migrations.length})` };
  let value = raw;
  try {
    for (const migrate of migrations.slice(from)) value = migrate(value);
  } catch (e) {
    return { ok: false, reason: `migration from version ${from} failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { ok: true, value, migrated: from < migrations.length };
}
