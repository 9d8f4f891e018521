/**
 * The debt form's parts that depend on how the debt is billed: a recurring bill's interval and end, a
 * statement account's statement day, due rule and current statement, a loan's terms. Each reads and
 * writes the debt form's values; the reader (`readDebtFields`) checks them.
 */
import type { DebtInput } from '../../domain/commands';
import { LOAN_METHODS } from '../../domain/loan';
import { formatMoney, parseMoney } from '../../domain/money';
import { formatPpmPercent } from '../../domain/rate';
import { STATEMENT_FACTS, STATEMENT_PRESETS } from '../../domain/statement';
import { messageKey } from '../../text/message-key';
import { useLocale } from '../locale';
import { SourceList } from '../source-list';
import type { DebtField, DebtFormValues } from './debt-form-model';
import { Field } from './field';
import { CurrencyField, RadioGroup, typedCurrency } from './form-parts';
import { useFormSettings } from './form-settings';
import type { FormState } from './use-form';

type DebtFormState = FormState<DebtFormValues, DebtField, DebtInput>;

const DUE_RULES = ['offset', 'fixed'] as const;

/** An amount field (as typed, with what it reads as) beside the currency. */
export function AmountRow({
  form,
  label,
  field,
  hint,
}: {
  form: DebtFormState;
  label: string;
  field: 'amount' | 'principal';
  hint?: string;
}) {
  const { t, tag } = useLocale();
  const settings = useFormSettings();
  const typed = parseMoney(form.values[field]);
  const amount = typed.ok && typed.minor > 0 ? typed.minor : null;
  return (
    <div class="field-row">
      <Field
        name={field}
        label={label}
        error={form.shown[field]}
        hint={
          amount !== null
            ? t('options_form_amount_reads_as', {
                amount: formatMoney(amount, typedCurrency(form.values.currency, settings.currency), tag),
              })
            : (hint ?? t('options_form_amount_hint'))
        }
        class="field-grow"
      >
        {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text(field)} />}
      </Field>
      <CurrencyField error={form.shown.currency} bind={form.text('currency')} />
    </div>
  );
}

/** A recurring bill: every N months or on the month's last day (monthly), and its end (a count or a date). */
export function RecurrenceFields({ form }: { form: DebtFormState }) {
  const { t } = useLocale();
  const { values, shown } = form;
  return (
    <>
      {values.schedule === 'monthly' && (
        <div class="field-row">
          {!values.lastDay && (
            <Field
              name="every"
              label={t('options_form_every')}
              hint={t('options_form_every_hint')}
              error={shown.every}
              class="field-narrow"
            >
              {(control) => (
                <input {...control} type="text" inputMode="numeric" autoComplete="off" placeholder="1" {...form.text('every')} />
              )}
            </Field>
          )}
          <label class="checkbox">
            <input type="checkbox" checked={values.lastDay} onChange={(e) => form.set('lastDay', e.currentTarget.checked)} />
            {t('options_form_last_day')}
          </label>
        </div>
      )}
      <div class="field-row">
        <Field
          name="months"
          label={t('options_form_months')}
          hint={t('options_form_months_hint')}
          error={shown.months}
          class="field-narrow"
        >
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...form.text('months')} />}
        </Field>
        <Field name="until" label={t('options_form_until')} hint={t('options_form_until_hint')} error={shown.until}>
          {(control) => (
            <input {...control} type="date" {...form.text('until')} onChange={(e) => form.set('until', e.currentTarget.value)} />
          )}
        </Field>
      </div>
    </>
  );
}

/** A statement account: 账单日, the due rule (N days after, or a fixed day), and this cycle's statement and minimum. */
export function StatementFields({ form }: { form: DebtFormState }) {
  const { t } = useLocale();
  const { values, shown } = form;
  const preset = STATEMENT_PRESETS[values.kind];
  return (
    <>
      <div class="field-row">
        <Field
          name="statementDay"
          label={t('options_form_statement_day')}
          hint={t('options_form_statement_day_hint')}
          error={shown.statementDay}
          class="field-narrow"
        >
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...form.text('statementDay')} />}
        </Field>
        <RadioGroup
          legend={t('options_form_due_rule')}
          name="dueRule"
          options={DUE_RULES}
          value={values.dueRule}
          label={(rule) => t(messageKey('options_form_due_rule', rule))}
          onChange={(rule) => form.set('dueRule', rule)}
        />
        <Field
          name="dueDays"
          label={t(values.dueRule === 'offset' ? 'options_form_due_offset' : 'options_form_due_day')}
          error={shown.dueDays}
          class="field-narrow"
        >
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...form.text('dueDays')} />}
        </Field>
      </div>
      <p class="field-hint">
        {t('options_form_statement_presets')} <SourceList ids={preset ? preset.sources : STATEMENT_FACTS.dueRule} inline />
      </p>
      <AmountRow form={form} label={t('options_form_statement_amount')} field="amount" hint={t('options_form_statement_amount_hint')} />
      <Field
        name="minimum"
        label={t('options_form_minimum')}
        hint={
          <>
            {preset?.minimum
              ? t('options_form_minimum_hint_estimate', { percent: formatPpmPercent(preset.minimum.percentPpm) })
              : t('options_form_minimum_hint_none')}{' '}
            <SourceList ids={preset?.minimum ? preset.sources.filter((id) => id.startsWith('MP')) : STATEMENT_FACTS.noMinimum} inline />
          </>
        }
        error={shown.minimum}
      >
        {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('minimum')} />}
      </Field>
      <div class="field-row">
        <Field
          name="minimumPercent"
          label={t('options_form_minimum_percent')}
          hint={
            preset?.minimum
              ? t('options_form_minimum_percent_hint', { percent: formatPpmPercent(preset.minimum.percentPpm) })
              : t('options_form_minimum_percent_hint_none')
          }
          error={shown.minimumPercent}
          class="field-grow"
        >
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('minimumPercent')} />}
        </Field>
        <Field
          name="minimumFloor"
          label={t('options_form_minimum_floor')}
          hint={t('options_form_minimum_floor_hint')}
          error={shown.minimumFloor}
          class="field-grow"
        >
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('minimumFloor')} />}
        </Field>
      </div>
    </>
  );
}

/** An installment loan: principal, rate as the lender shows it, term, method, the two dates, a per-period fee, and who lent. */
export function LoanFields({ form }: { form: DebtFormState }) {
  const { t } = useLocale();
  const { values, shown } = form;
  return (
    <>
      <AmountRow form={form} label={t('options_form_principal')} field="principal" />
      <div class="field-row">
        <Field
          name="loanRate"
          label={t('options_form_loan_rate')}
          hint={t('options_form_loan_rate_hint')}
          error={shown.loanRate}
          class="field-grow"
        >
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('loanRate')} />}
        </Field>
        <Field name="rateBasis" label={t('options_form_rate_basis')}>
          {(control) => (
            <select
              {...control}
              value={values.rateBasis}
              onChange={(e) => form.set('rateBasis', e.currentTarget.value as 'daily' | 'annual')}
            >
              <option value="annual">{t('options_form_rate_basis_annual')}</option>
              <option value="daily">{t('options_form_rate_basis_daily')}</option>
            </select>
          )}
        </Field>
        <Field name="term" label={t('options_form_term')} error={shown.term} class="field-narrow">
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...form.text('term')} />}
        </Field>
      </div>
      <Field name="method" label={t('options_form_method')} error={shown.method} after={<SourceList ids={['LN1', 'LN2']} inline />}>
        {(control) => (
          <select {...control} value={values.method} onChange={(e) => form.set('method', e.currentTarget.value)}>
            {LOAN_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(messageKey('domain_loan_method', method))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="field-row">
        <Field name="startDate" label={t('options_form_start_date')} error={shown.startDate}>
          {(control) => (
            <input {...control} type="date" {...form.text('startDate')} onChange={(e) => form.set('startDate', e.currentTarget.value)} />
          )}
        </Field>
        <Field name="due" label={t('options_form_first_due')} error={shown.due}>
          {(control) => <input {...control} type="date" {...form.text('due')} onChange={(e) => form.set('due', e.currentTarget.value)} />}
        </Field>
      </div>
      <div class="field-row">
        <Field
          name="fee"
          label={t('options_form_fee')}
          hint={
            <>
              {t('options_form_fee_hint')} <SourceList ids={['LN7', 'IN8']} inline />
            </>
          }
          error={shown.fee}
          class="field-grow"
        >
          {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...form.text('fee')} />}
        </Field>
        <Field name="lender" label={t('options_form_lender')} after={<SourceList ids={['IN9', 'IN13']} inline />}>
          {(control) => (
            <select
              {...control}
              value={values.lender}
              onChange={(e) => form.set('lender', e.currentTarget.value as 'licensed' | 'private')}
            >
              <option value="licensed">{t('options_form_lender_licensed')}</option>
              <option value="private">{t('options_form_lender_private')}</option>
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
