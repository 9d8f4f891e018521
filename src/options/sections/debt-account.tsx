/**
 * What a debt's panel shows above its payments, by how it is billed: a statement account's statements
 * (entered or estimated), the form to enter the one that is out, its interest after a minimum payment
 * and the interest-free days of a purchase today; a loan's schedule, annual rate by IRR, the rate lines
 * it crosses and its early repayments; a recurring bill's skipped and postponed occurrences. Every
 * change is an `updateDebt` of the whole debt (domain/debt-edit.ts), validated by the background.
 */
import { useState } from 'preact/hooks';
import type { CommandError } from '../../domain/commands';
import { addDaysToDay } from '../../domain/day';
import { addPrepayment, changeOccurrence, enterStatement, removePrepayment } from '../../domain/debt-edit';
import { parseAmount, parseDate, optional, collect, problem } from '../../domain/fields';
import { loanError, loanSchedule, loanSummary, rateLinesCrossed } from '../../domain/loan';
import type { BillDebt, Day, Debt, LoanDebt, StatementDebt } from '../../domain/model';
import { formatMoney, formatMoneyPlain } from '../../domain/money';
import { formatPpmPercent, parsePercentPpm } from '../../domain/rate';
import { interestFreeWindow, STATEMENT_FACTS } from '../../domain/statement';
import type { InstallmentStatus } from '../../domain/status';
import { formatDay } from '../../text/days';
import { messageKey } from '../../text/message-key';
import { formatRatePpm } from '../../text/numbers';
import { Button } from '../../ui/button';
import { useCommand } from '../../ui/command';
import { Field } from '../../ui/forms/field';
import { FormFooter, RadioGroup } from '../../ui/forms/form-parts';
import { useForm } from '../../ui/forms/use-form';
import { useLocale } from '../../ui/locale';
import { Money } from '../../ui/money';
import { Cite, SourceList } from '../../ui/source-list';
import { useToday } from '../../ui/today';

const INTEREST_BASES = ['whole', 'unpaid'] as const;

export interface DebtAccountProps {
  debt: Debt;
  /** The debt's installments on today, in due order. */
  statuses: readonly InstallmentStatus[];
}

export function DebtAccount({ debt, statuses }: DebtAccountProps) {
  switch (debt.billing) {
    case 'statement':
      return <StatementAccount debt={debt} statuses={statuses} />;
    case 'loan':
      return <LoanAccount debt={debt} />;
    default:
      return debt.recurrence.type === 'once' ? null : <OccurrenceChanges debt={debt} statuses={statuses} />;
  }
}

/** The state of a cycle in words: settled, minimum paid, overdue, due. */
function cycleStateKey(status: InstallmentStatus): string {
  return messageKey('options_cycle_state', status.state);
}

function StatementAccount({ debt, statuses }: { debt: StatementDebt; statuses: readonly InstallmentStatus[] }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const { save } = useCommand();
  const money = (minor: number) => <Money minor={minor} currency={debt.currency} />;
  // The cycles whose statement is out by today, newest first: the ones a statement can be entered for.
  const out = statuses.filter((s) => s.cycle && s.cycle.statementDate <= today).reverse();
  const freeWindow = interestFreeWindow(debt, today);
  return (
    <div class="debt-account">
      <h3>{t('options_statements_of', { name: debt.name })}</h3>
      <div class="table-scroll">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('options_col_statement_date')}</th>
              <th scope="col">{t('options_col_due')}</th>
              <th scope="col" class="num">
                {t('options_col_statement_amount')}
              </th>
              <th scope="col" class="num">
                {t('options_col_minimum')}
              </th>
              <th scope="col" class="num">
                {t('options_col_paid')}
              </th>
              <th scope="col">{t('options_col_state')}</th>
            </tr>
          </thead>
          <tbody>
            {out.map((s) => (
              <tr key={s.key} class={`state-${s.state}`}>
                <td>{formatDay(s.cycle!.statementDate, tag)}</td>
                <td>{formatDay(s.due, tag)}</td>
                <td class="num">
                  {money(s.amount)} {s.cycle!.estimated && <span class="badge">{t('options_estimate')}</span>}
                </td>
                <td class="num">
                  {s.cycle!.minimum === null ? (
                    t('options_minimum_none')
                  ) : (
                    <>
                      {money(s.cycle!.minimum)} {s.cycle!.minimumEstimated && <span class="badge">{t('options_estimate')}</span>}
                    </>
                  )}
                </td>
                <td class="num">{money(s.paid)}</td>
                <td>{t(cycleStateKey(s))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {out.length > 0 && (
        <EnterStatement
          key={out.map((s) => `${s.key}:${s.amount}`).join()}
          cycles={out}
          currency={debt.currency}
          onSave={(statement) =>
            save(
              'updateDebt',
              enterStatement(debt, statement),
              t('options_statement_saved', { date: formatDay(statement.statementDate, tag) }),
              () => undefined,
            )
          }
        />
      )}
      <p class="muted">
        {t('options_interest_free_today', {
          days: freeWindow.days,
          date: formatDay(freeWindow.until, tag, { long: true }),
        })}{' '}
        <Cite ids={STATEMENT_FACTS.interestFree} />
      </p>
      <RadioGroup
        legend={
          <>
            {t('options_interest_on')} <Cite ids={['MP5', 'MP6']} />
          </>
        }
        name={`interest-${debt.id}`}
        options={INTEREST_BASES}
        value={debt.interestOn}
        label={(basis) => t(messageKey('options_interest_on', basis))}
        onChange={(basis) =>
          void save('updateDebt', { ...debt, interestOn: basis }, t('options_saved_named', { name: debt.name }), () => undefined)
        }
      />
      <p class="not-a-promise">{t('domain_disclaimer')}</p>
    </div>
  );
}

interface StatementValues {
  cycle: string;
  amount: string;
  minimum: string;
}

/** Enter the statement of a cycle that is out: prefilled with the estimate until entered. */
function EnterStatement({
  cycles,
  currency,
  onSave,
}: {
  cycles: readonly InstallmentStatus[];
  currency: string;
  onSave: (statement: { statementDate: Day; amount: number; minimum?: number }) => Promise<CommandError | null>;
}) {
  const { t, tag } = useLocale();
  const first = cycles.find((s) => s.cycle!.estimated) ?? cycles[0]!;
  const form = useForm<StatementValues, 'amount' | 'minimum', { statementDate: Day; amount: number; minimum?: number }>(
    () => ({
      cycle: first.cycle!.statementDate,
      amount: formatMoneyPlain(first.amount),
      minimum: first.cycle!.minimumEstimated || first.cycle!.minimum === null ? '' : formatMoneyPlain(first.cycle!.minimum),
    }),
    (values) => {
      const checked = collect({
        amount: parseAmount(values.amount, { positive: false }),
        minimum: optional(values.minimum, (text) => parseAmount(text, { positive: false })),
      });
      if (!checked.ok) return checked;
      const { amount, minimum } = checked.value;
      if (minimum !== null && minimum > amount) return { ok: false, errors: { minimum: problem('minimum-over-amount') } };
      return { ok: true, value: { statementDate: values.cycle as Day, amount, ...(minimum !== null ? { minimum } : {}) } };
    },
    onSave,
  );
  const chosen = cycles.find((s) => s.cycle!.statementDate === form.values.cycle) ?? first;
  return (
    <form ref={form.formRef} class="form enter-statement" onSubmit={form.onSubmit} noValidate>
      <h3>
        {t('options_statement_enter')} <SourceList ids={STATEMENT_FACTS.entry} inline />
      </h3>
      <div class="field-row">
        <Field name="cycle" label={t('options_statement_cycle')}>
          {(control) => (
            <select {...control} value={form.values.cycle} onChange={(e) => form.set('cycle', e.currentTarget.value)}>
              {cycles.map((s) => (
                <option key={s.key} value={s.cycle!.statementDate}>
                  {formatDay(s.cycle!.statementDate, tag)}
                  {s.cycle!.estimated ? ` (${t('options_estimate')})` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="amount"
          label={t('options_form_statement_amount')}
          error={form.shown.amount}
          hint={
            chosen.cycle!.estimated ? t('options_statement_prefilled', { amount: formatMoney(chosen.amount, currency, tag) }) : undefined
          }
          class="field-grow"
        >
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('amount')} />}
        </Field>
        <Field name="minimum" label={t('options_form_minimum')} error={form.shown.minimum} class="field-grow">
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('minimum')} />}
        </Field>
      </div>
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_statement_save')} />
    </form>
  );
}

function LoanAccount({ debt }: { debt: LoanDebt }) {
  const { t, tag } = useLocale();
  const { save } = useCommand();
  const rows = loanSchedule(debt);
  const summary = loanSummary(debt);
  const lines = rateLinesCrossed(summary.annualRatePpm, debt.lender);
  const money = (minor: number) => <Money minor={minor} currency={debt.currency} />;
  return (
    <div class="debt-account">
      <h3>{t('options_loan_of', { name: debt.name })}</h3>
      <dl class="facts">
        <dt>{t('options_loan_annual_rate')}</dt>
        <dd>
          {formatRatePpm(summary.annualRatePpm, tag, 2)}{' '}
          <span class="muted">({t('options_loan_effective', { rate: formatRatePpm(summary.effectiveAnnualRatePpm, tag, 2) })})</span>{' '}
          <Cite ids={summary.sources} />
        </dd>
        <dt>{t('options_loan_total_interest')}</dt>
        <dd>{money(summary.totalInterest)}</dd>
        {summary.totalFee > 0 && (
          <>
            <dt>{t('options_loan_total_fee')}</dt>
            <dd>{money(summary.totalFee)}</dd>
          </>
        )}
        <dt>{t('options_loan_total_paid')}</dt>
        <dd>{money(summary.totalPaid)}</dd>
      </dl>
      {lines.map((line) => (
        <p key={line.id} class="notice notice-warning" role="note">
          {t(messageKey('options_rate_line', line.id), { line: formatRatePpm(line.linePpm, tag, 2) })} <Cite ids={line.sources} />
        </p>
      ))}
      <div class="table-scroll">
        <table class="table loan-schedule">
          <caption class="sr-only">{t('options_loan_schedule')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options_col_installment')}</th>
              <th scope="col">{t('options_col_due')}</th>
              <th scope="col" class="num">
                {t('options_col_principal')}
              </th>
              <th scope="col" class="num">
                {t('options_col_interest')}
              </th>
              {summary.totalFee > 0 && (
                <th scope="col" class="num">
                  {t('options_col_fee')}
                </th>
              )}
              <th scope="col" class="num">
                {t('options_col_amount')}
              </th>
              <th scope="col" class="num">
                {t('options_col_balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.seq}:${row.due}`}>
                <td>{row.seq}</td>
                <td>{formatDay(row.due, tag)}</td>
                <td class="num">{money(row.principal)}</td>
                <td class="num">{money(row.interest)}</td>
                {summary.totalFee > 0 && <td class="num">{money(row.fee)}</td>}
                <td class="num">{money(row.amount)}</td>
                <td class="num">{money(row.balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {debt.prepayments.length > 0 && (
        <ul class="plain-list">
          {debt.prepayments.map((p, i) => (
            <li key={`${p.date}:${i}`}>
              {t('options_prepayment', { date: formatDay(p.date, tag), amount: formatMoney(p.amount, debt.currency, tag) })}{' '}
              <Button
                small
                variant="link"
                onClick={() =>
                  void save('updateDebt', removePrepayment(debt, i), t('options_saved_named', { name: debt.name }), () => undefined)
                }
              >
                {t('options_prepayment_remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Prepay debt={debt} />
      <p class="not-a-promise">{t('domain_disclaimer')}</p>
    </div>
  );
}

/** An early repayment, part or all (LN3, LN4): the schedule is recomputed with the same due days. */
function Prepay({ debt }: { debt: LoanDebt }) {
  const { t, tag } = useLocale();
  const today = useToday();
  const { submit } = useCommand();
  const form = useForm<{ date: string; amount: string; fee: string }, 'date' | 'amount' | 'fee', LoanDebt>(
    () => ({ date: today, amount: '', fee: debt.prepaymentFeePpm ? formatPpmPercent(debt.prepaymentFeePpm) : '' }),
    (values) => {
      const checked = collect({
        date: parseDate(values.date),
        amount: parseAmount(values.amount, { positive: true }),
        fee: optional(values.fee, (text) => parsePercentPpm(text) ?? problem('prepayment-fee-invalid', { value: text.trim() })),
      });
      if (!checked.ok) return checked;
      const { date, amount, fee } = checked.value;
      const next = addPrepayment(debt, { date, amount }, fee);
      return loanError(next) ? { ok: false, errors: { amount: problem('prepayment-invalid') } } : { ok: true, value: next };
    },
    (next) =>
      submit('updateDebt', next, () => ({
        message: t('options_prepayment_saved', { amount: formatMoney(next.prepayments.at(-1)!.amount, debt.currency, tag) }),
      })),
  );
  return (
    <form ref={form.formRef} class="form prepay" onSubmit={form.onSubmit} noValidate>
      <h3>
        {t('options_prepay')} <SourceList ids={['LN3', 'LN4']} inline />
      </h3>
      <p class="field-hint">{t('options_prepay_hint')}</p>
      <div class="field-row">
        <Field name="date" label={t('options_payment_date')} error={form.shown.date}>
          {(control) => <input {...control} type="date" {...form.text('date')} onChange={(e) => form.set('date', e.currentTarget.value)} />}
        </Field>
        <Field name="amount" label={t('options_prepay_amount')} error={form.shown.amount} class="field-grow">
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('amount')} />}
        </Field>
        <Field name="fee" label={t('options_prepay_fee')} hint={t('options_prepay_fee_hint')} error={form.shown.fee}>
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" placeholder="0" {...form.text('fee')} />}
        </Field>
      </div>
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_prepay_save')} />
    </form>
  );
}

/** A recurring bill's open occurrences, each of which can be skipped or postponed (kept in the history). */
function OccurrenceChanges({ debt, statuses }: { debt: BillDebt; statuses: readonly InstallmentStatus[] }) {
  const { t, tag } = useLocale();
  const { save } = useCommand();
  const [postponing, setPostponing] = useState<Day | null>(null);
  const r = debt.recurrence;
  const changes = r.type === 'once' ? [] : (r.changes ?? []);
  const open = statuses.filter((s) => s.state !== 'paid').slice(0, 6);
  const apply = (next: BillDebt) => save('updateDebt', next, t('options_saved_named', { name: debt.name }), () => setPostponing(null));
  return (
    <div class="debt-account">
      <h3>{t('options_occurrences_of', { name: debt.name })}</h3>
      <ul class="plain-list occurrences">
        {open.map((s) => {
          // An occurrence already moved is named by its scheduled day in the change.
          const change = changes.find((c) => c.action === 'postpone' && c.to === s.due);
          const scheduled = change?.due ?? s.due;
          return (
            <li key={s.key}>
              <span>{formatDay(s.due, tag, { long: true })}</span>
              {change && <span class="muted">{t('options_occurrence_postponed_from', { date: formatDay(change.due, tag) })}</span>}
              <Button small variant="link" onClick={() => void apply(changeOccurrence(debt, scheduled, { action: 'skip' }))}>
                {t('options_occurrence_skip')}
              </Button>
              <Button
                small
                variant="link"
                aria-expanded={postponing === scheduled}
                onClick={() => setPostponing(postponing === scheduled ? null : scheduled)}
              >
                {t('options_occurrence_postpone')}
              </Button>
              {postponing === scheduled && (
                <PostponeForm
                  from={scheduled}
                  onSave={(to) => apply(changeOccurrence(debt, scheduled, { action: 'postpone', to }))}
                  onCancel={() => setPostponing(null)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {changes.length > 0 && (
        <>
          <h4>{t('options_occurrence_changes')}</h4>
          <ul class="plain-list">
            {changes.map((c) => (
              <li key={c.due}>
                {c.action === 'skip'
                  ? t('options_occurrence_skipped', { date: formatDay(c.due, tag) })
                  : t('options_occurrence_moved', { date: formatDay(c.due, tag), to: formatDay(c.to, tag) })}{' '}
                <Button small variant="link" onClick={() => void apply(changeOccurrence(debt, c.due, null))}>
                  {t('options_occurrence_undo')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PostponeForm({ from, onSave, onCancel }: { from: Day; onSave: (to: Day) => Promise<CommandError | null>; onCancel: () => void }) {
  const { t } = useLocale();
  const form = useForm<{ to: string }, 'to', Day>(
    () => ({ to: addDaysToDay(from, 7) }),
    (values) => {
      const to = parseDate(values.to);
      if (typeof to !== 'string') return { ok: false, errors: { to } };
      return to > from ? { ok: true, value: to } : { ok: false, errors: { to: problem('postpone-not-later') } };
    },
    onSave,
  );
  return (
    <form ref={form.formRef} class="form postpone" onSubmit={form.onSubmit} noValidate>
      <Field name="to" label={t('options_occurrence_postpone_to')} error={form.shown.to}>
        {(control) => <input {...control} type="date" {...form.text('to')} onChange={(e) => form.set('to', e.currentTarget.value)} />}
      </Field>
      <FormFooter error={form.commandError} busy={form.busy} submitLabel={t('options_occurrence_postpone')} onCancel={onCancel} />
    </form>
  );
}
