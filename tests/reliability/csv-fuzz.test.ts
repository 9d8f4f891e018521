// Fuzzing the CSV import (src/io/csv.ts) with random and damaged files: it answers with rows or with
// numbered reasons, never throws, and the rows it accepts are ones the background accepts too.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseDebtsCsv, serializeDebtsCsv, type CsvParse } from '../../src/io/csv';
import { COMMAND_INPUT_SCHEMAS, MAX_IMPORT } from '../../src/domain/command-schemas';
import type { DebtInput } from '../../src/domain/commands';
import type { Day, Debt } from '../../src/domain/model';
import { makeData } from '../fixtures/data';
import { debtInput, send, storedData } from '../integration/background-harness';
import { rawStorage, useBackgroundAt } from './faults';
import { badlyEncodedText, mutatedText } from './hostile';

const TODAY = '2026-06-15' as Day;
const inputOf = ({ id: _id, createdAt: _createdAt, ...input }: Debt): DebtInput => input;
/** `count` debts as a CSV export, each with a note of `noteLength` characters. */
const debtsCsv = (count: number, noteLength = 0) =>
  serializeDebtsCsv(
    makeData({ debts: count, plans: 0 }, TODAY).debts.map((d) => ({ ...inputOf(d), note: '备注 note, "quoted"'.padEnd(noteLength, '.') })),
  );
const VALID = debtsCsv(8);

/** Parses `text` and checks the answer's shape; returns it for further checks. */
function checkedParse(text: string): CsvParse {
  const result = parseDebtsCsv(text, TODAY);
  if (result.ok) {
    expect(result.rows.length).toBeGreaterThan(0);
    // What the reader accepts, the background accepts: each row, and their number (at most MAX_IMPORT).
    expect(v.is(COMMAND_INPUT_SCHEMAS.importDebts, { debts: result.rows })).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) {
      expect(Number.isInteger(e.row) && e.row >= 1).toBe(true);
      expect(e.reason).toMatch(/^[a-z-]+$/);
    }
  }
  return result;
}

/** Cells a spreadsheet user (or an attacker) could put in any column. */
const hostileCell = fc.oneof(
  fc.constantFrom(
    '1e309',
    '99999999999999999999',
    '100000000000.01',
    '-0',
    '-1',
    'NaN',
    'Infinity',
    '0x10',
    '１２３',
    '1,2,3',
    '2026-02-30',
    '9999-12-31',
    '0',
    '',
    ' ',
    '"',
    '""',
    "=cmd|' /C calc'!A0",
    '<script>alert(1)</script>',
    '\u0000',
    '\uFFFD',
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** The valid file with one data cell replaced. */
const withHostileCell = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat({ max: 9 }), hostileCell).map(([row, col, cell]) => {
  const lines = VALID.split('\r\n');
  const cells = lines[row]!.split(',');
  cells[col % cells.length] = `"${cell.replaceAll('"', '""')}"`;
  lines[row] = cells.join(',');
  return lines.join('\r\n');
});

describe('CSV import: random and damaged files never throw', { timeout: 60_000 }, () => {
  it('accepts the valid file the fuzzing starts from', () => {
    expect(checkedParse(VALID).ok).toBe(true);
  });

  it.each([
    ['any text', fc.string({ unit: 'binary', maxLength: 500 })],
    [
      'text made of CSV punctuation',
      fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '\t', ';', 'a', '1', '.', ' ', '花'), maxLength: 200 }),
    ],
    ['the valid file cut short, spliced or corrupted', mutatedText(VALID)],
    ['the valid file with a hostile cell (huge numbers, formulas, markup)', withHostileCell],
    ['text decoded from bytes that are not UTF-8', badlyEncodedText],
  ])('%s', (_name, text) => {
    fc.assert(
      fc.property(text, (t) => void checkedParse(t)),
      { numRuns: 300 },
    );
  });

  it('decodes any bytes without throwing, and parses what it decoded', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1000 }), (bytes) => void checkedParse(decodeCsvBytes(bytes).text)),
      { numRuns: 300 },
    );
  });

  it.each(['1e309', '99999999999999999999', '100000000001'])('refuses the amount %s instead of rounding it', (amount) => {
    const result = checkedParse(`name,kind,amount,due_date\nhuge,other,${amount},2026-07-01`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.objectContaining({ row: 2, field: 'amount' })]);
  });

  it(`refuses a file of ${MAX_IMPORT} debts with one bad row at its end, naming that row`, () => {
    const text = `${debtsCsv(MAX_IMPORT - 1, 1000)}\r\nlast,other,-5,2026-07-01`;
    const bad = checkedParse(text);
    expect(!bad.ok && bad.errors.map((e) => e.row)).toEqual([MAX_IMPORT + 1]);
  });

  it('refuses 10 MB of debts up front as too many, with their count', { timeout: 120_000 }, () => {
    const text = `${debtsCsv(24_000, 400)}\r\nlast,other,-5,2026-07-01`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(10 * 2 ** 20);
    expect(checkedParse(text)).toEqual({ ok: false, errors: [{ row: 1, reason: 'too-many-rows', value: '24001' }] });
  });
});

describe('importing what the CSV reader accepted', () => {
  const NOW = new Date(2026, 5, 15, 10, 0).getTime();
  useBackgroundAt(NOW, () => send('addDebt', debtInput({ name: 'kept' }), 'mine'));

  it('imports a valid file all at once', async () => {
    const result = checkedParse(debtsCsv(50, 100));
    expect(result.ok && (await send('importDebts', { debts: result.rows }, 'imp'))).toEqual({ ok: true, value: { count: 50 } });
    expect((await storedData()).debts).toHaveLength(51);
  });

  it(`imports a file of ${MAX_IMPORT} debts, the most the reader and the command take`, async () => {
    const result = checkedParse(debtsCsv(MAX_IMPORT));
    expect(result.ok && (await send('importDebts', { debts: result.rows }, 'imp'))).toEqual({ ok: true, value: { count: MAX_IMPORT } });
    expect((await storedData()).debts).toHaveLength(MAX_IMPORT + 1);
  });

  it(
    'more debts than that, sent to the command directly: refused whole with the reason, nothing stored',
    { timeout: 120_000 },
    async () => {
      const debts = makeData({ debts: 24_000, plans: 0 }, TODAY).debts.map(inputOf);
      const before = await rawStorage();
      const answer = await send('importDebts', { debts });
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'invalid', issues: [expect.stringContaining(`at most ${MAX_IMPORT} debts`)] },
      });
      expect(await rawStorage()).toEqual(before);
    },
  );
});
