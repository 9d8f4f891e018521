// A year's arrangement loaded from a file: what is accepted, every reason a file is refused (whole),
// and how a loaded year joins the bundled ones.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CN_CALENDAR } from '../../src/domain/cn-calendar';
import { SettingsSchema } from '../../src/domain/model';
import { dayStatus, payByDay } from '../../src/domain/work-calendar';
import { readYearFile, workCalendar, type YearFile } from '../../src/domain/year-file';
import { day } from './fixtures';

const FILE_2027 = {
  format: 'dueguard-work-calendar',
  version: 1,
  year: 2027,
  source: 'test arrangement',
  holidays: [
    { name: { zh: '元旦', en: "New Year's Day" }, days: ['2027-01-01', '2027-01-02', '2027-01-03'] },
    { name: { zh: '国庆节', en: 'National Day' }, days: ['2027-10-01', '2027-10-04'] },
  ],
  // A Sunday worked.
  workdays: ['2027-09-26'],
};

const read = (json: unknown) => readYearFile(typeof json === 'string' ? json : JSON.stringify(json));
const loaded = (): YearFile => {
  const result = read(FILE_2027);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.file;
};

describe('readYearFile', () => {
  it('accepts a well-formed year', () => {
    expect(read(FILE_2027)).toEqual({ ok: true, file: FILE_2027 });
  });

  it('defaults what may be left out: the source and the make-up workdays', () => {
    const { source: _s, workdays: _w, ...bare } = FILE_2027;
    expect(read(bare)).toMatchObject({ ok: true, file: { source: '', workdays: [] } });
  });

  it.each([
    ['text that is not JSON', '{"year": 2027', [{ type: 'not-json' }]],
    ['another format', { ...FILE_2027, format: 'holiday-cn' }, [{ type: 'shape', path: 'format' }]],
    ['a later format version', { ...FILE_2027, version: 2 }, [{ type: 'shape', path: 'version' }]],
    ['a year out of range', { ...FILE_2027, year: 1999 }, [{ type: 'shape', path: 'year' }]],
    ['no holidays', { ...FILE_2027, holidays: [] }, [{ type: 'shape', path: 'holidays' }]],
    [
      'a holiday without a name',
      { ...FILE_2027, holidays: [{ name: { zh: '', en: 'x' }, days: ['2027-05-01'] }] },
      [{ type: 'shape', path: 'holidays.0.name.zh' }],
    ],
    ['an impossible date', { ...FILE_2027, workdays: ['2027-02-30'] }, [{ type: 'shape', path: 'workdays.0' }]],
    ['a day of another year', { ...FILE_2027, workdays: ['2026-12-26'] }, [{ type: 'other-year', day: '2026-12-26' }]],
    [
      'a day listed twice',
      { ...FILE_2027, workdays: ['2027-01-02'] },
      // 2 January 2027 is a Saturday: listed as a holiday and as a workday.
      [{ type: 'twice', day: '2027-01-02' }],
    ],
    ['a make-up workday on a weekday', { ...FILE_2027, workdays: ['2027-09-27'] }, [{ type: 'workday-not-weekend', day: '2027-09-27' }]],
  ])('refuses %s, saying why', (_name, json, problems) => {
    const result = read(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toMatchObject(problems);
  });

  it('lists every problem of a file, not only the first', () => {
    const result = read({ ...FILE_2027, workdays: ['2026-12-26', '2027-09-27'] });
    expect(result.ok ? [] : result.problems.map((p) => p.type)).toEqual(['other-year', 'workday-not-weekend']);
  });
});

describe('workCalendar', () => {
  it('is the bundled calendar when nothing is loaded', () => {
    expect(workCalendar([])).toBe(CN_CALENDAR);
  });

  it('knows a loaded year: its holidays, its make-up workdays and its ordinary days', () => {
    const calendar = workCalendar([loaded()]);
    expect([
      dayStatus(day('2027-10-04'), calendar),
      dayStatus(day('2027-09-26'), calendar),
      dayStatus(day('2027-10-05'), calendar),
      dayStatus(day('2026-10-01'), calendar),
    ]).toEqual([
      { known: true, workday: false, holiday: { zh: '国庆节', en: 'National Day' }, makeUpWorkday: false },
      { known: true, workday: true, holiday: null, makeUpWorkday: true },
      { known: true, workday: true, holiday: null, makeUpWorkday: false },
      { known: true, workday: false, holiday: { zh: '国庆节', en: 'National Day' }, makeUpWorkday: false },
    ]);
  });

  it('crosses into a loaded year for a pay-by day (New Year 2027 → the last working day of 2026)', () => {
    expect(payByDay(day('2027-01-02'), workCalendar([loaded()]))).toMatchObject({ day: '2026-12-31', reason: { type: 'holiday' } });
    expect(payByDay(day('2027-01-01'), CN_CALENDAR)).toBeNull();
  });

  it('lets a loaded file replace a bundled year', () => {
    const file = { ...loaded(), year: 2026, holidays: [{ name: { zh: '测试', en: 'Test' }, days: ['2026-03-02'] }], workdays: [] };
    const calendar = workCalendar([file]);
    expect([
      dayStatus(day('2026-03-02'), calendar).known && dayStatus(day('2026-03-02'), calendar),
      dayStatus(day('2026-10-01'), calendar),
    ]).toEqual([
      { known: true, workday: false, holiday: { zh: '测试', en: 'Test' }, makeUpWorkday: false },
      { known: true, workday: true, holiday: null, makeUpWorkday: false },
    ]);
  });
});

describe('settings keep loaded years', () => {
  it('refuses a stored file that breaks the day rules, and two files for one year', () => {
    expect(v.safeParse(SettingsSchema, { workCalendarYears: [loaded()] }).success).toBe(true);
    expect(v.safeParse(SettingsSchema, { workCalendarYears: [{ ...loaded(), workdays: ['2027-09-27'] }] }).success).toBe(false);
    expect(v.safeParse(SettingsSchema, { workCalendarYears: [loaded(), loaded()] }).success).toBe(false);
  });
});
