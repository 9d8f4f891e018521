// The storage table, pure: each key's fallback and version, and the 0.1.0 shapes moved by STORAGE_MIGRATIONS.
import { describe, expect, it } from 'vitest';
import {
  APPLIED_KEY,
  DATA_KEY,
  QUARANTINE_KEY,
  REMINDERS_KEY,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  SHOWN_KEY,
  UNDO_KEY,
  emptyData,
} from '../../src/domain/model';
import { LOCAL_KEYS, STORAGE_TABLE, decodeStorage } from '../../src/domain/storage-table';

const AT = Date.UTC(2026, 11, 3);

describe('STORAGE_TABLE', () => {
  it.each(LOCAL_KEYS)('%s: nothing stored decodes to its fallback, with nothing found or changed', (key) => {
    const part = STORAGE_TABLE[key].decode(undefined, AT);
    expect(part).toEqual({ value: STORAGE_TABLE[key].fallback, found: [], changed: false });
  });

  const VERSIONED = LOCAL_KEYS.flatMap(
    (key): { key: (typeof LOCAL_KEYS)[number]; record: { version: number; migrations: readonly unknown[] } }[] => {
      const { record } = STORAGE_TABLE[key] as { record?: { version: number; migrations: readonly unknown[] } };
      return record ? [{ key, record }] : [];
    },
  );

  it('versions the data and the settings records', () => {
    expect(VERSIONED.map(({ key }) => key)).toEqual([DATA_KEY, SETTINGS_KEY]);
  });

  it.each(VERSIONED)('$key: its migrations lead up to its version, which decodes as it is', ({ key, record }) => {
    expect(record.migrations).toHaveLength(record.version);
    const current = key === DATA_KEY ? { ...emptyData(), version: record.version } : { version: record.version };
    expect(STORAGE_TABLE[key].decode(current, AT)).toMatchObject({ found: [], changed: false });
  });

  it.each(VERSIONED)('$key: a record from a newer DueGuard is set aside, not read as this version', ({ key, record }) => {
    const newer = { version: record.version + 1 };
    const part = STORAGE_TABLE[key].decode(newer, AT);
    expect(part.found).toEqual([expect.objectContaining({ key, record: newer, reason: expect.stringMatching(/newer DueGuard/) })]);
    expect(part.value).toEqual(key === DATA_KEY ? emptyData() : STORAGE_TABLE[key].fallback);
  });

  it('keeps the settings in sync and everything else in local', () => {
    expect(LOCAL_KEYS.filter((key) => STORAGE_TABLE[key].area === 'sync')).toEqual(['dueguard.settings']);
  });
});

describe('STORAGE_MIGRATIONS (DueGuard 0.1.0)', () => {
  it('moves the command ids out of the data record to their own key, and writes both back', () => {
    const data = { ...emptyData(), appliedCommands: ['c1', 'c2'] };
    const { state, repairs } = decodeStorage({ local: { [DATA_KEY]: data }, sync: {} }, AT);
    expect(state.appliedCommands).toEqual(['c1', 'c2']);
    expect(repairs.local[APPLIED_KEY]).toEqual(['c1', 'c2']);
    expect(repairs.local[DATA_KEY]).toEqual(emptyData());
  });

  it('leaves ids already under their own key alone', () => {
    const { repairs } = decodeStorage({ local: { [DATA_KEY]: emptyData(), [APPLIED_KEY]: ['c1'] }, sync: {} }, AT);
    expect(repairs.local).toEqual({});
  });

  it('wraps a bare undo copy as { data }, without settings, and writes it back', () => {
    const { state, repairs } = decodeStorage({ local: { [UNDO_KEY]: emptyData() }, sync: {} }, AT);
    expect(state.undo).toEqual({ data: emptyData(), settings: null });
    expect(repairs.local[UNDO_KEY]).toEqual({ data: { ...emptyData(), version: SCHEMA_VERSION } });
  });
});

describe('what the alarm path showed (SHOWN_KEY)', () => {
  const log = { sent: { a: 1 }, snoozed: { x: 9 } };

  it('is taken into the log on every read, and the log is written back with it (which empties it)', () => {
    const { state, repairs, found } = decodeStorage({ local: { [REMINDERS_KEY]: log, [SHOWN_KEY]: { a: 2, b: 3 } }, sync: {} }, AT);
    expect(state.reminders).toEqual({ sent: { a: 2, b: 3 }, snoozed: { x: 9 } });
    expect(repairs.local[REMINDERS_KEY]).toEqual(state.reminders);
    expect(found).toEqual([]);
  });

  it('none shown writes nothing back', () => {
    const { state, repairs } = decodeStorage({ local: { [REMINDERS_KEY]: log, [SHOWN_KEY]: {} }, sync: {} }, AT);
    expect(state.reminders).toEqual(log);
    expect(repairs.local).toEqual({});
  });

  it('a bad entry is quarantined alone, the good ones taken in; a value that is not a map is quarantined whole', () => {
    const bad = decodeStorage({ local: { [REMINDERS_KEY]: log, [SHOWN_KEY]: { b: 3, c: 'soon' } }, sync: {} }, AT);
    expect(bad.state.reminders.sent).toEqual({ a: 1, b: 3 });
    expect(bad.found).toEqual([expect.objectContaining({ key: SHOWN_KEY, record: { c: 'soon' } })]);
    expect(bad.repairs.local[QUARANTINE_KEY]).toEqual(bad.found);
    const whole = decodeStorage({ local: { [REMINDERS_KEY]: log, [SHOWN_KEY]: [1, 2] }, sync: {} }, AT);
    expect(whole.state.reminders).toEqual(log);
    expect(whole.found).toEqual([expect.objectContaining({ key: SHOWN_KEY, reason: 'not a map of times' })]);
    expect(whole.repairs.local[REMINDERS_KEY]).toEqual(log);
  });
});
