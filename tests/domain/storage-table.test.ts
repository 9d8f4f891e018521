// The storage table, pure: each key's fallback, and the 0.1.0 shapes moved by STORAGE_MIGRATIONS.
import { describe, expect, it } from 'vitest';
import { APPLIED_KEY, DATA_KEY, SCHEMA_VERSION, UNDO_KEY, emptyData } from '../../src/domain/model';
import { LOCAL_KEYS, STORAGE_TABLE, decodeStorage } from '../../src/domain/storage-table';

const AT = Date.UTC(2026, 11, 3);

describe('STORAGE_TABLE', () => {
  it.each(LOCAL_KEYS)('%s: nothing stored decodes to its fallback, with nothing found or changed', (key) => {
    const part = STORAGE_TABLE[key].decode(undefined, AT);
    expect(part).toEqual({ value: STORAGE_TABLE[key].fallback, found: [], changed: false });
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
