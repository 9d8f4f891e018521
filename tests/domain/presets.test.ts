import { describe, expect, it } from 'vitest';
import type { DebtKind } from '../../src/domain/model';
import { effectiveGrace, effectiveRatePpm, jiebeiDueDay, KIND_PRESETS, kindDefaults } from '../../src/domain/presets';
import { getSource } from '../../src/domain/sources';
import { settings } from './fixtures';

describe('KIND_PRESETS', () => {
  it.each<[DebtKind, number[] | null, number | null, boolean]>([
    ['huabei', [8, 9, 10, 15, 20, 25], 500, false],
    ['jiebei', null, null, true],
    ['credit-card', null, null, true],
    ['baitiao', null, 150, true],
    ['meituan', [8], 500, false],
    ['loan', null, null, false],
    ['other', null, null, false],
  ])('%s', (kind, dueDays, rate, ask) => {
    expect(KIND_PRESETS[kind]).toMatchObject({ dueDays, dailyRatePpm: rate, ask, graceDays: 0 });
  });

  it('every known rate cites a fact', () => {
    for (const preset of Object.values(KIND_PRESETS)) if (preset.dailyRatePpm !== null) expect(preset.rateFacts.length).toBeGreaterThan(0);
  });
});

describe('jiebeiDueDay (B4)', () => {
  it.each([
    [1, 1],
    [15, 15],
    [28, 28],
    [29, 25],
    [30, 26],
    [31, 27],
  ])('drawdown on day %i → due on day %i', (drawdown, due) => {
    expect(jiebeiDueDay(drawdown)).toBe(due);
  });

  it.each([0, 32, 1.5])('refuses day %s', (drawdown) => {
    expect(() => jiebeiDueDay(drawdown)).toThrow(RangeError);
  });
});

describe('kindDefaults, effectiveRatePpm, effectiveGrace', () => {
  const custom = settings({
    kindDefaults: { 'credit-card': { dailyRatePpm: 500, graceDays: 3 }, huabei: { dailyRatePpm: null, graceDays: 0 } },
  });

  it.each<[string, ReturnType<typeof settings>, DebtKind, { dailyRatePpm: number | null; graceDays: number }]>([
    ['preset when settings are empty', settings(), 'huabei', { dailyRatePpm: 500, graceDays: 0 }],
    ['preset unknown rate', settings(), 'jiebei', { dailyRatePpm: null, graceDays: 0 }],
    ['settings override a preset', custom, 'credit-card', { dailyRatePpm: 500, graceDays: 3 }],
    ['settings can clear a rate', custom, 'huabei', { dailyRatePpm: null, graceDays: 0 }],
    ['other kinds keep their preset', custom, 'meituan', { dailyRatePpm: 500, graceDays: 0 }],
  ])('kindDefaults: %s', (_name, s, kind, expected) => {
    expect(kindDefaults(s, kind)).toEqual(expected);
  });

  it.each<[string, { kind: DebtKind; dailyRatePpm?: number }, ReturnType<typeof settings>, number | null]>([
    ['the debt’s own rate wins', { kind: 'huabei', dailyRatePpm: 700 }, settings(), 700],
    ['the debt’s own rate of 0 wins', { kind: 'huabei', dailyRatePpm: 0 }, settings(), 0],
    ['kind preset', { kind: 'meituan' }, settings(), 500],
    ['kind from settings', { kind: 'credit-card' }, custom, 500],
    ['unknown', { kind: 'loan' }, settings(), null],
  ])('effectiveRatePpm: %s', (_name, item, s, rate) => {
    expect(effectiveRatePpm(item, s)).toBe(rate);
  });

  it.each<[string, { kind: DebtKind; graceDays?: number }, ReturnType<typeof settings>, number]>([
    ['the debt’s own grace wins', { kind: 'credit-card', graceDays: 5 }, custom, 5],
    ['the debt’s own 0 wins over the kind’s 3', { kind: 'credit-card', graceDays: 0 }, custom, 0],
    ['none given: the kind’s default from settings', { kind: 'credit-card' }, custom, 3],
    ['none given: the kind’s preset', { kind: 'huabei' }, settings(), 0],
    ['no grace anywhere', { kind: 'huabei', graceDays: 0 }, settings(), 0],
  ])('effectiveGrace: %s', (_name, item, s, grace) => {
    expect(effectiveGrace(item, s)).toBe(grace);
  });
});

describe('KIND_PRESETS rateCaveat', () => {
  it.each(Object.entries(KIND_PRESETS))('%s: follows the grades of its rate facts', (_kind, preset) => {
    const grades = preset.rateFacts.map((id) => getSource(id)!.grade);
    const expected = preset.rateRangePpm || grades.includes('B') ? 'sources-differ' : grades.includes('C') ? 'contract-terms' : null;
    expect(preset.rateCaveat).toBe(expected);
  });
});
