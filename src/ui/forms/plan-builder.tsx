/**
 * "I negotiated with my lender": a repayment plan from its terms (total, number of installments,
 * start and first due date, down payment, fee), with the schedule previewed as it will be saved.
 * Pre-filled from a debt when started from one; editing a plan keeps its recorded payments.
 */
import type { PlanInput } from '../../domain/commands';
import type { Plan } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import type { Installment } from '../../domain/schedule';
import { Button } from '../button';
import { ErrorMessage } from '../error-message';
import { useI18n } from '../i18n';
import { useStore } from '../store';
import { useToday } from '../today';
import { formatDay } from '../format';
import { useFormSettings } from './form-settings';
import { Field } from './field';
import { KindSelect } from './kind-select';
import { PLAN_MAX_INSTALLMENTS, planFormValues, previewPlan, validatePlanForm, type PlanField, type PlanFormValues } from './plan-form-model';
import { useForm, type SubmitOutcome } from './use-form';

export interface PlanBuilderProps {
  /** A plan to edit, or a suggestion (from `planFromDebt`); empty for a new plan. */
  initial?: Partial<Plan> | undefined;
  onSubmit: (input: PlanInput) => Promise<SubmitOutcome> | SubmitOutcome;
  onCancel?: () => void;
  submitLabel?: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function PlanBuilder({ initial, onSubmit, onCancel, submitLabel }: PlanBuilderProps) {
  const { t, tag } = useI18n();
  const settings = useFormSettings();
  const today = useToday();
  const debts = useStore((s) => (s.status === 'ready' ? s.data.debts : []));
  const paidSoFar = useStore((s) => (s.status === 'ready' && initial?.id ? sum(s.data.payments.filter((p) => p.target.type === 'plan' && p.target.id === initial.id).map((p) => p.amount)) : 0));
  const custom = initial?.amounts;
  const form = useForm<PlanFormValues, PlanField, PlanInput>(() => planFormValues(initial, settings.currency, today), (values) => validatePlanForm(values, custom), onSubmit);
  const { values, shown } = form;
  const preview = previewPlan(values, today, custom);
  const currency = values.currency.toUpperCase();
  const money = (minor: number) => formatMoney(minor, /^[A-Z]{3}$/.test(currency) ? currency : settings.currency, tag);

  const text = form.text;
  const moneyField = (field: 'total' | 'downPayment' | 'fee', hint?: string) => (
    <Field name={field} label={t(`options_plan_${field === 'downPayment' ? 'down_payment' : field}`)} error={shown[field]} hint={hint} class="field-grow">
      {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...text(field)} />}
    </Field>
  );

  return (
    <form ref={form.formRef} class="form plan-builder" onSubmit={form.onSubmit} noValidate>
      <p class="muted">{t('options_plan_intro')}</p>
      <div class="field-row">
        <Field name="name" label={t('options_form_name')} error={shown.name} class="field-grow">
          {(control) => <input {...control} type="text" maxLength={120} autoComplete="off" {...text('name')} />}
        </Field>
        <Field name="kind" label={t('options_form_kind')} error={shown.kind}>
          {(control) => <KindSelect {...control} value={values.kind} onChange={(kind) => form.set('kind', kind)} />}
        </Field>
      </div>

      {debts.length > 0 && (
        <Field name="debtId" label={t('options_plan_settles')} hint={t('options_plan_settles_hint')} error={shown.debtId}>
          {(control) => (
            <select {...control} value={values.debtId} onChange={(e) => form.set('debtId', e.currentTarget.value)}>
              <option value="">{t('options_plan_settles_none')}</option>
              {debts.map((debt) => (
                <option key={debt.id} value={debt.id}>
                  {debt.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}

      <div class="field-row">
        {moneyField('total', t('options_plan_total_hint'))}
        <Field name="currency" label={t('options_form_currency')} error={shown.currency} class="field-narrow">
          {(control) => <input {...control} type="text" maxLength={3} autoComplete="off" spellcheck={false} {...text('currency')} />}
        </Field>
        <Field name="count" label={t('options_plan_count')} hint={t('options_plan_count_hint', { max: PLAN_MAX_INSTALLMENTS })} error={shown.count} class="field-narrow">
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...text('count')} />}
        </Field>
      </div>

      <div class="field-row">
        <Field name="startDate" label={t('options_plan_start')} hint={t('options_plan_start_hint')} error={shown.startDate} class="field-grow">
          {(control) => <input {...control} type="date" {...text('startDate')} onChange={(e) => form.set('startDate', e.currentTarget.value)} />}
        </Field>
        <Field name="firstDue" label={t('options_plan_first_due')} error={shown.firstDue} class="field-grow">
          {(control) => <input {...control} type="date" {...text('firstDue')} onChange={(e) => form.set('firstDue', e.currentTarget.value)} />}
        </Field>
      </div>

      <div class="field-row">
        {moneyField('downPayment', t('options_plan_down_payment_hint'))}
        {moneyField('fee', t('options_plan_fee_hint'))}
        <Field name="graceDays" label={t('options_form_grace')} hint={t('options_plan_grace_hint')} error={shown.graceDays} class="field-narrow">
          {(control) => <input {...control} type="text" inputMode="numeric" placeholder="0" autoComplete="off" {...text('graceDays')} />}
        </Field>
      </div>

      <Field name="note" label={t('options_form_note')} hint={t('options_plan_note_hint')} error={shown.note}>
        {(control) => <textarea {...control} rows={2} maxLength={1000} {...text('note')} />}
      </Field>

      <SchedulePreview installments={preview} money={money} count={form.result.ok ? form.result.value.count : 0} />
      {initial?.id && paidSoFar > 0 && <p class="notice">{t('options_plan_keeps_payments', { amount: money(paidSoFar) })}</p>}

      {form.commandError && <ErrorMessage error={form.commandError} />}
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={form.busy}>
          {submitLabel ?? t('options_plan_save')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('options_form_cancel')}</Button>}
      </div>
    </form>
  );
}

function SchedulePreview({ installments, money, count }: { installments: Installment[] | null; money: (minor: number) => string; count: number }) {
  const { t, tag } = useI18n();
  if (!installments) return <p class="muted schedule-preview-empty">{t('options_plan_preview_waiting')}</p>;
  return (
    <div class="schedule-preview">
      <table class="table">
        <caption>{t('options_plan_preview', { total: money(sum(installments.map((i) => i.amount))) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_plan_col_installment')}</th>
            <th scope="col">{t('options_plan_col_due')}</th>
            <th scope="col" class="num">
              {t('options_plan_col_amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {installments.map((i) => (
            <tr key={i.key}>
              <td>{i.seq === 0 ? t('options_plan_down_payment') : t('options_plan_nth', { n: i.seq, count })}</td>
              <td>
                <time dateTime={i.due}>{formatDay(i.due, tag)}</time>
              </td>
              <td class="num">{money(i.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
