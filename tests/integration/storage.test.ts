// Versioned storage against the fake browser: migrations, per-item quarantine, settings in sync with a
// local fallback, quota errors, and the pages' read-only loadState/onStateChanged.
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import v0 from '../fixtures/storage/v0.json';
import v0Expected from '../fixtures/storage/v0-expected.json';
import v1 from '../fixtures/storage/v1.json';
import v1Expected from '../fixtures/storage/v1-expected.json';
import corrupt from '../fixtures/storage/corrupt.json';
import {
  APPLIED_KEY,
  DATA_KEY,
  DERIVED_KEY,
  FIRST_SCREEN_KEY,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  SHOWN_KEY,
  UNDO_KEY,
  emptyData,
  type Data,
  type Day,
} from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { StorageQuotaError, loadAndRepairState, loadState, onStateChanged, writeLocal, writeSettings } from '../../src/platform/storage';
import { decodeStorage } from '../../src/domain/storage-table';

const NOW = Date.UTC(2026, 0, 1, 9);
afterEach(() => {
  vi.restoreAllMocks();
});

const local = () => fakeBrowser.storage.local.get(null);

describe('migrations', () => {
  it('reads the unversioned v0 fixture at the current version and writes the migrated records back', async () => {
    await fakeBrowser.storage.local.set(v0);
    const state = await loadAndRepairState(NOW);
    expect(state.data).toEqual(v0Expected[DATA_KEY]);
    expect(state.appliedCommands).toEqual(v0Expected[APPLIED_KEY]);
    expect(state.settings).toEqual(v0Expected[SETTINGS_KEY]);
    expect(state.quarantine).toEqual([]);
    expect((await local())[DATA_KEY]).toEqual(v0Expected[DATA_KEY]);
    // Migrated settings move to storage.sync with their version.
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...v0Expected[SETTINGS_KEY],
      version: SCHEMA_VERSION,
    });
    expect((await local())[SETTINGS_KEY]).toBeUndefined();
  });

  it('reads the v1 fixture: a debt’s grace of 0 (the forms’ "not given") becomes absent, a plan’s stays 0', async () => {
    await fakeBrowser.storage.local.set(v1);
    const state = await loadAndRepairState(NOW);
    expect(state.data).toEqual(v1Expected[DATA_KEY]);
    expect(state.appliedCommands).toEqual(v1Expected[APPLIED_KEY]);
    expect(state.undo).toEqual({ data: v1Expected[UNDO_KEY], settings: null });
    expect(state.settings).toEqual(v1Expected[SETTINGS_KEY]);
    expect(state.quarantine).toEqual([]);
    const stored = await local();
    // The applied ids the data record held move to their own key.
    expect([stored[DATA_KEY], stored[UNDO_KEY], stored[APPLIED_KEY]]).toEqual([
      v1Expected[DATA_KEY],
      { data: v1Expected[UNDO_KEY] },
      v1Expected[APPLIED_KEY],
    ]);
    expect((await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      ...v1Expected[SETTINGS_KEY],
      version: SCHEMA_VERSION,
    });
  });

  it('v1 → v2 keeps every grace in force: a card debt left empty keeps the card default of 3, a plan’s 0 stays 0', async () => {
    await fakeBrowser.storage.local.set(v1);
    const state = await loadAndRepairState(NOW);
    const { items } = getOpenInstallments(state.data, state.settings, '2026-05-12' as Day);
    const graceOf = (name: string) => items.find((i) => i.name === name)?.graceDays;
    expect([graceOf('CMB credit card'), graceOf('花呗 3月账单'), graceOf('信用卡 个性化分期'), graceOf('美团 分期')]).toEqual([3, 2, 0, 0]);
  });

  it.each([
    ['a version from the future', { ...emptyData(), version: 9 }, /newer DueGuard/],
    ['a version that is not a number', { ...emptyData(), version: 'one' }, /unknown version/],
    ['not an object', 'garbage', /not an object/],
  ])('quarantines the whole record on %s and starts empty', async (_name, record, reason) => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: record });
    const state = await loadAndRepairState(NOW);
    expect(state.data).toEqual(emptyData());
    expect(state.quarantine).toEqual([{ key: DATA_KEY, record, reason: expect.stringMatching(reason), at: NOW }]);
    expect((await local())[QUARANTINE_KEY]).toEqual(state.quarantine);
  });
});

describe('quarantine of what fails validation', () => {
  it('keeps every valid item and moves each bad one aside with its reason', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt[DATA_KEY], [REMINDERS_KEY]: corrupt[REMINDERS_KEY] });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: corrupt[SETTINGS_KEY] });
    const state = await loadAndRepairState(NOW);
    expect(state.data.debts.map((d) => d.id)).toEqual(['good']);
    expect(state.data.payments).toEqual([]);
    expect(state.appliedCommands).toEqual(['c1']);
    expect(state.settings.leadDays).toEqual([3]);
    expect(state.settings.reminderTime).toBe('09:00');
    expect(state.reminders.sent).toEqual({ k1: 1 });
    expect(state.quarantine.map((q) => [q.key, q.reason.split(':')[0]])).toEqual([
      ['dueguard.data/debts', 'debts[1]'],
      ['dueguard.data/debts', 'debts[2]'],
      ['dueguard.data/plans', 'plans'],
      ['dueguard.data/payments', 'payments[0]'],
      ['dueguard.settings/reminderTime', 'reminderTime'],
      ['dueguard.reminders/sent', 'k2'],
    ]);
    expect(state.quarantine[0]!.reason).toContain('amount');
    expect(state.quarantine[2]!.record).toBe('oops');
    const stored = await local();
    expect(stored[QUARANTINE_KEY]).toEqual(state.quarantine);
    expect((stored[DATA_KEY] as { debts: unknown[] }).debts).toHaveLength(1);
  });

  it('reports a record once: the second read finds nothing new', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt[DATA_KEY] });
    const first = await loadAndRepairState(NOW);
    const second = await loadAndRepairState(NOW + 1000);
    expect(second.quarantine).toEqual(first.quarantine);
  });

  it('loadState validates without writing; the pages see the bad records too', async () => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: corrupt[DATA_KEY] });
    const state = await loadState(NOW);
    expect(state.data.debts).toHaveLength(1);
    expect(state.quarantine).toHaveLength(4);
    expect(await local()).toEqual({ [DATA_KEY]: corrupt[DATA_KEY] });
  });

  it('wraps a malformed quarantine entry instead of dropping it', () => {
    const { state } = decodeStorage({ local: { [QUARANTINE_KEY]: [{ key: 'x', record: 1, reason: 'r', at: 1 }, 'stray'] }, sync: {} }, NOW);
    expect(state.quarantine).toEqual([
      { key: 'x', record: 1, reason: 'r', at: 1 },
      { key: QUARANTINE_KEY, record: 'stray', reason: 'malformed quarantine entry', at: NOW },
    ]);
  });

  it('says whether a restore can be undone', () => {
    expect(decodeStorage({ local: {}, sync: {} }, NOW).state.canUndoRestore).toBe(false);
    expect(
      decodeStorage({ local: { [UNDO_KEY]: { data: emptyData(), settings: { version: SCHEMA_VERSION } } }, sync: {} }, NOW).state
        .canUndoRestore,
    ).toBe(true);
    expect(decodeStorage({ local: { [UNDO_KEY]: emptyData() }, sync: {} }, NOW).state.canUndoRestore).toBe(true);
  });
});

describe('the undo copy of a restore', () => {
  const settings = decodeStorage({ local: {}, sync: {} }, NOW).state.settings;
  const data = { ...emptyData(), debts: v1Expected[DATA_KEY].debts } as Data;

  it('reads the data and settings a restore replaced, and writes nothing back', () => {
    const { state, repairs } = decodeStorage(
      { local: { [UNDO_KEY]: { data, settings: { ...settings, language: 'en', version: SCHEMA_VERSION } } }, sync: {} },
      NOW,
    );
    expect(state.undo).toEqual({ data, settings: { ...settings, language: 'en' } });
    expect(repairs.local).toEqual({});
  });

  it('reads the bare data record 0.1.0 kept (no settings), and writes it back in the current shape', () => {
    const { state, repairs } = decodeStorage({ local: { [UNDO_KEY]: data }, sync: {} }, NOW);
    expect(state.undo).toEqual({ data, settings: null });
    expect(repairs.local[UNDO_KEY]).toEqual({ data });
  });

  it.each([
    ['a copy of a future version', { data: { ...data, version: 99 }, settings: { ...settings, version: SCHEMA_VERSION } }],
    ['a copy that is not a record', 'garbage'],
  ])('forgets %s (kept in quarantine) instead of offering an undo to empty data', async (_name, stored) => {
    await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...data, version: SCHEMA_VERSION }, [UNDO_KEY]: stored });
    const state = await loadAndRepairState(NOW);
    expect(state.canUndoRestore).toBe(false);
    expect(state.undo).toBeNull();
    expect(state.quarantine.map((q) => q.key)).toEqual([UNDO_KEY]);
    expect((await local())[UNDO_KEY] ?? null).toBeNull();
    expect(state.data.debts).toEqual(data.debts);
  });

  it('quarantines a bad setting of the copy under its own key and keeps the rest', () => {
    const { state, found } = decodeStorage(
      { local: { [UNDO_KEY]: { data, settings: { version: SCHEMA_VERSION, language: 'en', reminderTime: '25:00' } } }, sync: {} },
      NOW,
    );
    expect(state.undo).toEqual({ data, settings: { ...settings, language: 'en' } });
    expect(found.map((q) => q.key)).toEqual([`${UNDO_KEY}/settings/reminderTime`]);
  });
});

describe('settings in storage.sync', () => {
  const settings = decodeStorage({ local: {}, sync: {} }, NOW).state.settings;

  it('writes to sync and reads them back', async () => {
    await writeSettings({ ...settings, language: 'en' });
    expect((await loadState()).settings.language).toBe('en');
    expect((await local())[SETTINGS_KEY]).toBeUndefined();
  });

  it('falls back to local when sync refuses, and that copy wins', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...settings, version: 1, language: 'en' } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await writeSettings({ ...settings, language: 'zh_CN' });
    expect((await local())[SETTINGS_KEY]).toMatchObject({ language: 'zh_CN' });
    expect((await loadState()).settings.language).toBe('zh_CN');
  });

  it('keeps settings larger than the sync per-item quota in local', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const huge = {
      ...settings,
      kindDefaults: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`kind-${i}`, { dailyRatePpm: 500, graceDays: 3 }])),
    };
    await writeSettings(huge as typeof settings);
    expect(spy).not.toHaveBeenCalled();
    expect((await local())[SETTINGS_KEY]).toBeDefined();
  });
});

describe('quota', () => {
  it('surfaces a full storage.local as a typed error', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const write = writeLocal({ [DATA_KEY]: emptyData() });
    await expect(write).rejects.toBeInstanceOf(StorageQuotaError);
    await expect(write).rejects.toMatchObject({ area: 'local' });
  });

  it('passes other errors through unchanged', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(writeLocal({ [DATA_KEY]: emptyData() })).rejects.toThrow('disk on fire');
  });
});

describe('what the alarm path showed (SHOWN_KEY)', () => {
  it('every write of the reminder log empties it in the same set; other writes leave it', async () => {
    await fakeBrowser.storage.local.set({ [SHOWN_KEY]: { a: 2 } });
    await writeLocal({ [DATA_KEY]: emptyData() });
    expect((await local())[SHOWN_KEY]).toEqual({ a: 2 });
    const sets = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeLocal({ [REMINDERS_KEY]: { sent: { a: 2 }, snoozed: {} } });
    expect(sets).toHaveBeenCalledExactlyOnceWith({ [REMINDERS_KEY]: { sent: { a: 2 }, snoozed: {} }, [SHOWN_KEY]: {} });
  });

  it('the background’s read takes it into the log, writes that back and voids the derived records', async () => {
    const sealed = { check: 'x', text: '{}' };
    await fakeBrowser.storage.local.set({
      [REMINDERS_KEY]: { sent: { a: 1 }, snoozed: {} },
      [SHOWN_KEY]: { b: 2 },
      [DERIVED_KEY]: sealed,
      [FIRST_SCREEN_KEY]: sealed,
    });
    const state = await loadAndRepairState(NOW);
    expect(state.reminders.sent).toEqual({ a: 1, b: 2 });
    const stored = await local();
    expect(stored).toMatchObject({ [REMINDERS_KEY]: { sent: { a: 1, b: 2 }, snoozed: {} }, [SHOWN_KEY]: {} });
    expect([stored[DERIVED_KEY] ?? null, stored[FIRST_SCREEN_KEY] ?? null]).toEqual([null, null]);
  });

  it('a page sees it in the log from the change alone, without reading storage again', async () => {
    await fakeBrowser.storage.local.set({ [REMINDERS_KEY]: { sent: { a: 1 }, snoozed: {} } });
    const seen: Record<string, number>[] = [];
    const stop = onStateChanged((s) => seen.push(s.reminders.sent));
    await fakeBrowser.storage.local.set({ [DATA_KEY]: emptyData() });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ [SHOWN_KEY]: { b: 2 } });
    expect(seen.at(-1)).toEqual({ a: 1, b: 2 });
    expect(reads).not.toHaveBeenCalled();
    stop();
  });
});

describe('onStateChanged', () => {
  it('calls back with the fresh state after a change to a DueGuard key, not to others', async () => {
    const seen: number[] = [];
    const stop = onStateChanged((s) => seen.push(s.data.debts.length));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [DATA_KEY]: v0Expected[DATA_KEY] });
    await vi.waitFor(() => expect(seen).toEqual([3]));
    stop();
    await fakeBrowser.storage.local.set({ [DATA_KEY]: emptyData() });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([3]);
  });

  it('decodes a command’s write from the change it is handed, without reading storage again', async () => {
    const seen: number[] = [];
    const stop = onStateChanged((s) => seen.push(s.data.debts.length));
    await fakeBrowser.storage.local.set({ [DATA_KEY]: v0Expected[DATA_KEY] });
    await vi.waitFor(() => expect(seen).toEqual([3]));
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.storage.local.set({ [DATA_KEY]: emptyData(), [APPLIED_KEY]: ['c1'] });
    expect(seen).toEqual([3, 0]);
    expect(reads).not.toHaveBeenCalled();
    // A record that fails validation is read in full, so it reaches the quarantine list.
    await fakeBrowser.storage.local.set({ [DATA_KEY]: { ...emptyData(), debts: [{ id: 'bad', amount: -1 }] } });
    await vi.waitFor(() => expect(reads).toHaveBeenCalled());
    await vi.waitFor(() => expect(seen).toEqual([3, 0, 0]));
    stop();
  });
});
