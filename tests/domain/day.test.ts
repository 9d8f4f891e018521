import { addMonths } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDaysToDay,
  atLocalTime,
  compareDays,
  dayToDate,
  daysBetween,
  monthlyDue,
  nextLocalMidnight,
  parseDay,
  toDay,
} from '../../src/domain/day';
import type { Day } from '../../src/domain/model';

const d = (s: string) => s as Day;
const HOUR = 3_600_000;

describe('parseDay', () => {
  it.each([
    ['a plain day', '2026-05-01', '2026-05-01'],
    ['leap day in a leap year', '2028-02-29', '2028-02-29'],
    ['leap day in a common year', '2026-02-29', null],
    ['30 February', '2026-02-30', null],
    ['31 April', '2026-04-31', null],
    ['month 13', '2026-13-01', null],
    ['day 0', '2026-01-00', null],
    ['no padding', '2026-1-5', null],
    ['with a time', '2026-01-05T00:00', null],
    ['empty', '', null],
  ])('%s', (_name, text, day) => {
    expect(parseDay(text)).toBe(day);
  });
});

describe('toDay and dayToDate use the local calendar', () => {
  it.each([
    ['start of a day', new Date(2026, 4, 1, 0, 0), '2026-05-01'],
    ['last minute of a year', new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'],
    ['New York spring-forward day', new Date(2026, 2, 8, 12), '2026-03-08'],
    ['New York fall-back day, late', new Date(2026, 10, 1, 23, 30), '2026-11-01'],
  ])('toDay: %s', (_name, date, day) => {
    expect(toDay(date)).toBe(day);
  });

  it.each(['2026-01-01', '2026-03-08', '2026-11-01', '2028-02-29', '2026-12-31'])('dayToDate(%s) is local midnight of that day', (s) => {
    const date = dayToDate(d(s));
    expect([date.getHours(), date.getMinutes(), toDay(date)]).toEqual([0, 0, s]);
  });
});

describe('addDaysToDay', () => {
  it.each([
    ['one day', '2026-05-01', 1, '2026-05-02'],
    ['zero', '2026-05-01', 0, '2026-05-01'],
    ['into the next year', '2026-12-31', 1, '2027-01-01'],
    ['back into the previous year', '2027-01-01', -1, '2026-12-31'],
    ['over a leap day', '2028-02-28', 1, '2028-02-29'],
    ['over New York spring-forward', '2026-03-07', 2, '2026-03-09'],
    ['over New York fall-back', '2026-10-31', 2, '2026-11-02'],
    ['a whole year', '2026-01-01', 365, '2027-01-01'],
  ])('%s', (_name, day, n, result) => {
    expect(addDaysToDay(d(day), n)).toBe(result);
  });
});

describe('day arithmetic agrees with the UTC calendar on every day DueGuard accepts (1900-2200)', () => {
  const DAY_MS = 24 * HOUR;
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10) as Day;
  const first = Date.UTC(1900, 0, 1);
  const last = Date.UTC(2200, 11, 31);

  it('addDaysToDay and daysBetween, day by day and in long steps', () => {
    const wrong: string[] = [];
    for (let ms = first; ms <= last; ms += DAY_MS) {
      const day = iso(ms);
      if (addDaysToDay(day, 1) !== iso(ms + DAY_MS)) wrong.push(`${day} + 1`);
      if (addDaysToDay(day, -400) !== iso(ms - 400 * DAY_MS)) wrong.push(`${day} − 400`);
      if (daysBetween(d('1970-01-01'), day) !== ms / DAY_MS) wrong.push(`1970-01-01 → ${day}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses what is not a day', () => {
    expect(() => addDaysToDay(d('2026-0x-01'), 1)).toThrow(RangeError);
    expect(Number.isNaN(daysBetween(d('2026-01-01'), d('')))).toBe(true);
  });
});

describe('daysBetween counts calendar days, b − a', () => {
  it.each([
    ['same day', '2026-05-01', '2026-05-01', 0],
    ['next day', '2026-05-01', '2026-05-02', 1],
    ['previous day', '2026-05-02', '2026-05-01', -1],
    ['across New York spring-forward (23-hour day)', '2026-03-08', '2026-03-09', 1],
    ['across New York fall-back (25-hour day)', '2026-11-01', '2026-11-02', 1],
    ['a week over spring-forward', '2026-03-05', '2026-03-12', 7],
    ['across a year end', '2026-12-31', '2027-01-01', 1],
    ['a leap year', '2028-01-01', '2029-01-01', 366],
    ['a common year', '2026-01-01', '2027-01-01', 365],
  ])('%s', (_name, a, b, days) => {
    expect(daysBetween(d(a), d(b))).toBe(days);
  });
});

describe('monthlyDue clamps to the month end and always counts from the first due day', () => {
  it.each([
    ['n = 0 is the first day', '2026-01-15', 0, '2026-01-15'],
    ['the 15th stays the 15th', '2026-01-15', 5, '2026-06-15'],
    ['31 Jan → 28 Feb in a common year', '2026-01-31', 1, '2026-02-28'],
    ['31 Jan → 29 Feb in a leap year', '2028-01-31', 1, '2028-02-29'],
    ['31 Jan → 31 Mar, not 28 Mar', '2026-01-31', 2, '2026-03-31'],
    ['31 Jan → 30 Apr', '2026-01-31', 3, '2026-04-30'],
    ['30 Jan → 28 Feb', '2026-01-30', 1, '2026-02-28'],
    ['30 Jan → 30 Mar', '2026-01-30', 2, '2026-03-30'],
    ['29 Jan → 28 Feb in a common year', '2026-01-29', 1, '2026-02-28'],
    ['29 Jan → 29 Feb in a leap year', '2028-01-29', 1, '2028-02-29'],
    ['29 Feb → 28 Feb next year', '2028-02-29', 12, '2029-02-28'],
    ['29 Feb → 29 Feb four years on', '2028-02-29', 48, '2032-02-29'],
    ['31 Dec → 31 Jan over the year end', '2026-12-31', 1, '2027-01-31'],
    ['31 Dec → 28 Feb over the year end', '2026-12-31', 2, '2027-02-28'],
    ['31 Aug → 30 Sep → 31 Oct', '2026-08-31', 2, '2026-10-31'],
    ['the DST day stays a day', '2026-02-08', 1, '2026-03-08'],
  ])('%s', (_name, first, n, due) => {
    expect(monthlyDue(d(first), n)).toBe(due);
  });
});

describe('monthlyDue agrees with date-fns addMonths (clamped to the month end) from every first day of 2023-2029', () => {
  it('for n from -30 to 130', () => {
    const wrong: string[] = [];
    for (let first = d('2023-01-01'); first <= '2029-12-31'; first = addDaysToDay(first, 1)) {
      for (let n = -30; n <= 130; n += first.endsWith('-28') || first.endsWith('-31') ? 1 : 7) {
        if (monthlyDue(first, n) !== toDay(addMonths(dayToDate(first), n))) wrong.push(`${first} + ${n}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('atLocalTime', () => {
  it.each([
    ['morning', '2026-05-01', '09:30', [9, 30]],
    ['midnight', '2026-05-01', '00:00', [0, 0]],
    ['last minute', '2026-12-31', '23:59', [23, 59]],
    ['after New York spring-forward', '2026-03-08', '09:00', [9, 0]],
    ['New York fall-back day', '2026-11-01', '09:00', [9, 0]],
  ])('%s', (_name, day, time, [hours, minutes]) => {
    const at = new Date(atLocalTime(d(day), time));
    expect([toDay(at), at.getHours(), at.getMinutes()]).toEqual([day, hours, minutes]);
  });

  it('is 23 hours after the previous day on a spring-forward day where DST applies', () => {
    const gap = atLocalTime(d('2026-03-08'), '09:00') - atLocalTime(d('2026-03-07'), '09:00');
    expect(gap).toBe(process.env.TZ === 'America/New_York' ? 23 * HOUR : 24 * HOUR);
  });
});

describe('nextLocalMidnight', () => {
  it.each([
    ['mid-afternoon', new Date(2026, 4, 1, 15), new Date(2026, 4, 2)],
    ['exactly midnight goes to the next one', new Date(2026, 4, 1), new Date(2026, 4, 2)],
    ['one ms before midnight', new Date(2026, 4, 1, 23, 59, 59, 999), new Date(2026, 4, 2)],
    ['year end', new Date(2026, 11, 31, 20), new Date(2027, 0, 1)],
    ['New York spring-forward day', new Date(2026, 2, 8, 1), new Date(2026, 2, 9)],
    ['New York fall-back day', new Date(2026, 10, 1, 1, 30), new Date(2026, 10, 2)],
  ])('%s', (_name, now, midnight) => {
    expect(nextLocalMidnight(now.getTime())).toBe(midnight.getTime());
  });
});

describe('compareDays', () => {
  it.each([
    ['earlier', '2026-01-31', '2026-02-01', -1],
    ['equal', '2026-02-01', '2026-02-01', 0],
    ['later across a year', '2027-01-01', '2026-12-31', 1],
  ])('%s', (_name, a, b, sign) => {
    expect(Math.sign(compareDays(d(a), d(b)))).toBe(sign);
  });
});
