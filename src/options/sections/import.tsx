/**
 * #import: debts from a CSV file. Choosing a file only reads it and shows a preview (or every bad
 * row and why); nothing is stored until the user presses Import, and a file with any bad row is
 * refused whole. Format: docs/csv-format.md.
 */
import { useId, useState } from 'preact/hooks';
import { MAX_IMPORT } from '../../domain/command-schemas';
import type { DebtInput } from '../../domain/commands';
import type { Day } from '../../domain/model';
import { nextDueDay } from '../../domain/day';
import { headlineAmount } from '../../domain/schedule';
import {
  CSV_COLUMNS,
  CSV_REASONS,
  decodeCsvBytes,
  parseDebtsCsv,
  serializeDebtsCsv,
  type CsvEncoding,
  type CsvError,
  type CsvParse,
} from '../../io/csv';
import { Button } from '../../ui/button';
import { KindIcon } from '../../ui/kind-icon';
import { Money } from '../../ui/money';
import type { Snapshot } from '../../ui/store';
import { useToday } from '../../ui/today';
import { useCommand } from '../../ui/command';
import { downloadFile } from '../download';
import { PageHeader } from '../page-header';
import { ScheduleText } from './debts';
import { messageKey } from '../../text/message-key';
import { tCount, type Translate } from '../../text/translate';
import { useLocale } from '../../ui/locale';
import { fieldErrorText } from '../../text/field-errors';

interface Chosen {
  name: string;
  encoding: CsvEncoding;
  result: CsvParse;
}

/** Problems of the file as a whole: said without a row number. */
const FILE_REASONS: ReadonlySet<CsvError['reason']> = new Set(['empty-file', 'no-rows', 'too-many-rows']);

/** One problem of a refused file as a sentence: "Row 3, amount: Use at most two decimals (fen)." */
export function csvErrorText(error: CsvError, t: Translate): string {
  const reason = isCsvReason(error.reason)
    ? t(messageKey('options_csv_reason', error.reason), { value: error.value ?? '', max: MAX_IMPORT })
    : fieldErrorText(t, { reason: error.reason, params: { ...error.params, value: error.value ?? '' } });
  if (FILE_REASONS.has(error.reason)) return reason;
  const params = { row: error.row, reason };
  return error.field
    ? t('options_csv_error_field', { ...params, field: t(`options_csv_col_${error.field}`) })
    : t('options_csv_error_row', params);
}

const isCsvReason = (reason: CsvError['reason']): reason is (typeof CSV_REASONS)[number] =>
  (CSV_REASONS as readonly string[]).includes(reason);

export function ImportSection({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useLocale();
  const today = useToday();
  const { send } = useCommand();
  const inputId = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setChosen(null);
    setReadError(null);
    setInputKey((k) => k + 1);
  };

  const onFile = async (file: File | undefined) => {
    setChosen(null);
    setReadError(null);
    if (!file) return;
    try {
      const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
      setChosen({ name: file.name, encoding, result: parseDebtsCsv(text, today, snapshot.settings.currency) });
    } catch (e) {
      setReadError(String(e));
    }
  };

  const importRows = async (rows: DebtInput[]) => {
    setBusy(true);
    const result = await send('importDebts', { debts: rows }, ({ count }) => ({ message: tCount(t, 'options_import_done', count) }));
    setBusy(false);
    if (result.ok) reset();
  };

  return (
    <>
      <PageHeader title={t('options_nav_import')} lead={t('options_import_lead')} />
      <div class="panel">
        <div class="field">
          <label for={inputId} class="file-label">
            {t('options_import_csv')}
          </label>
          <input
            key={inputKey}
            id={inputId}
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
          <p class="field-hint" id={`${inputId}-hint`}>
            {t('options_import_hint')}
          </p>
        </div>

        {readError && (
          <div class="error-message" role="alert">
            {t('options_import_unreadable', { reason: readError })}
          </div>
        )}
        {chosen && !chosen.result.ok && (
          <div class="error-message import-errors" role="alert">
            <p>{t('options_import_refused', { file: chosen.name })}</p>
            <ul>
              {chosen.result.errors.map((error, i) => (
                <li key={i}>{csvErrorText(error, t)}</li>
              ))}
            </ul>
          </div>
        )}
        {chosen?.result.ok && (
          <ImportPreview
            chosen={chosen}
            rows={chosen.result.rows}
            busy={busy}
            onImport={(rows) => void importRows(rows)}
            onCancel={reset}
          />
        )}
      </div>

      <section class="panel" aria-labelledby={`${inputId}-format`}>
        <h2 id={`${inputId}-format`}>{t('options_import_format')}</h2>
        <p>{t('options_import_format_lead')}</p>
        <table class="table columns-table">
          <thead>
            <tr>
              <th scope="col">{t('options_import_col_header')}</th>
              <th scope="col">{t('options_import_col_meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code> <span class="muted">{t(`options_csv_col_zh_${column}`)}</span>
                </th>
                <td>{t(`options_csv_help_${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <Button
            onClick={() => downloadFile('dueguard-sample.csv', `\uFEFF${serializeDebtsCsv(sampleRows(today))}`, 'text/csv;charset=utf-8')}
          >
            {t('options_import_sample')}
          </Button>
        </p>
      </section>
    </>
  );
}

function ImportPreview({
  chosen,
  rows,
  busy,
  onImport,
  onCancel,
}: {
  chosen: Chosen;
  rows: DebtInput[];
  busy: boolean;
  onImport: (rows: DebtInput[]) => void;
  onCancel: () => void;
}) {
  const { t } = useLocale();
  return (
    <div class="import-preview">
      <p role="status">
        {tCount(t, 'options_import_preview', rows.length, { file: chosen.name, encoding: chosen.encoding.toUpperCase() })}
      </p>
      <div class="table-scroll">
        <table class="table">
          <caption class="sr-only">{t('options_import_preview_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_col_name')}</th>
              <th scope="col" class="num">
                {t('options_col_amount')}
              </th>
              <th scope="col">{t('options_col_schedule')}</th>
              <th scope="col">{t('options_form_note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">
                  <span class="item-name">
                    <KindIcon kind={row.kind} />
                    <span>{row.name}</span>
                  </span>
                </th>
                <td class="num">
                  <Money minor={headlineAmount(row)} currency={row.currency} />
                </td>
                <td>
                  <ScheduleText debt={row} />
                </td>
                <td class="muted">{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="muted">{t('options_import_nothing_yet')}</p>
      <div class="form-actions">
        <Button variant="primary" busy={busy} onClick={() => onImport(rows)}>
          {t('options_import_button')}
        </Button>
        <Button onClick={onCancel}>{t('options_cancel')}</Button>
      </div>
    </div>
  );
}

/** A sample file's debts, one of each billing (a card and Huabei by statement, a Jiebei loan, a bill), due from today on. */
function sampleRows(today: Day): DebtInput[] {
  const base = { currency: 'CNY', note: '' };
  // The statement day in this month and the day a loan was taken a month before its first due day:
  // neither is in the file (a statement is entered in the cycle current on the import day).
  const inMonth = (day: number) => `${today.slice(0, 8)}${String(day).padStart(2, '0')}` as Day;
  const firstDue = nextDueDay(today, 25);
  const [year, month] = [Number(firstDue.slice(0, 4)), Number(firstDue.slice(5, 7))];
  const start = (month === 1 ? `${year - 1}-12-25` : `${year}-${String(month - 1).padStart(2, '0')}-25`) as Day;
  return [
    {
      ...base,
      name: '招商银行信用卡',
      kind: 'credit-card',
      billing: 'statement',
      statementDay: 5,
      dueRule: { type: 'offset', days: 20 },
      firstStatement: inMonth(5),
      minimumRule: { percentPpm: 100_000, floor: 0 },
      interestOn: 'whole',
      statements: [{ statementDate: inMonth(5), amount: 500_000, minimum: 50_000 }],
    },
    {
      ...base,
      name: '花呗',
      kind: 'huabei',
      billing: 'statement',
      statementDay: 1,
      dueRule: { type: 'fixed', day: 10 },
      firstStatement: inMonth(1),
      minimumRule: { percentPpm: 100_000, floor: 0 },
      interestOn: 'unpaid',
      statements: [{ statementDate: inMonth(1), amount: 123_456, minimum: 12_346 }],
    },
    {
      ...base,
      name: '借呗',
      kind: 'jiebei',
      billing: 'loan',
      principal: 1_000_000,
      rate: { basis: 'daily', ppm: 400 },
      term: 12,
      startDate: start,
      firstDue,
      method: 'equal-payment',
      feePerPeriodPpm: 0,
      prepayments: [],
      lender: 'licensed',
    },
    {
      ...base,
      name: '手机分期',
      kind: 'other',
      amount: 29_900,
      recurrence: { type: 'monthly', firstDue: nextDueDay(today, 18), count: 12 },
      note: '每月 18 日',
    },
  ];
}
