import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT } from '../../src/domain/command-schemas';
import type { DebtInput } from '../../src/domain/commands';
import type { Day } from '../../src/domain/model';
import { nextDueDay } from '../../src/domain/day';
import { decodeCsvBytes, parseDebtsCsv, serializeDebtsCsv, type CsvError } from '../../src/io/csv';
import { isProblem, parseDate } from '../../src/domain/fields';

const TODAY = '2026-03-01' as Day;
const HEADER = 'name,kind,amount,due_date';

function rows(text: string): DebtInput[] {
  const result = parseDebtsCsv(text, TODAY);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.rows;
}

function errors(text: string): CsvError[] {
  const result = parseDebtsCsv(text, TODAY);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const once = (dueDate: string) => ({ type: 'once', dueDate });

describe('decodeCsvBytes', () => {
  const utf8 = new TextEncoder().encode('名称,金额\n花呗,1');
  it.each([
    { name: 'UTF-8 without BOM', bytes: utf8, encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), encoding: 'utf-8' },
    { name: 'GBK (Excel on Chinese Windows)', bytes: fs.readFileSync(path.join(__dirname, '../fixtures/debts-gbk.csv')), encoding: 'gbk' },
    {
      name: 'UTF-16LE with BOM',
      bytes: new Uint8Array([0xff, 0xfe, ...[...'名称,金额\n花呗,1'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
      encoding: 'utf-16le',
    },
  ])('$name', ({ bytes, encoding }) => {
    const decoded = decodeCsvBytes(new Uint8Array(bytes));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.startsWith('名称,')).toBe(true);
    expect(decoded.text).toContain('花呗');
  });

  it('reads the GBK fixture into rows', () => {
    const result = parseDebtsCsv(decodeCsvBytes(fs.readFileSync(path.join(__dirname, '../fixtures/debts-gbk.csv'))).text, TODAY);
    expect(result).toMatchObject({
      ok: true,
      rows: [
        { name: '花呗 3月账单', kind: 'huabei', amount: 123456, recurrence: once('2026-03-10'), note: '按时还' },
        { name: '招行信用卡', kind: 'credit-card', amount: 250000, recurrence: once('2026-03-18') },
      ],
    });
  });
});

describe('parseDebtsCsv: good files', () => {
  it.each([
    {
      name: 'minimal English header, LF',
      text: `${HEADER}\nRent,loan,1000,2026-03-05\n`,
      expected: { name: 'Rent', kind: 'loan', amount: 100000, currency: 'CNY', recurrence: once('2026-03-05'), note: '' },
    },
    { name: 'CRLF line ends', text: `${HEADER}\r\nRent,loan,1000,2026-03-05\r\n`, expected: { name: 'Rent', amount: 100000 } },
    {
      name: 'Chinese header and kind names',
      text: '名称,类型,金额,到期日\n花呗账单,花呗,88.8,2026-03-10',
      expected: { kind: 'huabei', amount: 8880 },
    },
    {
      name: 'headers in any order and case',
      text: 'Due Date,AMOUNT,Kind,Name\n2026-03-10,12,jiebei,X',
      expected: { kind: 'jiebei', amount: 1200, recurrence: once('2026-03-10') },
    },
    {
      name: 'quoted field with a comma',
      text: `${HEADER}\n"Card, CMB",credit-card,"1,234.56",2026-03-18`,
      expected: { name: 'Card, CMB', amount: 123456 },
    },
    {
      name: 'quoted field with quotes and a line break',
      text: `${HEADER},note\nX,other,1,2026-03-18,"He said ""pay now""\nthen hung up"`,
      expected: { note: 'He said "pay now"\nthen hung up' },
    },
    { name: 'kind by its English name', text: `${HEADER}\nX,Credit card,1,2026-03-18`, expected: { kind: 'credit-card' } },
    { name: 'amount with ¥ and 元', text: `${HEADER}\nX,other,¥12元,2026-03-18`, expected: { amount: 1200 } },
    { name: 'date as a spreadsheet writes it', text: `${HEADER}\nX,other,1,2026/3/8`, expected: { recurrence: once('2026-03-08') } },
    { name: 'currency column', text: `${HEADER},currency\nX,loan,1,2026-03-18,usd`, expected: { currency: 'USD' } },
    {
      name: 'due_day alone: next such day',
      text: 'name,kind,amount,due_day\nCard,credit-card,1,15',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-03-15' } },
    },
    {
      name: 'due_day that passed this month: next month',
      text: '名称,类型,金额,每月还款日\n白条,白条,1,1日',
      expected: { kind: 'baitiao', recurrence: { type: 'monthly', firstDue: '2026-03-01' } },
    },
    {
      name: 'due_day with due_date and months',
      text: `${HEADER},due_day,months\nPhone,other,99,2026-04-08,8,12`,
      expected: { recurrence: { type: 'monthly', firstDue: '2026-04-08', count: 12 } },
    },
    {
      name: 'grace and penalty rate',
      text: `${HEADER},grace_days,penalty_rate\nX,huabei,1,2026-03-18,3,0.05%`,
      expected: { graceDays: 3, dailyRatePpm: 500 },
    },
    { name: 'BOM in the text', text: `\uFEFF${HEADER}\nX,other,1,2026-03-18`, expected: { name: 'X' } },
    { name: 'blank lines skipped', text: `${HEADER}\n\nX,other,1,2026-03-18\n,,,\n`, expected: { name: 'X' } },
    {
      name: 'tab-separated (Excel "Unicode text")',
      text: 'name\tkind\tamount\tdue_date\nX\tother\t1,000\t2026-03-18',
      expected: { amount: 100000 },
    },
    { name: 'formula-escaped cell from our export', text: `${HEADER}\n'=X,other,1,2026-03-18`, expected: { name: '=X' } },
  ])('$name', ({ text, expected }) => {
    const [row] = rows(text);
    expect(row).toMatchObject(expected);
  });

  it.each([
    { name: 'no grace_days column', text: `${HEADER}\nX,huabei,1,2026-03-18`, expected: undefined },
    { name: 'an empty cell', text: `${HEADER},grace_days\nX,huabei,1,2026-03-18,`, expected: undefined },
    { name: '0: no grace', text: `${HEADER},grace_days\nX,huabei,1,2026-03-18,0`, expected: 0 },
    { name: '5天', text: `${HEADER},grace_days\nX,huabei,1,2026-03-18,5天`, expected: 5 },
  ])('grace days from $name (none given: the kind’s default applies)', ({ text, expected }) => {
    const [row] = rows(text);
    expect(row!.graceDays).toBe(expected);
    expect('graceDays' in row!).toBe(expected !== undefined);
  });

  it('takes the default currency when the column is empty', () => {
    const result = parseDebtsCsv(`${HEADER},currency\nX,loan,1,2026-03-18,`, TODAY, 'USD');
    expect(result.ok && result.rows[0]!.currency).toBe('USD');
  });

  it('reads many rows in order', () => {
    const text = [HEADER, ...Array.from({ length: 50 }, (_, i) => `Debt ${i},other,${i + 1},2026-03-18`)].join('\n');
    expect(rows(text).map((r) => r.amount)).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) * 100));
  });
});

describe('parseDebtsCsv: at most MAX_IMPORT debts, as the importDebts command takes', () => {
  const file = (count: number, row = (i: number) => `Debt ${i},other,1,2026-03-18`) =>
    [HEADER, ...Array.from({ length: count }, (_, i) => row(i))].join('\n');

  it(`reads a file of exactly ${MAX_IMPORT} debts`, () => {
    expect(rows(file(MAX_IMPORT))).toHaveLength(MAX_IMPORT);
  });

  it.each([
    { name: 'one debt too many', count: MAX_IMPORT + 1 },
    { name: 'ten thousand debts', count: 10_000 },
  ])('refuses $name up front, saying how many the file has', ({ count }) => {
    expect(errors(file(count))).toEqual([{ row: 1, reason: 'too-many-rows', value: String(count) }]);
  });

  it('counts debts, not blank lines, and refuses before checking rows', () => {
    const text = `${file(MAX_IMPORT)}\n\n\n,,,\nBad,pawnshop,x,someday\n`;
    expect(errors(text)).toEqual([{ row: 1, reason: 'too-many-rows', value: String(MAX_IMPORT + 1) }]);
    expect(rows(`${file(MAX_IMPORT)}\n\n,,,\n`)).toHaveLength(MAX_IMPORT);
  });

  it('still names a broken header', () => {
    expect(errors(file(MAX_IMPORT + 1).replace(HEADER, `${HEADER},colour`))).toEqual([
      { row: 1, reason: 'unknown-column', value: 'colour' },
      { row: 1, reason: 'too-many-rows', value: String(MAX_IMPORT + 1) },
    ]);
  });
});

describe('parseDebtsCsv: a bad file is refused whole, naming each row and why', () => {
  it.each([
    { name: 'empty file', text: '', expected: [{ row: 1, reason: 'empty-file' }] },
    { name: 'header only', text: `${HEADER}\n`, expected: [{ row: 1, reason: 'no-rows' }] },
    {
      name: 'missing amount column',
      text: 'name,kind,due_date\nX,other,2026-03-18',
      expected: [{ row: 1, field: 'amount', reason: 'missing-column' }],
    },
    {
      name: 'no date column at all',
      text: 'name,kind,amount\nX,other,1',
      expected: [{ row: 1, field: 'due_date', reason: 'missing-column' }],
    },
    {
      name: 'unknown column',
      text: `${HEADER},colour\nX,other,1,2026-03-18,red`,
      expected: [{ row: 1, reason: 'unknown-column', value: 'colour' }],
    },
    {
      name: 'a column twice',
      text: `${HEADER},名称\nX,other,1,2026-03-18,Y`,
      expected: [{ row: 1, field: 'name', reason: 'duplicate-column', value: '名称' }],
    },
    { name: 'empty name', text: `${HEADER}\n,other,1,2026-03-18`, expected: [{ row: 2, field: 'name', reason: 'name-missing' }] },
    {
      name: 'name too long',
      text: `${HEADER}\n${'x'.repeat(81)},other,1,2026-03-18`,
      expected: [{ row: 2, field: 'name', reason: 'too-long' }],
    },
    {
      name: 'unknown kind',
      text: `${HEADER}\nX,pawnshop,1,2026-03-18`,
      expected: [{ row: 2, field: 'kind', reason: 'kind-unknown', value: 'pawnshop' }],
    },
    { name: 'empty kind', text: `${HEADER}\nX,,1,2026-03-18`, expected: [{ row: 2, field: 'kind', reason: 'kind-missing' }] },
    {
      name: 'amount with letters',
      text: `${HEADER}\nX,other,12abc,2026-03-18`,
      expected: [{ row: 2, field: 'amount', reason: 'money-not-a-number', value: '12abc' }],
    },
    {
      name: 'amount with three decimals',
      text: `${HEADER}\nX,other,1.234,2026-03-18`,
      expected: [{ row: 2, field: 'amount', reason: 'money-too-many-decimals' }],
    },
    {
      name: 'negative amount',
      text: `${HEADER}\nX,other,-5,2026-03-18`,
      expected: [{ row: 2, field: 'amount', reason: 'money-negative' }],
    },
    { name: 'zero amount', text: `${HEADER}\nX,other,0,2026-03-18`, expected: [{ row: 2, field: 'amount', reason: 'amount-zero' }] },
    {
      name: 'impossible date',
      text: `${HEADER}\nX,other,1,2026-02-30`,
      expected: [{ row: 2, field: 'due_date', reason: 'date-invalid', value: '2026-02-30' }],
    },
    {
      name: 'date in day-first order',
      text: `${HEADER}\nX,other,1,18/03/2026`,
      expected: [{ row: 2, field: 'due_date', reason: 'date-invalid' }],
    },
    { name: 'empty date', text: `${HEADER}\nX,other,1,`, expected: [{ row: 2, field: 'due_date', reason: 'due-missing' }] },
    {
      name: 'due_day out of range',
      text: `${HEADER},due_day\nX,other,1,,32`,
      expected: [{ row: 2, field: 'due_day', reason: 'day-of-month-invalid', value: '32' }],
    },
    {
      name: "due_day not the date's day",
      text: `${HEADER},due_day\nX,other,1,2026-03-10,8`,
      expected: [{ row: 2, field: 'due_day', reason: 'due-day-mismatch' }],
    },
    {
      name: 'months out of range',
      text: `${HEADER},months\nX,other,1,2026-03-10,0`,
      expected: [{ row: 2, field: 'months', reason: 'months-invalid' }],
    },
    {
      name: 'bad currency',
      text: `${HEADER},currency\nX,other,1,2026-03-10,yuan`,
      expected: [{ row: 2, field: 'currency', reason: 'currency-invalid' }],
    },
    {
      name: 'grace out of range',
      text: `${HEADER},grace_days\nX,other,1,2026-03-10,90`,
      expected: [{ row: 2, field: 'grace_days', reason: 'grace-invalid' }],
    },
    {
      name: 'penalty rate above 10 %',
      text: `${HEADER},penalty_rate\nX,other,1,2026-03-10,12`,
      expected: [{ row: 2, field: 'penalty_rate', reason: 'rate-invalid' }],
    },
    {
      name: 'a mismatched due day beside a bad amount: both named',
      text: 'name,kind,amount,due_date,due_day\nX,other,abc,2026-03-10,12',
      expected: [
        { row: 2, field: 'amount', reason: 'money-not-a-number' },
        { row: 2, field: 'due_day', reason: 'due-day-mismatch' },
      ],
    },
    { name: 'more cells than columns', text: `${HEADER}\nX,other,1,2026-03-10,surprise`, expected: [{ row: 2, reason: 'extra-fields' }] },
    { name: 'unclosed quote', text: `${HEADER}\n"X,other,1,2026-03-10`, expected: [{ row: 2, reason: 'bad-quotes' }] },
  ])('$name', ({ text, expected }) => {
    expect(errors(text)).toEqual(expect.arrayContaining(expected.map((e) => expect.objectContaining(e))));
  });

  it('checks every row even when the header has an unknown column', () => {
    expect(errors(`${HEADER},colour\nX,pawnshop,1,2026-03-10,red\nY,other,1,2026-03-10,blue`)).toEqual([
      { row: 1, reason: 'unknown-column', value: 'colour' },
      { row: 2, field: 'kind', reason: 'kind-unknown', value: 'pawnshop' },
    ]);
  });

  it('names every bad row with every problem, in row order, and keeps counting across blank lines', () => {
    const text = [
      HEADER,
      'Good,other,1,2026-03-10',
      'Bad kind,pawnshop,1,2026-03-10',
      '',
      'Two problems,other,abc,2026-13-01',
      'Good too,other,2,2026-03-11',
    ].join('\r\n');
    expect(errors(text)).toEqual([
      { row: 3, field: 'kind', reason: 'kind-unknown', value: 'pawnshop' },
      { row: 5, field: 'amount', reason: 'money-not-a-number', value: 'abc' },
      { row: 5, field: 'due_date', reason: 'date-invalid', value: '2026-13-01' },
    ]);
  });
});

describe('serializeDebtsCsv round-trips through parseDebtsCsv', () => {
  const debts: DebtInput[] = [
    {
      name: '花呗 3月账单',
      kind: 'huabei',
      currency: 'CNY',
      amount: 123456,
      recurrence: { type: 'once', dueDate: '2026-03-10' as Day },
      note: '',
      dailyRatePpm: 500,
    },
    {
      name: 'Card, "CMB"',
      kind: 'credit-card',
      currency: 'CNY',
      amount: 5,
      recurrence: { type: 'monthly', firstDue: '2026-01-31' as Day },
      graceDays: 3,
      note: 'line one\nline two',
    },
    {
      name: '=SUM(A1)',
      kind: 'meituan',
      currency: 'USD',
      amount: 99_999_999_999,
      recurrence: { type: 'monthly', firstDue: '2026-03-08' as Day, count: 6 },
      graceDays: 0,
      note: '+86 138',
      dailyRatePpm: 1234,
    },
  ];

  it('gives the same debts back', () => {
    expect(rows(serializeDebtsCsv(debts))).toEqual(debts);
  });

  it('writes canonical headers, CRLF, and escapes formula-like cells for spreadsheets', () => {
    const text = serializeDebtsCsv(debts);
    expect(text.split('\r\n')[0]).toBe('name,kind,amount,due_date,currency,note,due_day,months,grace_days,penalty_rate');
    expect(text).toContain(`"'=SUM(A1)"`);
    expect(text).toContain('2026-01-31,CNY,"line one\nline two",31,,3,');
  });

  it('writes a grace of 0 as 0 and none given as an empty cell', () => {
    const [first, , third] = serializeDebtsCsv(debts).split('\r\n').slice(1);
    expect(first).toBe('花呗 3月账单,huabei,1234.56,2026-03-10,CNY,,,,,0.05');
    expect(third!.endsWith(',8,6,0,0.1234')).toBe(true);
  });
});

describe('field helpers', () => {
  it.each([
    ['2026-03-08', '2026-03-08'],
    ['2026/3/8', '2026-03-08'],
    ['2026.03.08', '2026-03-08'],
    ['2026年3月8日', '2026-03-08'],
    ['２０２６-０３-０８', '2026-03-08'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', null],
    ['08/03/2026', null],
    ['', null],
  ])('parseDate(%j) = %j', (text, expected) => {
    const day = parseDate(text);
    expect(isProblem(day) ? null : day).toBe(expected);
  });

  it.each([
    { name: 'later this month', today: '2026-03-01', day: 15, expected: '2026-03-15' },
    { name: 'today itself', today: '2026-03-15', day: 15, expected: '2026-03-15' },
    { name: 'passed: next month', today: '2026-03-16', day: 15, expected: '2026-04-15' },
    { name: 'across the year end', today: '2026-12-20', day: 8, expected: '2027-01-08' },
    { name: 'the 31st skips 30-day months', today: '2026-04-01', day: 31, expected: '2026-05-31' },
    { name: 'the 30th skips February', today: '2026-02-01', day: 30, expected: '2026-03-30' },
    { name: 'the 29th in a leap February', today: '2028-02-01', day: 29, expected: '2028-02-29' },
  ])('nextDueDay: $name', ({ today, day, expected }) => {
    expect(nextDueDay(today as Day, day)).toBe(expected);
  });
});
