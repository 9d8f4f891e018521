// Which installments' lead reminders count to the pay-by day: per kind (on for kinds paid by transfer
// or autopay, off for kinds debited in the lender's app), only for a due date on a non-working day,
// with the user's setting over the preset and a loaded year's holidays.
import { describe, expect, it } from 'vitest';
import type { DebtKind, Settings } from '../../src/domain/model';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { reminderItems } from '../../src/domain/reminder-items';
import type { YearFile } from '../../src/domain/year-file';
import { data, day, debt, settings } from './fixtures';

const leadToOf = (kind: DebtKind, due: string, over: Partial<Settings> = {}) => {
  const bill = debt({ kind, recurrence: { type: 'once', dueDate: day(due) } });
  const s = settings(over);
  return reminderItems(getOpenInstallments(data({ debts: [bill] }), s, day('2026-09-20')).items, s)[0]?.leadTo;
};

describe('reminderItems', () => {
  it.each([
    ['credit-card', '2026-10-03', '2026-09-30'],
    ['loan', '2026-10-03', '2026-09-30'],
    ['other', '2026-12-12', '2026-12-11'],
    ['huabei', '2026-10-03', undefined],
    ['jiebei', '2026-10-03', undefined],
    ['baitiao', '2026-10-03', undefined],
    ['meituan', '2026-10-03', undefined],
    ['credit-card', '2026-10-09', undefined],
  ] as const)('%s due %s: leads count to %s', (kind, due, leadTo) => {
    expect(leadToOf(kind, due)).toBe(leadTo);
  });

  it('follows the setting of a kind over its preset, both ways', () => {
    const kindDefaults = {
      huabei: { dailyRatePpm: 500, graceDays: 0, leadToPayBy: true },
      'credit-card': { dailyRatePpm: null, graceDays: 0, leadToPayBy: false },
    };
    expect([leadToOf('huabei', '2026-10-03', { kindDefaults }), leadToOf('credit-card', '2026-10-03', { kindDefaults })]).toEqual([
      '2026-09-30',
      undefined,
    ]);
  });

  it("uses a loaded year's holidays", () => {
    const file: YearFile = {
      format: 'dueguard-work-calendar',
      version: 1,
      year: 2027,
      source: '',
      holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, days: ['2027-01-01'] }],
      workdays: [],
    };
    expect([leadToOf('credit-card', '2027-01-01'), leadToOf('credit-card', '2027-01-01', { workCalendarYears: [file] })]).toEqual([
      undefined,
      '2026-12-31',
    ]);
  });
});
