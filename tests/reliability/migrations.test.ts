// Profiles and backups from every earlier schema version: a fixture exists for each, the background
// starts on it and keeps every record, and migrating is idempotent, for random old records too.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup, serializeBackup } from '../../src/io/backup';
import {
  DATA_KEY,
  DEBT_KINDS,
  DataSchema,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  UNDO_KEY,
  type Day,
  type DebtKind,
  type Recurrence,
  type Settings,
} from '../../src/domain/model';
import { effectiveGrace, kindDefaults } from '../../src/domain/presets';
import { loadState } from '../../src/platform/storage';
import { decodeStorage } from '../../src/domain/storage-table';
import { recurrenceOccurrences } from '../../src/domain/recurrence';
import { getDebtInstallments } from '../../src/domain/schedule';
import { send, startBackground, storedData } from '../integration/background-harness';
import { setRawStorage, useBackgroundAt } from './faults';
import { hostileValue } from './hostile';

const FIXTURES = path.join(__dirname, '../fixtures');
const NOW = new Date(2026, 5, 15, 10, 0).getTime();
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
const earlier = (current: number) => Array.from({ length: current }, (_, i) => i);
const countOf = (record: unknown, list: string) => ((record as Record<string, unknown[]> | undefined)?.[list] ?? []).length;

describe('a fixture for every earlier version', () => {
  it.each([
    ['storage', SCHEMA_VERSION, (n: number) => `storage/v${n}.json`],
    ['backup', BACKUP_VERSION, (n: number) => `backup-v${n}.json`],
  ] as const)('%s: versions below the current one each have a fixture', (_what, current, file) => {
    for (const n of earlier(current)) expect(fs.existsSync(path.join(FIXTURES, file(n))), file(n)).toBe(true);
  });
});

describe('the background on a profile written by an earlier version', { timeout: 60_000 }, () => {
  useBackgroundAt(NOW);

  it.each(earlier(SCHEMA_VERSION))(
    'storage v%i: starts, keeps every record, takes commands, and reads the same after a restart',
    async (n) => {
      const fixture = readJson(`storage/v${n}.json`);
      await setRawStorage({ local: fixture, sync: {} });
      await startBackground();
      const old = fixture[DATA_KEY];
      const firstDebt = (old as { debts: { id: string }[] }).debts[0]!.id;
      const paid = await send(
        'recordPayment',
        { target: { type: 'debt', id: firstDebt }, date: '2026-06-15' as never, amount: 100, note: '' },
        'after-upgrade',
      );
      expect(paid).toEqual({ ok: true, value: { id: 'after-upgrade' } });

      const state = await loadState();
      expect(state.quarantine).toEqual([]);
      expect(v.is(DataSchema, state.data)).toBe(true);
      expect([state.data.debts.length, state.data.payments.length]).toEqual([countOf(old, 'debts'), countOf(old, 'payments') + 1]);
      await startBackground();
      expect(await loadState()).toEqual(state);
    },
  );

  it.each(earlier(BACKUP_VERSION + 1).flatMap((n) => fs.readdirSync(FIXTURES).filter((f) => f.startsWith(`backup-v${n}`))))(
    '%s restores, and its export reads back the same',
    async (file) => {
      const backup = readJson(file);
      expect(await send('restoreBackup', { backup }, 'restore')).toMatchObject({ ok: true });
      const { data, settings } = await loadState();
      const again = parseBackup(JSON.parse(serializeBackup(data, settings, NOW)));
      expect(again.ok && again.data).toEqual(await storedData());
    },
  );
});

/** A record as the unversioned prototype (v0) wrote it, with any field possibly replaced by junk. */
const v0Debt = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), hostileValue),
  name: fc.oneof(fc.string({ maxLength: 90 }), hostileValue),
  kind: fc.oneof(fc.constantFrom(...DEBT_KINDS, 'autoloan'), hostileValue),
  amount: fc.oneof(fc.double({ min: -10, max: 1e12, noNaN: true }), hostileValue),
  dueDate: fc.oneof(fc.constantFrom('2026-01-31', '2025-02-29', '2026-13-01'), hostileValue),
  repeat: fc.constantFrom('monthly', 'none', undefined),
  months: fc.oneof(fc.integer({ min: 0, max: 700 }), hostileValue),
  grace: fc.oneof(fc.integer({ min: -1, max: 70 }), hostileValue),
});
const v0Payment = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  debtId: fc.string({ maxLength: 8 }),
  date: fc.constantFrom('2026-01-01', 'yesterday'),
  amount: fc.oneof(fc.double({ noNaN: true }), hostileValue),
});
const v0Storage = fc.record({
  [DATA_KEY]: fc.record({
    debts: fc.array(fc.oneof(v0Debt, hostileValue), { maxLength: 6 }),
    payments: fc.array(fc.oneof(v0Payment, hostileValue), { maxLength: 4 }),
  }),
  [SETTINGS_KEY]: fc.oneof(
    fc.record({
      remindDaysBefore: fc.oneof(fc.array(fc.integer({ min: -1, max: 30 })), hostileValue),
      remindAt: fc.oneof(fc.constantFrom('08:00', '25:00'), hostileValue),
      lang: fc.constantFrom('zh', 'en', 'auto', 'fr'),
    }),
    hostileValue,
  ),
});

describe('random v0 profiles', { timeout: 60_000 }, () => {
  it('migrate without throwing, keep or quarantine every record, and migrate only once', () => {
    fc.assert(
      fc.property(v0Storage, (local) => {
        const first = decodeStorage({ local, sync: {} }, NOW);
        const data = local[DATA_KEY];
        const kept = first.state.data.debts.length + first.state.data.payments.length;
        const setAside = first.found.filter((q) => q.key.startsWith(`${DATA_KEY}/`)).length;
        expect(kept + setAside).toBe(data.debts.length + data.payments.length);
        expect(v.is(DataSchema, first.state.data)).toBe(true);

        // What the background writes back, read again: the same state, nothing new set aside.
        const repairedLocal = {
          ...local,
          ...first.repairs.local,
          ...(first.repairs.settings ? { [SETTINGS_KEY]: { ...first.repairs.settings, version: SCHEMA_VERSION } } : {}),
        };
        const second = decodeStorage(structuredClone({ local: repairedLocal, sync: {} }), NOW);
        expect(second.found).toEqual([]);
        expect(second.state).toEqual(first.state);
      }),
      { numRuns: 300 },
    );
  });
});

/** Grace days as a v1 record may hold them: absent (the schema read 0), 0 (what an empty form field sent) or a number. */
const v1Grace = fc.option(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 })), { nil: undefined });
const withGrace = <T extends object>(record: T, graceDays: number | undefined): T & { graceDays?: number } =>
  graceDays === undefined ? record : { ...record, graceDays };
const v1Debt = fc.record({ i: fc.nat(), kind: fc.constantFrom(...DEBT_KINDS), graceDays: v1Grace }).map(({ i, kind, graceDays }) =>
  withGrace(
    {
      id: `d${i}`,
      name: `debt ${i}`,
      kind,
      currency: 'CNY',
      amount: 100,
      recurrence: { type: 'once', dueDate: '2026-06-01' },
      note: '',
      createdAt: '2026-01-01',
    },
    graceDays,
  ),
);
const v1Plan = fc.record({ i: fc.nat(), kind: fc.constantFrom(...DEBT_KINDS), graceDays: v1Grace }).map(({ i, kind, graceDays }) =>
  withGrace(
    {
      id: `p${i}`,
      name: `plan ${i}`,
      kind,
      currency: 'CNY',
      total: 1_200,
      downPayment: 0,
      fee: 0,
      count: 12,
      startDate: '2026-01-01',
      firstDue: '2026-02-01',
      note: '',
      createdAt: '2026-01-01',
    },
    graceDays,
  ),
);
const v1KindDefaults = fc.dictionary(
  fc.constantFrom(...DEBT_KINDS),
  fc.record({ dailyRatePpm: fc.constant(null), graceDays: fc.integer({ min: 0, max: 60 }) }),
);
const v1Data = fc
  .record({
    debts: fc.uniqueArray(v1Debt, { selector: (d) => d.id, maxLength: 6 }),
    plans: fc.uniqueArray(v1Plan, { selector: (p) => p.id, maxLength: 4 }),
  })
  .map((lists) => ({ version: 1, ...lists, payments: [], contacts: [], appliedCommands: [] }));

/** The grace version 1 put in force: a debt's 0 (or none) meant its kind's default, a plan's meant no grace. */
function v1GraceInForce(type: 'debt' | 'plan', item: { kind: DebtKind; graceDays?: number }, settings: Settings): number {
  if (type === 'plan') return item.graceDays ?? 0;
  return item.graceDays ? item.graceDays : kindDefaults(settings, item.kind).graceDays;
}

describe('random v1 profiles', { timeout: 60_000 }, () => {
  it('keep the grace in force for every debt and plan, in the data and in the undo copy, and migrate only once', () => {
    fc.assert(
      fc.property(v1Data, v1Data, v1KindDefaults, (data, undo, kindDefaultsV1) => {
        const local = { [DATA_KEY]: data, [UNDO_KEY]: undo, [SETTINGS_KEY]: { version: 1, kindDefaults: kindDefaultsV1 } };
        const first = decodeStorage({ local, sync: {} }, NOW);
        expect(first.found).toEqual([]);
        const { settings } = first.state;
        for (const [before, after] of [
          [data, first.state.data],
          [undo, first.state.undo!.data],
        ] as const) {
          expect(after.debts.map((d) => effectiveGrace(d, settings))).toEqual(before.debts.map((d) => v1GraceInForce('debt', d, settings)));
          expect(after.plans.map((p) => effectiveGrace(p, settings))).toEqual(before.plans.map((p) => v1GraceInForce('plan', p, settings)));
          // What a form shows when the item is edited: a grace only where one was given.
          expect(after.debts.map((d) => d.graceDays)).toEqual(before.debts.map((d) => (d.graceDays ? d.graceDays : undefined)));
        }

        const repairedLocal = {
          ...local,
          ...first.repairs.local,
          ...(first.repairs.settings ? { [SETTINGS_KEY]: { ...first.repairs.settings, version: SCHEMA_VERSION } } : {}),
        };
        const second = decodeStorage(structuredClone({ local: repairedLocal, sync: {} }), NOW);
        expect(second.found).toEqual([]);
        expect(second.state).toEqual(first.state);
        expect(second.repairs).toEqual({ local: {} });
      }),
      { numRuns: 300 },
    );
  });
});

/** A v3 debt: any kind, once or monthly (open-ended or with a count), due on any day of any month of 2025-2026. */
const v3Debt = fc
  .record({
    i: fc.nat(),
    kind: fc.constantFrom(...DEBT_KINDS),
    month: fc.integer({ min: 1, max: 24 }),
    day: fc.integer({ min: 1, max: 31 }),
    amount: fc.integer({ min: 1, max: 10_000_000 }),
    shape: fc.constantFrom('once', 'open', 'count'),
  })
  .map(({ i, kind, month, day, amount, shape }) => {
    const y = 2025 + Math.floor((month - 1) / 12);
    const m = ((month - 1) % 12) + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const first = `${y}-${String(m).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}` as Day;
    const recurrence =
      shape === 'once'
        ? { type: 'once', dueDate: first }
        : { type: 'monthly', firstDue: first, ...(shape === 'count' ? { count: 1 + (i % 24) } : {}) };
    return { id: `d${i}`, name: `debt ${i}`, kind, currency: 'CNY', amount, recurrence, note: '', createdAt: '2025-01-01' };
  });
const v3Data = fc
  .uniqueArray(v3Debt, { selector: (d) => d.id, maxLength: 8 })
  .map((debts) => ({ version: 3, debts, plans: [], payments: [], contacts: [] }));

describe('random v3 profiles', { timeout: 60_000 }, () => {
  it('keep every debt, each due on the same days for the same amounts (a card bill as a statement account), and migrate only once', () => {
    const until = '2027-06-30' as Day;
    fc.assert(
      fc.property(v3Data, (data) => {
        const first = decodeStorage({ local: { [DATA_KEY]: data }, sync: {} }, NOW);
        expect(first.found).toEqual([]);
        data.debts.forEach((old, n) => {
          const migrated = first.state.data.debts[n]!;
          const before = recurrenceOccurrences(old.recurrence as Recurrence, until).map((o) => [o.due, old.amount]);
          const after = getDebtInstallments(migrated, until).map((i) => [i.due, i.amount]);
          expect(after, `${old.kind} ${JSON.stringify(old.recurrence)}`).toEqual(before);
        });
        const second = decodeStorage(structuredClone({ local: { ...first.repairs.local }, sync: {} }), NOW);
        expect(second.state.data).toEqual(first.state.data);
      }),
      { numRuns: 300 },
    );
  });
});
