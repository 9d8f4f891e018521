// A row's phase line in both languages: the pay-by day of a due date on a holiday, a weekend, or a
// weekend of a year whose arrangement is not bundled.
import { cleanup } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import { getOpenInstallments } from '../../src/domain/open-installments';
import { paymentPhase } from '../../src/domain/payment-phase';
import type { WorkCalendar } from '../../src/domain/work-calendar';
import { readYearFile, workCalendar } from '../../src/domain/year-file';
import { PhaseLine } from '../../src/popup/phase-line';
import { data, day, debt, settings } from '../domain/fixtures';
import { renderWithLocale } from './popup-render';

afterEach(cleanup);

const lineFor = (due: string, today: string, lang: 'en' | 'zh_CN', calendar: WorkCalendar = CN_CALENDAR) => {
  const bill = debt({ kind: 'other', recurrence: { type: 'once', dueDate: day(due) } });
  const [item] = getOpenInstallments(data({ debts: [bill] }), settings(), day(today)).items;
  return renderWithLocale(<PhaseLine phase={paymentPhase(item!, calendar)} currency={item!.currency} />, lang).container.textContent;
};

describe('the pay-by day', () => {
  it.each([
    ['National Day', '2026-10-03', 'en', 'pay by September 30, 2026: National Day holiday, transfers and autopay may land late'],
    ['国庆节', '2026-10-03', 'zh_CN', '请在2026年9月30日前还款：国庆节假期，银行转账和自动还款可能延后到账'],
    ['a weekend', '2026-12-12', 'en', 'pay by December 11, 2026: a weekend, transfers and autopay may land late'],
    ['a 2027 weekend', '2027-01-10', 'zh_CN', '请在2027年1月8日前还款：周末；2027年节假日安排尚未收录（仅按周末计算）'],
  ] as const)('%s', (_name, due, lang, text) => {
    expect(lineFor(due, '2026-09-20', lang)).toBe(text);
  });

  it("uses a year's arrangement loaded from a file", () => {
    const file = readYearFile(
      JSON.stringify({
        format: 'dueguard-work-calendar',
        version: 1,
        year: 2027,
        holidays: [{ name: { zh: '国庆节', en: 'National Day' }, days: ['2027-10-01', '2027-10-02', '2027-10-03'] }],
      }),
    );
    if (!file.ok) throw new Error('the file is valid');
    expect(lineFor('2027-10-01', '2027-09-20', 'en', workCalendar([file.file]))).toBe(
      'pay by September 30, 2027: National Day holiday, transfers and autopay may land late',
    );
  });

  it('says nothing for a due date on a working day', () => {
    expect(lineFor('2026-12-10', '2026-09-20', 'en')).toBe('');
  });
});
