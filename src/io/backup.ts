/**
 * The JSON backup file: everything a user would lose with their browser profile (debts, plans,
 * payments, the contact log, settings) in one versioned document. `docs/backup-format.md` is the
 * format's specification; keep the two in step.
 *
 * Reading is strict and all-or-nothing: a file is migrated to the current version, every record is
 * validated with the model's schemas, and cross-references are checked. Anything wrong refuses the
 * whole file with one line per problem, so a restore never half-applies.
 */
import * as v from 'valibot';
import { describeIssues } from '../domain/command-schemas';
import { graceRecordsFromV1 } from '../domain/grace-v1';
import { targetKey } from '../domain/keys';
import { migrateRecord, statementAccountsFromV3 } from '../domain/migrations';
import { DATA_RECORD, SETTINGS_RECORD } from '../domain/storage-table';
import {
  ContactEntrySchema,
  DATA_KEY,
  DebtSchema,
  PaymentSchema,
  PlanSchema,
  SETTINGS_KEY,
  SettingsSchema,
  type Data,
  type Settings,
} from '../domain/model';

/** The `format` field: tells a DueGuard backup apart from any other JSON file. */
export const BACKUP_FORMAT = 'dueguard-backup';
/**
 * The version `serializeBackup` writes. 2: a debt's or plan's `graceDays` absent means the kind's
 * default. 3: statement accounts and loans (data schema v4).
 */
export const BACKUP_VERSION = 3;

/** The records a backup carries (the stored `Data` without its bookkeeping). */
export interface BackupRecords {
  debts: unknown[];
  plans: unknown[];
  payments: unknown[];
  contacts: unknown[];
}

export type BackupParse = { ok: true; data: Data; settings: Settings; exportedAt: string | null } | { ok: false; errors: string[] };

/**
 * The backup document for `data` and `settings`, as pretty-printed JSON text. `now` (epoch ms) is
 * recorded as `exportedAt`. The command-id log is left out: it only guards retries on this machine.
 *
 * @example serializeBackup(emptyData(), settings, Date.UTC(2026, 2, 1)) // '{\n  "format": "dueguard-backup", ...'
 */
export function serializeBackup(data: Data, settings: Settings, now: number): string {
  const { debts, plans, payments, contacts } = data;
  const document = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    data: { debts, plans, payments, contacts },
    settings,
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/** A file's JSON parsed, or the reason it is not JSON; the first step of reading a chosen file. */
export function parseJsonText(text: string): { ok: true; json: unknown } | { ok: false; errors: string[] } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (e) {
    return { ok: false, errors: [`The file is not JSON: ${(e as Error).message}`] };
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A document at the current version's shape, before its records are validated. */
interface CurrentDocument {
  exportedAt: string | null;
  data: BackupRecords;
  settings: unknown;
}

type Step = { ok: true; doc: CurrentDocument } | { ok: false; errors: string[] };

/** Records of a document step changed by `change`, when the step read. */
const withRecords = (step: Step, change: (data: BackupRecords) => BackupRecords): Step =>
  step.ok ? { ok: true, doc: { ...step.doc, data: change(step.doc.data) } } : step;
/** Version-1 records (backup v1, storage data v1) written the version-2 way: see grace-v1.ts. */
const graceFromV1 = (step: Step): Step => withRecords(step, graceRecordsFromV1);
/** Version-1 and 2 records with their card debts as statement accounts, as storage v3 → v4 does. */
const statementsFromV2 = (step: Step): Step => withRecords(step, statementAccountsFromV3);

function records(source: Record<string, unknown>): BackupRecords | string[] {
  const out: Partial<BackupRecords> = {};
  const errors: string[] = [];
  for (const name of ['debts', 'plans', 'payments', 'contacts'] as const) {
    const value = source[name] ?? [];
    if (Array.isArray(value)) out[name] = value;
    else errors.push(`data.${name}: must be a list`);
  }
  return errors.length ? errors : (out as BackupRecords);
}

/**
 * Version 0 is what existed before the backup format: the raw storage value, as a user gets it by
 * copying `chrome.storage.local.get()` from the developer tools. Two shapes are accepted: the whole
 * storage dump (`{ "dueguard.data": {...}, "dueguard.settings": {...} }`) and the bare data object
 * (`{ version?, debts, plans?, payments?, contacts?, appliedCommands? }`). Both are brought up to date
 * by the storage migrations, as DueGuard reads its own storage: in a dump, data without a version is
 * the first prototype's (money in yuan); a bare object without one is taken to be of version 1, the
 * shape documented for it.
 */
function readV0(json: Record<string, unknown>): Step {
  const dump = DATA_KEY in json;
  const raw = dump ? json[DATA_KEY] : json;
  if (!isObject(raw) || !Array.isArray(raw.debts))
    return { ok: false, errors: ['This is not a DueGuard backup: it has no "format" field and no list of debts.'] };
  const data = migrateRecord(dump || raw.version !== undefined ? raw : { ...raw, version: 1 }, DATA_RECORD.migrations);
  const settings =
    dump && json[SETTINGS_KEY] !== undefined
      ? migrateRecord(json[SETTINGS_KEY], SETTINGS_RECORD.migrations)
      : { ok: true as const, value: {} };
  const errors = [...(data.ok ? [] : [`data: ${data.reason}`]), ...(settings.ok ? [] : [`settings: ${settings.reason}`])];
  if (!data.ok || !settings.ok) return { ok: false, errors };
  const recs = records(data.value);
  if (Array.isArray(recs)) return { ok: false, errors: recs };
  return { ok: true, doc: { exportedAt: null, data: recs, settings: settings.value } };
}

/** Versions 1 to 3 share the document's shape; they differ in what a record's `graceDays` means and in the debts' shapes. */
function readDocument(json: Record<string, unknown>): Step {
  const errors: string[] = [];
  const exportedAt = typeof json.exportedAt === 'string' && !Number.isNaN(Date.parse(json.exportedAt)) ? json.exportedAt : null;
  if (exportedAt === null) errors.push('exportedAt: must be a date and time (ISO 8601)');
  if (!isObject(json.data)) errors.push('data: missing');
  if (json.settings !== undefined && !isObject(json.settings)) errors.push('settings: must be an object');
  if (errors.length || !isObject(json.data)) return { ok: false, errors };
  const recs = records(json.data);
  if (Array.isArray(recs)) return { ok: false, errors: recs };
  return { ok: true, doc: { exportedAt, data: recs, settings: json.settings ?? {} } };
}

/**
 * One reader per version, each producing the current document shape. A later version adds its reader
 * here and, when the record schemas change, a migration of the records before validation.
 */
const READERS: Record<number, (json: Record<string, unknown>) => Step> = {
  0: readV0,
  1: (json) => statementsFromV2(graceFromV1(readDocument(json))),
  2: (json) => statementsFromV2(readDocument(json)),
  3: readDocument,
};

function versionOf(json: Record<string, unknown>): number | string {
  if (json.format === undefined) return 0;
  if (json.format !== BACKUP_FORMAT) return `This is not a DueGuard backup (format "${String(json.format)}").`;
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return 'version: must be a whole number from 1';
  if (version > BACKUP_VERSION)
    return `This backup was made by a newer DueGuard (format version ${version}; this one reads up to ${BACKUP_VERSION}). Update DueGuard first.`;
  return version;
}

/**
 * One line per invalid field (its first issue), prefixed with where the records sit in the file and
 * with list indices in brackets: `data.debts[0].amount: …`.
 */
function issueLines(prefix: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  const lines = new Map<string, string>();
  for (const line of describeIssues(issues)) {
    const colon = line.indexOf(':');
    const where = `${prefix}.${line.slice(0, colon)}`.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    if (!lines.has(where)) lines.set(where, `${where}${line.slice(colon)}`);
  }
  return [...lines.values()];
}

const RecordsSchema = v.object({
  debts: v.array(DebtSchema),
  plans: v.array(PlanSchema),
  payments: v.array(PaymentSchema),
  contacts: v.array(ContactEntrySchema),
});

/** Ids unique per collection, and every payment and contact pointing at a debt or plan in the file. */
function checkReferences(records: v.InferOutput<typeof RecordsSchema>): string[] {
  const errors: string[] = [];
  for (const name of ['debts', 'plans', 'payments', 'contacts'] as const) {
    const seen = new Set<string>();
    records[name].forEach((item, i) => {
      if (seen.has(item.id)) errors.push(`data.${name}[${i}].id: "${item.id}" appears twice`);
      seen.add(item.id);
    });
  }
  const targets = new Set([
    ...records.debts.map((d) => targetKey({ type: 'debt', id: d.id })),
    ...records.plans.map((p) => targetKey({ type: 'plan', id: p.id })),
  ]);
  for (const name of ['payments', 'contacts'] as const) {
    records[name].forEach((item, i) => {
      if (!targets.has(targetKey(item.target)))
        errors.push(`data.${name}[${i}].target: no ${item.target.type} with id "${item.target.id}" in this backup`);
    });
  }
  return errors;
}

/**
 * Reads a backup document (already parsed from JSON) of any supported version: the data and settings
 * it holds, validated and at the current version, or every reason it cannot be restored.
 * `exportedAt` is null for a version 0 file, which has no such field.
 *
 * @example parseBackup(JSON.parse(serializeBackup(data, settings, now))) // { ok: true, data, settings, exportedAt }
 * @example parseBackup({ format: 'dueguard-backup', version: 9 })          // { ok: false, errors: ['This backup was made by a newer DueGuard …'] }
 */
export function parseBackup(json: unknown): BackupParse {
  if (!isObject(json)) return { ok: false, errors: ['This is not a DueGuard backup: the file holds no JSON object.'] };
  const version = versionOf(json);
  if (typeof version === 'string') return { ok: false, errors: [version] };
  const read = READERS[version];
  if (!read) return { ok: false, errors: [`version: ${version} is not a known backup version`] };
  const step = read(json);
  if (!step.ok) return step;

  const recs = v.safeParse(RecordsSchema, step.doc.data);
  const settings = v.safeParse(SettingsSchema, step.doc.settings);
  const errors = [
    ...(recs.success ? checkReferences(recs.output) : issueLines('data', recs.issues)),
    ...(settings.success ? [] : issueLines('settings', settings.issues)),
  ];
  if (!recs.success || !settings.success || errors.length) return { ok: false, errors };
  return { ok: true, data: { version: DATA_RECORD.version, ...recs.output }, settings: settings.output, exportedAt: step.doc.exportedAt };
}
