// Every command through the real channel against the fake browser: valid, invalid (nothing changes),
// duplicate ids (applied once), all-or-nothing import and restore, quota, serialization.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import backupV1 from '../fixtures/backup-v1.json';
import type { CommandName } from '../../src/domain/commands';
import {
  APPLIED_KEY,
  DERIVED_KEY,
  FIRST_SCREEN_KEY,
  DATA_KEY,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SETTINGS_KEY,
  UNDO_KEY,
  emptyData,
  type BillDebt,
  type Day,
  type Plan,
  type Settings,
} from '../../src/domain/model';
import { COMMAND_KIND } from '../../src/domain/keys';
import { MAX_APPLIED_COMMANDS } from '../../src/domain/apply-command';
import { loadState } from '../../src/platform/storage';
import { debtInput, fakeLocales, send, startBackground, storedAppliedIds, storedData } from './background-harness';

const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const snapshot = () => fakeBrowser.storage.local.get(null);

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  fakeLocales();
  await startBackground();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('adding and editing', () => {
  it('adds a debt whose id is the command id, created today', async () => {
    const result = await send('addDebt', debtInput(), 'cmd-1');
    expect(result).toEqual({ ok: true, value: { id: 'cmd-1' } });
    const data = await storedData();
    expect(data.debts).toEqual([{ ...debtInput(), id: 'cmd-1', createdAt: '2026-12-01' }]);
    expect(await storedAppliedIds()).toEqual(['cmd-1']);
  });

  it('updates a debt, and reports one that does not exist', async () => {
    await send('addDebt', debtInput(), 'd1');
    const debt = (await storedData()).debts[0] as BillDebt;
    expect(await send('updateDebt', { ...debt, amount: 5000 })).toEqual({ ok: true, value: null });
    expect(((await storedData()).debts[0] as BillDebt).amount).toBe(5000);
    expect(await send('updateDebt', { ...debt, id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('deletes a debt with its payments and contacts, and restoreItems puts them back', async () => {
    await send('addDebt', debtInput(), 'd1');
    await send('addDebt', debtInput({ name: 'other' }), 'd2');
    await send('recordPayment', { target: { type: 'debt', id: 'd1' }, date: '2026-12-01' as Day, amount: 100, note: '' }, 'p1');
    await send('recordPayment', { target: { type: 'debt', id: 'd2' }, date: '2026-12-01' as Day, amount: 100, note: '' }, 'p2');
    await send(
      'addContact',
      {
        target: { type: 'debt', id: 'd1' },
        at: '2026-12-01T09:00',
        channel: 'call',
        answered: true,
        thirdParty: false,
        who: '',
        summary: '',
        userFlags: [],
      },
      'c1',
    );
    const removed = await send('deleteDebt', { id: 'd1' });
    expect(removed.ok && removed.value.debts.map((d) => d.id)).toEqual(['d1']);
    expect(removed.ok && removed.value.payments.map((p) => p.id)).toEqual(['p1']);
    expect(removed.ok && removed.value.contacts.map((c) => c.id)).toEqual(['c1']);
    const after = await storedData();
    expect([after.debts.map((d) => d.id), after.payments.map((p) => p.id), after.contacts]).toEqual([['d2'], ['p2'], []]);

    expect(removed.ok && (await send('restoreItems', removed.value))).toEqual({ ok: true, value: null });
    const restored = await storedData();
    expect(restored.debts.map((d) => d.id).sort()).toEqual(['d1', 'd2']);
    expect(restored.payments.map((p) => p.id).sort()).toEqual(['p1', 'p2']);
    expect(restored.contacts.map((c) => c.id)).toEqual(['c1']);
  });

  it('adds, updates and deletes a plan, keeping its payments on update', async () => {
    const plan = {
      name: '借呗 协商还款',
      kind: 'jiebei',
      currency: 'CNY',
      total: 120000,
      downPayment: 0,
      fee: 0,
      count: 12,
      startDate: '2026-12-01',
      firstDue: '2027-01-01',
      graceDays: 0,
      note: '',
    } as const;
    expect(await send('addPlan', plan as never, 'plan1')).toEqual({ ok: true, value: { id: 'plan1' } });
    await send('recordPayment', { target: { type: 'plan', id: 'plan1' }, date: '2026-12-01' as Day, amount: 10000, note: '' }, 'pp');
    const stored = (await storedData()).plans[0] as Plan;
    expect(await send('updatePlan', { ...stored, count: 6 })).toEqual({ ok: true, value: null });
    expect((await storedData()).payments).toHaveLength(1);
    const removed = await send('deletePlan', { id: 'plan1' });
    expect(removed.ok && removed.value.payments.map((p) => p.id)).toEqual(['pp']);
  });

  it('runs the plan cross-field checks on a new plan', async () => {
    const result = await send('addPlan', {
      name: 'x',
      kind: 'loan',
      currency: 'CNY',
      total: 100,
      downPayment: 500,
      fee: 0,
      count: 1,
      startDate: '2026-12-01',
      firstDue: '2026-12-02',
      graceDays: 0,
      note: '',
    } as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: ['down payment cannot exceed the total'] } });
    expect((await storedData()) ?? emptyData()).toMatchObject({ plans: [] });
  });

  it('records and undoes a payment; a payment for nothing is refused', async () => {
    await send('addDebt', debtInput(), 'd1');
    await send('recordPayment', { target: { type: 'debt', id: 'd1' }, date: '2026-12-01' as Day, amount: 100, note: '' }, 'p1');
    expect(await send('undoPayment', { id: 'p1' })).toEqual({ ok: true, value: null });
    expect((await storedData()).payments).toEqual([]);
    expect(await send('undoPayment', { id: 'p1' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      await send('recordPayment', { target: { type: 'plan', id: 'ghost' }, date: '2026-12-01' as Day, amount: 1, note: '' }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('snoozes an installment and updates settings (in storage.sync)', async () => {
    await send('addDebt', debtInput(), 'd1');
    expect(await send('snooze', { installmentKey: 'debt:d1:2026-12-10', until: NOW + 86_400_000 })).toEqual({ ok: true, value: null });
    expect((await snapshot())[REMINDERS_KEY]).toEqual({ sent: {}, snoozed: { 'debt:d1:2026-12-10': NOW + 86_400_000 } });
    expect(await send('updateSettings', { language: 'en', reminderTime: '20:00' })).toEqual({ ok: true, value: null });
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject({
      language: 'en',
      reminderTime: '20:00',
      leadDays: [7, 3, 1, 0],
    });
  });

  it('writes the data record only for a command that changes it', async () => {
    await send('addDebt', debtInput(), 'd1');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await send('snooze', { installmentKey: 'debt:d1:2026-12-10', until: NOW + 86_400_000 }, 's1');
    expect(set.mock.calls.flatMap(([records]) => Object.keys(records))).not.toContain(DATA_KEY);
    expect(await storedAppliedIds()).toEqual(['d1', 's1']);
    set.mockClear();
    await send('updateDebt', { ...((await storedData()).debts[0] as BillDebt), amount: 5000 }, 'u1');
    // The data and the id it was applied under land together, or neither does; the derived records
    // built from the data before are voided in the same set.
    expect(set.mock.calls.filter(([records]) => DATA_KEY in records).map(([records]) => Object.keys(records).sort())).toEqual([
      [APPLIED_KEY, DATA_KEY, DERIVED_KEY, FIRST_SCREEN_KEY],
    ]);
  });

  it('deletes a contact entry and clears the quarantine', async () => {
    await send('addDebt', debtInput(), 'd1');
    await send(
      'addContact',
      {
        target: { type: 'debt', id: 'd1' },
        at: '2026-12-01T09:00',
        channel: 'sms',
        answered: true,
        thirdParty: false,
        who: '',
        summary: '',
        userFlags: [],
      },
      'c1',
    );
    expect(await send('deleteContact', { id: 'c1' })).toEqual({ ok: true, value: null });
    await fakeBrowser.storage.local.set({ [QUARANTINE_KEY]: [{ key: DATA_KEY, record: 1, reason: 'r', at: 1 }] });
    expect(await send('clearQuarantine', {})).toEqual({ ok: true, value: null });
    expect((await snapshot())[QUARANTINE_KEY]).toEqual([]);
  });
});

describe('invalid input changes nothing', () => {
  it.each<[string, CommandName, unknown, RegExp]>([
    ['amount of zero', 'addDebt', debtInput({ amount: 0 }), /^amount: amount must be more than zero$/],
    [
      'a date that does not exist',
      'addDebt',
      debtInput({ recurrence: { type: 'once', dueDate: '2026-02-30' as Day } }),
      /^recurrence\.dueDate: /,
    ],
    ['a missing name', 'addDebt', { ...debtInput(), name: undefined }, /^name: /],
    ['an unknown setting', 'updateSettings', { colour: 'red' }, /^colour: /],
    ['a bad reminder time', 'updateSettings', { reminderTime: '25:00' }, /^reminderTime: /],
    ['a snooze without time', 'snooze', { installmentKey: 'k' }, /^until: /],
    ['an id that is not a string', 'deleteDebt', { id: 5 }, /^id: /],
  ])('%s', async (_name, command, input, issue) => {
    await send('addDebt', debtInput(), 'd1');
    const before = await snapshot();
    const result = await send(command, input as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.any(String) } });
    expect(!result.ok && result.error.issues?.some((line) => issue.test(line))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown command and a command without a usable id', async () => {
    expect(await send('launchRockets' as CommandName, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: 'Unknown command "launchRockets".' },
    });
    expect(await send('clearQuarantine', {}, '')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Nothing but what the reconcile after every command derives from the (empty) data.
    expect(Object.keys(await snapshot()).sort()).toEqual([DERIVED_KEY, FIRST_SCREEN_KEY]);
  });
});

describe('command ids', () => {
  it('applies a retried command once and answers it the same way', async () => {
    const first = await send('addDebt', debtInput(), 'same');
    const second = await send('addDebt', debtInput(), 'same');
    expect(second).toEqual(first);
    expect((await storedData()).debts).toHaveLength(1);
  });

  it('does not record a second payment when the retry follows a restart', async () => {
    await send('addDebt', debtInput(), 'd1');
    const pay = { target: { type: 'debt', id: 'd1' }, date: '2026-12-01' as Day, amount: 100, note: '' } as const;
    await send('recordPayment', pay, 'pay-once');
    await startBackground();
    expect(await send('recordPayment', pay, 'pay-once')).toEqual({ ok: true, value: { id: 'pay-once' } });
    expect((await storedData()).payments).toHaveLength(1);
  });

  it(`remembers the last ${MAX_APPLIED_COMMANDS} ids only`, async () => {
    for (let i = 0; i < MAX_APPLIED_COMMANDS + 5; i++) await send('snooze', { installmentKey: 'k', until: i }, `id-${i}`);
    const applied = await storedAppliedIds();
    expect(applied).toHaveLength(MAX_APPLIED_COMMANDS);
    expect(applied[0]).toBe('id-5');
  });

  it('serializes concurrent commands: neither write is lost', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => send('addDebt', debtInput({ name: `debt ${i}` }))));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await storedData()).debts).toHaveLength(5);
  });
});

describe('the state a command leaves for the reconcile after it', () => {
  it('is what reading storage back gives, after every kind of command, refused ones and retries included', async () => {
    const { runCommand } = await import('../../src/background/commands');
    const { loadAndRepairState } = await import('../../src/platform/storage');
    const debt = { target: { type: 'debt', id: 'd1' } } as const;
    const plan = {
      name: '借呗 协商还款',
      kind: 'jiebei',
      currency: 'CNY',
      total: 120000,
      downPayment: 10000,
      fee: 600,
      count: 12,
      startDate: '2026-12-01',
      firstDue: '2027-01-01',
      graceDays: 3,
      note: '',
    };
    const contact = {
      ...debt,
      at: '2026-12-01T09:00',
      channel: 'sms',
      answered: true,
      thirdParty: false,
      who: '',
      summary: '',
      userFlags: [],
    };
    await fakeBrowser.storage.local.set({ [QUARANTINE_KEY]: [{ key: DATA_KEY, record: 1, reason: 'r', at: 1 }] });
    const steps: [CommandName, unknown, string?][] = [
      ['addDebt', debtInput(), 'd1'],
      ['addDebt', debtInput(), 'd1'], // a retry
      ['updateDebt', { ...debtInput({ amount: 5000 }), id: 'd1', createdAt: '2026-12-01' }],
      ['addPlan', plan, 'plan1'],
      ['updatePlan', { ...plan, count: 6, id: 'plan1', createdAt: '2026-12-01' }],
      ['recordPayment', { ...debt, date: '2026-12-01', amount: 100, note: '' }, 'p1'],
      ['undoPayment', { id: 'p1' }],
      ['recordPayment', { target: { type: 'plan', id: 'ghost' }, date: '2026-12-01', amount: 1, note: '' }], // not found
      ['snooze', { installmentKey: 'debt:d1:2026-12-10', until: NOW + 86_400_000 }],
      ['updateSettings', { language: 'en', reminderTime: '20:00' }],
      ['updateSettings', { reminderTime: '25:00' }], // invalid
      ['addContact', contact, 'c1'],
      ['deleteContact', { id: 'c1' }],
      ['clearQuarantine', {}],
      ['importDebts', { debts: [debtInput({ name: 'b' }), debtInput({ name: 'c' })] }, 'imp'],
      ['deleteDebt', { id: 'imp-0' }],
      ['restoreBackup', { backup: backupV1 }, 'restore'],
      ['undoRestore', {}],
      ['undoRestore', {}], // nothing to undo
      ['deletePlan', { id: 'plan1' }],
    ];
    for (const [name, input, id = crypto.randomUUID()] of steps) {
      const run = await runCommand({ kind: COMMAND_KIND, id, name, input } as never, NOW);
      expect({ name, state: run.state }).toEqual({ name, state: await loadAndRepairState(NOW) });
    }
  });
});

describe('importDebts: all or nothing', () => {
  it('adds every debt when all are valid', async () => {
    const result = await send('importDebts', { debts: [debtInput(), debtInput({ name: 'b' }), debtInput({ name: 'c' })] }, 'imp');
    expect(result).toEqual({ ok: true, value: { count: 3 } });
    expect((await storedData()).debts.map((d) => d.id)).toEqual(['imp-0', 'imp-1', 'imp-2']);
    expect(await send('importDebts', { debts: [debtInput()] }, 'imp')).toEqual({ ok: true, value: { count: 3 } });
  });

  it('adds none when one row is invalid, naming the row', async () => {
    await send('addDebt', debtInput(), 'd1');
    const before = await snapshot();
    const result = await send('importDebts', { debts: [debtInput(), debtInput({ amount: -1 }), debtInput()] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(!result.ok && result.error.issues?.every((line) => line.startsWith('debts.1.amount: '))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an empty import', async () => {
    expect(await send('importDebts', { debts: [] })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('restoreBackup and undoRestore', () => {
  const storedSettings = async () => (await loadState()).settings;
  /** Settings unlike the backup fixture's in every field it sets. */
  const MINE: Partial<Settings> = {
    language: 'en',
    leadDays: [14, 1],
    reminderTime: '20:15',
    theme: 'dark',
    kindDefaults: { 'credit-card': { dailyRatePpm: 800, graceDays: 3 } },
  };

  it('replaces the data and settings with the backup, keeps both for undo, and undo brings both back', async () => {
    await send('addDebt', debtInput({ name: 'mine' }), 'd1');
    await send('updateSettings', MINE, 's1');
    const mine = await storedData();
    const mySettings = await storedSettings();
    expect(mySettings).toMatchObject(MINE);

    const result = await send('restoreBackup', { backup: backupV1 }, 'restore');
    expect(result).toEqual({ ok: true, value: { debts: backupV1.data.debts.length, plans: backupV1.data.plans.length } });
    const restored = await storedData();
    expect(restored.debts.map((d) => d.id)).toEqual(backupV1.data.debts.map((d) => d.id));
    expect(await storedAppliedIds()).toEqual(['d1', 's1', 'restore']);
    // A version-1 file has no paydays nor loaded holiday years: they take their defaults.
    expect(await storedSettings()).toEqual({
      ...backupV1.settings,
      theme: 'auto',
      workCalendarYears: [],
      paydays: { type: 'none' },
      availablePerPayday: null,
    });
    expect((await loadState()).canUndoRestore).toBe(true);

    await startBackground(); // the undo copy is in storage, not in the worker's memory
    expect(await send('undoRestore', {}, 'undo')).toEqual({ ok: true, value: null });
    expect(await storedData()).toEqual(mine);
    expect(await storedAppliedIds()).toEqual(['d1', 's1', 'restore', 'undo']);
    expect(await storedSettings()).toEqual(mySettings);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toMatchObject(MINE);
    expect((await snapshot())[UNDO_KEY]).toBeUndefined();
    expect(await send('undoRestore', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('undoes a restore kept by the previous version (the replaced data alone): the data comes back, the settings stay', async () => {
    await send('addDebt', debtInput({ name: 'mine' }), 'd1');
    const mine = await storedData();
    await send('restoreBackup', { backup: backupV1 }, 'restore');
    const restoredSettings = await storedSettings();
    await fakeBrowser.storage.local.set({ [UNDO_KEY]: mine }); // what 0.1.0 kept: the bare data record
    await startBackground();
    expect((await loadState()).canUndoRestore).toBe(true);
    expect(await send('undoRestore', {}, 'undo')).toEqual({ ok: true, value: null });
    expect((await storedData()).debts).toEqual(mine.debts);
    expect(await storedSettings()).toEqual(restoredSettings);
    expect((await snapshot())[UNDO_KEY]).toBeUndefined();
  });

  it('changes nothing when the backup is invalid, and says why', async () => {
    await send('addDebt', debtInput(), 'd1');
    const before = await snapshot();
    const broken = structuredClone(backupV1);
    broken.data.debts[0]!.amount = -3;
    const result = await send('restoreBackup', { backup: broken });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', issues: [expect.stringContaining('data.debts[0].amount')] } });
    expect(await snapshot()).toEqual(before);
    expect(await send('restoreBackup', { backup: 'hello' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('storage full', () => {
  it('answers a quota error as a value and changes nothing', async () => {
    await send('addDebt', debtInput(), 'd1');
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await send('addDebt', debtInput())).toMatchObject({ ok: false, error: { code: 'quota' } });
    expect(await snapshot()).toEqual(before);
  });
});
