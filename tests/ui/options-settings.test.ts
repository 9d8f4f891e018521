// The settings form's model: stored settings → values → settings, and each field's rule.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DEBT_KINDS, SettingsSchema } from '../../src/domain/model';
import { KIND_PRESETS } from '../../src/domain/presets';
import { settingsValues, validateSettings, type SettingsValues } from '../../src/options/sections/settings-model';

const DEFAULTS = v.parse(SettingsSchema, {});

describe('settings form model', () => {
  it.each([
    { name: 'the defaults', settings: DEFAULTS },
    {
      name: 'everything changed',
      settings: v.parse(SettingsSchema, {
        leadDays: [14, 1],
        reminderTime: '20:15',
        quietHours: { enabled: false, start: '23:00', end: '07:30' },
        dailyOverdue: false,
        language: 'zh_CN',
        theme: 'dark',
        currency: 'USD',
        kindDefaults: { huabei: { dailyRatePpm: 700, graceDays: 3 }, loan: { dailyRatePpm: null, graceDays: 5 } },
        paydays: { type: 'twice', days: [10, 25] },
        availablePerPayday: 350_000,
      }),
    },
    { name: 'a payday of 31', settings: v.parse(SettingsSchema, { paydays: { type: 'monthly', day: 31 } }) },
  ])('round-trips $name', ({ settings }) => {
    // The loaded holiday arrangements are not the form's: it leaves them as they are.
    const { workCalendarYears, ...formSettings } = settings;
    expect([validateSettings(settingsValues(settings)), workCalendarYears]).toEqual([{ ok: true, value: formSettings }, []]);
  });

  it('stores a kind only where it differs from its preset', () => {
    const values = settingsValues(DEFAULTS);
    values.kinds.huabei = { rate: '0.05', grace: '0', leadToPayBy: false };
    values.kinds.jiebei = { rate: '0.1', grace: '', leadToPayBy: false };
    expect(validateSettings(values)).toMatchObject({ ok: true, value: { kindDefaults: { jiebei: { dailyRatePpm: 1000, graceDays: 0 } } } });
  });

  it('counts lead reminders to the pay-by day for kinds paid by transfer, unless changed', () => {
    const values = settingsValues(DEFAULTS);
    expect(DEBT_KINDS.filter((kind) => values.kinds[kind].leadToPayBy)).toEqual(['credit-card', 'loan', 'other']);
    values.kinds.huabei = { ...values.kinds.huabei, leadToPayBy: true };
    values.kinds['credit-card'] = { ...values.kinds['credit-card'], leadToPayBy: false };
    const saved = validateSettings(values);
    expect(saved).toEqual({
      ok: true,
      value: expect.objectContaining({
        kindDefaults: {
          huabei: { dailyRatePpm: 500, graceDays: 0, leadToPayBy: true },
          'credit-card': { dailyRatePpm: KIND_PRESETS['credit-card'].dailyRatePpm, graceDays: 0, leadToPayBy: false },
        },
      }),
    });
    const back = settingsValues({ ...DEFAULTS, ...(saved.ok ? saved.value : {}) });
    expect(DEBT_KINDS.filter((kind) => back.kinds[kind].leadToPayBy)).toEqual(['huabei', 'loan', 'other']);
  });

  it.each([
    { name: 'a reminder time out of range', change: { reminderTime: '24:00' }, field: 'reminderTime' },
    { name: 'quiet hours without an end', change: { quietEnd: '' }, field: 'quietEnd' },
    { name: 'a currency of two letters', change: { currency: 'CN' }, field: 'currency' },
  ] as { name: string; change: Partial<SettingsValues>; field: string }[])('refuses $name', ({ change, field }) => {
    const result = validateSettings({ ...settingsValues(DEFAULTS), ...change });
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });

  it('keeps disabled quiet hours valid, with the usual time where the field was left empty', () => {
    expect(validateSettings({ ...settingsValues(DEFAULTS), quietEnabled: false, quietStart: '21:00', quietEnd: '' })).toMatchObject({
      ok: true,
      value: { quietHours: { enabled: false, start: '21:00', end: '08:00' } },
    });
  });

  it.each([
    { name: 'a rate over 10 %', kind: 'huabei', patch: { rate: '12' }, field: 'rate.huabei' },
    { name: 'a grace of 61 days', kind: 'loan', patch: { grace: '61' }, field: 'grace.loan' },
  ] as const)('refuses $name on its own field', ({ kind, patch, field }) => {
    const values = settingsValues(DEFAULTS);
    values.kinds[kind] = { ...values.kinds[kind], ...patch };
    const result = validateSettings(values);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });
});

describe('settings form: paydays', () => {
  const withPaydays = (change: Partial<SettingsValues>) => validateSettings({ ...settingsValues(DEFAULTS), ...change });

  it.each<[string, Partial<SettingsValues>, unknown]>([
    ['none', { paydayType: 'none', paydayFirst: '99' }, { paydays: { type: 'none' }, availablePerPayday: null }],
    ['the 31st (February pays on its last day)', { paydayType: 'monthly', paydayFirst: '31' }, { paydays: { type: 'monthly', day: 31 } }],
    ['the 15th written 15号', { paydayType: 'monthly', paydayFirst: '15号' }, { paydays: { type: 'monthly', day: 15 } }],
    [
      'twice, given the later day first',
      { paydayType: 'twice', paydayFirst: '25', paydaySecond: '10' },
      { paydays: { type: 'twice', days: [10, 25] } },
    ],
    ['an amount as people write it', { available: '¥3,500' }, { availablePerPayday: 350_000 }],
    ['an empty amount: not said', { available: ' ' }, { availablePerPayday: null }],
  ])('accepts %s', (_, change, value) => {
    expect(withPaydays(change)).toMatchObject({ ok: true, value });
  });

  it.each<[string, Partial<SettingsValues>, string, string]>([
    ['a payday of 32', { paydayType: 'monthly', paydayFirst: '32' }, 'paydayFirst', 'day-of-month-invalid'],
    ['a payday of 0', { paydayType: 'monthly', paydayFirst: '0' }, 'paydayFirst', 'day-of-month-invalid'],
    ['no payday typed', { paydayType: 'monthly', paydayFirst: '' }, 'paydayFirst', 'day-of-month-invalid'],
    ['the same day twice', { paydayType: 'twice', paydayFirst: '15', paydaySecond: '15' }, 'paydaySecond', 'paydays-same'],
    ['no second payday', { paydayType: 'twice', paydayFirst: '15', paydaySecond: '' }, 'paydaySecond', 'day-of-month-invalid'],
    ['an amount of 0', { available: '0' }, 'available', 'available-zero'],
    ['an amount of ¥0.00', { available: '¥0.00' }, 'available', 'available-zero'],
    ['an amount of text', { available: 'some' }, 'available', 'money-not-a-number'],
  ])('refuses %s on its own field', (_, change, field, reason) => {
    const result = withPaydays(change);
    expect(result.ok ? {} : result.errors).toEqual({ [field]: expect.objectContaining({ reason }) });
  });
});
