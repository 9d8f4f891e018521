/**
 * "I negotiated with my lender": a repayment plan from its terms (total, number of installments,
 * start and first due date, down payment, fee), with the schedule previewed as it will be saved.
 * Pre-filled from a debt when started from one; editing a plan keeps its recorded payments.
 */
import type { PlanInput } from '../../domain/commands';
import { LIMITS, type Plan } from '../../domain/model';
import { formatMoney } from '../../domain/money';
import { kindDefaults } from '../../domain/presets';
import type { Installment } from '../../domain/schedule';
import { useStore } from '../store';
import { useToday } from '../today';
import { useFormSettings } from './form-settings';
import { Field } from './field';
import { CurrencyField, FormFooter, NameAndKind, NoteField, typedCurrency } from './form-parts';
import { planFormValues, previewPlan, validatePlanForm, type PlanField, type PlanFormValues } from './plan-form-model';
import { useForm, type SubmitOutcome } from './use-form';
import { useLocale } from '../locale';
import { formatDay } from '../../text/days';

export interface PlanBuilderProps {
  /** A plan to edit, or a suggestion (from `planFromDebt`); empty for a new plan. */
  initial?: Partial<Plan> | undefined;
  onSubmit: (input: PlanInput) => Promise<SubmitOutcome> | SubmitOutcome;
  onCancel?: () => void;
  submitLabel?: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export function PlanBuilder({ initial, onSubmit, onCancel, submitLabel }: PlanBuilderProps) {
  const { t, tag } = useLocale();
  const settings = useFormSettings();
  const today = useToday();
  const debts = useStore((s) => (s.status === 'ready' ? s.data.debts : []));
  const paidSoFar = useStore((s) =>
    s.status === 'ready' && initial?.id
      ? sum(s.data.payments.filter((p) => p.target.type === 'plan' && p.target.id === initial.id).map((p) => p.amount))
      : 0,
  );
  const custom = initial?.amounts;
  const form = useForm<PlanFormValues, PlanField, PlanInput>(
    () => planFormValues(initial, settings.currency, today),
    (values) => validatePlanForm(values, custom),
    onSubmit,
  );
  const { values, shown } = form;
  const preview = previewPlan(values, today, custom);
  const money = (minor: number) => formatMoney(minor, typedCurrency(values.currency, settings.currency), tag);
  const defaultGrace = kindDefaults(settings, values.kind).graceDays;

  const text = form.text;
  const moneyField = (field: 'total' | 'downPayment' | 'fee', hint?: string) => (
    <Field
      name={field}
      label={t(`options_plan_${field === 'downPayment' ? 'down_payment' : field}`)}
      error={shown[field]}
      hint={hint}
      class="field-grow"
    >
      {(control) => <input {...control} type="text" inputMode="decimal" autoComplete="off" {...text(field)} />}
    </Field>
  );

  return (
    <form ref={form.formRef} class="form plan-builder" onSubmit={form.onSubmit} noValidate>
      <p class="muted">{t('options_plan_intro')}</p>
      {/* What a plan does not do, and who not to pay for one: where people look for a plan (N5, N6, SC1). */}
      <ul class="notice plan-realities">
        <li>{t('domain_plan_interest')}</li>
        <li>{t('domain_plan_credit')}</li>
        <li>{t('scam_paid_agents')}</li>
      </ul>
      <NameAndKind errors={shown} name={text('name')} kind={values.kind} onKind={(kind) => form.set('kind', kind)} />

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

      {!values.debtId && (
        <Field
          name="overdueSince"
          label={t('options_plan_overdue_since')}
          hint={t('options_plan_overdue_since_hint')}
          error={shown.overdueSince}
        >
          {(control) => (
            <input {...control} type="date" {...text('overdueSince')} onChange={(e) => form.set('overdueSince', e.currentTarget.value)} />
          )}
        </Field>
      )}

      <div class="field-row">
        {moneyField('total', t('options_plan_total_hint'))}
        <CurrencyField error={shown.currency} bind={text('currency')} />
        <Field
          name="count"
          label={t('options_plan_count')}
          hint={t('options_plan_count_hint', { max: LIMITS.planInstallments })}
          error={shown.count}
          class="field-narrow"
        >
          {(control) => <input {...control} type="text" inputMode="numeric" autoComplete="off" {...text('count')} />}
        </Field>
      </div>

      <div class="field-row">
        <Field
          name="startDate"
          label={t('options_plan_start')}
          hint={t('options_plan_start_hint')}
          error={shown.startDate}
          class="field-grow"
        >
          {(control) => (
            <input {...control} type="date" {...text('startDate')} onChange={(e) => form.set('startDate', e.currentTarget.value)} />
          )}
        </Field>
        <Field name="firstDue" label={t('options_plan_first_due')} error={shown.firstDue} class="field-grow">
          {(control) => (
            <input {...control} type="date" {...text('firstDue')} onChange={(e) => form.set('firstDue', e.currentTarget.value)} />
          )}
        </Field>
      </div>

      <div class="field-row">
        {moneyField('downPayment', t('options_plan_down_payment_hint'))}
        {moneyField('fee', t('options_plan_fee_hint'))}
        <Field
          name="graceDays"
          label={t('options_form_grace')}
          hint={t('options_plan_grace_hint', { days: defaultGrace })}
          error={shown.graceDays}
          class="field-narrow"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              placeholder={String(defaultGrace)}
              autoComplete="off"
              {...text('graceDays')}
            />
          )}
        </Field>
      </div>

      <NoteField error={shown.note} hint={t('options_plan_note_hint')} bind={text('note')} />

      <SchedulePreview installments={preview} money={money} count={form.result.ok ? form.result.value.count : 0} />
      {initial?.id && paidSoFar > 0 && <p class="notice">{t('options_plan_keeps_payments', { amount: money(paidSoFar) })}</p>}

      <FormFooter error={form.commandError} busy={form.busy} submitLabel={submitLabel ?? t('options_plan_save')} onCancel={onCancel} />
    </form>
  );
}

function SchedulePreview({
  installments,
  money,
  count,
}: {
  installments: Installment[] | null;
  money: (minor: number) => string;
  count: number;
}) {
  const { t, tag } = useLocale();
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
