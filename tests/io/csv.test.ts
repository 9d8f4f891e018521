import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT } from '../../src/domain/command-schemas';
import type { DebtInput } from '../../src/domain/commands';
import type { Day } from '../../src/domain/model';
import { nextDueDay } from '../../src/domain/day';
import { decodeCsvBytes, parseDebtsCsv, serializeDebtsCsv, type CsvError } from '../../src/io/csv';
import { isProblem, parseDate } from '../../src/domain/fields';
import { headlineAmount } from '../../src/domain/schedule';

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
    expect(rows(text).map(headlineAmount)).toEqual(Array.from({ length: 50 }, (_, i) => (i + 1) * 100));
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
    expect(text.split('\r\n')[0]).toBe(
      'name,kind,amount,due_date,currency,note,due_day,months,grace_days,penalty_rate,' +
        'billing,schedule,every,last_day,until,statement_day,due_rule,due_days,minimum,minimum_percent,minimum_floor,' +
        'principal,loan_rate,rate_basis,term,start_date,method,fee,lender',
    );
    expect(text).toContain(`"'=SUM(A1)"`);
    expect(text).toContain('2026-01-31,CNY,"line one\nline two",31,,3,');
  });

  it('writes a grace of 0 as 0 and none given as an empty cell', () => {
    const [first, , third] = serializeDebtsCsv(debts).split('\r\n').slice(1);
    expect(first).toBe(`花呗 3月账单,huabei,1234.56,2026-03-10,CNY,,,,,0.05,bill,once${','.repeat(17)}`);
    expect(third!).toContain(',8,6,0,0.1234,bill,monthly,');
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

describe('parseDebtsCsv: statement accounts and loans', () => {
  // TODAY is 2026-03-01: a statement day of 1 closes today's cycle, one of 5 last month's.
  it.each([
    {
      name: 'a card by its Chinese headers: statement day, due rule, amount, minimum',
      text: '名称,类型,本期应还,账单日,还款日规则,还款日,最低还款额\n招行信用卡,信用卡,"5,000",5,offset,20,500',
      expected: {
        billing: 'statement',
        kind: 'credit-card',
        statementDay: 5,
        dueRule: { type: 'offset', days: 20 },
        firstStatement: '2026-02-05',
        statements: [{ statementDate: '2026-02-05', amount: 500000, minimum: 50000 }],
      },
    },
    {
      name: 'a statement day alone: the kind’s usual due rule (Huabei: the 10th)',
      text: 'name,kind,amount,statement_day\nHuabei,huabei,100,1',
      expected: { billing: 'statement', statementDay: 1, dueRule: { type: 'fixed', day: 10 }, minimumRule: { percentPpm: 100_000 } },
    },
    {
      name: 'a fixed due day by its Chinese name',
      text: 'name,kind,amount,statement_day,due_rule,due_days\nICBC,credit-card,100,31,固定,25日',
      expected: { billing: 'statement', statementDay: 31, dueRule: { type: 'fixed', day: 25 } },
    },
    {
      name: 'billing given, no statement day: the usual terms from the due date',
      text: 'name,kind,amount,due_date,billing\nHuabei,花呗,100,2026-03-09,statement',
      expected: { billing: 'statement', statementDay: 1, dueRule: { type: 'fixed', day: 9 } },
    },
    {
      name: 'billing by its Chinese name',
      text: 'name,kind,amount,statement_day,账户类型\nX,credit-card,100,12,信用账户',
      expected: { billing: 'statement', statementDay: 12 },
    },
    {
      name: 'a Jiebei loan by its Chinese headers',
      text: '名称,类型,本金,利率,计息方式,期数,放款日,首期还款日,还款方式\n借呗,借呗,"10,000",0.04%,日,12,2026-02-25,2026-03-25,等额本息',
      expected: {
        billing: 'loan',
        principal: 1_000_000,
        rate: { basis: 'daily', ppm: 400 },
        term: 12,
        startDate: '2026-02-25',
        firstDue: '2026-03-25',
        method: 'equal-payment',
        feePerPeriodPpm: 0,
        prepayments: [],
        lender: 'licensed',
      },
    },
    {
      name: 'a loan with a fee, a private lender and an annual rate',
      text: 'name,kind,principal,loan_rate,rate_basis,term,start_date,due_date,method,fee,lender\nX,loan,1200,7.2,annual,6,2026-01-10,2026-02-10,equal-principal,0.5,private',
      expected: { rate: { basis: 'annual', ppm: 72_000 }, method: 'equal-principal', feePerPeriodPpm: 5_000, lender: 'private' },
    },
    {
      name: 'no method: equal payments (等额本息), as the form',
      text: 'name,kind,principal,loan_rate,rate_basis,term,start_date,due_date\nX,loan,1200,0.05,daily,3,2026-01-10,2026-02-10',
      expected: { billing: 'loan', method: 'equal-payment' },
    },
  ])('$name', ({ text, expected }) => {
    const [row] = rows(text);
    expect(row).toMatchObject(expected);
  });

  it.each([
    { text: '等额本息', method: 'equal-payment' },
    { text: 'equal-payment', method: 'equal-payment' },
    { text: '等额本金', method: 'equal-principal' },
    { text: '先息后本', method: 'interest-only' },
    { text: '按月付息到期还本', method: 'interest-only' },
    { text: '按月付息，到期还本', method: 'interest-only' },
    { text: 'Interest Only', method: 'interest-only' },
    { text: '前6期付息后6期等额', method: 'interest-only-then-equal' },
    { text: '前6期只还利息，后6期等额（借呗）', method: 'interest-only-then-equal' },
    { text: 'interest-only-then-equal', method: 'interest-only-then-equal' },
  ])('reads the method $text as $method', ({ text, method }) => {
    const [row] = rows(
      `name,kind,principal,loan_rate,rate_basis,term,start_date,due_date,method\nX,jiebei,1200,0.04,daily,12,2026-01-10,2026-02-10,${text}`,
    );
    expect(row).toMatchObject({ billing: 'loan', method });
  });

  it.each([
    { text: 'daily', basis: 'daily' },
    { text: '日', basis: 'daily' },
    { text: '日利率', basis: 'daily' },
    { text: 'annual', basis: 'annual' },
    { text: '年', basis: 'annual' },
    { text: '年化', basis: 'annual' },
  ])('reads the rate basis $text as $basis', ({ text, basis }) => {
    const [row] = rows(
      `name,kind,principal,loan_rate,rate_basis,term,start_date,due_date\nX,loan,1200,0.04,${text},12,2026-01-10,2026-02-10`,
    );
    expect(row).toMatchObject({ rate: { basis, ppm: 400 } });
  });
});

describe('parseDebtsCsv: the new bill columns', () => {
  it.each([
    {
      name: 'yearly, by its Chinese header and name',
      text: 'name,kind,amount,due_date,周期,months\nInsurance,other,1200,2026-05-20,每年,3',
      expected: { recurrence: { type: 'yearly', firstDue: '2026-05-20', count: 3 } },
    },
    {
      name: 'every 3 months until a day',
      text: 'name,kind,amount,due_date,every,until\nWater,other,80,2026-03-15,3,2026-12-31',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-03-15', every: 3, until: '2026-12-31' } },
    },
    {
      name: 'on the last day of the month (月末 是)',
      text: 'name,kind,amount,due_date,月末\nRent,other,3000,2026-03-31,是',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-03-31', lastDay: true } },
    },
    {
      name: 'last_day no: an ordinary one-off bill',
      text: 'name,kind,amount,due_date,last_day\nX,other,1,2026-03-31,no',
      expected: { recurrence: once('2026-03-31') },
    },
    {
      name: 'on the last day every two months (which the form does not offer)',
      text: 'name,kind,amount,due_date,last_day,every\nX,other,1,2026-02-28,1,2',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-02-28', lastDay: true, every: 2 } },
    },
    {
      name: 'schedule once beside an empty due_day',
      text: 'name,kind,amount,due_date,schedule,due_day\nX,other,1,2026-03-31,once,',
      expected: { recurrence: once('2026-03-31') },
    },
    {
      name: '还款日 on a bill: its monthly due day, as before the statement columns',
      text: '名称,类型,金额,还款日\n白条,other,1,15',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-03-15' } },
    },
    {
      name: '期数 on a bill: its number of monthly payments, as before the loan columns',
      text: '名称,类型,金额,到期日,期数\nPhone,other,99,2026-04-08,12',
      expected: { recurrence: { type: 'monthly', firstDue: '2026-04-08', count: 12 } },
    },
  ])('$name', ({ text, expected }) => {
    const [row] = rows(text);
    expect(row).toMatchObject(expected);
    expect(row).not.toHaveProperty('billing');
  });
});

describe('parseDebtsCsv: a bad statement account, loan or choice is refused, naming its column', () => {
  const STATEMENT = 'name,kind,amount,statement_day,due_rule,due_days,minimum';
  const STATEMENT_ZH = '名称,类型,金额,账单日,还款日规则,还款日,最低还款额';
  const LOAN = 'name,kind,principal,loan_rate,rate_basis,term,start_date,due_date,method';
  const LOAN_ZH = '名称,类型,本金,利率,计息方式,期数,放款日,到期日,还款方式';
  it.each([
    {
      name: 'statement day 0',
      text: `${STATEMENT}\nX,credit-card,100,0,offset,20,`,
      expected: [{ row: 2, field: 'statement_day', reason: 'day-of-month-invalid', value: '0' }],
    },
    {
      name: 'statement day 32 (Chinese headers)',
      text: `${STATEMENT_ZH}\nX,信用卡,100,32,offset,20,`,
      expected: [{ row: 2, field: 'statement_day', reason: 'day-of-month-invalid', value: '32' }],
    },
    {
      name: 'a minimum above the statement',
      text: `${STATEMENT}\nX,credit-card,100,5,offset,20,100.01`,
      expected: [{ row: 2, field: 'minimum', reason: 'minimum-over-amount' }],
    },
    {
      name: 'a minimum above the statement (Chinese headers)',
      text: `${STATEMENT_ZH}\nX,花呗,100,1,fixed,10,200`,
      expected: [{ row: 2, field: 'minimum', reason: 'minimum-over-amount' }],
    },
    {
      name: 'an offset of 0 days',
      text: `${STATEMENT}\nX,credit-card,100,5,offset,0,`,
      expected: [{ row: 2, field: 'due_days', reason: 'due-offset-invalid', value: '0' }],
    },
    {
      name: 'a fixed due day of 32',
      text: `${STATEMENT}\nX,credit-card,100,5,fixed,32,`,
      expected: [{ row: 2, field: 'due_days', reason: 'day-of-month-invalid', value: '32' }],
    },
    {
      name: 'an unknown due rule',
      text: `${STATEMENT}\nX,credit-card,100,5,weekly,20,`,
      expected: [{ row: 2, field: 'due_rule', reason: 'due-rule-unknown', value: 'weekly' }],
    },
    {
      name: 'a statement account with neither a statement day nor a due date',
      text: 'name,kind,amount,due_date,billing\nX,credit-card,100,,statement',
      expected: [{ row: 2, field: 'statement_day', reason: 'statement-day-missing' }],
    },
    {
      name: 'a loan rate of abc',
      text: `${LOAN}\nX,jiebei,1000,abc,daily,12,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'loan_rate', reason: 'loan-rate-invalid', value: 'abc' }],
    },
    {
      name: 'a loan rate of 1000 % a year (Chinese headers)',
      text: `${LOAN_ZH}\nX,贷款,1000,1000%,年,12,2026-02-25,2026-03-25,等额本息`,
      expected: [{ row: 2, field: 'loan_rate', reason: 'loan-rate-invalid', value: '1000%' }],
    },
    {
      name: 'a loan rate of 1000 % a day',
      text: `${LOAN}\nX,jiebei,1000,1000,daily,12,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'loan_rate', reason: 'loan-rate-invalid', value: '1000' }],
    },
    {
      name: 'a term of 0',
      text: `${LOAN}\nX,jiebei,1000,0.04,daily,0,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'term', reason: 'term-invalid', value: '0' }],
    },
    {
      name: 'a term of 0 (Chinese headers)',
      text: `${LOAN_ZH}\nX,借呗,1000,0.04,日,0,2026-02-25,2026-03-25,等额本息`,
      expected: [{ row: 2, field: 'term', reason: 'term-invalid', value: '0' }],
    },
    {
      name: 'a zero principal',
      text: `${LOAN}\nX,jiebei,0,0.04,daily,12,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'principal', reason: 'amount-zero' }],
    },
    {
      name: 'an unknown method',
      text: `${LOAN}\nX,jiebei,1000,0.04,daily,12,2026-02-25,2026-03-25,balloon`,
      expected: [{ row: 2, field: 'method', reason: 'method-unknown', value: 'balloon' }],
    },
    {
      name: '6 interest-only then 6 equal over 10 months',
      text: `${LOAN}\nX,jiebei,1000,0.04,daily,10,2026-02-25,2026-03-25,前6期付息后6期等额`,
      expected: [{ row: 2, field: 'term', reason: 'loan-method-term' }],
    },
    {
      name: 'a first due day before the money was received',
      text: `${LOAN}\nX,jiebei,1000,0.04,daily,12,2026-03-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'due_date', reason: 'loan-first-before-start' }],
    },
    {
      name: 'a loan without its rate basis',
      text: `${LOAN}\nX,jiebei,1000,0.04,,12,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'rate_basis', reason: 'rate-basis-missing' }],
    },
    {
      name: 'an unknown rate basis',
      text: `${LOAN}\nX,jiebei,1000,0.04,monthly,12,2026-02-25,2026-03-25,equal-payment`,
      expected: [{ row: 2, field: 'rate_basis', reason: 'rate-basis-unknown', value: 'monthly' }],
    },
    {
      name: 'an unknown lender',
      text: `${LOAN},lender\nX,jiebei,1000,0.04,daily,12,2026-02-25,2026-03-25,equal-payment,shark`,
      expected: [{ row: 2, field: 'lender', reason: 'lender-unknown', value: 'shark' }],
    },
    {
      name: 'a loan with an amount: not a loan column',
      text: `${LOAN},amount\nX,jiebei,1000,0.04,daily,12,2026-02-25,2026-03-25,equal-payment,90`,
      expected: [{ row: 2, field: 'amount', reason: 'unused-column', value: 'loan' }],
    },
    {
      name: 'an unknown billing',
      text: 'name,kind,amount,due_date,billing\nX,other,1,2026-03-10,lease',
      expected: [{ row: 2, field: 'billing', reason: 'billing-unknown', value: 'lease' }],
    },
    {
      name: 'no billing, a statement day and a principal',
      text: 'name,kind,amount,statement_day,principal\nX,other,1,5,1000',
      expected: [{ row: 2, field: 'billing', reason: 'billing-ambiguous' }],
    },
    {
      name: 'a bill with a minimum: not a bill column',
      text: 'name,kind,amount,due_date,billing,minimum\nX,other,100,2026-03-10,bill,10',
      expected: [{ row: 2, field: 'minimum', reason: 'unused-column', value: 'bill' }],
    },
    {
      name: 'a statement account with a term',
      text: `${STATEMENT},term\nX,credit-card,100,5,offset,20,,12`,
      expected: [{ row: 2, field: 'term', reason: 'unused-column', value: 'statement' }],
    },
    {
      name: 'a statement day beside a due date',
      text: `${STATEMENT},due_date\nX,credit-card,100,5,offset,20,,2026-03-25`,
      expected: [{ row: 2, field: 'due_date', reason: 'unused-column', value: 'statement' }],
    },
    {
      name: 'an unknown schedule',
      text: 'name,kind,amount,due_date,schedule\nX,other,1,2026-03-10,weekly',
      expected: [{ row: 2, field: 'schedule', reason: 'schedule-unknown', value: 'weekly' }],
    },
    {
      name: 'a one-off bill with a due day',
      text: 'name,kind,amount,due_date,schedule,due_day\nX,other,1,2026-03-10,once,10',
      expected: [{ row: 2, field: 'due_day', reason: 'unused-column', value: 'once' }],
    },
    {
      name: 'a yearly bill every 2 months',
      text: 'name,kind,amount,due_date,schedule,every\nX,other,1,2026-03-10,yearly,2',
      expected: [{ row: 2, field: 'every', reason: 'unused-column', value: 'yearly' }],
    },
    {
      name: 'last_day neither yes nor no',
      text: 'name,kind,amount,due_date,last_day\nX,other,1,2026-03-31,maybe',
      expected: [{ row: 2, field: 'last_day', reason: 'last-day-invalid', value: 'maybe' }],
    },
    {
      name: 'every 13 months',
      text: 'name,kind,amount,due_date,every\nX,other,1,2026-03-10,13',
      expected: [{ row: 2, field: 'every', reason: 'every-invalid', value: '13' }],
    },
    {
      name: 'an end date before the first due date',
      text: 'name,kind,amount,due_date,until\nX,other,1,2026-03-10,2026-03-09',
      expected: [{ row: 2, field: 'until', reason: 'until-before-first' }],
    },
    {
      name: 'a count and an end date',
      text: 'name,kind,amount,due_date,months,until\nX,other,1,2026-03-10,3,2026-12-31',
      expected: [{ row: 2, field: 'until', reason: 'end-both' }],
    },
    {
      name: '期数 beside months on a bill',
      text: 'name,kind,amount,due_date,months,期数\nX,other,1,2026-03-10,3,3',
      expected: [{ row: 2, field: 'term', reason: 'unused-column', value: 'bill' }],
    },
    {
      name: '期数 out of range on a bill: named on its own column',
      text: '名称,类型,金额,到期日,期数\nX,other,1,2026-03-10,601',
      expected: [{ row: 2, field: 'term', reason: 'months-invalid', value: '601' }],
    },
    {
      name: '还款日 not the due date’s day on a bill',
      text: '名称,类型,金额,到期日,还款日\nX,other,1,2026-03-10,12',
      expected: [{ row: 2, field: 'due_days', reason: 'due-day-mismatch', value: '12' }],
    },
  ])('$name', ({ text, expected }) => {
    expect(errors(text)).toEqual(expected.map((e) => expect.objectContaining(e)));
  });

  it.each([
    {
      name: 'a loans-only file needs no amount column',
      text: 'name,kind,principal,loan_rate,rate_basis,term,start_date,due_date\nX,loan,1,0.1,annual,1,2026-01-01,2026-02-01',
      ok: true,
    },
    { name: 'a statements-only file needs no date column', text: 'name,kind,amount,statement_day\nX,huabei,1,1', ok: true },
    { name: 'neither amount nor principal', text: 'name,kind,due_date\nX,other,2026-03-10', ok: false },
  ])('header: $name', ({ text, ok }) => {
    expect(parseDebtsCsv(text, TODAY).ok).toBe(ok);
  });

  it('names every bad row of a mixed file and imports none of it', () => {
    const text = [
      'name,kind,amount,due_date,statement_day,due_days,minimum,principal,loan_rate,rate_basis,term,start_date',
      'Good bill,other,1,2026-03-10,,,,,,,,',
      'Card,credit-card,100,,5,20,500,,,,,',
      'Loan,jiebei,,2026-03-25,,,,1000,abc,daily,0,2026-02-25',
      'Good loan,jiebei,,2026-03-25,,,,1000,0.04,daily,12,2026-02-25',
    ].join('\n');
    expect(parseDebtsCsv(text, TODAY)).toEqual({
      ok: false,
      errors: [
        { row: 3, field: 'minimum', reason: 'minimum-over-amount' },
        { row: 4, field: 'loan_rate', reason: 'loan-rate-invalid', value: 'abc' },
        { row: 4, field: 'term', reason: 'term-invalid', value: '0', params: { min: 1, max: 360 } },
      ],
    });
  });
});

describe('serializeDebtsCsv round-trips each billing', () => {
  const base = { currency: 'CNY', note: '' };
  const bills: DebtInput[] = [
    { ...base, name: 'Yearly', kind: 'other', amount: 120_000, recurrence: { type: 'yearly', firstDue: '2026-05-20' as Day, count: 3 } },
    {
      ...base,
      name: 'Every 3 months',
      kind: 'other',
      amount: 8_000,
      recurrence: { type: 'monthly', firstDue: '2026-03-15' as Day, every: 3, until: '2026-12-31' as Day },
    },
    {
      ...base,
      name: 'Rent',
      kind: 'other',
      amount: 300_000,
      recurrence: { type: 'monthly', firstDue: '2026-02-28' as Day, lastDay: true, every: 2 },
      graceDays: 0,
    },
    {
      ...base,
      name: 'Yearly until',
      kind: 'other',
      amount: 1,
      recurrence: { type: 'yearly', firstDue: '2026-05-20' as Day, until: '2030-01-01' as Day },
    },
  ];
  // Statement accounts whose latest statement is the cycle current on TODAY, with their kind's preset
  // rule: everything a row holds, so they come back equal.
  const statements: DebtInput[] = [
    {
      ...base,
      name: '招行信用卡',
      kind: 'credit-card',
      billing: 'statement',
      statementDay: 5,
      dueRule: { type: 'offset', days: 20 },
      firstStatement: '2026-02-05' as Day,
      minimumRule: { percentPpm: 100_000, floor: 0 },
      interestOn: 'whole',
      statements: [{ statementDate: '2026-02-05' as Day, amount: 500_000, minimum: 50_000 }],
      graceDays: 3,
      dailyRatePpm: 500,
    },
    {
      ...base,
      name: '花呗',
      kind: 'huabei',
      billing: 'statement',
      statementDay: 1,
      dueRule: { type: 'fixed', day: 10 },
      firstStatement: '2026-03-01' as Day,
      minimumRule: { percentPpm: 100_000, floor: 0 },
      interestOn: 'unpaid',
      statements: [{ statementDate: '2026-03-01' as Day, amount: 123_456 }],
    },
    {
      ...base,
      name: 'Meituan',
      kind: 'meituan',
      billing: 'statement',
      statementDay: 28,
      dueRule: { type: 'fixed', day: 8 },
      firstStatement: '2026-02-28' as Day,
      minimumRule: null,
      interestOn: 'whole',
      statements: [{ statementDate: '2026-02-28' as Day, amount: 0, minimum: 0 }],
    },
  ];
  const loan = (changes: Partial<Extract<DebtInput, { billing: 'loan' }>>): DebtInput => ({
    ...base,
    name: '借呗',
    kind: 'jiebei',
    billing: 'loan',
    principal: 1_000_000,
    rate: { basis: 'daily', ppm: 400 },
    term: 12,
    startDate: '2026-02-25' as Day,
    firstDue: '2026-03-25' as Day,
    method: 'equal-payment',
    feePerPeriodPpm: 0,
    prepayments: [],
    lender: 'licensed',
    ...changes,
  });
  const loans: DebtInput[] = [
    loan({}),
    loan({ method: 'interest-only-then-equal' }),
    loan({
      name: 'Baitiao 分期',
      kind: 'baitiao',
      rate: { basis: 'annual', ppm: 0 },
      term: 6,
      method: 'equal-principal',
      feePerPeriodPpm: 6_000,
    }),
    loan({
      name: 'Friend',
      kind: 'loan',
      rate: { basis: 'annual', ppm: 95_000 },
      term: 24,
      method: 'interest-only',
      lender: 'private',
      note: 'IOU',
    }),
  ];

  it.each([
    { name: 'bills: yearly, every N months, on the last day, with an end', debts: bills },
    { name: 'statement accounts: offset and fixed due rules, with and without a minimum', debts: statements },
    { name: 'loans: each method, daily and annual rates, a fee, a private lender', debts: loans },
    { name: 'all three in one file', debts: [...bills, ...statements, ...loans] },
  ])('$name', ({ debts }) => {
    expect(rows(serializeDebtsCsv(debts))).toEqual(debts);
  });

  it('writes only the columns of each billing', () => {
    const [, bill, statement, loanRow] = serializeDebtsCsv([bills[1]!, statements[0]!, loans[2]!]).split('\r\n');
    const cells = (line: string) => {
      const values = line.split(',');
      return Object.fromEntries(
        'name,kind,amount,due_date,currency,note,due_day,months,grace_days,penalty_rate,billing,schedule,every,last_day,until,statement_day,due_rule,due_days,minimum,minimum_percent,minimum_floor,principal,loan_rate,rate_basis,term,start_date,method,fee,lender'
          .split(',')
          .map((column, i) => [column, values[i]])
          .filter(([, value]) => value !== ''),
      );
    };
    expect(cells(bill!)).toEqual({
      name: 'Every 3 months',
      kind: 'other',
      amount: '80.00',
      due_date: '2026-03-15',
      currency: 'CNY',
      due_day: '15',
      billing: 'bill',
      schedule: 'monthly',
      every: '3',
      until: '2026-12-31',
    });
    expect(cells(statement!)).toEqual({
      name: '招行信用卡',
      kind: 'credit-card',
      amount: '5000.00',
      currency: 'CNY',
      grace_days: '3',
      penalty_rate: '0.05',
      billing: 'statement',
      statement_day: '5',
      due_rule: 'offset',
      due_days: '20',
      minimum: '500.00',
      minimum_percent: '10',
    });
    expect(cells(loanRow!)).toEqual({
      name: 'Baitiao 分期',
      kind: 'baitiao',
      due_date: '2026-03-25',
      currency: 'CNY',
      billing: 'loan',
      principal: '10000.00',
      loan_rate: '0',
      rate_basis: 'annual',
      term: '6',
      start_date: '2026-02-25',
      method: 'equal-principal',
      fee: '0.6',
      lender: 'licensed',
    });
  });

  it('exports a statement account’s latest statement only, which comes back in the cycle current on the import day', () => {
    const older = {
      ...statements[0]!,
      firstStatement: '2025-12-05' as Day,
      statements: [
        { statementDate: '2025-12-05' as Day, amount: 100_000 },
        { statementDate: '2026-01-05' as Day, amount: 200_000, minimum: 20_000 },
      ],
    } as DebtInput;
    const [back] = rows(serializeDebtsCsv([older]));
    expect(back).toMatchObject({
      firstStatement: '2026-02-05',
      statements: [{ statementDate: '2026-02-05', amount: 200_000, minimum: 20_000 }],
    });
  });

  it.each([
    {
      name: 'a loan’s prepayments',
      debt: loan({ prepayments: [{ date: '2026-06-01' as Day, amount: 100_000 }] }),
      back: loan({}),
    },
    {
      name: 'a bill’s skipped and postponed occurrences',
      debt: {
        ...bills[1]!,
        recurrence: {
          type: 'monthly',
          firstDue: '2026-03-15',
          every: 3,
          until: '2026-12-31',
          changes: [{ due: '2026-06-15', action: 'skip' }],
        },
      } as DebtInput,
      back: bills[1]!,
    },
  ])('leaves out what a row cannot hold: $name', ({ debt, back }) => {
    expect(rows(serializeDebtsCsv([debt]))).toEqual([back]);
  });
});

describe('docs/csv-format.md', () => {
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/csv-format.md'), 'utf8');
  const examples = [...doc.matchAll(/```csv\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('has examples of each billing', () => {
    const billings = examples.flatMap((text) => rows(text).map((r) => r.billing ?? 'bill'));
    expect(new Set(billings)).toEqual(new Set(['bill', 'statement', 'loan']));
  });

  it.each(examples.map((text, i) => ({ i, text })))('example $i imports', ({ text }) => {
    expect(parseDebtsCsv(text, TODAY)).toMatchObject({ ok: true });
  });
});
