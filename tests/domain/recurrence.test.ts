import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { RecurrenceSchema, type Recurrence } from '../../src/domain/model';
import { isScheduledDay, recurrenceOccurrences, scheduledDay } from '../../src/domain/recurrence';
import { day } from './fixtures';

const r = (x: unknown) => v.parse(RecurrenceSchema, x) as Exclude<Recurrence, { type: 'once' }>;
const dues = (x: unknown, until = '2027-12-31') => recurrenceOccurrences(v.parse(RecurrenceSchema, x), day(until)).map((o) => o.due);

describe('scheduledDay: every day computed from the first, never chained', () => {
  it.each([
    ['monthly on the 31st', { type: 'monthly', firstDue: '2026-01-31' }, ['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']],
    [
      'monthly on the 31st in a leap year',
      { type: 'monthly', firstDue: '2028-01-31' },
      ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30'],
    ],
    ['every 2 months', { type: 'monthly', firstDue: '2026-01-31', every: 2 }, ['2026-01-31', '2026-03-31', '2026-05-31', '2026-07-31']],
    [
      'every 3 months from Nov',
      { type: 'monthly', firstDue: '2026-11-30', every: 3 },
      ['2026-11-30', '2027-02-28', '2027-05-30', '2027-08-30'],
    ],
    [
      'the last day of each month',
      { type: 'monthly', firstDue: '2026-02-28', lastDay: true },
      ['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31'],
    ],
    [
      'last day, every 2 months',
      { type: 'monthly', firstDue: '2026-04-30', every: 2, lastDay: true },
      ['2026-04-30', '2026-06-30', '2026-08-31', '2026-10-31'],
    ],
    ['yearly', { type: 'yearly', firstDue: '2026-03-15' }, ['2026-03-15', '2027-03-15', '2028-03-15', '2029-03-15']],
    [
      'yearly on 29 February',
      { type: 'yearly', firstDue: '2028-02-29' },
      ['2028-02-29', '2029-02-28', '2030-02-28', '2031-02-28', '2032-02-29'].slice(0, 4),
    ],
  ])('%s', (_name, rec, expected) => {
    expect(expected.map((_, n) => scheduledDay(r(rec), n))).toEqual(expected);
  });
});

describe('recurrenceOccurrences', () => {
  it.each([
    ['once', { type: 'once', dueDate: '2026-05-10' }, '2027-12-31', ['2026-05-10']],
    ['after a count', { type: 'monthly', firstDue: '2026-01-10', count: 3 }, '2030-01-01', ['2026-01-10', '2026-02-10', '2026-03-10']],
    [
      'on a date (inclusive)',
      { type: 'monthly', firstDue: '2026-01-10', until: '2026-03-10' },
      '2030-01-01',
      ['2026-01-10', '2026-02-10', '2026-03-10'],
    ],
    ['on a date between two', { type: 'yearly', firstDue: '2026-01-10', until: '2027-06-01' }, '2030-01-01', ['2026-01-10', '2027-01-10']],
    [
      'no end: up to the first after `until`',
      { type: 'monthly', firstDue: '2026-01-10' },
      '2026-02-15',
      ['2026-01-10', '2026-02-10', '2026-03-10'],
    ],
    [
      'one skipped (kept out, the rest unmoved)',
      { type: 'monthly', firstDue: '2026-01-10', count: 3, changes: [{ due: '2026-02-10', action: 'skip' }] },
      '2030-01-01',
      ['2026-01-10', '2026-03-10'],
    ],
    [
      'one postponed (moved, the rest unmoved)',
      { type: 'monthly', firstDue: '2026-01-31', count: 3, changes: [{ due: '2026-02-28', action: 'postpone', to: '2026-03-05' }] },
      '2030-01-01',
      ['2026-01-31', '2026-03-05', '2026-03-31'],
    ],
  ])('%s', (_name, rec, until, expected) => {
    expect(dues(rec, until)).toEqual(expected);
  });

  it('a postponed occurrence keeps its place in the schedule', () => {
    const rec = v.parse(RecurrenceSchema, {
      type: 'yearly',
      firstDue: '2026-06-01',
      count: 2,
      changes: [{ due: '2026-06-01', action: 'postpone', to: '2026-07-01' }],
    });
    expect(recurrenceOccurrences(rec, day('2030-01-01'))).toEqual([
      { seq: 0, scheduled: '2026-06-01', due: '2026-07-01' },
      { seq: 1, scheduled: '2027-06-01', due: '2027-06-01' },
    ]);
  });

  it('isScheduledDay finds the days of the schedule only', () => {
    const rec = v.parse(RecurrenceSchema, { type: 'monthly', firstDue: '2026-01-31', count: 4 });
    expect(['2026-02-28', '2026-04-30', '2026-03-30', '2026-05-31'].map((d) => isScheduledDay(rec, day(d)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('RecurrenceSchema refuses what cannot be', () => {
  it.each([
    ['a count and an end date', { type: 'monthly', firstDue: '2026-01-10', count: 3, until: '2026-12-31' }],
    ['an end before the first due', { type: 'yearly', firstDue: '2026-01-10', until: '2025-12-31' }],
    ['every 0 months', { type: 'monthly', firstDue: '2026-01-10', every: 0 }],
    ['every 13 months', { type: 'monthly', firstDue: '2026-01-10', every: 13 }],
    [
      'a skip of a day the schedule does not have',
      { type: 'monthly', firstDue: '2026-01-10', changes: [{ due: '2026-02-11', action: 'skip' }] },
    ],
    [
      'a postponement to an earlier day',
      { type: 'monthly', firstDue: '2026-01-10', changes: [{ due: '2026-02-10', action: 'postpone', to: '2026-02-09' }] },
    ],
    ['a skip past the end', { type: 'monthly', firstDue: '2026-01-10', count: 2, changes: [{ due: '2026-03-10', action: 'skip' }] }],
  ])('%s', (_name, rec) => {
    expect(v.safeParse(RecurrenceSchema, rec).success).toBe(false);
  });
});
