/**
 * The debts CSV file: what a user types in a spreadsheet, imported all or nothing, and exported in
 * the same shape so that export → import round-trips. `docs/csv-format.md` is the specification.
 *
 * Problems are returned as ids (`reason`) with the row and column, never as sentences: the options
 * page words them in the user's language: a field's problem as the debt form does (`fieldErrorKey`),
 * a problem of the file's shape as `options_csv_reason_<reason>`.
 */
import Papa from 'papaparse';
import * as v from 'valibot';
import { MAX_IMPORT } from '../domain/command-schemas';
import type { DebtInput } from '../domain/commands';
import { nextDueDay } from '../domain/day';
import { readDebtFields, type DebtTextField } from '../domain/debt-fields';
import { isProblem, parseDate, parseDayOfMonth, type FieldProblem, type FieldReason } from '../domain/fields';
import { DebtSchema, type Day } from '../domain/model';
import { formatMoneyPlain } from '../domain/money';
import { formatPpmPercent } from '../domain/rate';
import { parseKind } from './kind-names';

/** The columns, by their canonical (export) name. */
export const CSV_COLUMNS = [
  'name',
  'kind',
  'amount',
  'due_date',
  'currency',
  'note',
  'due_day',
  'months',
  'grace_days',
  'penalty_rate',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'kind', 'amount'];

/**
 * Header names accepted for each column, compared after trimming, lower-casing and turning spaces
 * and hyphens into underscores. The Chinese names are what a user of a Chinese spreadsheet writes.
 */
export const COLUMN_ALIASES: Readonly<Record<CsvColumn, readonly string[]>> = {
  name: ['name', '名称', '名字', '账单名称'],
  kind: ['kind', 'type', '类型', '种类'],
  amount: ['amount', '金额', '应还金额'],
  due_date: ['due_date', 'due', 'date', '到期日', '到期日期', '还款日期'],
  currency: ['currency', '币种', '货币'],
  note: ['note', 'notes', '备注'],
  due_day: ['due_day', 'day_of_month', '每月还款日', '还款日'],
  months: ['months', 'count', '期数', '月数'],
  grace_days: ['grace_days', 'grace', '宽限天数', '宽限期'],
  penalty_rate: ['penalty_rate', 'daily_penalty', '日罚息率', '罚息率'],
};

/** Why a file or row is refused, besides a field's own problems (FieldReason); words in `options_csv_reason_<id>`. */
export const CSV_REASONS = [
  'empty-file',
  'no-rows',
  /** More debts than one import takes (MAX_IMPORT); `value` is how many the file has. */
  'too-many-rows',
  'missing-column',
  'unknown-column',
  'duplicate-column',
  'bad-quotes',
  'extra-fields',
  /** Neither a due date nor a monthly due day. */
  'due-missing',
  /** The due day is not the day of the due date given. */
  'due-day-mismatch',
  /** A value the model refuses for a reason the checks above do not name (kept for safety). */
  'invalid',
] as const;
export type CsvReason = (typeof CSV_REASONS)[number] | FieldReason;

/**
 * One problem: `row` counts records from 1 (the header; problems of the whole file are on row 1);
 * `value` is the offending text, when useful; `params` the limits a field's problem names (`max`).
 */
export interface CsvError {
  row: number;
  field?: CsvColumn;
  reason: CsvReason;
  value?: string;
  params?: FieldProblem['params'];
}

/** A field's problem on its column. */
function fieldError(row: number, field: CsvColumn, { reason, params = {} }: FieldProblem): CsvError {
  const { value, ...limits } = params;
  return {
    row,
    field,
    reason,
    ...(value !== undefined ? { value: String(value) } : {}),
    ...(Object.keys(limits).length ? { params: limits } : {}),
  };
}

export type CsvParse = { ok: true; rows: DebtInput[] } | { ok: false; errors: CsvError[] };

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

/**
 * The text of a CSV file's bytes. UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's
 * "Unicode text"), and otherwise GBK, which Excel writes on Chinese Windows: bytes that are not valid
 * UTF-8 are read as GBK (a superset of GB2312).
 *
 * @example decodeCsvBytes(new Uint8Array([0xbb, 0xa8, 0xdf, 0xc2])) // { text: '花呗', encoding: 'gbk' }
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk' };
  }
}

const normalizeHeader = (h: string): string =>
  h
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const HEADER_LOOKUP = new Map<string, CsvColumn>(
  CSV_COLUMNS.flatMap((column) => COLUMN_ALIASES[column].map((alias) => [normalizeHeader(alias), column] as const)),
);

/** Which column each header cell names, or the header's problems. */
function readHeader(cells: string[]): { columns: (CsvColumn | null)[]; errors: CsvError[] } {
  const errors: CsvError[] = [];
  const seen = new Set<CsvColumn>();
  const columns = cells.map((cell) => {
    if (cell.trim() === '') return null;
    const column = HEADER_LOOKUP.get(normalizeHeader(cell)) ?? null;
    if (!column) errors.push({ row: 1, reason: 'unknown-column', value: cell.trim() });
    else if (seen.has(column)) {
      errors.push({ row: 1, field: column, reason: 'duplicate-column', value: cell.trim() });
      return null;
    }
    if (column) seen.add(column);
    return column;
  });
  for (const column of REQUIRED_COLUMNS) if (!seen.has(column)) errors.push({ row: 1, field: column, reason: 'missing-column' });
  if (!seen.has('due_date') && !seen.has('due_day')) errors.push({ row: 1, field: 'due_date', reason: 'missing-column' });
  return { columns, errors };
}

/** Excel-safe export prefixes a `'` to cells starting like a formula; import takes it off again. */
const FORMULA_ESCAPED = /^'(?=[=+\-@\t\r])/;

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  人民币: 'CNY',
  rmb: 'CNY',
  '¥': 'CNY',
  元: 'CNY',
  美元: 'USD',
  $: 'USD',
  港币: 'HKD',
  港元: 'HKD',
};

/** A currency as spreadsheets name it (人民币, ¥, 美元) as its code; other text as it is, for the field's parser. */
const currencyCode = (text: string) => CURRENCY_NAMES[text.normalize('NFKC').trim().toLowerCase()] ?? text;

/** The debt form's field that each column feeds (`readDebtFields`); a problem there is reported on its column. */
const COLUMN_OF: Readonly<Record<DebtTextField, CsvColumn>> = {
  name: 'name',
  kind: 'kind',
  amount: 'amount',
  currency: 'currency',
  due: 'due_date',
  months: 'months',
  graceDays: 'grace_days',
  rate: 'penalty_rate',
  note: 'note',
};

const DebtInputSchema = v.omit(DebtSchema, ['id', 'createdAt']);

type Cells = Partial<Record<CsvColumn, string>>;

/**
 * One data record as a DebtInput, or its problems. The fields are read by the debt form's reader; the
 * columns only a file has (`due_day`, a monthly bill's day instead of its first date) are read here.
 */
function readRow(cells: Cells, row: number, today: Day, defaultCurrency: string): DebtInput | CsvError[] {
  const errors: CsvError[] = [];
  const text = (c: CsvColumn) => (cells[c] ?? '').trim();

  const dueDayText = text('due_day');
  const dueDay = dueDayText ? parseDayOfMonth(dueDayText) : null;
  if (isProblem(dueDay)) errors.push(fieldError(row, 'due_day', dueDay));
  const dateText = text('due_date');
  if (!dateText && !dueDayText) errors.push({ row, field: 'due_date', reason: 'due-missing' });
  const day = typeof dueDay === 'number' ? dueDay : null;

  const read = readDebtFields(
    {
      name: text('name'),
      kind: text('kind'),
      amount: text('amount'),
      currency: text('currency') ? currencyCode(text('currency')) : defaultCurrency,
      monthly: dueDayText !== '' || text('months') !== '',
      due: dateText || (day !== null ? nextDueDay(today, day) : ''),
      months: text('months'),
      graceDays: text('grace_days'),
      rate: text('penalty_rate'),
      note: text('note'),
    },
    parseKind,
  );
  if (!read.ok)
    for (const [field, problem] of Object.entries(read.errors) as [DebtTextField, FieldProblem][])
      if (!(field === 'due' && !dateText && !dueDayText)) errors.push(fieldError(row, COLUMN_OF[field], problem));
  const due = dateText ? parseDate(dateText) : null;
  if (typeof due === 'string' && day !== null && Number(due.slice(8)) !== day)
    errors.push({ row, field: 'due_day', reason: 'due-day-mismatch', value: dueDayText });
  if (errors.length || !read.ok) return errors;
  // The reader's checks mirror the model's; this keeps the two from drifting apart silently.
  const checked = v.safeParse(DebtInputSchema, read.value);
  return checked.success ? checked.output : checked.issues.map((issue) => ({ row, reason: 'invalid' as const, value: issue.message }));
}

const isBlank = (record: string[]): boolean => record.every((cell) => cell.trim() === '');

/**
 * Reads a debts CSV (already decoded text): every data row as a DebtInput, or, if any row is bad,
 * no rows and every problem, each with its row number (row 1 is the header). Blank lines are skipped
 * but still counted, so numbers match what a spreadsheet shows. A file of more than MAX_IMPORT debts
 * (what one importDebts command takes) is refused whole as `too-many-rows` before its rows are read.
 * `today` decides the first due date of a monthly bill given only its `due_day`; `defaultCurrency`
 * fills an empty `currency`.
 *
 * @example parseDebtsCsv('name,kind,amount,due_date\n花呗,花呗,"1,234.56",2026-03-10', today)
 *   // { ok: true, rows: [{ name: '花呗', kind: 'huabei', amount: 123456, recurrence: { type: 'once', dueDate: '2026-03-10' }, … }] }
 */
export function parseDebtsCsv(text: string, today: Day, defaultCurrency = 'CNY'): CsvParse {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimitersToGuess: [',', '\t', ';'] });
  const records = parsed.data;
  if (records.length === 0 || isBlank(records[0] ?? [])) return { ok: false, errors: [{ row: 1, reason: 'empty-file' }] };

  const errors: CsvError[] = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => ({ row: (e.row ?? 0) + 1, reason: 'bad-quotes' as const }));
  const header = readHeader(records[0]!);
  errors.push(...header.errors);
  // Without a required column no row can be read; an unknown or repeated column still lets every row
  // be checked, so one pass over the file names all its problems.
  if (header.errors.some((e) => e.reason === 'missing-column')) return { ok: false, errors };
  // The background refuses an import of more than MAX_IMPORT debts: say so now, before reading rows
  // that could never be stored.
  const count = records.slice(1).filter((record) => !isBlank(record)).length;
  if (count > MAX_IMPORT)
    return {
      ok: false,
      errors: [...errors, { row: 1, reason: 'too-many-rows' as const, value: String(count) }].sort((a, b) => a.row - b.row),
    };

  const rows: DebtInput[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (isBlank(record)) return;
    if (record.slice(header.columns.length).some((cell) => cell.trim() !== '')) {
      errors.push({ row, reason: 'extra-fields' });
      return;
    }
    const cells: Cells = {};
    header.columns.forEach((column, c) => {
      if (column) cells[column] = (record[c] ?? '').replace(FORMULA_ESCAPED, '');
    });
    const result = readRow(cells, row, today, defaultCurrency);
    if (Array.isArray(result)) errors.push(...result);
    else rows.push(result);
  });
  if (errors.length === 0 && rows.length === 0) errors.push({ row: 1, reason: 'no-rows' });
  errors.sort((a, b) => a.row - b.row);
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}

/** The cells of one debt in CSV_COLUMNS order. */
function debtCells(debt: DebtInput): string[] {
  const r = debt.recurrence;
  const due = r.type === 'once' ? r.dueDate : r.firstDue;
  const cells: Record<CsvColumn, string> = {
    name: debt.name,
    kind: debt.kind,
    amount: formatMoneyPlain(debt.amount),
    due_date: due,
    currency: debt.currency,
    note: debt.note,
    due_day: r.type === 'monthly' ? String(Number(r.firstDue.slice(8))) : '',
    months: r.type === 'monthly' && r.count !== undefined ? String(r.count) : '',
    grace_days: debt.graceDays !== undefined ? String(debt.graceDays) : '',
    penalty_rate: debt.dailyRatePpm !== undefined ? formatPpmPercent(debt.dailyRatePpm) : '',
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/**
 * The debts as a CSV file in the import format (canonical English headers, CRLF, fields quoted when
 * needed, cells that would start a spreadsheet formula prefixed with `'`), so that importing the
 * export gives the same debts back. Prepend a BOM when writing it to a file for Excel.
 *
 * @example serializeDebtsCsv([debt]) // 'name,kind,amount,due_date,…\r\n花呗 3月,huabei,1234.56,2026-03-10,CNY,,,,,0.05'
 */
export function serializeDebtsCsv(debts: readonly DebtInput[]): string {
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: debts.map(debtCells) }, { newline: '\r\n', escapeFormulae: true });
}
