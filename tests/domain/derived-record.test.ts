import { describe, expect, it } from 'vitest';
import { nextLocalMidnight, toDay } from '../../src/domain/day';
import {
  DERIVED_VERSION,
  hashSettings,
  openDerived,
  sameDerived,
  sealDerived,
  unsealDerived,
  type DerivedHead,
  type DerivedStamp,
} from '../../src/domain/derived-record';

const NOW = new Date(2026, 11, 4, 10, 0).getTime();
const STAMP: DerivedStamp = { settingsHash: hashSettings({ theme: 'dark' }), uiLanguage: 'zh-CN' };
type Probe = DerivedHead & { items: { key: string; at: number }[] };
const RECORD: Probe = {
  version: DERIVED_VERSION,
  day: toDay(new Date(NOW)),
  builtAt: NOW - 60_000,
  tzOffset: new Date(NOW).getTimezoneOffset(),
  nextMidnight: nextLocalMidnight(NOW),
  ...STAMP,
  language: 'auto',
  items: [{ key: 'debt:a:2026-12-04', at: NOW + 3_600_000 }],
};

describe('a sealed derived record', () => {
  const sealed = sealDerived(RECORD);

  it('unseals to what was sealed, through storage’s JSON', () => {
    expect(unsealDerived(JSON.parse(JSON.stringify(sealed)))).toEqual(RECORD);
  });

  it.each<[string, unknown]>([
    ['its text changed, check kept', { ...sealed, text: sealed.text.replace('debt:a', 'debt:b') }],
    ['its text cut short', { ...sealed, text: sealed.text.slice(0, -1) }],
    ['its check changed', { ...sealed, check: 'x' }],
    ['another version', sealDerived({ ...RECORD, version: (DERIVED_VERSION + 1) as never })],
    ['the record itself, unsealed (as an older version stored it)', { ...RECORD, check: sealed.check }],
    ['a string', sealed.text],
    ['null', null],
    ['nothing', undefined],
  ])('is refused when it is %s', (_name, raw) => {
    expect(unsealDerived(raw)).toBeNull();
    expect(openDerived(raw, NOW, STAMP)).toBeNull();
  });
});

describe('openDerived', () => {
  const sealed = (change: Partial<Probe>) => sealDerived({ ...RECORD, ...change });

  it('opens a sound record built today, before now, for these settings and language', () => {
    expect(openDerived(sealDerived(RECORD), NOW, STAMP)).toEqual(RECORD);
  });

  it.each<[string, unknown, number, DerivedStamp]>([
    ['built for another day', sealed({ day: '2026-12-03' as never }), NOW, STAMP],
    ['built in another time zone', sealed({ tzOffset: RECORD.tzOffset + 60 }), NOW, STAMP],
    ['built after now (the clock moved back)', sealed({ builtAt: NOW + 1 }), NOW, STAMP],
    ['read at or after its next midnight', sealDerived(RECORD), RECORD.nextMidnight, STAMP],
    ['built for other settings', sealDerived(RECORD), NOW, { ...STAMP, settingsHash: hashSettings({ theme: 'light' }) }],
    ['built for another browser language', sealDerived(RECORD), NOW, { ...STAMP, uiLanguage: 'en-US' }],
  ])('refuses a record %s', (_name, raw, now, stamp) => {
    expect(openDerived(raw, now, stamp)).toBeNull();
  });
});

describe('sameDerived', () => {
  it('holds for a stored record that says the same, built earlier', () => {
    expect(sameDerived(sealDerived(RECORD), { ...RECORD, builtAt: NOW })).toBe(true);
  });

  it.each<[string, unknown]>([
    ['says something else', sealDerived({ ...RECORD, items: [] })],
    ['was built later (the clock moved back)', sealDerived({ ...RECORD, builtAt: NOW + 60_000 })],
    ['is not sound', { ...sealDerived(RECORD), check: 'x' }],
    ['is missing', undefined],
  ])('fails when the stored record %s', (_name, stored) => {
    expect(sameDerived(stored, { ...RECORD, builtAt: NOW })).toBe(false);
  });
});

describe('hashSettings', () => {
  it('does not depend on the order the browser hands keys back in', () => {
    expect(hashSettings({ theme: 'dark', leadDays: [3, 1], paydays: { kind: 'day', day: 10 } })).toBe(
      hashSettings({ paydays: { day: 10, kind: 'day' }, leadDays: [3, 1], theme: 'dark' }),
    );
  });

  it('tells settings apart, and none stored from empty settings', () => {
    expect(hashSettings({ leadDays: [3, 1] })).not.toBe(hashSettings({ leadDays: [1, 3] }));
    expect(hashSettings(undefined)).not.toBe(hashSettings({}));
  });
});
