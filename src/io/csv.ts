/**
 * The debts CSV file: what a user types in a spreadsheet, imported all or nothing, and exported in
 * the same shape so that export → import round-trips. One row per debt, of any billing: a bill, a
 * statement account or a loan (given by `billing`, else by which columns are filled), each using its
 * own columns. `docs/csv-format.md` is the specification.
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
import {
  BILLINGS,
  EMPTY_DEBT_TEXTS,
  readDebtFields,
  type Billing,
  type BillSchedule,
  type DebtTextField,
  type DebtTexts,
} from '../domain/debt-fields';
import { isProblem, parseDate, parseDayOfMonth, parseWhole, type FieldProblem, type FieldReason } from '../domain/fields';
import { LOAN_METHODS, type LoanMethod } from '../domain/loan';
import { DEBT_KINDS, DebtInputSchema, type Day, type DebtKind } from '../domain/model';
import { formatMoneyPlain } from '../domain/money';
import { formatPpmPercent } from '../domain/rate';
import { STATEMENT_PRESETS } from '../domain/statement';
import { parseKind } from './kind-names';

/**
 * The columns, by their canonical (export) name: the ten of the first format, then those of
 * recurring bills, statement accounts and loans (schema v4). A row uses the columns of its billing.
 */
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
  'billing',
  'schedule',
  'every',
  'last_day',
  'until',
  'statement_day',
  'due_rule',
  'due_days',
  'minimum',
  'minimum_percent',
  'minimum_floor',
  'principal',
  'loan_rate',
  'rate_basis',
  'term',
  'start_date',
  'method',
  'fee',
  'lender',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
/** Columns every file needs; besides them, `amount` or `principal`, and a column that says when (see `readHeader`). */
export const REQUIRED_COLUMNS: readonly CsvColumn[] = ['name', 'kind'];

/**
 * Header names accepted for each column, compared after trimming, lower-casing and turning spaces
 * and hyphens into underscores. The Chinese names are what a user of a Chinese spreadsheet writes.
 * 类型 names the kind (as it always has), so `billing` goes by 账户类型; 还款日 and 期数 name a
 * statement account's due days and a loan's term, and on a bill's row still read as its due day and
 * number of payments (`billTexts`), as they did before those columns existed.
 */
export const COLUMN_ALIASES: Readonly<Record<CsvColumn, readonly string[]>> = {
  name: ['name', '名称', '名字', '账单名称'],
  kind: ['kind', 'type', '类型', '种类'],
  amount: ['amount', '金额', '应还金额', '本期应还', '本期应还金额'],
  due_date: ['due_date', 'due', 'date', 'first_due', '到期日', '到期日期', '还款日期', '首期还款日'],
  currency: ['currency', '币种', '货币'],
  note: ['note', 'notes', '备注'],
  due_day: ['due_day', 'day_of_month', '每月还款日'],
  months: ['months', 'count', '月数', '次数'],
  grace_days: ['grace_days', 'grace', '宽限天数', '宽限期'],
  penalty_rate: ['penalty_rate', 'daily_penalty', '日罚息率', '罚息率'],
  billing: ['billing', '账户类型', '计费方式'],
  schedule: ['schedule', 'repeat', '周期', '重复'],
  every: ['every', 'every_months', '每隔月数', '间隔月数'],
  last_day: ['last_day', 'month_end', '月末'],
  until: ['until', 'end_date', '结束日期', '截止日期'],
  statement_day: ['statement_day', '账单日'],
  due_rule: ['due_rule', '还款日规则'],
  due_days: ['due_days', '还款日'],
  minimum: ['minimum', 'minimum_payment', '最低还款额', '最低还款'],
  minimum_percent: ['minimum_percent', '最低还款比例'],
  minimum_floor: ['minimum_floor', '最低还款下限'],
  principal: ['principal', '本金', '借款金额', '贷款金额'],
  loan_rate: ['loan_rate', 'interest_rate', '利率'],
  rate_basis: ['rate_basis', '计息方式'],
  term: ['term', '期数', '总期数', '分期期数'],
  start_date: ['start_date', '放款日', '放款日期', '借款日期'],
  method: ['method', 'repayment_method', '还款方式'],
  fee: ['fee', 'fee_per_period', '每期手续费', '手续费'],
  lender: ['lender', '出借方'],
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
  /** `billing` is not bill, statement or loan (or their Chinese names). */
  'billing-unknown',
  /** No `billing`, and the row has both a statement day and a principal. */
  'billing-ambiguous',
  /** A value in a column the row's billing (or a bill's schedule) does not use; `value` is the billing or schedule. */
  'unused-column',
  /** `schedule` is not once, monthly or yearly. */
  'schedule-unknown',
  /** `last_day` is not yes or no. */
  'last-day-invalid',
  /** A statement account with neither a statement day nor a due date to take its terms from. */
  'statement-day-missing',
  /** `due_rule` is not offset or fixed. */
  'due-rule-unknown',
  /** A loan without `rate_basis`: a rate of 0.04 means very different things per day and per year. */
  'rate-basis-missing',
  'rate-basis-unknown',
  /** `lender` is not licensed or private. */
  'lender-unknown',
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

/** A field's problem on its column (the row is added by the row's reader). */
function fieldError(field: CsvColumn, { reason, params = {} }: FieldProblem): Omit<CsvError, 'row'> {
  const { value, ...limits } = params;
  return {
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
  // A bill or a statement account has an amount, a loan a principal; each needs a column saying when it falls due.
  if (!seen.has('amount') && !seen.has('principal')) errors.push({ row: 1, field: 'amount', reason: 'missing-column' });
  if (!(['due_date', 'due_day', 'due_days', 'statement_day'] as const).some((column) => seen.has(column)))
    errors.push({ row: 1, field: 'due_date', reason: 'missing-column' });
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

/** The column each of the debt form's fields is read from (`readDebtFields`); a problem there is reported on it. */
const COLUMN_OF: Readonly<Record<DebtTextField, CsvColumn>> = {
  name: 'name',
  kind: 'kind',
  amount: 'amount',
  currency: 'currency',
  due: 'due_date',
  every: 'every',
  months: 'months',
  until: 'until',
  statementDay: 'statement_day',
  dueDays: 'due_days',
  minimum: 'minimum',
  minimumPercent: 'minimum_percent',
  minimumFloor: 'minimum_floor',
  principal: 'principal',
  loanRate: 'loan_rate',
  term: 'term',
  startDate: 'start_date',
  method: 'method',
  fee: 'fee',
  graceDays: 'grace_days',
  rate: 'penalty_rate',
  note: 'note',
};

/** The columns only one billing reads; a value in one of them on another billing's row is refused (`unused-column`), never dropped. */
const BILLING_COLUMNS: Readonly<Record<Billing, readonly CsvColumn[]>> = {
  bill: ['due_day', 'months', 'schedule', 'every', 'last_day', 'until'],
  statement: ['statement_day', 'due_rule', 'due_days', 'minimum', 'minimum_percent', 'minimum_floor'],
  loan: ['principal', 'loan_rate', 'rate_basis', 'term', 'start_date', 'method', 'fee', 'lender'],
};

/** Case, width, spaces and punctuation do not matter when a choice is looked up by name. */
const normalizeName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-(),，、。.:：]+/g, '');

/** A reader of one choice: its ids and the other names each goes by (English and Chinese). */
function choiceReader<T extends string>(names: Readonly<Record<T, readonly string[]>>): (text: string) => T | null {
  const lookup = new Map<string, T>();
  for (const [id, others] of Object.entries(names) as [T, readonly string[]][])
    for (const name of [id, ...others]) lookup.set(normalizeName(name), id);
  return (text) => lookup.get(normalizeName(text)) ?? null;
}

const readBilling = choiceReader<Billing>({
  bill: ['固定账单', '普通账单', '固定金额'],
  statement: ['信用账户', '账单日账户'],
  loan: ['贷款', '分期贷款', '借款'],
});
const readSchedule = choiceReader<BillSchedule>({
  once: ['one-off', '一次', '一次性', '单次'],
  monthly: ['每月', '按月'],
  yearly: ['annual', 'annually', '每年', '按年'],
});
const readYesNo = choiceReader<'yes' | 'no'>({ yes: ['y', 'true', '1', '是', '对'], no: ['n', 'false', '0', '否', '不'] });
const readDueRule = choiceReader<DebtTexts['dueRule']>({ offset: ['账单日后', '天数'], fixed: ['固定', '固定日', '每月固定'] });
const readRateBasis = choiceReader<DebtTexts['rateBasis']>({
  daily: ['day', 'per day', '日', '天', '按日', '每日', '日利率'],
  annual: ['year', 'per year', 'yearly', '年', '按年', '每年', '年利率', '年化'],
});
const readLender = choiceReader<DebtTexts['lender']>({
  licensed: ['持牌', '持牌机构', '金融机构', '银行'],
  private: ['民间', '民间借贷', '个人'],
});
/** The repayment methods by id and by the names lenders and DueGuard's Chinese texts give them. */
const readMethod = choiceReader<LoanMethod>({
  'equal-payment': ['等额本息', '等额还款'],
  'equal-principal': ['等额本金'],
  'interest-only': ['先息后本', '按月付息到期还本', '按月付息，到期还本', '先息后本（按月付息，到期还本）'],
  'interest-only-then-equal': ['前6期付息后6期等额', '前6期只还利息后6期等额', '前6期只还利息，后6期等额（借呗）', '先息后本6+6', '6+6'],
} satisfies Record<(typeof LOAN_METHODS)[number], readonly string[]>);

type Cells = Partial<Record<CsvColumn, string>>;
type Text = (column: CsvColumn) => string;

/** A choice column's value: its id, `fallback` when the cell is empty, or null after reporting `reason` on the column. */
function choiceOf<T extends string>(
  text: Text,
  column: CsvColumn,
  read: (text: string) => T | null,
  fallback: T,
  reason: CsvReason,
  err: (e: Omit<CsvError, 'row'>) => void,
): T | null {
  const cell = text(column);
  if (!cell) return fallback;
  const id = read(cell);
  if (id === null) err({ field: column, reason, value: cell });
  return id;
}

/** The fields of one billing's row for `readDebtFields`, where each field's problem goes, and what the row adds. */
interface RowTexts {
  texts: Partial<DebtTexts>;
  /** Fields read from another column than COLUMN_OF's. */
  columns?: Partial<Record<DebtTextField, CsvColumn>>;
  /** A bill with neither a due date nor a due day: reported here as `due-missing`, not by the reader. */
  dueMissing?: boolean;
  /** A monthly bill on the last day every N months: a pair the form does not offer, read here. */
  lastDayEvery?: string;
}

/**
 * A bill's row. `due_day` (a monthly bill's day, instead of or beside its first date) is checked here;
 * 还款日 (`due_days`) and 期数 (`term`) stand for `due_day` and `months` when those are empty.
 * Without a `schedule`, a due day or any end or repeat makes the bill monthly, else it is due once.
 */
function billTexts(text: Text, today: Day, err: (e: Omit<CsvError, 'row'>) => void): RowTexts | null {
  const dueDayColumn: CsvColumn = !text('due_day') && text('due_days') ? 'due_days' : 'due_day';
  const monthsColumn: CsvColumn = !text('months') && text('term') ? 'term' : 'months';
  const dueDayText = text(dueDayColumn);
  const lastDayText = text('last_day');
  const lastDay = lastDayText ? readYesNo(lastDayText) : 'no';
  if (lastDay === null) err({ field: 'last_day', reason: 'last-day-invalid', value: lastDayText });
  const repeats = [dueDayText, text(monthsColumn), text('every'), text('until')].some(Boolean) || lastDay === 'yes';
  const schedule = choiceOf(text, 'schedule', readSchedule, repeats ? 'monthly' : 'once', 'schedule-unknown', err);
  if (schedule === null || lastDay === null) return null;
  const unusedBy: Record<BillSchedule, CsvColumn[]> = {
    once: [dueDayColumn, monthsColumn, 'every', 'last_day', 'until'],
    monthly: [],
    yearly: [dueDayColumn, 'every', 'last_day'],
  };
  // `last_day` no says nothing a one-off or yearly bill does not already say.
  for (const column of unusedBy[schedule])
    if (text(column) && !(column === 'last_day' && lastDay === 'no')) err({ field: column, reason: 'unused-column', value: schedule });

  const dueDay = dueDayText && schedule === 'monthly' ? parseDayOfMonth(dueDayText) : null;
  if (isProblem(dueDay)) err(fieldError(dueDayColumn, dueDay));
  const day = typeof dueDay === 'number' ? dueDay : null;
  const dateText = text('due_date');
  const dueMissing = !dateText && !dueDayText;
  if (dueMissing) err({ field: 'due_date', reason: 'due-missing' });
  const due = dateText ? parseDate(dateText) : null;
  if (typeof due === 'string' && day !== null && Number(due.slice(8)) !== day)
    err({ field: dueDayColumn, reason: 'due-day-mismatch', value: dueDayText });
  return {
    texts: {
      billing: 'bill',
      amount: text('amount'),
      schedule,
      due: dateText || (day !== null ? nextDueDay(today, day) : ''),
      every: lastDay === 'yes' ? '' : text('every'),
      lastDay: lastDay === 'yes',
      months: text(monthsColumn),
      until: text('until'),
    },
    columns: { months: monthsColumn },
    dueMissing,
    ...(lastDay === 'yes' && text('every') ? { lastDayEvery: text('every') } : {}),
  };
}

/**
 * A statement account's row: the statement day and due rule (with the kind's usual rule when they are
 * left empty), or, without a statement day, a due date to take the kind's usual terms from.
 */
function statementTexts(text: Text, err: (e: Omit<CsvError, 'row'>) => void): RowTexts | null {
  const statementDay = text('statement_day');
  if (!statementDay && (!text('due_date') || text('due_rule') || text('due_days'))) {
    err({ field: 'statement_day', reason: 'statement-day-missing' });
    return null;
  }
  if (statementDay && text('due_date')) err({ field: 'due_date', reason: 'unused-column', value: 'statement' });
  const kindText = text('kind');
  const kind = (DEBT_KINDS as readonly string[]).includes(kindText) ? (kindText as DebtKind) : parseKind(kindText);
  const preset = kind ? STATEMENT_PRESETS[kind]?.dueRule : undefined;
  const dueRule = choiceOf(text, 'due_rule', readDueRule, preset?.type ?? 'offset', 'due-rule-unknown', err);
  if (dueRule === null) return null;
  const presetDays = preset && preset.type === dueRule ? String(preset.type === 'offset' ? preset.days : preset.day) : '';
  return {
    texts: {
      billing: 'statement',
      amount: text('amount'),
      minimum: text('minimum'),
      minimumPercent: text('minimum_percent'),
      minimumFloor: text('minimum_floor'),
      statementDay,
      dueRule,
      dueDays: text('due_days') || presetDays,
      due: statementDay ? '' : text('due_date'),
    },
  };
}

/** A loan's row: `due_date` is its first installment; the rate's basis must be given, the method defaults to 等额本息. */
function loanTexts(text: Text, err: (e: Omit<CsvError, 'row'>) => void): RowTexts | null {
  if (!text('rate_basis')) err({ field: 'rate_basis', reason: 'rate-basis-missing' });
  const rateBasis = choiceOf(text, 'rate_basis', readRateBasis, 'annual', 'rate-basis-unknown', err);
  const lender = choiceOf(text, 'lender', readLender, 'licensed', 'lender-unknown', err);
  if (rateBasis === null || lender === null) return null;
  return {
    texts: {
      billing: 'loan',
      principal: text('principal'),
      loanRate: text('loan_rate'),
      rateBasis,
      term: text('term'),
      startDate: text('start_date'),
      due: text('due_date'),
      // An unknown name is passed on as written, for the reader to refuse as `method-unknown`.
      method: text('method') ? (readMethod(text('method')) ?? text('method')) : 'equal-payment',
      fee: text('fee'),
      lender,
    },
  };
}

/** The row's billing: as written, else a statement account if it has a statement day, a loan if it has a principal, else a bill. */
function billingOf(text: Text, err: (e: Omit<CsvError, 'row'>) => void): Billing | null {
  const written = text('billing');
  if (written) {
    const billing = readBilling(written);
    if (billing === null) err({ field: 'billing', reason: 'billing-unknown', value: written });
    return billing;
  }
  if (text('statement_day') && text('principal')) {
    err({ field: 'billing', reason: 'billing-ambiguous' });
    return null;
  }
  return text('statement_day') ? 'statement' : text('principal') ? 'loan' : 'bill';
}

/**
 * One data record as a DebtInput, or its problems. The fields are read by the debt form's reader;
 * what only a file has (the billing inferred from the columns filled, `due_day`, the names a choice
 * goes by) is read here.
 */
function readRow(cells: Cells, row: number, today: Day, defaultCurrency: string): DebtInput | CsvError[] {
  const errors: CsvError[] = [];
  const err = (e: Omit<CsvError, 'row'>) => void errors.push({ row, ...e });
  const text: Text = (c) => (cells[c] ?? '').trim();

  const billing = billingOf(text, err);
  if (billing === null) return errors;
  // 还款日 and 期数 on a bill's row are its due day and count when those are empty (billTexts).
  const standsIn = (column: CsvColumn) =>
    billing === 'bill' && ((column === 'due_days' && !text('due_day')) || (column === 'term' && !text('months')));
  // A column of another billing, or the amount of a loan, would be dropped: refuse it instead.
  const foreign = BILLINGS.filter((b) => b !== billing)
    .flatMap((b) => BILLING_COLUMNS[b])
    .concat(billing === 'loan' ? ['amount'] : []);
  for (const column of foreign) if (text(column) && !standsIn(column)) err({ field: column, reason: 'unused-column', value: billing });

  const own = billing === 'statement' ? statementTexts(text, err) : billing === 'loan' ? loanTexts(text, err) : billTexts(text, today, err);
  if (!own) return errors;
  const texts: DebtTexts = {
    ...EMPTY_DEBT_TEXTS,
    name: text('name'),
    kind: text('kind'),
    currency: text('currency') ? currencyCode(text('currency')) : defaultCurrency,
    graceDays: text('grace_days'),
    rate: text('penalty_rate'),
    note: text('note'),
    ...own.texts,
  };
  const read = readDebtFields(texts, today, parseKind);
  const columnOf = { ...COLUMN_OF, ...own.columns };
  if (!read.ok)
    for (const [field, problem] of Object.entries(read.errors) as [DebtTextField, FieldProblem][])
      if (!(field === 'due' && own.dueMissing)) err(fieldError(columnOf[field], problem));
  let every: number | null = null;
  if (own.lastDayEvery !== undefined) {
    const parsed = parseWhole(own.lastDayEvery, 1, 12, 'every-invalid');
    if (isProblem(parsed)) err(fieldError('every', parsed));
    else every = parsed;
  }
  if (errors.length || !read.ok) return errors;
  const debt = read.value;
  if (every !== null && every > 1 && debt.billing === undefined && debt.recurrence.type === 'monthly')
    debt.recurrence = { ...debt.recurrence, every };
  // The reader's checks mirror the model's; this keeps the two from drifting apart silently.
  const checked = v.safeParse(DebtInputSchema, debt);
  return checked.success ? checked.output : checked.issues.map((issue) => ({ row, reason: 'invalid' as const, value: issue.message }));
}

const isBlank = (record: string[]): boolean => record.every((cell) => cell.trim() === '');

/**
 * Reads a debts CSV (already decoded text): every data row as a DebtInput, or, if any row is bad,
 * no rows and every problem, each with its row number (row 1 is the header). Blank lines are skipped
 * but still counted, so numbers match what a spreadsheet shows. A file of more than MAX_IMPORT debts
 * (what one importDebts command takes) is refused whole as `too-many-rows` before its rows are read.
 * `today` decides the first due date of a monthly bill given only its `due_day`, and the cycle a
 * statement account's statement is entered in; `defaultCurrency` fills an empty `currency`.
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

const whole = (n: number | undefined) => (n !== undefined ? String(n) : '');

/**
 * The cells a bill uses. Not representable in a row, and so not exported: the skipped and postponed
 * occurrences (`recurrence.changes`); the bill comes back with every scheduled occurrence.
 */
function billCells(debt: Extract<DebtInput, { amount: number; recurrence: unknown }>): Cells {
  const r = debt.recurrence;
  if (r.type === 'once') return { amount: formatMoneyPlain(debt.amount), due_date: r.dueDate, schedule: 'once' };
  return {
    amount: formatMoneyPlain(debt.amount),
    due_date: r.firstDue,
    schedule: r.type,
    due_day: r.type === 'monthly' ? String(Number(r.firstDue.slice(8))) : '',
    months: whole(r.count),
    every: r.type === 'monthly' && (r.every ?? 1) > 1 ? String(r.every) : '',
    last_day: r.type === 'monthly' && r.lastDay ? 'yes' : '',
    until: r.until ?? '',
  };
}

/**
 * The cells of one debt in CSV_COLUMNS order: the common ones and those of its billing, the others
 * empty. A statement account writes its terms, its minimum rule and its latest statement (amount and
 * minimum); the earlier statements and its interest basis are not in the file (on import the basis is
 * the kind's preset, and the statement is placed in the cycle current on the day of the import). A
 * loan writes its terms; its prepayments are not representable in a row and are left out, so a loan
 * with prepayments comes back without them (use the JSON backup to keep them).
 */
function debtCells(debt: DebtInput): string[] {
  const common: Cells = {
    name: debt.name,
    kind: debt.kind,
    currency: debt.currency,
    note: debt.note,
    grace_days: whole(debt.graceDays),
    penalty_rate: debt.dailyRatePpm !== undefined ? formatPpmPercent(debt.dailyRatePpm) : '',
    billing: debt.billing ?? 'bill',
  };
  let own: Cells;
  switch (debt.billing) {
    case 'statement': {
      const latest = debt.statements.reduce((a, b) => (a.statementDate >= b.statementDate ? a : b));
      own = {
        amount: formatMoneyPlain(latest.amount),
        minimum: latest.minimum !== undefined ? formatMoneyPlain(latest.minimum) : '',
        // The account's rule, 0 % for none (an empty cell would read back as the kind's).
        minimum_percent: debt.minimumRule ? formatPpmPercent(debt.minimumRule.percentPpm) : '0',
        minimum_floor: debt.minimumRule?.floor ? formatMoneyPlain(debt.minimumRule.floor) : '',
        statement_day: String(debt.statementDay),
        due_rule: debt.dueRule.type,
        due_days: String(debt.dueRule.type === 'offset' ? debt.dueRule.days : debt.dueRule.day),
      };
      break;
    }
    case 'loan':
      // Prepayments are not representable in CSV: see above.
      own = {
        principal: formatMoneyPlain(debt.principal),
        loan_rate: formatPpmPercent(debt.rate.ppm),
        rate_basis: debt.rate.basis,
        term: String(debt.term),
        start_date: debt.startDate,
        due_date: debt.firstDue,
        method: debt.method,
        fee: debt.feePerPeriodPpm > 0 ? formatPpmPercent(debt.feePerPeriodPpm) : '',
        lender: debt.lender,
      };
      break;
    default:
      own = billCells(debt);
  }
  const cells = { ...common, ...own };
  return CSV_COLUMNS.map((column) => cells[column] ?? '');
}

/**
 * The debts as a CSV file in the import format (canonical English headers, CRLF, fields quoted when
 * needed, cells that would start a spreadsheet formula prefixed with `'`), so that importing the
 * export gives the same debts back. Prepend a BOM when writing it to a file for Excel.
 *
 * @example serializeDebtsCsv([debt]) // 'name,kind,amount,due_date,…\r\n花呗 3月,huabei,1234.56,2026-03-10,CNY,,,,,0.05,bill,once,…'
 */
export function serializeDebtsCsv(debts: readonly DebtInput[]): string {
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: debts.map(debtCells) }, { newline: '\r\n', escapeFormulae: true });
}
