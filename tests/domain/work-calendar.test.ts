// China's working calendar as bundled: every 2026 holiday and 调休 make-up workday of the State
// Council's arrangement, written out here (not read from the package), the year boundary, a year
// with no arrangement, and pay-by days.
import { describe, expect, it } from 'vitest';
import { BUNDLED_YEARS, CN_CALENDAR } from '../../src/domain/cn-calendar';
import { addDaysToDay } from '../../src/domain/day';
import { dayStatus, isWorkday, payByDay } from '../../src/domain/work-calendar';
import { day } from './fixtures';

/** 国务院办公厅关于2026年部分节假日安排的通知: each holiday's days off, and the weekend days worked. */
const HOLIDAYS_2026: [string, string, string[]][] = [
  ['元旦', "New Year's Day", ['2026-01-01', '2026-01-02', '2026-01-03']],
  [
    '春节',
    'Spring Festival',
    ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
  ],
  ['清明', 'Tomb-sweeping Day', ['2026-04-04', '2026-04-05', '2026-04-06']],
  ['劳动节', 'Labour Day', ['2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05']],
  ['端午', 'Dragon Boat Festival', ['2026-06-19', '2026-06-20', '2026-06-21']],
  ['中秋', 'Mid-autumn Festival', ['2026-09-25', '2026-09-26', '2026-09-27']],
  ['国庆节', 'National Day', ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07']],
];
const MAKE_UP_WORKDAYS_2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

describe('the 2026 arrangement', () => {
  it.each(HOLIDAYS_2026.flatMap(([zh, en, days]) => days.map((d) => [d, zh, en] as const)))('%s is a holiday: %s', (d, zh, en) => {
    expect(dayStatus(day(d), CN_CALENDAR)).toEqual({ known: true, workday: false, holiday: { en, zh }, makeUpWorkday: false });
  });

  it.each(MAKE_UP_WORKDAYS_2026)('%s (a weekend day) is a make-up workday', (d) => {
    expect([dayStatus(day(d), CN_CALENDAR), new Date(`${d}T12:00`).getDay() % 6 === 0]).toEqual([
      { known: true, workday: true, holiday: null, makeUpWorkday: true },
      true,
    ]);
  });

  it('every other day of 2026 is a workday exactly when it is a weekday', () => {
    const listed = new Set([...HOLIDAYS_2026.flatMap(([, , days]) => days), ...MAKE_UP_WORKDAYS_2026]);
    for (let d = day('2026-01-01'); d <= '2026-12-31'; d = addDaysToDay(d, 1)) {
      if (listed.has(d)) continue;
      const weekday = new Date(`${d}T12:00`).getDay();
      expect(isWorkday(d, CN_CALENDAR), d).toBe(weekday !== 0 && weekday !== 6);
    }
  });
});

describe('coverage', () => {
  it('bundles the past year and the newest one the package covers', () => {
    expect([...CN_CALENDAR.keys()]).toEqual([...BUNDLED_YEARS]);
  });

  it.each([
    ['a 2027 weekday is not called a workday', '2027-10-01', { known: false, weekend: false }],
    ['a 2027 weekend is still a weekend', '2027-01-02', { known: false, weekend: true }],
    ['the last day of 2026 is known', '2026-12-31', { known: true, workday: true, holiday: null, makeUpWorkday: false }],
  ])('%s', (_name, d, expected) => {
    expect(dayStatus(day(d), CN_CALENDAR)).toEqual(expected);
    expect(isWorkday(day(d), CN_CALENDAR)).toBe(expected.known ? (expected as { workday: boolean }).workday : null);
  });
});

describe('payByDay', () => {
  it.each([
    ['a workday: none', '2026-12-10', null],
    ['a make-up workday: none', '2026-10-10', null],
    [
      'in the National Day holiday: the last working day before it',
      '2026-10-03',
      { day: '2026-09-30', reason: { type: 'holiday', holiday: { en: 'National Day', zh: '国庆节' } } },
    ],
    [
      'the Spring Festival, after the make-up Saturday',
      '2026-02-20',
      { day: '2026-02-14', reason: { type: 'holiday', holiday: { en: 'Spring Festival', zh: '春节' } } },
    ],
    [
      'New Year’s Day 2026: back across the year boundary',
      '2026-01-01',
      { day: '2025-12-31', reason: { type: 'holiday', holiday: { en: "New Year's Day", zh: '元旦' } } },
    ],
    ['a weekend', '2026-12-12', { day: '2026-12-11', reason: { type: 'weekend' } }],
    ['a 2027 weekend: weekends only, said so', '2027-01-10', { day: '2027-01-08', reason: { type: 'weekend-uncovered', year: 2027 } }],
    ['a 2027 weekday: not known to be a holiday, none', '2027-10-01', null],
  ])('%s', (_name, due, expected) => {
    expect(payByDay(day(due), CN_CALENDAR)).toEqual(expected);
  });
});
